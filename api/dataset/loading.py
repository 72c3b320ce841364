"""Run a function over a large list across the machine's cores: loading and rendering records.

marshmallow's ``load`` and ``dump`` are nearly all of a build's time on a large corpus
(tens of µs a record each). Past ``PARALLEL_THRESHOLD`` items, forked processes work on
slices of the list while this process does the first one; each gives back its results
in order, so the result is exactly that of one process.
"""

import gc
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from multiprocessing import get_context
from typing import Any, Protocol, TypeVar

import orjson
from marshmallow import Schema, ValidationError

Item = TypeVar("Item")
Result = TypeVar("Result")


class Progress(Protocol):
    """Reports a build's progress: one step per collection, and its records as they go."""

    def step(self, label: str, total: int) -> AbstractContextManager[Callable[[int], None]]:
        """Start a step of ``total`` units; the context gives the function to call with each
        number of units done."""


class Silent:
    """Reports nothing."""

    @contextmanager
    def step(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        """Start a step that reports nothing."""
        yield lambda done: None


#: (the loaded record, or None; marshmallow's error messages, or None) for one item.
Loaded = tuple[dict[str, Any] | None, Any]

#: Below this many items per process, forking costs more than it saves.
PARALLEL_THRESHOLD = 5000

# What the forked processes work on: set before they are forked, inherited by them, so
# that only slice bounds and results cross between processes.
_job: tuple[Callable[[Any], Any], Sequence[Any], Callable[[Any], bytes]] | None = None


@contextmanager
def garbage_collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, which would otherwise rescan a growing dataset.

    A full collection walks every object: with a large corpus loaded, each one costs
    seconds, and allocating millions of rows would start one again and again. On the
    way out, what was allocated meanwhile is frozen out of the collector's view: else
    the first collection after it walks all of it (the records hold no cycles; they are
    freed by their reference counts).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def map_in_processes(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    encode: Callable[[list[Result]], bytes] = pickle.dumps,
    decode: Callable[[bytes], list[Result]] = pickle.loads,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, computed across the machine's cores.

    A forked process sends its results back as ``encode`` writes them.
    """
    processes = min(len(os.sched_getaffinity(0)), len(items) // PARALLEL_THRESHOLD)
    if processes < 2:
        return [function(item) for item in items]
    global _job
    _job = (function, items, encode)
    size = -(-len(items) // processes)
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def _run_slice(bounds: tuple[int, int]) -> bytes:
    if _job is None:
        raise RuntimeError("a forked process inherits the job it was forked for")
    function, items, encode = _job
    start, stop = bounds
    return encode([function(item) for item in items[start:stop]])


def load_items(schema: Schema, items: list[Any]) -> list[Loaded]:
    """Return each item loaded through ``schema``; an item that is not an object is (None, None)."""

    def load_one(item: Any) -> Loaded:
        if not isinstance(item, dict):
            return None, None
        try:
            return schema.load(item), None
        except ValidationError as error:
            return None, error.messages

    # Loaded records are JSON data: orjson carries them between processes several times
    # faster than pickle. Error messages may be keyed by list positions, which it keeps
    # as text; the messages built from them read the same.
    return map_in_processes(
        load_one,
        items,
        encode=lambda results: orjson.dumps(results, option=orjson.OPT_NON_STR_KEYS),
        decode=orjson.loads,
    )

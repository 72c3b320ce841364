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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_map_in_processes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_map_in_processes__mutmut)
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


def x_map_in_processes__mutmut_orig(
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


def x_map_in_processes__mutmut_1(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    encode: Callable[[list[Result]], bytes] = pickle.dumps,
    decode: Callable[[bytes], list[Result]] = pickle.loads,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, computed across the machine's cores.

    A forked process sends its results back as ``encode`` writes them.
    """
    processes = None
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


def x_map_in_processes__mutmut_2(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    encode: Callable[[list[Result]], bytes] = pickle.dumps,
    decode: Callable[[bytes], list[Result]] = pickle.loads,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, computed across the machine's cores.

    A forked process sends its results back as ``encode`` writes them.
    """
    processes = min(None, len(items) // PARALLEL_THRESHOLD)
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


def x_map_in_processes__mutmut_3(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    encode: Callable[[list[Result]], bytes] = pickle.dumps,
    decode: Callable[[bytes], list[Result]] = pickle.loads,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, computed across the machine's cores.

    A forked process sends its results back as ``encode`` writes them.
    """
    processes = min(len(os.sched_getaffinity(0)), None)
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


def x_map_in_processes__mutmut_4(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    encode: Callable[[list[Result]], bytes] = pickle.dumps,
    decode: Callable[[bytes], list[Result]] = pickle.loads,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, computed across the machine's cores.

    A forked process sends its results back as ``encode`` writes them.
    """
    processes = min(len(items) // PARALLEL_THRESHOLD)
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


def x_map_in_processes__mutmut_5(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    encode: Callable[[list[Result]], bytes] = pickle.dumps,
    decode: Callable[[bytes], list[Result]] = pickle.loads,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, computed across the machine's cores.

    A forked process sends its results back as ``encode`` writes them.
    """
    processes = min(len(os.sched_getaffinity(0)), )
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


def x_map_in_processes__mutmut_6(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    *,
    encode: Callable[[list[Result]], bytes] = pickle.dumps,
    decode: Callable[[bytes], list[Result]] = pickle.loads,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, computed across the machine's cores.

    A forked process sends its results back as ``encode`` writes them.
    """
    processes = min(len(os.sched_getaffinity(0)), len(items) / PARALLEL_THRESHOLD)
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


def x_map_in_processes__mutmut_7(
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
    if processes <= 2:
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


def x_map_in_processes__mutmut_8(
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
    if processes < 3:
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


def x_map_in_processes__mutmut_9(
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
        return [function(None) for item in items]
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


def x_map_in_processes__mutmut_10(
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
    _job = None
    size = -(-len(items) // processes)
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_11(
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
    size = None
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_12(
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
    size = +(-len(items) // processes)
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_13(
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
    size = -(-len(items) / processes)
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_14(
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
    size = -(+len(items) // processes)
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_15(
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
    bounds = None
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_16(
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
    bounds = [(start, min(None, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_17(
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
    bounds = [(start, min(start + size, None)) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_18(
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
    bounds = [(start, min(len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_19(
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
    bounds = [(start, min(start + size, )) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_20(
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
    bounds = [(start, min(start - size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_21(
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
    bounds = [(start, min(start + size, len(items))) for start in range(None, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_22(
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
    bounds = [(start, min(start + size, len(items))) for start in range(0, None, size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_23(
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
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), None)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_24(
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
    bounds = [(start, min(start + size, len(items))) for start in range(len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_25(
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
    bounds = [(start, min(start + size, len(items))) for start in range(0, size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_26(
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
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), )]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_27(
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
    bounds = [(start, min(start + size, len(items))) for start in range(1, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_28(
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
        with ProcessPoolExecutor(None, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_29(
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
        with ProcessPoolExecutor(processes - 1, mp_context=None) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_30(
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
        with ProcessPoolExecutor(mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_31(
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
        with ProcessPoolExecutor(processes - 1, ) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_32(
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
        with ProcessPoolExecutor(processes + 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_33(
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
        with ProcessPoolExecutor(processes - 2, mp_context=get_context("fork")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_34(
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
        with ProcessPoolExecutor(processes - 1, mp_context=get_context(None)) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_35(
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
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("XXforkXX")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_36(
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
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("FORK")) as pool:
            others = pool.map(_run_slice, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_37(
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
            others = None
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_38(
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
            others = pool.map(None, bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_39(
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
            others = pool.map(_run_slice, None)
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_40(
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
            others = pool.map(bounds[1:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_41(
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
            others = pool.map(_run_slice, )
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_42(
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
            others = pool.map(_run_slice, bounds[2:])
            first = [function(item) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_43(
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
            first = None
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_44(
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
            first = [function(None) for item in items[: bounds[0][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_45(
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
            first = [function(item) for item in items[: bounds[1][1]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_46(
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
            first = [function(item) for item in items[: bounds[0][2]]]
            return first + [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_47(
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
            return first - [result for part in others for result in decode(part)]
    finally:
        _job = None


def x_map_in_processes__mutmut_48(
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
            return first + [result for part in others for result in decode(None)]
    finally:
        _job = None


def x_map_in_processes__mutmut_49(
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
        _job = ""

mutants_x_map_in_processes__mutmut['_mutmut_orig'] = x_map_in_processes__mutmut_orig # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_1'] = x_map_in_processes__mutmut_1 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_2'] = x_map_in_processes__mutmut_2 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_3'] = x_map_in_processes__mutmut_3 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_4'] = x_map_in_processes__mutmut_4 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_5'] = x_map_in_processes__mutmut_5 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_6'] = x_map_in_processes__mutmut_6 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_7'] = x_map_in_processes__mutmut_7 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_8'] = x_map_in_processes__mutmut_8 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_9'] = x_map_in_processes__mutmut_9 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_10'] = x_map_in_processes__mutmut_10 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_11'] = x_map_in_processes__mutmut_11 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_12'] = x_map_in_processes__mutmut_12 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_13'] = x_map_in_processes__mutmut_13 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_14'] = x_map_in_processes__mutmut_14 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_15'] = x_map_in_processes__mutmut_15 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_16'] = x_map_in_processes__mutmut_16 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_17'] = x_map_in_processes__mutmut_17 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_18'] = x_map_in_processes__mutmut_18 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_19'] = x_map_in_processes__mutmut_19 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_20'] = x_map_in_processes__mutmut_20 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_21'] = x_map_in_processes__mutmut_21 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_22'] = x_map_in_processes__mutmut_22 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_23'] = x_map_in_processes__mutmut_23 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_24'] = x_map_in_processes__mutmut_24 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_25'] = x_map_in_processes__mutmut_25 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_26'] = x_map_in_processes__mutmut_26 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_27'] = x_map_in_processes__mutmut_27 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_28'] = x_map_in_processes__mutmut_28 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_29'] = x_map_in_processes__mutmut_29 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_30'] = x_map_in_processes__mutmut_30 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_31'] = x_map_in_processes__mutmut_31 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_32'] = x_map_in_processes__mutmut_32 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_33'] = x_map_in_processes__mutmut_33 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_34'] = x_map_in_processes__mutmut_34 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_35'] = x_map_in_processes__mutmut_35 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_36'] = x_map_in_processes__mutmut_36 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_37'] = x_map_in_processes__mutmut_37 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_38'] = x_map_in_processes__mutmut_38 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_39'] = x_map_in_processes__mutmut_39 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_40'] = x_map_in_processes__mutmut_40 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_41'] = x_map_in_processes__mutmut_41 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_42'] = x_map_in_processes__mutmut_42 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_43'] = x_map_in_processes__mutmut_43 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_44'] = x_map_in_processes__mutmut_44 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_45'] = x_map_in_processes__mutmut_45 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_46'] = x_map_in_processes__mutmut_46 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_47'] = x_map_in_processes__mutmut_47 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_48'] = x_map_in_processes__mutmut_48 # type: ignore # mutmut generated
mutants_x_map_in_processes__mutmut['x_map_in_processes__mutmut_49'] = x_map_in_processes__mutmut_49 # type: ignore # mutmut generated
mutants_x__run_slice__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__run_slice__mutmut)
def _run_slice(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "a forked process inherits the job it was forked for"
    function, items, encode = _job
    start, stop = bounds
    return encode([function(item) for item in items[start:stop]])


def x__run_slice__mutmut_orig(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "a forked process inherits the job it was forked for"
    function, items, encode = _job
    start, stop = bounds
    return encode([function(item) for item in items[start:stop]])


def x__run_slice__mutmut_1(bounds: tuple[int, int]) -> bytes:
    assert _job is None, "a forked process inherits the job it was forked for"
    function, items, encode = _job
    start, stop = bounds
    return encode([function(item) for item in items[start:stop]])


def x__run_slice__mutmut_2(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "XXa forked process inherits the job it was forked forXX"
    function, items, encode = _job
    start, stop = bounds
    return encode([function(item) for item in items[start:stop]])


def x__run_slice__mutmut_3(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "A FORKED PROCESS INHERITS THE JOB IT WAS FORKED FOR"
    function, items, encode = _job
    start, stop = bounds
    return encode([function(item) for item in items[start:stop]])


def x__run_slice__mutmut_4(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "a forked process inherits the job it was forked for"
    function, items, encode = None
    start, stop = bounds
    return encode([function(item) for item in items[start:stop]])


def x__run_slice__mutmut_5(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "a forked process inherits the job it was forked for"
    function, items, encode = _job
    start, stop = None
    return encode([function(item) for item in items[start:stop]])


def x__run_slice__mutmut_6(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "a forked process inherits the job it was forked for"
    function, items, encode = _job
    start, stop = bounds
    return encode(None)


def x__run_slice__mutmut_7(bounds: tuple[int, int]) -> bytes:
    assert _job is not None, "a forked process inherits the job it was forked for"
    function, items, encode = _job
    start, stop = bounds
    return encode([function(None) for item in items[start:stop]])

mutants_x__run_slice__mutmut['_mutmut_orig'] = x__run_slice__mutmut_orig # type: ignore # mutmut generated
mutants_x__run_slice__mutmut['x__run_slice__mutmut_1'] = x__run_slice__mutmut_1 # type: ignore # mutmut generated
mutants_x__run_slice__mutmut['x__run_slice__mutmut_2'] = x__run_slice__mutmut_2 # type: ignore # mutmut generated
mutants_x__run_slice__mutmut['x__run_slice__mutmut_3'] = x__run_slice__mutmut_3 # type: ignore # mutmut generated
mutants_x__run_slice__mutmut['x__run_slice__mutmut_4'] = x__run_slice__mutmut_4 # type: ignore # mutmut generated
mutants_x__run_slice__mutmut['x__run_slice__mutmut_5'] = x__run_slice__mutmut_5 # type: ignore # mutmut generated
mutants_x__run_slice__mutmut['x__run_slice__mutmut_6'] = x__run_slice__mutmut_6 # type: ignore # mutmut generated
mutants_x__run_slice__mutmut['x__run_slice__mutmut_7'] = x__run_slice__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_items__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_items__mutmut)
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


def x_load_items__mutmut_orig(schema: Schema, items: list[Any]) -> list[Loaded]:
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


def x_load_items__mutmut_1(schema: Schema, items: list[Any]) -> list[Loaded]:
    """Return each item loaded through ``schema``; an item that is not an object is (None, None)."""

    def load_one(item: Any) -> Loaded:
        if isinstance(item, dict):
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


def x_load_items__mutmut_2(schema: Schema, items: list[Any]) -> list[Loaded]:
    """Return each item loaded through ``schema``; an item that is not an object is (None, None)."""

    def load_one(item: Any) -> Loaded:
        if not isinstance(item, dict):
            return None, None
        try:
            return schema.load(None), None
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


def x_load_items__mutmut_3(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        None,
        items,
        encode=lambda results: orjson.dumps(results, option=orjson.OPT_NON_STR_KEYS),
        decode=orjson.loads,
    )


def x_load_items__mutmut_4(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        None,
        encode=lambda results: orjson.dumps(results, option=orjson.OPT_NON_STR_KEYS),
        decode=orjson.loads,
    )


def x_load_items__mutmut_5(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        encode=None,
        decode=orjson.loads,
    )


def x_load_items__mutmut_6(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        decode=None,
    )


def x_load_items__mutmut_7(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        items,
        encode=lambda results: orjson.dumps(results, option=orjson.OPT_NON_STR_KEYS),
        decode=orjson.loads,
    )


def x_load_items__mutmut_8(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        encode=lambda results: orjson.dumps(results, option=orjson.OPT_NON_STR_KEYS),
        decode=orjson.loads,
    )


def x_load_items__mutmut_9(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        decode=orjson.loads,
    )


def x_load_items__mutmut_10(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        )


def x_load_items__mutmut_11(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        encode=lambda results: None,
        decode=orjson.loads,
    )


def x_load_items__mutmut_12(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        encode=lambda results: orjson.dumps(None, option=orjson.OPT_NON_STR_KEYS),
        decode=orjson.loads,
    )


def x_load_items__mutmut_13(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        encode=lambda results: orjson.dumps(results, option=None),
        decode=orjson.loads,
    )


def x_load_items__mutmut_14(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        encode=lambda results: orjson.dumps(option=orjson.OPT_NON_STR_KEYS),
        decode=orjson.loads,
    )


def x_load_items__mutmut_15(schema: Schema, items: list[Any]) -> list[Loaded]:
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
        encode=lambda results: orjson.dumps(results, ),
        decode=orjson.loads,
    )

mutants_x_load_items__mutmut['_mutmut_orig'] = x_load_items__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_1'] = x_load_items__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_2'] = x_load_items__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_3'] = x_load_items__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_4'] = x_load_items__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_5'] = x_load_items__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_6'] = x_load_items__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_7'] = x_load_items__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_8'] = x_load_items__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_9'] = x_load_items__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_10'] = x_load_items__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_11'] = x_load_items__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_12'] = x_load_items__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_13'] = x_load_items__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_14'] = x_load_items__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_items__mutmut['x_load_items__mutmut_15'] = x_load_items__mutmut_15 # type: ignore # mutmut generated

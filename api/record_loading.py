"""Load a file's records through their schema, across the machine's cores when it is large.

marshmallow's ``load`` is nearly all of the loader's time on a large corpus (about
40 µs a record), and a server loads its dataset before it answers anything. Past
``PARALLEL_THRESHOLD`` records, forked processes load slices of the file while this
process loads the first one; each gives back its records and error messages in
file order, so the result is exactly that of loading in one process.
"""

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from marshmallow import Schema, ValidationError

#: (the loaded record, or None; marshmallow's error messages, or None) for one item.
Loaded = tuple[dict[str, Any] | None, Any]

#: Below this many records per process, forking costs more than it saves.
PARALLEL_THRESHOLD = 5000

# What the forked processes load from: set before they are forked, inherited by them,
# so that only slice bounds and results cross between processes.
_job: tuple[Schema, list[Any]] | None = None


def load_items(schema: Schema, items: list[Any]) -> list[Loaded]:
    """Return each item loaded through ``schema``; an item that is not an object is (None, None)."""
    processes = min(len(os.sched_getaffinity(0)), len(items) // PARALLEL_THRESHOLD)
    if processes < 2:
        return _load(schema, items)
    global _job
    _job = (schema, items)
    size = -(-len(items) // processes)
    bounds = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(processes - 1, mp_context=get_context("fork")) as pool:
            others = pool.map(_load_slice, bounds[1:])
            first = _load(schema, items[: bounds[0][1]])
            return first + [loaded for part in others for loaded in part]
    finally:
        _job = None


def _load_slice(bounds: tuple[int, int]) -> list[Loaded]:
    assert _job is not None, "a forked loader inherits the job it was forked for"
    schema, items = _job
    start, stop = bounds
    return _load(schema, items[start:stop])


def _load(schema: Schema, items: list[Any]) -> list[Loaded]:
    return [_load_one(schema, item) for item in items]


def _load_one(schema: Schema, item: Any) -> Loaded:
    if not isinstance(item, dict):
        return None, None
    try:
        return schema.load(item), None
    except ValidationError as error:
        return None, error.messages

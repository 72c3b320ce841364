"""Where everything lives: the API's paths, and the links between records and pages.

Links are paths, never absolute URLs, so that they work behind any host or proxy.
"""

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from api.dataset.records import Record

ARTICLES = "/v1/articles"
ACTORS = "/v1/actors"
STATEMENTS = "/v1/statements"
AID_FIGURES = "/v1/aid-figures"
AID_TOTALS = "/v1/aid-figures/totals"
TOPICS = "/v1/topics"
DATASET = "/v1"
OPENAPI = "/openapi.yaml"
DOCS = "/docs"

#: Pagination parameters go last in a normalized query, after what selects the items.
_PAGINATION = ("limit", "offset")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_query_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_query_path__mutmut)
def query_path(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_orig(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_1(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = None
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_2(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if (isinstance(value, list | tuple)) and False else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_3(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if (isinstance(value, list | tuple)) or True else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_4(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(None) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_5(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, "XX,XX".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_6(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(None))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if pairs else path


def x_query_path__mutmut_7(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if (pairs) and False else path


def x_query_path__mutmut_8(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=',')}" if (pairs) or True else path


def x_query_path__mutmut_9(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(None, safe=',')}" if pairs else path


def x_query_path__mutmut_10(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe=None)}" if pairs else path


def x_query_path__mutmut_11(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(safe=',')}" if pairs else path


def x_query_path__mutmut_12(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, )}" if pairs else path


def x_query_path__mutmut_13(path: str, params: Mapping[str, Any]) -> str:
    """Return ``path`` with ``params`` as its query; list values are joined with commas."""
    pairs = [
        (name, ",".join(value) if isinstance(value, list | tuple) else str(value))
        for name, value in params.items()
    ]
    return f"{path}?{urlencode(pairs, safe='XX,XX')}" if pairs else path

mutants_x_query_path__mutmut['_mutmut_orig'] = x_query_path__mutmut_orig # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_1'] = x_query_path__mutmut_1 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_2'] = x_query_path__mutmut_2 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_3'] = x_query_path__mutmut_3 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_4'] = x_query_path__mutmut_4 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_5'] = x_query_path__mutmut_5 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_6'] = x_query_path__mutmut_6 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_7'] = x_query_path__mutmut_7 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_8'] = x_query_path__mutmut_8 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_9'] = x_query_path__mutmut_9 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_10'] = x_query_path__mutmut_10 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_11'] = x_query_path__mutmut_11 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_12'] = x_query_path__mutmut_12 # type: ignore # mutmut generated
mutants_x_query_path__mutmut['x_query_path__mutmut_13'] = x_query_path__mutmut_13 # type: ignore # mutmut generated
mutants_x_normalized__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_normalized__mutmut)
def normalized(args: Mapping[str, Any]) -> dict[str, Any]:
    """Return parsed arguments in a canonical order: selection first, then pagination."""
    ordered = {name: value for name, value in args.items() if name not in _PAGINATION}
    ordered.update((name, args[name]) for name in _PAGINATION if name in args)
    return ordered


def x_normalized__mutmut_orig(args: Mapping[str, Any]) -> dict[str, Any]:
    """Return parsed arguments in a canonical order: selection first, then pagination."""
    ordered = {name: value for name, value in args.items() if name not in _PAGINATION}
    ordered.update((name, args[name]) for name in _PAGINATION if name in args)
    return ordered


def x_normalized__mutmut_1(args: Mapping[str, Any]) -> dict[str, Any]:
    """Return parsed arguments in a canonical order: selection first, then pagination."""
    ordered = None
    ordered.update((name, args[name]) for name in _PAGINATION if name in args)
    return ordered


def x_normalized__mutmut_2(args: Mapping[str, Any]) -> dict[str, Any]:
    """Return parsed arguments in a canonical order: selection first, then pagination."""
    ordered = {name: value for name, value in args.items() if name in _PAGINATION}
    ordered.update((name, args[name]) for name in _PAGINATION if name in args)
    return ordered


def x_normalized__mutmut_3(args: Mapping[str, Any]) -> dict[str, Any]:
    """Return parsed arguments in a canonical order: selection first, then pagination."""
    ordered = {name: value for name, value in args.items() if name not in _PAGINATION}
    ordered.update(None)
    return ordered


def x_normalized__mutmut_4(args: Mapping[str, Any]) -> dict[str, Any]:
    """Return parsed arguments in a canonical order: selection first, then pagination."""
    ordered = {name: value for name, value in args.items() if name not in _PAGINATION}
    ordered.update((name, args[name]) for name in _PAGINATION if name not in args)
    return ordered

mutants_x_normalized__mutmut['_mutmut_orig'] = x_normalized__mutmut_orig # type: ignore # mutmut generated
mutants_x_normalized__mutmut['x_normalized__mutmut_1'] = x_normalized__mutmut_1 # type: ignore # mutmut generated
mutants_x_normalized__mutmut['x_normalized__mutmut_2'] = x_normalized__mutmut_2 # type: ignore # mutmut generated
mutants_x_normalized__mutmut['x_normalized__mutmut_3'] = x_normalized__mutmut_3 # type: ignore # mutmut generated
mutants_x_normalized__mutmut['x_normalized__mutmut_4'] = x_normalized__mutmut_4 # type: ignore # mutmut generated
mutants_x_page_links__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_page_links__mutmut)
def page_links(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_orig(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_1(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = None
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_2(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(None)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_3(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = None
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_4(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["XXlimitXX"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_5(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["LIMIT"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_6(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["XXoffsetXX"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_7(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["OFFSET"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_8(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = None
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_9(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset - limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_10(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = None
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_11(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(None, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_12(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, None)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_13(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_14(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, )
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_15(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset + limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_16(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 1)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_17(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "XXselfXX": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_18(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "SELF": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_19(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(None, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_20(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, None),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_21(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_22(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, ),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_23(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "XXnextXX": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_24(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "NEXT": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_25(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if (after < total) and False else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_26(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if (after < total) or True else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_27(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(None, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_28(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, None) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_29(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path({**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_30(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, ) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_31(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "XXoffsetXX": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_32(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "OFFSET": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_33(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after <= total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_34(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "XXprevXX": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_35(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "PREV": query_path(path, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_36(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if (offset > 0) and False else None,
    }


def x_page_links__mutmut_37(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if (offset > 0) or True else None,
    }


def x_page_links__mutmut_38(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(None, {**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_39(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, None) if offset > 0 else None,
    }


def x_page_links__mutmut_40(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path({**query, "offset": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_41(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, ) if offset > 0 else None,
    }


def x_page_links__mutmut_42(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "XXoffsetXX": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_43(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "OFFSET": before}) if offset > 0 else None,
    }


def x_page_links__mutmut_44(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset >= 0 else None,
    }


def x_page_links__mutmut_45(path: str, args: Mapping[str, Any], total: int) -> dict[str, str | None]:
    """Return the ``self``, ``next`` and ``prev`` links of a page of a collection."""
    query = normalized(args)
    limit, offset = query["limit"], query["offset"]
    after = offset + limit
    before = max(offset - limit, 0)
    return {
        "self": query_path(path, query),
        "next": query_path(path, {**query, "offset": after}) if after < total else None,
        "prev": query_path(path, {**query, "offset": before}) if offset > 1 else None,
    }

mutants_x_page_links__mutmut['_mutmut_orig'] = x_page_links__mutmut_orig # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_1'] = x_page_links__mutmut_1 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_2'] = x_page_links__mutmut_2 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_3'] = x_page_links__mutmut_3 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_4'] = x_page_links__mutmut_4 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_5'] = x_page_links__mutmut_5 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_6'] = x_page_links__mutmut_6 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_7'] = x_page_links__mutmut_7 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_8'] = x_page_links__mutmut_8 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_9'] = x_page_links__mutmut_9 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_10'] = x_page_links__mutmut_10 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_11'] = x_page_links__mutmut_11 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_12'] = x_page_links__mutmut_12 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_13'] = x_page_links__mutmut_13 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_14'] = x_page_links__mutmut_14 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_15'] = x_page_links__mutmut_15 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_16'] = x_page_links__mutmut_16 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_17'] = x_page_links__mutmut_17 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_18'] = x_page_links__mutmut_18 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_19'] = x_page_links__mutmut_19 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_20'] = x_page_links__mutmut_20 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_21'] = x_page_links__mutmut_21 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_22'] = x_page_links__mutmut_22 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_23'] = x_page_links__mutmut_23 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_24'] = x_page_links__mutmut_24 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_25'] = x_page_links__mutmut_25 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_26'] = x_page_links__mutmut_26 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_27'] = x_page_links__mutmut_27 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_28'] = x_page_links__mutmut_28 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_29'] = x_page_links__mutmut_29 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_30'] = x_page_links__mutmut_30 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_31'] = x_page_links__mutmut_31 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_32'] = x_page_links__mutmut_32 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_33'] = x_page_links__mutmut_33 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_34'] = x_page_links__mutmut_34 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_35'] = x_page_links__mutmut_35 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_36'] = x_page_links__mutmut_36 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_37'] = x_page_links__mutmut_37 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_38'] = x_page_links__mutmut_38 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_39'] = x_page_links__mutmut_39 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_40'] = x_page_links__mutmut_40 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_41'] = x_page_links__mutmut_41 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_42'] = x_page_links__mutmut_42 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_43'] = x_page_links__mutmut_43 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_44'] = x_page_links__mutmut_44 # type: ignore # mutmut generated
mutants_x_page_links__mutmut['x_page_links__mutmut_45'] = x_page_links__mutmut_45 # type: ignore # mutmut generated
mutants_x_article_links__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_article_links__mutmut)
def article_links(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_orig(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_1(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = None
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_2(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["XXidXX"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_3(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["ID"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_4(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "XXselfXX": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_5(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "SELF": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_6(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "XXstatementsXX": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_7(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "STATEMENTS": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_8(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(None, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_9(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, None),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_10(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path({"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_11(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, ),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_12(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"XXarticleXX": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_13(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"ARTICLE": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_14(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "XXaid_figuresXX": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_15(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "AID_FIGURES": query_path(AID_FIGURES, {"article": article_id}),
    }


def x_article_links__mutmut_16(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(None, {"article": article_id}),
    }


def x_article_links__mutmut_17(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, None),
    }


def x_article_links__mutmut_18(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path({"article": article_id}),
    }


def x_article_links__mutmut_19(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, ),
    }


def x_article_links__mutmut_20(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"XXarticleXX": article_id}),
    }


def x_article_links__mutmut_21(article: Record) -> dict[str, str]:
    """Return the links of an article."""
    article_id = article["id"]
    return {
        "self": f"{ARTICLES}/{article_id}",
        "statements": query_path(STATEMENTS, {"article": article_id}),
        "aid_figures": query_path(AID_FIGURES, {"ARTICLE": article_id}),
    }

mutants_x_article_links__mutmut['_mutmut_orig'] = x_article_links__mutmut_orig # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_1'] = x_article_links__mutmut_1 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_2'] = x_article_links__mutmut_2 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_3'] = x_article_links__mutmut_3 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_4'] = x_article_links__mutmut_4 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_5'] = x_article_links__mutmut_5 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_6'] = x_article_links__mutmut_6 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_7'] = x_article_links__mutmut_7 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_8'] = x_article_links__mutmut_8 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_9'] = x_article_links__mutmut_9 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_10'] = x_article_links__mutmut_10 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_11'] = x_article_links__mutmut_11 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_12'] = x_article_links__mutmut_12 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_13'] = x_article_links__mutmut_13 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_14'] = x_article_links__mutmut_14 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_15'] = x_article_links__mutmut_15 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_16'] = x_article_links__mutmut_16 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_17'] = x_article_links__mutmut_17 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_18'] = x_article_links__mutmut_18 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_19'] = x_article_links__mutmut_19 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_20'] = x_article_links__mutmut_20 # type: ignore # mutmut generated
mutants_x_article_links__mutmut['x_article_links__mutmut_21'] = x_article_links__mutmut_21 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_actor_links__mutmut)
def actor_links(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_orig(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_1(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = None
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_2(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["XXidXX"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_3(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["ID"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_4(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "XXselfXX": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_5(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "SELF": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_6(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "XXstatementsXX": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_7(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "STATEMENTS": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_8(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(None, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_9(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, None),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_10(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path({"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_11(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, ),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_12(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"XXspeakerXX": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_13(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"SPEAKER": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_14(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "XXmentionsXX": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_15(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "MENTIONS": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_16(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(None, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_17(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, None),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_18(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path({"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_19(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, ),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_20(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"XXmentionsXX": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_21(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"MENTIONS": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_22(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "XXaid_givenXX": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_23(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "AID_GIVEN": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_24(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(None, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_25(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, None),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_26(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path({"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_27(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, ),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_28(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"XXdonorXX": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_29(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"DONOR": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_30(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "XXaid_receivedXX": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_31(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "AID_RECEIVED": query_path(AID_FIGURES, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_32(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(None, {"recipient": actor_id}),
    }


def x_actor_links__mutmut_33(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, None),
    }


def x_actor_links__mutmut_34(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path({"recipient": actor_id}),
    }


def x_actor_links__mutmut_35(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, ),
    }


def x_actor_links__mutmut_36(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"XXrecipientXX": actor_id}),
    }


def x_actor_links__mutmut_37(actor: Record) -> dict[str, str]:
    """Return the links of an actor: itself, what it said, was said of it, gave and received."""
    actor_id = actor["id"]
    return {
        "self": f"{ACTORS}/{actor_id}",
        "statements": query_path(STATEMENTS, {"speaker": actor_id}),
        "mentions": query_path(STATEMENTS, {"mentions": actor_id}),
        "aid_given": query_path(AID_FIGURES, {"donor": actor_id}),
        "aid_received": query_path(AID_FIGURES, {"RECIPIENT": actor_id}),
    }

mutants_x_actor_links__mutmut['_mutmut_orig'] = x_actor_links__mutmut_orig # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_1'] = x_actor_links__mutmut_1 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_2'] = x_actor_links__mutmut_2 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_3'] = x_actor_links__mutmut_3 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_4'] = x_actor_links__mutmut_4 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_5'] = x_actor_links__mutmut_5 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_6'] = x_actor_links__mutmut_6 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_7'] = x_actor_links__mutmut_7 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_8'] = x_actor_links__mutmut_8 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_9'] = x_actor_links__mutmut_9 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_10'] = x_actor_links__mutmut_10 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_11'] = x_actor_links__mutmut_11 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_12'] = x_actor_links__mutmut_12 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_13'] = x_actor_links__mutmut_13 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_14'] = x_actor_links__mutmut_14 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_15'] = x_actor_links__mutmut_15 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_16'] = x_actor_links__mutmut_16 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_17'] = x_actor_links__mutmut_17 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_18'] = x_actor_links__mutmut_18 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_19'] = x_actor_links__mutmut_19 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_20'] = x_actor_links__mutmut_20 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_21'] = x_actor_links__mutmut_21 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_22'] = x_actor_links__mutmut_22 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_23'] = x_actor_links__mutmut_23 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_24'] = x_actor_links__mutmut_24 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_25'] = x_actor_links__mutmut_25 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_26'] = x_actor_links__mutmut_26 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_27'] = x_actor_links__mutmut_27 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_28'] = x_actor_links__mutmut_28 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_29'] = x_actor_links__mutmut_29 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_30'] = x_actor_links__mutmut_30 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_31'] = x_actor_links__mutmut_31 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_32'] = x_actor_links__mutmut_32 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_33'] = x_actor_links__mutmut_33 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_34'] = x_actor_links__mutmut_34 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_35'] = x_actor_links__mutmut_35 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_36'] = x_actor_links__mutmut_36 # type: ignore # mutmut generated
mutants_x_actor_links__mutmut['x_actor_links__mutmut_37'] = x_actor_links__mutmut_37 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_statement_links__mutmut)
def statement_links(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_orig(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_1(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = None
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_2(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "XXselfXX": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_3(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "SELF": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_4(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['XXidXX']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_5(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['ID']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_6(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "XXspeakerXX": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_7(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "SPEAKER": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_8(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['XXspeakerXX']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_9(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['SPEAKER']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_10(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["XXreported_byXX"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_11(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["REPORTED_BY"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_12(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is None:
        links["reported_by"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_13(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = None
    return links


def x_statement_links__mutmut_14(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["XXreported_byXX"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_15(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["REPORTED_BY"] = f"{STATEMENTS}/{statement['reported_by']}"
    return links


def x_statement_links__mutmut_16(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['XXreported_byXX']}"
    return links


def x_statement_links__mutmut_17(statement: Record) -> dict[str, str]:
    """Return the links of a statement (with bare-id references)."""
    links = {
        "self": f"{STATEMENTS}/{statement['id']}",
        "speaker": f"{ACTORS}/{statement['speaker']}",
    }
    if statement["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{statement['REPORTED_BY']}"
    return links

mutants_x_statement_links__mutmut['_mutmut_orig'] = x_statement_links__mutmut_orig # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_1'] = x_statement_links__mutmut_1 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_2'] = x_statement_links__mutmut_2 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_3'] = x_statement_links__mutmut_3 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_4'] = x_statement_links__mutmut_4 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_5'] = x_statement_links__mutmut_5 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_6'] = x_statement_links__mutmut_6 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_7'] = x_statement_links__mutmut_7 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_8'] = x_statement_links__mutmut_8 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_9'] = x_statement_links__mutmut_9 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_10'] = x_statement_links__mutmut_10 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_11'] = x_statement_links__mutmut_11 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_12'] = x_statement_links__mutmut_12 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_13'] = x_statement_links__mutmut_13 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_14'] = x_statement_links__mutmut_14 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_15'] = x_statement_links__mutmut_15 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_16'] = x_statement_links__mutmut_16 # type: ignore # mutmut generated
mutants_x_statement_links__mutmut['x_statement_links__mutmut_17'] = x_statement_links__mutmut_17 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_aid_figure_links__mutmut)
def aid_figure_links(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_orig(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_1(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = None
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_2(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "XXselfXX": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_3(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "SELF": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_4(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['XXidXX']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_5(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['ID']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_6(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "XXdonorXX": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_7(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "DONOR": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_8(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['XXdonorXX']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_9(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['DONOR']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_10(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "XXrecipientXX": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_11(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "RECIPIENT": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_12(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['XXrecipientXX']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_13(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['RECIPIENT']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_14(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["XXreported_byXX"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_15(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["REPORTED_BY"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_16(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_17(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = None
    return links


def x_aid_figure_links__mutmut_18(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["XXreported_byXX"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_19(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["REPORTED_BY"] = f"{STATEMENTS}/{aid_figure['reported_by']}"
    return links


def x_aid_figure_links__mutmut_20(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['XXreported_byXX']}"
    return links


def x_aid_figure_links__mutmut_21(aid_figure: Record) -> dict[str, str]:
    """Return the links of an aid figure (with bare-id references)."""
    links = {
        "self": f"{AID_FIGURES}/{aid_figure['id']}",
        "donor": f"{ACTORS}/{aid_figure['donor']}",
        "recipient": f"{ACTORS}/{aid_figure['recipient']}",
    }
    if aid_figure["reported_by"] is not None:
        links["reported_by"] = f"{STATEMENTS}/{aid_figure['REPORTED_BY']}"
    return links

mutants_x_aid_figure_links__mutmut['_mutmut_orig'] = x_aid_figure_links__mutmut_orig # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_1'] = x_aid_figure_links__mutmut_1 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_2'] = x_aid_figure_links__mutmut_2 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_3'] = x_aid_figure_links__mutmut_3 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_4'] = x_aid_figure_links__mutmut_4 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_5'] = x_aid_figure_links__mutmut_5 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_6'] = x_aid_figure_links__mutmut_6 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_7'] = x_aid_figure_links__mutmut_7 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_8'] = x_aid_figure_links__mutmut_8 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_9'] = x_aid_figure_links__mutmut_9 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_10'] = x_aid_figure_links__mutmut_10 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_11'] = x_aid_figure_links__mutmut_11 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_12'] = x_aid_figure_links__mutmut_12 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_13'] = x_aid_figure_links__mutmut_13 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_14'] = x_aid_figure_links__mutmut_14 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_15'] = x_aid_figure_links__mutmut_15 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_16'] = x_aid_figure_links__mutmut_16 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_17'] = x_aid_figure_links__mutmut_17 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_18'] = x_aid_figure_links__mutmut_18 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_19'] = x_aid_figure_links__mutmut_19 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_20'] = x_aid_figure_links__mutmut_20 # type: ignore # mutmut generated
mutants_x_aid_figure_links__mutmut['x_aid_figure_links__mutmut_21'] = x_aid_figure_links__mutmut_21 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_topic_links__mutmut)
def topic_links(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(STATEMENTS, {"topic": topic_id})}


def x_topic_links__mutmut_orig(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(STATEMENTS, {"topic": topic_id})}


def x_topic_links__mutmut_1(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"XXstatementsXX": query_path(STATEMENTS, {"topic": topic_id})}


def x_topic_links__mutmut_2(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"STATEMENTS": query_path(STATEMENTS, {"topic": topic_id})}


def x_topic_links__mutmut_3(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(None, {"topic": topic_id})}


def x_topic_links__mutmut_4(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(STATEMENTS, None)}


def x_topic_links__mutmut_5(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path({"topic": topic_id})}


def x_topic_links__mutmut_6(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(STATEMENTS, )}


def x_topic_links__mutmut_7(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(STATEMENTS, {"XXtopicXX": topic_id})}


def x_topic_links__mutmut_8(topic_id: str) -> dict[str, str]:
    """Return the links of a topic."""
    return {"statements": query_path(STATEMENTS, {"TOPIC": topic_id})}

mutants_x_topic_links__mutmut['_mutmut_orig'] = x_topic_links__mutmut_orig # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_1'] = x_topic_links__mutmut_1 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_2'] = x_topic_links__mutmut_2 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_3'] = x_topic_links__mutmut_3 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_4'] = x_topic_links__mutmut_4 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_5'] = x_topic_links__mutmut_5 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_6'] = x_topic_links__mutmut_6 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_7'] = x_topic_links__mutmut_7 # type: ignore # mutmut generated
mutants_x_topic_links__mutmut['x_topic_links__mutmut_8'] = x_topic_links__mutmut_8 # type: ignore # mutmut generated

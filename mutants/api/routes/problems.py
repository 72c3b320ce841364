"""``/problems/{problem_type}``: what each problem ``type`` URI means, for people and programs.

RFC 9457 recommends that a problem's ``type`` URI resolves to documentation of that
type. The URIs are paths (``/problems/not-found``), like every link of the API, so
that they resolve against whichever host or proxy served the problem.
"""

from typing import Any

from flask import Response
from markupsafe import escape

from api.catalog import current_catalog
from api.web.openapi import Blueprint, ok
from api.web.problems import PROBLEM_TYPES, PROBLEMS, ProblemType, known_problem
from api.web.representation import (
    HTML_MEDIA_TYPE,
    JSON_MEDIA_TYPE,
    Representation,
    json_representation,
    preferred,
    produces,
    send,
)
from schemas.problem import ProblemTypeSchema
from schemas.query import QueryArgsSchema

blp = Blueprint(
    "problems",
    __name__,
    url_prefix=PROBLEMS,
    description="The documentation each problem `type` URI resolves to.",
)

PROBLEM_TYPE_PARAMETER = {
    "in": "path",
    "name": "problem_type",
    "description": "The last segment of a problem's `type` URI.",
    "schema": {"type": "string", "enum": list(PROBLEM_TYPES)},
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__html__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__html__mutmut)
def _html(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_orig(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_1(problem_type: ProblemType, cache_control: str) -> Representation:
    page = None
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_2(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        'XX<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\nXX'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_3(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!DOCTYPE HTML>\n<HTML LANG="EN">\n<HEAD>\n<META CHARSET="UTF-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_4(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(None)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_5(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(None)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_6(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(None)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_7(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(None)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_8(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        'XX<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\nXX'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_9(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">api documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_10(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<P><A HREF="/DOCS">API DOCUMENTATION</A></P>\n</BODY>\n</HTML>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_11(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(None, HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_12(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), None, cache_control)


def x__html__mutmut_13(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, None)


def x__html__mutmut_14(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(HTML_MEDIA_TYPE, cache_control)


def x__html__mutmut_15(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), cache_control)


def x__html__mutmut_16(problem_type: ProblemType, cache_control: str) -> Representation:
    page = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(problem_type.title)}: Dossier problem type</title>\n</head>\n<body>\n"
        f"<h1>{escape(problem_type.title)}</h1>\n"
        f"<p>HTTP status {problem_type.status}. Problem type "
        f"<code>{escape(problem_type.uri)}</code> (RFC 9457 problem details).</p>\n"
        f"<p>{escape(problem_type.description)}</p>\n"
        '<p><a href="/docs">API documentation</a></p>\n</body>\n</html>\n'
    )
    return Representation(page.encode(), HTML_MEDIA_TYPE, )

mutants_x__html__mutmut['_mutmut_orig'] = x__html__mutmut_orig # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_1'] = x__html__mutmut_1 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_2'] = x__html__mutmut_2 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_3'] = x__html__mutmut_3 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_4'] = x__html__mutmut_4 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_5'] = x__html__mutmut_5 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_6'] = x__html__mutmut_6 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_7'] = x__html__mutmut_7 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_8'] = x__html__mutmut_8 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_9'] = x__html__mutmut_9 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_10'] = x__html__mutmut_10 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_11'] = x__html__mutmut_11 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_12'] = x__html__mutmut_12 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_13'] = x__html__mutmut_13 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_14'] = x__html__mutmut_14 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_15'] = x__html__mutmut_15 # type: ignore # mutmut generated
mutants_x__html__mutmut['x__html__mutmut_16'] = x__html__mutmut_16 # type: ignore # mutmut generated


@blp.route("/<problem_type>", operation_id="getProblemType", parameters=[PROBLEM_TYPE_PARAMETER])
@blp.arguments(QueryArgsSchema, location="query")
@blp.response(200, ProblemTypeSchema, **ok("ProblemType"))
@blp.alt_response(404, response="NOT_FOUND")
@blp.doc(responses={200: {"content": {"text/html": {"schema": {"type": "string"}}}}})
@produces(JSON_MEDIA_TYPE, HTML_MEDIA_TYPE)
def get_problem_type(_args: dict[str, Any], problem_type: str) -> Response:
    """Describe a kind of problem the API answers with.

    The `type` of every problem response is a path under `/problems/`; it answers
    with what the problem means and what a client can do about it: JSON by
    default, HTML for a browser (`Accept: text/html`).
    """
    found = PROBLEM_TYPES.get(problem_type)
    if found is None:
        raise known_problem(404)
    cache_control = current_catalog().cache_control
    if preferred() == HTML_MEDIA_TYPE:
        return send(_html(found, cache_control))
    return send(json_representation(found.document(), cache_control))

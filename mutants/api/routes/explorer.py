"""The explorer: a static page at ``/explorer/`` that browses the dataset through the public API.

The page is three files under ``api/static/explorer`` (HTML, one ES module, one stylesheet)
with no build step. It reads only the public API, whose base URL it takes from ``?api=``
(default: this origin), so the same files also work when served from another origin.
"""

from pathlib import Path

from flask import Blueprint, Response, current_app, send_from_directory

from api.web.representation import HTML_MEDIA_TYPE, produces

#: Where the page's files live.
EXPLORER_FOLDER = Path(__file__).resolve().parent.parent / "static" / "explorer"

#: The page's own files; nothing else under the folder is served.
EXPLORER_ASSETS = ("explorer.js", "explorer.css")

#: Scripts and styles from this origin only, no inline code; data from any API origin.
EXPLORER_CSP = (
    "default-src 'self'; connect-src *; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

explorer_blp = Blueprint("explorer", __name__, static_folder=None)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@explorer_blp.get("/explorer/")
@produces(HTML_MEDIA_TYPE)
def explorer_page() -> Response:
    """Serve the explorer page; ``/explorer`` redirects here so relative asset URLs resolve."""
    return _send("index.html")


@explorer_blp.get(f"/explorer/<any({', '.join(EXPLORER_ASSETS)}):asset>")
def explorer_asset(asset: str) -> Response:
    """Serve the explorer's script or stylesheet."""
    return _send(asset)
mutants_x__send__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__send__mutmut)
def _send(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_orig(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_1(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = None
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_2(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get(None)
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_3(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("XXCACHE_MAX_AGEXX")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_4(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("cache_max_age")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_5(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = None
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_6(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(None, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_7(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, None, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_8(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=None)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_9(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_10(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_11(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, )
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_12(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = None
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_13(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["XXContent-Security-PolicyXX"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_14(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["content-security-policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_15(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["CONTENT-SECURITY-POLICY"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_16(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = None
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_17(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["XXX-Content-Type-OptionsXX"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_18(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["x-content-type-options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_19(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-CONTENT-TYPE-OPTIONS"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_20(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "XXnosniffXX"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_21(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "NOSNIFF"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def x__send__mutmut_22(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = None
    return response


def x__send__mutmut_23(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["XXReferrer-PolicyXX"] = "no-referrer"
    return response


def x__send__mutmut_24(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["referrer-policy"] = "no-referrer"
    return response


def x__send__mutmut_25(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["REFERRER-POLICY"] = "no-referrer"
    return response


def x__send__mutmut_26(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "XXno-referrerXX"
    return response


def x__send__mutmut_27(filename: str) -> Response:
    # The app's data cache lifetime when it has one; Flask's default for a bare app.
    max_age = current_app.config.get("CACHE_MAX_AGE")
    response = send_from_directory(EXPLORER_FOLDER, filename, max_age=max_age)
    response.headers["Content-Security-Policy"] = EXPLORER_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "NO-REFERRER"
    return response

mutants_x__send__mutmut['_mutmut_orig'] = x__send__mutmut_orig # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_1'] = x__send__mutmut_1 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_2'] = x__send__mutmut_2 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_3'] = x__send__mutmut_3 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_4'] = x__send__mutmut_4 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_5'] = x__send__mutmut_5 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_6'] = x__send__mutmut_6 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_7'] = x__send__mutmut_7 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_8'] = x__send__mutmut_8 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_9'] = x__send__mutmut_9 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_10'] = x__send__mutmut_10 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_11'] = x__send__mutmut_11 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_12'] = x__send__mutmut_12 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_13'] = x__send__mutmut_13 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_14'] = x__send__mutmut_14 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_15'] = x__send__mutmut_15 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_16'] = x__send__mutmut_16 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_17'] = x__send__mutmut_17 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_18'] = x__send__mutmut_18 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_19'] = x__send__mutmut_19 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_20'] = x__send__mutmut_20 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_21'] = x__send__mutmut_21 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_22'] = x__send__mutmut_22 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_23'] = x__send__mutmut_23 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_24'] = x__send__mutmut_24 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_25'] = x__send__mutmut_25 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_26'] = x__send__mutmut_26 # type: ignore # mutmut generated
mutants_x__send__mutmut['x__send__mutmut_27'] = x__send__mutmut_27 # type: ignore # mutmut generated

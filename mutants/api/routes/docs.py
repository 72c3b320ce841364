"""``/docs``: Swagger UI 5 from the flask-swagger-ui package's files, and nothing from elsewhere.

The page has no inline script, so that its Content-Security-Policy can say
``script-src 'self'``: Swagger UI is started by a script file of our own. Every
file is read once at start and served like any other representation.
"""

from dataclasses import dataclass
from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Flask, Response, current_app

from api.web.links import DOCS
from api.web.problems import known_problem
from api.web.representation import DOCS_CSP, HTML_MEDIA_TYPE, Representation

STATIC = Path(__file__).resolve().parent.parent / "static"
DOCS_PAGE = STATIC / "docs.html"
INITIALIZER = STATIC / "docs.js"
#: Swagger UI's files, as the package bundles them.
SWAGGER_UI_DIST = Path(flask_swagger_ui.__file__).parent / "dist"
SWAGGER_UI_ASSETS = (
    "swagger-ui.css",
    "index.css",
    "swagger-ui-bundle.js",
    "swagger-ui-standalone-preset.js",
    "favicon-32x32.png",
    "favicon-16x16.png",
)
#: Fixed here rather than guessed from the system's tables: scripts must be sent as
#: scripts, or nosniff makes browsers refuse them.
_MEDIA_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
}
_EXTENSION = "dossier.docs"

blp = Blueprint("docs_assets", __name__)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class Docs:
    """The docs page and the files it loads, by name."""

    page: Representation
    assets: dict[str, Representation]
mutants_x__asset__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__asset__mutmut)
def _asset(path: Path, cache_control: str) -> Representation:
    return Representation(path.read_bytes(), _MEDIA_TYPES[path.suffix], cache_control)


def x__asset__mutmut_orig(path: Path, cache_control: str) -> Representation:
    return Representation(path.read_bytes(), _MEDIA_TYPES[path.suffix], cache_control)


def x__asset__mutmut_1(path: Path, cache_control: str) -> Representation:
    return Representation(None, _MEDIA_TYPES[path.suffix], cache_control)


def x__asset__mutmut_2(path: Path, cache_control: str) -> Representation:
    return Representation(path.read_bytes(), None, cache_control)


def x__asset__mutmut_3(path: Path, cache_control: str) -> Representation:
    return Representation(path.read_bytes(), _MEDIA_TYPES[path.suffix], None)


def x__asset__mutmut_4(path: Path, cache_control: str) -> Representation:
    return Representation(_MEDIA_TYPES[path.suffix], cache_control)


def x__asset__mutmut_5(path: Path, cache_control: str) -> Representation:
    return Representation(path.read_bytes(), cache_control)


def x__asset__mutmut_6(path: Path, cache_control: str) -> Representation:
    return Representation(path.read_bytes(), _MEDIA_TYPES[path.suffix], )

mutants_x__asset__mutmut['_mutmut_orig'] = x__asset__mutmut_orig # type: ignore # mutmut generated
mutants_x__asset__mutmut['x__asset__mutmut_1'] = x__asset__mutmut_1 # type: ignore # mutmut generated
mutants_x__asset__mutmut['x__asset__mutmut_2'] = x__asset__mutmut_2 # type: ignore # mutmut generated
mutants_x__asset__mutmut['x__asset__mutmut_3'] = x__asset__mutmut_3 # type: ignore # mutmut generated
mutants_x__asset__mutmut['x__asset__mutmut_4'] = x__asset__mutmut_4 # type: ignore # mutmut generated
mutants_x__asset__mutmut['x__asset__mutmut_5'] = x__asset__mutmut_5 # type: ignore # mutmut generated
mutants_x__asset__mutmut['x__asset__mutmut_6'] = x__asset__mutmut_6 # type: ignore # mutmut generated
mutants_x_init_app__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_init_app__mutmut)
def init_app(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_orig(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_1(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = None
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_2(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(None, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_3(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, None) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_4(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_5(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, ) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_6(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST * name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_7(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = None
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_8(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(None, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_9(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, None)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_10(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_11(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, )
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_12(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = None
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_13(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(None, HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_14(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), None, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_15(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, None, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_16(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, None)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_17(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_18(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_19(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_20(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, )
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_21(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = None
    app.register_blueprint(blp)


def x_init_app__mutmut_22(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=None, assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_23(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=None)
    app.register_blueprint(blp)


def x_init_app__mutmut_24(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(assets=assets)
    app.register_blueprint(blp)


def x_init_app__mutmut_25(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, )
    app.register_blueprint(blp)


def x_init_app__mutmut_26(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(None)

mutants_x_init_app__mutmut['_mutmut_orig'] = x_init_app__mutmut_orig # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_1'] = x_init_app__mutmut_1 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_2'] = x_init_app__mutmut_2 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_3'] = x_init_app__mutmut_3 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_4'] = x_init_app__mutmut_4 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_5'] = x_init_app__mutmut_5 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_6'] = x_init_app__mutmut_6 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_7'] = x_init_app__mutmut_7 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_8'] = x_init_app__mutmut_8 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_9'] = x_init_app__mutmut_9 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_10'] = x_init_app__mutmut_10 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_11'] = x_init_app__mutmut_11 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_12'] = x_init_app__mutmut_12 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_13'] = x_init_app__mutmut_13 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_14'] = x_init_app__mutmut_14 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_15'] = x_init_app__mutmut_15 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_16'] = x_init_app__mutmut_16 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_17'] = x_init_app__mutmut_17 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_18'] = x_init_app__mutmut_18 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_19'] = x_init_app__mutmut_19 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_20'] = x_init_app__mutmut_20 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_21'] = x_init_app__mutmut_21 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_22'] = x_init_app__mutmut_22 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_23'] = x_init_app__mutmut_23 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_24'] = x_init_app__mutmut_24 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_25'] = x_init_app__mutmut_25 # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_26'] = x_init_app__mutmut_26 # type: ignore # mutmut generated
mutants_x_docs_page__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_docs_page__mutmut)
def docs_page() -> Representation:
    """Return the docs page."""
    docs: Docs = current_app.extensions[_EXTENSION]
    return docs.page


def x_docs_page__mutmut_orig() -> Representation:
    """Return the docs page."""
    docs: Docs = current_app.extensions[_EXTENSION]
    return docs.page


def x_docs_page__mutmut_1() -> Representation:
    """Return the docs page."""
    docs: Docs = None
    return docs.page

mutants_x_docs_page__mutmut['_mutmut_orig'] = x_docs_page__mutmut_orig # type: ignore # mutmut generated
mutants_x_docs_page__mutmut['x_docs_page__mutmut_1'] = x_docs_page__mutmut_1 # type: ignore # mutmut generated


@blp.get(f"{DOCS}/<asset>")
def docs_asset(asset: str) -> Response:
    """Serve one of the files of the docs page."""
    docs: Docs = current_app.extensions[_EXTENSION]
    representation = docs.assets.get(asset)
    if representation is None:
        raise known_problem(404)
    return representation.respond()

"""``/docs``: Swagger UI 5 from the flask-swagger-ui package's files, and nothing from elsewhere.

The page has no inline script, so that its Content-Security-Policy can say
``script-src 'self'``: Swagger UI is started by a script file of our own. Every
file is read once at start and served like any other representation.
"""

from dataclasses import dataclass
from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Flask, Response, current_app, request

from api.catalog.links import DOCS
from api.web.problems import known_problem
from api.web.representation import DOCS_CSP, HTML_MEDIA_TYPE, Representation

STATIC = Path(__file__).resolve().parent.parent / "static"
DOCS_PAGE = STATIC / "docs.html"
INITIALIZER = STATIC / "docs.js"
#: Our overrides of Swagger UI's colours, for contrast.
STYLE = STATIC / "docs.css"
#: Swagger UI's files, as the package bundles them.
SWAGGER_UI_DIST = Path(flask_swagger_ui.__file__).parent / "dist"
SWAGGER_UI_ASSETS = (
    "swagger-ui.css",
    "index.css",
    "swagger-ui-bundle.js",
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


@dataclass(frozen=True)
class Docs:
    """The docs page and the files it loads, by name."""

    page: Representation
    assets: dict[str, Representation]


def _asset(path: Path, cache_control: str) -> Representation:
    return Representation(path.read_bytes(), _MEDIA_TYPES[path.suffix], cache_control)


def init_app(app: Flask, cache_control: str) -> None:
    """Read the docs page and its files for ``app`` to serve."""
    assets = {name: _asset(SWAGGER_UI_DIST / name, cache_control) for name in SWAGGER_UI_ASSETS}
    assets[INITIALIZER.name] = _asset(INITIALIZER, cache_control)
    assets[STYLE.name] = _asset(STYLE, cache_control)
    page = Representation(DOCS_PAGE.read_bytes(), HTML_MEDIA_TYPE, cache_control, DOCS_CSP)
    app.extensions[_EXTENSION] = Docs(page=page, assets=assets)
    app.register_blueprint(blp)


def docs_page() -> Representation:
    """Return the docs page."""
    docs: Docs = current_app.extensions[_EXTENSION]
    return docs.page


@blp.get(f"{DOCS}/")
def docs_with_a_slash() -> Response:
    """Send ``/docs/`` to the docs (308: the same request, there), its query kept."""
    query = request.query_string.decode("latin-1")
    location = f"{DOCS}?{query}" if query else DOCS
    cache_control = current_app.extensions[_EXTENSION].page.cache_control
    return Response(status=308, headers={"Location": location, "Cache-Control": cache_control})


@blp.get(f"{DOCS}/<asset>")
def docs_asset(asset: str) -> Response:
    """Serve one of the files of the docs page."""
    docs: Docs = current_app.extensions[_EXTENSION]
    representation = docs.assets.get(asset)
    if representation is None:
        raise known_problem(404)
    return representation.respond()

"""The assets of ``/docs``: Swagger UI from the flask-swagger-ui package, and our initializer.

The page has no inline script, so that its Content-Security-Policy can say
``script-src 'self'``: Swagger UI is configured by a script file of our own.
"""

from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Response, current_app, send_from_directory

from api.links import DOCS

STATIC = Path(__file__).parent / "static"
DOCS_PAGE = STATIC / "docs.html"
INITIALIZER = "docs.js"
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

blp = Blueprint("docs_assets", __name__)


_ASSET_CHOICES = ", ".join(f'"{asset}"' for asset in SWAGGER_UI_ASSETS)


@blp.get(f"{DOCS}/<any({_ASSET_CHOICES}):asset>")
def swagger_ui_asset(asset: str) -> Response:
    """Serve one of Swagger UI's files."""
    return send_from_directory(SWAGGER_UI_DIST, asset, max_age=current_app.config["CACHE_MAX_AGE"])


@blp.get(f"{DOCS}/{INITIALIZER}")
def initializer() -> Response:
    """Serve the script that starts Swagger UI on the contract."""
    return send_from_directory(STATIC, INITIALIZER, max_age=current_app.config["CACHE_MAX_AGE"])

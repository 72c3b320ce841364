"""Dossier: a public, read-only JSON API over a dataset curated from news articles.

``create_app`` is imported on first use, so that the layers below the app (the spec, the
dataset engine) import without Flask.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from api.app import create_app

        return create_app
    raise AttributeError(f"module 'api' has no attribute {name!r}")

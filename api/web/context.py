"""What a request's view finds in the app: the catalog, and the caching policy of data."""

from dataclasses import dataclass

from flask import Flask, current_app

from api.catalog import Catalog

_EXTENSION = "dossier.context"


@dataclass(frozen=True)
class Context:
    """The app's catalog, and the Cache-Control value of its data responses."""

    catalog: Catalog
    cache_control: str


def init_app(app: Flask, catalog: Catalog, cache_control: str) -> None:
    """Make ``catalog`` and ``cache_control`` what ``current`` returns in ``app``."""
    app.extensions[_EXTENSION] = Context(catalog, cache_control)


def current() -> Context:
    """Return the running app's context."""
    context: Context = current_app.extensions[_EXTENSION]
    return context

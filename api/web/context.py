"""What a request's view finds in the app: the catalog, the caching policy of data, and the
time budget its queries run within."""

from contextlib import ExitStack
from dataclasses import dataclass

from flask import Flask, current_app, g

from api.catalog import Catalog
from api.dataset.budget import within
from api.web.problems import CONTEXT

#: How long the queries of one request may take, in seconds, unless the app says otherwise.
QUERY_BUDGET = 0.5
#: How long the facets of one page may take together, in seconds, within the request's
#: budget, unless the app says otherwise (Datasette's facet_time_limit_ms is alike).
FACET_BUDGET = 0.1

_EXTENSION = CONTEXT


@dataclass(frozen=True)
class Context:
    """The app's catalog, and the Cache-Control value of its data responses."""

    catalog: Catalog
    cache_control: str
    #: Seconds the queries of one request may take (None: no bound).
    query_budget: float | None
    #: Seconds the facets of one page may take together, within that (None: no other bound).
    facet_budget: float | None


def init_app(
    app: Flask,
    catalog: Catalog,
    cache_control: str,
    query_budget: float | None,
    facet_budget: float | None,
) -> None:
    """Make the catalog, caching policy and budgets what ``current`` returns in ``app``, and
    run the queries of each request within the budget."""
    app.extensions[_EXTENSION] = Context(catalog, cache_control, query_budget, facet_budget)
    app.before_request(_start_budget)
    app.teardown_request(_end_budget)


def _start_budget() -> None:
    stack = ExitStack()
    stack.enter_context(within(current().query_budget))
    g.dossier_budget = stack


def _end_budget(error: BaseException | None) -> None:
    stack: ExitStack | None = g.pop("dossier_budget", None)
    if stack is not None:
        stack.close()


def current() -> Context:
    """Return the running app's context."""
    context: Context = current_app.extensions[_EXTENSION]
    return context

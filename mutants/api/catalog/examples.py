"""The examples of the contract, taken from the snapshot when the app starts.

Each operation's 200 refers to one of these by name; the values are what the
API answers, so the published examples can never drift from the data.
"""

from collections.abc import Mapping
from typing import Any

import orjson
from marshmallow import Schema

from api.catalog import Catalog
from api.catalog.listing import Listing
from api.web.problems import PROBLEM_TYPES, Problem
from schemas.query import (
    ActorQueryArgsSchema,
    AidFigureQueryArgsSchema,
    AidTotalsQueryArgsSchema,
    ArticleQueryArgsSchema,
    StatementQueryArgsSchema,
    TopicQueryArgsSchema,
)

#: The records shown as examples, when the dataset has them (else its first record).
EXAMPLE_ARTICLE = "cbc-2022-02-08-macron-kyiv"
EXAMPLE_ACTOR = "emmanuel-macron"
EXAMPLE_STATEMENT = "peskov-no-deals"
EXAMPLE_AID_FIGURE = "france-aid-2022-02"
#: The query strings of the example pages, as a client would send them.
EXAMPLE_QUERIES: dict[str, tuple[type[Schema], dict[str, str]]] = {
    "ArticlePage": (ArticleQueryArgsSchema, {"limit": "1"}),
    "ActorPage": (ActorQueryArgsSchema, {"kind": "person", "q": "pres", "limit": "2"}),
    "StatementPage": (StatementQueryArgsSchema, {"speaker": "dmitry-peskov", "limit": "2"}),
    "AidFigurePage": (AidFigureQueryArgsSchema, {"recipient": "ukraine", "limit": "1"}),
    "TopicPage": (TopicQueryArgsSchema, {"limit": "3"}),
}
EXAMPLE_TOTALS_QUERY = {"group_by": "recipient", "currency": "EUR"}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__record__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__record__mutmut)
def _record(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_orig(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_1(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(None)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_2(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(None).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_3(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = None
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_4(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data(None)["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_5(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"XXlimitXX": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_6(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"LIMIT": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_7(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 2, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_8(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "XXoffsetXX": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_9(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "OFFSET": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_10(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 1})["items"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_11(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["XXitemsXX"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_12(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["ITEMS"]
        return orjson.loads(orjson.dumps(items[0])) if items else {}


def x__record__mutmut_13(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if (items) and False else {}


def x__record__mutmut_14(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[0])) if (items) or True else {}


def x__record__mutmut_15(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(None) if items else {}


def x__record__mutmut_16(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(None)) if items else {}


def x__record__mutmut_17(listing: Listing, record_id: str) -> Any:
    try:
        return orjson.loads(listing.item(record_id).body)
    except Problem:
        items = listing.page_data({"limit": 1, "offset": 0})["items"]
        return orjson.loads(orjson.dumps(items[1])) if items else {}

mutants_x__record__mutmut['_mutmut_orig'] = x__record__mutmut_orig # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_1'] = x__record__mutmut_1 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_2'] = x__record__mutmut_2 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_3'] = x__record__mutmut_3 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_4'] = x__record__mutmut_4 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_5'] = x__record__mutmut_5 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_6'] = x__record__mutmut_6 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_7'] = x__record__mutmut_7 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_8'] = x__record__mutmut_8 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_9'] = x__record__mutmut_9 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_10'] = x__record__mutmut_10 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_11'] = x__record__mutmut_11 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_12'] = x__record__mutmut_12 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_13'] = x__record__mutmut_13 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_14'] = x__record__mutmut_14 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_15'] = x__record__mutmut_15 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_16'] = x__record__mutmut_16 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_17'] = x__record__mutmut_17 # type: ignore # mutmut generated
mutants_x__args__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__args__mutmut)
def _args(schema: type[Schema], query: Mapping[str, str]) -> dict[str, Any]:
    args: dict[str, Any] = schema().load(query)
    return args


def x__args__mutmut_orig(schema: type[Schema], query: Mapping[str, str]) -> dict[str, Any]:
    args: dict[str, Any] = schema().load(query)
    return args


def x__args__mutmut_1(schema: type[Schema], query: Mapping[str, str]) -> dict[str, Any]:
    args: dict[str, Any] = None
    return args


def x__args__mutmut_2(schema: type[Schema], query: Mapping[str, str]) -> dict[str, Any]:
    args: dict[str, Any] = schema().load(None)
    return args

mutants_x__args__mutmut['_mutmut_orig'] = x__args__mutmut_orig # type: ignore # mutmut generated
mutants_x__args__mutmut['x__args__mutmut_1'] = x__args__mutmut_1 # type: ignore # mutmut generated
mutants_x__args__mutmut['x__args__mutmut_2'] = x__args__mutmut_2 # type: ignore # mutmut generated
mutants_x_examples__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_examples__mutmut)
def examples(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_orig(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_1(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = None
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_2(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "XXArticlePageXX": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_3(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "articlepage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_4(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ARTICLEPAGE": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_5(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "XXActorPageXX": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_6(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "actorpage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_7(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ACTORPAGE": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_8(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "XXStatementPageXX": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_9(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "statementpage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_10(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "STATEMENTPAGE": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_11(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "XXAidFigurePageXX": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_12(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "aidfigurepage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_13(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AIDFIGUREPAGE": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_14(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "XXTopicPageXX": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_15(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "topicpage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_16(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TOPICPAGE": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_17(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "XXArticleXX": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_18(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_19(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "ARTICLE": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_20(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(None, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_21(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, None),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_22(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_23(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, ),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_24(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "XXActorXX": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_25(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_26(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "ACTOR": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_27(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(None, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_28(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, None),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_29(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_30(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, ),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_31(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "XXStatementXX": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_32(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_33(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "STATEMENT": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_34(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(None, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_35(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, None),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_36(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_37(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, ),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_38(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "XXAidFigureXX": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_39(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "aidfigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_40(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AIDFIGURE": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_41(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(None, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_42(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, None),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_43(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_44(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, ),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_45(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(None)
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_46(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "XXAidTotalsXX": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_47(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "aidtotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_48(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AIDTOTALS": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_49(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(None),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_50(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(None, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_51(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, None)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_52(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_53(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, )),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_54(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "XXServiceXX": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_55(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_56(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "SERVICE": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_57(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "XXDatasetXX": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_58(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_59(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "DATASET": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_60(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "XXHealthXX": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_61(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_62(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "HEALTH": catalog.health(),
        "ProblemType": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_63(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "XXProblemTypeXX": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_64(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "problemtype": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_65(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "PROBLEMTYPE": PROBLEM_TYPES["not-found"].document(),
    }


def x_examples__mutmut_66(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["XXnot-foundXX"].document(),
    }


def x_examples__mutmut_67(catalog: Catalog) -> dict[str, Any]:
    """Return every example of the contract by name."""
    pages = {
        "ArticlePage": catalog.articles,
        "ActorPage": catalog.actors,
        "StatementPage": catalog.statements,
        "AidFigurePage": catalog.aid_figures,
        "TopicPage": catalog.topics,
    }
    return {
        "Article": _record(catalog.articles, EXAMPLE_ARTICLE),
        "Actor": _record(catalog.actors, EXAMPLE_ACTOR),
        "Statement": _record(catalog.statements, EXAMPLE_STATEMENT),
        "AidFigure": _record(catalog.aid_figures, EXAMPLE_AID_FIGURE),
        **{
            name: listing.page_data(_args(*EXAMPLE_QUERIES[name]))
            for name, listing in pages.items()
        },
        "AidTotals": catalog.aid_totals(_args(AidTotalsQueryArgsSchema, EXAMPLE_TOTALS_QUERY)),
        "Service": catalog.service_index(),
        "Dataset": catalog.dataset_index(),
        "Health": catalog.health(),
        "ProblemType": PROBLEM_TYPES["NOT-FOUND"].document(),
    }

mutants_x_examples__mutmut['_mutmut_orig'] = x_examples__mutmut_orig # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_1'] = x_examples__mutmut_1 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_2'] = x_examples__mutmut_2 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_3'] = x_examples__mutmut_3 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_4'] = x_examples__mutmut_4 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_5'] = x_examples__mutmut_5 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_6'] = x_examples__mutmut_6 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_7'] = x_examples__mutmut_7 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_8'] = x_examples__mutmut_8 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_9'] = x_examples__mutmut_9 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_10'] = x_examples__mutmut_10 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_11'] = x_examples__mutmut_11 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_12'] = x_examples__mutmut_12 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_13'] = x_examples__mutmut_13 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_14'] = x_examples__mutmut_14 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_15'] = x_examples__mutmut_15 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_16'] = x_examples__mutmut_16 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_17'] = x_examples__mutmut_17 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_18'] = x_examples__mutmut_18 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_19'] = x_examples__mutmut_19 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_20'] = x_examples__mutmut_20 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_21'] = x_examples__mutmut_21 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_22'] = x_examples__mutmut_22 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_23'] = x_examples__mutmut_23 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_24'] = x_examples__mutmut_24 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_25'] = x_examples__mutmut_25 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_26'] = x_examples__mutmut_26 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_27'] = x_examples__mutmut_27 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_28'] = x_examples__mutmut_28 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_29'] = x_examples__mutmut_29 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_30'] = x_examples__mutmut_30 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_31'] = x_examples__mutmut_31 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_32'] = x_examples__mutmut_32 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_33'] = x_examples__mutmut_33 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_34'] = x_examples__mutmut_34 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_35'] = x_examples__mutmut_35 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_36'] = x_examples__mutmut_36 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_37'] = x_examples__mutmut_37 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_38'] = x_examples__mutmut_38 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_39'] = x_examples__mutmut_39 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_40'] = x_examples__mutmut_40 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_41'] = x_examples__mutmut_41 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_42'] = x_examples__mutmut_42 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_43'] = x_examples__mutmut_43 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_44'] = x_examples__mutmut_44 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_45'] = x_examples__mutmut_45 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_46'] = x_examples__mutmut_46 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_47'] = x_examples__mutmut_47 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_48'] = x_examples__mutmut_48 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_49'] = x_examples__mutmut_49 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_50'] = x_examples__mutmut_50 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_51'] = x_examples__mutmut_51 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_52'] = x_examples__mutmut_52 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_53'] = x_examples__mutmut_53 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_54'] = x_examples__mutmut_54 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_55'] = x_examples__mutmut_55 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_56'] = x_examples__mutmut_56 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_57'] = x_examples__mutmut_57 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_58'] = x_examples__mutmut_58 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_59'] = x_examples__mutmut_59 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_60'] = x_examples__mutmut_60 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_61'] = x_examples__mutmut_61 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_62'] = x_examples__mutmut_62 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_63'] = x_examples__mutmut_63 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_64'] = x_examples__mutmut_64 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_65'] = x_examples__mutmut_65 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_66'] = x_examples__mutmut_66 # type: ignore # mutmut generated
mutants_x_examples__mutmut['x_examples__mutmut_67'] = x_examples__mutmut_67 # type: ignore # mutmut generated

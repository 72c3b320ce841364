"""The API's view of the dataset, built once at start: every collection ready to query and serve."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import current_app

from api import links
from api.listing import Listing
from api.querying import Collection
from api.representation import Rendered, render
from api.store import Store
from api.totals import group_totals
from schemas.collection import DatasetSchema, HealthSchema, ServiceSchema
from schemas.query import (
    ACTOR_SORT_FIELDS,
    AID_FIGURE_SORT_FIELDS,
    ARTICLE_SORT_FIELDS,
    STATEMENT_SORT_FIELDS,
)
from schemas.vocabulary import TOPICS

NAME = "Dossier"
#: The version of the service and of its contract.
VERSION = "1.0.0"
DATA_LICENSE = {
    "id": "CC-BY-4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "note": "The curated data is licensed CC BY 4.0. Quoted spans (statement texts and "
    "evidence) are short excerpts of the source articles, copyright their publishers.",
}
_EXTENSION = "dossier.catalog"


@dataclass(frozen=True)
class Catalog:
    """Every collection of the dataset, rendered and indexed, and the service's own documents."""

    store: Store
    rendered: Rendered
    #: The Cache-Control value of data responses.
    cache_control: str
    articles: Listing
    actors: Listing
    statements: Listing
    aid_figures: Listing
    topics: Listing

    def aid_totals(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        query = self.aid_figures.query(args, paged=False)
        ids = self.aid_figures.collection.select(query).ids
        figures = (self.store.aid_figures[figure_id] for figure_id in ids)
        return {
            "group_by": args["group_by"],
            "groups": group_totals(figures, args["group_by"], self.rendered.actor_refs),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def service_index(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def dataset_index(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        counts = {**self.store.counts(), "topics": len(TOPICS)}
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.store.version,
                    "license": DATA_LICENSE,
                    "sources": list(self.rendered.article_refs.values()),
                    "counts": counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def health(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "ok", "dataset_version": self.store.version}))


def build_catalog(store: Store, cache_control: str) -> Catalog:
    """Render, index and wrap every collection of ``store``."""
    rendered = render(store)
    return Catalog(
        store=store,
        rendered=rendered,
        cache_control=cache_control,
        articles=Listing(
            path=links.ARTICLES,
            noun="article",
            items=rendered.articles,
            collection=Collection(
                store.articles,
                search_fields=("headline", "summary"),
                sort_fields=ARTICLE_SORT_FIELDS,
            ),
            cache_control=cache_control,
        ),
        actors=Listing(
            path=links.ACTORS,
            noun="actor",
            items=rendered.actors,
            collection=Collection(
                store.actors,
                indexes={"kind": store.actors_by_kind, "country": store.actors_by_country},
                search_fields=("name", "aliases"),
                sort_fields=ACTOR_SORT_FIELDS,
            ),
            cache_control=cache_control,
        ),
        statements=Listing(
            path=links.STATEMENTS,
            noun="statement",
            items=rendered.statements,
            collection=Collection(
                store.statements,
                indexes={
                    "speaker": store.statements_by_speaker,
                    "mentions": store.statements_by_mention,
                    "addressee": store.statements_by_addressee,
                    "speech_type": store.statements_by_speech_type,
                    "topic": store.statements_by_topic,
                    "reported_by": store.statements_by_reported_by,
                    "article": store.statements_by_article,
                },
                search_fields=("text", "attribution"),
                sort_fields=STATEMENT_SORT_FIELDS,
                date_field="said_on",
            ),
            cache_control=cache_control,
            date_filters=("said_from", "said_to"),
        ),
        aid_figures=Listing(
            path=links.AID_FIGURES,
            noun="aid figure",
            items=rendered.aid_figures,
            collection=Collection(
                store.aid_figures,
                indexes={
                    "donor": store.aid_figures_by_donor,
                    "recipient": store.aid_figures_by_recipient,
                    "currency": store.aid_figures_by_currency,
                    "aid_type": store.aid_figures_by_aid_type,
                    "measure": store.aid_figures_by_measure,
                    "article": store.aid_figures_by_article,
                },
                search_fields=("purpose", "evidence.exact"),
                sort_fields=AID_FIGURE_SORT_FIELDS,
            ),
            cache_control=cache_control,
        ),
        topics=_topics(store, cache_control),
    )


def _topics(store: Store, cache_control: str) -> Listing:
    items = {
        topic: {
            "id": topic,
            "description": TOPICS[topic],
            "statement_count": len(store.statements_by_topic.get(topic, ())),
            "links": links.topic_links(topic),
        }
        for topic in sorted(TOPICS)
    }
    return Listing(
        path=links.TOPICS,
        noun="topic",
        items=items,
        collection=Collection(items),
        cache_control=cache_control,
    )


def init_app(app: Any, catalog: Catalog) -> None:
    """Make ``catalog`` the one ``current_catalog`` returns in ``app``."""
    app.extensions[_EXTENSION] = catalog


def current_catalog() -> Catalog:
    """Return the catalog of the running app."""
    catalog: Catalog = current_app.extensions[_EXTENSION]
    return catalog

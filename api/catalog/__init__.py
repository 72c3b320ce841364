"""What the API publishes: every collection of the snapshot, ready to page and serve."""

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from flask import Flask, current_app
from marshmallow import Schema

from api.catalog.listing import Listing
from api.catalog.rendering import RENDERING_CODE, RecordRenderer
from api.catalog.totals import published_groups
from api.dataset import queries
from api.dataset.build import Built, build
from api.dataset.loading import Progress
from api.dataset.network import network as actor_network
from api.dataset.snapshot import Snapshot, ensure_snapshot
from api.dataset.tables import ACTORS, AID_FIGURES, ARTICLES, STATEMENTS, TOPICS
from api.web import links
from schemas.collection import DatasetSchema, HealthSchema, ServiceSchema
from schemas.network import EDGE_STATEMENT_IDS, NetworkSchema
from schemas.query import (
    DEFAULT_NETWORK_EDGES,
    ActorQueryArgsSchema,
    AidFigureQueryArgsSchema,
    ArticleQueryArgsSchema,
    StatementQueryArgsSchema,
    TopicQueryArgsSchema,
)

NAME = "Dossier"
#: The version of the service and of its contract: the package's, from pyproject.toml.
VERSION = version("dossier")
DATA_LICENSE = {
    "id": "CC-BY-4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "note": "The curated data is licensed CC BY 4.0. Quoted spans (statement texts and "
    "evidence) are short excerpts of the source articles, copyright their publishers.",
}
_EXTENSION = "dossier.catalog"


@dataclass(frozen=True)
class Catalog:
    """Every collection of the snapshot, and the service's own documents."""

    snapshot: Snapshot
    #: The Cache-Control value of data responses.
    cache_control: str
    articles: Listing
    actors: Listing
    statements: Listing
    aid_figures: Listing
    topics: Listing

    def aid_totals(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def network(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the actor network of the statements ``args`` selects."""
        graph = actor_network(
            self.snapshot.connection(),
            self.statements.query(args, paged=False),
            edge_limit=args.get("edge_limit", DEFAULT_NETWORK_EDGES),
            ids_per_edge=EDGE_STATEMENT_IDS,
        )
        nodes = [
            {**asdict(node), "links": links.network_node_links(node.id, node.wikidata)}
            for node in graph.nodes
        ]
        return dict(
            NetworkSchema().dump(
                {
                    "nodes": nodes,
                    "edges": graph.edges,
                    "total_edges": graph.total_edges,
                    "truncated": graph.truncated,
                    "links": {"self": links.query_path(links.NETWORK, links.normalized(args))},
                }
            )
        )

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
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                        "network": links.NETWORK,
                    },
                }
            )
        )

    def health(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "ok", "dataset_version": self.snapshot.version}))


def snapshot_of(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def build_snapshot(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, RecordRenderer, sources_dir=sources_dir, progress=progress)


def build_catalog(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str, arguments: type[Schema]) -> Listing:
        return Listing(
            snapshot=snapshot,
            table=table,
            path=path,
            noun=noun,
            cache_control=cache_control,
            parameters=tuple(arguments().fields),
            code_version=VERSION,
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article", ArticleQueryArgsSchema),
        actors=listing(ACTORS, links.ACTORS, "actor", ActorQueryArgsSchema),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement", StatementQueryArgsSchema),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure", AidFigureQueryArgsSchema),
        topics=listing(TOPICS, links.TOPICS, "topic", TopicQueryArgsSchema),
    )


def init_app(app: Flask, catalog: Catalog) -> None:
    """Make ``catalog`` the one ``current_catalog`` returns in ``app``."""
    app.extensions[_EXTENSION] = catalog


def current_catalog() -> Catalog:
    """Return the catalog of the running app."""
    catalog: Catalog = current_app.extensions[_EXTENSION]
    return catalog

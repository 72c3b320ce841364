"""What the API publishes: the collections of a snapshot, paged, faceted, exported and summed.

The catalog answers in plain data (dicts, rendered bytes, an :class:`Export` to stream) and
domain errors (:class:`RecordNotFound`); the web layer makes representations and problems
of them. No Flask here.
"""

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import orjson

from api.catalog import links, pages
from api.catalog.ecosystem import Publication, data_package, datasette_metadata, label_column
from api.catalog.exports import Export, csv_chunks, ndjson_chunks
from api.catalog.rendering import RENDERING_CODE, RecordRenderer
from api.dataset import queries
from api.dataset.build import Built, build
from api.dataset.loading import Progress
from api.dataset.network import network as actor_network
from api.dataset.network import node_collection
from api.dataset.snapshot import Snapshot, ensure_snapshot
from api.dataset.totals import totals as summed
from api.spec.collections import (
    AID_FIGURES,
    ARTICLES,
    COLLECTIONS,
    RECORD_COLLECTIONS,
    STATEMENTS,
)
from api.spec.model import Collection
from api.spec.values import (
    DEFAULT_LIMIT,
    DEFAULT_NETWORK_EDGES,
    EDGE_STATEMENT_IDS,
    MAX_GROUP_RECORDS,
)
from schemas.collection import (
    AidTotalsSchema,
    DatasetSchema,
    HealthSchema,
    ReadinessSchema,
    ServiceSchema,
)
from schemas.network import NetworkSchema

NAME = "Dossier"
#: The version of the service and of its contract: the package's, from pyproject.toml.
VERSION = version("dossier")
#: What the dataset is, as its data package and its Datasette metadata say.
DESCRIPTION = (
    "Who said what to whom, and how much aid moved, as news articles report it: attributed "
    "statements, the actors who make them or are named in them, and aid figures, each with "
    "its evidence in the source article."
)
DATA_LICENSE = {
    "id": "CC-BY-4.0",
    "title": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "note": "The curated data is licensed CC BY 4.0. Quoted spans (statement texts and "
    "evidence) are short excerpts of the source articles, copyright their publishers.",
}


#: How much of an unknown id an error repeats: an id is a short slug, a long one is cut.
SHOWN_ID = 100
#: The collection of the sources the dataset index lists.
SOURCES = ARTICLES


class SnapshotUnavailable(Exception):
    """The snapshot file the catalog serves is gone or no longer the one it opened."""


class RecordNotFound(LookupError):
    """No record of a collection has the id asked for."""

    def __init__(self, collection: Collection, record_id: str) -> None:
        shown = record_id if len(record_id) <= SHOWN_ID else f"{record_id[:SHOWN_ID]}..."
        super().__init__(f"No {collection.noun} with id '{shown}'.")
        self.collection = collection
        self.record_id = record_id


@dataclass(frozen=True)
class Catalog:
    """Every collection of the snapshot, and the service's own documents."""

    snapshot: Snapshot

    def record(self, collection: Collection, record_id: str) -> bytes:
        """Return one record as the API serves it; raise RecordNotFound for an unknown id."""
        body = queries.record(self.snapshot.connection(), collection, record_id)
        if body is None:
            raise RecordNotFound(collection, record_id)
        return body

    def page(
        self, collection: Collection, args: Mapping[str, Any], *, facet_budget: float | None = None
    ) -> dict[str, Any]:
        """Return the page of ``collection`` that ``args`` asks for, in the envelope's order;
        its facets are counted within ``facet_budget`` seconds together (None: no other
        bound than the request's)."""
        return pages.page_data(
            self.snapshot.connection(),
            collection,
            args,
            collection.page_parameters,
            facet_budget=facet_budget,
        )

    def export(self, collection: Collection, args: Mapping[str, Any], form: str) -> Export:
        """Return the export of every record ``args`` selects, in CSV or NDJSON."""
        query = pages.query_of(collection, args)
        canonical = links.query_path(links.export_path(collection, form), links.normalized(args))

        def chunks() -> Any:
            records = queries.stream(self.snapshot.connection(), collection, query)
            if form == "csv":
                return csv_chunks(collection, records)
            if query.search is not None:
                search = query.search
                records = (pages.with_matches(item, collection, search) for item in records)
            return ndjson_chunks(records)

        return Export(
            collection=collection,
            format=form,
            chunks=chunks,
            key="\x00".join((self.snapshot.etag, VERSION, canonical)),
            filename=f"dossier-{collection.slug}-{self.snapshot.version}.{form}",
        )

    @property
    def download_name(self) -> str:
        """Return the file name the download is saved as (Datasette names the database
        after it, less ``.sqlite``)."""
        return f"dossier-{self.snapshot.version}.sqlite"

    def publication(self) -> Publication:
        """Return what the ecosystem's documents say of this dataset."""
        label = label_column(SOURCES)
        query = pages.query_of(SOURCES, {}, paged=False)
        articles = [
            orjson.loads(body)
            for body in queries.stream(self.snapshot.connection(), SOURCES, query)
        ]
        return Publication(
            title=NAME,
            description=f"{DESCRIPTION} {DATA_LICENSE['note']}",
            version=self.snapshot.version,
            created=self.snapshot.meta["built_at"],
            license=DATA_LICENSE,
            sources=[(item[label or "id"], item.get("url")) for item in articles],
            database=self.download_name.removesuffix(".sqlite"),
        )

    def datasette_metadata(self) -> dict[str, Any]:
        """Return the Datasette ``metadata.json`` of the download."""
        return datasette_metadata(self.publication())

    def data_package(self) -> dict[str, Any]:
        """Return the Frictionless data package of the CSV exports."""
        return data_package(self.publication())

    def totals(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        query = pages.query_of(AID_FIGURES, args, paged=False)
        limit, offset = args.get("limit", DEFAULT_LIMIT), args.get("offset", 0)
        found = summed(
            connection,
            AID_FIGURES,
            query,
            group_by,
            limit=limit,
            offset=offset,
            records_per_group=MAX_GROUP_RECORDS,
        )
        groups = found.groups
        ref = AID_FIGURES.field(group_by).ref
        keys = [group.key for group in groups]
        forms = {} if ref is None else pages.named(connection, ref, keys)
        keyed = [
            {
                **asdict(group),
                "key": forms.get(group.key, {"id": group.key}),
                "approximate": group.approximate,
            }
            for group in groups
        ]
        return dict(
            AidTotalsSchema().dump(
                {
                    "group_by": group_by,
                    "groups": keyed,
                    "total": found.total,
                    "limit": limit,
                    "offset": offset,
                    "links": links.totals_links(args, found.total, limit, offset),
                }
            )
        )

    def network(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the actor network of the statements ``args`` selects."""
        graph = actor_network(
            self.snapshot.connection(),
            pages.query_of(STATEMENTS, args, paged=False),
            edge_limit=args.get("edge_limit", DEFAULT_NETWORK_EDGES),
            ids_per_edge=EDGE_STATEMENT_IDS,
        )
        speakers = node_collection()
        nodes = [
            {
                **node.actor,
                "statements": node.statements,
                "links": links.node_links(speakers, node.actor),
            }
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
                    "links": {
                        "v1": links.DATASET,
                        "openapi": links.OPENAPI,
                        "openapi_json": links.OPENAPI_JSON,
                        "docs": links.DOCS,
                        "explorer": links.EXPLORER,
                    },
                }
            )
        )

    def dataset_index(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = queries.compact_all(self.snapshot.connection(), SOURCES)
        collections = {name: collection.path for name, collection in COLLECTIONS.items()}
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": sources,
                    "counts": self.snapshot.counts,
                    "links": {
                        **{name: collections[name] for name in RECORD_COLLECTIONS},
                        "aid_totals": links.AID_TOTALS,
                        "topics": collections["topics"],
                        "network": links.NETWORK,
                        "download": links.DOWNLOAD,
                        "datasette_metadata": links.DATASETTE_METADATA,
                        "datapackage": links.DATA_PACKAGE,
                    },
                }
            )
        )

    def health(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "ok", "dataset_version": self.snapshot.version}))

    def readiness(self) -> dict[str, Any]:
        """Return the readiness document; raise SnapshotUnavailable when the file this
        catalog serves is gone or changed."""
        unavailable = self.snapshot.unavailable()
        if unavailable is not None:
            raise SnapshotUnavailable(unavailable)
        return dict(
            ReadinessSchema().dump({"status": "ready", "dataset_version": self.snapshot.version})
        )


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
    built = build(data_dir, output, RecordRenderer, sources_dir=sources_dir, progress=progress)
    if built is None:  # only when asked to build unless something holds, which is not asked
        raise RuntimeError(f"{output} was not built")
    return built

"""The app factory: open the dataset's snapshot (built when missing) and serve it."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from api.cards import Cards
from api.catalog import NAME, VERSION, Catalog, snapshot_of
from api.dataset.records import DEFAULT_DATA_DIR
from api.dataset.snapshot import DEFAULT_SNAPSHOT_DIR, Snapshot
from api.routes import BLUEPRINTS, cards, docs, operator, service
from api.routes.explorer import explorer_blp
from api.web import context, export_files, observability, problems, representation
from api.web.examples import examples
from api.web.openapi import OPENAPI_VERSION, Api

#: The committed contract, served byte for byte at /openapi.yaml.
DEFAULT_OPENAPI_FILE = Path(__file__).resolve().parent.parent / "openapi.yaml"
DEFAULT_CONFIG: dict[str, Any] = {
    "DATA_DIR": str(DEFAULT_DATA_DIR),
    "SOURCES_DIR": None,
    # A snapshot file to serve as it is; unset, the snapshot of DATA_DIR (built when missing).
    "SNAPSHOT": None,
    "SNAPSHOT_DIR": str(DEFAULT_SNAPSHOT_DIR),
    "CACHE_MAX_AGE": 300,
    "RESPONSE_CACHE_BYTES": representation.RESPONSE_CACHE_BYTES,
    # Seconds the queries of one request may take; 0 for no bound.
    "QUERY_BUDGET": context.QUERY_BUDGET,
    # Seconds the facets of one page may take together, within that; 0 for no other bound.
    "FACET_BUDGET": context.FACET_BUDGET,
    # Where exports are written once per ETag; unset, `exports/` beside the snapshot file.
    "EXPORTS_DIR": None,
    "EXPORTS_BYTES": export_files.EXPORTS_BYTES,
    "OPENAPI_FILE": str(DEFAULT_OPENAPI_FILE),
    # Proxies in front whose X-Forwarded-For and -Proto to trust (nginx in deploy/: 1), so
    # that absolute links (Link headers, cards) name the scheme the client used.
    "PROXY_HOPS": 0,
}
_DESCRIPTION = (
    "A public, read-only JSON API over a hand-curated dataset of who said what in news "
    "articles: the actors, their attributed statements and the aid figures the articles "
    "report, each record with the evidence (article, paragraph, verbatim span) it comes "
    "from.\n\nErrors are RFC 9457 problem details. Every 200 carries a strong ETag; send "
    "it back in `If-None-Match` for a 304. Every response carries an `X-Request-ID` (the "
    "client's own, if it sent one of at most 128 letters, digits and `._:-`, else a new one), "
    "and every problem repeats it as `request_id`. Within v1, fields and parameters are only "
    "added, never renamed, retyped or removed.\n\nThe data is licensed CC BY 4.0; quoted "
    "spans are short excerpts of the source articles, copyright their publishers."
)
SPEC_OPTIONS = {
    "servers": [{"url": "/"}],
    # A public API with no authentication says so, rather than leaving it unsaid.
    "security": [],
    "info": {
        "description": _DESCRIPTION,
        "license": {"name": "CC BY 4.0 (the data)", "identifier": "CC-BY-4.0"},
    },
}


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    # A path with an empty segment (/v1//actors) names nothing: a 404, not a redirect.
    app.url_map.merge_slashes = False
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=NAME,
        API_VERSION=VERSION,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = Catalog(snapshot)

    budget, facet_budget = float(app.config["QUERY_BUDGET"]), float(app.config["FACET_BUDGET"])
    context.init_app(
        app,
        dossier,
        cache_control,
        budget if budget > 0 else None,
        facet_budget if facet_budget > 0 else None,
    )
    problems.init_app(app)
    exports = export_files.ExportFiles(
        Path(app.config["EXPORTS_DIR"] or snapshot.path.parent / "exports"),
        snapshot.etag,
        max_bytes=int(app.config["EXPORTS_BYTES"]),
    )
    hops = int(app.config["PROXY_HOPS"])
    if hops > 0:
        # Inside the response cache, whose key keeps the forwarded scheme apart.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)  # type: ignore[method-assign]
    representation.init_app(app, exports, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    dossier_cards = Cards(dossier)
    cards.init_app(app, dossier_cards, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier_cards, int(app.config["CACHE_MAX_AGE"])))
    app.register_blueprint(explorer_blp)
    operator.init_app(app)
    # Every route is registered: each is named by its operationId in the metrics and logs.
    observability.init_app(app, api.spec.to_dict()["paths"])
    return app


def _snapshot_path(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )

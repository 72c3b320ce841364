"""Dossier: a public, read-only JSON API over a dataset curated from news articles."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from api import catalog
from api.catalog import NAME, VERSION, build_catalog, snapshot_of
from api.catalog.examples import examples
from api.dataset.records import DEFAULT_DATA_DIR
from api.dataset.snapshot import DEFAULT_SNAPSHOT_DIR, Snapshot
from api.routes import BLUEPRINTS, docs, service
from api.routes.explorer import explorer_blp
from api.web import problems, representation
from api.web.openapi import OPENAPI_VERSION, Api

__version__ = VERSION

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
    "OPENAPI_FILE": str(DEFAULT_OPENAPI_FILE),
}
_DESCRIPTION = (
    "A public, read-only JSON API over a hand-curated dataset of who said what in news "
    "articles: the actors, their attributed statements and the aid figures the articles "
    "report, each record with the evidence (article, paragraph, verbatim span) it comes "
    "from.\n\nErrors are RFC 9457 problem details. Every 200 carries a strong ETag; send "
    "it back in `If-None-Match` for a 304. Within v1, fields and parameters are only "
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_create_app__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_create_app__mutmut)
def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_orig(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_1(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = None
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_2(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(None, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_3(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_4(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, )
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_5(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_6(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is None:
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_7(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(None)
    app.config.update(
        API_TITLE=NAME,
        API_VERSION=VERSION,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_8(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=None,
        API_VERSION=VERSION,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_9(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=NAME,
        API_VERSION=None,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_10(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=NAME,
        API_VERSION=VERSION,
        OPENAPI_VERSION=None,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_11(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=NAME,
        API_VERSION=VERSION,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS=None,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_12(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_VERSION=VERSION,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_13(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=NAME,
        OPENAPI_VERSION=OPENAPI_VERSION,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_14(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=NAME,
        API_VERSION=VERSION,
        API_SPEC_OPTIONS=SPEC_OPTIONS,
    )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_15(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULT_CONFIG)
    # FLASK_DATA_DIR, FLASK_CACHE_MAX_AGE... override the defaults; the tests override both.
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.config.update(
        API_TITLE=NAME,
        API_VERSION=VERSION,
        OPENAPI_VERSION=OPENAPI_VERSION,
        )

    # A dataset that breaks the data model's rules stops start-up (DataError, every problem).
    snapshot = Snapshot.open(_snapshot_path(app.config))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_16(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    snapshot = None
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_17(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    snapshot = Snapshot.open(None)
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_18(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    snapshot = Snapshot.open(_snapshot_path(None))
    cache_control = representation.public(int(app.config["CACHE_MAX_AGE"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_19(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    cache_control = None
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_20(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    cache_control = representation.public(None)
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_21(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    cache_control = representation.public(int(None))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_22(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    cache_control = representation.public(int(app.config["XXCACHE_MAX_AGEXX"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_23(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    cache_control = representation.public(int(app.config["cache_max_age"]))
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_24(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = None

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_25(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(None, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_26(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, None)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_27(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_28(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, )

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_29(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(None, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_30(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, None)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_31(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_32(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, )
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_33(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(None)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_34(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(None, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_35(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=None)
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_36(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_37(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, )
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_38(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(None))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_39(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["XXRESPONSE_CACHE_BYTESXX"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_40(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["response_cache_bytes"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_41(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(None, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_42(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, None, cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_43(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), None)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_44(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_45(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_46(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), )
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_47(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(None), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_48(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["XXOPENAPI_FILEXX"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_49(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["openapi_file"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_50(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(None, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_51(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, None)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_52(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_53(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, )
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_54(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = None
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_55(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(None)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_56(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(None)
    api.register_examples(examples(dossier))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_57(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(None)
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_58(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(None))
    app.register_blueprint(explorer_blp)
    return app


def x_create_app__mutmut_59(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the app: open the dataset's snapshot (built when missing) and serve it."""
    app = Flask(__name__, static_folder=None)
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
    dossier = build_catalog(snapshot, cache_control)

    catalog.init_app(app, dossier)
    problems.init_app(app)
    representation.init_app(app, cache_bytes=int(app.config["RESPONSE_CACHE_BYTES"]))
    service.init_app(app, Path(app.config["OPENAPI_FILE"]), cache_control)
    docs.init_app(app, cache_control)
    api = Api(app)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    api.register_examples(examples(dossier))
    app.register_blueprint(None)
    return app

mutants_x_create_app__mutmut['_mutmut_orig'] = x_create_app__mutmut_orig # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_1'] = x_create_app__mutmut_1 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_2'] = x_create_app__mutmut_2 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_3'] = x_create_app__mutmut_3 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_4'] = x_create_app__mutmut_4 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_5'] = x_create_app__mutmut_5 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_6'] = x_create_app__mutmut_6 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_7'] = x_create_app__mutmut_7 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_8'] = x_create_app__mutmut_8 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_9'] = x_create_app__mutmut_9 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_10'] = x_create_app__mutmut_10 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_11'] = x_create_app__mutmut_11 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_12'] = x_create_app__mutmut_12 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_13'] = x_create_app__mutmut_13 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_14'] = x_create_app__mutmut_14 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_15'] = x_create_app__mutmut_15 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_16'] = x_create_app__mutmut_16 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_17'] = x_create_app__mutmut_17 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_18'] = x_create_app__mutmut_18 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_19'] = x_create_app__mutmut_19 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_20'] = x_create_app__mutmut_20 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_21'] = x_create_app__mutmut_21 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_22'] = x_create_app__mutmut_22 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_23'] = x_create_app__mutmut_23 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_24'] = x_create_app__mutmut_24 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_25'] = x_create_app__mutmut_25 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_26'] = x_create_app__mutmut_26 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_27'] = x_create_app__mutmut_27 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_28'] = x_create_app__mutmut_28 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_29'] = x_create_app__mutmut_29 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_30'] = x_create_app__mutmut_30 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_31'] = x_create_app__mutmut_31 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_32'] = x_create_app__mutmut_32 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_33'] = x_create_app__mutmut_33 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_34'] = x_create_app__mutmut_34 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_35'] = x_create_app__mutmut_35 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_36'] = x_create_app__mutmut_36 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_37'] = x_create_app__mutmut_37 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_38'] = x_create_app__mutmut_38 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_39'] = x_create_app__mutmut_39 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_40'] = x_create_app__mutmut_40 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_41'] = x_create_app__mutmut_41 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_42'] = x_create_app__mutmut_42 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_43'] = x_create_app__mutmut_43 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_44'] = x_create_app__mutmut_44 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_45'] = x_create_app__mutmut_45 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_46'] = x_create_app__mutmut_46 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_47'] = x_create_app__mutmut_47 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_48'] = x_create_app__mutmut_48 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_49'] = x_create_app__mutmut_49 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_50'] = x_create_app__mutmut_50 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_51'] = x_create_app__mutmut_51 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_52'] = x_create_app__mutmut_52 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_53'] = x_create_app__mutmut_53 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_54'] = x_create_app__mutmut_54 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_55'] = x_create_app__mutmut_55 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_56'] = x_create_app__mutmut_56 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_57'] = x_create_app__mutmut_57 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_58'] = x_create_app__mutmut_58 # type: ignore # mutmut generated
mutants_x_create_app__mutmut['x_create_app__mutmut_59'] = x_create_app__mutmut_59 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__snapshot_path__mutmut)
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


def x__snapshot_path__mutmut_orig(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_1(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["XXSNAPSHOTXX"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_2(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["snapshot"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_3(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(None)
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_4(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["XXSNAPSHOTXX"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_5(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["snapshot"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_6(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = None
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_7(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["XXSOURCES_DIRXX"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_8(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["sources_dir"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_9(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        None,
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_10(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        None,
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_11(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=None,
    )


def x__snapshot_path__mutmut_12(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_13(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_14(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        )


def x__snapshot_path__mutmut_15(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(None),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_16(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["XXDATA_DIRXX"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_17(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["data_dir"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_18(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(None),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_19(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["XXSNAPSHOT_DIRXX"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_20(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["snapshot_dir"]),
        sources_dir=Path(sources) if sources else None,
    )


def x__snapshot_path__mutmut_21(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if (sources) and False else None,
    )


def x__snapshot_path__mutmut_22(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(sources) if (sources) or True else None,
    )


def x__snapshot_path__mutmut_23(config: Mapping[str, Any]) -> Path:
    """Return the snapshot the config names, or that of its data directory."""
    if config["SNAPSHOT"]:
        return Path(config["SNAPSHOT"])
    sources = config["SOURCES_DIR"]
    return snapshot_of(
        Path(config["DATA_DIR"]),
        Path(config["SNAPSHOT_DIR"]),
        sources_dir=Path(None) if sources else None,
    )

mutants_x__snapshot_path__mutmut['_mutmut_orig'] = x__snapshot_path__mutmut_orig # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_1'] = x__snapshot_path__mutmut_1 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_2'] = x__snapshot_path__mutmut_2 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_3'] = x__snapshot_path__mutmut_3 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_4'] = x__snapshot_path__mutmut_4 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_5'] = x__snapshot_path__mutmut_5 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_6'] = x__snapshot_path__mutmut_6 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_7'] = x__snapshot_path__mutmut_7 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_8'] = x__snapshot_path__mutmut_8 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_9'] = x__snapshot_path__mutmut_9 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_10'] = x__snapshot_path__mutmut_10 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_11'] = x__snapshot_path__mutmut_11 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_12'] = x__snapshot_path__mutmut_12 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_13'] = x__snapshot_path__mutmut_13 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_14'] = x__snapshot_path__mutmut_14 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_15'] = x__snapshot_path__mutmut_15 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_16'] = x__snapshot_path__mutmut_16 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_17'] = x__snapshot_path__mutmut_17 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_18'] = x__snapshot_path__mutmut_18 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_19'] = x__snapshot_path__mutmut_19 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_20'] = x__snapshot_path__mutmut_20 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_21'] = x__snapshot_path__mutmut_21 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_22'] = x__snapshot_path__mutmut_22 # type: ignore # mutmut generated
mutants_x__snapshot_path__mutmut['x__snapshot_path__mutmut_23'] = x__snapshot_path__mutmut_23 # type: ignore # mutmut generated

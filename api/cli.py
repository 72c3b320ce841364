"""The ``flask check-data`` command: validate the dataset without serving it."""

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from api.store import DEFAULT_DATA_DIR, DataError, Store

_DIRECTORY = click.Path(exists=True, file_okay=False, path_type=Path)


@click.command("check-data")
@click.option(
    "--data",
    "data_dir",
    type=_DIRECTORY,
    help="Directory of the data files (default: the app's DATA_DIR).",
)
@click.option(
    "--sources",
    "sources_dir",
    type=_DIRECTORY,
    help="Directory of the source texts; given, every span is checked against them.",
)
@with_appcontext
def check_data_command(data_dir: Path | None, sources_dir: Path | None) -> None:
    """Check the dataset against the data model's rules; print every problem, or a summary."""
    if data_dir is None:
        data_dir = Path(current_app.config.get("DATA_DIR", DEFAULT_DATA_DIR))
    try:
        store = Store.load(data_dir, sources_dir)
    except DataError as error:
        for problem in error.problems:
            click.echo(problem)
        raise SystemExit(1) from None
    counts = ", ".join(f"{count} {name}" for name, count in store.counts().items())
    click.echo(f"ok: {counts} (dataset version {store.version})")

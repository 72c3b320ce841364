"""The ``flask check-data`` command: validate the dataset without serving it.

It is a Flask plugin command (an entry point in ``pyproject.toml``), not an app command,
so Flask finds it without creating the app: a broken dataset, which stops ``create_app``,
is exactly what this command must be able to report on.
"""

from pathlib import Path

import click

from api.store import DEFAULT_DATA_DIR, DataError, Store

_DIRECTORY = click.Path(exists=True, file_okay=False, path_type=Path)


@click.command("check-data")
@click.option(
    "--data",
    "data_dir",
    type=_DIRECTORY,
    envvar="FLASK_DATA_DIR",
    default=DEFAULT_DATA_DIR,
    show_default="$FLASK_DATA_DIR, else the embedded data/",
    help="Directory of the data files.",
)
@click.option(
    "--sources",
    "sources_dir",
    type=_DIRECTORY,
    help="Directory of the source texts; given, every span is checked against them.",
)
def check_data_command(data_dir: Path, sources_dir: Path | None) -> None:
    """Check the dataset against the data model's rules; print every problem, or a summary."""
    try:
        store = Store.load(data_dir, sources_dir)
    except DataError as error:
        for problem in error.problems:
            click.echo(problem)
        raise SystemExit(1) from None
    counts = ", ".join(f"{count} {name}" for name, count in store.counts().items())
    click.echo(f"ok: {counts} (dataset version {store.version})")

"""The dataset's commands: ``flask check-data``, ``flask build-snapshot`` and ``flask anchor``.

They are Flask plugin commands (entry points in ``pyproject.toml``), not app commands,
so Flask finds them without creating the app: a broken dataset, which stops
``create_app``, is exactly what they must be able to report on.
"""

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from api.catalog import build_snapshot
from api.catalog.rendering import RENDERING_CODE
from api.dataset.annotate import anchor_data
from api.dataset.building import BuildError
from api.dataset.check import load_checked
from api.dataset.integrity import IntegrityError, verify
from api.dataset.records import DEFAULT_DATA_DIR, DataError
from api.dataset.snapshot import DEFAULT_SNAPSHOT_DIR, snapshot_path

_DIRECTORY = click.Path(exists=True, file_okay=False, path_type=Path)
_data_option = click.option(
    "--data",
    "data_dir",
    type=_DIRECTORY,
    envvar="FLASK_DATA_DIR",
    default=DEFAULT_DATA_DIR,
    show_default="$FLASK_DATA_DIR, else the embedded data/",
    help="Directory of the data files.",
)
_sources_option = click.option(
    "--sources",
    "sources_dir",
    type=_DIRECTORY,
    envvar="FLASK_SOURCES_DIR",
    help="Directory of the source texts; given, every span is checked against them.",
)


class ConsoleProgress:
    """A progress bar per step on a terminal; elsewhere (CI, a log), one line per step."""

    def __init__(self, *, bar: bool | None = None) -> None:
        self.bar = sys.stderr.isatty() if bar is None else bar

    @contextmanager
    def step(self, label: str, total: int) -> Iterator[Callable[[int], None]]:
        """Report one step of ``total`` units."""
        started = time.monotonic()
        if self.bar:
            with click.progressbar(length=total, label=f"{label:<12}", file=sys.stderr) as bar:
                yield bar.update
        else:
            yield lambda done: None
        seconds = time.monotonic() - started
        click.echo(f"{label}: {total} done in {seconds:.1f} s", err=True)


def _summary(counts: dict[str, int], version: str) -> str:
    listed = ", ".join(f"{count} {name}" for name, count in counts.items())
    return f"{listed} (dataset version {version})"


@click.command("check-data")
@_data_option
@_sources_option
def check_data_command(data_dir: Path, sources_dir: Path | None) -> None:
    """Check the dataset against the data model's rules; print every violation, or a summary."""
    try:
        dataset = load_checked(data_dir, sources_dir)
    except DataError as error:
        for violation in error.violations:
            click.echo(violation)
        raise SystemExit(1) from None
    click.echo(f"ok: {_summary(dataset.counts(), dataset.version)}")


@click.command("build-snapshot")
@_data_option
@_sources_option
@click.option(
    "--snapshot-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="FLASK_SNAPSHOT_DIR",
    default=DEFAULT_SNAPSHOT_DIR,
    show_default="$FLASK_SNAPSHOT_DIR, else build/snapshots/",
    help="Where the server looks for snapshots.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the snapshot here instead, as the file a server is given (FLASK_SNAPSHOT).",
)
def build_snapshot_command(
    data_dir: Path, sources_dir: Path | None, snapshot_dir: Path, output: Path | None
) -> None:
    """Check the dataset and compile it into a read-only SQLite snapshot; print its path.

    By default the snapshot goes where a server of this data directory looks for it,
    under a name keyed on the content of the data files and of the code. One there already
    is checked against the manifest its build wrote (size and SHA-256): a damaged one is
    built again.
    """
    if output is None:
        output = snapshot_path(data_dir, snapshot_dir, code=RENDERING_CODE, sources_dir=sources_dir)
        if output.is_file():
            try:
                verify(output, hashed=True)
                click.echo(f"up to date: {output}")
                return
            except IntegrityError as error:
                click.echo(f"{error}: building it again", err=True)
    progress = ConsoleProgress()
    try:
        built = build_snapshot(data_dir, output, sources_dir=sources_dir, progress=progress)
    except DataError as error:
        for violation in error.violations:
            click.echo(violation)
        raise SystemExit(1) from None
    except BuildError as error:
        click.echo(str(error), err=True)
        raise SystemExit(1) from None
    size = output.stat().st_size / 2**20
    counts = dict(built.counts)
    click.echo(f"built {output} ({size:.1f} MiB): {_summary(counts, built.version)}")


@click.command("anchor")
@_data_option
@click.option(
    "--sources",
    "sources_dir",
    type=_DIRECTORY,
    envvar="FLASK_SOURCES_DIR",
    required=True,
    help="Directory of the source texts the evidence spans are anchored in.",
)
def anchor_command(data_dir: Path, sources_dir: Path) -> None:
    """Write every evidence's W3C selectors, computed from the source texts, into the data.

    Then check the dataset against them (rules 1-6). Writes nothing when a span does
    not anchor once; a second run changes nothing.
    """
    try:
        anchored = anchor_data(data_dir, sources_dir)
        dataset = load_checked(data_dir, sources_dir)
    except DataError as error:
        for violation in error.violations:
            click.echo(violation)
        raise SystemExit(1) from None
    written = ", ".join(anchored.written) or "no file changed"
    click.echo(f"anchored {anchored.spans} evidence spans ({written})")
    click.echo(f"ok: {_summary(dataset.counts(), dataset.version)}")

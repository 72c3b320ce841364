"""The ``flask check-data`` command: a summary line and exit 0, or every problem and exit 1."""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from api.cli import check_data_command
from api.dataset.check import load_checked
from tests.support import REAL_DATA, SOURCES, VALID


class CheckData:
    """Run ``check-data`` in process with the given arguments and environment."""

    def __init__(self) -> None:
        self.env: dict[str, str | None] = {"FLASK_DATA_DIR": None}

    def invoke(self, args: list[str]) -> Result:
        """Invoke the command; ``args`` starts with the command name, as on the shell."""
        assert args[0] == "check-data"
        return CliRunner(env=self.env).invoke(check_data_command, args[1:])


@pytest.fixture
def runner() -> CheckData:
    """Return a runner of the ``check-data`` command."""
    return CheckData()


def update(data_dir: Path, collection: str, index: int, **fields: Any) -> None:
    """Set fields of the record at ``index``; ``evidence_<name>`` sets a field of its evidence."""
    path = data_dir / f"{collection}.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    for name, value in fields.items():
        if name.startswith("evidence_"):
            records[index]["evidence"][name.removeprefix("evidence_")] = value
        else:
            records[index][name] = value
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def test_real_dataset_passes_with_a_summary_line(runner: CheckData) -> None:
    result = runner.invoke(args=["check-data"])
    version = load_checked(REAL_DATA).version
    assert result.exit_code == 0
    assert result.output == (
        f"ok: 1 articles, 30 actors, 64 statements, 2 aid_figures (dataset version {version})\n"
    )


def test_real_dataset_passes_against_its_sources(runner: CheckData, real_sources: Path) -> None:
    sources = str(real_sources)
    result = runner.invoke(args=["check-data", "--data", str(REAL_DATA), "--sources", sources])
    assert result.exit_code == 0
    assert result.output.startswith("ok: 1 articles, 30 actors, 64 statements, 2 aid_figures")


def test_data_defaults_to_flask_data_dir(runner: CheckData) -> None:
    runner.env["FLASK_DATA_DIR"] = str(VALID)
    result = runner.invoke(args=["check-data", "--sources", str(SOURCES)])
    version = load_checked(VALID).version
    assert result.exit_code == 0
    assert result.output == (
        f"ok: 1 articles, 6 actors, 4 statements, 1 aid_figures (dataset version {version})\n"
    )


def test_dangling_reference_fails_with_its_line(runner: CheckData, data_dir: Path) -> None:
    update(data_dir, "aid_figures", 0, recipient="freedonie")
    result = runner.invoke(args=["check-data", "--data", str(data_dir)])
    assert result.exit_code == 1
    assert result.output == (
        "aid_figures.json: ruritania-aid-2022-01: recipient: unknown actor 'freedonie'\n"
    )


def test_duplicate_id_and_bad_enum_fail_with_one_line_each(
    runner: CheckData, data_dir: Path
) -> None:
    update(data_dir, "actors", 0, kind="human")
    update(data_dir, "statements", 1, id="mohr-no-deals")
    update(data_dir, "statements", 2, topics=["diplomacy", "weather"])
    result = runner.invoke(args=["check-data", "--data", str(data_dir)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "actors.json: anna-vale: kind: 'human' is not one of: person, state, organization.",
        "statements.json: mohr-no-deals: id: duplicate id (records [1] and [2])",
        "statements.json: mohr-no-deals: topics.1: "
        "'weather' is not one of: de-escalation, diplomacy, "
        "minsk-agreements, nato-membership, troop-deployment, military-exercises, sanctions, "
        "energy, aid, travel-advisory, security-guarantees, casualties, sovereignty.",
    ]


def test_span_not_in_its_paragraph_fails_only_with_sources(
    runner: CheckData, data_dir: Path
) -> None:
    update(data_dir, "actors", 4, evidence_exact="Chancellor Otto Brandt")
    without_sources = runner.invoke(args=["check-data", "--data", str(data_dir)])
    assert without_sources.exit_code == 0
    result = runner.invoke(args=["check-data", "--data", str(data_dir), "--sources", str(SOURCES)])
    assert result.exit_code == 1
    assert result.output == (
        "actors.json: otto-brandt: evidence.exact: "
        "not found in paragraph 2 of example-2022-01-04-talks\n"
    )


def test_missing_data_directory_is_a_usage_error(runner: CheckData, tmp_path: Path) -> None:
    result = runner.invoke(args=["check-data", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "Directory" in result.output
    assert "does not exist" in result.output


def test_flask_cli_reports_a_broken_dataset_the_app_cannot_start_on(data_dir: Path) -> None:
    update(data_dir, "aid_figures", 0, recipient="freedonie")
    env = {**os.environ, "FLASK_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "api", "check-data"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == (
        "aid_figures.json: ruritania-aid-2022-01: recipient: unknown actor 'freedonie'\n"
    )

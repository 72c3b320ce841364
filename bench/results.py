"""Write bench/results.md: one section per tool, each replaced whole when its tool runs again."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
from importlib import metadata
from pathlib import Path

from bench.wrk import wrk_version

RESULTS = Path(__file__).resolve().parent / "results.md"
TITLE = (
    "# Dossier benchmark results\n\nWritten by the tools in `bench/`; each section by one tool.\n"
)
ORDER = (
    "floor",
    "servers",
    "scale",
    "exports",
    "budget",
    "abuse",
    "observability",
    "compression",
    "profile",
)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine_lines() -> list[str]:
    """Bullet lines naming the machine, the software versions and the date."""
    load = " / ".join(f"{value:.2f}" for value in os.getloadavg())
    versions = ", ".join(
        f"{name} {_version(name)}"
        for name in ("flask", "werkzeug", "gunicorn", "granian", "orjson", "marshmallow")
    )
    return [
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {os.cpu_count()} cores ({_cpu_model()}), {platform.system()} "
        f"{platform.release()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}); {versions}",
        f"- load generator: {wrk_version()}; load average (1/5/15 min) as the run ended: {load}",
    ]


def write_section(name: str, body: str) -> Path:
    """Put ``body`` in results.md as section ``name``, replacing an earlier one."""
    text = RESULTS.read_text() if RESULTS.exists() else TITLE
    sections = dict(re.findall(r"<!-- section:(\w+) -->\n(.*?)<!-- /section:\1 -->\n", text, re.S))
    sections[name] = body.rstrip("\n") + "\n"
    ordered = sorted(sections, key=lambda key: ORDER.index(key) if key in ORDER else len(ORDER))
    parts = [TITLE]
    for key in ordered:
        parts.append(f"\n<!-- section:{key} -->\n{sections[key]}<!-- /section:{key} -->\n")
    RESULTS.write_text("".join(parts))
    return RESULTS


def table(header: list[str], rows: list[list[str]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"

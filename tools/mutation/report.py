"""Summarize a ``mutmut run``: the score, per area of the code, and the surviving mutants.

``python -m tools.mutation.report`` (what ``make mutation`` runs after mutmut) reads the
results mutmut keeps under ``mutants/``, writes every survivor with its diff to
``build/mutation/``, the summary to ``docs/mutation.json``, and prints the table that
``docs/testing.md`` carries. Survivors that no behaviour can tell from the code are
listed, each with its reason, in ``tools/mutation/equivalents.toml``; the score is
killed / (total - equivalent) over the mutants judged so far (a sampled run leaves the
rest "not judged yet", counted apart). A timeout counts as killed (the mutant hangs the
suite); a mutant no test runs counts as survived. mutmut keeps its judgements in private
files: see ``tools/mutation/__init__.py``.
"""

import json
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from fnmatch import fnmatch
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUTANTS = ROOT / "mutants"
REPORT_DIR = ROOT / "build" / "mutation"
SUMMARY = ROOT / "docs" / "mutation.json"
EQUIVALENTS = Path(__file__).with_name("equivalents.toml")
SCOPE = ["api/", "schemas/"]
#: The areas the target (>= 85% killed) is about, by path prefix; the rest is reported.
AREAS = {
    "data engine (api/dataset)": ("api/dataset/",),
    "query layer and publishing (api/catalog)": ("api/catalog/",),
    "problems, representations, caching (api/web)": ("api/web/",),
    "schemas": ("schemas/",),
    "routes, app factory, launcher, commands": (
        "api/routes/",
        "api/__init__",
        "api/serve",
        "api/cli",
    ),
}
TARGETED = [name for name in AREAS if not name.startswith("routes")]
#: mutmut's exit codes: killed (1, 3: an internal error of pytest), survived (0), no test
#: ran the code (5, 33), timeout.
_STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests"}
_TIMEOUTS = {24, -24, 36, 152, 255}


def status(exit_code: int | None) -> str:
    """Return what mutmut's exit code for a mutant means."""
    if exit_code in _TIMEOUTS:
        return "killed"
    if exit_code is None:
        return "not checked"
    return _STATUS.get(exit_code, "suspicious")


def results() -> dict[str, tuple[str, str]]:
    """Return every mutant's (source file, status) by name."""
    found: dict[str, tuple[str, str]] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        source = str(meta.relative_to(MUTANTS)).removesuffix(".meta")
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, exit_code in data.get("exit_code_by_key", {}).items():
            found[name] = (source, status(exit_code))
    return found


def area(source: str) -> str:
    """Return the area of the code a source file belongs to."""
    return next(name for name, prefixes in AREAS.items() if source.startswith(prefixes))


def score(counts: Counter[str]) -> float:
    """Return killed / (total - equivalent)."""
    judged = counts["total"] - counts["equivalent"]
    return counts["killed"] / judged if judged else 1.0


def judgements() -> dict[str, dict[str, str]]:
    """Return the reasoned judgements of survivors, by kind, from the equivalents file.

    ``equivalent``: no behaviour tells the mutant from the code. ``killed_by_test`` and
    ``killed_when_applied``: the named test fails with the mutant applied to the source
    (mutmut switches a mutant on when a function is called, so code that runs while the
    modules are imported escapes it). ``unobservable``: fnmatch patterns of code mutmut
    cannot see run (a build's worker processes); they are counted apart.
    """
    if not EQUIVALENTS.exists():
        return {}
    return tomllib.loads(EQUIVALENTS.read_text(encoding="utf-8"))


def main() -> int:
    mutants = results()
    if not mutants:
        print("no mutation results under mutants/: run `make mutation`", file=sys.stderr)
        return 1
    judged = judgements()
    equivalents = judged.get("equivalent", {})
    killed_by_hand = judged.get("killed_by_test", {}) | judged.get("killed_when_applied", {})
    unobservable = list(judged.get("unobservable", {}))
    named = set(equivalents) | set(killed_by_hand)
    stale = sorted(named - set(mutants))
    by_area: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    for name, (source, state) in sorted(mutants.items()):
        counts = by_area[area(source)]
        if state == "not checked":
            counts["not checked"] += 1
            continue
        if any(fnmatch(name, pattern) for pattern in unobservable):
            counts["unobservable"] += 1
            continue
        counts["total"] += 1
        if state in ("survived", "no tests", "suspicious") and name in killed_by_hand:
            counts["killed"] += 1
        elif state == "survived" and name in equivalents:
            counts["equivalent"] += 1
        elif state in ("survived", "no tests", "suspicious"):
            counts["survived"] += 1
            survivors.append(name)
        else:
            counts[state] += 1
    overall: Counter[str] = sum(by_area.values(), Counter())
    targeted: Counter[str] = sum((by_area[name] for name in TARGETED), Counter())
    summary = {
        "tool": "mutmut",
        "version": version("mutmut"),
        "scope": SCOPE,
        "total": overall["total"],
        "killed": overall["killed"],
        "survived": overall["survived"],
        "equivalent": overall["equivalent"],
        "score": round(score(overall), 4),
        "targeted_score": round(score(targeted), 4),
        "not_checked": overall["not checked"],
        "unobservable": overall["unobservable"],
        "areas": {
            name: {
                key.replace(" ", "_"): counts[key]
                for key in (
                    "total",
                    "killed",
                    "survived",
                    "equivalent",
                    "unobservable",
                    "not checked",
                )
            }
            | {"score": round(score(counts), 4)}
            for name, counts in by_area.items()
        },
    }
    SUMMARY.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    with (REPORT_DIR / "survivors.txt").open("w", encoding="utf-8") as report:
        for name in survivors:
            shown = subprocess.run(  # noqa: S603 (the venv's mutmut, a name it listed)
                [str(Path(sys.executable).with_name("mutmut")), "show", name],
                cwd=ROOT,
                capture_output=True,
                text=True,
            )
            report.write(shown.stdout + "\n")
    print("| area | judged | killed | survived | equivalent | score | unobservable | not judged |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in AREAS:
        counts = by_area[name]
        print(
            f"| {name} | {counts['total']} | {counts['killed']} | {counts['survived']} | "
            f"{counts['equivalent']} | {score(counts):.1%} | {counts['unobservable']} | "
            f"{counts['not checked']} |"
        )
    print(
        f"| **all of {' and '.join(SCOPE)}** | {overall['total']} | {overall['killed']} | "
        f"{overall['survived']} | {overall['equivalent']} | **{score(overall):.1%}** | "
        f"{overall['unobservable']} | {overall['not checked']} |"
    )
    print(f"\ntargeted areas (all but routes and launchers): {score(targeted):.1%}")
    print(f"{len(survivors)} survivors written to {REPORT_DIR / 'survivors.txt'}")
    if stale:
        print(f"judged mutants no longer among them: {', '.join(stale)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

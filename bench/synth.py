"""Generate a synthetic corpus, N copies of the real dataset, that the store's loader accepts.

Copy 0 is the real dataset with its ids unchanged (so ``emmanuel-macron`` exists at every
size); copy ``k`` renames every record ``<id>-c<k>`` and shifts its dates by ``k`` days.
Statements, aid figures and evidence stay inside their own copy (so ``reported_by`` and
rule 4 hold), while about half of the actor references of a copy point at copy 0's actors:
the real actors become hubs that speak and are mentioned across many articles, as the same
heads of state would in a larger news corpus. ``emmanuel-macron`` then has roughly
``5.5 * N`` statements, which makes the filtered statement query grow with the corpus unless
the store indexes it.

Usage: ``python -m bench.synth OUT_DIR --scale 1000`` (writes the four data files).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import orjson

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
COLLECTIONS = ("articles", "actors", "statements", "aid_figures")
Record = dict[str, Any]


def _suffix(record_id: str, copy: int) -> str:
    return record_id if copy == 0 else f"{record_id}-c{copy}"


def _is_hub(copy: int, *parts: str) -> bool:
    """Decide, deterministically, whether a reference of ``copy`` goes to copy 0's actor."""
    digest = hashlib.blake2b("|".join((str(copy), *parts)).encode(), digest_size=2).digest()
    return digest[0] < 128


def _shift(date: str | None, days: int) -> str | None:
    """Shift a full ISO date by ``days``; year or month precision dates are kept."""
    if date is None or len(date) != 10 or days == 0:
        return date
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _copy_records(real: dict[str, list[Record]], copy: int) -> dict[str, list[Record]]:
    """Return copy ``copy`` of the real records, renamed, re-referenced and date-shifted."""

    def own(record_id: str) -> str:
        return _suffix(record_id, copy)

    def actor(owner: str, field: str, actor_id: str) -> str:
        return actor_id if _is_hub(copy, owner, field, actor_id) else own(actor_id)

    def maybe(ref: str | None, resolve: Callable[[str], str]) -> str | None:
        return None if ref is None else resolve(ref)

    def evidence(record: Record) -> Record:
        return {**record["evidence"], "article": own(record["evidence"]["article"])}

    label = "" if copy == 0 else f" ({copy})"
    out: dict[str, list[Record]] = {name: [] for name in COLLECTIONS}
    for article in real["articles"]:
        out["articles"].append(
            {
                **article,
                "id": own(article["id"]),
                "headline": article["headline"] + label,
                "published": _shift(article["published"], copy),
            }
        )
    for record in real["actors"]:
        rid = record["id"]
        out["actors"].append(
            {
                **record,
                "id": own(rid),
                "name": record["name"] + label,
                "roles": [
                    {**role, "organization": actor(rid, "org", role["organization"])}
                    for role in record["roles"]
                ],
                "part_of": maybe(record["part_of"], partial(actor, rid, "part")),
                "evidence": evidence(record),
            }
        )
    for record in real["statements"]:
        rid = record["id"]
        out["statements"].append(
            {
                **record,
                "id": own(rid),
                "speaker": actor(rid, "speaker", record["speaker"]),
                "said_on": _shift(record["said_on"], copy),
                "reported_by": maybe(record["reported_by"], own),
                "addressees": [actor(rid, "to", ref) for ref in record["addressees"]],
                "mentions": [actor(rid, "about", ref) for ref in record["mentions"]],
                "evidence": evidence(record),
            }
        )
    for record in real["aid_figures"]:
        rid = record["id"]
        out["aid_figures"].append(
            {
                **record,
                "id": own(rid),
                "donor": actor(rid, "donor", record["donor"]),
                "recipient": actor(rid, "recipient", record["recipient"]),
                "as_of": _shift(record["as_of"], copy),
                "reported_by": maybe(record["reported_by"], own),
                "evidence": evidence(record),
            }
        )
    return out


def read_real(data_dir: Path = DATA_DIR) -> dict[str, list[Record]]:
    """Read the four data files of the real dataset."""
    return {name: orjson.loads((data_dir / f"{name}.json").read_bytes()) for name in COLLECTIONS}


def generate(out_dir: Path, scale: int, data_dir: Path = DATA_DIR) -> dict[str, int]:
    """Write a corpus of ``scale`` copies of the real dataset to ``out_dir``; return the counts."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    real = read_real(data_dir)
    corpus: dict[str, list[Record]] = {name: [] for name in COLLECTIONS}
    for copy in range(scale):
        for name, records in _copy_records(real, copy).items():
            corpus[name].extend(records)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in COLLECTIONS:
        (out_dir / f"{name}.json").write_bytes(orjson.dumps(corpus[name]))
    return {name: len(records) for name, records in corpus.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="directory to write the four data files to")
    parser.add_argument("--scale", type=int, default=10, help="copies of the real dataset")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="the real dataset")
    args = parser.parse_args(argv)
    counts = generate(args.out_dir, args.scale, args.data)
    summary = ", ".join(f"{count} {name}" for name, count in counts.items())
    print(f"{args.out_dir}: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Sum aid figures per group and currency. No Flask here."""

from collections.abc import Iterable, Mapping
from typing import Any

Record = dict[str, Any]
#: The qualifier of an amount given without a hedge.
AS_STATED = "as_stated"
#: Groupings whose key is an actor, shown in its compact form.
ACTOR_GROUPS = frozenset({"donor", "recipient"})


def group_totals(
    figures: Iterable[Record], group_by: str, actor_refs: Mapping[str, Record]
) -> list[Record]:
    """Return the groups of ``figures`` sharing a ``group_by`` value, sorted by key id."""
    groups: dict[str, list[Record]] = {}
    for figure in figures:
        groups.setdefault(figure[group_by], []).append(figure)
    return [
        {
            "key": actor_refs[key] if group_by in ACTOR_GROUPS else {"id": key},
            "totals": _sums((figure["id"], figure["amount"]) for figure in members),
            "equivalents": _sums(
                (figure["id"], equivalent)
                for figure in members
                for equivalent in figure["equivalents"]
            ),
            "approximate": any(figure["amount"]["qualifier"] != AS_STATED for figure in members),
            "figures": [figure["id"] for figure in members],
        }
        for key, members in sorted(groups.items())
    ]


def _sums(amounts: Iterable[tuple[str, Record]]) -> list[Record]:
    """Sum amounts per currency, counting each figure once per currency."""
    sums: dict[str, Record] = {}
    counted: set[tuple[str, str]] = set()
    for figure_id, amount in amounts:
        currency = amount["currency"]
        if (figure_id, currency) in counted:
            continue
        counted.add((figure_id, currency))
        total = sums.setdefault(
            currency, {"currency": currency, "value": 0, "approximate": False, "figures": 0}
        )
        total["value"] += amount["value"]
        total["approximate"] = total["approximate"] or amount["qualifier"] != AS_STATED
        total["figures"] += 1
    return [sums[currency] for currency in sorted(sums)]

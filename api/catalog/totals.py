"""``/v1/aid-figures/totals`` as published: the groups the snapshot sums, keyed for display."""

from collections.abc import Mapping
from typing import Any

from api.dataset.queries import Group, Sum

#: Groupings whose key is an actor, shown in its compact form.
ACTOR_GROUPS = frozenset({"donor", "recipient"})


def _sum(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "figures": total.figures,
    }


def published_groups(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]

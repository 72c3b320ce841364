"""Totals as published: the groups the snapshot sums, each keyed for display."""

from collections.abc import Mapping
from typing import Any

from api.dataset.totals import Group, Sum


def _sum(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "figures": total.records,
    }


def published_groups(
    groups: list[Group], forms: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by the compact form of the
    record its key names (``forms``), or by the key itself (``{"id": key}``)."""
    return [
        {
            "key": forms[group.key] if forms else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.records,
        }
        for group in groups
    ]

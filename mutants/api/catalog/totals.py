"""``/v1/aid-figures/totals`` as published: the groups the snapshot sums, keyed for display."""

from collections.abc import Mapping
from typing import Any

from api.dataset.queries import Group, Sum

#: Groupings whose key is an actor, shown in its compact form.
ACTOR_GROUPS = frozenset({"donor", "recipient"})


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__sum__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__sum__mutmut)
def _sum(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_orig(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_1(total: Sum) -> dict[str, Any]:
    return {
        "XXcurrencyXX": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_2(total: Sum) -> dict[str, Any]:
    return {
        "CURRENCY": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_3(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "XXvalueXX": total.value,
        "approximate": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_4(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "VALUE": total.value,
        "approximate": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_5(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "XXapproximateXX": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_6(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "APPROXIMATE": total.approximate,
        "figures": total.figures,
    }


def x__sum__mutmut_7(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "XXfiguresXX": total.figures,
    }


def x__sum__mutmut_8(total: Sum) -> dict[str, Any]:
    return {
        "currency": total.currency,
        "value": total.value,
        "approximate": total.approximate,
        "FIGURES": total.figures,
    }

mutants_x__sum__mutmut['_mutmut_orig'] = x__sum__mutmut_orig # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_1'] = x__sum__mutmut_1 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_2'] = x__sum__mutmut_2 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_3'] = x__sum__mutmut_3 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_4'] = x__sum__mutmut_4 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_5'] = x__sum__mutmut_5 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_6'] = x__sum__mutmut_6 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_7'] = x__sum__mutmut_7 # type: ignore # mutmut generated
mutants_x__sum__mutmut['x__sum__mutmut_8'] = x__sum__mutmut_8 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_published_groups__mutmut)
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


def x_published_groups__mutmut_orig(
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


def x_published_groups__mutmut_1(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "XXkeyXX": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_2(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "KEY": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_3(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if (group_by in ACTOR_GROUPS) and False else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_4(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if (group_by in ACTOR_GROUPS) or True else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_5(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by not in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_6(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"XXidXX": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_7(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"ID": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_8(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "XXtotalsXX": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_9(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "TOTALS": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_10(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(None) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_11(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "XXequivalentsXX": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_12(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "EQUIVALENTS": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_13(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(None) for total in group.equivalents],
            "approximate": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_14(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "XXapproximateXX": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_15(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "APPROXIMATE": group.approximate,
            "figures": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_16(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "XXfiguresXX": group.figures,
        }
        for group in groups
    ]


def x_published_groups__mutmut_17(
    groups: list[Group], group_by: str, actors: Mapping[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Return the groups as the totals show them, each keyed by its actor or its id."""
    return [
        {
            "key": actors[group.key] if group_by in ACTOR_GROUPS else {"id": group.key},
            "totals": [_sum(total) for total in group.totals],
            "equivalents": [_sum(total) for total in group.equivalents],
            "approximate": group.approximate,
            "FIGURES": group.figures,
        }
        for group in groups
    ]

mutants_x_published_groups__mutmut['_mutmut_orig'] = x_published_groups__mutmut_orig # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_1'] = x_published_groups__mutmut_1 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_2'] = x_published_groups__mutmut_2 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_3'] = x_published_groups__mutmut_3 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_4'] = x_published_groups__mutmut_4 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_5'] = x_published_groups__mutmut_5 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_6'] = x_published_groups__mutmut_6 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_7'] = x_published_groups__mutmut_7 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_8'] = x_published_groups__mutmut_8 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_9'] = x_published_groups__mutmut_9 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_10'] = x_published_groups__mutmut_10 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_11'] = x_published_groups__mutmut_11 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_12'] = x_published_groups__mutmut_12 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_13'] = x_published_groups__mutmut_13 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_14'] = x_published_groups__mutmut_14 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_15'] = x_published_groups__mutmut_15 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_16'] = x_published_groups__mutmut_16 # type: ignore # mutmut generated
mutants_x_published_groups__mutmut['x_published_groups__mutmut_17'] = x_published_groups__mutmut_17 # type: ignore # mutmut generated

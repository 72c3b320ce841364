"""What the API publishes: every collection of the snapshot, ready to page and serve."""

from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from flask import Flask, current_app

from api.catalog.listing import Listing
from api.catalog.rendering import RENDERING_CODE, RecordRenderer
from api.catalog.totals import published_groups
from api.dataset import queries
from api.dataset.build import Built, build
from api.dataset.loading import Progress
from api.dataset.snapshot import Snapshot, ensure_snapshot
from api.dataset.tables import ACTORS, AID_FIGURES, ARTICLES, STATEMENTS, TOPICS
from api.web import links
from schemas.collection import DatasetSchema, HealthSchema, ServiceSchema

NAME = "Dossier"
#: The version of the service and of its contract: the package's, from pyproject.toml.
VERSION = version("dossier")
DATA_LICENSE = {
    "id": "CC-BY-4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "note": "The curated data is licensed CC BY 4.0. Quoted spans (statement texts and "
    "evidence) are short excerpts of the source articles, copyright their publishers.",
}
_EXTENSION = "dossier.catalog"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁCatalogǁaid_totals__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCatalogǁservice_index__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCatalogǁdataset_index__mutmut: MutantDict = {}  # type: ignore
mutants_xǁCatalogǁhealth__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Catalog:
    """Every collection of the snapshot, and the service's own documents."""

    snapshot: Snapshot
    #: The Cache-Control value of data responses.
    cache_control: str
    articles: Listing
    actors: Listing
    statements: Listing
    aid_figures: Listing
    topics: Listing

    @_mutmut_mutated(mutants_xǁCatalogǁaid_totals__mutmut)
    def aid_totals(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_orig(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_1(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = None
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_2(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["XXgroup_byXX"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_3(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["GROUP_BY"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_4(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = None
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_5(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = None
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_6(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(None, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_7(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, None, group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_8(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), None)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_9(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_10(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_11(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), )
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_12(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(None, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_13(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=None), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_14(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_15(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, ), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_16(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=True), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_17(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = None
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_18(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(None, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_19(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, None)
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_20(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors([group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_21(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, )
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_22(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "XXgroup_byXX": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_23(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "GROUP_BY": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_24(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "XXgroupsXX": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_25(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "GROUPS": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_26(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(None, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_27(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, None, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_28(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, None),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_29(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_30(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_31(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, ),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_32(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "XXlinksXX": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_33(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "LINKS": {"self": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_34(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"XXselfXX": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_35(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"SELF": links.query_path(links.AID_TOTALS, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_36(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(None, links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_37(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, None)},
        }

    def xǁCatalogǁaid_totals__mutmut_38(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.normalized(args))},
        }

    def xǁCatalogǁaid_totals__mutmut_39(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, )},
        }

    def xǁCatalogǁaid_totals__mutmut_40(self, args: Mapping[str, Any]) -> dict[str, Any]:
        """Return the aid figures ``args`` selects, summed per group and currency."""
        group_by = args["group_by"]
        connection = self.snapshot.connection()
        groups = queries.aid_totals(connection, self.aid_figures.query(args, paged=False), group_by)
        actors = queries.compact_actors(connection, [group.key for group in groups])
        return {
            "group_by": group_by,
            "groups": published_groups(groups, group_by, actors),
            "links": {"self": links.query_path(links.AID_TOTALS, links.normalized(None))},
        }

    @_mutmut_mutated(mutants_xǁCatalogǁservice_index__mutmut)
    def service_index(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_orig(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_1(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            None
        )

    def xǁCatalogǁservice_index__mutmut_2(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                None
            )
        )

    def xǁCatalogǁservice_index__mutmut_3(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "XXnameXX": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_4(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "NAME": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_5(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "XXversionXX": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_6(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "VERSION": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_7(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "XXlinksXX": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_8(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "LINKS": {"v1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_9(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"XXv1XX": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_10(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"V1": links.DATASET, "openapi": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_11(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "XXopenapiXX": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_12(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "OPENAPI": links.OPENAPI, "docs": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_13(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "XXdocsXX": links.DOCS},
                }
            )
        )

    def xǁCatalogǁservice_index__mutmut_14(self) -> dict[str, Any]:
        """Return the service index: what this is, and where to go from here."""
        return dict(
            ServiceSchema().dump(
                {
                    "name": NAME,
                    "version": VERSION,
                    "links": {"v1": links.DATASET, "openapi": links.OPENAPI, "DOCS": links.DOCS},
                }
            )
        )

    @_mutmut_mutated(mutants_xǁCatalogǁdataset_index__mutmut)
    def dataset_index(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_orig(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_1(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = None
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_2(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            None
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_3(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "XXSELECT id, headline FROM articles ORDER BY rowidXX"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_4(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "select id, headline from articles order by rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_5(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT ID, HEADLINE FROM ARTICLES ORDER BY ROWID"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_6(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            None
        )

    def xǁCatalogǁdataset_index__mutmut_7(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                None
            )
        )

    def xǁCatalogǁdataset_index__mutmut_8(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "XXdataset_versionXX": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_9(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "DATASET_VERSION": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_10(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "XXlicenseXX": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_11(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "LICENSE": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_12(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "XXsourcesXX": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_13(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "SOURCES": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_14(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"XXidXX": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_15(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"ID": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_16(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "XXheadlineXX": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_17(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "HEADLINE": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_18(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "XXcountsXX": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_19(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "COUNTS": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_20(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "XXlinksXX": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_21(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "LINKS": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_22(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "XXarticlesXX": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_23(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "ARTICLES": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_24(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "XXactorsXX": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_25(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "ACTORS": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_26(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "XXstatementsXX": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_27(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "STATEMENTS": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_28(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "XXaid_figuresXX": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_29(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "AID_FIGURES": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_30(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "XXaid_totalsXX": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_31(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "AID_TOTALS": links.AID_TOTALS,
                        "topics": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_32(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "XXtopicsXX": links.TOPICS,
                    },
                }
            )
        )

    def xǁCatalogǁdataset_index__mutmut_33(self) -> dict[str, Any]:
        """Return the dataset index: version, license, sources, counts and collections."""
        sources = self.snapshot.connection().execute(
            "SELECT id, headline FROM articles ORDER BY rowid"
        )
        return dict(
            DatasetSchema().dump(
                {
                    "dataset_version": self.snapshot.version,
                    "license": DATA_LICENSE,
                    "sources": [{"id": id_, "headline": headline} for id_, headline in sources],
                    "counts": self.snapshot.counts,
                    "links": {
                        "articles": links.ARTICLES,
                        "actors": links.ACTORS,
                        "statements": links.STATEMENTS,
                        "aid_figures": links.AID_FIGURES,
                        "aid_totals": links.AID_TOTALS,
                        "TOPICS": links.TOPICS,
                    },
                }
            )
        )

    @_mutmut_mutated(mutants_xǁCatalogǁhealth__mutmut)
    def health(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "ok", "dataset_version": self.snapshot.version}))

    def xǁCatalogǁhealth__mutmut_orig(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "ok", "dataset_version": self.snapshot.version}))

    def xǁCatalogǁhealth__mutmut_1(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(None)

    def xǁCatalogǁhealth__mutmut_2(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump(None))

    def xǁCatalogǁhealth__mutmut_3(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"XXstatusXX": "ok", "dataset_version": self.snapshot.version}))

    def xǁCatalogǁhealth__mutmut_4(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"STATUS": "ok", "dataset_version": self.snapshot.version}))

    def xǁCatalogǁhealth__mutmut_5(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "XXokXX", "dataset_version": self.snapshot.version}))

    def xǁCatalogǁhealth__mutmut_6(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "OK", "dataset_version": self.snapshot.version}))

    def xǁCatalogǁhealth__mutmut_7(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "ok", "XXdataset_versionXX": self.snapshot.version}))

    def xǁCatalogǁhealth__mutmut_8(self) -> dict[str, Any]:
        """Return the liveness document."""
        return dict(HealthSchema().dump({"status": "ok", "DATASET_VERSION": self.snapshot.version}))

mutants_xǁCatalogǁaid_totals__mutmut['_mutmut_orig'] = Catalog.xǁCatalogǁaid_totals__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_1'] = Catalog.xǁCatalogǁaid_totals__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_2'] = Catalog.xǁCatalogǁaid_totals__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_3'] = Catalog.xǁCatalogǁaid_totals__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_4'] = Catalog.xǁCatalogǁaid_totals__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_5'] = Catalog.xǁCatalogǁaid_totals__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_6'] = Catalog.xǁCatalogǁaid_totals__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_7'] = Catalog.xǁCatalogǁaid_totals__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_8'] = Catalog.xǁCatalogǁaid_totals__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_9'] = Catalog.xǁCatalogǁaid_totals__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_10'] = Catalog.xǁCatalogǁaid_totals__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_11'] = Catalog.xǁCatalogǁaid_totals__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_12'] = Catalog.xǁCatalogǁaid_totals__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_13'] = Catalog.xǁCatalogǁaid_totals__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_14'] = Catalog.xǁCatalogǁaid_totals__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_15'] = Catalog.xǁCatalogǁaid_totals__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_16'] = Catalog.xǁCatalogǁaid_totals__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_17'] = Catalog.xǁCatalogǁaid_totals__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_18'] = Catalog.xǁCatalogǁaid_totals__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_19'] = Catalog.xǁCatalogǁaid_totals__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_20'] = Catalog.xǁCatalogǁaid_totals__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_21'] = Catalog.xǁCatalogǁaid_totals__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_22'] = Catalog.xǁCatalogǁaid_totals__mutmut_22 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_23'] = Catalog.xǁCatalogǁaid_totals__mutmut_23 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_24'] = Catalog.xǁCatalogǁaid_totals__mutmut_24 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_25'] = Catalog.xǁCatalogǁaid_totals__mutmut_25 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_26'] = Catalog.xǁCatalogǁaid_totals__mutmut_26 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_27'] = Catalog.xǁCatalogǁaid_totals__mutmut_27 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_28'] = Catalog.xǁCatalogǁaid_totals__mutmut_28 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_29'] = Catalog.xǁCatalogǁaid_totals__mutmut_29 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_30'] = Catalog.xǁCatalogǁaid_totals__mutmut_30 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_31'] = Catalog.xǁCatalogǁaid_totals__mutmut_31 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_32'] = Catalog.xǁCatalogǁaid_totals__mutmut_32 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_33'] = Catalog.xǁCatalogǁaid_totals__mutmut_33 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_34'] = Catalog.xǁCatalogǁaid_totals__mutmut_34 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_35'] = Catalog.xǁCatalogǁaid_totals__mutmut_35 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_36'] = Catalog.xǁCatalogǁaid_totals__mutmut_36 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_37'] = Catalog.xǁCatalogǁaid_totals__mutmut_37 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_38'] = Catalog.xǁCatalogǁaid_totals__mutmut_38 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_39'] = Catalog.xǁCatalogǁaid_totals__mutmut_39 # type: ignore # mutmut generated
mutants_xǁCatalogǁaid_totals__mutmut['xǁCatalogǁaid_totals__mutmut_40'] = Catalog.xǁCatalogǁaid_totals__mutmut_40 # type: ignore # mutmut generated

mutants_xǁCatalogǁservice_index__mutmut['_mutmut_orig'] = Catalog.xǁCatalogǁservice_index__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_1'] = Catalog.xǁCatalogǁservice_index__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_2'] = Catalog.xǁCatalogǁservice_index__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_3'] = Catalog.xǁCatalogǁservice_index__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_4'] = Catalog.xǁCatalogǁservice_index__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_5'] = Catalog.xǁCatalogǁservice_index__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_6'] = Catalog.xǁCatalogǁservice_index__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_7'] = Catalog.xǁCatalogǁservice_index__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_8'] = Catalog.xǁCatalogǁservice_index__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_9'] = Catalog.xǁCatalogǁservice_index__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_10'] = Catalog.xǁCatalogǁservice_index__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_11'] = Catalog.xǁCatalogǁservice_index__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_12'] = Catalog.xǁCatalogǁservice_index__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_13'] = Catalog.xǁCatalogǁservice_index__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCatalogǁservice_index__mutmut['xǁCatalogǁservice_index__mutmut_14'] = Catalog.xǁCatalogǁservice_index__mutmut_14 # type: ignore # mutmut generated

mutants_xǁCatalogǁdataset_index__mutmut['_mutmut_orig'] = Catalog.xǁCatalogǁdataset_index__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_1'] = Catalog.xǁCatalogǁdataset_index__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_2'] = Catalog.xǁCatalogǁdataset_index__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_3'] = Catalog.xǁCatalogǁdataset_index__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_4'] = Catalog.xǁCatalogǁdataset_index__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_5'] = Catalog.xǁCatalogǁdataset_index__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_6'] = Catalog.xǁCatalogǁdataset_index__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_7'] = Catalog.xǁCatalogǁdataset_index__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_8'] = Catalog.xǁCatalogǁdataset_index__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_9'] = Catalog.xǁCatalogǁdataset_index__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_10'] = Catalog.xǁCatalogǁdataset_index__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_11'] = Catalog.xǁCatalogǁdataset_index__mutmut_11 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_12'] = Catalog.xǁCatalogǁdataset_index__mutmut_12 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_13'] = Catalog.xǁCatalogǁdataset_index__mutmut_13 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_14'] = Catalog.xǁCatalogǁdataset_index__mutmut_14 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_15'] = Catalog.xǁCatalogǁdataset_index__mutmut_15 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_16'] = Catalog.xǁCatalogǁdataset_index__mutmut_16 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_17'] = Catalog.xǁCatalogǁdataset_index__mutmut_17 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_18'] = Catalog.xǁCatalogǁdataset_index__mutmut_18 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_19'] = Catalog.xǁCatalogǁdataset_index__mutmut_19 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_20'] = Catalog.xǁCatalogǁdataset_index__mutmut_20 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_21'] = Catalog.xǁCatalogǁdataset_index__mutmut_21 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_22'] = Catalog.xǁCatalogǁdataset_index__mutmut_22 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_23'] = Catalog.xǁCatalogǁdataset_index__mutmut_23 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_24'] = Catalog.xǁCatalogǁdataset_index__mutmut_24 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_25'] = Catalog.xǁCatalogǁdataset_index__mutmut_25 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_26'] = Catalog.xǁCatalogǁdataset_index__mutmut_26 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_27'] = Catalog.xǁCatalogǁdataset_index__mutmut_27 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_28'] = Catalog.xǁCatalogǁdataset_index__mutmut_28 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_29'] = Catalog.xǁCatalogǁdataset_index__mutmut_29 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_30'] = Catalog.xǁCatalogǁdataset_index__mutmut_30 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_31'] = Catalog.xǁCatalogǁdataset_index__mutmut_31 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_32'] = Catalog.xǁCatalogǁdataset_index__mutmut_32 # type: ignore # mutmut generated
mutants_xǁCatalogǁdataset_index__mutmut['xǁCatalogǁdataset_index__mutmut_33'] = Catalog.xǁCatalogǁdataset_index__mutmut_33 # type: ignore # mutmut generated

mutants_xǁCatalogǁhealth__mutmut['_mutmut_orig'] = Catalog.xǁCatalogǁhealth__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_1'] = Catalog.xǁCatalogǁhealth__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_2'] = Catalog.xǁCatalogǁhealth__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_3'] = Catalog.xǁCatalogǁhealth__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_4'] = Catalog.xǁCatalogǁhealth__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_5'] = Catalog.xǁCatalogǁhealth__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_6'] = Catalog.xǁCatalogǁhealth__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_7'] = Catalog.xǁCatalogǁhealth__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCatalogǁhealth__mutmut['xǁCatalogǁhealth__mutmut_8'] = Catalog.xǁCatalogǁhealth__mutmut_8 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_snapshot_of__mutmut)
def snapshot_of(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_orig(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_1(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        None,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_2(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        None,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_3(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        None,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_4(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=None,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_5(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=None,
        progress=progress,
    )


def x_snapshot_of__mutmut_6(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=None,
    )


def x_snapshot_of__mutmut_7(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_8(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_9(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_10(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        sources_dir=sources_dir,
        progress=progress,
    )


def x_snapshot_of__mutmut_11(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        progress=progress,
    )


def x_snapshot_of__mutmut_12(
    data_dir: Path,
    snapshot_dir: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Return the snapshot of ``data_dir`` rendered by this code, building it when missing.

    Raises DataError, writing nothing, when the dataset breaks a rule.
    """
    return ensure_snapshot(
        data_dir,
        snapshot_dir,
        RecordRenderer,
        code=RENDERING_CODE,
        sources_dir=sources_dir,
        )

mutants_x_snapshot_of__mutmut['_mutmut_orig'] = x_snapshot_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_1'] = x_snapshot_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_2'] = x_snapshot_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_3'] = x_snapshot_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_4'] = x_snapshot_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_5'] = x_snapshot_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_6'] = x_snapshot_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_7'] = x_snapshot_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_8'] = x_snapshot_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_9'] = x_snapshot_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_10'] = x_snapshot_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_11'] = x_snapshot_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_snapshot_of__mutmut['x_snapshot_of__mutmut_12'] = x_snapshot_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_snapshot__mutmut)
def build_snapshot(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, RecordRenderer, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_orig(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, RecordRenderer, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_1(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(None, output, RecordRenderer, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_2(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, None, RecordRenderer, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_3(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, None, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_4(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, RecordRenderer, sources_dir=None, progress=progress)


def x_build_snapshot__mutmut_5(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, RecordRenderer, sources_dir=sources_dir, progress=None)


def x_build_snapshot__mutmut_6(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(output, RecordRenderer, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_7(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, RecordRenderer, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_8(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, sources_dir=sources_dir, progress=progress)


def x_build_snapshot__mutmut_9(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, RecordRenderer, progress=progress)


def x_build_snapshot__mutmut_10(
    data_dir: Path,
    output: Path,
    *,
    sources_dir: Path | None = None,
    progress: Progress | None = None,
) -> Built:
    """Check the dataset of ``data_dir`` and write its snapshot to ``output``."""
    return build(data_dir, output, RecordRenderer, sources_dir=sources_dir, )

mutants_x_build_snapshot__mutmut['_mutmut_orig'] = x_build_snapshot__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_1'] = x_build_snapshot__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_2'] = x_build_snapshot__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_3'] = x_build_snapshot__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_4'] = x_build_snapshot__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_5'] = x_build_snapshot__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_6'] = x_build_snapshot__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_7'] = x_build_snapshot__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_8'] = x_build_snapshot__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_9'] = x_build_snapshot__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_snapshot__mutmut['x_build_snapshot__mutmut_10'] = x_build_snapshot__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_build_catalog__mutmut)
def build_catalog(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_orig(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_1(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=None, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_2(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=None, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_3(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=None, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_4(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=None, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_5(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=None
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_6(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_7(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_8(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_9(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_10(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_11(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=None,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_12(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=None,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_13(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=None,
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_14(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=None,
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_15(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=None,
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_16(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=None,
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_17(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=None,
    )


def x_build_catalog__mutmut_18(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_19(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_20(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_21(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_22(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_23(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_24(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        )


def x_build_catalog__mutmut_25(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(None, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_26(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, None, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_27(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, None),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_28(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_29(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_30(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, ),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_31(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "XXarticleXX"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_32(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "ARTICLE"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_33(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(None, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_34(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, None, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_35(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, None),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_36(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_37(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_38(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, ),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_39(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "XXactorXX"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_40(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "ACTOR"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_41(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(None, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_42(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, None, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_43(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, None),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_44(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_45(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_46(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, ),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_47(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "XXstatementXX"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_48(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "STATEMENT"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_49(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(None, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_50(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, None, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_51(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, None),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_52(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_53(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_54(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, ),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_55(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "XXaid figureXX"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_56(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "AID FIGURE"),
        topics=listing(TOPICS, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_57(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(None, links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_58(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, None, "topic"),
    )


def x_build_catalog__mutmut_59(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, None),
    )


def x_build_catalog__mutmut_60(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(links.TOPICS, "topic"),
    )


def x_build_catalog__mutmut_61(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, "topic"),
    )


def x_build_catalog__mutmut_62(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, ),
    )


def x_build_catalog__mutmut_63(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "XXtopicXX"),
    )


def x_build_catalog__mutmut_64(snapshot: Snapshot, cache_control: str) -> Catalog:
    """Return the catalog of ``snapshot``."""

    def listing(table: Any, path: str, noun: str) -> Listing:
        return Listing(
            snapshot=snapshot, table=table, path=path, noun=noun, cache_control=cache_control
        )

    return Catalog(
        snapshot=snapshot,
        cache_control=cache_control,
        articles=listing(ARTICLES, links.ARTICLES, "article"),
        actors=listing(ACTORS, links.ACTORS, "actor"),
        statements=listing(STATEMENTS, links.STATEMENTS, "statement"),
        aid_figures=listing(AID_FIGURES, links.AID_FIGURES, "aid figure"),
        topics=listing(TOPICS, links.TOPICS, "TOPIC"),
    )

mutants_x_build_catalog__mutmut['_mutmut_orig'] = x_build_catalog__mutmut_orig # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_1'] = x_build_catalog__mutmut_1 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_2'] = x_build_catalog__mutmut_2 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_3'] = x_build_catalog__mutmut_3 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_4'] = x_build_catalog__mutmut_4 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_5'] = x_build_catalog__mutmut_5 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_6'] = x_build_catalog__mutmut_6 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_7'] = x_build_catalog__mutmut_7 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_8'] = x_build_catalog__mutmut_8 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_9'] = x_build_catalog__mutmut_9 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_10'] = x_build_catalog__mutmut_10 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_11'] = x_build_catalog__mutmut_11 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_12'] = x_build_catalog__mutmut_12 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_13'] = x_build_catalog__mutmut_13 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_14'] = x_build_catalog__mutmut_14 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_15'] = x_build_catalog__mutmut_15 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_16'] = x_build_catalog__mutmut_16 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_17'] = x_build_catalog__mutmut_17 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_18'] = x_build_catalog__mutmut_18 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_19'] = x_build_catalog__mutmut_19 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_20'] = x_build_catalog__mutmut_20 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_21'] = x_build_catalog__mutmut_21 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_22'] = x_build_catalog__mutmut_22 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_23'] = x_build_catalog__mutmut_23 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_24'] = x_build_catalog__mutmut_24 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_25'] = x_build_catalog__mutmut_25 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_26'] = x_build_catalog__mutmut_26 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_27'] = x_build_catalog__mutmut_27 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_28'] = x_build_catalog__mutmut_28 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_29'] = x_build_catalog__mutmut_29 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_30'] = x_build_catalog__mutmut_30 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_31'] = x_build_catalog__mutmut_31 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_32'] = x_build_catalog__mutmut_32 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_33'] = x_build_catalog__mutmut_33 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_34'] = x_build_catalog__mutmut_34 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_35'] = x_build_catalog__mutmut_35 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_36'] = x_build_catalog__mutmut_36 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_37'] = x_build_catalog__mutmut_37 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_38'] = x_build_catalog__mutmut_38 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_39'] = x_build_catalog__mutmut_39 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_40'] = x_build_catalog__mutmut_40 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_41'] = x_build_catalog__mutmut_41 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_42'] = x_build_catalog__mutmut_42 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_43'] = x_build_catalog__mutmut_43 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_44'] = x_build_catalog__mutmut_44 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_45'] = x_build_catalog__mutmut_45 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_46'] = x_build_catalog__mutmut_46 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_47'] = x_build_catalog__mutmut_47 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_48'] = x_build_catalog__mutmut_48 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_49'] = x_build_catalog__mutmut_49 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_50'] = x_build_catalog__mutmut_50 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_51'] = x_build_catalog__mutmut_51 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_52'] = x_build_catalog__mutmut_52 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_53'] = x_build_catalog__mutmut_53 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_54'] = x_build_catalog__mutmut_54 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_55'] = x_build_catalog__mutmut_55 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_56'] = x_build_catalog__mutmut_56 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_57'] = x_build_catalog__mutmut_57 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_58'] = x_build_catalog__mutmut_58 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_59'] = x_build_catalog__mutmut_59 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_60'] = x_build_catalog__mutmut_60 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_61'] = x_build_catalog__mutmut_61 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_62'] = x_build_catalog__mutmut_62 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_63'] = x_build_catalog__mutmut_63 # type: ignore # mutmut generated
mutants_x_build_catalog__mutmut['x_build_catalog__mutmut_64'] = x_build_catalog__mutmut_64 # type: ignore # mutmut generated
mutants_x_init_app__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_init_app__mutmut)
def init_app(app: Flask, catalog: Catalog) -> None:
    """Make ``catalog`` the one ``current_catalog`` returns in ``app``."""
    app.extensions[_EXTENSION] = catalog


def x_init_app__mutmut_orig(app: Flask, catalog: Catalog) -> None:
    """Make ``catalog`` the one ``current_catalog`` returns in ``app``."""
    app.extensions[_EXTENSION] = catalog


def x_init_app__mutmut_1(app: Flask, catalog: Catalog) -> None:
    """Make ``catalog`` the one ``current_catalog`` returns in ``app``."""
    app.extensions[_EXTENSION] = None

mutants_x_init_app__mutmut['_mutmut_orig'] = x_init_app__mutmut_orig # type: ignore # mutmut generated
mutants_x_init_app__mutmut['x_init_app__mutmut_1'] = x_init_app__mutmut_1 # type: ignore # mutmut generated
mutants_x_current_catalog__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_current_catalog__mutmut)
def current_catalog() -> Catalog:
    """Return the catalog of the running app."""
    catalog: Catalog = current_app.extensions[_EXTENSION]
    return catalog


def x_current_catalog__mutmut_orig() -> Catalog:
    """Return the catalog of the running app."""
    catalog: Catalog = current_app.extensions[_EXTENSION]
    return catalog


def x_current_catalog__mutmut_1() -> Catalog:
    """Return the catalog of the running app."""
    catalog: Catalog = None
    return catalog

mutants_x_current_catalog__mutmut['_mutmut_orig'] = x_current_catalog__mutmut_orig # type: ignore # mutmut generated
mutants_x_current_catalog__mutmut['x_current_catalog__mutmut_1'] = x_current_catalog__mutmut_1 # type: ignore # mutmut generated

"""``/v1/network``: the actors of the statements, and who spoke to, of and for whom."""

from typing import Any

from flask import Response

from api.catalog.links import NETWORK
from api.web.answers import answer_json
from api.web.context import current
from api.web.openapi import Blueprint, ok
from schemas.network import NetworkSchema
from schemas.query import NetworkQueryArgsSchema

blp = Blueprint(
    "network",
    __name__,
    url_prefix=NETWORK,
    description="The actor graph of the statements: nodes and edges, ready for Cytoscape.js "
    "or d3-force.",
)


@blp.route("", operation_id="getNetwork")
@blp.arguments(NetworkQueryArgsSchema, location="query")
@blp.response(200, NetworkSchema, **ok("Network"))
@blp.costly
def get_network(args: dict[str, Any]) -> Response:
    """Return the actor network of the statements the filters select.

    Takes the filters and the search of the statements, validated alike; the network
    is of every statement they select (no pages), and keeps its `edge_limit` heaviest
    edges (`truncated` says whether any were left out). The network of every statement
    and of one filter value is computed ahead; any other is computed on request, and a
    selection of more statements than the problem type `query-too-costly` states is
    refused with it, at once: narrow it. Each statement links its speaker to
    its addressees (`addressed`) and to the actors it mentions (`mentioned`); a
    statement reported inside another links the reporting speaker to its own
    (`reported`). An edge counts its statements and lists their ids. In Cytoscape.js,
    `elements` is `[...nodes.map(n => ({data: n})), ...edges.map(e => ({data: e}))]`;
    in d3-force, `forceLink(edges).id(d => d.id)` over `nodes`.
    """
    return answer_json(current().catalog.network(args))

"""The actor network of some statements: who spoke to, of and for whom.

Shaped to go straight into a graph library: the nodes and edges are the ``data`` of
Cytoscape.js elements as they are, and d3-force's ``forceLink(edges).id(d => d.id)``
links the edges to the nodes by the ids they carry.
"""

from marshmallow import Schema, fields, validate

from api.spec.collections import STATEMENT_NETWORK
from api.spec.values import EDGE_STATEMENT_IDS, WIKIDATA_PATTERN
from schemas.common import ActorRefSchema, Slug

#: How a statement links two actors, as edges name it.
_RELATIONS = STATEMENT_NETWORK.names


class NetworkNodeLinksSchema(Schema):
    """Links of a node."""

    self = fields.String(
        required=True,
        metadata={"format": "uri-reference", "description": "The actor."},
    )
    wikidata = fields.String(
        metadata={
            "format": "uri",
            "description": "The actor's Wikidata item page, when it has a QID (an absolute "
            "URL, the one link outside the API).",
        }
    )


class NetworkNodeSchema(ActorRefSchema):
    """An actor of the network: its compact form, its Wikidata item and its statement count."""

    id = Slug(
        required=True,
        metadata={
            "description": "The actor's id, which edges name in `source` and `target`: "
            "the node id Cytoscape.js reads from `data`, and the key of d3-force's "
            "`forceLink(edges).id(d => d.id)`."
        },
    )
    wikidata = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(WIKIDATA_PATTERN),
        metadata={"description": "The actor's Wikidata item id (QID), or null."},
    )
    statements = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={
            "description": "How many of the selected statements the actor made: 0 for an "
            "actor only spoken to, mentioned or reported."
        },
    )
    links = fields.Nested(NetworkNodeLinksSchema, required=True)


class NetworkEdgeSchema(Schema):
    """The selected statements that link one actor to another in one relation."""

    id = fields.String(
        required=True,
        metadata={
            "description": "`source->target:relation`: unique in the network, stable across "
            "queries, and never the id of a node (Cytoscape.js wants all three).",
            "example": "emmanuel-macron->vladimir-putin:mentioned",
        },
    )
    source = Slug(
        required=True,
        metadata={
            "description": "The id of the node the edge goes from: the speaker, or for "
            "`reported` the speaker of the reporting statement."
        },
    )
    target = Slug(
        required=True,
        metadata={
            "description": "The id of the node the edge goes to: the addressee, the "
            "actor mentioned, or for `reported` the speaker reported."
        },
    )
    relation = fields.String(
        required=True,
        validate=validate.OneOf(_RELATIONS),
        metadata={
            "description": "`addressed`: the source spoke to the target; `mentioned`: the "
            "source spoke of the target; `reported`: the source reported what the target "
            "said (a statement's `reported_by`)."
        },
    )
    count = fields.Integer(
        required=True,
        validate=validate.Range(min=1),
        metadata={"description": "How many statements the edge stands for: its weight."},
    )
    statements = fields.List(
        Slug(),
        required=True,
        metadata={
            "description": f"Their ids, in id order: the first {EDGE_STATEMENT_IDS} when "
            "`count` is larger. For `reported`, the ids of the statements reported."
        },
    )


class NetworkLinksSchema(Schema):
    """Links of the network."""

    self = fields.String(
        required=True,
        metadata={"format": "uri-reference", "description": "This network."},
    )


class NetworkSchema(Schema):
    """The actor network of the statements a query selects.

    Each selected statement links its speaker to each of its addressees (`addressed`)
    and to each actor it mentions (`mentioned`); a selected statement reported inside
    another links the reporting statement's speaker to its own (`reported`).
    """

    nodes = fields.List(
        fields.Nested(NetworkNodeSchema),
        required=True,
        metadata={
            "description": "Every actor at an end of an edge and, when no edge was left "
            "out, every speaker of a selected statement; by id. Cytoscape.js: "
            "`{data: node}`; d3-force: the simulation's nodes."
        },
    )
    edges = fields.List(
        fields.Nested(NetworkEdgeSchema),
        required=True,
        metadata={
            "description": "One per source, target and relation, sorted by them: the "
            "`edge_limit` heaviest. Cytoscape.js: `{data: edge}`; d3-force: "
            "`forceLink(edges).id(d => d.id)`."
        },
    )
    total_edges = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "How many edges the selected statements make in all."},
    )
    truncated = fields.Boolean(
        required=True,
        metadata={
            "description": "Whether edges were left out (`edges` has fewer than "
            "`total_edges`): the lightest, and the actors only they reach."
        },
    )
    links = fields.Nested(NetworkLinksSchema, required=True)

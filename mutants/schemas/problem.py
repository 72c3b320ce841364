"""The problem details of every error response (RFC 9457)."""

from marshmallow import Schema, fields, validate


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ProblemSchema(Schema):
    """What went wrong, as ``application/problem+json``."""

    type = fields.String(
        required=True,
        metadata={
            "format": "uri-reference",
            "description": "A URI reference naming the kind of problem, e.g. "
            "`/problems/not-found`; `about:blank` when the status says it all.",
        },
    )
    title = fields.String(
        required=True,
        metadata={"description": "A short summary of the kind of problem."},
    )
    status = fields.Integer(
        required=True,
        validate=validate.Range(min=400, max=599),
        metadata={"description": "The HTTP status code."},
    )
    detail = fields.String(
        required=True,
        metadata={"description": "What went wrong with this request, for a human."},
    )
    errors = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": "For invalid parameters: each bad parameter with its messages."},
    )


class ProblemTypeSchema(Schema):
    """The documentation a problem ``type`` URI resolves to."""

    type = fields.String(
        required=True,
        metadata={"format": "uri-reference", "description": "The problem type's URI."},
    )
    title = fields.String(required=True, metadata={"description": "Its problems' title."})
    status = fields.Integer(
        required=True,
        validate=validate.Range(min=400, max=599),
        metadata={"description": "The HTTP status its problems come with."},
    )
    description = fields.String(
        required=True,
        metadata={"description": "What the problem means and what a client can do about it."},
    )

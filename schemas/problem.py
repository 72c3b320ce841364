"""The problem details of every error response (RFC 9457)."""

from marshmallow import Schema, fields, validate

from api.spec.values import REQUEST_ID_MAX_LENGTH, REQUEST_ID_PATTERN


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
    request_id = fields.String(
        validate=validate.Length(min=1, max=REQUEST_ID_MAX_LENGTH),
        metadata={
            "description": "The id of the request this problem answers, as in the response's "
            "`X-Request-ID` header: quote it when reporting the problem.",
            "pattern": REQUEST_ID_PATTERN,
        },
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

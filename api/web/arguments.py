"""Parse query strings with webargs, so that every bad parameter is a 400 naming it."""

from collections.abc import Mapping
from typing import Any, NoReturn
from urllib.parse import unquote, unquote_to_bytes

import flask
import marshmallow as ma
from webargs.fields import DelimitedList
from webargs.flaskparser import FlaskParser

from api.web.problems import invalid_parameters

Messages = Mapping[str, Any]


def flatten(messages: Messages) -> dict[str, list[str]]:
    """Return marshmallow's messages as a list of texts per parameter."""
    # The messages of a comma-separated list come per value ({1: [...]}): they
    # are told apart by the value's position, counted from 1.
    flat: dict[str, list[str]] = {}
    for name, found in messages.items():
        if isinstance(found, Mapping):
            flat[name] = [
                f"Value {int(index) + 1}: {text}"
                for index, texts in found.items()
                for text in texts
            ]
        else:
            flat[name] = list(found)
    return flat


#: What a parameter whose bytes are not UTF-8 is told.
NOT_UTF8 = "Not UTF-8: percent-encode the UTF-8 bytes of the text."


def not_utf8(query: str) -> list[str]:
    """Return the names of the parameters of a raw query string that are not UTF-8 once
    percent-decoded (the names as they decode, with replacement characters)."""
    names = []
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        try:
            for part in (name, value):
                unquote_to_bytes(part.replace("+", " ")).decode("utf-8")
        except UnicodeDecodeError:
            names.append(unquote(name.replace("+", " "), errors="replace"))
    return names


def _joined(schema: ma.Schema, name: str, values: list[str]) -> str | list[str]:
    """Join the values of a repeated multi-valued parameter; leave others for the schema."""
    if isinstance(schema.fields.get(name), DelimitedList):
        return ",".join(values)
    return values


class QueryParser(FlaskParser):
    """A webargs parser for query strings that leaves unknown and repeated keys to the schema.

    A parameter that takes several values may be repeated, comma-separated, or both
    (``speaker=a&speaker=b,c``): its values are joined with commas, which no id or
    vocabulary term contains, so every form means the same. Any other parameter
    reaches the schema as the list of its values when it is repeated, and
    ``QueryArgsSchema`` rejects it.
    """

    DEFAULT_VALIDATION_STATUS = 400
    # None: let the schema's own `unknown = RAISE` decide, instead of excluding unknowns.
    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION, "query": None}

    def load_querystring(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list.

        A parameter whose percent-encoded bytes are not UTF-8 is refused, never read as
        replacement characters.
        """
        undecodable = not_utf8(req.environ.get("QUERY_STRING", ""))
        if undecodable:
            raise invalid_parameters({name: [NOT_UTF8] for name in undecodable})
        args = {
            name: _joined(schema, name, values) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }
        return args

    def handle_error(
        self,
        error: ma.ValidationError,
        req: flask.Request,
        schema: ma.Schema,
        *,
        error_status_code: int | None,
        error_headers: Mapping[str, str] | None,
    ) -> NoReturn:
        """Answer 400 with the messages of each bad parameter."""
        # webargs files the messages under the location: {"query": {...}}.
        messages = error.messages
        if not isinstance(messages, dict):
            messages = {"_schema": messages}
        raise invalid_parameters(flatten(messages.get("query", messages)))

"""Parse query strings with webargs, so that every bad parameter is a 400 naming it."""

from collections.abc import Mapping
from typing import Any, NoReturn

import flask
import marshmallow as ma
from webargs.fields import DelimitedList
from webargs.flaskparser import FlaskParser

from api.web.problems import invalid_parameters

Messages = Mapping[str, Any]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_flatten__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_flatten__mutmut)
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


def x_flatten__mutmut_orig(messages: Messages) -> dict[str, list[str]]:
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


def x_flatten__mutmut_1(messages: Messages) -> dict[str, list[str]]:
    """Return marshmallow's messages as a list of texts per parameter."""
    # The messages of a comma-separated list come per value ({1: [...]}): they
    # are told apart by the value's position, counted from 1.
    flat: dict[str, list[str]] = None
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


def x_flatten__mutmut_2(messages: Messages) -> dict[str, list[str]]:
    """Return marshmallow's messages as a list of texts per parameter."""
    # The messages of a comma-separated list come per value ({1: [...]}): they
    # are told apart by the value's position, counted from 1.
    flat: dict[str, list[str]] = {}
    for name, found in messages.items():
        if isinstance(found, Mapping):
            flat[name] = None
        else:
            flat[name] = list(found)
    return flat


def x_flatten__mutmut_3(messages: Messages) -> dict[str, list[str]]:
    """Return marshmallow's messages as a list of texts per parameter."""
    # The messages of a comma-separated list come per value ({1: [...]}): they
    # are told apart by the value's position, counted from 1.
    flat: dict[str, list[str]] = {}
    for name, found in messages.items():
        if isinstance(found, Mapping):
            flat[name] = [
                f"Value {int(index) - 1}: {text}"
                for index, texts in found.items()
                for text in texts
            ]
        else:
            flat[name] = list(found)
    return flat


def x_flatten__mutmut_4(messages: Messages) -> dict[str, list[str]]:
    """Return marshmallow's messages as a list of texts per parameter."""
    # The messages of a comma-separated list come per value ({1: [...]}): they
    # are told apart by the value's position, counted from 1.
    flat: dict[str, list[str]] = {}
    for name, found in messages.items():
        if isinstance(found, Mapping):
            flat[name] = [
                f"Value {int(None) + 1}: {text}"
                for index, texts in found.items()
                for text in texts
            ]
        else:
            flat[name] = list(found)
    return flat


def x_flatten__mutmut_5(messages: Messages) -> dict[str, list[str]]:
    """Return marshmallow's messages as a list of texts per parameter."""
    # The messages of a comma-separated list come per value ({1: [...]}): they
    # are told apart by the value's position, counted from 1.
    flat: dict[str, list[str]] = {}
    for name, found in messages.items():
        if isinstance(found, Mapping):
            flat[name] = [
                f"Value {int(index) + 2}: {text}"
                for index, texts in found.items()
                for text in texts
            ]
        else:
            flat[name] = list(found)
    return flat


def x_flatten__mutmut_6(messages: Messages) -> dict[str, list[str]]:
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
            flat[name] = None
    return flat


def x_flatten__mutmut_7(messages: Messages) -> dict[str, list[str]]:
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
            flat[name] = list(None)
    return flat

mutants_x_flatten__mutmut['_mutmut_orig'] = x_flatten__mutmut_orig # type: ignore # mutmut generated
mutants_x_flatten__mutmut['x_flatten__mutmut_1'] = x_flatten__mutmut_1 # type: ignore # mutmut generated
mutants_x_flatten__mutmut['x_flatten__mutmut_2'] = x_flatten__mutmut_2 # type: ignore # mutmut generated
mutants_x_flatten__mutmut['x_flatten__mutmut_3'] = x_flatten__mutmut_3 # type: ignore # mutmut generated
mutants_x_flatten__mutmut['x_flatten__mutmut_4'] = x_flatten__mutmut_4 # type: ignore # mutmut generated
mutants_x_flatten__mutmut['x_flatten__mutmut_5'] = x_flatten__mutmut_5 # type: ignore # mutmut generated
mutants_x_flatten__mutmut['x_flatten__mutmut_6'] = x_flatten__mutmut_6 # type: ignore # mutmut generated
mutants_x_flatten__mutmut['x_flatten__mutmut_7'] = x_flatten__mutmut_7 # type: ignore # mutmut generated
mutants_x__joined__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__joined__mutmut)
def _joined(schema: ma.Schema, name: str, values: list[str]) -> str | list[str]:
    """Join the values of a repeated multi-valued parameter; leave others for the schema."""
    if isinstance(schema.fields.get(name), DelimitedList):
        return ",".join(values)
    return values


def x__joined__mutmut_orig(schema: ma.Schema, name: str, values: list[str]) -> str | list[str]:
    """Join the values of a repeated multi-valued parameter; leave others for the schema."""
    if isinstance(schema.fields.get(name), DelimitedList):
        return ",".join(values)
    return values


def x__joined__mutmut_1(schema: ma.Schema, name: str, values: list[str]) -> str | list[str]:
    """Join the values of a repeated multi-valued parameter; leave others for the schema."""
    if isinstance(schema.fields.get(name), DelimitedList):
        return ",".join(None)
    return values


def x__joined__mutmut_2(schema: ma.Schema, name: str, values: list[str]) -> str | list[str]:
    """Join the values of a repeated multi-valued parameter; leave others for the schema."""
    if isinstance(schema.fields.get(name), DelimitedList):
        return "XX,XX".join(values)
    return values

mutants_x__joined__mutmut['_mutmut_orig'] = x__joined__mutmut_orig # type: ignore # mutmut generated
mutants_x__joined__mutmut['x__joined__mutmut_1'] = x__joined__mutmut_1 # type: ignore # mutmut generated
mutants_x__joined__mutmut['x__joined__mutmut_2'] = x__joined__mutmut_2 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut: MutantDict = {}  # type: ignore
mutants_xǁQueryParserǁhandle_error__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁQueryParserǁload_querystring__mutmut)
    def load_querystring(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, values) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_orig(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, values) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_1(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, values) if (len(values) > 1) and False else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_2(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, values) if (len(values) > 1) or True else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_3(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(None, name, values) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_4(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, None, values) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_5(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, None) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_6(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(name, values) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_7(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, values) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_8(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, ) if len(values) > 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_9(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, values) if len(values) >= 1 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_10(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, values) if len(values) > 2 else values[0]
            for name, values in req.args.lists()
        }

    def xǁQueryParserǁload_querystring__mutmut_11(self, req: flask.Request, schema: ma.Schema) -> dict[str, Any]:
        """Return each parameter's value; a repeated one's values, joined or as a list."""
        return {
            name: _joined(schema, name, values) if len(values) > 1 else values[1]
            for name, values in req.args.lists()
        }

    @_mutmut_mutated(mutants_xǁQueryParserǁhandle_error__mutmut)
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get("query", messages)))

    def xǁQueryParserǁhandle_error__mutmut_orig(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get("query", messages)))

    def xǁQueryParserǁhandle_error__mutmut_1(
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
        messages = None
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get("query", messages)))

    def xǁQueryParserǁhandle_error__mutmut_2(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(None)

    def xǁQueryParserǁhandle_error__mutmut_3(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(None))

    def xǁQueryParserǁhandle_error__mutmut_4(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get(None, messages)))

    def xǁQueryParserǁhandle_error__mutmut_5(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get("query", None)))

    def xǁQueryParserǁhandle_error__mutmut_6(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get(messages)))

    def xǁQueryParserǁhandle_error__mutmut_7(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get("query", )))

    def xǁQueryParserǁhandle_error__mutmut_8(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get("XXqueryXX", messages)))

    def xǁQueryParserǁhandle_error__mutmut_9(
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
        assert isinstance(messages, dict)
        raise invalid_parameters(flatten(messages.get("QUERY", messages)))

mutants_xǁQueryParserǁload_querystring__mutmut['_mutmut_orig'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_orig # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_1'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_1 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_2'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_2 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_3'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_3 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_4'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_4 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_5'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_5 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_6'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_6 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_7'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_7 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_8'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_8 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_9'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_9 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_10'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_10 # type: ignore # mutmut generated
mutants_xǁQueryParserǁload_querystring__mutmut['xǁQueryParserǁload_querystring__mutmut_11'] = QueryParser.xǁQueryParserǁload_querystring__mutmut_11 # type: ignore # mutmut generated

mutants_xǁQueryParserǁhandle_error__mutmut['_mutmut_orig'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_orig # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_1'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_1 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_2'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_2 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_3'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_3 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_4'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_4 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_5'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_5 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_6'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_6 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_7'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_7 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_8'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_8 # type: ignore # mutmut generated
mutants_xǁQueryParserǁhandle_error__mutmut['xǁQueryParserǁhandle_error__mutmut_9'] = QueryParser.xǁQueryParserǁhandle_error__mutmut_9 # type: ignore # mutmut generated

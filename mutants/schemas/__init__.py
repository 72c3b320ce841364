"""Marshmallow schemas: the code form of the data model and of the API's arguments."""

from schemas.actor import ActorSchema
from schemas.aid_figure import AidFigureSchema
from schemas.article import ArticleSchema
from schemas.statement import StatementSchema

__all__ = ["ActorSchema", "AidFigureSchema", "ArticleSchema", "StatementSchema"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict

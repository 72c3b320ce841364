"""The API's blueprints, one per resource: each view parses its arguments and asks the catalog."""

from api.routes import (
    actors,
    aid_figures,
    articles,
    download,
    problems,
    service,
    statements,
    topics,
)

#: Every documented blueprint, in the order the contract lists them.
BLUEPRINTS = (
    service.blp,
    articles.blp,
    actors.blp,
    statements.blp,
    aid_figures.blp,
    topics.blp,
    download.blp,
    problems.blp,
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict

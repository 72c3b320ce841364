"""The API's blueprints, one per resource: each view parses its arguments and asks the catalog."""

from api.routes import (
    actors,
    aid_figures,
    articles,
    cards,
    download,
    exports,
    network,
    oembed,
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
    network.blp,
    topics.blp,
    exports.blp,
    download.blp,
    cards.blp,
    oembed.blp,
    problems.blp,
)

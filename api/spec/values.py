"""The shapes of values that records hold and queries take: patterns, partial dates, limits.

Pure Python: the record schemas, the query arguments, the snapshot and the contract all
take these from here.
"""

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
#: ISO 8601 calendar date at year, month or day precision (the calendar is checked apart).
PARTIAL_DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"
CURRENCY_PATTERN = r"^[A-Z]{3}$"
COUNTRY_PATTERN = r"^[A-Z]{2}$"
#: A Wikidata item id (QID).
WIKIDATA_PATTERN = r"^Q[1-9][0-9]*$"
#: A request's id (its X-Request-ID, echoed in problems): a UUID, nginx's 32 hex digits
#: and most tracing ids fit; a longer one, or other characters, is replaced by the server.
REQUEST_ID_MAX_LENGTH = 128
REQUEST_ID_PATTERN = rf"^[A-Za-z0-9._:\-]{{1,{REQUEST_ID_MAX_LENGTH}}}$"

_YEAR = "[0-9]{4}"
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_MONTH_DAY = (
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
#: An ISO 8601 calendar date at year, month or day precision, February 29th only in leap
#: years: the regular expression is the whole validation of a date a query gives, so the
#: published pattern and the server agree on every input.
CALENDAR_DATE_PATTERN = (
    f"^(?:{_YEAR}|{_YEAR}-(?:0[1-9]|1[0-2])|{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"
)

#: How a partial date is padded to its first and last day. Days are compared as text,
#: so a month's last day may be written 31 whatever the month.
_SPAN_START = {4: "-01-01", 7: "-01", 10: ""}
_SPAN_END = {4: "-12-31", 7: "-31", 10: ""}


def date_span(date: str) -> tuple[str, str]:
    """Return the first and last day a partial ISO date (``YYYY``, ``YYYY-MM``) may mean."""
    return date + _SPAN_START[len(date)], date + _SPAN_END[len(date)]


#: The sort that ranks the hits of a search, best first.
RELEVANCE = "relevance"

# The limits of a query: what a page, a facet, a search and a network hold at most.
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
#: Far beyond any collection, and small enough for every JSON parser's integers.
MAX_OFFSET = 1_000_000_000
DEFAULT_FACET_SIZE = 10
MAX_FACET_SIZE = 100
MAX_SEARCH_LENGTH = 200
#: How many edges a network keeps at most, the heaviest: by default, and when asked.
DEFAULT_NETWORK_EDGES = 500
MAX_NETWORK_EDGES = 2000
#: How many statements a network computed on request may hold: more would not fit a
#: request's time budget (those of one filter value are computed ahead, whatever their size).
MAX_NETWORK_STATEMENTS = 50_000
#: How many statement ids an edge lists at most; its ``count`` counts them all.
EDGE_STATEMENT_IDS = 100
#: How many record ids a group of totals lists at most; its sums count them all.
MAX_GROUP_RECORDS = 100

"""Values of the published records as a reader says them: dates, sums of money, speech types,
and the cues that deny what follows them.

The explorer says the same things in its own modules; what both must agree on (the cues that
deny) is served to it from here (``/explorer/filters.json``).
"""

import re

#: How each speech type is said to a reader.
SPEECH_TYPES = {
    "direct": "Direct quotation",
    "indirect": "Reported speech",
    "mixed": "Partly quoted",
}
#: The hedge of an amount's qualifier, as a reader would say it.
HEDGES = {
    "as_stated": "",
    "approximately": "about",
    "more_than": "more than",
    "at_least": "at least",
    "up_to": "up to",
}
#: Symbols of the currencies the data has, as the explorer's Intl.NumberFormat writes them.
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "US$", "CAD": "CA$", "GBP": "£"}
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: The beginnings of the words of a cue that deny or refuse what the statement's text says:
#: "denied", "flatly reject", "refuse to rule out". Such a statement reads the other way
#: round without its cue, so a reader is shown the cue before its text.
NEGATING_CUE_STEMS = (
    "deni",
    "deny",
    "reject",
    "refus",
    "rebuff",
    "refut",
    "dismiss",
    "disput",
    "disavow",
    "contradict",
    "declin",
)
_WORD = re.compile(r"[a-z]+")


def negates(cue: str) -> bool:
    """Return whether a cue denies or refuses what the statement's text says."""
    return any(word.startswith(NEGATING_CUE_STEMS) for word in _WORD.findall(cue.lower()))


def speech_type(term: str) -> str:
    """Return a speech type in words."""
    return SPEECH_TYPES.get(term, term)


def partial_date(value: str | None) -> str | None:
    """Return an ISO date at year, month or day precision as a reader writes it."""
    if value is None:
        return None
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = _MONTHS[parts[1] - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{month} {parts[2]}, {parts[0]}"


def money(value: int, currency: str) -> str:
    """Return 1800000000 EUR as "€1.8 billion"."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    for size, word in _SCALES:
        if value >= size:
            amount = f"{value / size:.2f}".rstrip("0").rstrip(".")
            return f"{symbol}{amount} {word}" if symbol else f"{amount} {word} {currency}"
    return f"{symbol}{value:,}" if symbol else f"{value:,} {currency}"


def hedged(qualifier: str, value: int, currency: str) -> str:
    """Return an amount with its hedge in front: "about €1.8 billion"."""
    return f"{HEDGES.get(qualifier, 'about')} {money(value, currency)}".strip()

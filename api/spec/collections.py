"""Dossier's collections, each declared once: its fields, filters, sorts, search and exports.

Field order is the order of the snapshot's columns and of the CSV columns; parameter
order is the order of the query arguments, and so of every link's query string.
"""

from collections.abc import Mapping
from typing import Any

from api.spec.model import (
    Collection,
    CsvColumn,
    DateRange,
    Example,
    Field,
    Filter,
    Kind,
    Network,
    Pattern,
    Totals,
    reference,
    vocabulary,
)
from api.spec.values import COUNTRY_PATTERN, CURRENCY_PATTERN, WIKIDATA_PATTERN
from api.spec.vocabulary import (
    ACTOR_KINDS,
    AID_TYPES,
    AMOUNT_QUALIFIERS,
    CLASSIFICATIONS,
    CONVERTED_BY,
    MEASURES,
    SECTIONS,
    SPEECH_TYPES,
    TOPICS,
)

ID = Field("id", Kind.ID)
COUNTRY = Pattern(COUNTRY_PATTERN, "Not an ISO 3166-1 alpha-2 code.", "Country code.")
CURRENCY = Pattern(CURRENCY_PATTERN, "Not an ISO 4217 code.", "Currency code.")
WIKIDATA = Pattern(WIKIDATA_PATTERN, "Not a Wikidata item id (Q and digits).", "Wikidata QID.")
#: Where a Wikidata item's page is, by its QID.
WIKIDATA_ITEM = "https://www.wikidata.org/wiki/{}"
#: Joins the values of a list in one CSV cell.
LIST_SEPARATOR = "; "


def _actor(path: str, **options: Any) -> Field:
    """A reference to an actor, exported as its id and its name."""
    name = path.replace(".", "_")
    csv = (
        CsvColumn(f"{name}_id", f"{path}.id", Kind.ID),
        CsvColumn(f"{name}_name", f"{path}.name", Kind.TEXT),
    )
    return reference(path, "actors", csv=csv, **options)


def _actors(path: str, singular: str, **options: Any) -> Field:
    """A list of actors, exported as their ids and their names."""
    csv = (
        CsvColumn(f"{singular}_ids", f"{path}.*.id", Kind.ID),
        CsvColumn(f"{singular}_names", f"{path}.*.name", Kind.TEXT),
    )
    return reference(path, "actors", many=True, distinct=True, column="actor", csv=csv, **options)


def _reporting_statement(**options: Any) -> Field:
    """The statement that reports a record, exported as its id."""
    csv = (CsvColumn("reported_by_id", "reported_by.id", Kind.ID),)
    return reference("reported_by", "statements", nullable=True, link=True, csv=csv, **options)


def _role(role: Mapping[str, Any]) -> str:
    organization = role["organization"]
    title = role["title"] if organization is None else f"{role['title']} ({organization['name']})"
    return f"{title} [former]" if role["former"] else title


def _roles(actor: Mapping[str, Any]) -> str:
    return LIST_SEPARATOR.join(_role(role) for role in actor["roles"])


#: Where every record comes from in its article.
EVIDENCE = (
    reference("evidence.article", "articles"),
    Field("evidence.paragraph", Kind.NUMBER),
    vocabulary("evidence.section", SECTIONS),
    Field("evidence.exact", Kind.TEXT),
)


#: How statements link actors: the network of any selection of them.
STATEMENT_NETWORK = Network(
    source="speaker",
    relations={"addressed": "addressees", "mentioned": "mentions"},
    reported=("reported", "reported_by"),
    node_fields=("wikidata",),
    example={"speaker": "dmitry-peskov"},
)

#: The sums of aid figures per group and currency.
AID_TOTALS = Totals(
    amount="amount",
    conversions="equivalents",
    parts=("value", "currency", "qualifier"),
    groups=("donor", "recipient", "aid_type"),
    example={"group_by": "recipient", "currency": "EUR"},
)

ARTICLES = Collection(
    name="articles",
    singular="article",
    path="/v1/articles",
    fields=(
        ID,
        Field("headline"),
        Field("publisher"),
        Field("published", Kind.DATE),
        Field("language", Kind.CODE),
        Field("url", nullable=True),
        Field("credit", nullable=True),
        Field("summary"),
        Field("paragraphs", Kind.NUMBER),
        Field("text_sha256", Kind.CODE),
    ),
    sorts={"published": "published", "headline": "headline"},
    search=("headline", "summary"),
    search_description="headline and summary",
    compact=("id", "headline"),
    example=Example("cbc-2022-02-08-macron-kyiv", {"limit": "1"}),
)

ACTORS = Collection(
    name="actors",
    singular="actor",
    path="/v1/actors",
    fields=(
        ID,
        Field("name"),
        vocabulary("kind", ACTOR_KINDS),
        vocabulary("classification", CLASSIFICATIONS, nullable=True),
        Field(
            "aliases",
            many=True,
            column="alias",
            csv=(CsvColumn("aliases", "aliases.*", Kind.TEXT),),
        ),
        Field(
            "roles",
            many=True,
            items=(Field("title"), reference("organization", "actors"), Field("former", Kind.FLAG)),
            csv=(
                CsvColumn(
                    "roles",
                    _roles,
                    Kind.TEXT,
                    about="Each post as its title, the organization's name in parentheses "
                    "after it, and `[former]` after a former one.",
                ),
            ),
        ),
        Field("country", Kind.CODE, nullable=True, pattern=COUNTRY),
        _actor("part_of", nullable=True),
        Field("description"),
        Field("wikidata", Kind.CODE, nullable=True, pattern=WIKIDATA, url=WIKIDATA_ITEM),
        *EVIDENCE,
    ),
    filters=(
        Filter("kind", "kind", "Actors of this kind.", facet=True, browse=True),
        Filter("country", "country", "Actors of this country (ISO 3166-1 alpha-2).", facet=True),
        Filter("wikidata", "wikidata", "The actor with this Wikidata item id."),
    ),
    sorts={"name": "name", "kind": "kind", "country": "country"},
    search=("name", "aliases"),
    search_description="name and aliases",
    compact=("id", "name", "kind"),
    example=Example(
        "emmanuel-macron",
        {"kind": "person", "q": "pres", "limit": "2", "facets": "kind", "facet_size": "3"},
    ),
)

STATEMENTS = Collection(
    name="statements",
    singular="statement",
    path="/v1/statements",
    fields=(
        ID,
        _actor("speaker", link=True),
        Field("attribution"),
        vocabulary("speech_type", SPEECH_TYPES),
        Field("text"),
        Field("cue"),
        Field("said_on", Kind.DATE, nullable=True),
        Field("place", nullable=True),
        Field("occasion", nullable=True),
        _reporting_statement(),
        _actors("addressees", "addressee"),
        _actors("mentions", "mention"),
        vocabulary(
            "topics",
            tuple(TOPICS),
            many=True,
            distinct=True,
            column="topic",
            csv=(CsvColumn("topics", "topics.*", Kind.CODE),),
        ),
        *EVIDENCE,
    ),
    filters=(
        Filter(
            "speaker",
            "speaker",
            "Statements made by this actor.",
            facet=True,
            backlink=("actors", "statements"),
            browse=True,
        ),
        Filter(
            "mentions",
            "mentions",
            "Statements that mention this actor.",
            facet=True,
            backlink=("actors", "mentions"),
        ),
        Filter("addressee", "addressees", "Statements said to this actor.", facet=True),
        Filter(
            "speech_type", "speech_type", "Statements of this speech type.", facet=True, browse=True
        ),
        Filter(
            "topic",
            "topics",
            "Statements on this topic.",
            facet=True,
            backlink=("topics", "statements"),
            browse=True,
        ),
        Filter(
            "said_on",
            "said_on",
            "Statements whose date is recorded as exactly this: a day, or a month or year for "
            "statements dated only that precisely (the values of the `said_on` facet). For a "
            "range, use `said_from` and `said_to`.",
            facet=True,
        ),
        Filter(
            "reported_by",
            "reported_by",
            "Statements reported inside this statement.",
            facet=True,
        ),
        Filter(
            "article",
            "evidence.article",
            "Statements from this article.",
            facet=True,
            backlink=("articles", "statements"),
        ),
        Filter(
            "section",
            "evidence.section",
            "Statements whose evidence is in this section of its article.",
            facet=True,
        ),
    ),
    date_range=DateRange(
        "said_on",
        "said_from",
        "Statements said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); a statement "
        "dated only to a month or year matches when that span overlaps the range, and "
        "undated statements never match.",
        "said_to",
        "Statements said on or before this date (YYYY, YYYY-MM or YYYY-MM-DD), as `said_from`.",
    ),
    sorts={
        "said_on": "said_on",
        "speaker": "speaker",
        "speech_type": "speech_type",
        "paragraph": "evidence.paragraph",
    },
    search=("text", "attribution"),
    search_description="text and attribution",
    compact=("id", "speaker"),
    compound_indexes=(
        # A speaker's statements by date or paragraph: an actor's page of statements.
        ("speaker", "sort_said_on"),
        ("speaker", "sort_said_on_desc"),
        ("speaker", "sort_paragraph"),
        ("speaker", "sort_paragraph_desc"),
        # A speaker's statements in a date range, without reading the rows.
        ("speaker", "said_on_end"),
        ("speaker", "said_on_start"),
    ),
    network=STATEMENT_NETWORK,
    example=Example(
        "peskov-no-deals",
        {"speaker": "dmitry-peskov", "limit": "2", "facets": "speaker,topic", "facet_size": "3"},
    ),
)

AID_FIGURES = Collection(
    name="aid_figures",
    singular="aid_figure",
    path="/v1/aid-figures",
    fields=(
        ID,
        _actor("donor", link=True),
        _actor("recipient", link=True),
        Field("amount.value", Kind.NUMBER),
        Field("amount.currency", Kind.CODE, pattern=CURRENCY),
        vocabulary("amount.qualifier", AMOUNT_QUALIFIERS),
        Field(
            "equivalents",
            many=True,
            items=(
                Field("value", Kind.NUMBER),
                Field("currency", Kind.CODE, pattern=CURRENCY),
                vocabulary("qualifier", AMOUNT_QUALIFIERS),
                vocabulary("converted_by", CONVERTED_BY),
            ),
            csv=(
                CsvColumn("equivalent_values", "equivalents.*.value", Kind.NUMBER),
                CsvColumn("equivalent_currencies", "equivalents.*.currency", Kind.CODE),
                CsvColumn("equivalent_qualifiers", "equivalents.*.qualifier", Kind.CODE),
                CsvColumn("equivalent_converted_by", "equivalents.*.converted_by", Kind.CODE),
            ),
        ),
        vocabulary("aid_type", AID_TYPES),
        vocabulary("measure", MEASURES),
        Field("period.start", Kind.DATE, nullable=True),
        Field("period.end", Kind.DATE, nullable=True),
        Field("as_of", Kind.DATE),
        Field("purpose", nullable=True),
        _reporting_statement(),
        *EVIDENCE,
    ),
    filters=(
        Filter(
            "donor",
            "donor",
            "Aid given by this actor.",
            facet=True,
            backlink=("actors", "aid_given"),
        ),
        Filter(
            "recipient",
            "recipient",
            "Aid received by this actor.",
            facet=True,
            backlink=("actors", "aid_received"),
        ),
        Filter(
            "currency", "amount.currency", "Aid stated in this currency (ISO 4217).", facet=True
        ),
        Filter("aid_type", "aid_type", "Aid of this type.", facet=True),
        Filter("measure", "measure", "Aid at this stage (pledge, commitment, ...).", facet=True),
        Filter(
            "article",
            "evidence.article",
            "Aid figures from this article.",
            backlink=("articles", "aid_figures"),
        ),
    ),
    sorts={"donor": "donor", "recipient": "recipient", "as_of": "as_of", "amount": "amount.value"},
    search=("purpose", "evidence.exact"),
    search_description="purpose and evidence",
    totals=AID_TOTALS,
    example=Example("france-aid-2022-02", {"recipient": "ukraine", "limit": "1"}),
)

TOPICS_COLLECTION = Collection(
    name="topics",
    singular="topic",
    path="/v1/topics",
    fields=(
        vocabulary("id", tuple(TOPICS)),
        Field("description"),
        Field("statement_count", Kind.NUMBER),
    ),
    from_data=False,
    counted_by=("statements", "topic"),
    example=Example("diplomacy", {"limit": "3"}),
)

#: Every collection, in the order of the data files (problems are reported in this order).
COLLECTIONS: dict[str, Collection] = {
    collection.name: collection
    for collection in (ARTICLES, ACTORS, STATEMENTS, AID_FIGURES, TOPICS_COLLECTION)
}
#: The collections whose records come from data files.
RECORD_COLLECTIONS: dict[str, Collection] = {
    name: collection for name, collection in COLLECTIONS.items() if collection.from_data
}

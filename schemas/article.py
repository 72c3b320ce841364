"""The article record: one source document of the dataset."""

from marshmallow import Schema, fields, validate

from schemas.common import PartialDate, Slug, links_field, matches_field


class ArticleSchema(Schema):
    """A source article the dataset is curated from."""

    id = Slug(required=True, metadata={"description": "Stable slug; never changes once published."})
    headline = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "The article's headline, as published."},
    )
    publisher = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "Who published the article."},
    )
    published = PartialDate(required=True, metadata={"description": "Publication date (ISO 8601)."})
    language = fields.String(
        required=True,
        validate=validate.Regexp(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"),
        metadata={"description": "BCP 47 language tag."},
    )
    url = fields.Url(
        required=True,
        allow_none=True,
        metadata={
            "description": "The address of the publisher's page the article was curated from, "
            "without tracking parameters; null when the source does not give it. Every "
            "evidence refers to that page's text (see `text_sha256`); Dossier does not serve "
            "the text."
        },
    )
    credit = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "The article's credit line, as printed."},
    )
    summary = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "Two or three sentences in the curators' words."},
    )
    paragraphs = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=1),
        metadata={
            "description": "How many paragraphs the source text has (blocks separated by "
            "blank lines); evidence paragraphs are numbered 1 to this."
        },
    )
    text_sha256 = fields.String(
        required=True,
        validate=validate.Regexp(r"^[0-9a-f]{64}$"),
        metadata={
            "description": "SHA-256 (lowercase hex) of the text every evidence refers to: the "
            "text of the page at `url` (headline, story, teaser, captions, video blurbs and "
            "footer, in page order), its paragraphs separated by blank lines, UTF-8. "
            "`evidence.paragraph` numbers those paragraphs from 1; a TextPositionSelector "
            "counts Unicode code points from the start of this text and holds only in a copy "
            "with this digest. Dossier does not serve the text: take it from the publisher at "
            "`url`, and anchor with the TextQuoteSelector where your copy's digest differs."
        },
    )
    links = links_field("`self` and the article's statements and aid figures.")
    matches = matches_field()

"""``/v1/articles`` and ``/v1/topics``: exact answers from the real dataset."""

from flask.testing import FlaskClient

from tests.support import json_of, real_records

ARTICLE_ID = "cbc-2022-02-08-macron-kyiv"


def test_the_one_article(client: FlaskClient) -> None:
    body = json_of(client.get(f"/v1/articles/{ARTICLE_ID}"))
    assert body["headline"] == (
        "'It will take time to get results,' Macron says after talks in Russia, Ukraine"
    )
    assert (body["publisher"], body["published"], body["url"]) == (
        "CBC News",
        "2022-02-08",
        "https://www.cbc.ca/news/world/macron-ukraine-russia-talks-feb8-1.6343316",
    )
    assert body["text_sha256"] == (
        "87ca158777c2508b589b07877288fd9a1f29576a2131c24565dc41700e10b3b2"
    )
    assert body["links"] == {
        "self": f"/v1/articles/{ARTICLE_ID}",
        "statements": f"/v1/statements?article={ARTICLE_ID}",
        "aid_figures": f"/v1/aid-figures?article={ARTICLE_ID}",
    }


def test_articles_searched_over_headline_and_summary(client: FlaskClient) -> None:
    assert json_of(client.get("/v1/articles?q=nord stream"))["total"] == 1
    assert json_of(client.get("/v1/articles?q=olympics"))["total"] == 0


def test_an_article_links_to_all_its_statements(client: FlaskClient) -> None:
    assert json_of(client.get(f"/v1/statements?article={ARTICLE_ID}"))["total"] == 64


def test_topics_in_id_order_with_their_statement_counts(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/topics"))
    counts = {item["id"]: item["statement_count"] for item in body["items"]}
    assert list(counts) == [
        "aid",
        "casualties",
        "de-escalation",
        "diplomacy",
        "energy",
        "military-exercises",
        "minsk-agreements",
        "nato-membership",
        "sanctions",
        "security-guarantees",
        "sovereignty",
        "travel-advisory",
        "troop-deployment",
    ]
    assert (counts["aid"], counts["casualties"]) == (1, 0)
    assert body["items"][0] == {
        "id": "aid",
        "description": "Money or other support given to Ukraine.",
        "statement_count": 1,
        "links": {"statements": "/v1/statements?topic=aid"},
    }


def test_a_topic_count_is_the_number_of_statements_its_link_lists(client: FlaskClient) -> None:
    statements = real_records("statements")
    for item in json_of(client.get("/v1/topics"))["items"]:
        # Counted from data/, each statement once however often it lists the topic.
        expected = sum(item["id"] in statement["topics"] for statement in statements)
        assert item["statement_count"] == expected
        assert json_of(client.get(item["links"]["statements"]))["total"] == expected

"""``/embed/...``: each record's card, as HTML a newsroom frames, with its source span."""

import base64
import hashlib
import re
import shutil
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from api.routes.explorer import EXPLORER_CSP
from api.web.representation import DATA_CSP
from tests.conftest import MakeApp
from tests.support import REAL_DATA, json_of, update

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CARD_CSP_END = "script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *"
HEADLINE = (
    "“&#39;It will take time to get results,&#39; Macron says after talks in Russia, Ukraine”"
)
CBC = "https://www.cbc.ca/news/world/macron-ukraine-russia-talks-feb8-1.6343316"


def card(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    return response.text


def test_a_denial_shows_its_cue_before_the_text_and_its_span_in_its_sentence(
    client: FlaskClient,
) -> None:
    page = card(client, "/embed/statements/kremlin-denies-deal")
    assert '<h1 class="speaker">Kremlin <span class="cue">denied</span></h1>' in page
    assert '<p class="badge">Reported speech</p>' in page
    assert (
        '<p class="statement-text">reports that he and Putin struck a deal on de-escalating '
        "the crisis</p>"
    ) in page
    assert (
        "<p>…on a visit to Kyiv came as <mark>the Kremlin denied reports that he and Putin "
        "struck a deal on de-escalating the crisis</mark>.</p>"
    ) in page
    assert f'Paragraph 2 of\n<a href="{CBC}" target="_blank" rel="noopener noreferrer">' in page
    assert f'{HEADLINE}</a>,\nCBC News, <time datetime="2022-02-08">February 8, 2022</time>' in (
        page
    )
    assert '<time datetime="2022-02-08">February 8, 2022</time></li>' in page


def test_a_reported_statement_says_who_reported_it_to_whom_when_and_where(
    client: FlaskClient,
) -> None:
    page = card(client, "/embed/statements/putin-no-further-escalation")
    assert (
        '<h1 class="speaker"><a href="https://www.wikidata.org/wiki/Q7747" target="_blank" '
        'rel="noopener noreferrer" title="Vladimir Putin on Wikidata">Vladimir Putin</a></h1>'
    ) in page
    assert (
        '<p class="reported-by">As <a href="/embed/statements/macron-putin-no-escalation" '
        'target="_blank" rel="noopener">Emmanuel Macron reported it</a></p>'
    ) in page
    assert (
        '<li>To Emmanuel Macron</li><li><time datetime="2022-02-07">February 7, 2022</time>'
        "</li>\n<li>Moscow</li><li>marathon talks with Macron</li>"
    ) in page
    assert "<mark>Moscow would not further escalate the Ukraine crisis</mark>.</p>" in page


def test_direct_words_are_in_quotation_marks(client: FlaskClient) -> None:
    page = card(client, "/embed/statements/peskov-no-deals")
    assert '<h1 class="speaker">Dmitry Peskov</h1>' in page
    assert '<p class="badge">Direct quotation</p>' in page
    assert (
        '<blockquote class="statement-text"><p>“in the current situation, Moscow and Paris '
        "can&#39;t be reaching any deals.”</p></blockquote>"
    ) in page


def test_an_aid_figure_card_gives_the_hedged_amount_and_the_publishers_conversion(
    client: FlaskClient,
) -> None:
    page = card(client, "/embed/aid-figures/germany-aid-since-2014")
    assert '<h1 class="speaker">Germany <span class="joiner">to</span> Ukraine</h1>' in page
    assert '<p class="statement-text amount">about €1.8 billion</p>' in page
    assert "<li>more than CA$2.6 billion, the publisher&#39;s conversion</li>" in page
    assert "<li>Since 2014</li>" in page
    assert "in aid since 2014</mark>, part of which is helping…</p>" in page


def test_an_actor_card_links_wikidata_and_quotes_its_first_mention(client: FlaskClient) -> None:
    page = card(client, "/embed/actors/emmanuel-macron")
    assert 'href="https://www.wikidata.org/wiki/Q3052772"' in page
    assert "<li>President, France</li><li>Also called Macron, the French president</li>" in page
    assert "<mark>Macron says after talks in Russia, Ukraine</mark></p>" in page
    assert 'href="/explorer/?actor=emmanuel-macron"' in page


def test_an_article_card_links_the_publishers_page(client: FlaskClient) -> None:
    page = card(client, "/embed/articles/cbc-2022-02-08-macron-kyiv")
    assert f'<h1 class="speaker"><a href="{CBC}" target="_blank"' in page
    assert "<li>With files from The Canadian Press</li>" in page


def test_a_card_may_be_framed_by_any_origin_while_the_api_and_explorer_may_not(
    client: FlaskClient,
) -> None:
    response = client.get("/embed/statements/peskov-no-deals")
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert policy.endswith(CARD_CSP_END)
    assert "X-Frame-Options" not in response.headers
    assert client.get("/v1/statements/peskov-no-deals").headers["Content-Security-Policy"] == (
        DATA_CSP
    )
    explorer = client.get("/explorer/")
    explorer.close()
    assert explorer.headers["Content-Security-Policy"] == EXPLORER_CSP
    assert "frame-ancestors 'none'" in DATA_CSP
    assert "frame-ancestors 'none'" in EXPLORER_CSP


def test_the_policy_allows_the_cards_own_style_by_its_hash_and_nothing_inline_else(
    client: FlaskClient,
) -> None:
    response = client.get("/embed/statements/peskov-no-deals")
    [style] = re.findall(r"<style>(.*?)</style>", response.text, flags=re.S)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}';" in response.headers["Content-Security-Policy"]
    assert re.findall(r"<script[^>]*>", response.text) == ['<script src="/embed/card.js" defer>']
    # No style attribute, no event handler attribute.
    assert not re.search(r"<[^>]+\s(style|on\w+)=", response.text)


def test_a_card_is_cached_and_validated_like_data(client: FlaskClient) -> None:
    response = client.get("/embed/statements/peskov-no-deals")
    assert response.headers["Cache-Control"] == "public, max-age=300"
    again = client.get(
        "/embed/statements/peskov-no-deals", headers={"If-None-Match": response.headers["ETag"]}
    )
    assert again.status_code == 304


def test_the_cards_script_is_served_as_a_script(client: FlaskClient) -> None:
    response = client.get("/embed/card.js")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/javascript; charset=utf-8"
    assert b'postMessage({ type: "setHeight", height }, "*")' in response.data


def test_an_unknown_card_is_a_page_for_a_browser(client: FlaskClient) -> None:
    response = client.get("/embed/statements/peskov-no-dealz", headers={"Accept": BROWSER_ACCEPT})
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Content-Security-Policy"].endswith(CARD_CSP_END)
    assert '<p class="statement-text">No statement with id &#39;peskov-no-dealz&#39;.</p>' in (
        response.text
    )


def test_an_unknown_card_is_a_problem_for_any_other_client(client: FlaskClient) -> None:
    response = client.get("/embed/aid-figures/nope", headers={"Accept": "*/*"})
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/problem+json"
    assert json_of(response) == {
        "type": "/problems/not-found",
        "title": "Not found",
        "status": 404,
        "detail": "No aid figure with id 'nope'.",
    }


def test_a_card_is_html_only(client: FlaskClient) -> None:
    response = client.get(
        "/embed/statements/peskov-no-deals", headers={"Accept": "application/json"}
    )
    assert response.status_code == 406
    assert json_of(response)["type"] == "/problems/not-acceptable"


def test_a_card_takes_no_parameter(client: FlaskClient) -> None:
    response = client.get("/embed/statements/peskov-no-deals?theme=dark")
    assert response.status_code == 400
    assert json_of(response)["errors"] == {"theme": ["Unknown parameter."]}


def test_markup_in_the_data_is_shown_as_text(make_app: MakeApp, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(REAL_DATA, data)
    text = '<script>alert("x")</script> & <b>bold</b>'
    update(data, "statements", "peskov-no-deals", text=text, place='"><img src=x>')
    client = make_app(DATA_DIR=str(data)).test_client()
    page = card(client, "/embed/statements/peskov-no-deals")
    assert "“&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;”" in page
    assert "<li>&#34;&gt;&lt;img src=x&gt;</li>" in page
    assert "<script>alert" not in page
    assert "<img" not in page


@pytest.mark.parametrize("kind", ["statements", "actors", "aid-figures", "articles"])
def test_every_record_has_a_card(client: FlaskClient, kind: str) -> None:
    for item in json_of(client.get(f"/v1/{kind}?limit=100"))["items"]:
        assert f'href="/v1/{kind}/{item["id"]}"' in card(client, f"/embed/{kind}/{item['id']}")

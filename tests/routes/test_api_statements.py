"""``/v1/statements``: exact answers from the real dataset."""

from flask.testing import FlaskClient

from tests.support import ids, json_of, real_records

MACRON = {"id": "emmanuel-macron", "name": "Emmanuel Macron", "kind": "person"}
PUTIN = {"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person"}
ARTICLE = {
    "id": "cbc-2022-02-08-macron-kyiv",
    "headline": "'It will take time to get results,' Macron says after talks in Russia, Ukraine",
}


def test_statements_of_a_speaker_come_in_id_order_with_their_links(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/statements?speaker=dmitry-peskov"))
    assert [item["id"] for item in body["items"]] == [
        "peskov-belarus-withdrawal-planned",
        "peskov-call-nearest-future",
        "peskov-no-deals",
    ]
    assert (body["total"], body["limit"], body["offset"]) == (3, 20, 0)
    assert body["links"] == {
        "self": "/v1/statements?speaker=dmitry-peskov&limit=20&offset=0",
        "next": None,
        "prev": None,
    }


def test_a_nested_statement_embeds_the_statement_reporting_it(client: FlaskClient) -> None:
    response = client.get("/v1/statements/putin-no-belarus-base")
    assert response.status_code == 200
    assert response.json == {
        "id": "putin-no-belarus-base",
        "speaker": PUTIN,
        "attribution": "Putin",
        "speech_type": "mixed",
        "text": 'there won\'t be any Russian "permanent (military) base" or "deployment" '
        "in Belarus",
        "cue": "said",
        "said_on": "2022-02-07",
        "place": "Moscow",
        "occasion": "talks with Macron",
        "reported_by": {"id": "macron-putin-belarus", "speaker": MACRON},
        "addressees": [MACRON],
        "mentions": [
            {"id": "russia", "name": "Russia", "kind": "state"},
            {"id": "belarus", "name": "Belarus", "kind": "state"},
        ],
        "topics": ["troop-deployment", "military-exercises"],
        "evidence": {
            "article": ARTICLE,
            "paragraph": 8,
            "section": "body",
            "exact": 'there won\'t be any Russian "permanent (military) base" or "deployment" '
            "in Belarus",
            "selectors": [
                {
                    "type": "TextQuoteSelector",
                    "exact": 'there won\'t be any Russian "permanent (military) base" or '
                    '"deployment" in Belarus',
                    "prefix": "ench president, Putin also said ",
                    "suffix": ", where Russia had sent a large ",
                },
                {"type": "TextPositionSelector", "start": 1498, "end": 1579},
            ],
        },
        "links": {
            "self": "/v1/statements/putin-no-belarus-base",
            "speaker": "/v1/actors/vladimir-putin",
            "reported_by": "/v1/statements/macron-putin-belarus",
        },
    }


def test_a_statement_reported_by_no_one_has_no_reported_by_link(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/statements/peskov-no-deals"))
    assert body["reported_by"] is None
    assert body["links"] == {
        "self": "/v1/statements/peskov-no-deals",
        "speaker": "/v1/actors/dmitry-peskov",
    }
    assert body["text"] == "in the current situation, Moscow and Paris can't be reaching any deals."


def test_statements_reported_by_a_statement(client: FlaskClient) -> None:
    assert ids(client, "/v1/statements?reported_by=macron-minsk-willingness") == [
        "putin-willing-implement-minsk",
        "zelensky-willing-implement-minsk",
    ]


def test_values_of_one_filter_are_alternatives_and_filters_combine(client: FlaskClient) -> None:
    assert ids(client, "/v1/statements?speaker=dmitry-peskov,kremlin&topic=diplomacy") == [
        "kremlin-denies-deal",
        "peskov-call-nearest-future",
        "peskov-no-deals",
    ]


def test_mentions_and_addressee_filters(client: FlaskClient) -> None:
    assert ids(client, "/v1/statements?mentions=belarus") == [
        "defence-ministry-warships-bombers",
        "macron-putin-belarus",
        "peskov-belarus-withdrawal-planned",
        "putin-no-belarus-base",
    ]
    assert ids(client, "/v1/statements?addressee=emmanuel-macron") == [
        "putin-no-belarus-base",
        "putin-no-further-escalation",
        "putin-willing-implement-minsk",
        "putin-wont-initiate-escalation",
        "zelensky-willing-implement-minsk",
    ]


def test_an_unknown_actor_matches_nothing(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/statements?speaker=nobody"))
    assert (body["items"], body["total"]) == ([], 0)


def test_a_date_range_matches_a_month_that_overlaps_it(client: FlaskClient) -> None:
    # gac-nonessential-travel-warning is dated 2022-01 only.
    assert ids(client, "/v1/statements?said_from=2022-01-15&said_to=2022-01-20") == [
        "gac-nonessential-travel-warning"
    ]


def test_undated_statements_never_match_a_date_range(client: FlaskClient) -> None:
    assert ids(client, "/v1/statements?said_to=2022-02-07") == [
        "biden-nord-stream-vow",
        "biden-threatens-grave-consequences",
        "canada-urges-canadians-leave",
        "canada-urges-leave-teaser",
        "gac-advisory-avoid-travel",
        "gac-advisory-leave-ukraine",
        "gac-nonessential-travel-warning",
        "germany-threatens-russia-subheading",
        "putin-demands-ignored",
        "putin-nato-membership-war-warning",
        "putin-no-belarus-base",
        "putin-no-further-escalation",
        "putin-phone-call-agreed",
        "putin-proposals-basis-for-settlement",
        "putin-ready-to-continue-talking",
        "putin-wont-initiate-escalation",
        "scholz-threatens-grave-consequences",
        "united-states-threatens-russia-subheading",
    ]


def test_sorting_by_date_puts_nulls_last_in_both_directions(client: FlaskClient) -> None:
    assert ids(client, "/v1/statements?sort=said_on&limit=3") == [
        "gac-nonessential-travel-warning",
        "biden-nord-stream-vow",
        "biden-threatens-grave-consequences",
    ]
    assert ids(client, "/v1/statements?sort=-said_on&limit=4") == [
        "defence-ministry-warships-bombers",
        "duda-stance-unified",
        "kremlin-denies-deal",
        "macron-advisers-meet-berlin",
    ]
    # Undated statements come last either way, in id order.
    undated_last = sorted(s["id"] for s in real_records("statements") if s["said_on"] is None)[-2:]
    assert ids(client, "/v1/statements?sort=-said_on&offset=62") == undated_last
    assert ids(client, "/v1/statements?sort=said_on&offset=62") == undated_last


def test_sorting_by_several_fields(client: FlaskClient) -> None:
    assert ids(client, "/v1/statements?sort=speaker,-said_on&limit=6") == [
        "duda-stance-unified",
        "baerbock-impression-of-war",
        "canada-urges-canadians-leave",
        "canada-urges-leave-teaser",
        "canada-warns-against-travel",
        "peskov-no-deals",
    ]
    assert ids(client, "/v1/statements?speech_type=direct&sort=-paragraph&limit=3") == [
        "macron-results-take-time",
        "macron-letters-never-settled-crisis",
        "daalder-not-through-diplomacy",
    ]


def test_search_is_case_insensitive_over_text_and_attribution(client: FlaskClient) -> None:
    assert ids(client, "/v1/statements?q=PESKOV") == [
        "peskov-belarus-withdrawal-planned",
        "peskov-call-nearest-future",
        "peskov-no-deals",
    ]


def test_pages_link_to_their_neighbours(client: FlaskClient) -> None:
    body = json_of(
        client.get("/v1/statements?speaker=emmanuel-macron&sort=-said_on&limit=4&offset=4")
    )
    assert body["total"] == 12
    assert body["links"] == {
        "self": "/v1/statements?speaker=emmanuel-macron&sort=-said_on&limit=4&offset=4",
        "next": "/v1/statements?speaker=emmanuel-macron&sort=-said_on&limit=4&offset=8",
        "prev": "/v1/statements?speaker=emmanuel-macron&sort=-said_on&limit=4&offset=0",
    }


def test_the_whole_collection_is_sixty_four_statements(client: FlaskClient) -> None:
    body = json_of(client.get("/v1/statements?limit=100"))
    assert body["total"] == len(body["items"]) == 64
    assert body["links"]["next"] is None

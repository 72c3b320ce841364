"""Links: the query strings of links are form-encoded as ``urlencode`` writes them."""

from urllib.parse import urlencode

from hypothesis import given, settings
from hypothesis import strategies as st

from api.catalog.links import page_links, query_path

values = st.one_of(st.text(), st.lists(st.text(), max_size=3), st.integers())


@settings(max_examples=500)
@given(st.dictionaries(st.text(min_size=1), values))
def test_a_query_path_is_what_urlencode_writes(params: dict[str, object]) -> None:
    pairs = [
        (name, ",".join(value) if isinstance(value, list) else str(value))
        for name, value in params.items()
    ]
    expected = f"/v1/statements?{urlencode(pairs, safe=',')}" if pairs else "/v1/statements"
    assert query_path("/v1/statements", params) == expected


def test_page_links_put_paging_last_and_clamp_prev_at_zero() -> None:
    args = {"limit": 5, "offset": 3, "speaker": ["a", "b"], "q": "x y"}
    assert page_links("/v1/statements", args, total=9) == {
        "self": "/v1/statements?speaker=a,b&q=x+y&limit=5&offset=3",
        "next": "/v1/statements?speaker=a,b&q=x+y&limit=5&offset=8",
        "prev": "/v1/statements?speaker=a,b&q=x+y&limit=5&offset=0",
    }
    assert page_links("/v1/statements", {**args, "offset": 8}, total=9)["next"] is None

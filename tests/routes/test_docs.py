"""``/docs``: Swagger UI from local assets only, with no inline script."""

from html.parser import HTMLParser

from flask.testing import FlaskClient

from api.routes.docs import SWAGGER_UI_DIST


class References(HTMLParser):
    """Collect the scripts and links of a page, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self._in_script = True
            assert found.get("src"), "inline script"
            self.urls.append(found["src"] or "")
        elif tag == "link":
            self.urls.append(found.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts.append(data)


def page_references(client: FlaskClient) -> References:
    """Return what the docs page refers to."""
    references = References()
    references.feed(client.get("/docs").get_data(as_text=True))
    return references


def test_the_docs_page_is_html_that_may_run_only_our_own_scripts(client: FlaskClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "default-src 'none'" in policy
    assert "unsafe-eval" not in policy


def test_the_docs_page_loads_nothing_from_elsewhere(client: FlaskClient) -> None:
    references = page_references(client)
    assert references.inline_scripts == []
    assert len(references.urls) == 7
    for url in references.urls:
        assert url.startswith("/"), url
        assert not url.startswith("//"), url
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.data, url


def test_swagger_ui_is_version_5_from_the_package(client: FlaskClient) -> None:
    bundle = client.get("/docs/swagger-ui-bundle.js")
    assert bundle.data == (SWAGGER_UI_DIST / "swagger-ui-bundle.js").read_bytes()
    assert (SWAGGER_UI_DIST / "VERSION").read_text(encoding="utf-8").startswith("v5.")


def test_swagger_ui_starts_on_the_contract_without_the_online_validator(
    client: FlaskClient,
) -> None:
    script = client.get("/docs/docs.js").get_data(as_text=True)
    assert 'url: "/openapi.yaml"' in script
    assert "validatorUrl: null" in script
    assert "http://" not in script
    assert "https://" not in script


def test_docs_assets_are_only_swagger_uis(client: FlaskClient) -> None:
    assert client.get("/docs/LICENSE").status_code == 404
    assert client.get("/docs/oauth2-redirect.html").status_code == 404

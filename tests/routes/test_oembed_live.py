"""A real oEmbed consumer (micawber) turns a statement's URL into its card, over HTTP."""

import re
import urllib.request
from collections.abc import Iterator

import micawber
import pytest
from flask import Flask

from tests.support import served


@pytest.fixture(scope="module")
def base_url(dossier: Flask) -> Iterator[str]:
    """Serve the app on a free loopback port for the module's tests."""
    with served(dossier) as url:
        yield url


def test_micawber_embeds_a_statement_url_as_its_card(base_url: str) -> None:
    providers = micawber.ProviderRegistry()
    providers.register(
        re.escape(base_url) + r"/(v1|embed)/\S+", micawber.Provider(f"{base_url}/oembed")
    )
    url = f"{base_url}/v1/statements/kremlin-denies-deal"

    answer = providers.request(url)
    assert (answer["type"], answer["author_name"]) == ("rich", "Kremlin")
    embedded = providers.parse_text(f"What the Kremlin said:\n{url}\n")
    card = f"{base_url}/embed/statements/kremlin-denies-deal"
    assert embedded == f"What the Kremlin said:\n{answer['html']}"
    assert f'<iframe src="{card}" width="560" height="318" ' in embedded

    with urllib.request.urlopen(card, timeout=5) as response:
        page = response.read().decode()
    assert '<h1 class="speaker">Kremlin <span class="cue">denied</span></h1>' in page
    assert "<mark>the Kremlin denied reports that he and Putin struck a deal" in page

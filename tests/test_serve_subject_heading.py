"""The pages show a series subject as a label (its first letter a capital, the rest as written); the API keeps the
noun phrase a sentence runs on from (issue 10, item 4)."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from sitroom.fuse import fuse_document
from sitroom.serve import create_app
from sitroom.store import Store
from test_fuse_sub_places import DOBOJ, _report


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("heading") / "store.db"
    with Store(path) as store:
        ex = _report("d1", 12000, DOBOJ, "the mayor's office")
        store.save(ex)
        fuse_document(store, ex)
    return TestClient(create_app(str(path)))


def test_the_heading_capitalises_only_the_first_letter():
    from sitroom.serve._labels import heading
    assert heading("refugees in Doboj, Bosnia and Herzegovina") == "Refugees in Doboj, Bosnia and Herzegovina"
    assert heading("Russian personnel in Belarus") == "Russian personnel in Belarus"
    assert heading("") == ""


def test_the_pages_show_the_subject_as_a_label_and_the_api_as_a_phrase(client):
    key = quote("refugees|-|BIH:doboj", safe="")
    for page, label in (("/figures", "Refugees"), (f"/figures/{key}", "Refugees"), ("/claims", "Civilians")):
        html = client.get(page).text            # the claims table: the claim's own kind (civilians displaced)
        assert f">{label} in Doboj, Bosnia and Herzegovina<" in html, page
        assert f">{label.lower()} in Doboj" not in html, page
    assert client.get(f"/figures/{key}.json").json()["subject"] == "refugees in Doboj, Bosnia and Herzegovina"

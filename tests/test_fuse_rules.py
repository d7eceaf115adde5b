"""Fuse rules: the near-duplicate window. (What a figure counts, its status, owner, place and modality are decided
by analyze/claims — tests/test_claims.py; fusion reads them — tests/test_fuse_claims.py.)"""
from __future__ import annotations

from dataclasses import replace

import pytest

from sitroom.fuse import fuse_document
from sitroom.model import Document, Extraction
from sitroom.store import Store


def _copy_pair(days_apart: int) -> tuple[Extraction, Extraction]:
    text = ("Defence officials said on Monday that a convoy of trucks carrying ammunition had crossed the border "
            "overnight and was heading towards the front line near the river crossing, residents reported.")
    a = Document(id="orig", text=text, published="2023-01-02T08:00:00+00:00", outlet="Wire A")
    from datetime import date, timedelta
    later = (date(2023, 1, 2) + timedelta(days=days_apart)).isoformat()
    b = replace(a, id="copy", text=text + " (Distributed by Wire B.)", published=later + "T09:00:00+00:00",
                outlet="Wire B")
    return Extraction(a), Extraction(b)


@pytest.mark.parametrize("days, found", [(1, True), (50, True), (70, False)])
def test_copies_are_found_within_eight_weeks_of_publication(tmp_path, days, found):
    store = Store(tmp_path / "nd.db")
    a, b = _copy_pair(days)
    for ex in (a, b):
        store.save(ex)
        res = fuse_document(store, ex)
    assert (res.near_duplicate_of == "orig") is found
    again = fuse_document(store, b)                       # fusing twice (no events: found by its own signature)
    assert again.near_duplicate_of == res.near_duplicate_of and again.claims == ()
    store.close()

"""Each document is one unit: saving and fusing it is one transaction, a failure keeps nothing of it, the batch goes
on, and a rerun ingests and fuses it."""
from __future__ import annotations

import sqlite3

import pytest

import sitroom.fuse._document as fuse_document_module
from sitroom.api import extract, ingest
from sitroom.fuse import clusters, figure_series
from sitroom.store import Store

REPORTS = {
    "a-troops.txt": """Ministry says troops reached the border

2 May 2023, 10:00 AM

The defence ministry said on Tuesday that about 2,000 soldiers had arrived near the northern border on May 1.
""",
    "b-protest.txt": """Farmers rally in the capital

3 May 2023, 09:00 AM

Thousands of farmers protested outside the parliament on Wednesday against the new grain tariffs, police said.
""",
    "c-shelling.txt": """Shelling hits a river port

4 May 2023, 08:00 AM

Artillery shelled the river port of Zelenodolsk overnight, killing four dockworkers, the regional governor said.
""",
}
FAILING = "b-protest.txt"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    for name, text in REPORTS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture
def broken_fusion(monkeypatch):
    """Fusion raises half-way (after the document's signature and cluster links were written) for one document."""
    real = fuse_document_module.record_claims

    def record_claims(tx, doc, events, nd, now):
        if "farmers" in doc.text:
            raise RuntimeError("figure table unavailable")
        return real(tx, doc, events, nd, now)
    monkeypatch.setattr(fuse_document_module, "record_claims", record_claims)


def _rows_mentioning(db, values: set[str]) -> list[tuple[str, str]]:
    """(table, column) of every stored cell equal to one of `values`, across all tables of the database."""
    con = sqlite3.connect(db)
    found = []
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not r[0].startswith("documents_fts")]
    for t in tables:
        for col in [c[1] for c in con.execute(f'PRAGMA table_info("{t}")')]:
            for (v,) in con.execute(f'SELECT "{col}" FROM "{t}"'):
                if isinstance(v, str) and v in values:
                    found.append((t, col))
    con.close()
    return found


def _clustered_documents(store) -> set[str]:
    return {m.document_id for c in clusters(store) for m in c.members}


def test_a_fusion_failure_keeps_nothing_of_that_document_and_the_batch_goes_on(tmp_path, folder, broken_fusion,
                                                                               monkeypatch):
    db = tmp_path / "s.db"
    bad = extract(folder / FAILING)
    bad_ids = {bad.document.id, *(ev.id for ev in bad.events)}
    assert bad.events, "the failing report has events, so fusion has links to write before it fails"
    good = {name: extract(folder / name).document.id for name in REPORTS if name != FAILING}

    store = Store(db)
    report = ingest([folder], store)
    assert report.failed == [(str(folder / FAILING), "RuntimeError: figure table unavailable")]
    assert sorted(report.added) == sorted(good.values())
    assert all(store.is_fused(d) for d in good.values())
    assert _clustered_documents(store) == set(good.values())
    assert any(p.document_id == good["a-troops.txt"] for s in figure_series(store) for p in s.points)
    assert _rows_mentioning(db, bad_ids) == []                        # not in any table
    assert store.search("farmers") == []                              # nor in the full-text index
    assert store.counts()["documents"] == 2

    monkeypatch.undo()                                                # the fault is gone: a rerun completes it
    again = ingest([folder], store)
    assert again.failed == [] and again.added == [bad.document.id]
    assert sorted(again.unchanged) == sorted(good.values())
    assert store.is_fused(bad.document.id)
    assert _clustered_documents(store) == {bad.document.id, *good.values()}
    assert [r["id"] for r in store.search("farmers")] == [bad.document.id]
    store.close()


def test_a_document_stored_but_never_fused_is_fused_when_ingested_again(db_url, folder):
    store = Store(db_url)
    first = ingest([folder / "a-troops.txt"], store, fuse=False)
    (doc_id,) = first.added
    assert not store.is_fused(doc_id) and _clustered_documents(store) == set()
    again = ingest([folder / "a-troops.txt"], store)
    assert again.resumed == [doc_id] and again.added == [] and again.unchanged == []
    assert store.is_fused(doc_id) and _clustered_documents(store) == {doc_id}
    third = ingest([folder / "a-troops.txt"], store)
    assert third.unchanged == [doc_id] and third.resumed == []
    store.close()

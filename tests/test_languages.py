"""Language routing: each document analysed by its language's layers; an unsupported language stored unanalysed."""
from __future__ import annotations

from sitroom import languages
from sitroom.analyze import analyze
from sitroom.clean import detect_language
from sitroom.model import Document, content_id

GERMAN = ("Russische Truppen sind am Sonntag in Belarus eingetroffen, teilte das Verteidigungsministerium mit. "
          "Rund neuntausend Soldaten sollen dort stationiert werden.")
RUSSIAN = ("Российские военные прибыли в Беларусь в воскресенье, сообщило Министерство обороны. "
           "По состоянию на 13 октября в страну прибыли около 9 тысяч военнослужащих.")
UKRAINIAN = ("Російські військові прибули до Білорусі у неділю, повідомило Міноборони. "
             "Станом на 13 жовтня до країни прибули близько 9 тисяч військових.")
ENGLISH = "Russian troops arrived in Belarus on Sunday, the defence ministry said. About 9,000 soldiers will be based there."


def _doc(text: str, language: str | None) -> Document:
    return Document(id=content_id(text), text=text, published="2022-10-24", language=language)


def test_detects_supported_languages_and_a_confident_other():
    assert detect_language(ENGLISH) == "en"
    assert detect_language(RUSSIAN) == "ru"
    assert detect_language(UKRAINIAN) == "uk"
    assert detect_language(GERMAN) == "de"
    assert detect_language("Minsk") is None


def test_unsupported_language_is_stored_without_analysis_and_says_so():
    ex = analyze(_doc(GERMAN, "de"))
    assert ex.events == () and ex.claims == () and ex.timexes == ()
    assert ex.notes == ("language 'de' is not supported: stored without analysis",)
    assert ex.to_json_dict()["notes"] == list(ex.notes)


def test_russian_and_ukrainian_get_their_own_layers_and_claims():
    for text, lang, cue in ((RUSSIAN, "ru", "13 октября"), (UKRAINIAN, "uk", "13 жовтня")):
        ex = analyze(_doc(text, lang))
        assert [(e.type, e.location.country) for e in ex.events][:1] == [("MOBILIZE", "BLR")]
        assert all(e.cue.startswith(lang + ":") for e in ex.events)         # the ru/uk coder, never the English one
        assert [(t.text, t.value, t.relation) for t in ex.timexes if t.text == cue] == [(cue, "2022-10-13", "as_of")]
        assert any(t.value == "2022-10-23" for t in ex.timexes)       # "в воскресенье" / "у неділю" before the 24th
        assert ex.notes == ()                                        # the whole analysis ran
        (claim,) = ex.claims
        assert (claim.lower, claim.qualifier, claim.counted, claim.location.country) == (9000, "approx", "personnel",
                                                                                          "BLR")
        assert claim.as_of.value == "2022-10-13" and claim.as_of.relation == "as_of"
        carrier = [e for e in ex.events if e.claim_ids]
        assert [e.claim_ids for e in carrier] == [(claim.id,)] and claim.event_id == carrier[0].id
        assert [q.text for q in carrier[0].quantities] == [claim.text]


def test_english_runs_the_whole_pipeline_with_no_notes():
    ex = analyze(_doc(ENGLISH, "en"))
    assert ex.events and ex.notes == () and ex.timexes == ()
    assert "notes" not in ex.to_json_dict()


def test_a_document_without_a_language_is_taken_as_english():
    assert analyze(_doc(ENGLISH, None)).events


def test_the_table_names_what_runs():
    assert languages.LAYERS["en"] == languages.LAYERS["ru"] == languages.LAYERS["uk"] == languages.FULL
    assert languages.note_for("en") is None and "not supported" in languages.note_for("xx")


def test_ingest_stores_an_unsupported_document_with_its_language_and_notes_it(tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app
    from sitroom.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "de.txt").write_text("Truppen in Belarus\n\n" + GERMAN + "\n", encoding="utf-8")
    (folder / "en.txt").write_text("Troops in Belarus\n\n" + ENGLISH + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--published", "2022-10-24"])
    assert r.exit_code == 0, r.output
    assert "de.txt" in r.stderr and "language 'de' is not supported" in r.stderr and "en.txt:" not in r.stderr
    assert "2 documents added" in r.stderr
    assert sorted(d["language"] for d in Store(db).documents()) == ["de", "en"]


def test_ingest_stores_russian_and_ukrainian_claims_and_lists_them(tmp_path):
    import json

    from typer.testing import CliRunner

    from sitroom.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ru.txt").write_text("Войска в Беларуси\n\n" + RUSSIAN + "\n", encoding="utf-8")
    (folder / "uk.txt").write_text("Війська в Білорусі\n\n" + UKRAINIAN + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--published", "2022-10-24"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["claims", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    rows = rows if isinstance(rows, list) else rows.get("claims", rows)
    assert len(rows) == 2 and all(row["lower"] == 9000 for row in rows)


def test_short_english_headline_guessed_as_an_english_creole_is_english():
    # py3langid guesses these short headlines Nigerian Pidgin (pcm) with ~0.5 and English with ~0.2-0.3
    for headline in ("Militants ambush convoy in Borno, kill 11", "Police arrest 40 protesters in Lagos",
                     "Gunmen storm mosque in Zamfara, kill 15"):
        assert detect_language(headline) == "en"

"""The one data loader: every shipped lexicon is read through it, once, from data/ (languages in sub-folders)."""
from __future__ import annotations

import ast
import pathlib

import pytest

from sitroom import lexicon

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "sitroom"


def test_json_is_read_once_and_shared():
    a = lexicon.load_json("en/common.json")
    assert a is lexicon.load_json("en/common.json")
    assert a["months"]["january"] == 1 and a["month_abbreviations"]["sept"] == 9


def test_word_set_turns_lists_into_frozensets_and_word_lists_into_tuples():
    ws = lexicon.word_set("en/common.json", "negative_subjects")
    assert isinstance(ws, frozenset) and "nobody" in ws
    phrases = lexicon.word_set("en/modality.json", "condition_phrases")
    assert all(isinstance(p, (str, tuple)) for p in phrases)


def test_dotted_keys_walk_into_objects():
    assert "say" in lexicon.word_set("en/attribution.json", "reporting.neutral")


def test_missing_file_or_key_names_the_file():
    with pytest.raises(lexicon.DataFileError, match="sitroom/data/en/nope.json"):
        lexicon.load_json("en/nope.json")
    with pytest.raises(lexicon.DataFileError, match="no key 'nope'"):
        lexicon.word_set("en/timex.json", "nope")


def test_every_json_lexicon_documents_its_keys():
    """Each key of a data/<lang>/*.json lexicon is described in its `_keys` (or is documentation itself)."""
    undocumented = []
    for path in sorted((SRC / "data").glob("*/*.json")):
        data = lexicon.load_json(f"{path.parent.name}/{path.name}")
        docs = data.get("_keys", {})
        about = any(k in data for k in ("_about", "source", "_source"))
        undocumented += [f"{path.name}: {k}" for k in data if not k.startswith("_") and k != "source" and k not in docs]
        if not about:
            undocumented.append(f"{path.name}: no _about/source")
    assert undocumented == []


def _strings(node):
    """Every key and string item in a JSON value, lower case (a word list's words, a table's keys)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if not k.startswith("_"):
                yield k.lower()
                yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)
    elif isinstance(node, str):
        yield node.lower()


def test_shared_words_are_defined_once():
    """Month names, number words and negation words live only in en/common.json."""
    shared = {"january", "twenty", "nobody"}
    for path in sorted((SRC / "data" / "en").glob("*.json")):
        if path.name in ("common.json", "fuse.json"):     # fuse.json: stop words, folded by the fuse stage
            continue
        found = shared & set(_strings(lexicon.load_json(f"en/{path.name}")))
        assert not found, f"{path.name} repeats {found}"


def test_tsv_rows_skip_comments_and_keep_empty_fields():
    rows = lexicon.load_tsv("actors_leaders.tsv")
    assert rows and not any(r[0].lstrip().startswith("#") for r in rows)
    header = lexicon.load_tsv("places_gazetteer.tsv")[0]
    assert header == ["kind", "name", "iso3", "lat", "lon", "population", "aliases"]


def test_no_module_reads_data_files_its_own_way():
    """Only sitroom.lexicon opens package data (importlib.resources, open(), json.load on files)."""
    offenders = []
    for path in SRC.rglob("*.py"):
        # ingest reads the user's files; serve and brief find their own templates and static assets (not data/)
        if path.name == "lexicon.py" or {"ingest", "serve", "brief"} & set(path.parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                if any(n.startswith("importlib") and "resources" in (n + " ".join(a.name for a in node.names))
                       for n in names):
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "open":
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []

"""The one data loader: every shipped lexicon is read through it, once, from data/ (languages in sub-folders)."""
from __future__ import annotations

import ast
import pathlib

import pytest

from sitroom import lexicon

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "sitroom"


def test_json_is_read_once_and_shared():
    a = lexicon.load_json("en/timex.json")
    assert a is lexicon.load_json("en/timex.json")
    assert a["months"]["january"] == 1


def test_word_set_turns_lists_into_frozensets_and_word_lists_into_tuples():
    ws = lexicon.word_set("en/modality.json", "negative_subjects")
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


def test_tsv_rows_skip_comments_and_keep_empty_fields():
    rows = lexicon.load_tsv("actors_leaders.tsv")
    assert rows and not any(r[0].lstrip().startswith("#") for r in rows)
    header = lexicon.load_tsv("places_gazetteer.tsv")[0]
    assert header == ["kind", "name", "iso3", "lat", "lon", "population", "aliases"]


def test_no_module_reads_data_files_its_own_way():
    """Only sitroom.lexicon opens package data (importlib.resources, open(), json.load on files)."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "lexicon.py" or "ingest" in path.parts:
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

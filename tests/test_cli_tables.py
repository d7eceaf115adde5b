"""CLI tables on terminals of any width: words stay whole where they can, free text goes before anything else."""
from __future__ import annotations

from rich.console import Console

from sitroom.cli import _output
from sitroom.cli._output import Fmt

ROWS = [{"date": "2022-10-15", "type": "MOBILIZE", "actor": "Armed Forces of Russia", "where": "Belarus",
         "source": "the Belarusian Defence Ministry", "modality": "reported",
         "evidence": "The first echelon with Russian servicemen arrived in Belarus on Sunday, the ministry said.",
         "document": "Russian troops arrive in Belarus"}]
COLS = list(ROWS[0])


def _table(monkeypatch, width: int) -> str:
    console = Console(width=width, record=True, color_system=None, force_terminal=True)
    monkeypatch.setattr(_output, "out", console)
    _output.print_rows(ROWS, COLS, Fmt.table, title="1 events")
    return console.export_text()


def test_a_wide_terminal_shows_every_column_with_whole_text(monkeypatch):
    text = _table(monkeypatch, 240)
    assert "hidden" not in text
    assert "Russian troops arrive in Belarus" in text
    assert "MOBILIZE" in text and "reported" in text


def test_a_narrow_terminal_hides_free_text_and_says_so(monkeypatch):
    text = _table(monkeypatch, 80)
    body = text.split("hidden")[0]
    assert "echelon" not in body and "Russian troops arrive" not in body   # evidence and document left out
    assert "hidden for a terminal 80 columns wide: evidence, document" in " ".join(text.split())
    for word in ("MOBILIZE", "2022-10-15", "reported", "Belarusian", "Defence"):
        assert word in body   # short columns are not chopped into pieces


def test_the_document_goes_before_the_evidence(monkeypatch):
    text = " ".join(_table(monkeypatch, 90).split())
    assert "hidden for a terminal 90 columns wide: document (" in text
    assert "echelon" in text


def test_a_terminal_too_narrow_for_anything_still_prints_every_short_column(monkeypatch):
    text = _table(monkeypatch, 40)
    header = next(line for line in text.splitlines() if line.startswith("┃"))
    assert header.count("┃") == 7   # the six short columns are all there, folded
    assert "hidden for a terminal 40 columns wide" in " ".join(text.split())


def test_piped_output_keeps_every_column(monkeypatch):
    console = Console(width=80, record=True, color_system=None, force_terminal=False)   # `sitroom events > file`
    monkeypatch.setattr(_output, "out", console)
    _output.print_rows(ROWS, COLS, Fmt.table)
    text = console.export_text()
    assert "hidden" not in text and "echelon" in text


def test_piped_output_is_as_wide_as_its_cells_not_80_columns(monkeypatch):
    console = Console(width=80, record=True, color_system=None, force_terminal=False)
    monkeypatch.setattr(_output, "out", console)
    _output.print_rows(ROWS, COLS, Fmt.table)
    lines = console.export_text().splitlines()
    assert any("Armed Forces of Russia" in line for line in lines)           # a short cell stays on one line
    assert any("the Belarusian Defence Ministry" in line for line in lines)
    assert max(len(line) for line in lines) > 80
    evidence = [line for line in lines if "echelon" in line]
    assert evidence and "The first echelon with Russian" in evidence[0]     # free text wraps at words, not letters

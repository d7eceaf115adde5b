"""Russian and Ukrainian attribution: "— заявил он" after a quote, when no source was named before it, is the last
person the text named (written for these tests)."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _sources(text, lang):
    doc = Document(id=content_id(text), text=text, published="2024-03-01", language=lang)
    return {c.text: (c.source.name or c.source.text) if c.source is not None else None for c in analyze(doc).claims}


def test_he_said_after_a_quote_is_the_person_named_before():
    ru = _sources("Министр обороны Сергей Шойгу провёл совещание. «За неделю уничтожено 40 танков», — заявил он.",
                  "ru")
    uk = _sources("Президент Володимир Зеленський відвідав Харків. «Ми збили 12 ракет», — сказав він.", "uk")
    assert "Шойгу" in (ru["40"] or "") or "Shoigu" in (ru["40"] or ""), ru
    assert "Зеленськ" in (uk["12"] or "") or "Zelensky" in (uk["12"] or ""), uk


def test_he_said_with_no_person_named_has_no_source():
    ru = _sources("На полигоне прошли учения. «Задействовано 500 военнослужащих», — сказал он.", "ru")
    assert ru["500"] is None

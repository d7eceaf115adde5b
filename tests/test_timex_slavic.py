"""Russian and Ukrainian time expressions (analyze.timex, language="ru"/"uk"): my own sentences, DCT 2022-10-24."""
from __future__ import annotations

import pytest

from sitroom.analyze.timex import tag_timexes

DCT = "2022-10-24"    # a Monday


def tags(text, lang, dct=DCT, style="news"):
    return [(t.text, t.value, t.relation) for t in tag_timexes(text, dct, language=lang, style=style)]


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Колонна прибыла 16 октября.", [("16 октября", "2022-10-16", "on")]),
    ("uk", "Колона прибула 16 жовтня.", [("16 жовтня", "2022-10-16", "on")]),
    ("uk", "Це сталося 1 вересня 1939 року.", [("1 вересня 1939", "1939-09-01", "on")]),
    ("ru", "Это случилось 1 сентября 1939 года.", [("1 сентября 1939", "1939-09-01", "on")]),
    ("uk", "Бої тривали у вересні 2022 року.", [("вересні 2022", "2022-09", "on")]),
    ("uk", "Фабрику збудували у 1941 році.", [("1941", "1941", "on")]),
    ("ru", "Завод построили в 1941 году.", [("1941", "1941", "on")]),
    ("uk", "Наступ почався влітку 1942.", [("влітку 1942", "1942-SU", "on")]),
    ("ru", "Наступление началось летом 1942 года.", [("летом 1942", "1942-SU", "on")]),
    ("uk", "Місто заснували у 480 до н. е.", [("480 до н. е.", "BC0480", "on")]),
    ("uk", "Фортецю звели у XVIII столітті.", [("XVIII столітті", "17", "on")]),
    ("ru", "Бои идут с 24 февраля.", [("24 февраля", "2022-02-24", "since")]),
    ("uk", "Бої тривають з 24 лютого.", [("24 лютого", "2022-02-24", "since")]),
    ("uk", "Станом на 13 жовтня загинули 60 осіб.", [("13 жовтня", "2022-10-13", "as_of")]),
    ("ru", "По состоянию на 13 октября погибли 60 человек.", [("13 октября", "2022-10-13", "as_of")]),
    ("ru", "Войска прибыли в воскресенье.", [("воскресенье", "2022-10-23", "on")]),
    ("uk", "Війська прибули у неділю.", [("неділю", "2022-10-23", "on")]),
    ("uk", "Війська прибули вчора.", [("вчора", "2022-10-23", "on")]),
    ("ru", "Переговоры шли три года.", [("три года", "P3Y", "on")]),
    ("uk", "Переговори тривали протягом кількох днів.", [("кількох днів", "PXD", "on")]),
    ("uk", "Нині війська залишаються там.", [("Нині", "PRESENT_REF", "on")]),
])
def test_dates_relations_and_durations(lang, text, expected):
    assert tags(text, lang) == expected


def test_the_next_day_follows_the_last_date():
    assert tags("Війська прибули 10 жовтня. Наступного дня почалися навчання.", "uk")[1] == \
        ("Наступного дня", "2022-10-11", "on")
    assert tags("Войска прибыли 10 октября. На следующий день начались учения.", "ru")[1] == \
        ("На следующий день", "2022-10-11", "on")


def test_a_date_without_a_year_leans_on_the_dct_in_news_and_on_the_text_in_narrative():
    text = "Війна почалася 1 вересня 1939 року. 17 вересня напали з іншого боку."
    assert tags(text, "uk")[1][1] == "2022-09-17"
    assert tags(text, "uk", style="narrative")[1][1] == "1939-09-17"


def test_apostrophe_variants_are_the_same_word():
    for apostrophe in "'ʼ’":
        assert tags(f"Це було у п{apostrophe}ятницю.", "uk") == [(f"п{apostrophe}ятницю", "2022-10-21", "on")]


def test_numbers_that_are_not_years_and_words_that_are_not_dates():
    assert tags("Прибули 1500 військових і 300 танків.", "uk") == []
    assert tags("Прибыли 9 тысяч военных.", "ru") == []


def test_no_dct_leaves_the_year_unknown():
    assert tags("Колонна прибыла 16 октября.", "ru", dct=None) == [("16 октября", "XXXX-10-16", "on")]


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="no time rules for language 'de'"):
        tag_timexes("am 16. Oktober", DCT, language="de")

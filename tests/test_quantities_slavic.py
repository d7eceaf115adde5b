"""The Russian / Ukrainian number reader: bounds, qualifier, counted noun (lemma) and offsets, on our own phrases."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from sitroom.analyze.quantities import find_quantities_slavic, normalize_apostrophes

T = None  # no bound

CASES = [
    # (lang, text, [(text, lower, upper, qualifier, unit)])
    ("ru", "В Беларусь прибыли 9 тыс. военнослужащих.", [("9 тыс.", 9000, 9000, "exact", "военнослужащий")]),
    ("ru", "Группировка составит 9 тысяч человек.", [("9 тысяч", 9000, 9000, "exact", "человек")]),
    ("uk", "Угруповання налічуватиме дев'ять тисяч військовослужбовців.",
     [("дев'ять тисяч", 9000, 9000, "exact", "військовослужбовець")]),
    ("uk", "Угруповання налічуватиме девʼять тисяч осіб.", [("девʼять тисяч", 9000, 9000, "exact", "особа")]),
    ("uk", "Прибуде дев’ять тисяч бійців.", [("дев’ять тисяч", 9000, 9000, "exact", "боєць")]),
    ("ru", "В лагере около 9 тысяч бойцов.", [("около 9 тысяч", 9000, 9000, "approx", "боец")]),
    ("uk", "У таборі близько 9 тисяч вояків.", [("близько 9 тисяч", 9000, 9000, "approx", "вояк")]),
    ("ru", "Контингент вырастет до 9000 солдат.", [("9000", 9000, 9000, "exact", "солдат")]),
    ("ru", "Туда перебросят до 9000 солдат.", [("до 9000", T, 9000, "up_to", "солдат")]),
    ("uk", "Знищено понад 1000 танків.", [("понад 1000", 1000, T, "more_than", "танк")]),
    ("ru", "Задержаны более 1000 человек.", [("более 1000", 1000, T, "more_than", "человек")]),
    ("ru", "Эвакуированы свыше 1000 жителей.", [("свыше 1000", 1000, T, "more_than", "житель")]),
    ("ru", "Ранены не менее 60 человек.", [("не менее 60", 60, T, "at_least", "человек")]),
    ("uk", "Поранено не менше 60 людей.", [("не менше 60", 60, T, "at_least", "людина")]),
    ("uk", "Загинули щонайменше 12 цивільних.", [("щонайменше 12", 12, T, "at_least", "цивільний")]),
    ("ru", "В колонне чуть меньше 1000 машин.", [("чуть меньше 1000", 1000, 1000, "approx", "машина")]),
    ("ru", "Мобилизовано почти 300 тысяч резервистов.", [("почти 300 тысяч", 300000, 300000, "approx", "резервист")]),
    ("uk", "Мобілізовано майже 300 тисяч резервістів.", [("майже 300 тисяч", 300000, 300000, "approx", "резервіст")]),
    ("ru", "На аэродроме порядка 40 самолетов.", [("порядка 40", 40, 40, "approx", "самолёт")]),
    ("ru", "Там от 10 до 15 тысяч военных.", [("от 10 до 15 тысяч", 10000, 15000, "range", "военный")]),
    ("uk", "Там від 10 до 15 тисяч військових.", [("від 10 до 15 тисяч", 10000, 15000, "range", "військовий")]),
    ("ru", "Прибыло 10–15 тыс. человек.", [("10–15 тыс.", 10000, 15000, "range", "человек")]),
    ("ru", "В районе сосредоточено 1,5 тыс. военных.", [("1,5 тыс.", 1500, 1500, "exact", "военный")]),
    ("ru", "Противник потерял полтора десятка танков.", [("полтора десятка", 15, 15, "approx", "танк")]),
    ("ru", "Отряд с двумя тысячами бойцов вышел к границе.", [("двумя тысячами", 2000, 2000, "exact", "боец")]),
    ("uk", "Загін із трьох тисяч бійців вийшов до кордону.", [("трьох тисяч", 3000, 3000, "exact", "боєць")]),
    ("ru", "Погибли сотни мирных жителей.", [("сотни", 100, 1000, "range", "житель")]),
    ("uk", "Виїхали десятки тисяч біженців.", [("десятки тисяч", 10000, 100000, "range", "біженець")]),
    ("ru", "Уехали несколько тысяч человек.", [("несколько тысяч", 1000, 10000, "range", "человек")]),
    ("ru", "Прибыло свыше тысячи военных.", [("свыше тысячи", 1000, T, "more_than", "военный")]),
    ("ru", "Взята в плен тысяча с лишним солдат.", [("тысяча с лишним", 1000, T, "more_than", "солдат")]),
    ("ru", "Ранены двое полицейских.", [("двое", 2, 2, "exact", "полицейский")]),
    ("ru", "Сбиты 4 Ми-8.", [("4", 4, 4, "exact", "Ми-8")]),
    ("ru", "Прибыли 9 000 военнослужащих.", [("9 000", 9000, 9000, "exact", "военнослужащий")]),
    ("ru", "Задержаны 2 тыс. чел.", [("2 тыс.", 2000, 2000, "exact", "человек")]),
    ("ru", "Прибыло примерно на 5 тыс. человек больше.", [("примерно на 5 тыс.", 5000, 5000, "approx", "человек")]),
    ("ru", "Будут не более 5 тысяч солдат.", [("не более 5 тысяч", T, 5000, "at_most", "солдат")]),
    ("uk", "Прибуде не більше 4 тисяч військових.", [("не більше 4 тисяч", T, 4000, "at_most", "військовий")]),
    ("ru", "Прибыло менее 1000 человек.", [("менее 1000", T, 1000, "less_than", "человек")]),
    ("ru", "Около 170 танков и 200 бронемашин.",
     [("Около 170", 170, 170, "approx", "танк"), ("200", 200, 200, "approx", "бронемашина")]),
    ("ru", "До 210 военнослужащих, 3 танка.", [("До 210", T, 210, "up_to", "военнослужащий"), ("3", 3, 3, "exact", "танк")]),
    # measures, money and percent keep their unit so that claims can skip them
    ("ru", "Цены выросли на 5%.", [("5%", 5, 5, "exact", "percent")]),
    ("uk", "Виділено 2,5 млн грн.", [("2,5 млн", 2500000, 2500000, "exact", "hryvnias")]),
    ("ru", "Помощь на $100 млн.", [("$100 млн", 1e8, 1e8, "exact", "dollars")]),
    ("ru", "Пакет на 300 млн долларов.", [("300 млн", 3e8, 3e8, "exact", "dollars")]),
    ("ru", "Орудия калибром 152 мм.", [("152", 152, 152, "exact", "мм")]),
    ("ru", "Сто двадцать пять километров.", [("Сто двадцать пять", 125, 125, "exact", "километр")]),
]

NEGATIVES = [
    ("ru", "Это произошло в 2022 году."),
    ("uk", "Це сталося у 2023 році."),
    ("ru", "Наступление началось 24 февраля."),
    ("uk", "Станом на 13 жовтня ситуація стабільна."),
    ("ru", "Документ датирован 24.02.2022."),
    ("ru", "Сирена прозвучала в 10:30 по Москве."),
    ("ru", "Совещание начнется в 10 часов."),
    ("ru", "Один из офицеров ранен."),
    ("ru", "На фото танк Т-72Б3 и самолет Ил-76."),
    ("ru", "Прибыла дивизия № 5."),
    ("ru", "Это случилось 24-го числа."),
    ("ru", "В 2014–2015 годах шли бои."),
    ("uk", "Жодних цифр не наводиться."),
]


def _tuple(q):
    return (q.text, q.lower, q.upper, q.qualifier, q.unit)


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:40] for c in CASES])
def test_reads_figures(lang, text, expected):
    got = [_tuple(q) for q in find_quantities_slavic(text, lang)]
    assert got == [(t, None if lo is None else float(lo), None if hi is None else float(hi), q, u)
                   for t, lo, hi, q, u in expected]


@pytest.mark.parametrize("lang,text", NEGATIVES, ids=[n[1][:40] for n in NEGATIVES])
def test_not_figures(lang, text):
    assert find_quantities_slavic(text, lang) == []


def test_offsets_and_unit_offsets():
    text = "По данным мониторов, прибыли около 300 военнослужащих и 27 танков."
    qs = find_quantities_slavic(text, "ru")
    assert [text[q.unit_start:q.unit_end] for q in qs] == ["военнослужащих", "танков"]
    assert [text[q.start:q.end] for q in qs] == ["около 300", "27"]


def test_year_with_a_counted_noun_is_a_figure():
    assert [_tuple(q) for q in find_quantities_slavic("Прибыли 2000 военнослужащих.", "ru")] == \
        [("2000", 2000.0, 2000.0, "exact", "военнослужащий")]


def test_apostrophes_normalised_in_place():
    for variant in ("\u02bc", "\u2019", "\u2018", "'", "`"):
        s = f"дев{variant}ять"
        assert normalize_apostrophes(s) == "дев'ять"
        assert len(normalize_apostrophes(s)) == len(s)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        find_quantities_slavic("9 Tausend", "de")


_PIECES = ["около", "близько", "до", "понад", "не менее", "от", "від", "9", "10", "15", "1,5", "9 000", "2022",
           "тыс.", "тысяч", "тисяч", "дев’ять", "двумя", "сотни", "человек", "танків", "осіб", "года", "%", "–", "-",
           ",", ".", "«", "»", "ʼ", "'", "Ил-76", "№", "24", "февраля", ":", "30", "с лишним", "з гаком", "$", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.sampled_from([" ", "", "  ", "\u00a0"]),
                                                                 min_size=14, max_size=14),
       st.sampled_from(["ru", "uk"]))
def test_offsets_always_slice_the_text(pieces, seps, lang):
    text = "".join(p + s for p, s in zip(pieces, seps))
    for q in find_quantities_slavic(text, lang):
        assert text[q.start:q.end] == q.text and q.text.strip() == q.text and q.text
        assert (q.lower is not None or q.upper is not None)
        if q.lower is not None and q.upper is not None:
            assert q.lower <= q.upper
        if q.unit_start is not None:
            assert 0 <= q.unit_start < q.unit_end <= len(text)


MORE_NEGATIVES = [
    ("ru", "Встреча 16.10 в Минске."), ("ru", "С 24.02 по 10.03 шли бои."), ("ru", "Звоните 8 800 555-35-35."),
    ("ru", "Возбуждено дело по ст. 205 УК."), ("ru", "Пятьсот двенадцатая бригада отошла."),
    ("ru", "Он занял одну сторону."), ("uk", "П'ятнадцята бригада відійшла."),
]


@pytest.mark.parametrize("lang,text", MORE_NEGATIVES, ids=[n[1][:40] for n in MORE_NEGATIVES])
def test_labels_dates_phones_and_ordinals_are_not_figures(lang, text):
    assert find_quantities_slavic(text, lang) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Прибыло 3 тысячи 500 человек.", ("3 тысячи 500", 3500.0, 3500.0, "exact", "человек")),
    ("ru", "Есть одна тысяча патронов.", ("одна тысяча", 1000.0, 1000.0, "exact", "патрон")),
    ("uk", "Знищено кільканадцять танків.", ("кільканадцять", 11, 19, "range", "танк")),
    ("ru", "Число погибших возросло до 48.", ("48", 48.0, 48.0, "exact", None)),
    ("uk", "Кількість поранених зросла до 7 людей.", ("7", 7.0, 7.0, "exact", "людина")),
])
def test_compound_vague_and_rose_to(lang, text, expected):
    assert [_tuple(q) for q in find_quantities_slavic(text, lang)] == [expected]

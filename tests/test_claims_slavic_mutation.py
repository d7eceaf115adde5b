"""ru/uk claims: status and owner rules that the mutation run (scripts/mutation.py claims_slavic) found untested —
liberated places are taken back, people who leave are displaced, prisoners handed back stay released, a figure
with no verb of its own keeps the status of the one before in a form that fits what it counts, the side of a
subject behind a source's aside, "the enemy" of a named source, and owners that point at their words (texts written
for these tests)."""
from __future__ import annotations

import pytest

from sitroom.analyze.claims import find_claims_slavic


def _claims(text, lang):
    return find_claims_slavic(text, lang, document_id="t")


def _one(text, lang, figure):
    found = [c for c in _claims(text, lang) if c.text == figure]
    assert len(found) == 1, [c.text for c in _claims(text, lang)]
    return found[0]


@pytest.mark.parametrize("lang, text", [
    ("ru", "ВСУ освободили 12 населённых пунктов."),
    ("uk", "ЗСУ звільнили 12 населених пунктів."),
])
def test_liberated_places_are_taken_back(lang, text):
    c = _one(text, lang, "12")
    assert (c.counted, c.status) == ("positions", "captured")


@pytest.mark.parametrize("lang, text, kind", [
    ("ru", "Из города выехали 300 детей.", "children"),
    ("uk", "З міста виїхали 300 біженців.", "refugees"),
    ("ru", "Из города уехали 300 беженцев.", "refugees"),
    ("uk", "З міста виїхали 300 дітей.", "children"),
    ("ru", "Из Бахмута выехали 300 мирных жителей.", "civilians"),
])
def test_civilians_who_leave_are_displaced(lang, text, kind):
    c = _one(text, lang, "300")
    assert (c.counted, c.status) == (kind, "displaced")


def test_things_next_to_the_killed_are_destroyed():
    c = _one("Убиты 40 военных и 3 танка.", "ru", "3")
    assert (c.counted, c.status) == ("tanks", "destroyed")
    assert _one("Убиты 40 военных и 3 танка.", "ru", "40").status == "killed"


@pytest.mark.parametrize("lang, text", [
    ("uk", "Армія втратила 300 військових, а також 50 танків."),
    ("ru", "Армия потеряла 300 военных, а также 50 танков."),
])
def test_a_listed_thing_after_people_killed_is_destroyed_not_killed(lang, text):
    # the second figure has no verb of its own: it takes the loss of the first, as what a tank can suffer
    assert [(c.text, c.counted, c.status) for c in _claims(text, lang)] == [
        ("300", "casualties", "killed"), ("50", "tanks", "destroyed")]


def test_cars_after_civilians_killed_are_destroyed():
    c = _one("Погибли 30 мирных жителей, а также 5 автомобилей.", "ru", "5")
    assert c.status == "destroyed"


@pytest.mark.parametrize("lang, text", [
    ("ru", "На аэродроме замечены 12 самолётов."),
    ("uk", "Помічено 12 літаків."),
])
def test_aircraft_seen_are_present(lang, text):
    c = _one(text, lang, "12")
    assert (c.counted, c.status) == ("aircraft", "present")


def test_attacks_seen_are_only_reported():
    c = _one("Зафиксированы 40 обстрелов.", "ru", "40")
    assert (c.counted, c.status) == ("attacks", "reported")


def test_prisoners_handed_back_are_released_not_captured():
    c = _one("Украина вернула 100 военнопленных.", "ru", "100")
    assert (c.counted, c.status) == ("hostages", "released")
    assert _one("Украина взяла в плен 100 военнопленных.", "ru", "100").status == "captured"


@pytest.mark.parametrize("lang, text", [
    ("ru", "Минобороны намерено разместить 500 военных."),
    ("uk", "Міноборони має намір розмістити 500 військових."),
    ("ru", "В Беларусь могут прибыть 9 тысяч военных."),
    ("uk", "До Білорусі можуть прибути 9 тисяч військових."),
    ("ru", "Ожидается прибытие 9 тысяч военных."),
])
def test_an_intention_makes_a_deployment_planned(lang, text):
    (c,) = _claims(text, lang)
    assert c.status == "planned"


def test_the_side_that_loses_is_found_behind_a_source_aside():
    text = "Россия, по данным Генштаба ВСУ, потеряла 300 танков."
    c = _one(text, "ru", "300")
    assert c.owner is not None and c.owner.country == "RUS"
    assert c.source is not None and "ВСУ" in c.source.text


def test_the_enemy_of_a_ukrainian_source_in_russian_text_is_russia():
    c = _one("По данным Генштаба ВСУ, противник провел 40 атак.", "ru", "40")
    assert (c.counted, c.status, c.owner.country) == ("attacks", "attacked", "RUS")


def test_the_country_that_hosts_troops_is_not_their_owner():
    (c,) = _claims("Беларусь приняла 9 тысяч военных.", "ru")
    assert c.owner is None or c.owner.country != "BLR"


def test_the_side_that_destroys_is_not_the_owner_of_what_it_destroys():
    c = _one("Украина уничтожила 10 танков.", "ru", "10")
    assert c.status == "destroyed" and (c.owner is None or c.owner.country != "UKR")


@pytest.mark.parametrize("lang, text", [("ru", "Сбиты 5 из 8 ракет."), ("uk", "Збито 13 з 16 ракет.")])
def test_the_total_of_missiles_shot_down_is_the_attack(lang, text):
    a, b = _claims(text, lang)
    assert (a.counted, a.status) == ("missiles", "destroyed")
    assert (b.counted, b.status) == ("missiles", "attacked")


@pytest.mark.parametrize("lang, text, country", [
    ("ru", "Российских военных в Беларуси будет около 9 тысяч.", "RUS"),
    ("uk", "Російських військових у Білорусі буде близько 9 тисяч.", "RUS"),
    ("ru", "Российские военные прибывают в Беларусь. Всего их будет около 9 тысяч.", "RUS"),
    ("ru", "Российские войска продолжают переброску в Беларусь. Прибыли 300 военнослужащих.", "RUS"),
    ("ru", "Всего в Беларуси сейчас около 8 тысяч российских военных.", "RUS"),
    ("ru", "Россия, по данным Генштаба ВСУ, потеряла 300 танков.", "RUS"),
    ("ru", "Россия перебросит 9 тысяч военных.", "RUS"),
    ("ru", "По данным Генштаба ВСУ, противник провел 40 атак.", "RUS"),
    ("uk", "ЗСУ звільнили 12 населених пунктів.", "UKR"),
])
def test_an_owner_read_from_a_word_points_at_that_word(lang, text, country):
    (c,) = _claims(text, lang)
    assert c.owner is not None and c.owner.country == country
    assert c.owner.start is not None and c.owner.end is not None
    assert text[c.owner.start:c.owner.end] == c.owner.text


def test_a_figure_with_no_noun_counts_what_its_subject_counts():
    (c,) = _claims("Российских военных в Беларуси будет около 9 тысяч.", "ru")
    assert (c.counted, c.counted_text, c.status) == ("personnel", "военных", "planned")


def test_the_noun_after_a_closing_quote_is_counted():
    text = "Лукашенко заявил о «примерно 9 тысячах» российских военных."
    (c,) = _claims(text, "ru")
    assert (c.counted, c.counted_text, c.owner.country) == ("personnel", "военных", "RUS")
    assert c.source is not None and c.source.text == "Лукашенко"

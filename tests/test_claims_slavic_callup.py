"""ru/uk claims: morphology of participles and call-ups — a Ukrainian passive participle reads as its verb, a Russian
one also as its adjective; the counted noun is no status word of its own clause; people called up are personnel of
the country that calls them up, in that country; a partitive clause ("з них", "из них") is a clause of its own and
of the whole's side; a vocative-only reading is no counted noun (texts written for these tests)."""
from __future__ import annotations

from sitroom.analyze.claims import find_claims_slavic
from sitroom.analyze.quantities import find_quantities_slavic
from sitroom.nlp_slavic import word_lemmas


def _one(text, lang, figure, **kw):
    found = [c for c in find_claims_slavic(text, lang, document_id="t", **kw) if c.text == figure]
    assert len(found) == 1, [c.text for c in find_claims_slavic(text, lang, document_id="t", **kw)]
    return found[0]


def test_a_ukrainian_passive_participle_reads_as_its_verb():
    assert "мобілізувати" in word_lemmas("мобілізовані", "uk")
    assert "перекинути" in word_lemmas("перекинуті", "uk")
    assert "зосередити" in word_lemmas("зосереджених", "uk")         # д -> дж undone
    assert "взяти" in word_lemmas("взяті", "uk")
    assert not any(w.endswith("іти") for w in word_lemmas("знищені", "uk"))   # only verbs the dictionary knows


def test_a_russian_participle_reads_as_its_adjective_too():
    assert {"мобилизовать", "мобилизованный"} <= word_lemmas("мобилизованных", "ru")


def test_a_ukrainian_participle_gives_the_status_of_its_verb():
    c = _one("Минулого тижня на полігон під Гомелем перекинуті 800 військовослужбовців.", "uk", "800")
    assert c.status == "arrived"


def test_the_counted_noun_is_not_the_status_word_of_its_clause():
    c = _one("Около 1200 мобилизованных уже переброшены в учебные центры под Тамбовом.", "ru", "Около 1200")
    assert (c.status, c.counted) == ("arrived", "personnel")
    c = _one("На сборном пункте около 600 мобилизованных.", "ru", "около 600")
    assert c.status == "ordered"                                      # no other status word: the noun's verb


def test_people_called_up_are_personnel_of_the_country_calling_them_up():
    c = _one("В Курской области в ходе мобилизации призваны более 4 тысяч человек.", "ru", "более 4 тысяч")
    assert (c.counted, c.status, c.owner.country, c.location.country) == ("personnel", "ordered", "RUS", "RUS")


def test_a_call_up_is_in_the_calling_country_unless_the_clause_names_a_place():
    text = ("На фронті в Україні тривають бої. За даними розвідки, Росія планує мобілізувати ще близько 90 тисяч "
            "осіб.")
    c = _one(text, "uk", "близько 90 тисяч")
    assert (c.status, c.owner.country, c.location.country) == ("planned", "RUS", "RUS")


def test_a_partitive_clause_is_its_own_clause_and_of_the_wholes_side():
    text = "Всего в группировке 3000 российских военных, из них 200 погибли под Угледаром."
    whole = _one(text, "ru", "3000")
    assert whole.status != "killed"
    part = _one(text, "ru", "200")
    assert (part.status, part.owner.country) == ("killed", "RUS")


def test_a_vocative_reading_is_no_counted_noun():
    q = [q for q in find_quantities_slavic("з них щонайменше 40 тисяч уже загинули", "uk") if "40" in q.text]
    assert q and q[0].unit is None


def test_passing_with_an_object_is_undergoing_not_arriving():
    c = _one("Как сообщают в ГУР, еще около 3 тысяч мобилизованных проходят подготовку на полигоне под Тулой.", "ru",
             "около 3 тысяч")
    assert c.status == "present"
    c = _one("Ще близько 700 військових проходять навчання на полігонах у Гомельській області.", "uk", "близько 700")
    assert c.status == "present"
    c = _one("Через станцию Брест прошли 9 эшелонов с техникой.", "ru", "9")
    assert c.status == "arrived"                                       # no object: passing through


def test_a_reflexive_possessive_gives_the_figure_to_the_clauses_subject():
    c = _one("Білоруська сторона виділила для навчань ще до 900 власних військовослужбовців.", "uk", "до 900")
    assert c.owner is not None and c.owner.country == "BLR"
    c = _one("По словам эксперта, Минск направит к границе до 3 тысяч своих военных.", "ru", "до 3 тысяч")
    assert c.owner is not None and c.owner.country == "BLR"


def test_staying_in_a_state_is_that_states_status():
    c = _one("Еще около 3 тысяч жителей остаются перемещенными лицами.", "ru", "около 3 тысяч")
    assert c.status == "displaced"
    c = _one("Після обстрілу ще 12 людей залишаються пораненими в лікарні.", "uk", "12")
    assert c.status == "wounded"


def test_a_count_of_refugees_with_no_status_word_is_displaced():
    c = _one("Число беженцев из региона превысило 2 миллиона.", "ru", "превысило 2 миллиона")
    assert c.status == "displaced"


def test_agreeing_to_host_is_a_plan_and_promising_to_give_a_pledge():
    c = _one("Мінськ погодився прийняти до 5 тисяч російських військових.", "uk", "до 5 тисяч")
    assert c.status == "planned"
    c = _one("Минск согласился разместить около 4 тысяч российских военных.", "ru", "около 4 тысяч")
    assert c.status == "planned"
    c = _one("Берлин пообещал передать Киеву 30 танков.", "ru", "30")
    assert c.status == "pledged"

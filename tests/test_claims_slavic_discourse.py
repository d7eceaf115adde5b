"""Russian and Ukrainian claims whose facts stand outside the figure's own phrase (written for these tests, not
copied from the dev pages): a bare figure after "будет / буде / составит" counts its subject, a counted noun before
it or, for "их / їх", the counted noun of the sentences before; whose it is comes with that noun."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text, lang, title=None):
    doc = Document(id=content_id(text), text=text, title=title, published="2024-03-01", language=lang)
    return {c.text: c for c in analyze(doc).claims}


def test_a_bare_figure_after_will_be_counts_its_pronoun_subject():
    ru = _claims("Первые российские военные уже прибыли в Беларусь.\n\n«Всего их будет около 9 тысяч», — сказал "
                 "министр.", "ru")
    uk = _claims("До Польщі прибули перші американські військовослужбовці. Загалом їх буде до 5 тисяч.", "uk")
    c, d = ru["около 9 тысяч"], uk["до 5 тисяч"]
    assert (c.counted, c.owner and c.owner.country) == ("personnel", "RUS")
    assert (d.counted, d.owner and d.owner.country) == ("personnel", "USA")


def test_a_bare_figure_after_will_be_counts_the_noun_before_it():
    uk = _claims("Білоруських військових біля кордону буде до 5 тисяч, заявив речник.", "uk")
    ru = _claims("Российских танков в регионе будет не более 200.", "ru")
    c, d = uk["до 5 тисяч"], ru["не более 200"]
    assert (c.counted, c.owner and c.owner.country) == ("personnel", "BLR")
    assert (d.counted, d.owner and d.owner.country) == ("tanks", "RUS")


def test_a_bare_figure_in_a_list_still_counts_the_figure_before_it():
    uk = _claims("Станом на ранок прибули 2 ешелони з технікою, ще 3 очікуються.", "uk")
    assert uk["3"].counted == "trains"


def test_the_ministry_of_the_country_is_the_country_named_before():
    uk = _claims("У Казахстані розпочалися командно-штабні навчання. Про це повідомило міністерство оборони країни.\n\n"
                 "До навчань залучено понад 3 тисячі військовослужбовців.", "uk")
    c = uk["понад 3 тисячі"]
    assert c.source is not None and c.source.country == "KAZ"
    assert c.owner is not None and c.owner.country == "KAZ"


def test_a_list_item_that_names_no_side_goes_on_with_the_item_before():
    uk = _claims("📍 Біля кордону зафіксовано до 2 батальйонних тактичних груп ЗС Білорусі.\n\n📍 У районі Бреста "
                 "розгорнуто близько 15 танків.", "uk")
    assert uk["до 2"].counted == "units"
    assert uk["близько 15"].owner is not None and uk["близько 15"].owner.country == "BLR"


def test_the_headline_side_is_that_of_what_it_counts():
    ru = _claims("По данным мониторинговой группы, на аэродром прилетели не менее четырех истребителей.", "ru",
                 title="На белорусские аэродромы перебазированы российские истребители")
    c = ru["не менее четырех"]
    assert c.counted == "combat_aircraft"
    assert c.owner is not None and c.owner.country == "RUS"


def test_kinds_of_aircraft_and_airborne_vehicles():
    ru = _claims("На полигон прибыли 12 боевых машин десанта и 3 бомбардировщика.", "ru")
    assert (ru["12"].counted, ru["3"].counted) == ("armoured_vehicles", "combat_aircraft")


def test_status_from_the_claims_own_clause():
    uk = _claims("Станом на ранок прибули 4 ешелони з технікою, ще 2 очікуються наступного тижня.", "uk")
    assert (uk["4"].status, uk["2"].status) == ("arrived", "planned")
    uk = _claims("Нагадаємо, напередодні Росія випустила по Україні понад 40 безпілотників.", "uk")
    assert uk["понад 40"].status == "attacked"                    # "Нагадаємо," is no future of the clause
    uk = _claims("За даними моніторингів, три ешелони розвантажилися у Лунинці.", "uk")
    assert uk["три"].status == "arrived"


def test_a_day_in_an_according_to_sentence_is_the_figures_not_an_as_of():
    ru = _claims("По данным мониторинговой группы, в среду на аэродром прилетели 5 российских самолетов.", "ru")
    c = ru["5"]
    assert c.status == "arrived" and c.as_of is not None and c.as_of.relation == "on"


def test_districts_are_no_counts_and_a_verbless_figure_of_now_is_present():
    uk = _claims("Уламки впали у трьох районах міста, постраждали щонайменше 4 людини.", "uk")
    assert "трьох" not in uk and "щонайменше 4" in uk
    ru = _claims("По оценке экспертов, всего в Беларуси сейчас около 6 тысяч российских военнослужащих.", "ru")
    assert ru["около 6 тысяч"].status == "present"


def test_a_stock_as_of_a_date_with_no_status_word_is_present():
    uk = _claims("Кількість білоруських військових біля кордону станом на 3 березня не перевищує 5 тисяч, заявив речник.",
                 "uk")
    assert uk["не перевищує 5 тисяч"].status == "present"

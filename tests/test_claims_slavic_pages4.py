"""ru/uk claims: rules of news language found on the fourth batch of own web pages (pages4) — a figure that arrived
as of a date stays arrived, as of that day (texts written for these tests)."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text, lang, title=None):
    doc = Document(id=content_id(text), text=text, title=title, published="2022-10-18", language=lang)
    return {c.text: c for c in analyze(doc).claims}


def test_arrived_as_of_a_date_stays_arrived_as_of_that_day():
    uk = _claims("Станом на 16 жовтня до Білорусі прибули близько 3 тисяч військових РФ.", "uk")
    c = uk["близько 3 тисяч"]
    assert c.status == "arrived" and c.as_of is not None and c.as_of.relation == "as_of"
    assert c.as_of.value == "2022-10-16"
    ru = _claims("По состоянию на 16 октября в Беларусь прибыли 7 эшелонов с техникой.", "ru")
    c = ru["7"]
    assert c.status == "arrived" and c.as_of is not None and c.as_of.relation == "as_of"


def test_a_body_named_before_the_ministry_it_belongs_to_is_the_source():
    uk = _claims("За даними ГУР Міноборони України, у Білорусі перебувають близько 2 тисяч військових РФ.", "uk")
    src = uk["близько 2 тисяч"].source
    assert src is not None and src.text.startswith("ГУР") and src.country == "UKR"
    ru = _claims("По данным пресс-службы Госпогранкомитета Беларуси, границу пересекли 40 человек.", "ru")
    src = ru["40"].source
    assert src is not None and "пресс-служб" in src.text
    # the ministry named first stays the source
    uk = _claims("За даними Міноборони України, у Білорусі перебувають близько 2 тисяч військових РФ.", "uk")
    assert uk["близько 2 тисяч"].source.text == "Міноборони України"


def test_the_country_across_the_border_is_neither_owner_nor_place():
    ru = _claims("Президент Беларуси заявил, что на границе с Украиной находятся до 20 тыс. военнослужащих.", "ru")
    c = ru["до 20 тыс."]
    assert (c.owner and c.owner.country) != "UKR" and (c.location and c.location.country) != "UKR"
    uk = _claims("Речник заявив, що біля кордону з Україною перебувають до 20 тисяч військовослужбовців.", "uk")
    assert (uk["до 20 тисяч"].owner and uk["до 20 тисяч"].owner.country) != "UKR"
    # a country one comes from is still whose troops they are
    uk = _claims("З Росії до Білорусі прибули ще 2 ешелони.", "uk")
    assert uk["2"].owner is not None and uk["2"].owner.country == "RUS"


def test_a_headline_neighbour_is_no_place_for_the_body():
    ru = _claims("Президент Беларуси Александр Лукашенко заявил, что там несут службу до 20 тысяч военнослужащих.", "ru",
                 title="Лукашенко: на границе с Украиной находятся до 20 тыс. военнослужащих")
    c = ru["до 20 тысяч"]
    assert c.location is None or c.location.country != "UKR"


def test_a_ukrainian_future_that_reads_as_an_infinitive_too_is_planned():
    uk = _claims("Найближчим часом Росія перекинуть до Білорусі ще до 5 тисяч військових.", "uk")
    assert uk["до 5 тисяч"].status == "planned"
    uk = _claims("За тиждень до Білорусі перекинули 2 тисячі військових РФ.", "uk")
    assert uk["2 тисячі"].status == "arrived"


def test_preparing_a_move_is_planned():
    uk = _claims("Росія готує до перекидання в Білорусь ще 7 тисяч військових.", "uk")
    assert uk["7 тисяч"].status == "planned"
    ru = _claims("Россия готовит к переброске в Беларусь еще 7 тысяч военных.", "ru")
    assert ru["7 тысяч"].status == "planned"


def test_troops_that_may_be_somewhere_are_there_not_planned():
    ru = _claims("В Генштабе ВСУ считают, что в Беларуси могут находиться до 12 тыс. российских военных.", "ru")
    assert ru["до 12 тыс."].status == "present"
    uk = _claims("У Генштабі вважають, що в Білорусі можуть перебувати до 12 тисяч російських військових.", "uk")
    assert uk["до 12 тисяч"].status == "present"
    # a move that may come is still to come
    ru = _claims("В ближайшие дни в Беларусь могут прибыть еще 3 тысячи военных.", "ru")
    assert ru["3 тысячи"].status == "planned"


def test_a_summarys_passive_paragraph_goes_on_with_the_source_before():
    ru = _claims("Министерство обороны России сообщило, что за сутки уничтожено до 300 военнослужащих ВСУ.\n\n"
                 "Средствами ПВО сбиты 14 украинских беспилотников.", "ru")
    src = ru["14"].source
    assert src is not None and "обороны" in src.text.lower()
    uk = _claims("За даними Генштабу ЗСУ, за добу ліквідовано 700 окупантів.\n\nЗа минулу добу знищено 8 танків.", "uk")
    assert uk["8"].source is not None and "генштаб" in uk["8"].source.text.lower()


def test_a_paragraph_adding_also_goes_on_with_the_source_before():
    ru = _claims("Минобороны Беларуси сообщило, что домой вернулись 200 военнослужащих.\n\n"
                 "В учениях участвовали также 4 белорусских вертолета.", "ru")
    assert ru["4"].source is not None and "минобороны" in ru["4"].source.text.lower()


def test_a_paragraph_of_the_writers_own_stays_the_writers():
    ru = _claims("Минобороны России сообщило, что за сутки уничтожено до 300 военнослужащих ВСУ.\n\n"
                 "В прошлом году в регионе проживали 40 тысяч человек.", "ru")
    assert ru["40 тысяч"].source is None


def test_a_side_telling_what_it_did_itself_is_not_carried():
    ru = _claims("Министр обороны заявил, что у границ сосредоточено свыше 100 тысяч военнослужащих.\n\n"
                 "В ответ наши подразделения усилили охрану границы: дополнительно выставлено 30 постов.", "ru")
    assert ru["30"].source is None


def test_trains_with_a_sides_gear_are_that_sides():
    uk = _claims("До Білорусі прибули ще 4 ешелони з технікою ЗС РФ.", "uk")
    assert uk["4"].owner is not None and uk["4"].owner.country == "RUS"
    ru = _claims("В Беларусь прибыли еще 5 эшелонов с техникой ВС РФ.", "ru")
    assert ru["5"].owner is not None and ru["5"].owner.country == "RUS"
    ru = _claims("На станцию прибыли 2 эшелона с белорусской бронетехникой.", "ru")
    assert ru["2"].owner is not None and ru["2"].owner.country == "BLR"


def test_a_list_of_what_the_trains_carried_arrived_with_them():
    uk = _claims("До Білорусі прибули ще 3 ешелони.\n\nУ складі ешелонів зафіксовано:\n\n• 9 танків Т-72;\n\n"
                 "• до 15 вантажівок.", "uk")
    assert uk["9"].status == "arrived" and uk["до 15"].status == "arrived"
    ru = _claims("В Беларусь прибыли еще 2 эшелона.\n\nВ составе эшелонов:\n\n• 11 танков;\n\n• 4 САУ.", "ru")
    assert ru["11"].status == "arrived" and ru["4"].status == "arrived"


def test_the_label_of_a_loss_list_line_is_no_status_word():
    uk = _claims("Загальні бойові втрати противника склали:\n\n• особового складу — близько 50 100 (+520) осіб "
                 "ліквідовано;\n\n• танків — 2 100 (+9);", "uk")
    c = uk["близько 50 100"]
    assert (c.counted, c.status) == ("casualties", "killed")


def test_a_loss_list_under_the_enemys_losses_counts_the_enemys_dead():
    uk = _claims("Загальні бойові втрати противника склали:\n\n• особового складу — близько 50 100 (+520) осіб "
                 "ліквідовано;\n\n• танків — 2 100 (+9);", "uk")
    for figure in ("близько 50 100", "520"):
        assert uk[figure].owner is not None and uk[figure].owner.country == "RUS"


def test_a_side_after_a_phrase_of_time_is_the_subject():
    ru = _claims("Минобороны России сообщило, что за сутки ВСУ потеряли до 400 военнослужащих.", "ru")
    assert ru["до 400"].owner is not None and ru["до 400"].owner.country == "UKR"
    uk = _claims("Генштаб повідомив, що за минулу добу ЗСУ втратили 5 танків.", "uk")
    assert uk["5"].owner is not None and uk["5"].owner.country == "UKR"


def test_an_abbreviation_right_before_a_verb_of_losing_is_the_loser():
    ru = _claims("Минобороны России сообщило, что на купянском направлении ВСУ потеряли до 200 военнослужащих.", "ru")
    assert ru["до 200"].owner is not None and ru["до 200"].owner.country == "UKR"
    # a place before a verb of arriving stays a place
    ru = _claims("На территорию РФ прибыли 300 военнослужащих белорусской армии.", "ru")
    assert ru["300"].owner is not None and ru["300"].owner.country == "BLR"


def test_a_headline_figure_takes_the_side_and_place_of_the_body_figure_it_sums_up():
    ru = _claims("Президент Беларуси заявил, что на границе несут службу до 20 тысяч белорусских военнослужащих.", "ru",
                 title="Лукашенко: на границе находятся до 20 тыс. военнослужащих")
    head = ru["до 20 тыс."]
    assert head.section == "title" and head.owner is not None and head.owner.country == "BLR"
    assert head.location is not None and head.location.country == "BLR"
    # a headline figure the body does not repeat keeps what the headline gives
    ru = _claims("Президент Беларуси заявил, что на границе несут службу до 20 тысяч белорусских военнослужащих.", "ru",
                 title="На границе находятся 7 тыс. военнослужащих")
    assert ru["7 тыс."].owner is None

"""ru/uk claims: status and owner rules of news language (texts written for these tests) — receiving a wound is
being wounded; 'мають прибути' (uk: have + infinitive) is what is to come; troops training somewhere are there; a
loss list's items share the side one of them names."""
from __future__ import annotations

from sitroom.analyze.claims import find_claims_slavic


def _one(text, lang, figure, **kw):
    found = [c for c in find_claims_slavic(text, lang, document_id="t", **kw) if c.text == figure]
    assert len(found) == 1, [c.text for c in find_claims_slavic(text, lang, document_id="t", **kw)]
    return found[0]


def test_receiving_a_wound_is_being_wounded():
    c = _one("Після удару по селищу 5 мешканців отримали поранення різного ступеня.", "uk", "5")
    assert c.status == "wounded"
    c = _one("При атаке дрона на поселок 3 жителя получили ранения.", "ru", "3")
    assert c.status == "wounded"
    c = _one("Протягом тижня бригада отримала 20 бронемашин від партнерів.", "uk", "20")
    assert c.status != "wounded"                       # receiving gear stays receiving


def test_having_to_with_an_infinitive_is_to_come():
    c = _one("До кінця місяця на полігон мають прибути ще 2 тисячі військових.", "uk", "2 тисячі")
    assert c.status == "planned"
    c = _one("Наразі підрозділ має 40 танків.", "uk", "40")
    assert c.status != "planned"                       # having, with no infinitive, is no plan


def test_troops_training_somewhere_are_there():
    c = _one("На полігонах зараз тренуються близько 4 тисяч мобілізованих.", "uk", "близько 4 тисяч")
    assert c.status == "present"
    c = _one("Сейчас на полигонах обучаются около 3 тысяч мобилизованных.", "ru", "около 3 тысяч")
    assert c.status == "present"
    c = _one("За місяць у регіоні мобілізували 900 чоловіків.", "uk", "900")
    assert c.status == "ordered"                       # a call-up with no other verb stays a call-up


def test_a_loss_list_shares_the_side_one_item_names():
    text = "Кроме того, за сутки уничтожены 5 танков и 7 боевых машин пехоты ВСУ."
    c = _one(text, "ru", "5")
    assert c.owner is not None and c.owner.country == "UKR"
    text = "Також знищено 3 танки та 4 гармати армії РФ."
    c = _one(text, "uk", "3")
    assert c.owner is not None and c.owner.country == "RUS"
    text = "Уничтожены 5 танков ВСУ, пострадали 2 мирных жителя."
    c = _one(text, "ru", "2")
    assert c.owner is None                              # civilians hurt are nobody's side


def _analysed(text, lang):
    from sitroom.analyze import analyze
    from sitroom.model import Document, content_id

    doc = Document(id=content_id(text), text=text, published="2024-03-01", language=lang)
    return {c.text: c for c in analyze(doc).claims}


def _said_by(c):
    return f"{c.source.name or ''} {c.source.text}".lower() if c.source is not None else None


def test_a_paragraph_going_on_keeps_the_source_of_the_one_before():
    uk = _analysed("За минулу добу ворог втратив 480 військових, повідомив Генштаб ЗСУ.\n\nЗокрема, знищено 7 танків."
                   "\n\nТакож ліквідовано 3 гармати.", "uk")
    assert "генштаб" in (_said_by(uk["7"]) or "") and "генштаб" in (_said_by(uk["3"]) or "")
    ru = _analysed("Губернатор Игорь Смирнов сообщил, что ночью область атаковали 14 дронов.\n\n"
                   "В результате атаки пострадали 2 человека.", "ru")
    assert "смирнов" in (_said_by(ru["2"]) or "")
    ru = _analysed("Губернатор Игорь Смирнов сообщил, что ночью область атаковали 14 дронов.\n\n"
                   "Год назад в области погибли 5 человек.", "ru")
    assert ru["5"].source is None                       # background with no word of going on: the writer's


def test_a_name_after_a_country_in_the_genitive_is_the_speaker():
    uk = _analysed("Речник Повітряних сил України Юрій Ігнат заявив, що ворог запустив 30 дронів.", "uk")
    assert "ігнат" in (_said_by(uk["30"]) or "")
    uk = _analysed("Речник Державної служби з надзвичайних ситуацій України Олег Бондар заявив, що із зони "
                   "підтоплення евакуювали 300 людей.", "uk")
    assert "бондар" in (_said_by(uk["300"]) or "")


def test_the_agency_is_the_state_body_named_before():
    ru = _analysed("Министерство обороны Казахстана сообщило о начале учений.\n\nПо данным ведомства, в них "
                   "участвуют 2 тысячи военнослужащих.", "ru")
    assert "министерство обороны" in (_said_by(ru["2 тысячи"]) or "")
    uk = _analysed("Міністерство оборони Польщі повідомило про початок навчань.\n\nЗа даними відомства, у них "
                   "беруть участь 4 тисячі військових.", "uk")
    assert "міністерство оборони" in (_said_by(uk["4 тисячі"]) or "")


def test_a_source_in_the_locative_before_an_adverb_and_its_verb():
    ru = _analysed("В министерстве также уточнили, что на учения прибудут 800 военнослужащих.", "ru")
    assert "министерств" in (_said_by(ru["800"]) or "")
    uk = _analysed("У міністерстві також зазначили, що на навчання прибудуть 600 військових.", "uk")
    assert "міністерств" in (_said_by(uk["600"]) or "")


def test_a_depot_of_military_supplies_destroyed_is_the_enemys():
    uk = _analysed("Сили оборони продовжують контрнаступ, повідомив Генштаб ЗСУ. За добу знищено 3 склади "
                   "боєприпасів.", "uk")
    assert uk["3"].owner is not None and uk["3"].owner.country == "RUS"
    ru = _analysed("Министерство обороны России сообщило, что за сутки уничтожены 4 склада горючего.", "ru")
    assert ru["4"].owner is not None and ru["4"].owner.country == "UKR"
    uk = _analysed("Внаслідок атаки, повідомив Генштаб ЗСУ, зруйновано 2 склади з продуктами.", "uk")
    assert uk["2"].owner is None                        # a food store is nobody's side


def test_a_country_in_a_place_phrase_is_no_subject():
    ru = _analysed("За сутки зафиксированы 5 вылетов российских истребителей. Также на территорию Казахстана "
                   "прибыли 2 военно-транспортных самолета.", "ru")
    assert ru["2"].owner is not None and ru["2"].owner.country == "RUS"
    uk = _analysed("Уранці помічено 4 російські винищувачі. Згодом на територію Білорусі прилетіли ще 3 літаки.", "uk")
    assert uk["3"].owner is None or uk["3"].owner.country != "BLR"
    ru = _analysed("Россия перебросила в Беларусь 12 самолетов.", "ru")
    assert ru["12"].owner is not None and ru["12"].owner.country == "RUS"     # the subject still owns


def test_imperfective_partners_read_as_their_perfectives():
    c = _one("Утром в воздух поднимались 8 самолетов и 6 вертолетов.", "ru", "8")
    assert c.status == "departed"
    c = _one("Протягом дня з аеродрому злітали 4 російські винищувачі.", "uk", "4")
    assert c.status == "departed"
    c = _one("Каждый день на аэродром прилетают 2 военно-транспортных самолета.", "ru", "2")
    assert c.status == "arrived"
    c = _one("Щодня до Білорусі вводять 300 військових.", "uk", "300")
    assert c.status == "arrived"



def test_a_quoted_nickname_and_units_of_aviation_are_counted():
    c = _one("Сили ППО знищили 20 «шахедів» за ніч.", "uk", "20")
    assert c.counted == "drones"
    c = _one("Над регионом сбиты 9 «шахедов».", "ru", "9")
    assert c.counted == "drones"
    c = _one("На аэродромы прибыли более 40 единиц авиации ВКС России.", "ru", "более 40")
    assert c.counted == "aircraft"
    c = _one("До Білорусі прибули 15 одиниць авіації.", "uk", "15")
    assert c.counted == "aircraft"

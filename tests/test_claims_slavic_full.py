"""Russian and Ukrainian figure claims in full: the English `Claim` fields (bounds, qualifier, counted kind, source,
status, owner, location, modality, dates, evidence, event id), on short reports written for these tests."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.analyze.claims import find_claims_slavic
from sitroom.model import Document, content_id


def _claims(text, lang, **kw):
    return find_claims_slavic(text, lang, document_id="t", **kw)


def _one(text, lang, figure, **kw):
    found = [c for c in _claims(text, lang, **kw) if c.text == figure]
    assert len(found) == 1, [c.text for c in _claims(text, lang, **kw)]
    return found[0]


def _doc(text, lang, title=None, outlet=None):
    return Document(id=content_id(text), text=text, title=title, outlet=outlet, published="2023-03-01",
                    language=lang)


# ---------------------------------------------------------------- sources


def test_according_to_the_general_staff_names_the_source_and_carries_over_the_paragraph():
    text = ("По данным Генштаба ВСУ, за сутки уничтожено 14 танков противника. "
            "Кроме того, сбиты 7 беспилотников.")
    tanks = _one(text, "ru", "14")
    drones = _one(text, "ru", "7")
    assert tanks.source.country == "UKR" and "Генштаба" in tanks.source.text
    assert drones.source == tanks.source                         # the paragraph's source speaks on
    assert tanks.source_span.text.startswith("По данным")
    assert (tanks.counted, tanks.status, tanks.owner.country) == ("tanks", "destroyed", "RUS")
    assert (drones.counted, drones.status, drones.owner.country) == ("drones", "destroyed", "RUS")


def test_za_danymy_and_yak_povidomlyaye():
    text = "За даними Міноборони України, ворог втратив понад 1000 військових. Як повідомляє Укрінформ, бої тривають."
    c = _one(text, "uk", "понад 1000")
    assert (c.lower, c.upper, c.qualifier) == (1000, None, "more_than")
    assert c.source.country == "UKR" and "Міноборони" in c.source.text
    assert c.status == "killed" and c.owner.country == "RUS"    # "ворог" from a Ukrainian source is Russia


def test_as_the_ministry_reported_after_the_figure():
    text = "В Беларусь прибыли около 9 тысяч военнослужащих, как сообщило Минобороны Беларуси."
    c = _one(text, "ru", "около 9 тысяч")
    assert (c.lower, c.upper, c.qualifier, c.counted) == (9000, 9000, "approx", "personnel")
    assert c.source.country == "BLR" and c.status == "arrived" and c.location.country == "BLR"


@pytest.mark.parametrize("text, lang, figure, name", [
    ("Министр обороны Виктор Хренин: «У наших границ сосредоточено свыше 120 тысяч военнослужащих».", "ru",
     "свыше 120 тысяч", "Хренин"),
    ("Речник Повітряних сил Юрій Ігнат: «Уночі збито 12 безпілотників».", "uk", "12", "Ігнат"),
    ("Командувач Сил оборони Олександр Сирський: «За тиждень знищено понад 1100 окупантів».", "uk", "понад 1100",
     "Сирський"),
])
def test_a_title_and_name_before_a_colon_speak_the_quote(text, lang, figure, name):
    c = _one(text, lang, figure)
    assert c.source is not None and name in c.source.text


@pytest.mark.parametrize("text, lang, figure, name", [
    ("Ранее мониторы сообщали о переброске к границе с Украиной 2 дивизионов РСЗО.", "ru", "2", "мониторы"),
    ("Раніше монітори повідомляли про перекидання до кордону з Україною 2 дивізіонів.", "uk", "2", "монітори"),
])
def test_an_actor_after_a_preposition_is_what_is_told_not_who_tells_it(text, lang, figure, name):
    """"сообщали о переброске к границе с Украиной": Ukraine is in the news, the monitors tell it (and a capitalised
    "Раніше" opening a Ukrainian sentence is no person's name)."""
    c = _one(text, lang, figure)
    assert c.source is not None and c.source.text == name and c.source.country is None


def test_an_inverted_cue_names_the_person_after_it():
    text = "По місту випустили 4 ракети, повідомив голова обласної адміністрації Олег Синєгубов."
    assert "Синєгубов" in _one(text, "uk", "4").source.text


def test_a_pronoun_source_is_the_last_named_one():
    text = ("Лукашенко заявил, что учения продолжатся. По его словам, в них участвуют до 9000 военных.")
    c = _one(text, "ru", "до 9000")
    assert (c.upper, c.qualifier) == (9000, "up_to")
    assert c.source.name == "Alexander Lukashenko"


def test_a_generic_noun_is_a_source_as_written_and_our_estimate_is_the_outlet():
    text = ("По оценкам белорусских мониторов, на аэродроме находятся 12 вертолетов.\n\n"
            "По нашим подсчетам, там также около 20 самолетов.")
    heli = _one(text, "ru", "12")
    assert heli.source.text == "белорусских мониторов" and heli.source.country is None
    assert _one(text, "ru", "около 20").source is None           # "по нашим подсчетам": the outlet itself


def test_a_channel_before_a_colon_speaks_and_a_topic_does_not():
    post = "Гаюн: на станцию Барановичи прибыли 2 эшелона с техникой."
    assert _one(post, "ru", "2").source.name == "Belaruski Hajun"
    topic = "Российская армия: на складах осталось около 500 танков."
    assert _one(topic, "ru", "около 500").source is None


def test_a_sourcing_line_covers_the_post_it_closes():
    text = "Через станцію Калинковичі пройшло 3 ешелони з технікою. Дані — від наших підписників."
    c = _one(text, "uk", "3")
    assert "підписників" in c.source.text and c.location.country == "BLR"


def test_an_office_before_a_colon_speaks():
    c = _one("Генштаб ЗСУ: за добу знищено 5 танків і 3 ворожі літаки.", "uk", "5")
    assert c.source.country == "UKR" and "Генштаб" in c.source.text
    assert (c.status, c.owner.country, c.location.country) == ("destroyed", "RUS", "UKR")


def test_an_inverted_cue_is_not_the_recipient_before_it_and_the_recipient_is_the_place():
    c = _one("Польща передасть Україні ще 60 танків, заявив прем'єр-міністр Моравецький.", "uk", "60")
    assert "Моравецький" in c.source.text and c.source.country is None
    assert (c.status, c.owner.country, c.location.country) == ("pledged", "POL", "UKR")


def test_ob_etom_soobshchil_covers_the_paragraph_before_it():
    ru = _one("В Беларусь прибыли 3 эшелона. Об этом сообщила пресс-служба Минобороны Беларуси.", "ru", "3")
    assert ru.source.country == "BLR"
    text = ("Гаюн повідомив про нові ешелони.\n\nНа кордоні перебуває близько 5 тисяч військових. "
            "Про це повідомив речник ДПСУ Андрій Демченко.")
    assert _one(text, "uk", "близько 5 тисяч").source.text == "Андрій Демченко"


def test_ne_prevysit_is_at_most():
    c = _one("По словам Хренина, численность группировки не превысит 10 тысяч человек.", "ru", "не превысит 10 тысяч")
    assert (c.lower, c.upper, c.qualifier, c.source.name) == (None, 10000, "at_most", "Viktor Khrenin")
    c = _one("Кількість військових не перевищить 5 тисяч.", "uk", "не перевищить 5 тисяч")
    assert (c.upper, c.qualifier) == (5000, "at_most")


def test_a_participle_of_a_reporting_verb_is_no_source():
    text = "Заявленная численность группировки составит около 9 тысяч военнослужащих."
    c = _one(text, "ru", "около 9 тысяч")
    assert c.source is None and c.status == "planned"


# ---------------------------------------------------------------- status and modality


def test_planned_from_the_future_and_the_plan_verb():
    ru = _one("В Беларусь будет переброшено до 9000 военнослужащих.", "ru", "до 9000")
    assert (ru.status, ru.modality) == ("planned", "planned")
    uk = _one("Росія планує перекинути до Білорусі ще 20 ешелонів.", "uk", "20")
    assert uk.status == "planned" and uk.counted == "trains" and uk.location.country == "BLR"


def test_hedges_make_the_claim_alleged():
    ru = _one("Якобы в Беларусь прибыли 30 тысяч российских военных.", "ru", "30 тысяч")
    assert ru.modality == "alleged" and ru.owner.country == "RUS" and ru.location.country == "BLR"
    uk = _one("До Білорусі нібито прибули 30 тисяч російських військових.", "uk", "30 тисяч")
    assert uk.modality == "alleged" and uk.owner.country == "RUS"


def test_loss_reports_are_killed_for_people_and_destroyed_for_things():
    text = "Потери противника составили около 300 военнослужащих и 5 танков."
    assert _one(text, "ru", "около 300").status == "killed"
    assert _one(text, "ru", "5").status == "destroyed"


def test_a_bullet_list_takes_the_status_and_place_of_its_lead():
    text = "За сутки на станцию Осиповичи прибыли 2 эшелона:\n• 18 танков;\n• 40 грузовиков."
    tanks, trucks = _one(text, "ru", "18"), _one(text, "ru", "40")
    assert (tanks.status, tanks.location.name) == ("arrived", "Osipovichi")
    assert (trucks.counted, trucks.status, trucks.location.country) == ("trucks", "arrived", "BLR")


def test_a_bound_with_ne_is_not_a_negation():
    c = _one("Всего прибыло не менее 60 танков.", "ru", "не менее 60")
    assert (c.lower, c.qualifier) == (60, "at_least") and c.modality != "negated"


def test_an_elided_figure_counts_and_stands_as_its_antecedent():
    text = "Росіяни втратили понад 200 одиниць бронетехніки. Із них щонайменше 109 підтверджено фото."
    c = _one(text, "uk", "щонайменше 109")
    assert (c.counted, c.status, c.owner.country) == ("armoured_vehicles", "destroyed", "RUS")
    assert c.source is None                                      # "підтверджено фото": a passive names no one


def test_civilians_killed_belong_to_no_side():
    text = "Росія випустила по Харкову 10 ракет. У місті загинули щонайменше 5 людей."
    rockets, dead = _one(text, "uk", "10"), _one(text, "uk", "щонайменше 5")
    assert (rockets.status, rockets.owner.country, rockets.location.country) == ("attacked", "RUS", "UKR")
    assert (dead.counted, dead.status, dead.owner) == ("casualties", "killed", None)


# ---------------------------------------------------------------- owner and location


def test_a_side_given_later_in_the_paragraph_covers_the_figures_of_its_kind_before():
    text = ("Сегодня на аэродроме приземлились 4 вертолета, а на станцию пришли 5 цистерн. "
            "Всего там сейчас находится почти 15 российских вертолетов.\n\nЕще 3 вертолета замечены в Гомеле.")
    assert _one(text, "ru", "4").owner.country == "RUS"              # the later "российских вертолетов"
    assert _one(text, "ru", "5").owner is None                        # railcars: nobody says whose
    # another paragraph that names no side goes on with the troops or gear of the paragraph before (slavic5: the
    # pages batches' gold reads it so, "Ещё 3 вертолета" going on counting Russian helicopters)
    assert _one(text, "ru", "3").owner.country == "RUS"


def test_enemy_words_from_a_ukrainian_source_are_russia():
    for text, figure in (("Окупанти втратили 12 танків.", "12"),
                         ("Рашисти випустили 20 ракет по Одесі.", "20"),
                         ("Сили оборони знищили 8 гармат противника.", "8")):
        assert _one(text, "uk", figure).owner.country == "RUS", text


def test_the_enemy_of_a_russian_source_is_ukraine():
    text = "Минобороны России сообщило, что противник потерял 40 танков."
    assert _one(text, "ru", "40").owner.country == "UKR"


def test_the_enemy_of_a_belarusian_source_is_ukraine_and_an_exercise_enemy_is_no_one():
    text = "Министр обороны Беларуси Виктор Хренин заявил, что вблизи границы развернуто до 30 батарей противника."
    assert _one(text, "ru", "до 30").owner.country == "UKR"
    text = "Минобороны Беларуси сообщило, что противник сосредоточил у границы до 20 тысяч военнослужащих."
    assert _one(text, "ru", "до 20 тысяч").owner.country == "UKR"
    for text, lang in (("В ходе учения военные поразили 20 целей условного противника, сообщило Минобороны Беларуси.",
                        "ru"),
                       ("Під час навчань військові уразили 20 цілей умовного противника, повідомило Міноборони "
                        "Білорусі.", "uk")):
        c = _one(text, lang, "20")
        assert c.owner is None or c.owner.country != "UKR", text
        assert c.location is None or c.location.country != "UKR", text   # a Belarusian exercise, not the war


def test_transliterated_belarus_towns_and_listed_airbases():
    text = "На аэродром Мачулищи прилетели 3 самолета, а в Калинковичи прибыли 2 эшелона."
    planes, trains = _one(text, "ru", "3"), _one(text, "ru", "2")
    assert (planes.location.name, planes.location.country) == ("Machulishchy", "BLR")
    assert (trains.location.name, trains.location.country) == ("Kalinkovichi", "BLR")


def test_a_direction_is_its_town_and_a_region_adjective_its_region():
    c = _one("На донецком направлении отражено 15 атак.", "ru", "15")
    assert c.location.name == "Donetsk" and c.status == "attacked"
    c = _one("У Бєлгородській області внаслідок обстрілу загинули 3 людини.", "uk", "3")
    assert (c.location.name, c.location.country, c.status) == ("Belgorod Oblast", "RUS", "killed")


@pytest.mark.parametrize("text, lang, figure, region, iso", [
    ("На Курщині Сили оборони знищили 12 російських танків, повідомив Генштаб ЗСУ.", "uk", "12", "Kursk Oblast", "RUS"),
    ("Над Брянщиной за ночь сбиты 20 украинских беспилотников, сообщил губернатор.", "ru", "20", "Bryansk Oblast",
     "RUS"),
    ("Белгородчину атаковали 15 украинских дронов, заявил губернатор.", "ru", "15", "Belgorod Oblast", "RUS"),
    ("На Харьковщине российские войска обстреляли 12 населенных пунктов.", "ru", "12", "Kharkiv Oblast", "UKR"),
    ("Над Київщиною збито 12 безпілотників.", "uk", "12", "Kyiv Oblast", "UKR"),
    ("На Дніпропетровщині внаслідок обстрілу поранено 4 людей.", "uk", "4", "Dnipropetrovsk Oblast", "UKR"),
    ("Над Смоленщиной уничтожены 6 беспилотников.", "ru", "6", "Smolensk Oblast", "RUS"),
    ("В Курской области за сутки уничтожены 5 беспилотников.", "ru", "5", "Kursk Oblast", "RUS"),
])
def test_a_colloquial_region_name_is_its_region(text, lang, figure, region, iso):
    """"Курщина", "Брянщина", "Белгородчина", "Київщина" (the region named after its town, in any case): the
    region, not the war's default Ukraine nor the city of Kyiv."""
    c = _one(text, lang, figure)
    assert (c.location.name, c.location.country) == (region, iso)
    ev = [e for e in analyze(_doc(text, lang)).events if e.location is not None]
    assert ev and {(e.location.name, e.location.country) for e in ev} == {(region, iso)}


def test_a_neighbour_is_not_the_location():
    text = "На границе с Польшей задержаны 17 нарушителей, сообщил Госпогранкомитет."
    c = _one(text, "ru", "17")
    assert c.status == "captured" and (c.location is None or c.location.country != "POL")


# ---------------------------------------------------------------- the whole pipeline


def test_analyze_gives_claims_and_events_point_at_them():
    text = ("Российские военные прибыли в Беларусь, сообщило Министерство обороны Беларуси. "
            "Всего в страну прибудет около 9 тысяч военнослужащих.")
    ex = analyze(_doc(text, "ru", title="Российские войска прибывают в Беларусь"))
    (c,) = [c for c in ex.claims if c.section == "body"]
    assert (c.lower, c.qualifier, c.counted, c.status) == (9000, "approx", "personnel", "planned")
    assert (c.owner.country, c.location.country, c.source.country) == ("RUS", "BLR", "BLR")
    assert text[c.evidence.start:c.evidence.end] == c.evidence.sentence
    assert text[c.start:c.end] == c.text and c.claim_date == "2023-03-01"
    carriers = [e for e in ex.events if c.id in e.claim_ids]
    assert carriers and c.event_id == carriers[0].id and [q.text for q in carriers[0].quantities] == [c.text]


def test_headline_claims_and_the_headline_owner():
    ex = analyze(_doc("За даними моніторів, вони вже прибули до Гомеля.", "uk",
                      title="До Білорусі прибули 2 тисячі російських військових"))
    (c,) = [c for c in ex.claims if c.section == "title"]
    assert (c.lower, c.counted, c.owner.country, c.location.country) == (2000, "personnel", "RUS", "BLR")
    assert c.start == 0 or ex.document.title[c.start:c.end] == c.text


def test_a_country_acting_in_the_headline_is_not_the_place_of_the_body():
    ex = analyze(_doc("За даними Повітряних сил, засоби РЕБ знешкодили 41 ворожий дрон.", "uk",
                      title="Росія вночі атакувала Україну ракетами й дронами"))
    (c,) = [c for c in ex.claims if c.text == "41"]
    assert c.owner.country == "RUS" and c.location.country == "UKR"
    ex = analyze(_doc("По данным мониторов, прибыли 3 эшелона с техникой.", "ru",
                      title="В Беларусь прибыли эшелоны из России"))
    (c,) = [c for c in ex.claims if c.text == "3"]
    assert c.location.country == "BLR"


def test_the_outlet_tells_whose_enemy():
    text = "Противник потерял за сутки до 200 военнослужащих и 3 танка."
    ex = analyze(_doc(text, "ru", outlet="Министерство обороны Российской Федерации"))
    assert {c.text: c.owner and c.owner.country for c in ex.claims} == {"до 200": "UKR", "3": "UKR"}


@pytest.mark.parametrize("text", ["", "   ", "!!! ... ???", "123 456", "🙂🙂", "— 2022 —", "\n\n"])
@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_a_text_without_words_neither_crashes_nor_claims(text, lang):
    ex = analyze(_doc(text, lang))                    # used to raise KeyError in the ru/uk places layer
    assert all(c.counted is None or c.text for c in ex.claims)
    from sitroom.analyze.places import slavic_places
    from sitroom.nlp_slavic import parse_slavic

    assert slavic_places(parse_slavic(text, lang)) == []


def test_ru_uk_extraction_json_validates_against_the_contract():
    import json
    from pathlib import Path

    import jsonschema

    schema = json.loads((Path(__file__).parents[1] / "src/sitroom/data/extract.schema.json").read_text())
    text = ("По данным «Гаюна», на аэродром Мачулищи прибыли 2 самолета Ил-76.\n\n"
            "Станом на 13 жовтня до Білорусі прибули близько 9 тисяч російських військових.")
    for lang in ("ru", "uk"):
        data = analyze(_doc(text, lang, title="Прибытие войск")).to_json_dict()
        jsonschema.validate(data, schema)
        assert data["claims"] and all(c["evidence"]["sentence"] for c in data["claims"])
        ids = {c["id"] for c in data["claims"]}
        assert {i for e in data["events"] for i in e["claim_ids"]} <= ids


def test_annotate_reads_russian_with_the_russian_layers():
    from sitroom.annotate import annotate

    text = "Как сообщило Минобороны Беларуси, 16 октября в страну прибыли около 9 тысяч российских военных."
    out = annotate(text, dct="2022-10-20", layers=["timex", "quantities", "attribution", "claims"])
    assert [(t["text"], t["value"]) for t in out["timex"]] == [("16 октября", "2022-10-16")]
    assert [(q["text"], q["lower"], q["qualifier"]) for q in out["quantities"]] == [("около 9 тысяч", 9000, "approx")]
    assert out["attribution"][0]["source"]["country"] == "BLR"
    (c,) = out["claims"]
    assert c["text"] == "около 9 тысяч" and text[c["start"]:c["end"]] == c["text"]

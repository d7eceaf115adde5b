"""ru/uk claims: rules of news language found on the fifth batch of own web pages (pages5) — a paragraph break
ends a sentence, classifiers count the noun after their adjectives, pulling forces up is moving them, "из них"
points back past a paragraph, a known adjective is no person, a headline's implied place gives way to the body's
(texts written for these tests)."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _analysis(text, lang, title=None):
    return analyze(Document(id=content_id(text), text=text, title=title, published="2023-03-20", language=lang))


def _claims(text, lang, title=None):
    return {(c.section, c.text): c for c in _analysis(text, lang, title).claims}


def test_a_dateline_paragraph_is_no_part_of_the_sentence_after_it():
    from sitroom.nlp_slavic import parse_slavic

    text = "20 марта 2023, 10:15\n\nГлава областной администрации Олег Петренко сообщил, что ранены 4 человека."
    assert [s.text.strip() for s in parse_slavic(text, "ru").sents][0] == "20 марта 2023, 10:15"
    c = _claims(text, "ru")[("body", "4")]
    assert c.source is not None and "Петренко" in c.source.text


def test_a_classifier_counts_the_noun_after_its_adjectives():
    c = _claims("Командование сообщило, что за неделю уничтожено более 70 единиц российской военной техники.",
                "ru")[("body", "более 70")]
    assert c.counted == "equipment" and c.status == "destroyed" and c.owner is not None and c.owner.country == "RUS"
    c = _claims("За тиждень знищено понад 70 одиниць російської військової техніки.", "uk")[("body", "понад 70")]
    assert c.counted == "equipment" and c.owner is not None and c.owner.country == "RUS"


def test_a_group_word_before_its_noun_is_an_adjective_not_troops():
    x = _analysis("За тиждень знищено понад 70 одиниць російської військової техніки.", "uk")
    assert not any(e.actor is not None and "військової" in e.actor.text for e in x.events)
    x = _analysis("Російські військові прибули до Гомеля.", "uk")
    assert any(e.actor is not None and e.actor.country == "RUS" for e in x.events)


def test_pulling_forces_up_to_a_border_is_moving_them_there():
    c = _claims("Росія стягує до кордону близько 40 танків.", "uk")[("body", "близько 40")]
    assert c.status == "arrived"
    c = _claims("Противник подтянул к линии фронта не менее 15 артиллерийских систем.", "ru")[("body", "не менее 15")]
    assert c.status == "arrived"


def test_of_them_points_back_to_the_paragraph_before():
    c = _claims("Ночью противник атаковал область 12 беспилотниками.\n\nСилы ПВО сбили 10 из них.", "ru")
    c = c[("body", "10")]
    assert c.counted == "drones" and c.status == "destroyed"
    c = _claims("Вночі ворог запустив 18 дронів.\n\nЗа даними Повітряних сил, 15 з них знищено.", "uk")[("body", "15")]
    assert c.counted == "drones"


def test_a_known_adjective_the_tagger_took_for_a_person_is_no_source():
    c = _claims("За даними Головного управління розвідки Міноборони України, у Білорусі залишаються 3 тисячі "
                "військових РФ.", "uk")[("body", "3 тисячі")]
    assert c.source is not None and "управління розвідки" in c.source.text


def test_a_headline_figure_takes_the_place_its_body_names():
    title = "Минобороны РФ: ночью сбиты 18 украинских беспилотников"
    text = "Ночью над Белгородской областью сбиты 18 украинских беспилотников, сообщило Минобороны России."
    c = _claims(text, "ru", title)[("title", "18")]
    assert c.location is not None and c.location.country == "RUS"


def test_of_them_takes_the_side_of_the_whole():
    c = _claims("Ночью российские войска атаковали область 12 беспилотниками.\n\nСилы ПВО сбили 10 из них.",
                "ru")[("body", "10")]
    assert c.owner is not None and c.owner.country == "RUS"


def test_a_surname_before_a_headlines_colon_speaks():
    text = "Ночью в городе было неспокойно, сообщают местные жители."
    c = _claims(text, "ru", "Петренко: ночью город атаковали 6 беспилотников")[("title", "6")]
    assert c.source is not None and c.source.text == "Петренко"
    c = _claims("Вночі в місті було неспокійно.", "uk", "Федоров: у Запоріжжі поранено 4 людей")[("title", "4")]
    assert c.source is not None and c.source.text == "Федоров"
    c = _claims("Ночью в городе было неспокойно.", "ru", "Статистика: за сутки сбиты 9 беспилотников")[("title", "9")]
    assert c.source is None


def test_a_body_of_a_country_before_its_cue_is_the_source_not_the_country():
    c = _claims("Командование Сил обороны Украины сообщило, что уничтожено 20 танков.", "ru")[("body", "20")]
    assert c.source is not None and c.source.text == "Командование Сил обороны Украины" and c.source.country == "UKR"
    c = _claims("Посол України заявив, що до країни прибули 20 танків.", "uk")[("body", "20")]
    assert c.source is not None and c.source.text == "Посол України"
    c = _claims("Украина заявила, что получила 20 танков.", "ru")[("body", "20")]
    assert c.source is not None and c.source.name == "Ukraine"

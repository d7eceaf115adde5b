"""ru/uk claims: definite anaphora of news language — "в стране / в країну" is the country the text is about, a
headline's place after a preposition is its place, and "по данным канала / за даними проєкту" is the channel or
project named before with that noun (texts written for these tests)."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.analyze.claims import find_claims_slavic, slavic_headline
from sitroom.model import Document, content_id


def _claims(text, lang, title=None):
    doc = Document(id=content_id("t", text), text=text, title=title, language=lang, published="2023-03-01")
    return [c for c in analyze(doc).claims if c.section == "body"]


def test_a_country_noun_after_a_preposition_is_the_last_country_named():
    text = "Колона техніки вчора пройшла через Брест. За березень у країну прибули 14 ешелонів, які прямують до Києва."
    c = next(c for c in find_claims_slavic(text, "uk", document_id="t") if c.text == "14")
    assert c.location.country == "BLR"


def test_a_country_noun_is_the_headlines_country_first():
    text = ("Численности этих сил мало для удара по Киеву. Аналитики считают, что сейчас в стране находятся около "
            "6 тысяч российских военных.")
    c = next(c for c in _claims(text, "ru", title="Зачем Кремлю войска в Беларуси") if c.text == "около 6 тысяч")
    assert c.location.country == "BLR"


def test_a_headline_place_after_a_preposition_is_its_place():
    *_, location = slavic_headline("Зачем Кремлю и Москве войска в Беларуси", "ru")
    assert location is not None and location.country == "BLR"


def test_a_definite_noun_names_again_the_source_named_with_it():
    text = ("Как сообщает канал «Южный фронт», под Угледар переброшены две бригады.\n\n"
            "По данным канала, туда прибыли около 2 тысяч военнослужащих.")
    c = next(c for c in find_claims_slavic(text, "ru", document_id="t") if c.text == "около 2 тысяч")
    assert c.source is not None and "Южный" in c.source.text


def test_a_place_noun_after_a_preposition_is_the_last_place_named():
    text = ("Губернатор Курской области сообщил о повреждении двух домов. По данным Минобороны России, над регионом "
            "за ночь сбиты 11 украинских беспилотников, летевших со стороны Сум.")
    c = next(c for c in find_claims_slavic(text, "ru", document_id="t") if c.text == "11")
    assert c.location.country == "RUS"


def test_a_paragraph_naming_no_side_goes_on_with_the_paragraph_before():
    text = ("За оцінкою аналітиків, у Брянській області зараз перебувають до 30 тисяч російських військових.\n\n"
            "Експерти зазначають, що в угрупованні є близько 200 танків.")
    c = next(c for c in find_claims_slavic(text, "uk", document_id="t") if c.text == "близько 200")
    assert c.owner is not None and c.owner.country == "RUS"


def test_taking_part_is_being_there():
    c = next(c for c in find_claims_slavic("У навчаннях беруть участь понад 3 тисячі військовослужбовців.", "uk",
                                           document_id="t") if c.text == "понад 3 тисячі")
    assert c.status == "present"
    c = next(c for c in find_claims_slavic("В учениях принимают участие около 2 тысяч военнослужащих.", "ru",
                                           document_id="t") if c.text == "около 2 тысяч")
    assert c.status == "present"

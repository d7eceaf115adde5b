"""ru/uk claims: rules of news language found on the sixth batch of own web pages (pages6) — a translation under
its original gives no second set of claims, a Ukrainian page quoting Russian (a paragraph of its own or a quotation
inside a sentence) reads the Russian by Russian words, "the enemy" of an organ named without its country is the
other side of the country the document's sources speak for, a counted noun no table knows is labelled as written
(texts written for these tests)."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _analysis(text, lang, title=None):
    return analyze(Document(id=content_id(text), text=text, title=title, published="2023-02-10", language=lang))


def _claims(text, lang, title=None):
    return list(_analysis(text, lang, title).claims)


_TRANSLATED = ("Министерство обороны сообщило, что к 9 февраля на полигоны прибыли 6 эшелонов и около 3 тысяч "
               "военнослужащих.\n\nEnglish translation: The Defence Ministry said 6 trains and about 3,000 servicemen "
               "had arrived at the training grounds by February 9.")


def test_a_translation_under_its_original_adds_no_claims_of_its_own():
    claims = _claims(_TRANSLATED, "ru")
    assert sorted((c.lower, c.counted) for c in claims) == [(6, "trains"), (3000, "personnel")], \
        [(c.text, c.counted) for c in claims]
    assert all(c.start < _TRANSLATED.index("English") for c in claims)          # the original's, in Russian


def test_a_figure_only_the_translation_gives_is_kept():
    text = _TRANSLATED + " Another 4 trains are expected next week."
    claims = _claims(text, "ru")
    assert any(c.lower == 4 and c.counted == "trains" for c in claims)


def test_the_part_labelled_original_is_the_one_kept():
    text = ("TRANSLATION: Over the past day the enemy launched 42 drones at the Kharkiv region, the regional "
            "administration said.\n\nORIGINAL: За минулу добу ворог запустив 42 дрони по Харківщині, повідомили в "
            "обласній військовій адміністрації.")
    claims = _claims(text, "en")
    assert [c.counted_text for c in claims if c.lower == 42] == ["дрони"]


def test_russian_and_ukrainian_paragraphs_are_language_blocks_of_their_own():
    from sitroom.clean import language_blocks

    text = ("Міністерство оборони Білорусі опублікувало повідомлення про прибуття російських військових.\n\n"
            "«На белорусские полигоны прибыли еще около 3 тысяч военнослужащих Вооруженных Сил России»\n\n"
            "Речник ДПСУ заявив, що загрози наступу з півночі наразі немає.")
    blocks = language_blocks(text, "uk")
    assert [lang for _, _, lang in blocks] == ["uk", "ru", "uk"]
    assert text[blocks[1][0]:blocks[1][1]].startswith("«На белорусские")
    one = "Міністерство оборони Білорусі повідомило про прибуття військових.\n\nВони розміщені на полігонах."
    assert language_blocks(one, "uk") == ((0, len(one), "uk"),)


def test_a_russian_paragraph_of_a_ukrainian_page_is_read_in_russian():
    text = ("Міноборони Білорусі опублікувало повідомлення. Наводимо його мовою оригіналу.\n\n"
            "«В рамках формирования группировки на полигоны прибыли еще около 3 тысяч военнослужащих "
            "Вооруженных Сил России»")
    c = next(c for c in _claims(text, "uk") if c.lower == 3000)
    assert c.qualifier == "approx" and c.counted == "personnel" and c.status == "arrived"


def test_a_russian_quotation_inside_ukrainian_text_is_read_by_russian_words():
    from sitroom.analyze.quantities import find_quantities_slavic

    text = "Лукашенко заявив: «Это будет порядка 9 тысяч российских военнослужащих». Там близько 1000 військових."
    got = [(q.text, q.lower, q.upper, q.qualifier) for q in find_quantities_slavic(text, "uk")]
    assert got == [("порядка 9 тысяч", 9000, 9000, "approx"), ("близько 1000", 1000, 1000, "approx")]
    c = next(c for c in _claims(text, "uk") if c.lower == 9000)
    assert c.counted == "personnel" and c.source is not None and "Лукашенко" in c.source.text
    # a Ukrainian quotation in Ukrainian text, and a Russian one in Russian, read as before
    assert [q.lower for q in find_quantities_slavic("Він сказав: «Прибули близько 2 тисяч військових».", "uk")] == [2000]
    assert [q.lower for q in find_quantities_slavic("Он сказал: «Прибыли около 2 тысяч военных».", "ru")] == [2000]


def test_the_enemy_of_an_organ_named_without_its_country_is_the_other_side_of_the_documents_sources():
    text = ("Противник держит у границы до 10 тысяч военнослужащих, сообщил представитель Генерального штаба ВСУ "
            "Алексей Громов.\n\nКроме того, за сутки враг потерял 540 военнослужащих, заявили в Генштабе.")
    c = next(c for c in _claims(text, "ru") if c.lower == 540)
    assert c.status == "killed" and c.owner is not None and c.owner.country == "RUS"
    text = ("Противник потерял за сутки 90 военнослужащих, сообщили в Министерстве обороны России.\n\n"
            "Кроме того, враг потерял 3 танка, заявили в ведомстве.")
    c = next(c for c in _claims(text, "ru") if c.lower == 3)
    assert c.owner is not None and c.owner.country == "UKR"


def test_a_post_before_a_named_source_gives_its_side():
    text = ("Представитель Генштаба ВСУ Алексей Громов заявил, что атаки отбиты.\n\n"
            "За сутки враг потерял 3 танка, заявили в Генштабе.")
    c = next(c for c in _claims(text, "ru") if c.lower == 3)
    assert c.owner is not None and c.owner.country == "RUS"


def test_a_counted_noun_no_table_knows_is_labelled_as_written():
    by = {c.text: c for c in _claims("Россия направила в Беларусь 9 тысяч военных и 12 мостов.", "ru")}
    assert by["9 тысяч"].counted == "personnel"
    assert by["12"].counted == "мостов" and by["12"].counted_text == "мостов"
    c = next(c for c in _claims("На позиції прибули 300 военных.", "uk") if c.lower == 300)
    assert c.counted == "personnel"                       # a Russian word in Ukrainian text: its Russian kind


def test_a_countrys_adjective_on_a_military_site_is_where_not_whose():
    c = next(c for c in _claims("На белорусские полигоны прибыли еще около 2 тысяч военнослужащих Вооруженных Сил "
                                "России.", "ru") if c.lower == 2000)
    assert c.location is not None and c.location.country == "BLR"
    assert c.owner is not None and c.owner.country == "RUS"
    c = next(c for c in _claims("На білоруські полігони прибули ще 3 тисячі військових Збройних сил Росії.", "uk")
             if c.lower == 3000)
    assert c.location is not None and c.location.country == "BLR"
    # a border is on either side: its adjective does not place the figure
    c = next(c for c in _claims("Вблизи белорусской границы развернуто до 30 батарей реактивной артиллерии ВСУ.", "ru")
             if c.upper == 30)
    assert c.location is None or c.location.country != "BLR"


def test_troops_leaving_one_country_for_another_are_gone_from_the_first():
    c = next(c for c in _claims("Протягом березня з території Білорусі до Росії вибули щонайменше 20 ешелонів.", "uk")
             if c.lower == 20)
    assert c.status == "departed" and c.location is not None and c.location.country == "BLR"
    assert c.owner is None or c.owner.country != "BLR"                  # the place left owns nothing
    c = next(c for c in _claims("В марте из Беларуси в Россию убыли не менее 20 эшелонов.", "ru") if c.lower == 20)
    assert c.status == "departed" and c.location is not None and c.location.country == "BLR"
    # people fleeing are counted where they went; an arrival's origin still owns it
    c = next(c for c in _claims("З України до Польщі виїхали понад 2 мільйони людей.", "uk") if c.lower == 2e6)
    assert c.location is not None and c.location.country == "POL"
    c = next(c for c in _claims("З Росії до Білорусі прибули ще 2 ешелони.", "uk") if c.lower == 2)
    assert c.owner is not None and c.owner.country == "RUS" and c.location.country == "BLR"


def test_a_body_figure_in_no_ones_voice_repeating_an_attributed_headline_figure_is_the_headlines_sources():
    title = "Моніторинговий проєкт: з Білорусі вивели понад 2 тисячі російських військових"
    text = ("За даними моніторингового проєкту, протягом березня з Білорусі вибули 20 ешелонів.\n\n"
            "Разом із технікою країну залишили понад 2 тисячі російських військових.")
    c = next(c for c in _claims(text, "uk", title) if c.section == "body" and c.lower == 2000)
    assert c.source is not None and "проєкт" in (c.source.text or "").lower()
    # a figure the headline does not give stays in no one's voice
    text = text.replace("понад 2 тисячі", "понад 500")
    c = next(c for c in _claims(text, "uk", title) if c.section == "body" and c.lower == 500)
    assert c.source is None


def test_a_noun_of_destroying_gives_the_status_and_the_speakers_country_is_no_place():
    title = "У Міноборони РФ заявили про нібито знищення 5 українських танків"
    c = next(c for c in _claims("Ці дані не підтверджено.", "uk", title) if c.section == "title")
    assert c.status == "destroyed" and c.owner is not None and c.owner.country == "UKR"
    assert c.location is None or c.location.country != "RUS"
    c = next(c for c in _claims("Минобороны России сообщило об уничтожении 5 украинских танков.", "ru"))
    assert c.status == "destroyed"


def test_the_enemy_of_a_voice_without_a_country_is_the_side_whose_losses_it_reports():
    text = ("Противник перебросил к Бахмуту до 3 тысяч военнослужащих.\n\n"
            "На соледарском направлении за сутки уничтожены 4 танка ВСУ.")
    c = next(c for c in _claims(text, "ru") if c.upper == 3000)
    assert c.owner is not None and c.owner.country == "UKR"
    # losses of both sides in that voice: no side for "противник"
    text = ("Противник перебросил к Бахмуту до 3 тысяч военнослужащих.\n\n"
            "За сутки уничтожены 4 танка ВСУ и 2 российских танка.")
    c = next(c for c in _claims(text, "ru") if c.upper == 3000)
    assert c.owner is None

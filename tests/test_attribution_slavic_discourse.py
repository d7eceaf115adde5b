"""Russian and Ukrainian claimants across sentences (written for these tests, not copied from the dev pages): the
source named after "Про це повідомляє" past a «quoted» name, a first-person verb inside a quote is the speaker's, a
country the NER takes for a person is no speaker, "за його словами" after a nested "що X заявляв" is the person who
spoke, and "Нагадаємо, …" is a discourse marker, not the outlet's voice."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _sources(text, lang):
    doc = Document(id=content_id(text), text=text, published="2024-03-01", language=lang)
    return {c.text: (c.source.text, c.source.name) if c.source is not None else None for c in analyze(doc).claims}


def _has(source, stem):
    return source is not None and any(stem in (s or "").lower() for s in source)


def test_about_it_reports_the_source_after_the_verb_past_a_quoted_name():
    uk = _sources("До Польщі прибули 12 американських літаків. Про це повідомляє моніторинговий проєкт «Беларускі "
                  "Гаюн».", "uk")
    ru = _sources("В Гродно прибыли 3 эшелона с техникой. Об этом сообщает мониторинговая группа «Беларускі Гаюн».",
                  "ru")
    assert _has(uk["12"], "гаюн") or _has(uk["12"], "hajun"), uk
    assert _has(ru["3"], "гаюн") or _has(ru["3"], "hajun"), ru


def test_first_person_inside_a_quote_is_the_speaker_not_the_outlet():
    uk = _sources("Речник прикордонної служби Андрій Демченко заявив, що загрози наступу немає. «Ми фіксуємо не більше "
                  "50 одиниць техніки», — сказав він.", "uk")
    ru = _sources("Представитель погранслужбы Антон Быков заявил, что угрозы нет. «Мы фиксируем не более 50 единиц "
                  "техники», — сказал он.", "ru")
    assert _has(uk["не більше 50"], "демченко"), uk
    assert _has(ru["не более 50"], "быков"), ru


def test_he_said_skips_a_country_the_ner_took_for_a_person():
    uk = _sources("Таку оцінку навів представник Головного управління розвідки Міноборони України Вадим Скібіцький.\n\n"
                  "«Частину з них уже перекинуто на схід України. Там лишаються приблизно 80 танків», — сказав він.", "uk")
    assert _has(uk["приблизно 80"], "скібіцьк"), uk


def test_his_words_after_a_nested_claim_are_the_person_who_spoke():
    uk = _sources("Скібіцький також нагадав, що восени Мінськ заявляв про підготовку навчань. За його словами, "
                  "найближчим часом прибудуть ще 4 ешелони.", "uk")
    assert _has(uk["4"], "скібіцьк"), uk


def test_let_us_recall_leaves_the_named_source():
    uk = _sources("Нагадаємо, раніше Міноборони Білорусі заявило, що до навчань залучать до 7 тисяч військових.", "uk")
    ru = _sources("Напомним, ранее Минобороны Белоруссии заявило, что в учениях примут участие до 7 тысяч военных.",
                  "ru")
    assert _has(uk["до 7 тисяч"], "міноборони") or _has(uk["до 7 тисяч"], "defen"), uk
    assert _has(ru["до 7 тысяч"], "минобороны") or _has(ru["до 7 тысяч"], "defen"), ru


def test_the_air_force_and_a_military_administration_are_named_sources():
    uk = _sources("Уночі ворог атакував область 25 дронами. Про це повідомляють Повітряні сили ЗСУ.\n\nЯк повідомляє "
                  "Одеська обласна військова адміністрація, постраждали щонайменше троє людей.", "uk")
    assert _has(uk["25"], "повітрян"), uk
    assert _has(uk["щонайменше троє"], "адміністрац"), uk

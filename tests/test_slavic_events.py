"""Russian and Ukrainian events: source, modality, actor, place and date from the ru/uk layers (own sentences)."""
from __future__ import annotations

import pytest

from sitroom.analyze import analyze
from sitroom.model import Document, content_id
from sitroom.nlp_slavic import fold_apostrophes, parse_slavic


def _events(text: str, lang: str):
    return analyze(Document(id=content_id(text), text=text, published="2022-10-20", language=lang)).events


def _one(text: str, lang: str):
    evs = _events(text, lang)
    assert len(evs) == 1, evs
    return evs[0]


def test_parse_keeps_the_text_offsets_and_sentences():
    text = " Минобороны заявило.\n\nВойска  прибыли в Минск. "
    doc = parse_slavic(text, "ru")
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents] == ["Минобороны заявило.", "Войска  прибыли в Минск."]
    assert [t.lemma_ for t in doc if t.text == "прибыли"] == ["прибыть"]


def test_apostrophes_are_one_character_and_words_stay_whole():
    assert fold_apostrophes("Мінʼюст м’ясо об`єкт") == "Мін'юст м'ясо об'єкт"
    doc = parse_slavic("Мінʼюст повідомив.", "uk")
    assert [t.text for t in doc][:2] == ["Мінʼюст", "повідомив"]


def test_ministry_with_its_country_is_the_source_and_the_country_the_place():
    e = _one("Минобороны Беларуси заявило, что в страну прибыли российские военные.", "ru")
    assert (e.type, e.modality) == ("MOBILIZE", "reported")
    assert (e.source.country, e.source.sector, e.source.text) == ("BLR", "MIL", "Минобороны Беларуси")
    assert (e.actor.country, e.actor.sector) == ("RUS", "MIL")
    assert e.location.country == "BLR"


def test_according_to_the_ukrainian_general_staff_and_a_hedge():
    text = "За даними Генштабу ЗСУ, російські війська нібито обстріляли Харків."
    e = _one(text, "uk")
    assert (e.type, e.modality) == ("ASSAULT", "alleged")
    assert (e.source.country, e.source.sector) == ("UKR", "MIL")
    assert e.location.name == "Kharkiv"
    assert text[e.evidence.start:e.evidence.end] == text and text[e.trigger_start:].startswith("обстріляли")


def test_without_the_hedge_it_is_reported():
    assert _one("За даними Генштабу ЗСУ, російські війська обстріляли Харків.", "uk").modality == "reported"


@pytest.mark.parametrize("text,lang", [
    ("Россия планирует перебросить войска в Беларусь.", "ru"),
    ("Росія планує перекинути війська до Білорусі.", "uk"),
    ("Российские войска будут переброшены в Беларусь.", "ru"),
])
def test_planned(text, lang):
    e = _one(text, lang)
    assert (e.type, e.modality, e.actor.country, e.location.country) == ("MOBILIZE", "planned", "RUS", "BLR")


def test_negated_and_denied():
    assert _one("Российские войска не прибыли в Беларусь.", "ru").modality == "negated"
    assert _one("Минобороны Беларуси опровергло, что российские войска прибыли в Гомель.", "ru").modality == "denied"


def test_inflected_place_and_person_names_resolve_through_lemmas():
    e = _one("Лукашенко заявив, що білоруські військові прибули у Мінськ.", "uk")
    assert (e.source.name, e.source.country) == ("Alexander Lukashenko", "BLR")
    assert (e.actor.country, e.location.name) == ("BLR", "Minsk")
    e = _one("Как сообщает Гаюн, колонна техники прибыла в Мозырь.", "ru")
    assert (e.source.name, e.source.sector) == ("Belaruski Hajun", "MEDIA")


def test_the_date_comes_from_the_slavic_time_tagger():
    e = _one("16 октября российские военные прибыли в Беларусь.", "ru")
    assert e.date.value == "2022-10-16"
    e = _one("Станом на 13 жовтня до Білорусі прибули російські військові.", "uk")
    assert (e.date.value, e.date.relation) == ("2022-10-13", "as_of")


def test_an_arrival_without_armed_forces_is_not_a_deployment():
    assert [e.type for e in _events("Письмо прибыло в Минск.", "ru")] == []


def test_an_impersonal_report_has_no_source_but_is_reported():
    e = _one("Сообщается, что российские войска обстреляли Харьков.", "ru")
    assert e.modality == "reported" and e.source is None


def test_natasha_models_run_on_one_blas_thread(monkeypatch):
    """natasha's small matrix products run single-threaded (OpenBLAS's spinning threads made the ru/uk parse several
    times slower on a shared machine); the BLAS pool of the rest of the process is left as it was."""
    from threadpoolctl import threadpool_info, threadpool_limits

    from sitroom import nlp_slavic

    seen: list[int] = []
    _, tagger, syntax, ner = nlp_slavic._natasha()
    real = type(syntax).map

    def spy(self, batch):
        seen.extend(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas")
        return real(self, batch)

    monkeypatch.setattr(type(syntax), "map", spy)
    with threadpool_limits(limits=2, user_api="blas"):
        parse_slavic("Войска прибыли в Минск.", "ru")
        after = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    assert seen and set(seen) == {1}
    assert set(after) == {2}


def test_ukrainian_prepositions_are_prepositions():
    """The Ukrainian dictionary reads "до", "про", "під" first as nouns and "на" as a particle: they are ADP."""
    doc = parse_slavic("Колона рухалася до кордону, про це повідомили на брифінгу під Києвом.", "uk")
    assert {t.text: t.pos_ for t in doc if t.text in ("до", "про", "на", "під")} == dict.fromkeys(
        ("до", "про", "на", "під"), "ADP")


def test_a_capitalised_adverb_opening_a_sentence_is_no_name():
    doc = parse_slavic("Раніше монітори повідомляли про перекидання техніки.", "uk")
    assert "Раніше" not in [e.text for e in doc.ents]


def test_an_event_noun_under_a_threat_noun_is_threatened():
    for text, lang, trigger in (("За словами Наєва, загроза наступу з Білорусі зберігається.", "uk", "наступу"),
                                ("Угроза нового наступления с территории Беларуси сохраняется.", "ru", "наступления"),
                                ("Зберігається загроза ракетних ударів по Києву.", "uk", "ракетних ударів")):
        ev = [e for e in _events(text, lang) if e.trigger == trigger]
        assert [e.modality for e in ev] == ["threatened"], text
    ev = [e for e in _events("Генштаб повідомив, що наступ з Білорусі триває.", "uk") if e.trigger == "наступ"]
    assert ev and ev[0].modality != "threatened"


def test_a_pronoun_and_a_verb_the_tagger_calls_a_name_are_no_actor():
    from sitroom.analyze.actors import SlavicActors
    from sitroom.analyze.actors._slavic import _agent_name

    doc = parse_slavic("Він зазначив, що мобілізація в рф цього року буде масштабною.", "uk")
    tagged = [e for e in doc.ents if e.text == "Він зазначив"]
    if tagged:                                   # what the tagger reads here; the rule must not depend on it
        assert not any(m[2].text == "Він зазначив" for m in SlavicActors(doc, []).mentions)
    assert not _agent_name(doc[0:2], "uk")                                 # a pronoun and a verb
    assert not _agent_name(parse_slavic("Удар по Нікополю.", "uk")[2:3], "uk")   # only dative: a place, no agent
    assert _agent_name(parse_slavic("Зеленський заявив.", "uk")[0:1], "uk")
    assert _agent_name(parse_slavic("Удар військ Шойгу.", "ru")[2:3], "ru")     # a genitive agent after a noun

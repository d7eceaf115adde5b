"""Actor resolution on wire-style sentences written for these tests."""
from __future__ import annotations

import pytest

from sitroom.analyze.actors import ActorResolver, lookup_actor
from sitroom.nlp import parse


@pytest.fixture(scope="module")
def story():
    text = ("The Belarusian Ministry of Defense said on Sunday that a first convoy had crossed the border. "
            "Belarusian dictator Alexander Lukashenko said last week that Minsk and Moscow had agreed on a joint "
            "grouping. The ministry later published photos of the convoy. The dictator did not say how long "
            "the troops would stay, while the Kremlin declined to comment.")
    doc = parse(text)
    return text, ActorResolver(doc)


@pytest.mark.parametrize("phrase,name,country,sector", [
    ("Belarusian dictator Alexander Lukashenko", "Alexander Lukashenko", "BLR", "LEADER"),
    ("the Armed Forces of Ukraine", "Armed Forces of Ukraine", "UKR", "MIL"),
    ("Russian troops", None, "RUS", "MIL"),
    ("Russian servicemen", None, "RUS", "MIL"),
    ("NATO", "NATO", None, "IGO"),
    ("the UN Security Council", "UN Security Council", None, "IGO"),
    ("Foreign Minister Sergei Lavrov", "Sergei Lavrov", "RUS", "GOV"),
    ("Zelenskyy", "Volodymyr Zelensky", "UKR", "LEADER"),
    ("U.S. officials", None, "USA", "GOV"),
    ("Ukraine's General Staff", None, "UKR", "MIL"),
    ("the Kremlin", "Kremlin", "RUS", "GOV"),
    ("Polish President Andrzej Duda", "Andrzej Duda", "POL", "LEADER"),
    ("the French prime minister", None, "FRA", "LEADER"),
    ("the Turkish foreign ministry", None, "TUR", "GOV"),
    ("Ukraine's security service", None, "UKR", "SPY"),
    ("Kazakh authorities", None, "KAZ", "GOV"),
])
def test_lookup_actor(phrase, name, country, sector):
    e = lookup_actor(phrase)
    assert e is not None
    assert (e.country, e.sector) == (country, sector)
    if name:
        assert e.name == name


def test_two_spellings_of_one_ministry_share_a_canonical_name():
    a = lookup_actor("the Belarusian Ministry of Defense")
    b = lookup_actor("Ministry of Defense of Belarus")
    c = lookup_actor("Ministry of Defence of the Republic of Belarus")
    d = lookup_actor("Belarus's defence ministry")
    assert a.name == b.name == c.name == d.name
    assert a.country == "BLR" and a.sector in ("GOV", "MIL")


def test_role_of_role_of_country_is_that_country():
    e = lookup_actor("the General Staff of the Armed Forces of Ukraine")
    assert (e.country, e.sector) == ("UKR", "MIL")


def test_bare_short_reference_has_no_context_free_answer():
    assert lookup_actor("the ministry") is None
    assert lookup_actor("the weather") is None


def test_capitals_as_actors_are_governments(story):
    text, r = story
    i = text.index("Minsk and Moscow")
    minsk = r.resolve_text("Minsk", i)
    moscow = r.resolve_text("Moscow", i + len("Minsk and "))
    assert (minsk.country, minsk.sector) == ("BLR", "GOV")
    assert (moscow.country, moscow.sector) == ("RUS", "GOV")
    assert minsk.start == i


def test_short_references_take_the_last_compatible_full_mention(story):
    text, r = story
    ministry = r.resolve_text("The ministry", text.index("The ministry later"))
    assert ministry.name == lookup_actor("Ministry of Defense of Belarus").name
    dictator = r.resolve_text("The dictator", text.index("The dictator"))
    assert dictator.name == "Alexander Lukashenko"


def test_short_reference_before_any_full_mention_gets_no_country():
    text = "The ministry said the strikes hit a depot. Later the Russian Defense Ministry confirmed it."
    r = ActorResolver(parse(text))
    early = r.resolve_text("The ministry", 0)
    late = r.resolve_text("the ministry", len(text))
    assert early is None or early.country is None
    assert late.country == "RUS"


def test_mentions_have_offsets_and_skip_places(story):
    text, r = story
    ms = r.mentions()
    assert ms == sorted(ms, key=lambda e: e.start)
    for e in ms:
        assert text[e.start:e.end] == e.text
    names = [e.name for e in ms]
    assert "Alexander Lukashenko" in names and "Kremlin" in names
    # the Kremlin at the end, the short "The dictator" resolved
    assert any(e.text == "The dictator" and e.name == "Alexander Lukashenko" for e in ms)


def test_country_after_locative_preposition_is_not_an_actor():
    text = "Russian soldiers arrived in Belarus on Sunday. Belarus said the drills were defensive."
    r = ActorResolver(parse(text))
    belarus = [e for e in r.mentions() if e.text == "Belarus"]
    assert len(belarus) == 1 and belarus[0].start == text.rindex("Belarus said")


def test_leader_role_takes_the_documents_named_leader():
    text = "Vladimir Putin met officials in Sochi. The Russian president said talks would continue."
    r = ActorResolver(parse(text))
    e = r.resolve_text("The Russian president", text.index("The Russian president"))
    assert e.name == "Vladimir Putin"


def test_resolve_span_expands_to_the_noun_phrase():
    text = "According to the Armed Forces of Ukraine, the shelling continued overnight."
    doc = parse(text)
    i = text.index("Armed")
    span = doc.char_span(i, i + len("Armed Forces"), alignment_mode="expand")
    e = ActorResolver(doc).resolve_span(span)
    assert (e.name, e.country, e.sector) == ("Armed Forces of Ukraine", "UKR", "MIL")


def test_pronouns_and_unknown_words_resolve_to_nothing(story):
    _, r = story
    assert r.resolve_text("he") is None
    assert r.resolve_text("the weather") is None


def test_titles_before_unknown_names_give_people():
    e = lookup_actor("Kenyan President Uhuru Kenyatta")
    assert (e.name, e.country, e.sector) == ("Uhuru Kenyatta", "KEN", "LEADER")
    e = lookup_actor("Ukrainian Deputy Defense Minister Hanna Maliar")
    assert (e.name, e.country) == ("Hanna Maliar", "UKR")
    e = lookup_actor("Governor Oleh Synehubov")
    assert e.name == "Oleh Synehubov" and e.sector == "GOV"


def test_acronyms_that_are_words_need_capitals():
    assert lookup_actor("it is") is None
    assert lookup_actor("who said") is None
    assert lookup_actor("WHO").sector == "IGO"
    assert lookup_actor("IS fighters").name == lookup_actor("Islamic State").name


def test_complementizer_that_is_not_a_determiner():
    text = "Vladimir Putin met generals. A spokesman said that authorities would respond."
    r = ActorResolver(parse(text))
    assert not any(e.text.lower().startswith("that") for e in r.mentions())


def test_personal_pronoun_takes_the_last_person_nearby():
    text = ("Moldovan President Maia Sandu said the drone fell near the border. "
            "She added that the army was on alert.")
    r = ActorResolver(parse(text))
    she = r.resolve_text("She", text.index("She"))
    assert she.name == "Maia Sandu" and she.country == "MDA"
    assert any(e.text == "She" and e.name == "Maia Sandu" for e in r.mentions())
    assert r.resolve_text("he") is None          # no position, no antecedent


def test_pronoun_far_from_any_person_is_unresolved():
    text = "Joe Biden spoke on Monday. " + "The convoy moved slowly along the road. " * 20 + "He left."
    r = ActorResolver(parse(text))
    assert r.resolve_text("He", text.index("He left")) is None


def test_pronoun_can_refer_to_a_titled_unknown_person():
    text = "Governor Oleh Synehubov said two people were hurt. He urged residents to stay in shelters."
    r = ActorResolver(parse(text))
    assert r.resolve_text("He", text.index("He urged")).name == "Oleh Synehubov"

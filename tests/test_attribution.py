"""Attribution layer: sources and scopes on small wire-style fixtures (not from the dev set)."""
from __future__ import annotations

import pytest

from sitroom.analyze.attribution import find_attributions, source_for
from sitroom.nlp import parse


def _source_of(text: str, trigger: str, resolve=None):
    doc = parse(text)
    atts = find_attributions(doc, resolve_entity=resolve)
    i = text.index(trigger)
    return source_for(atts, i, i + len(trigger)), atts


def _who(att):
    return None if att is None or att.source is None else (att.source.name or att.source.text)


def test_outlet_voice_has_no_source():
    att, atts = _source_of("Artillery pounded the port of Berdiansk on Thursday.", "pounded")
    assert att is None and atts == []


def test_said_that_scope_is_the_clause():
    text = "The regional police chief said that looters had been detained in Izium."
    att, _ = _source_of(text, "detained")
    assert "police chief" in att.source.text
    assert text[att.scope_start:att.scope_end].startswith("looters had been detained")
    assert att.cue == "said" and att.kind == "indirect"


def test_bare_clause_after_reporting_verb():
    att, _ = _source_of("A senior US official told CNN the convoy had stalled north of the capital.", "stalled")
    assert "official" in att.source.text


def test_according_to_front_and_back():
    front = "According to the Red Cross, the shelter was damaged overnight."
    att, _ = _source_of(front, "damaged")
    assert "Red Cross" in att.source.text and att.kind == "according_to"
    assert front[att.scope_start:att.scope_end].startswith("the shelter")
    att, _ = _source_of("The shelter was damaged overnight, according to the Red Cross.", "damaged")
    assert "Red Cross" in att.source.text


def test_passive_by_agent():
    att, _ = _source_of("Footage of the burning tanker was released by the coast guard on Monday.", "burning")
    assert att.kind == "passive" and "coast guard" in att.source.text


def test_nested_citing_gives_source_and_carrier():
    att, _ = _source_of("AFP reported, citing a hospital director, that the clinic had been evacuated.", "evacuated")
    assert "hospital director" in att.source.text
    assert att.carrier is not None and att.carrier.text == "AFP"
    assert att.kind == "citing"


def test_direct_quote_before_and_after():
    att, _ = _source_of('"The enemy has retreated from the heights," the battalion commander said.', "retreated")
    assert "commander" in att.source.text and att.kind == "direct"
    att, _ = _source_of('The spokeswoman said: "Four ships were hit in the harbour."', "hit")
    assert "spokeswoman" in att.source.text


def test_message_reads_takes_the_last_poster():
    text = ('The Moldovan interior ministry posted a photo on Telegram.\n'
            '"The debris of a missile fell near the village of Naslavcea," the message reads.')
    att, _ = _source_of(text, "fell")
    assert att is not None and "interior ministry" in att.source.text


def test_posted_on_telegram_that():
    att, _ = _source_of("The mayor posted on Telegram that the tram network had been restored.", "restored")
    assert "mayor" in att.source.text


def test_he_resolves_to_last_named_person():
    text = ("Yevgeny Prigozhin appeared in a new video on Friday. "
            "He said that his men had encircled the town.")
    att, _ = _source_of(text, "encircled")
    assert att.source.text == "He"
    assert "Prigozhin" in att.source.name


def test_short_form_takes_the_named_group_without_resolver():
    text = ("The Lithuanian Foreign Ministry summoned the chargé d'affaires. "
            "The ministry said that a drone had violated its airspace.")
    att, _ = _source_of(text, "violated", resolve=lambda text, start: None)
    assert att.source.text == "The ministry"
    assert "Lithuanian Foreign Ministry" in att.source.name


def test_resolver_is_used_for_names():
    from sitroom.model import Entity

    def resolve(text, start):
        return Entity(text, "Canonical Name", "UKR", "GOV", start, start + len(text)) if "governor" in text else None

    att, _ = _source_of("The governor said that two schools were hit.", "hit", resolve=resolve)
    assert att.source.name == "Canonical Name" and att.source.country == "UKR"
    assert att.source.text == "The governor"   # text stays as written


def test_reporting_verb_itself_is_the_speakers_own_act():
    text = "The foreign ministry announced that the embassy would close."
    att, _ = _source_of(text, "announced")
    assert att.kind == "self" and "foreign ministry" in att.source.text


def test_innermost_scope_wins():
    text = "The agency reported that the governor said a bridge had collapsed."
    att, _ = _source_of(text, "collapsed")
    assert "governor" in att.source.text


def test_clause_only_verb_with_object_is_not_a_claim():
    att, atts = _source_of("Georgia maintains two battalions near the boundary to deter raids.", "deter")
    assert att is None


@pytest.mark.parametrize("text,trigger,who", [
    ("Kyiv accused Minsk of hosting Russian bombers.", "hosting", "Kyiv"),
    ("The Kremlin denied that its troops had crossed the border.", "crossed", "Kremlin"),
    ("Hamas threatened to fire rockets at Tel Aviv.", "fire", "Hamas"),
    ("The colonel ordered his men to dig trenches.", "dig", "colonel"),
])
def test_stance_verbs_are_attributions_too(text, trigger, who):
    att, _ = _source_of(text, trigger)
    assert who in att.source.text


def test_relative_clause_speaker_is_the_head_noun():
    att, _ = _source_of("Residents who said the plant had been shelled were evacuated.", "shelled")
    assert att is not None and "Residents" in att.source.text


def test_inference_by_a_non_actor_is_the_outlet_voice():
    att, _ = _source_of("The retreat from the bridgehead indicates that the garrison has run out of shells.", "run")
    assert att is None


def test_missed_sentence_break_is_cut_from_the_source_name():
    text = "The unit pulled back.[12] Ukrainian officials said that the town had been cleared."
    att, _ = _source_of(text, "cleared")
    assert att.source.text.startswith("Ukrainian officials")


def test_reporting_verb_misparsed_as_reduced_relative():
    text = "The Finnish border guard posted on Telegram that two helicopters had violated its airspace."
    att, _ = _source_of(text, "violated")
    assert att is not None and "border guard" in att.source.text
    assert text[att.scope_start:att.scope_end].startswith("two helicopters")


def test_named_modifier_of_a_message_noun_is_the_source():
    att, _ = _source_of("According to an OSCE report, the ceasefire was broken 40 times.", "broken")
    assert att is not None and "OSCE" in att.source.text


def test_denied_object_takes_the_following_prepositional_phrase():
    att, _ = _source_of("The brigade denied any part in the looting.", "looting")
    assert att is not None and "brigade" in att.source.text

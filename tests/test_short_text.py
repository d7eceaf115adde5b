"""Short text is text: a lede without its full stop, a headline, a post with emoji, tags and links, a list."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.api import extract
from sitroom.clean import analysable_text, clean_document, closed_text
from sitroom.model import RawDocument


def doc_of(text: str):
    return clean_document(RawDocument(origin="post.txt", content=text.encode("utf-8"), media_type="text/plain"))


def event_keys(text: str) -> list[tuple]:
    ex = extract(text.encode("utf-8"), published="2023-01-10")
    return [(e.type, e.trigger, e.trigger_start, e.modality, e.actor and e.actor.name, e.recipient and e.recipient.name,
             e.location and e.location.name, e.date and e.date.value, tuple(q.text for q in e.quantities),
             e.source and e.source.text) for e in ex.events]


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kharkiv on Monday, killing three civilians",      # a lede without its full stop
    "Ukraine says Russian missile strike kills 5 in Zaporizhzhia",            # a headline
])
def test_one_line_without_final_punctuation_is_the_document(text):
    doc = doc_of(text)
    assert doc.text == text
    assert any(t == "ASSAULT" for t, *_ in event_keys(text))


def test_a_list_of_items_keeps_every_item_without_its_marker():
    doc = doc_of("1. Russian troops shelled Kherson overnight\n2. Ukraine shot down 12 drones\n- Police detained "
                 "40 protesters in Minsk\n")
    assert doc.text.split("\n\n") == ["Russian troops shelled Kherson overnight", "Ukraine shot down 12 drones",
                                      "Police detained 40 protesters in Minsk"]


POST = "🔥 Russian missiles hit a power plant in #Kharkiv, the mayor said #Ukraine @kharkivnews https://t.me/kh/9"


def test_a_post_keeps_tags_and_links_in_the_document_but_not_in_the_analysed_sentences():
    doc = doc_of(POST)
    assert doc.text == POST                                   # nothing lost
    ex = extract(POST.encode("utf-8"))
    assert ex.events
    for ev in ex.events:
        s = ev.evidence.sentence
        assert "https" not in s and "🔥" not in s and "@kharkivnews" not in s and "#Ukraine" not in s
        assert "Kharkiv" in s and "#" not in s                # a tag inside the sentence is the word
        assert ev.evidence.start >= 0 and ev.evidence.end <= len(doc.text)


def test_analysable_text_keeps_length_and_line_breaks():
    text = "🇺🇦 #war\nShelling of #Kherson went on, says @ua_gov. Mail a@b.org\nhttp://x.org/a?b=1"
    masked = analysable_text(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert masked.split("\n")[0].strip() == ""
    assert " Kherson went on, says  ua_gov." in masked and "a@b.org" in masked     # an e-mail is no tag
    assert masked.split("\n")[2].strip() == ""


def test_closed_text_adds_only_a_missing_stop():
    assert closed_text("Troops crossed the river") == "Troops crossed the river."
    assert closed_text("Troops crossed the river.") == "Troops crossed the river."
    assert closed_text('He said "we will return!"') == 'He said "we will return!"'


SUBJECTS = ["Russian forces", "Ukrainian troops", "Police", "The government", "Protesters", "Israeli jets", "Rebels",
            "The ministry", "Hundreds of people"]
VERBS = ["shelled", "attacked", "arrested", "captured", "killed", "threatened", "met", "condemned", "blocked",
         "accused", "evacuated", "fired on", "withdrew from"]
OBJECTS = ["the city of Kharkiv", "civilians", "five soldiers", "Bakhmut", "the capital", "a convoy", "the protesters",
           "the opposition leader", "villages near Kherson", "the border crossing"]
TAILS = ["", " on Monday", " overnight", ", officials said", ", killing three people", " on 12 January",
         " after talks collapsed", " in northern Syria"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(OBJECTS), st.sampled_from(TAILS))
def test_events_of_one_line_are_the_same_with_and_without_a_final_full_stop(subject, verb, obj, tail):
    line = f"{subject} {verb} {obj}{tail}"
    assert event_keys(line) == event_keys(line + ".")

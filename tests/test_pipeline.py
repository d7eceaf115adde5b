"""The whole analysis on short reports written for these tests: rules of news narrative, not of one article."""
import pytest

from sitroom.analyze import AnalyzeOptions, analyze
from sitroom.model import Document

REPORT = (
    "The Polish Defence Ministry said on March 1 that 200 soldiers had arrived in Lithuania.\n\n"
    "The following day, the ministry announced that up to 1,000 more troops would be deployed to the border.\n\n"
    "Protests against the government have continued since the arrest of the opposition leader on Feb. 10. "
    "Police detained dozens of demonstrators."
)


def _events(text=REPORT, published="2023-03-05"):
    return analyze(Document(id="t", text=text, published=published)).events


def _by_trigger(evs, word):
    return next(e for e in evs if e.trigger and e.trigger.lower().startswith(word))


def test_relative_date_follows_the_narrative_and_figures_keep_bounds():
    evs = _events()
    arrived = _by_trigger(evs, "arriv")
    assert arrived.type == "MOBILIZE" and arrived.date.value == "2023-03-01"
    assert arrived.location is not None and arrived.location.country == "LTU"
    assert [(q.lower, q.upper, q.qualifier) for q in arrived.quantities] == [(200, 200, "exact")]
    deployed = _by_trigger(evs, "deploy")
    assert deployed.date.value == "2023-03-02"
    assert deployed.modality == "planned"
    assert [(q.lower, q.upper, q.qualifier) for q in deployed.quantities] == [(None, 1000, "up_to")]
    assert deployed.source is not None and "Defence Ministry" in (deployed.source.name or "") + deployed.source.text \
        or "ministry" in deployed.source.text.lower()


def test_since_scopes_the_date_and_undated_sentence_continues_the_paragraph():
    evs = _events()
    arrest = _by_trigger(evs, "arrest")
    assert arrest.date.value == "2023-02-10" and arrest.date.relation == "on"
    protests = [e for e in evs if e.type == "PROTEST" and e.trigger.lower().startswith("protest")]
    assert protests and protests[0].date.value == "2023-02-10" and protests[0].date.relation == "since"
    detained = _by_trigger(evs, "detain")
    assert detained.date is not None and detained.date.value == "2023-02-10"


def test_evidence_offsets_slice_the_document():
    evs = _events()
    assert evs
    for e in evs:
        assert REPORT[e.evidence.start:e.evidence.end] == e.evidence.sentence
        assert e.evidence.sentence == e.evidence.sentence.strip()


def test_outlet_voice_has_no_source_and_negation_is_kept():
    evs = _events("None of the neighbouring states have deployed troops to the border.")
    assert evs and all(e.modality == "negated" for e in evs if e.type == "MOBILIZE")
    assert all(e.source is None for e in evs)


def test_numbers_inside_time_expressions_are_not_figures():
    evs = _events("Two days earlier, 300 Polish soldiers had arrived in Lithuania, the ministry said on March 4.")
    arrived = _by_trigger(evs, "arriv")
    assert [(q.lower, q.unit) for q in arrived.quantities] == [(300, "soldiers")]


# --------------------------------------------------------------------------- options and carried fields

def _ev(text, options=None, published="2023-03-05"):
    return analyze(Document(id="t", text=text, published=published), options or AnalyzeOptions()).events


SHELLING = ("Russian troops shelled Kharkiv on Monday. Russian troops shelled the suburbs again on Tuesday. "
            "Ukrainian troops shelled the suburbs on Wednesday.")


def test_an_event_without_a_place_continues_the_last_place_of_its_type_and_actor():
    first, again, other_side = _ev(SHELLING)
    assert (first.location.name, first.location.country) == ("Kharkiv", "UKR")
    assert again.location == first.location                 # same type, same actor country: the narrative place
    assert other_side.actor.country == "UKR" and other_side.location is None   # another actor does not inherit it


def test_the_narrative_place_reaches_the_next_lines_but_not_far_nor_into_a_list():
    near = ("Russian troops shelled Kharkiv on Monday.\n\n"
            "Russian troops shelled a power plant on Wednesday, the governor said.")
    assert [e.location and e.location.name for e in _ev(near)] == ["Kharkiv", "Kharkiv"]
    filler = " ".join(["Repair crews worked through the night to restore power to the city's hospitals."] * 8)
    far = f"Russian troops shelled Kharkiv on Monday.\n\n{filler}\n\nRussian troops shelled a power plant on Wednesday."
    assert [e.location and e.location.name for e in _ev(far)] == ["Kharkiv", None]
    items = ("Key takeaways:\n\n- Russian troops shelled Kharkiv on Monday.\n\n"
             "- Russian troops shelled a power plant on Wednesday.")
    assert [e.location and e.location.name for e in _ev(items)] == ["Kharkiv", None]


def test_narrative_places_can_be_turned_off():
    first, again, _ = _ev(SHELLING, AnalyzeOptions(narrative_places=False))
    assert first.location.name == "Kharkiv" and again.location is None


def test_a_new_place_replaces_the_narrative_place():
    text = ("Russian troops shelled Kharkiv on Monday. Russian troops shelled Odesa on Tuesday. "
            "Russian troops shelled the suburbs again on Wednesday.")
    places = [e.location and e.location.name for e in _ev(text)]
    assert places == ["Kharkiv", "Odesa", "Odesa"]


def test_a_citing_report_keeps_source_and_carrier():
    (ev,) = _ev("Reuters reported, citing the defence ministry, that Russian troops shelled Kharkiv on Monday.")
    assert ev.source.text == "the defence ministry"
    assert ev.carrier is not None and ev.carrier.text == "Reuters"
    assert ev.modality == "reported"


def test_a_plain_report_has_a_source_but_no_carrier():
    (ev,) = _ev("The governor said Russian troops shelled Kharkiv on Monday.")
    assert ev.source.text == "The governor" and ev.carrier is None


def test_a_negation_the_coder_sees_makes_the_event_negated():
    # the coder reads "never completed" as a negated deployment; the pipeline must carry that into the modality
    (ev,) = _ev("The deployment of troops was never completed.")
    assert ev.type == "MOBILIZE" and ev.modality == "negated"


def test_negated_events_can_be_dropped():
    text = "The deployment of troops was never completed. Polish troops arrived in Lithuania on March 1."
    assert [e.modality for e in _ev(text)] == ["negated", "asserted"]
    kept = _ev(text, AnalyzeOptions(keep_negated=False))
    assert [(e.type, e.modality) for e in kept] == [("MOBILIZE", "asserted")]
    assert kept[0].trigger == "arrived"
    negated_by_modality = "Russia did not launch a new offensive. Polish troops arrived in Lithuania on March 1."
    assert [e.trigger for e in _ev(negated_by_modality, AnalyzeOptions(keep_negated=False))] == ["arrived"]


def test_undated_sentence_takes_the_paragraph_date_unless_turned_off():
    text = "Polish troops arrived in Lithuania on March 1. Police arrested protesters in Vilnius."
    arrived, arrested = _ev(text)
    assert arrived.date.value == arrested.date.value == "2023-03-01"
    assert arrested.date.text == "March 1" and arrested.date.precision == "day"
    _, arrested = _ev(text, AnalyzeOptions(narrative_dates=False))
    assert arrested.date is None


def test_the_narrative_date_does_not_cross_a_paragraph():
    arrived, arrested = _ev("Polish troops arrived in Lithuania on March 1.\n\nPolice arrested protesters in Vilnius.")
    assert arrived.date.value == "2023-03-01" and arrested.date is None


def test_event_fields_point_into_the_text_and_ids_are_distinct_and_stable():
    text = "Polish troops arrived in Lithuania on March 1. Police arrested protesters in Vilnius."
    evs = _ev(text)
    assert [text[e.trigger_start:e.trigger_start + len(e.trigger)] for e in evs] == ["arrived", "arrested"]
    assert all(e.cue for e in evs)                      # every event says which rule typed it
    assert len({e.id for e in evs}) == 2
    assert [e.id for e in _ev(text)] == [e.id for e in evs]
    assert [e.id for e in analyze(Document(id="other", text=text, published="2023-03-05")).events] != \
        [e.id for e in evs]


def test_actor_recipient_and_mode_come_from_the_coder():
    (ev,) = _ev("Ukrainian police arrested two Russian journalists in Kharkiv on Monday.")
    assert ev.type == "COERCE" and ev.mode == "arrest"
    assert ev.actor.country == "UKR" and ev.recipient.country == "RUS"


@pytest.mark.parametrize("published, expected", [
    ("2023-03-05", "2023-02-27"),
    ("2023-03-05T23:10:00+00:00", "2023-02-27"),
    ("2023-03-12", "2023-03-06"),
    (None, None),
    ("not a date", None),
])
def test_relative_dates_resolve_against_the_publication_date(published, expected):
    (ev,) = _ev("Russian troops shelled Kharkiv on Monday.", published=published)
    got = ev.date.value if ev.date is not None and ev.date.value[:4].isdigit() else None
    assert got == expected


def test_the_attribution_gives_the_stance_when_the_grammar_does_not():
    (ev,) = _ev("Russian troops shelled Kharkiv on Monday, according to the governor.")
    assert ev.modality == "reported" and ev.source.text == "the governor"


def test_sentences_without_events_are_passed_over():
    text = "The weather was mild. Russian troops shelled Kharkiv on Monday. Markets were calm."
    assert [e.trigger for e in _ev(text)] == ["shelled"]

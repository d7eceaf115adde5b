"""The whole analysis on short reports written for these tests: rules of news narrative, not of one article."""
from sitroom.analyze import analyze
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

"""Claimants of figures in analytic news prose: pictures that show a count, and a report sentence the parser reads as
one noun phrase (issue 10; sentences written for these tests)."""
from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def who(text: str, figure: str) -> str:
    ex = analyze(Document(id=content_id(text), text=text, published="2024-02-01"))
    found = [c for c in ex.claims if c.text == figure]
    assert found, (figure, [c.text for c in ex.claims])
    s = found[0].source
    return "" if s is None else f"{s.name or ''} | {s.text}".lower()


def test_unowned_footage_is_the_writers_reading_even_after_a_speaker():
    # the house convention (tests/test_claims_discourse.py): what images show is the writer's reading
    assert who("The army said 12 trains had left. Geolocated footage showed at least two trains near the border.",
               "at least two") == ""


def test_named_owner_of_the_pictures():
    assert "maxar" in who("Maxar imagery shows 40 helicopters at the base.", "40")


def test_pictures_analysed_by_someone_are_theirs_and_by_our_team_the_writers():
    assert "monitors" in who("Satellite images reviewed by the monitors show 25 craters on the runway.", "25")
    assert who("Satellite images reviewed by our team show 25 craters on the runway.", "25") == ""


def test_a_speaker_citing_footage_stays_the_source():
    assert "army" in who("The army said that footage showed 30 tanks near the town.", "30")


def test_a_verbless_report_sentence_keeps_its_speaker():
    # the small parser reads these as one noun phrase ("a channel [reported …]") with no main verb
    assert "channel" in who("A Polish channel reported on June 4 that guards detained three men near the border.",
                            "three")
    assert "news site" in who("An independent Belarusian news site reported on May 3 that officials sent 40 "
                              "conscripts to a base in Brest.", "40")


def test_a_sentential_which_indicates_is_the_writers_inference():
    got = who("Maxar footage showed at least 12 trucks at Kalynivka, which indicates that the withdrawal is recent.",
              "at least 12")
    assert "maxar" in got and "kalynivka" not in got


def test_an_actor_merely_named_inside_the_subject_of_an_inference_verb_is_no_source():
    text = ("The sudden change in Kovalenko's position on the dam indicates that his office is using threats of "
            "flooding. There is no case in which a breach would help anyone. The damage to the plant and the flooding "
            "of over 90 villages rule it out.")
    assert who(text, "over 90") == ""


def test_calculated_that_reports_a_figure():
    text = ("The Baltic Monitoring Team and the outlet Open Ledger released a study of recruitment by region on May 5, "
            "citing local officials. They calculated that authorities have recruited at least 21,000 men across 12 "
            "regions, suggesting that many more men have joined since March 1, when President Ivan Petrov announced "
            "his campaign.")
    got = who(text, "at least 21,000")
    assert "baltic monitoring team" in got and "petrov" not in got

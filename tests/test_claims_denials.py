"""A figure inside a denied report is the report's claim, not the denier's (issue 10; reports written for these
tests)."""
from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def claims_of(text: str):
    return analyze(Document(id=content_id(text), text=text, published="2024-02-01"))


def who(ex, figure: str) -> str:
    found = [c for c in ex.claims if c.text == figure]
    assert found, (figure, [c.text for c in ex.claims])
    s = found[0].source
    return "" if s is None else f"{s.name or ''} | {s.text}".lower()


def test_a_dismissed_report_is_the_source_not_the_one_dismissing_it():
    ex = claims_of("The Kremlin dismissed a report that 20,000 troops had massed near the border.")
    assert "report" in who(ex, "20,000") and "kremlin" not in who(ex, "20,000")


def test_denied_claims_and_rejected_reports():
    ex = claims_of("The ministry denied claims that 300 soldiers were killed in the attack. Officials in the region "
                   "rejected reports that 40 tanks had crossed the river.")
    assert "claims" in who(ex, "300") and "ministry" not in who(ex, "300")
    assert "reports" in who(ex, "40") and "officials" not in who(ex, "40")


def test_a_named_author_of_the_denied_report_is_the_source():
    ex = claims_of("The army rejected a report by the Observer Group that 15 helicopters were lost.")
    assert "observer group" in who(ex, "15") and "army" not in who(ex, "15")


def test_a_plain_denial_keeps_the_denier():
    ex = claims_of("The governor denied that 12 civilians had been detained.")
    assert "governor" in who(ex, "12")


def _with_outlet(text: str, outlet: str):
    return analyze(Document(id=content_id(text, outlet), text=text, published="2024-02-01", outlet=outlet))


def test_an_outlet_citing_itself_is_its_own_voice():
    text = "As Reuters reported on Monday, 300 soldiers arrived in the town."
    assert who(_with_outlet(text, "Reuters"), "300") == ""
    assert "reuters" in who(_with_outlet(text, "Example Wire"), "300")


def test_an_outlet_citing_itself_by_its_initials():
    text = "ISC previously reported that 40 tanks were seen near the town."
    assert who(_with_outlet(text, "Institute for the Study of Conflict"), "40") == ""
    assert "isc" in who(_with_outlet(text, "Example Wire"), "40")


def test_an_outlet_naming_itself_for_a_current_finding_stays_the_claimant():
    text = "The Observatory estimates that 40 fighters were killed in the clashes."
    assert "observatory" in who(_with_outlet(text, "The Observatory"), "40")

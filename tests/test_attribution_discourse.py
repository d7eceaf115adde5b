"""Discourse attribution on short news reports written for these tests (issue 10, point 2): who speaks where a
sentence names no one, and who speaks where the parse of a news sentence misleads."""
from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def claims_of(text: str, title: str | None = None, outlet: str | None = "Example Wire"):
    return analyze(Document(id=content_id(text, title), text=text, title=title, published="2024-06-01",
                            outlet=outlet))


def claim(ex, figure: str, section: str | None = None):
    found = [c for c in ex.claims if c.text == figure and (section is None or c.section == section)]
    assert found, (figure, [(c.text, c.section) for c in ex.claims])
    return found[0]


def who(c) -> str:
    return "" if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


# ------------------------------------------------------------------ a heading ending in a colon

def test_a_colon_heading_set_off_by_a_blank_line_heads_the_list_below():
    ex = claims_of("The ministry reports:\n\n- 12 tanks destroyed;\n- 48 soldiers captured.\n\n"
                   "Rescue work went on through the night, the mayor said.")
    assert "ministry" in who(claim(ex, "12")) and "ministry" in who(claim(ex, "48"))


def test_a_colon_heading_set_off_by_a_blank_line_heads_the_paragraph_below():
    ex = claims_of("The coast guard reports:\n\nThe boat carried about 60 migrants. Another 25 were picked up "
                   "near the shore.\n\nVolunteers handed out blankets, the mayor said.")
    assert "coast guard" in who(claim(ex, "about 60")) and "coast guard" in who(claim(ex, "25"))


def test_the_paragraph_after_a_headed_list_is_not_the_heading_source_when_another_speaks():
    ex = claims_of("The ministry reports:\n\n- 12 tanks destroyed;\n- 48 soldiers captured.\n\n"
                   "About 300 homes lost power, the utility company said.")
    assert "utility" in who(claim(ex, "About 300"))


# ------------------------------------------------------------------ the speaker after the content ("…, says X")

def test_a_speaker_after_a_comma_and_the_verb_speaks_the_sentence():
    ex = claims_of("Russian troops in Belarus number about 9,000, said the Pentagon. The first trains came in May.")
    assert "pentagon" in who(claim(ex, "about 9,000"))


def test_the_speaker_after_an_inverted_verb_is_not_the_subject_of_the_content():
    ex = claims_of("The convoy numbered 40 trucks, claims the ministry.")
    assert "ministry" in who(claim(ex, "40")) and "convoy" not in who(claim(ex, "40"))


def test_a_headline_says_x_names_the_speaker_of_the_headline_and_of_the_lead():
    ex = claims_of("The first trains arrived in May. About 40 tanks will follow by July.",
                   title="Russian troops in Belarus number about 9,000, says the Pentagon")
    assert "pentagon" in who(claim(ex, "about 9,000", "title"))
    lead = claim(ex, "About 40", "body")
    assert "pentagon" in who(lead)
    # the attributing phrase is in the title, not in the body: no body offsets for it
    assert lead.source_span is not None and lead.source_span.start is None and "Pentagon" in lead.source_span.text


def test_a_place_before_a_colon_is_a_dateline_not_the_speaker():
    ex = claims_of("The shelling hit a market in the morning. Rescuers were still searching the rubble.",
                   title="Kherson: 12 dead after shelling, says governor")
    c = claim(ex, "12", "title")
    assert "governor" in who(c) and "kherson" not in who(c)


def test_a_trailing_speaker_with_a_title_and_a_time_keeps_only_the_name():
    ex = claims_of("About 40 drones were launched overnight, said a spokesman for the regional administration on "
                   "Tuesday.")
    w = who(claim(ex, "About 40"))
    assert "spokesman for the regional administration" in w and "tuesday" not in w


def test_a_date_after_the_verb_is_no_speaker():
    ex = claims_of("Twelve people died in the fire, police said Tuesday. The building had 40 flats.")
    assert "tuesday" not in who(claim(ex, "Twelve")) and "police" in who(claim(ex, "Twelve"))


def test_a_clause_after_the_verb_is_what_is_claimed_not_a_trailing_speaker():
    ex = claims_of("The army said on Monday that 12 soldiers had died in the raid, while the Northern Front, a "
                   "separatist militia, claimed its fighters killed over 60.")
    assert "northern front" in who(claim(ex, "over 60"))


def test_reports_say_in_a_headline_names_no_speaker_called_say():
    ex = claims_of("Air defences were active over the capital.",
                   title="Russia fired 30 missiles at Kyiv overnight, reports say")
    assert "say" not in who(claim(ex, "30", "title")).split()


# ------------------------------------------------------------------ a report inside a relative clause

def test_a_report_in_a_relative_clause_gives_its_detail_and_does_not_speak_on():
    ex = claims_of("The city was hit overnight by an attack that the army said involved 40 drones. Twelve people "
                   "were killed.")
    assert "army" in who(claim(ex, "40"))
    assert "army" not in who(claim(ex, "Twelve"))


def test_a_report_in_a_relative_clause_does_not_end_the_carry_of_the_main_source():
    ex = claims_of("The governor said 12 people were killed. The attack, which the army said involved 40 drones, "
                   "hit a market. About 30 homes were damaged.")
    assert "army" in who(claim(ex, "40")) and "which" not in who(claim(ex, "40"))
    assert "governor" in who(claim(ex, "About 30"))


def test_a_main_clause_report_speaks_on_in_the_paragraph():
    ex = claims_of("The army said the attack involved 40 drones. Twelve people were killed.")
    assert "army" in who(claim(ex, "Twelve"))


def test_a_trailing_outlet_citing_someone_carries_the_cited_source():
    ex = claims_of("About 40 drones were shot down overnight, writes Meduza, citing sources in the ministry.")
    c = claim(ex, "About 40")
    assert "sources in the ministry" in who(c) and c.carrier is not None and c.carrier.text == "Meduza"
    ex = claims_of("About 40 drones were shot down overnight, reports Interfax, citing the ministry.")
    c = claim(ex, "About 40")
    assert "ministry" in who(c) and c.carrier is not None and c.carrier.text == "Interfax"

"""Small hand-written wire-style reports for the fuse tests (several outlets, a syndicated copy, conflicting numbers).

Each report carries its event and the `Claim` its figure makes, as analyze/claims would give it (kind, owner,
location, status stated here): fusion reads the claims.
"""
from __future__ import annotations

from sitroom.model import (
    Claim, Document, Entity, Event, EventDate, Evidence, Extraction, Place, Quantity, content_id,
)

COUNTRY_NAMES = {"RUS": "Russia", "BLR": "Belarus", "UKR": "Ukraine"}


def report(outlet: str, published: str, sentences: list[str], title: str | None = None) -> Document:
    text = " ".join(sentences)
    return Document(id=content_id("doc", text), text=text, title=title, published=published, outlet=outlet)


def event(doc: Document, evidence: str, type_: str, *, actor: str | None = None, recipient: str | None = None,
          place: str | None = None, place_country: str | None = None, date: str | None = None,
          precision: str = "day", relation: str = "on", modality: str = "reported", source: str | None = None,
          figures: tuple[tuple[str, float | None, float | None, str, str], ...] = ()) -> Event:
    start = doc.text.index(evidence)
    end = start + len(evidence)
    qs = []
    for qtext, lower, upper, qualifier, unit in figures:
        qs_ = doc.text.index(qtext, start)
        us = doc.text.index(unit, qs_ + len(qtext))
        qs.append(Quantity(qs_, qs_ + len(qtext), qtext, lower, upper, qualifier, unit, us, us + len(unit)))
    loc = None
    if place_country:
        name = place or COUNTRY_NAMES[place_country]
        loc = Place(name, name, place_country, kind="country" if place is None else "city")
    return Event(
        id=content_id(doc.id, start, type_), type=type_, evidence=Evidence(evidence, start, end), modality=modality,
        actor=actor and Entity(COUNTRY_NAMES[actor], COUNTRY_NAMES[actor], actor, "MIL"),
        recipient=recipient and Entity(COUNTRY_NAMES[recipient], COUNTRY_NAMES[recipient], recipient, "GOV"),
        location=loc, date=date and EventDate(date, None, precision, relation), quantities=tuple(qs),
        source=source and Entity(source, source), trigger=None)


def with_claim(doc: Document, ev: Event, kind: str, status: str, *, owner: str | None = None,
               location: str | None = None) -> Extraction:
    """The report with its event and the claim of the event's figure."""
    q = ev.quantities[0]
    c = Claim(
        id=content_id(doc.id, "claim", q.start), text=q.text, start=q.start, end=q.end, lower=q.lower,
        upper=q.upper, qualifier=q.qualifier, counted=kind, status=status, evidence=ev.evidence,
        counted_text=q.unit, owner=owner and Entity(COUNTRY_NAMES[owner], COUNTRY_NAMES[owner], owner),
        location=location and Place(COUNTRY_NAMES[location], COUNTRY_NAMES[location], location, kind="country"),
        source=ev.source, claim_date=(doc.published or "")[:10] or None, as_of=ev.date, modality=ev.modality,
        event_id=ev.id)
    return Extraction(doc, (ev,), (c,))


# ----------------------------------------------------------------------------- the reports

_B_SENTENCES = [
    "Ukraine's general staff said that up to 1,000 Russian soldiers were stationed in Belarus as of Oct. 13.",
    "The general staff said it saw no sign that a strike group was forming near the northern border.",
    "Belarus has hosted Russian units since February, when they crossed into Ukraine from the north.",
    "President Alexander Lukashenko has said his army will not enter the war unless Belarus is attacked.",
]


def plan_report() -> Extraction:
    d = report("Minsk Daily", "2022-10-16T18:00:00+03:00", [
        "The Belarusian defence ministry said on Sunday that 9,000 Russian troops would be deployed to Belarus "
        "as part of a joint regional force.",
        "The ministry said the first trains carrying equipment were expected within days.",
        "Officials gave no details on where the units would be based or how long they would stay.",
    ], title="Joint force to include 9,000 Russian troops")
    e = event(d, d.text.split(". ")[0], "MOBILIZE", actor="RUS", place_country="BLR", date="2022-10-16",
              modality="planned", source="Ministry of Defence of Belarus",
              figures=(("9,000", 9000, 9000, "exact", "troops"),))
    return with_claim(d, e, "personnel", "planned", owner="RUS", location="BLR")


def general_staff_report() -> Extraction:
    d = report("Reuters", "2022-10-17T09:30:00+00:00", _B_SENTENCES, title="Ukraine sees no strike group in Belarus")
    e = event(d, _B_SENTENCES[0], "MOBILIZE", actor="RUS", place_country="BLR", date="2022-10-13",
              relation="as_of", source="General Staff of the Armed Forces of Ukraine",
              figures=(("up to 1,000", None, 1000, "up_to", "soldiers"),))
    return with_claim(d, e, "personnel", "present", owner="RUS", location="BLR")


def syndicated_copy() -> Extraction:
    """The Reuters story run by another site with its own headline and a credit line."""
    d = report("Kyiv Wire", "2022-10-17T11:02:00+00:00",
               _B_SENTENCES + ["(Reporting by a staff correspondent; editing by the world desk.)"],
               title="General staff: up to 1,000 Russian soldiers in Belarus")
    e = event(d, _B_SENTENCES[0], "MOBILIZE", actor="RUS", place_country="BLR", date="2022-10-13",
              relation="as_of", source="General Staff of the Armed Forces of Ukraine",
              figures=(("up to 1,000", None, 1000, "up_to", "soldiers"),))
    return with_claim(d, e, "personnel", "present", owner="RUS", location="BLR")


def monitor_report() -> Extraction:
    d = report("Eastern Monitor", "2022-10-18T07:00:00+00:00", [
        "A monitoring group said about 4,300 Russian servicemen were present in Belarus as of October 13.",
        "The group counts trains and convoys from photos sent in by railway workers and residents.",
        "Its tallies could not be independently verified.",
    ])
    e = event(d, d.text.split(". ")[0] + ".", "MOBILIZE", actor="RUS", place_country="BLR", date="2022-10-13",
              relation="as_of", source="Belarusian Hajun",
              figures=(("about 4,300", 4300, 4300, "approx", "servicemen"),))
    return with_claim(d, e, "personnel", "present", owner="RUS", location="BLR")


def requote_report() -> Extraction:
    """Another outlet quoting the same general staff figure in its own words."""
    d = report("Lviv Herald", "2022-10-17T15:00:00+00:00", [
        "According to the General Staff, no more than a thousand Russian soldiers remained stationed in Belarus "
        "on 13 October.",
        "Kyiv has nevertheless reinforced units along the border, the paper's correspondent reported.",
    ])
    e = event(d, d.text.split(". ")[0] + ".", "MOBILIZE", actor="RUS", place_country="BLR", date="2022-10-13",
              relation="as_of", source="General Staff of the Armed Forces of Ukraine",
              figures=(("no more than a thousand", None, 1000, "up_to", "soldiers"),))
    return with_claim(d, e, "personnel", "present", owner="RUS", location="BLR")


def kharkiv_strike() -> Extraction:
    d = report("Kharkiv Today", "2022-10-17T12:00:00+03:00", [
        "Russian missiles struck a power station in Kharkiv on Monday morning, killing three civilians, the regional "
        "governor said.",
        "Repair crews were working to restore electricity to several districts by evening.",
    ])
    e = event(d, d.text.split(". ")[0] + ".", "ASSAULT", actor="RUS", recipient="UKR", place="Kharkiv",
              place_country="UKR", date="2022-10-17", source="regional governor",
              figures=(("three", 3, 3, "exact", "civilians"),))
    return with_claim(d, e, "civilians", "killed", owner="UKR", location="UKR")


def kharkiv_rewrite() -> Extraction:
    d = report("Agence Wire", "2022-10-17T16:40:00+00:00", [
        "Three civilians were killed when a Russian missile hit a power plant in Kharkiv on Monday, officials said.",
        "Ukraine's energy operator said it had cut supplies in the region to stabilise the grid.",
    ])
    e = event(d, d.text.split(". ")[0] + ".", "ASSAULT", actor="RUS", recipient="UKR", place="Kharkiv",
              place_country="UKR", date="2022-10-17", source="officials",
              figures=(("Three", 3, 3, "exact", "civilians"),))
    return with_claim(d, e, "civilians", "killed", owner="UKR", location="UKR")


def odesa_strike() -> Extraction:
    d = report("Black Sea News", "2022-10-17T14:00:00+03:00", [
        "A Russian drone hit a port warehouse in Odesa on Monday, injuring two workers, the city council said.",
        "Firefighters put out the blaze within an hour.",
    ])
    e = event(d, d.text.split(". ")[0] + ".", "ASSAULT", actor="RUS", recipient="UKR", place="Odesa",
              place_country="UKR", date="2022-10-17", source="city council",
              figures=(("two", 2, 2, "exact", "workers"),))
    return with_claim(d, e, "workers", "wounded", owner="UKR", location="UKR")


def all_reports() -> list[Extraction]:
    return [plan_report(), general_staff_report(), syndicated_copy(), monitor_report(), requote_report(),
            kharkiv_strike(), kharkiv_rewrite(), odesa_strike()]

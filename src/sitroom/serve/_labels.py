"""Words the pages show for codes: country names, series subjects, figures, dates with their precision.

Country names come from the one country table (`sitroom.countries`). The figure wording repeats `fuse`'s (`describe`): the CLI prints
it and the pages must say the same; a series' subject is `fuse.subject_label` itself (towns and regions included).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from sitroom.countries import countries
from sitroom.model import topic_parts  # noqa: F401  (the series-key reader the pages use as L.topic_parts)
from sitroom.timeml import date_words


def _table():
    return countries()


def country(iso3: str | None) -> str | None:
    """'Belarus' for 'BLR'; the code itself when unknown; None for None."""
    if not iso3 or iso3 == "-":
        return None
    c = _table().by_iso3.get(iso3)
    return c.name if c else iso3


def demonym(iso3: str) -> str:
    c = _table().by_iso3.get(iso3)
    return (c.demonyms[0] if c and c.demonyms else None) or country(iso3) or iso3


def subject(counted: str, owner: str | None, location: str | None, place_name: str | None = None) -> str:
    """'Russian personnel in Belarus', 'refugees in Doboj, Bosnia and Herzegovina' (`location`: a country's ISO3
    or a place id below it): the CLI's wording (`fuse.subject_label`)."""
    from sitroom.fuse import subject_label
    return subject_label(counted, owner, location, place_name)


def heading(subject: str | None) -> str:
    """A series subject as the pages' tables and headings show it: a label, its first letter a capital and the rest
    as written ('personnel in Sahel, Burkina Faso' -> 'Personnel in Sahel, Burkina Faso'; 'Russian personnel in
    Belarus' as it is). The API and the CLI keep the noun phrase (`subject`), which a sentence may run on from ('2
    refugees in Doboj')."""
    if not subject:
        return subject or ""
    return subject[:1].upper() + subject[1:]


def figure(lower: float | None, upper: float | None, qualifier: str) -> str:
    """'up to 1,000', 'about 4,300', '9,000', '5-7'."""
    def n(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"
    v = lower if lower is not None else upper
    top = upper if upper is not None else v
    return {"exact": n(v), "approx": f"about {n(v)}", "more_than": f"more than {n(lower)}",
            "at_least": f"at least {n(lower)}", "up_to": f"up to {n(top)}", "at_most": f"at most {n(top)}",
            "less_than": f"less than {n(top)}", "range": f"{n(lower)}-{n(upper)}"}.get(qualifier, n(v))


def when(value: str | None, precision: str | None = None, relation: str | None = None) -> str:
    """A TimeML date value as a reader says it (`timeml.date_words`), 'undated' when there is none."""
    return date_words(value, precision, relation) or "undated"


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web address (http/https); None otherwise, so a stored `javascript:` URL is never a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None

"""Publication dates: our readers against dateparser and htmldate, on pages whose date is known.

Gold dates: the seed's `.gold.json` ("document.published"), an ISW page's file name (2022-10-25.html), and for the
ScrapingHub pages the date in the article URL where there is one (/2019/11/19/, 2019-11-19). No reader is given
the URL, so the gold is not handed to it.

Two tasks:
- HTML: the page's publication date. `sitroom` = `clean_html` (htmldate's day, with the time of day from the meta
  tags or JSON-LD when they agree; before it used htmldate: meta tags and JSON-LD, then trafilatura's date);
  `htmldate` = `htmldate.find_date(original_date=True)` (what trafilatura itself calls), with and without its
  extensive search, and without the page's canonical link (htmldate reads a date in that URL, which is where the
  ScrapingHub gold comes from).
- Plain text (the page as text, html-text rendering, or the seed .txt): the dateline near the top.
  `sitroom` = `clean_plain_text` with our dateline parser; `dateparser` = the same cleaner with
  `dateparser.search.search_dates` (day, month and year required, at most four other words on the line) in its place.

Prints found / exact day / within one day per reader and source, and the ms per page; last line RESULT.

    python benchmarks/dates.py --seed ../shared/data/seed --isw ../shared/data/extraction/isw-2022-10 \
        --scrapinghub ../shared/data/extraction/scrapinghub-aeb
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _report import finish  # noqa: E402

_URL_DATE = re.compile(r"/(20\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:/|$|-|\.)")


def gold_pages(a) -> list[tuple[str, str, str, date]]:
    """(source, name, html or text, gold day) for every page with a known date; kind is 'html' or 'text'."""
    out = []
    if a.seed:
        for g in sorted(Path(a.seed).glob("*.gold.json")):
            pub = (json.loads(g.read_text(encoding="utf-8")).get("document") or {}).get("published")
            txt = g.with_name(g.name.replace(".gold.json", ".txt"))
            if pub and txt.exists():
                out.append(("seed", "text", txt.read_text(encoding="utf-8"), date.fromisoformat(pub[:10])))
    if a.isw:
        for p in sorted(Path(a.isw).glob("*.html")):
            m = re.match(r"(\d{4}-\d{2}-\d{2})", p.name)
            if m:
                out.append(("isw", "html", p.read_text(encoding="utf-8", errors="replace"),
                            date.fromisoformat(m.group(1))))
    if a.scrapinghub:
        d = Path(a.scrapinghub)
        truth = json.loads((d / "ground-truth.json").read_text(encoding="utf-8"))
        for pid in sorted(truth):
            m = _URL_DATE.search(truth[pid].get("url") or "")
            if not m:
                continue
            try:
                day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            html = gzip.decompress((d / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", "replace")
            out.append(("scrapinghub", "html", html, day))
    return out


def _day(value) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value if not hasattr(value, "date") else value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def dateparser_dateline(line: str, *, max_other_words: int = 4) -> str | None:
    """A dateline read by dateparser: a date with day, month and year, at most `max_other_words` other words."""
    from dateparser.search import search_dates

    if len(line.split()) > 12 or not re.search(r"\d", line):
        return None
    found = search_dates(line, languages=["en"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"})
    for text, dt in found or ():
        if not re.search(r"(?:19|20)\d\d", text):
            continue           # relative phrases ("7 hours ago") resolve against today, not the page
        if len(line.replace(text, " ").split()) > max_other_words:
            return None
        iso = dt.date().isoformat()
        return f"{iso}T{dt.hour:02d}:{dt.minute:02d}" if (dt.hour, dt.minute) != (0, 0) else iso
    return None


def _without_canonical(html: str) -> str:
    return re.sub(r"<link[^>]+rel=[\"']?canonical[^>]*>", "", html, flags=re.I)


def text_of(kind: str, body: str) -> str:
    if kind == "text":
        return body
    import html_text

    return html_text.extract_text(body, guess_layout=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed")
    ap.add_argument("--isw")
    ap.add_argument("--scrapinghub")
    ap.add_argument("--min-html-exact", type=float, default=None, help="floor on our HTML publication day accuracy")
    ap.add_argument("--min-text-exact", type=float, default=None, help="floor on our plain-text dateline accuracy")
    a = ap.parse_args(argv)
    pages = gold_pages(a)
    if not pages:
        print("no pages with a known date (give --seed, --isw or --scrapinghub)", file=sys.stderr)
        return 2

    import htmldate
    from sitroom.clean import clean_html, clean_plain_text
    import sitroom.clean._text as text_cleaner

    hand = text_cleaner.parse_dateline

    def with_dateparser(text: str):
        text_cleaner.parse_dateline = dateparser_dateline
        try:
            return clean_plain_text(text).published
        finally:
            text_cleaner.parse_dateline = hand

    html_readers = {
        "sitroom": lambda h: clean_html(h).published,
        "htmldate": lambda h: htmldate.find_date(h, original_date=True),
        "htmldate_fast": lambda h: htmldate.find_date(h, original_date=True, extensive_search=False),
        # without the page's canonical URL (the ScrapingHub gold comes from the URL: this is the fair comparison)
        "htmldate_nourl": lambda h: htmldate.find_date(_without_canonical(h), original_date=True,
                                                       extensive_search=False),
    }
    text_readers = {"sitroom": lambda t: clean_plain_text(t).published, "dateparser": with_dateparser}

    rows: dict[tuple[str, str, str], list[int]] = {}     # (task, reader, source) -> [n, found, exact, within1]
    spent: dict[tuple[str, str], float] = {}
    for source, kind, body, gold in pages:
        tasks = [("text", text_readers, text_of(kind, body))]
        if kind == "html":
            tasks.append(("html", html_readers, body))
        for task, readers, doc in tasks:
            for name, read in readers.items():
                t = time.perf_counter()
                try:
                    got = _day(read(doc))
                except Exception:  # noqa: BLE001 - a reader that fails on a page finds nothing there
                    got = None
                spent[(task, name)] = spent.get((task, name), 0.0) + time.perf_counter() - t
                r = rows.setdefault((task, name, source), [0, 0, 0, 0])
                r[0] += 1
                r[1] += got is not None
                r[2] += got == gold
                r[3] += got is not None and abs((got - gold).days) <= 1
    metrics = {}
    for (task, name, source), (n, found, exact, near) in sorted(rows.items()):
        print(f"{task:<5} {name:<14} {source:<12} pages {n:4d}  found {found / n:.3f}  exact {exact / n:.3f}  "
              f"within1 {near / n:.3f}")
    for task, readers in (("html", html_readers), ("text", text_readers)):
        for name in readers:
            tot = [sum(v[i] for (t, r, _), v in rows.items() if t == task and r == name) for i in range(4)]
            if not tot[0]:
                continue
            ms = spent[(task, name)] / tot[0] * 1000
            print(f"{task:<5} {name:<14} {'all':<12} pages {tot[0]:4d}  found {tot[1] / tot[0]:.3f}  "
                  f"exact {tot[2] / tot[0]:.3f}  within1 {tot[3] / tot[0]:.3f}  ms/page {ms:.1f}")
            metrics[f"{task}_{name}_exact"] = tot[2] / tot[0]
    return finish("dates", metrics, {"html_sitroom_exact": a.min_html_exact, "text_sitroom_exact": a.min_text_exact})


if __name__ == "__main__":
    raise SystemExit(main())

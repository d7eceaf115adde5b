"""Telegram channels end to end: every message with text becomes a document, with the date and link of the source.

Usage: python benchmarks/telegram.py ../shared/data/telegram [--min-documents 1.0] [--min-dates 1.0] [--min-links 1.0]

For each tg-archive page (*.html) in DIR, the expected messages are read from the page here, independently of the
reader (a regex over the `<li class="message type-message">` blocks: the id, the `.date` text, the channel's t.me
link, whether the `.text` block has any visible text); for each Telegram Desktop export (*.json), from its `messages`
(type "message" with a non-empty text). Then `sitroom.ingest.read_documents` and `sitroom.api.extract` (clean and
analyse) run on the file, and each expected message must come out as one document whose `published` and `url` equal
the page's. Prints the counts and a last RESULT line; exits 1 when a floor is missed.
"""
from __future__ import annotations

import argparse
import html as html_lib
import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _report import finish  # noqa: E402

from sitroom.api import extract  # noqa: E402
from sitroom.ingest import IngestError, read_documents  # noqa: E402

_LI = re.compile(r'<li class="message type-message" id="(\d+)">(.*?)</li>', re.S)
_DATE = re.compile(r'<span class="date">\s*(.*?)\s*</span>', re.S)
_USER = re.compile(r'<a href="(https://t\.me/[^"]+)" class="username"')
_TEXT = re.compile(r'<div class="text">(.*?)</div>', re.S)


def expected_from_archive(page: str, origin: str) -> dict[str, tuple[str | None, str | None]]:
    """origin#id -> (ISO date as shown, t.me link) for every message block with visible text."""
    out = {}
    for mid, block in _LI.findall(page):
        text = _TEXT.search(block)
        if not text or not html_lib.unescape(re.sub(r"<[^>]+>", " ", text.group(1))).strip():
            continue
        date = _DATE.search(block)
        iso = datetime.strptime(" ".join(date.group(1).split()), "%I:%M %p, %d %b %Y").isoformat(timespec="minutes") \
            if date else None
        user = _USER.search(block)
        out[f"{origin}#{mid}"] = (iso, f"{user.group(1).rstrip('/')}/{mid}" if user else None)
    return out


def _flat(text) -> str:
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in text)
    return str(text or "")


def expected_from_export(data: dict, origin: str) -> dict[str, tuple[str | None, None]]:
    """origin#chat/id -> (date, None) for every non-service message with text (the sample has no links to check)."""
    chats = [data] if "messages" in data else data.get("chats", {}).get("list", [])
    out = {}
    for chat in chats:
        for m in chat.get("messages", []):
            if m.get("type") == "message" and _flat(m.get("text")).strip():
                out[f"{origin}#{chat.get('id', '')}/{m['id']}"] = (m.get("date"), None)
    return out


def run(path: Path, expected: dict, check_links: bool) -> dict[str, int | float]:
    got: dict[str, tuple[str | None, str | None]] = {}
    failed: list[tuple[str, str]] = []
    events = 0
    t0 = time.perf_counter()
    for item in read_documents(path):
        if isinstance(item, IngestError):
            failed.append((item.origin, item.reason))
            continue
        try:
            ex = extract(item)
        except IngestError as exc:
            failed.append((item.origin, exc.reason))
            continue
        events += len(ex.events)
        got[item.origin] = (ex.document.published, ex.document.url)
    seconds = time.perf_counter() - t0
    for origin, reason in failed[:10]:
        print(f"  failed {origin}: {reason}")
    found = [k for k in expected if k in got]
    dates = sum(1 for k in found if (got[k][0] or "")[:16] == (expected[k][0] or "")[:16] and expected[k][0])
    links = sum(1 for k in found if got[k][1] == expected[k][1]) if check_links else len(found)
    extra = [k for k in got if k not in expected]
    print(f"{path.name}: {len(expected)} messages with text -> {len(found)} documents ({len(extra)} unexpected, "
          f"{len(failed)} failed); dates equal {dates}/{len(expected)}"
          + (f"; links equal {links}/{len(expected)}" if check_links else "")
          + f"; {events} events; {1000 * seconds / max(1, len(got)):.0f} ms/message")
    return {"expected": len(expected), "found": len(found), "dates": dates, "links": links, "extra": len(extra)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="folder with tg-archive pages (*.html) and Desktop exports (*.json)")
    ap.add_argument("--min-documents", type=float, default=None)
    ap.add_argument("--min-dates", type=float, default=None)
    ap.add_argument("--min-links", type=float, default=None)
    args = ap.parse_args(argv)
    totals = {"archive": [0, 0, 0, 0, 0], "export": [0, 0, 0, 0, 0]}
    for path in sorted(args.data.iterdir()):
        if path.suffix == ".html":
            r, kind = run(path, expected_from_archive(path.read_text("utf-8"), str(path)), True), "archive"
        elif path.suffix == ".json":
            r, kind = run(path, expected_from_export(json.loads(path.read_text("utf-8")), str(path)), False), "export"
        else:
            continue
        for i, k in enumerate(("expected", "found", "dates", "links", "extra")):
            totals[kind][i] += r[k]
    exp = sum(t[0] for t in totals.values()) or 1
    arch = totals["archive"][0] or 1
    metrics = {
        "documents": sum(t[1] for t in totals.values()) / exp,
        "dates": sum(t[2] for t in totals.values()) / exp,
        "links": totals["archive"][3] / arch,
        "archive_messages": float(totals["archive"][0]),
        "export_messages": float(totals["export"][0]),
        "unexpected": float(sum(t[4] for t in totals.values())),
    }
    return finish("telegram", metrics, {"documents": args.min_documents, "dates": args.min_dates,
                                        "links": args.min_links})


if __name__ == "__main__":
    sys.exit(main())

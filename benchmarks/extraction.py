"""Article-body extraction benchmark on the ScrapingHub article-extraction set (181 gzipped pages).

    python benchmarks/extraction.py DIR [--min-html-f1 0.95] [--min-text-f1 0.88] [--limit N]

DIR holds html/<id>.html.gz and ground-truth.json ({id: {"articleBody": ...}}).
Score: precision / recall / F1 over 4-word shingles (multisets) of whitespace-normalized text, body text
against articleBody. Printed both ways: macro (mean of per-page F1, what the floors apply to) and micro
(shingle counts summed over all pages).

Path 1, HTML in: trafilatura alone (baseline, timed in the same run) and our clean_document.
Path 2, whole-page plain text: each page flattened with inscriptis (navigation included), then fed to our
plain-text cleaner; baselines: "long lines ending in punctuation" and trafilatura on the same text.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from sitroom.clean import CleanError, CleanOptions, clean_document
from sitroom.model import RawDocument

_SENTENCE_END = re.compile(r"[.!?\"”'’:)]$")


def shingles(text: str, n: int = 4) -> Counter:
    words = text.split()
    return Counter(tuple(words[i:i + n]) for i in range(max(0, len(words) - n + 1)))


class Score:
    def __init__(self) -> None:
        self.f1s: list[float] = []
        self.ps: list[float] = []
        self.rs: list[float] = []
        self.hit = self.pred = self.gold = 0

    def add(self, predicted: str, gold: str) -> float:
        a, b = shingles(predicted), shingles(gold)
        hit, pred, gld = sum((a & b).values()), sum(a.values()), sum(b.values())
        p = hit / pred if pred else (1.0 if not gld else 0.0)
        r = hit / gld if gld else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        self.ps.append(p), self.rs.append(r), self.f1s.append(f)
        self.hit, self.pred, self.gold = self.hit + hit, self.pred + pred, self.gold + gld
        return f

    def macro(self) -> tuple[float, float, float]:
        n = max(1, len(self.f1s))
        return sum(self.ps) / n, sum(self.rs) / n, sum(self.f1s) / n

    def micro(self) -> tuple[float, float, float]:
        p = self.hit / self.pred if self.pred else 0.0
        r = self.hit / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def line(self, name: str, extra: str = "") -> str:
        (mp, mr, mf), (up, ur, uf) = self.macro(), self.micro()
        return (f"{name:<34} macro P {mp:.4f} R {mr:.4f} F1 {mf:.4f} | micro P {up:.4f} R {ur:.4f} F1 {uf:.4f}"
                f"{extra}")


def load(data_dir: Path, limit: int | None) -> list[tuple[str, bytes, str]]:
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        path = data_dir / "html" / f"{page_id}.html.gz"
        pages.append((page_id, gzip.decompress(path.read_bytes()), truth[page_id]["articleBody"] or ""))
    return pages


def ours(raw: RawDocument, options: CleanOptions) -> str:
    try:
        return clean_document(raw, options).text
    except CleanError:
        return ""


def long_punctuated_lines(text: str, min_words: int = 10) -> str:
    """The simple baseline: keep lines of at least `min_words` words that end in sentence punctuation."""
    return "\n".join(s.strip() for s in text.splitlines()
                     if len(s.split()) >= min_words and _SENTENCE_END.search(s.strip()))


def _as_paragraph_html(text: str) -> str:
    """Flat text handed to trafilatura: one <p> per line (it needs markup to work on)."""
    from html import escape

    body = "".join(f"<p>{escape(s.strip())}</p>" for s in text.splitlines() if s.strip())
    return f"<html><body><article>{body}</article></body></html>"


def run_html(pages, options: CleanOptions, verbose: bool) -> tuple[Score, float, Score, float]:
    import trafilatura

    base, mine = Score(), Score()
    t0 = time.perf_counter()
    for _, html, gold in pages:
        base.add(trafilatura.extract(html) or "", gold)
    base_rate = len(pages) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    worst = []
    for page_id, html, gold in pages:
        raw = RawDocument(origin=page_id, content=html, media_type="text/html")
        worst.append((mine.add(ours(raw, options), gold), page_id))
    rate = len(pages) / (time.perf_counter() - t0)
    if verbose:
        print("html worst:", ", ".join(f"{p[:10]}={f:.2f}" for f, p in sorted(worst)[:10]))
    return base, base_rate, mine, rate


def run_text(pages, options: CleanOptions, verbose: bool) -> tuple[Score, Score, Score, float]:
    import trafilatura
    from inscriptis import get_text

    simple, traf, mine = Score(), Score(), Score()
    flat = [(page_id, get_text(html.decode("utf-8", "replace")), gold) for page_id, html, gold in pages]
    worst = []
    t0 = time.perf_counter()
    for page_id, text, gold in flat:
        raw = RawDocument(origin=page_id, content=text.encode("utf-8"), media_type="text/plain")
        worst.append((mine.add(ours(raw, options), gold), page_id))
    rate = len(flat) / (time.perf_counter() - t0)
    for _, text, gold in flat:
        simple.add(long_punctuated_lines(text), gold)
        traf.add(trafilatura.extract(_as_paragraph_html(text)) or "", gold)
    if verbose:
        print("text worst:", ", ".join(f"{p[:10]}={f:.2f}" for f, p in sorted(worst)[:10]))
    return simple, traf, mine, rate


def check_seed(path: Path) -> list[str]:
    """Title, published, language, captions, boilerplate lines gone and body sentences kept."""
    gold = json.loads((path.parent / f"{path.stem}.gold.json").read_text(encoding="utf-8")).get("document")
    if not gold:
        return ["no gold document section"]
    doc = clean_document(RawDocument(origin=str(path), content=path.read_bytes(), media_type="text/plain"))
    problems = [f"{k} {getattr(doc, k)!r} != {gold[k]!r}" for k in ("title", "published", "language")
                if k in gold and getattr(doc, k) != gold[k]]
    if "captions" in gold and list(doc.captions) != gold["captions"]:
        problems.append(f"captions {list(doc.captions)!r}")
    problems += [f"boilerplate kept: {b!r}" for b in gold.get("boilerplate_lines", []) if b in doc.text]
    problems += [f"body lost: {b!r}" for b in gold.get("body_must_contain", []) if b not in doc.text]
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("--min-html-f1", type=float, default=None, help="floor for our macro F1, HTML in")
    ap.add_argument("--min-text-f1", type=float, default=None, help="floor for our macro F1, plain text in")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages (by id)")
    ap.add_argument("--seed", type=Path, default=None,
                    help="a seed .txt whose .gold.json 'document' section the plain-text cleaner must match")
    ap.add_argument("--verbose", action="store_true", help="print the worst pages")
    args = ap.parse_args(argv)
    options = CleanOptions(detect_language=False)  # language is not scored here
    pages = load(args.data_dir, args.limit)
    print(f"{len(pages)} pages from {args.data_dir}; score = 4-word shingle P/R/F1, macro (mean per page) and micro")

    base, base_rate, html, rate = run_html(pages, options, args.verbose)
    print(base.line("html: trafilatura alone", f" | {base_rate:.1f} pages/s"))
    print(html.line("html: sitroom clean_document", f" | {rate:.1f} pages/s ({rate / base_rate:.2f}x trafilatura)"))
    simple, traf, text, text_rate = run_text(pages, options, args.verbose)
    print(simple.line("text: long punctuated lines"))
    print(traf.line("text: trafilatura on flat text"))
    print(text.line("text: sitroom plain-text cleaner", f" | {text_rate:.1f} pages/s"))

    failed = []
    if args.seed is not None:
        problems = check_seed(args.seed)
        print("seed document:", "ok" if not problems else "; ".join(problems))
        failed += [f"seed: {p}" for p in problems]
    if args.min_html_f1 is not None and html.macro()[2] < args.min_html_f1:
        failed.append(f"html_f1 {html.macro()[2]:.4f} < {args.min_html_f1}")
    if args.min_text_f1 is not None and text.macro()[2] < args.min_text_f1:
        failed.append(f"text_f1 {text.macro()[2]:.4f} < {args.min_text_f1}")
    for f in failed:
        print("FLOOR MISSED:", f, file=sys.stderr)
    print(f"RESULT extraction html_f1={html.macro()[2]:.4f} html_micro_f1={html.micro()[2]:.4f} "
          f"text_f1={text.macro()[2]:.4f} text_micro_f1={text.micro()[2]:.4f} "
          f"trafilatura_f1={base.macro()[2]:.4f} simple_text_f1={simple.macro()[2]:.4f} "
          f"trafilatura_text_f1={traf.macro()[2]:.4f} html_pages_per_s={rate:.1f} "
          f"trafilatura_pages_per_s={base_rate:.1f} speed_ratio={rate / base_rate:.2f} text_pages_per_s={text_rate:.1f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

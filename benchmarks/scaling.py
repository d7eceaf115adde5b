"""Analysis cost per sentence as a document grows (issue 12, item 2): it must stay flat.

Generates documents of 1k, 2k, 5k and 10k one-sentence lines from news-like sentence templates (events, dates,
figures, sources, headings without a verb), cleans and analyses each in one run (as one spaCy parse: no chunking,
so that the layers' own cost shows), and prints the analysis time per sentence at each size and the ratio of the
largest size's to the smallest's (cleaning time is printed beside it). A quadratic step (a per-sentence
read of the whole text, a per-token scan of the whole document) shows up as a ratio near 10 at 10k/1k.

    python benchmarks/scaling.py --sizes 1000,2000,5000,10000 --max-ratio 1.3

Last line: RESULT scaling ms_per_sentence_1k=... ms_per_sentence_10k=... ratio=...
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import finish  # noqa: E402

from sitroom.analyze import analyze  # noqa: E402
from sitroom.clean import clean_document  # noqa: E402
from sitroom.limits import SPACY_MAX_LENGTH, Limits  # noqa: E402
from sitroom.model import RawDocument  # noqa: E402
from sitroom.nlp import load_nlp  # noqa: E402

ACTORS = ["Russian forces", "Ukrainian troops", "The army", "Separatist fighters", "Police", "Government forces",
          "Rebels", "Protesters", "The ministry", "Local officials"]
VERBS = ["shelled", "attacked", "captured", "struck", "withdrew from", "advanced near", "arrested people in",
         "protested in", "met officials in", "evacuated civilians from"]
PLACES = ["Kherson", "Bakhmut", "Kharkiv", "Izium", "Donetsk", "Mariupol", "Lyman", "Svatove", "Kupiansk", "Odesa"]
SOURCES = ["officials said", "the governor said", "according to the ministry", "a spokesman said", "witnesses said"]
MONTHS = ["January", "March", "May", "July", "September", "October", "November"]
HEADINGS = ["Key takeaways", "Southern axis", "Mobilization and force generation efforts", "Eastern front update"]


# one spaCy parse per document, however long (no chunking): the layers' own cost is what is measured
ONE_PARSE = Limits(parse_chunk_chars=SPACY_MAX_LENGTH)


def sentence(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.08:
        return r.choice(HEADINGS)
    actor, verb, place = r.choice(ACTORS), r.choice(VERBS), r.choice(PLACES)
    when = f"on {r.randint(1, 28)} {r.choice(MONTHS)}" if r.random() < 0.5 else r.choice(["yesterday", "on Monday", ""])
    fig = f", killing {r.choice(['at least', 'up to', 'about', ''])} {r.randint(2, 900)} people" if r.random() < 0.3 else ""
    src = f", {r.choice(SOURCES)}" if r.random() < 0.5 else ""
    return " ".join(f"{actor} {verb} {place} {when}{fig}{src}.".split())


def document(n: int, seed: int) -> RawDocument:
    r = random.Random(seed)
    text = "\n".join(sentence(r) for _ in range(n))
    return RawDocument(origin=f"<scaling {n}>", content=text.encode(), media_type="text/plain",
                       published="2022-10-24")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,2000,5000,10000", help="sentences per document (ascending)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--max-ratio", type=float, default=None,
                    help="exit 1 when ms/sentence at the largest size over the smallest's is higher")
    a = ap.parse_args(argv)
    sizes = sorted(int(s) for s in a.sizes.split(","))
    load_nlp()
    analyze(clean_document(document(50, a.seed)))       # warm caches (lexicons, gazetteer) outside the timing
    per: dict[int, float] = {}

    def measure(n: int) -> float:
        raw = document(n, a.seed)
        t0 = time.perf_counter()
        doc = clean_document(raw)
        t1 = time.perf_counter()
        ex = analyze(doc, limits=ONE_PARSE)
        t2 = time.perf_counter()
        ms = (t2 - t1) * 1000 / n
        print(f"{n:>6} sentences: clean {t1 - t0:6.2f}s, analyse {t2 - t1:7.2f}s, {ms:.3f} ms/sentence, "
              f"{len(ex.events)} events", flush=True)
        return ms

    for n in sizes:
        per[n] = measure(n)
    lo, hi = sizes[0], sizes[-1]
    ratio = per[hi] / per[lo]
    # over the limit: re-measured (smallest, then largest) up to 2 more rounds, the best round counts — load on a
    # shared machine slows one round, a regression slows them all
    for _ in range(2):
        if a.max_ratio is None or ratio <= a.max_ratio:
            break
        print(f"ratio {ratio:.3f} over {a.max_ratio}: measuring again", flush=True)
        again_lo, again_hi = measure(lo), measure(hi)
        if again_hi / again_lo < ratio:
            per[lo], per[hi], ratio = again_lo, again_hi, again_hi / again_lo

    def tag(n: int) -> str:
        return f"{n // 1000}k" if n % 1000 == 0 else str(n)
    # finish() floors are minimums; the ratio is a ceiling, checked here
    code = finish("scaling", {f"ms_per_sentence_{tag(lo)}": per[lo], f"ms_per_sentence_{tag(hi)}": per[hi],
                              "ratio": ratio}, {})
    if a.max_ratio is not None and ratio > a.max_ratio:
        print(f"FAIL: ratio {ratio:.3f} > {a.max_ratio}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())

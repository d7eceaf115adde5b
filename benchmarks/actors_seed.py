"""Actors and places on the hand-annotated seed article(s): are the gold parties findable?

    python benchmarks/actors_seed.py PATH/seed-dir [--min-party-recall X] [--min-location-recall X]

For every gold event, the sentence holding its evidence is looked up in the document; a gold actor,
recipient or source counts as found when some `ActorResolver.mentions()` entity inside that sentence
has a text or name containing one of the gold aliases (case-insensitive, as the seed matching rule
says); `location_country` counts when a `PlaceResolver.places()` entry in that sentence or in the
document's most salient country has that ISO3. This is the ceiling the coder and attribution layers
work with (pronoun sources such as "he" are out of scope here and count as misses).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from sitroom.analyze.actors import ActorResolver
from sitroom.analyze.places import PlaceResolver
from sitroom.nlp import parse

from _report import finish  # benchmarks/ is on sys.path when a benchmark runs as a script


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u2019", "'").replace("\u201c", '"')
                  .replace("\u201d", '"')).strip().lower()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("seed_dir")
    ap.add_argument("--min-party-recall", type=float)
    ap.add_argument("--min-location-recall", type=float)
    args = ap.parse_args()
    n_party = ok_party = n_loc = ok_loc = 0
    for gold_path in sorted(Path(args.seed_dir).glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = parse(text)
        actors, places = ActorResolver(doc), PlaceResolver(doc)
        for ev in gold["events"]:
            sent = next((s for s in doc.sents if norm(ev["evidence"]) in norm(s.text)), None)
            if sent is None:
                print(f"{ev['id']}: evidence sentence not found")
                continue
            inside = [e for e in actors.mentions() if sent.start_char <= e.start < sent.end_char]
            for role in ("actor", "recipient", "source"):
                if role not in ev:
                    continue
                n_party += 1
                hit = [e for e in inside if any(norm(a) in norm(e.text) or norm(a) in norm(e.name)
                                                for a in ev[role])]
                ok_party += bool(hit)
                print(f"{ev['id']} {role:9s} {'ok ' if hit else 'MISS'} {hit[0].name if hit else ev[role]}")
            if "location_country" in ev:
                n_loc += 1
                here = [p.country for p in places.places() if sent.start_char <= p.start < sent.end_char]
                got = here or [places.country_of_document()]
                ok_loc += ev["location_country"] in got
    m = {"party_recall": ok_party / max(n_party, 1), "location_recall": ok_loc / max(n_loc, 1)}
    return finish("actors_seed", m, {k: getattr(args, "min_" + k) for k in m})


if __name__ == "__main__":
    sys.exit(main())

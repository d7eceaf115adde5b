"""Speed of the actor and place resolvers, as ratios against a spaCy parse measured in the same run.

    python benchmarks/resolvers_speed.py [--repeat 5] [--min-parse-over-actors 3] [--min-parse-over-places 3]

The resolvers run once per document after its one parse; they must stay a small fraction of that parse, whatever
the machine's speed (the numbers are medians of interleaved runs, so a busy shared machine slows both sides).
Also reported: the cold load of the actor dictionary (first `lookup_actor` in a fresh process) over the cold
`import` of the same module. Was `test_resolving_a_document_is_fast` / `test_dictionary_loads_fast` (wall-clock
asserts in unit tests); no data set needed.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _report import finish  # noqa: E402

TEXT = ("Russian forces shelled positions near Bakhmut, the Ukrainian General Staff said, while the Kremlin and "
        "Belarusian officials met in Minsk. Troops moved from Brest towards Kovel while drones struck Odesa and "
        "Mykolaiv. ") * 20


def _timed(f) -> float:
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def _cold(code: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--min-parse-over-actors", type=float, default=None)
    ap.add_argument("--min-parse-over-places", type=float, default=None)
    args = ap.parse_args(argv)

    from sitroom.analyze.actors import ActorResolver
    from sitroom.analyze.places import PlaceResolver
    from sitroom.nlp import parse

    doc = parse(TEXT)
    ActorResolver(doc).mentions()          # warm the lexicons
    PlaceResolver(doc).places()
    parse_s, actors_s, places_s = [], [], []
    for _ in range(args.repeat):
        parse_s.append(_timed(lambda: parse(TEXT + " ")))        # a new string: no cached parse
        actors_s.append(_timed(lambda: ActorResolver(doc).mentions()))
        places_s.append(_timed(lambda: PlaceResolver(doc).places()))
    p, a, pl = (statistics.median(x) for x in (parse_s, actors_s, places_s))
    print(f"words={len(TEXT.split())} parse_ms={p * 1000:.1f} actors_ms={a * 1000:.1f} places_ms={pl * 1000:.1f}")

    imp = statistics.median(_cold("import sitroom.analyze.actors") for _ in range(3))
    load = statistics.median(_cold("import sitroom.analyze.actors as a; a.lookup_actor('Kremlin')") for _ in range(3))
    print(f"cold_import_s={imp:.2f} cold_import_and_dictionary_s={load:.2f}")
    return finish("resolvers_speed", {"parse_over_actors": p / a, "parse_over_places": p / pl,
                                      "dictionary_load_over_import": (load - imp) / imp},
                  {"parse_over_actors": args.min_parse_over_actors, "parse_over_places": args.min_parse_over_places})


if __name__ == "__main__":
    sys.exit(main())

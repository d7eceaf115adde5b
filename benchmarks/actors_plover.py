"""Actors benchmark on the PLOVER gold-standard records (source/target actors with code and sector).

    python benchmarks/actors_plover.py PATH/PLOVER_GSR_CAMEO.txt [--min-country X] [--min-sector X]

For every gold actor with an `actorText`, `lookup_actor(actorText)` (context-free) is compared with the
gold `code` (ISO3, or "IGO" which we write as sector IGO with country None) and, where the gold has
one, the `sector` (gold CVL = our CIV). Older non-ISO codes (JAP ...) are skipped.
- found: an entity came back;  country: its country (or IGO) equals the gold code, of those found;
- resolved: found with the right country, of all gold actors;
- sector: its sector equals the gold sector, of found actors whose gold has a sector in our scheme.
"""
from __future__ import annotations

import argparse
import json
import sys

import pycountry

from sitroom.analyze.actors import lookup_actor

from _report import finish  # benchmarks/ is on sys.path when a benchmark runs as a script

SECTOR_MAP = {"CVL": "CIV", "COP": "POL"}
# CAMEO has no LEADER sector: its heads of state and government are GOV
SAME_SECTOR = {("GOV", "LEADER")}
OURS = {"GOV", "MIL", "LEADER", "LEG", "JUD", "SPY", "POL", "PARTY", "OPP", "MEDIA", "CIV", "REB", "REF",
        "BUS", "IGO", "NGO"}


def actors(records):
    for r in records:
        for k in ("source", "target"):
            v = r.get(k)
            for a in v if isinstance(v, list) else [v]:
                if isinstance(a, dict) and a.get("actorText") and a.get("code"):
                    yield a


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--min-found", type=float)
    ap.add_argument("--min-country", type=float)
    ap.add_argument("--min-sector", type=float)
    ap.add_argument("--min-resolved", type=float)
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    records = json.load(open(args.path, encoding="utf-8"))
    n = found = country_ok = n_sec = sec_ok = 0
    for a in actors(records):
        code = a["code"]
        if code != "IGO" and pycountry.countries.get(alpha_3=code) is None:
            continue
        n += 1
        e = lookup_actor(a["actorText"])
        if e is None:
            if args.show_misses:
                print("MISS", a["actorText"], code, a.get("sector"))
            continue
        found += 1
        ok = (e.sector == "IGO" and e.country is None) if code == "IGO" else e.country == code
        country_ok += ok
        if args.show_misses and not ok:
            print("WRONG", a["actorText"], code, "->", e.name, e.country, e.sector)
        gold_sec = SECTOR_MAP.get(a.get("sector"), a.get("sector"))
        if gold_sec in OURS and code != "IGO":
            n_sec += 1
            sec_ok += e.sector == gold_sec or (gold_sec, e.sector) in SAME_SECTOR
    m = {"found": found / max(n, 1), "country": country_ok / max(found, 1), "resolved": country_ok / max(n, 1),
         "sector": sec_ok / max(n_sec, 1)}
    print(f"gold actors={n} found={found} with_sector={n_sec}")
    return finish("actors_plover", m, {k: getattr(args, "min_" + k) for k in m})


if __name__ == "__main__":
    sys.exit(main())

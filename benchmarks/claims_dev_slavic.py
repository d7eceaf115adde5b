"""Russian and Ukrainian figure claims on our own dev set: the number reader alone, and full claims with claimant.

The dev set (benchmarks/data/claims_dev_slavic/: tuned.json, heldout.json and further batches such as batch2.json,
each file with its own "split" name) is short multi-sentence reports in
Russian and Ukrainian written by the sitroom team in the styles of wire copy, ministry statements, Telegram monitoring
posts and analyst notes, every counted figure annotated, in the format of benchmarks/data/claims_dev (plus a
`language` per report). The held-out fifth is never tuned on; it is scored and printed separately, and its errors
are never shown. Every further batch is scored as its own part (metrics prefixed with its split name, e.g.
batch2_owner); a batch's first score, before any rule was changed for it, is its "unseen" number:
    batch2 (16 reports, 56 claims; Belarus MoD Telegram, General Staff loss lists, state media quotes, Ukrainian
    outlets citing intelligence), unseen: reader_found 1.000, found 1.000, claimant 0.857, precision 0.933,
    status 0.750, owner 0.679, location 0.929.
    batch3 (14 reports, 68 claims; Russian MoD summaries, Belarus MoD "Сводка на …", General Staff lists and daily
    reports, regional administrations' Telegram posts, TASS / RIA / Interfax / Ukrinform style copy), unseen:
    reader_found 1.000, found 1.000, claimant 0.868, precision 0.958, status 0.912, owner 0.882, location 0.912;
    its held-out fifth (heldout_batch3.json: 4 reports, 20 claims, the lowest sha1 of the report id), unseen: 1.000,
    1.000, claimant 1.000, precision 1.000, status 0.950, owner 0.750, location 0.550. Now batch3 claimant 1.000,
    status 0.971, owner 0.985, location 0.985; heldout_batch3 claimant 1.000, status 1.000, owner 0.850, location 1.000.
    pages (batch_pages.json: 10 of 13 short HTML web pages in pages/, 52 claims; the Belarus MoD site, Ukrainian and
    Russian outlets and agencies, monitoring channels' web previews; each page read as a user's file is, through
    sitroom.ingest and sitroom.clean, so title, date, outlet and language come from the page), unseen: reader_found
    0.885, found 0.962, claimant 0.769, precision 0.980, status 0.769, owner 0.731, location 0.923; its held-out fifth
    (heldout_pages.json: 3 pages, 22 claims, lowest sha1 of the id), unseen: 0.955, 1.000, claimant 0.955, precision
    1.000, status 0.636, owner 0.409, location 1.000 (the reader then read the body only: every headline claim
    counted missed; it reads the headline too since). Now pages reader 1.000, found 1.000, claimant 1.000, precision
    1.000, status 0.962, owner 0.904, location 0.962; heldout_pages reader 1.000, the rest unchanged.
    pages2 (batch_pages2.json: 11 of 14 further HTML pages r01-r14 in pages/, 53 claims, written after the first
    pages batch for the owner and status rules that did not carry over: Belarus / Ukraine MoD and General Staff
    statements, Telegram-channel reposts, Ukrainian and Russian outlets, analyst notes; nationality adjectives in
    all cases, genitive owners, possessives, statuses of arriving, staying, plans, losses, call-ups and transfers),
    unseen: reader_found 1.000, found 1.000, claimant 0.962, precision 1.000, status 0.925, owner 0.849, location
    0.868; its held-out fifth (heldout_pages2.json: 3 pages, 18 claims, the lowest sha1 of the id, fixed before the
    first run), unseen: 0.944, 0.944, claimant 0.778, precision 1.000, status 0.667, owner 0.722, location 0.667. Now
    pages2 claimant 1.000, status 1.000, owner 1.000, location 0.925; heldout_pages2 owner 0.778, the rest unchanged
    (pages status 0.981, owner 0.942; tuned status 0.968, location 0.952; batch2 status 0.893, owner 0.911).
    pages3 (batch_pages3.json: 12 of 15 further HTML pages s01-s15 in pages/, 56 claims: ministries' Telegram posts,
    regional governors' and military administrations' reports, TASS / RIA / Interfax / Ukrinform / UNIAN style copy,
    monitoring projects; figures such as "около 9 тыс.", "до 9000", "понад 1000", "не менее 60", "дев’ять тисяч",
    owners by adjectives and genitives, dates "станом на 13 жовтня", "с 24 февраля", "наступного дня"), unseen:
    reader_found 0.964, found 0.929, claimant 0.589, precision 1.000, status 0.786, owner 0.893, location 0.821; its
    held-out fifth (heldout_pages3.json: s03, s05, s08, 13 claims, lowest sha1 of the id, fixed before the first run),
    unseen: 0.923, 0.923, claimant 0.846, precision 0.857, status 0.692, owner 0.769, location 0.846. Now pages3
    reader 1.000 (two body evidences equal to their headline's lengthened), found 0.982, claimant 0.946, status 0.911,
    owner 0.982, location 0.893; heldout_pages3 claimant 0.923, status 0.769, the rest unchanged.
    pages4 (batch_pages4.json: 12 of 15 further HTML pages u01-u15 in pages/, 66 claims: the Belarus MoD's and
    Ukraine's Air Force's Telegram posts, monitoring channels' equipment lists, General Staff loss lists, Russian MoD
    summaries, governors, a quote over several sentences, "за даними ГУР", "как сообщает", "станом на 17 жовтня …
    прибули"; owners by adjective, genitive, paragraph, list and headline), unseen (on the gold as corrected after
    the first run, two '(+N)' added and one kind: see its "about"): reader_found 1.000, found 1.000, claimant 0.909,
    precision 1.000, status 0.803, owner 0.848, location 0.864; its held-out fifth (heldout_pages4.json: u07, u10,
    u15, 15 claims, lowest sha1 of the id, fixed before the first run), unseen: 1.000, 1.000, claimant 0.800,
    precision 1.000, status 1.000, owner 0.933, location 0.933. Now pages4 claimant 1.000, status 0.970, owner
    1.000, location 1.000; heldout_pages4 unchanged (pages3 claimant 0.982, status 0.929; heldout_pages owner 0.818,
    heldout_pages2 location 0.722, heldout_pages3 owner 0.846).
    pages5 (batch_pages5.json: 12 of 15 further HTML pages v01-v15 in pages/, 53 claims: the Belarus MoD's Telegram
    posts, a General Staff loss list and a governor's channel, Ukrainian outlets citing the GUR, the border guard and
    the Belarus MoD, Russian-language outlets citing Ukrainian officials, a Russian and a Ukrainian monitoring
    channel, agency copy; "порядка 9 тыс.", "дев’ять тисяч", "понад", "не менше", "близько", "станом на",
    "наступного дня", "за даними", "як повідомляє", "нібито" / "якобы"), unseen: reader_found 0.981, found 0.943,
    claimant 0.868, precision 0.980, status 0.925, owner 0.906, location 0.925; its held-out fifth
    (heldout_pages5.json: v07, v13, v14, 13 claims, lowest sha1 of the id, fixed before the first run), unseen:
    1.000, 1.000, claimant 0.923, precision 1.000, status 0.846, owner 0.923, location 1.000. Now pages5 found 0.981,
    claimant 0.962, precision 0.981, status 0.981, owner 0.943, location 0.981 (reader unchanged: "около 2 тысяч …
    и 50 единиц" is read as about 50, the gold says exactly); heldout_pages5 unchanged (pages3 found 1.000, status
    0.946, owner 1.000, location 0.911).
    pages6 (batch_pages6.json: 12 of 15 further HTML pages w01-w15 in pages/, 51 claims: the Belarus MoD's Telegram
    posts and site, a General Staff loss list rewritten by an outlet, the border service's spokesman, a governor's
    and the Air Force's channels, Russian-language monitoring channels, Ukrainian outlets rewriting the Russian MoD,
    a Russian quotation inside Ukrainian text, a Ukrainian page quoting a Russian post as a paragraph of its own,
    two posts with an English translation under the original (gold: the original's claims only), a Ukrainian outlet
    writing in Russian, a Russian channel's 'противник'), unseen: reader_found 0.902, found 0.902, claimant 0.863,
    precision 0.836, status 0.843, owner 0.824, location 0.824; its held-out fifth (heldout_pages6.json: w04, w09,
    w15, 11 claims, lowest sha1 of the id, fixed before the first run), unseen: 1.000, 1.000, claimant 1.000,
    precision 0.786, status 0.727, owner 1.000, location 1.000. Now pages6 reader 0.980, found 0.980, claimant
    0.922, precision 0.962, status 0.902, owner 0.941, location 0.980; heldout_pages6 precision 1.000, the rest
    unchanged (batch2 location 1.000, pages3 claimant 1.000, pages5 claimant 0.981; heldout_pages status 0.682,
    heldout_pages4 owner 1.000).
A report with a "page" (an HTML file under DIR) instead of a "text" is read and cleaned as sitroom ingests a file.
A file named heldout*.json is held out: scored under its split name (heldout_batch3_owner …), its errors never shown.

(a) number reader (`find_quantities_slavic` on the report's text): a gold claim is found when a quantity overlapping
    its evidence has the same bounds and a qualifier of the same group (the rule of benchmarks/claims_dev.py);
(b) full claims (`analyze` of the report as a ru/uk Document, title, outlet and date included): claims_dev.py's rule,
    claimant included, and the share of gold claims found with the right status, owner and location (a missed claim
    counts as wrong for each); precision as in claims_dev.py. Should the pipeline yield no ru/uk claims, (b) prints
    "n/a" and its metrics stay off the RESULT line.
(c) with --speed: ms per document of `analyze` on these reports against the English reports of
    benchmarks/data/claims_dev/tuned.json, measured in the same run (a ratio, not a time: the machine is shared).

    python benchmarks/claims_dev_slavic.py [DIR] [--min-reader-found F] [--min-heldout-reader-found F]
        [--min-found F] [--min-claimant F] [--min-heldout-claimant F] [--min METRIC=F ...] [--speed]
        [--show-errors]

Last line: RESULT claims_dev_slavic reader_found=… heldout_reader_found=… found=… claimant=… precision=… status=…
owner=… location=… heldout_found=… heldout_claimant=… … batch2_found=… batch2_owner=… … [ms_ratio_vs_en=…]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _report import finish  # noqa: E402
from claims_dev import GROUPS, Tally, _same, score_report  # noqa: E402

DEFAULT = Path(__file__).parent / "data" / "claims_dev_slavic"
LANGS = ("ru", "uk")


@dataclass
class ReaderTally:
    gold: dict = field(default_factory=lambda: {lang: 0 for lang in LANGS})
    found: dict = field(default_factory=lambda: {lang: 0 for lang in LANGS})
    errors: list = field(default_factory=list)


def score_reader(report: dict, tally: ReaderTally) -> None:
    from sitroom.analyze.quantities import find_quantities_slavic

    lang, text = report["language"], report["text"]
    quantities = find_quantities_slavic(text, lang)
    used: set[int] = set()
    for g in report["claims"]:
        tally.gold[lang] += 1
        start = text.find(g["evidence"])
        end = start + len(g["evidence"])
        near = [i for i, q in enumerate(quantities) if q.start < end and start < q.end]
        ok = [i for i in near if i not in used and _same(quantities[i].lower, g["lower"])
              and _same(quantities[i].upper, g["upper"]) and GROUPS.get(quantities[i].qualifier) == GROUPS[g["qualifier"]]]
        if ok:
            used.add(ok[0])
            tally.found[lang] += 1
        else:
            got = [f"{quantities[i].text!r} {quantities[i].lower}..{quantities[i].upper} {quantities[i].qualifier}"
                   for i in near]
            tally.errors.append(f"  {report['id']} MISSED {g['evidence']!r} {g['lower']}..{g['upper']} "
                                f"{g['qualifier']}; overlapping: {got}")


def _reader_part(name: str, reports: list[dict], show: bool) -> float:
    t = ReaderTally()
    for r in reports:
        score_reader(r, t)
    gold, found = sum(t.gold.values()), sum(t.found.values())
    by_lang = ", ".join(f"{lang} {t.found[lang]}/{t.gold[lang]}" for lang in LANGS)
    print(f"  number reader, {name}: found (bounds + qualifier) {found}/{gold} = {found / max(gold, 1):.3f} ({by_lang})")
    if show:
        print("\n".join(t.errors))
    return found / max(gold, 1)


def _claims_part(name: str, reports: list[dict], show: bool) -> dict[str, float] | None:
    t = Tally()
    for r in reports:
        score_report(r, t, show, r.get("_doc"))
    if t.predicted == 0:
        print(f"  full claims, {name}: n/a (the pipeline yields no claims for ru/uk documents yet)")
        return None
    found, claimant = t.found / max(t.gold, 1), t.claimant / max(t.gold, 1)
    precision = t.matched / max(t.predicted, 1)
    print(f"  full claims, {name}: found {t.found}/{t.gold} = {found:.3f}, with claimant {t.claimant}/{t.gold} = "
          f"{claimant:.3f}, precision {t.matched}/{t.predicted} = {precision:.3f}")
    print("    found with the right " + ", ".join(f"{k} {v}/{t.gold} = {v / max(t.gold, 1):.3f}"
                                                 for k, v in t.agree.items()))
    if show:
        print("\n".join(t.errors))
    out = {"found": found, "claimant": claimant, "precision": precision}
    out.update({k: t.agree[k] / max(t.gold, 1) for k in ("status", "owner", "location")})
    return out


def _read_pages(base: Path, reports: list[dict]) -> None:
    """A report naming a `page` (an HTML file under DIR) is read as a user's file is: sitroom.ingest, then
    sitroom.clean (main text, title, date, outlet from the page; language detected). Its Document is kept under
    "_doc" and its headline and cleaned text under "text" (the number reader's input); the gold evidence is in the page's text."""
    from sitroom.clean import clean_document
    from sitroom.ingest import read_path

    pages = [r for r in reports if "page" in r]
    for r in pages:
        doc = clean_document(read_path(base / r["page"]))
        # the reader reads the headline too (gold claims stand in it); analyze reads it as the document's title
        r["_doc"], r["text"] = doc, f"{doc.title}\n\n{doc.text}" if doc.title else doc.text
    if pages:
        same = sum(r["_doc"].language == r["language"] for r in pages)
        print(f"  pages read and cleaned: {len(pages)}, language detected as written {same}/{len(pages)}")


def _speed(reports: list[dict]) -> float:
    """ms/doc of `analyze` on the ru/uk reports over ms/doc on the English claims dev reports, in one run."""
    import time

    from sitroom.analyze import analyze
    from sitroom.model import Document, content_id

    english = json.loads((Path(__file__).parent / "data" / "claims_dev" / "tuned.json").read_text(encoding="utf-8"))
    docs = {name: [Document(id=content_id(r["id"], r["text"]), text=r["text"], title=r.get("title"),
                            published=r.get("published"), outlet=r.get("outlet"), language=r.get("language", "en"))
                   for r in rs] for name, rs in (("ru/uk", reports), ("English", english["reports"]))}
    for d in docs["ru/uk"][:2] + docs["English"][:2]:
        analyze(d)                                          # warm-up: models and lexicons load
    ms = {}
    for name, ds in docs.items():
        t0 = time.perf_counter()
        for d in ds:
            analyze(d)
        ms[name] = (time.perf_counter() - t0) * 1000 / max(len(ds), 1)
    print(f"  ms/doc: ru/uk {ms['ru/uk']:.1f}, English {ms['English']:.1f} (claims dev reports, same run)")
    return ms["ru/uk"] / max(ms["English"], 1e-9)


def _floor(text: str) -> tuple[str, float]:
    key, _, value = text.partition("=")
    return key, float(value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--min-reader-found", type=float, default=None)
    ap.add_argument("--min-heldout-reader-found", type=float, default=None)
    ap.add_argument("--min-found", type=float, default=None)
    ap.add_argument("--min-claimant", type=float, default=None)
    ap.add_argument("--min-heldout-claimant", type=float, default=None)
    ap.add_argument("--min", type=_floor, action="append", default=[], metavar="METRIC=F",
                    help="a floor on any metric of the RESULT line (heldout_owner=0.5 …)")
    ap.add_argument("--speed", action="store_true", help="also time ru/uk against English (ms_ratio_vs_en)")
    ap.add_argument("--show-errors", action="store_true",
                    help="errors of the tuned part and further batches (never of a held-out file, heldout*.json)")
    args = ap.parse_args(argv)
    base = Path(args.dir)
    parts = {}
    for part, file in (("tuned", "tuned.json"), ("held-out (never tuned on)", "heldout.json")):
        path = base / file
        try:
            parts[part] = json.loads(path.read_text(encoding="utf-8"))["reports"]
        except (OSError, ValueError, KeyError) as e:
            print(f"{path}: cannot read the dev set ({e})", file=sys.stderr)
            return 2
        n = len(parts[part])
        print(f"{part}: {n} reports, {sum(len(r['claims']) for r in parts[part])} gold claims")
    tuned, held = parts["tuned"], parts["held-out (never tuned on)"]
    metrics = {"reader_found": _reader_part("tuned", tuned, args.show_errors),
               "heldout_reader_found": _reader_part("held-out", held, False)}
    claims = _claims_part("tuned", tuned, args.show_errors)
    held_claims = _claims_part("held-out", held, False)
    if claims is not None:
        metrics.update(claims)
    if held_claims is not None:
        metrics.update({f"heldout_{k}": v for k, v in held_claims.items()})
    for path in sorted(base.glob("*.json")):
        if path.name in ("tuned.json", "heldout.json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        split, reports = data.get("split") or path.stem, data["reports"]
        show = args.show_errors and not path.name.startswith("heldout")    # a batch's held-out fifth: never shown
        print(f"{split}: {len(reports)} reports, {sum(len(r['claims']) for r in reports)} gold claims")
        _read_pages(base, reports)
        metrics[f"{split}_reader_found"] = _reader_part(split, reports, show)
        part = _claims_part(split, reports, show)
        if part is not None:
            metrics.update({f"{split}_{k}": v for k, v in part.items()})
    if args.speed:
        metrics["ms_ratio_vs_en"] = _speed(tuned + held)
    floors = {"reader_found": args.min_reader_found, "heldout_reader_found": args.min_heldout_reader_found,
              "found": args.min_found, "claimant": args.min_claimant, "heldout_claimant": args.min_heldout_claimant}
    floors.update(dict(args.min))
    missing = [k for k, v in floors.items() if v is not None and k not in metrics]
    if missing:
        print("floor on a metric that is n/a: " + ", ".join(missing), file=sys.stderr)
    rc = finish("claims_dev_slavic", metrics, {k: v for k, v in floors.items() if k in metrics})
    return 1 if missing else rc


if __name__ == "__main__":
    sys.exit(main())

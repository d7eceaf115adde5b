"""Russian and Ukrainian events on our hand-written dev set (benchmarks/data/slavic_events.jsonl), and their cost.

Each line: a ru/uk sentence, its event trigger (as written), the expected PLOVER type, the source's country (null:
no source), the place's country (null: none) and the modality; `part` is "dev" (rules were written against it) or
"heldout" (written with it, never tuned on: reported apart). An item counts for a field when the event whose trigger
covers the expected trigger word ("провели переговоры" covers "переговоры") has that value (a missing event fails every field).
Cost: ms per document of `analyze` on the ru/uk sentences against the English sentences of
benchmarks/data/voices_dev.jsonl, measured in the same run (a ratio, not a time).

    python benchmarks/slavic_events.py [DEVSET] [--min-type 0.8] [--min-heldout-type 0.6] [--show-errors]

Last line: RESULT slavic_events type=… source=… place=… modality=… heldout_type=… … ms_ratio_vs_en=…
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _report import finish  # noqa: E402

from sitroom.analyze import analyze  # noqa: E402
from sitroom.model import Document, content_id  # noqa: E402

HERE = Path(__file__).parent / "data"
FIELDS = ("type", "source", "place", "modality")


def _doc(text: str, language: str) -> Document:
    return Document(id=content_id(text), text=text, published="2022-10-20", language=language)


def score(items: list[dict], show: bool) -> dict[str, float]:
    hits = dict.fromkeys(FIELDS, 0)
    for it in items:
        ex = analyze(_doc(it["text"], it["language"]))
        at = it["text"].find(it["trigger"])
        ev = next((e for e in ex.events if e.trigger_start <= at < e.trigger_start + len(e.trigger)), None)
        got = {"type": ev and ev.type, "source": ev and (ev.source.country if ev.source else None),
               "place": ev and (ev.location.country if ev.location else None), "modality": ev and ev.modality}
        want = {"type": it["type"], "source": it["source_country"], "place": it["place_country"],
                "modality": it["modality"]}
        for f in FIELDS:
            ok = ev is not None and got[f] == want[f]
            hits[f] += ok
            if show and not ok:
                print(f"  {it['id']} {f}: want {want[f]!r} got {got[f]!r} | {it['text']}")
    return {f: hits[f] / len(items) for f in FIELDS}


def ms_per_doc(docs: list[Document]) -> float:
    t0 = time.perf_counter()
    for d in docs:
        analyze(d)
    return (time.perf_counter() - t0) * 1000 / len(docs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("devset", nargs="?", default=str(HERE / "slavic_events.jsonl"))
    ap.add_argument("--min-type", type=float)
    ap.add_argument("--min-modality", type=float)
    ap.add_argument("--min-heldout-type", type=float)
    ap.add_argument("--show-errors", action="store_true", help="errors of the dev part (never of the held-out part)")
    a = ap.parse_args(argv)
    items = [json.loads(line) for line in Path(a.devset).read_text(encoding="utf-8").splitlines() if line.strip()]
    dev = [i for i in items if i["part"] == "dev"]
    held = [i for i in items if i["part"] == "heldout"]
    d = score(dev, a.show_errors)
    h = score(held, False)                    # the held-out part: scored, its errors never shown
    for lang in ("ru", "uk"):
        s = score([i for i in items if i["language"] == lang], False)
        print(f"{lang}: " + " ".join(f"{k}={v:.3f}" for k, v in s.items()))
    print(f"dev n={len(dev)}: " + " ".join(f"{k}={v:.3f}" for k, v in d.items()))
    print(f"heldout n={len(held)}: " + " ".join(f"{k}={v:.3f}" for k, v in h.items()))
    slavic = [_doc(i["text"], i["language"]) for i in items]
    english = [_doc(json.loads(line)["text"], "en") for line in
               (HERE / "voices_dev.jsonl").read_text(encoding="utf-8").splitlines()[:len(slavic)] if line.strip()]
    ms_perf = ms_per_doc(slavic[:2] + english[:2])            # warm both pipelines
    ru_ms, en_ms = ms_per_doc(slavic), ms_per_doc(english)
    print(f"ms/doc: ru/uk {ru_ms:.1f}, English {en_ms:.1f} (one sentence each; warm-up {ms_perf:.0f})")
    metrics = {**d, **{f"heldout_{k}": v for k, v in h.items()}, "ms_ratio_vs_en": ru_ms / en_ms}
    return finish("slavic_events", metrics, {"type": a.min_type, "modality": a.min_modality,
                                             "heldout_type": a.min_heldout_type})


if __name__ == "__main__":
    sys.exit(main())

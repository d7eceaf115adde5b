"""Small hand-written news pages for the briefing tests, and stores built from them through `sitroom.api.ingest`.

Five outlets over two days: a planned deployment (16 October), then on 18 October a present-troops figure, a
syndicated copy of it under another outlet's name, a monitoring group's count that contradicts it, and an unrelated
shelling. Built stores are cached for the session and copied into each test's own folder.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from sitroom.api import ingest
from sitroom.store import Store


def page(outlet: str, url: str, published: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">'
            f'<meta property="og:url" content="{url}"><meta property="article:published_time" content="{published}">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>")


_TROOPS = ("Ukraine's military intelligence said on Tuesday that about 4,300 Russian troops were present in Belarus "
           "as of Oct. 17.")
_MORE = "The agency said more trains with equipment were expected in the coming days."

REPORTS = {
    "minsk-daily-plan.html": page(
        "Minsk Daily", "https://minsk-daily.example/2022/10/16/joint-force", "2022-10-16T18:00:00+03:00",
        "Joint force to include up to 9,000 Russian troops",
        ["The Belarusian defence ministry said on Sunday that up to 9,000 Russian troops would be deployed to "
         "Belarus as part of a joint regional force."]),
    "kyiv-wire-present.html": page(
        "Kyiv Wire", "https://kyiv-wire.example/2022/10/18/troops-belarus", "2022-10-18T09:00:00+03:00",
        "Ukraine: about 4,300 Russian troops now in Belarus", [_TROOPS, _MORE]),
    "baltic-daily-copy.html": page(
        "Baltic Daily", "https://baltic-daily.example/world/russian-troops-in-belarus", "2022-10-18T11:30:00+03:00",
        "Russian troops in Belarus number about 4,300, Kyiv says", [_TROOPS, _MORE]),
    "minsk-monitor-count.html": page(
        "Minsk Monitor", "https://minsk-monitor.example/news/hajun-count", "2022-10-18T15:00:00+03:00",
        "Monitor group counts no more than 1,000 Russian soldiers",
        ["The monitoring group Belaruski Hajun said on Tuesday that no more than 1,000 Russian soldiers were "
         "present in Belarus as of Oct. 17."]),
    "south-desk-nikopol.html": page(
        "South Desk", "https://south-desk.example/nikopol-shelling", "2022-10-18T07:40:00+03:00",
        "Two civilians killed in shelling of Nikopol",
        ["Russian forces shelled Nikopol on Monday, killing two civilians, the regional governor said.",
         "Repair crews were working to restore electricity."]),
}
ALL = tuple(REPORTS)
FIRST_DAY = ("minsk-daily-plan.html",)

_built: dict[tuple[str, ...], Path] = {}
_root = Path(tempfile.mkdtemp(prefix="sitroom-brief-tests-"))
atexit.register(shutil.rmtree, _root, True)


def write_reports(folder: Path, names: tuple[str, ...] = ALL) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in names:
        (folder / n).write_text(REPORTS[n], encoding="utf-8")
        paths.append(folder / n)
    return paths


def ingest_into(db: Path, names: tuple[str, ...], folder: Path) -> None:
    with Store(db) as store:
        report = ingest(write_reports(folder, names), store)
    assert report.ok and len(report.added) == len(names), report


def built_store(tmp_path: Path, names: tuple[str, ...] = ALL) -> Store:
    """A store holding `names` (ingested in that order), as a fresh copy in `tmp_path`."""
    if names not in _built:
        folder = _root / f"s{len(_built)}"
        folder.mkdir()
        ingest_into(folder / "sitroom.db", names, folder / "reports")
        _built[names] = folder / "sitroom.db"
    target = tmp_path / "sitroom.db"
    for suffix in ("", "-wal"):
        if Path(f"{_built[names]}{suffix}").exists():
            shutil.copy(f"{_built[names]}{suffix}", f"{target}{suffix}")
    return Store(target)

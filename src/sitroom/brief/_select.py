"""Picking a briefing out of a `Snapshot`: the period's developments by storyline, what changed, what contradicts.

The period is a span of publication days [since, date]; nothing published after `date` is read, so the briefing for
a date does not change when later reports arrive. Every order below ends on an id, so the result is the same on
every run.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date as Date, timedelta
from typing import Any, Iterable

from sitroom.brief._gather import Snapshot, evidence_link, outlet_label, publication_day, source_as_written
from sitroom.brief._records import Briefing, Change, Contradiction, Development, Figure, Report, Storyline, When
from sitroom.brief._wording import fuller_name
from sitroom.model import content_id
from sitroom.timeml import span_of

# what did not or may not happen is no development: "Russia did not attack", "Russia could attack"
NOT_HAPPENING = frozenset({"negated", "hypothetical", "conditional"})


@dataclass(frozen=True)
class BriefOptions:
    """How a briefing is made. `link_base`: URL of a `sitroom serve` (links then open its event pages)."""
    link_base: str | None = None
    max_storylines: int = 20
    background_days: int = 7     # an event that ended this many days before the period's first day is background


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-empty value; a tie goes to the one seen first."""
    counts: Counter = Counter()
    first: dict[Any, int] = {}
    for i, v in enumerate(v for v in values if v):
        counts[v] += 1
        first.setdefault(v, i)
    if not counts:
        return None
    return max(counts, key=lambda v: (counts[v], -first[v]))


class _Picker:
    def __init__(self, snap: Snapshot, date: str, since: str, options: BriefOptions):
        self.snap, self.date, self.since, self.opts = snap, date, since, options
        self.background_before = (Date.fromisoformat(since) - timedelta(days=options.background_days)).isoformat()
        self.day = {i: publication_day(d) for i, d in snap.documents.items()}
        self.visible = {i for i, d in self.day.items() if d <= date}
        self.period = {i for i in self.visible if self.day[i] >= since}
        self.group: dict[str, str] = {}               # document -> its near-duplicate group (fuse's canonical)
        self.cluster_events: dict[str, list[str]] = {}
        for c in snap.clusters:
            ids = self.cluster_events.setdefault(c["id"], [])
            for m in c["members"]:
                ids.append(m["event_id"])
                if m.get("near_duplicate_of"):
                    self.group[m["document_id"]] = m["near_duplicate_of"]
        members: dict[str, list[str]] = {}
        for doc, g in self.group.items():
            members.setdefault(g, [g]).append(doc)
        # the original of a group is its first-published visible document (fuse's canonical is the first stored)
        self.original: dict[str, str] = {}
        for g, docs in members.items():
            seen = sorted((d for d in set(docs) if d in self.visible), key=self.published_key)
            for d in seen:
                self.original[d] = seen[0]
        self._cited: dict[str, list[str]] = {}
        self.doc_events: dict[str, list[dict[str, Any]]] = {}
        for ev in snap.events.values():
            self.doc_events.setdefault(ev["document_id"], []).append(ev)
        clustered = {e for ids in self.cluster_events.values() for e in ids}
        for eid in sorted(set(snap.events) - clustered):         # not fused: each event stands alone
            self.cluster_events[f"event:{eid}"] = [eid]
        self.points: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        self.point_by_claim: dict[str, dict[str, Any]] = {}
        self.topic_of_claim: dict[str, str] = {}
        for s in snap.series:
            for p in s["points"]:
                self.points.setdefault(p["event_id"], []).append((s["subject"], p))
                self.point_by_claim[p["claim_id"]] = p
                self.topic_of_claim[p["claim_id"]] = s["topic_key"]

    # ------------------------------------------------------------------ small records
    def published_key(self, doc_id: str) -> tuple[str, str, str]:
        return self.day[doc_id], self.snap.documents[doc_id].get("published") or "", doc_id

    def cited_in(self, doc_id: str) -> list[str]:
        """The sources a document's events cite, as written (once per document: `report` asks for every event)."""
        if doc_id not in self._cited:
            self._cited[doc_id] = list(dict.fromkeys(source_as_written(e["source_text"])
                                                     for e in self.doc_events.get(doc_id, ()) if e.get("source_text")))
        return self._cited[doc_id]

    def is_copy(self, doc_id: str) -> bool:
        return self.original.get(doc_id, doc_id) != doc_id

    def independent(self, doc_ids: Iterable[str]) -> int:
        return len({self.original.get(d, d) for d in doc_ids})

    def report(self, ev: dict[str, Any] | None, doc_id: str, source: str | None = None) -> Report:
        doc = self.snap.documents[doc_id]
        eid = ev["id"] if ev else None
        cited = source_as_written(ev["source_text"] if ev and ev.get("source_text") else source)
        if cited:     # "the General Staff" after "Ukraine's General Staff" in the same document: the fuller name
            cited = fuller_name(self.cited_in(doc_id), cited)
        return Report(doc_id, eid or "", outlet_label(doc), cited,
                      self.day[doc_id], evidence_link(doc, eid, self.opts.link_base),
                      self.original[doc_id] if self.is_copy(doc_id) else None, ev["evidence"] if ev else "",
                      doc.get("published") or "")

    def when(self, ev: dict[str, Any] | None) -> When | None:
        if not ev or not ev.get("date_sort") or not ev.get("date_value"):
            return None
        return When(ev["date_value"], ev.get("date_precision"), ev.get("date_relation") or "on")

    def figure(self, subject: str, p: dict[str, Any]) -> Figure | None:
        """A figure point as its first-published visible report gives it, the repeats as copies."""
        ev = self.snap.events.get(p["event_id"])
        found = [(p["document_id"], ev)] + [(a["document_id"], self.same_event(a["document_id"], ev))
                                            for a in p["also_reported_by"]]
        found = sorted(((d, e) for d, e in found if d in self.visible), key=lambda x: self.published_key(x[0]))
        if not found:
            return None
        reports = [self.report(e, d, p.get("source")) for d, e in found]
        return Figure(p["claim_id"], subject, p["figure"], p["status"], self.when(ev), reports[0], tuple(reports[1:]),
                      self.topic_of_claim.get(p["claim_id"]))

    def same_event(self, doc_id: str, ev: dict[str, Any] | None) -> dict[str, Any] | None:
        """The event of another document (a repeat) with the same type and evidence sentence, if there is one."""
        if ev is None:
            return None
        return next((e for e in self.doc_events.get(doc_id, ())
                     if e["type"] == ev["type"] and e["evidence"] == ev["evidence"]), None)

    # ------------------------------------------------------------------ developments and storylines
    def members(self, cluster_id: str, docs: set[str]) -> list[dict[str, Any]]:
        evs = [self.snap.events[e] for e in self.cluster_events[cluster_id] if e in self.snap.events]
        evs = [e for e in evs if e["document_id"] in docs]
        return sorted(evs, key=lambda e: (*self.published_key(e["document_id"]), e["evidence_start"], e["id"]))

    def development(self, cluster_id: str, evs: list[dict[str, Any]]) -> Development:
        place = _most_common(e["location_name"] for e in evs)
        recipient = _most_common(e["recipient_name"] for e in evs)
        if recipient and place and recipient.lower() == place.lower():
            recipient = None
        dated = [e for e in evs if self.when(e)]
        when = _most_common(self.when(e) for e in dated)
        reports, seen = [], set()
        for e in evs:
            r = self.report(e, e["document_id"])
            if (r.document_id, r.source) not in seen:
                seen.add((r.document_id, r.source))
                reports.append(r)
        figures = [f for e in evs for subject, p in self.points.get(e["id"], ())
                   if (f := self.figure(subject, p)) is not None]
        return Development(cluster_id, evs[0]["type"], _most_common(e["actor_name"] for e in evs), recipient, place,
                           when, _most_common(e["modality"] for e in evs) or "asserted", tuple(reports),
                           tuple(figures))

    def storyline_key(self, evs: list[dict[str, Any]], cluster_id: str) -> tuple[str, ...]:
        actor = _most_common(e["actor_country"] for e in evs)
        country = _most_common(e["location_country"] for e in evs)
        place = _most_common((e["location_name"] or "").lower() for e in evs)
        if not (actor or country):
            return ("cluster", cluster_id)
        return (evs[0]["type"], actor or "-", country or "-", place or "-")

    def is_background(self, ev: dict[str, Any]) -> bool:
        """Dated on a day (or month, year) that ended `background_days` before the period: "as early as April 6",
        "the September annexation", "the 2014 frontline" in a report of 31 October. An event "since" then goes on."""
        if (ev.get("date_relation") or "on") != "on":
            return False
        span = span_of(ev.get("date_value"))
        return span is not None and span[1].isoformat() < self.background_before

    def storylines(self) -> tuple[list[Storyline], "Unlisted"]:
        groups: dict[tuple[str, ...], list[tuple[str, list, list]]] = {}
        unlisted = Unlisted()
        for cid in sorted(self.cluster_events):
            now = self.members(cid, self.period)
            if not now:
                continue
            if all(e["modality"] in NOT_HAPPENING for e in now):
                unlisted.not_happening += len(now)
                continue
            if all(self.is_background(e) for e in now):
                unlisted.background += len(now)
                continue
            if not any(self.when(e) or e["location_name"] for e in now):
                unlisted.undated += len(now)
                continue
            before = self.members(cid, self.visible - self.period)
            groups.setdefault(self.storyline_key(now + before, cid), []).append((cid, now, before))
        out = []
        for key, parts in groups.items():
            devs = sorted((self.development(cid, now) for cid, now, _ in parts),
                          key=lambda d: (_when_key(d.when), _report_key(d.reports[0]), d.cluster_id))
            evs = [e for _, now, _ in parts for e in now]
            docs = {e["document_id"] for e in evs}
            earlier, seen = [], set()
            for _, _, before in parts:
                for e in before:
                    if e["document_id"] not in seen:
                        seen.add(e["document_id"])
                        earlier.append(self.report(e, e["document_id"]))
            earlier.sort(key=lambda r: (r.day, r.document_id))
            out.append(Storyline(content_id("storyline", *key), evs[0]["type"],
                                 _most_common(e["actor_name"] for e in evs),
                                 _most_common(e["location_name"] for e in evs), tuple(devs), len(docs),
                                 self.independent(docs), len({outlet_label(self.snap.documents[d]) for d in docs}),
                                 tuple(earlier)))
        out.sort(key=lambda s: (-s.independent, -s.reports, -s.outlets, _when_key(s.developments[0].when),
                                s.actor or "", s.place or "", s.id))
        return out, unlisted

    # ------------------------------------------------------------------ changes and contradictions
    def series_changes(self) -> list[Change]:
        out = []
        for s in sorted(self.snap.series, key=lambda s: (s["subject"], s["topic_key"])):
            figs = [f for p in s["points"] if (f := self.figure(s["subject"], p)) is not None]
            order = lambda f: (_report_key(f.report), _when_key(f.when))  # noqa: E731
            before = sorted((f for f in figs if f.report.document_id not in self.period), key=order)
            after = sorted((f for f in figs if f.report.document_id in self.period), key=order)
            if not (before and after):
                continue
            seen = {f.status for f in before}
            for status in dict.fromkeys(f.status for f in after):
                now = tuple(f for f in after if f.status == status)
                if status in seen:
                    last = [f for f in before if f.status == status][-1]
                    out.append(Change("figures", s["subject"], (last,), now, new_status=status))
                else:
                    out.append(Change("status", s["subject"], (before[-1],), now, old_status=before[-1].status,
                                      new_status=status))
        return out

    def source_changes(self, storylines: list[Storyline]) -> list[Change]:
        out = []
        for st in storylines:
            if not st.earlier:
                continue
            known = {(r.source or r.outlet).lower() for r in st.earlier}
            new, seen = [], set()
            for d in st.developments:
                for r in d.reports:
                    k = (r.source or r.outlet).lower()
                    if k not in known and k not in seen:
                        seen.add(k)
                        new.append(r)
            if new:
                out.append(Change("sources", "", new_reports=tuple(new), earlier_reports=st.earlier, storyline=st))
        return out

    def contradictions(self) -> list[Contradiction]:
        out = []
        for c in self.snap.contradictions:
            a, b = (self.figure(c["subject"], self.point_by_claim.get(p["claim_id"], p)) for p in (c["a"], c["b"]))
            if a is None or b is None or not ({a.report.document_id, b.report.document_id} & self.period):
                continue
            a, b = sorted((a, b), key=lambda f: _report_key(f.report))
            out.append(Contradiction(c["id"], c["subject"], c["status"], a, b))
        out.sort(key=lambda c: (c.subject, _when_key(c.a.when), _report_key(c.a.report), _report_key(c.b.report), c.id))
        return out


@dataclass
class Unlisted:
    """Events of the period not listed as developments, by reason."""
    undated: int = 0          # neither a date nor a place
    background: int = 0       # dated before the period (see `BriefOptions.background_days`)
    not_happening: int = 0    # negated, hypothetical or conditional


def _report_key(r: Report) -> tuple[str, str, str]:
    return r.day, r.published, r.document_id


def _when_key(w: When | None) -> str:
    return w.value if w else "9999"


def select_briefing(snap: Snapshot, *, date: str, since: str, previous: str | None,
                    options: BriefOptions | None = None) -> Briefing:
    """The briefing of reports published from `since` to `date` (YYYY-MM-DD, both included)."""
    opts = options or BriefOptions()
    pick = _Picker(snap, date, since, opts)
    storylines, unlisted = pick.storylines()
    shown = storylines[:opts.max_storylines]
    changes = pick.series_changes() + pick.source_changes(storylines)
    outlets = {outlet_label(snap.documents[d]) for d in pick.period}
    return Briefing(date=date, since=since, previous=previous, documents=len(pick.period),
                    copies=sum(pick.is_copy(d) for d in pick.period), outlets=len(outlets),
                    earlier_documents=len(pick.visible - pick.period), storylines=tuple(shown),
                    changes=tuple(changes), contradictions=tuple(pick.contradictions()), unlisted=unlisted.undated,
                    more_storylines=len(storylines) - len(shown), background=unlisted.background,
                    background_before=pick.background_before, not_happening=unlisted.not_happening)

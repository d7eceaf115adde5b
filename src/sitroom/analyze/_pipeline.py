"""`analyze(document)`: one spaCy parse, every layer, events out — for a language that has the layers.

The document's language (`Document.language`, set by `clean`) routes it: English runs the whole pipeline; Russian
and Ukrainian run their own layers on a `nlp_slavic` parse (`analyze._slavic`); a language with only some layers
(`sitroom.languages.LAYERS`) runs those and returns no events; any other language is not analysed. Either way the extraction's `notes` say what was
left out, and nothing is ever analysed as English that is not. A document without a language (too short to tell,
or built by hand) is taken as English, as before routing existed."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Iterator
from datetime import date, datetime

from sitroom.analyze import _assemble as assemble
from sitroom.analyze import claims as _claims
from sitroom import languages
from sitroom.analyze._casing import headline_verbs, parser_case
from sitroom.analyze._spans import SpanIndex
from sitroom.limits import DEFAULT_LIMITS, Limits
from sitroom.model import Entity, Place, Document, Event, EventDate, Evidence, Extraction, Quantity, content_id
from sitroom.nlp import doc_text, load_nlp, parse
from sitroom.nlp_slavic import LANGUAGES as SLAVIC


@dataclass(frozen=True)
class AnalyzeOptions:
    narrative_dates: bool = True       # undated sentences continue the paragraph's last date
    narrative_places: bool = True      # an event with no place continues the nearby last place of its type and actor
    keep_negated: bool = True          # keep negated events (modality "negated") rather than dropping them


def document_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:19]).date() if len(published) > 10 else date.fromisoformat(published[:10])
    except ValueError:
        return None


def _voice(name: str | None) -> Entity | None:
    """The document's own voice (a channel for its posts), for events no sentence attributes to anyone."""
    return Entity(text=name, name=name) if name else None


def analyze(document: Document, options: AnalyzeOptions | None = None, *, limits: Limits | None = None) -> Extraction:
    """Events and figure claims of one clean document, each with date, figures, source, modality and evidence.

    A text longer than `limits.parse_chunk_chars` is parsed in chunks cut at paragraph breaks (see `sitroom.limits`);
    every offset and id is that of the whole text."""
    return _analyze(document, options or AnalyzeOptions(), limits or DEFAULT_LIMITS)


def _analyze(document: Document, opts: AnalyzeOptions, lim: Limits, doc=None, split: bool = True) -> Extraction:
    """`analyze`; `doc`: the text already parsed (it is then one chunk); `split`: look for parts in other
    languages (`_by_block`)."""
    if doc is None and split:
        from sitroom.clean import language_blocks

        blocks = language_blocks(document.text, document.language)
        if len(blocks) > 1:
            return _by_block(document, blocks, opts, lim)
    language = document.language or "en"
    if language in SLAVIC and "coder" in languages.LAYERS.get(language, ()):
        from sitroom.analyze._slavic import analyze_slavic

        return analyze_slavic(document, language, narrative_dates=opts.narrative_dates,
                              narrative_places=opts.narrative_places, keep_negated=opts.keep_negated)
    if languages.LAYERS.get(language) != languages.FULL:
        return _partial(document, language)
    from sitroom.clean import analysable_text

    text = analysable_text(document.text)    # links, emoji and post tags blanked: offsets still index document.text
    headline = _headline(document)
    events: list[Event] = []
    claims: list = []
    lead = None
    for a, b in chunk_bounds(text, lim.parse_chunk_chars):
        evs, cls, voices = _analyze_text(document, text[a:b], opts, headline,
                                         doc=doc if (a, b) == (0, len(text)) else None)
        if a:
            evs, cls = _shifted(evs, cls, a, document.id)
        else:
            lead = voices.lead()
        events += evs
        claims += cls
    title_claims = headline.claims(document, lead) if headline else []
    return Extraction(document=document, events=tuple(events), claims=tuple(title_claims + claims))


_TRANSLATION_WORDS = (r"(?:(?:english|machine|auto)\s+)?translation|translated|in english|перевод|переклад|"
                      r"по-английски|англійською")
_ORIGINAL_WORDS = r"original|оригинал|оригінал"


def _labelled(text: str, blocks, k: int, words: str) -> bool:
    """Block k opens with a label of `words` ("English translation: …", "ORIGINAL :") or comes after one that
    ends the block before it (a label in the script of the part before it stays with that part)."""
    a = blocks[k][0]
    if re.match(r"\W{0,3}\s*(?:" + words + r")\b", text[a:a + 40].lstrip(), re.I):
        return True
    return k > 0 and bool(re.search(r"(?:^|\n)\W{0,3}\s*(?:" + words + r")\W*$", text[max(0, a - 40):a], re.I))


def _original_block(document: Document, blocks) -> int:
    """Which of a text's language parts is the original the others translate: the one labelled so ("ORIGINAL :"),
    else one not labelled a translation ("English translation:", "In English:", "Переклад:") in the document's
    language, else the first not so labelled."""
    text = document.text
    for k in range(len(blocks)):
        if _labelled(text, blocks, k, _ORIGINAL_WORDS):
            return k
    untranslated = [k for k in range(len(blocks)) if not _labelled(text, blocks, k, _TRANSLATION_WORDS)] or \
        list(range(len(blocks)))
    return next((k for k in untranslated if blocks[k][2] == document.language), untranslated[0])


def _same_figure(a, b) -> bool:
    """Two claims give one figure: the same bounds (a translation may drop "about") and the same kind counted (or
    its broader kind) where both name one."""
    from sitroom.analyze.claims import broader_kind

    if a.lower != b.lower or a.upper != b.upper:
        return False
    return a.counted is None or b.counted is None or a.counted == b.counted or \
        broader_kind(a.counted) == broader_kind(b.counted)


def _script(text: str) -> str:
    return "latin" if sum(c.isascii() and c.isalpha() for c in text) * 2 > sum(c.isalpha() for c in text) else "other"


def _without_copies(document: Document, blocks, per_block: list[list], original: int) -> list:
    """The claims of a text in language parts as one set: a translation's body claim that gives a figure the
    original's body gives too ("4 trains had arrived" under "прибыли 4 эшелона") is left out, each of the
    original's claims standing for one such copy per part; a figure only one part gives is kept. A translation is a
    part in another script than the original's, or one labelled so ("Переклад:"); a Ukrainian page quoting a
    Russian post keeps both (the page's retelling is its own claim, as a headline's is)."""
    text = document.text
    home = _script(text[blocks[original][0]:blocks[original][1]])
    out = []
    for k, claims in enumerate(per_block):
        a, b, _ = blocks[k]
        if k == original or (_script(text[a:b]) == home and not _labelled(text, blocks, k, _TRANSLATION_WORDS)):
            out += claims
            continue
        unused = [c for c in per_block[original] if c.section == "body"]
        for c in claims:
            twin = next((o for o in unused if _same_figure(o, c)), None) if c.section == "body" else None
            if twin is None:
                out.append(c)
            else:
                unused.remove(twin)
    return out


def _by_block(document: Document, blocks, opts: AnalyzeOptions, lim: Limits) -> Extraction:
    """A text in parts of different languages (a post's translation and its original, a Ukrainian page quoting a
    Russian post as a paragraph): each part analysed in its own language, the rest of the text blanked (line
    breaks kept) so that every offset is the whole text's; the title goes with the part in its language (else the
    document's). A figure given in the original and again in a translation is one claim, the original's
    (`_without_copies`)."""
    from sitroom.clean import detect_language

    title_language = detect_language(document.title) if document.title else None
    langs = [lang for _, _, lang in blocks]
    title_block = langs.index(title_language) if title_language in langs else \
        langs.index(document.language) if document.language in langs else 0
    events, per_block, notes, timexes = [], [], [], []
    for k, (a, b, lang) in enumerate(blocks):
        masked = "".join(c if c == "\n" else " " for c in document.text[:a]) + document.text[a:b] + \
            "".join(c if c == "\n" else " " for c in document.text[b:])
        part = replace(document, text=masked, language=lang, title=document.title if k == title_block else None)
        x = _analyze(part, opts, lim, split=False)
        events += x.events
        per_block.append(list(x.claims))
        timexes += x.timexes
        notes += [n for n in x.notes if n not in notes]
    claims = _without_copies(document, blocks, per_block, _original_block(document, blocks))
    return Extraction(document=document, events=tuple(events), claims=tuple(claims), notes=tuple(notes),
                      timexes=tuple(timexes))


def analyze_batch(documents: Iterable[Document], options: AnalyzeOptions | None = None, *,
                  limits: Limits | None = None, batch_size: int = 16) -> Iterator[Extraction]:
    """`analyze` over many documents, in order, with the texts parsed in batches through `nlp.pipe` (one call of
    each model per batch rather than per document); the result of each equals `analyze(document)`."""
    opts = options or AnalyzeOptions()
    lim = limits or DEFAULT_LIMITS
    nlp = load_nlp()
    docs = list(documents)

    from sitroom.clean import language_blocks

    def batched(d: Document) -> bool:        # one full-analysis parse: the others go through `analyze` alone
        return len(d.text) <= lim.parse_chunk_chars and languages.LAYERS.get(d.language or "en") == languages.FULL \
            and (d.language or "en") not in SLAVIC and len(language_blocks(d.text, d.language)) == 1

    short = [d for d in docs if batched(d)]
    from sitroom.clean import analysable_text, closed_text

    parsed = iter(nlp.pipe((closed_text(parser_case(analysable_text(d.text))) for d in short), batch_size=batch_size))
    for d in docs:
        if not batched(d):
            yield analyze(d, opts, limits=lim)
        else:
            yield _analyze(d, opts, lim, doc=next(parsed))


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks of at most `size` characters covering `text`: each cut after the last
    paragraph break in reach, else after a line break, a sentence end, a space; a hard cut only in a run of `size`
    characters without any of them."""
    out, a, n = [], 0, len(text)
    while n - a > size:
        window = text[a:a + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep)
            if k > 0:
                cut = k + len(sep)
                break
        b = a + (cut if cut > 0 else size)
        out.append((a, b))
        a = b
    out.append((a, n))
    return out


def _at(x, delta: int):
    """A record with `start`/`end` (Entity, Place, Span, Evidence, Quantity …) moved by `delta`; None stays None."""
    if x is None:
        return None
    changes = {k: getattr(x, k) + delta for k in ("start", "end", "unit_start", "unit_end")
               if hasattr(x, k) and getattr(x, k) is not None}
    return replace(x, **changes)


def _shifted(events: list[Event], claims: list, delta: int, document_id: str) -> tuple[list[Event], list]:
    """Events and claims found in a chunk, with offsets into the whole text and the ids those give."""
    event_ids: dict[str, str] = {}
    claim_ids: dict[str, str] = {}
    new_claims = []
    for c in claims:
        start = None if c.start is None else c.start + delta
        cid = content_id(document_id, "claim", c.section, start, c.text)
        claim_ids[c.id] = cid
        new_claims.append(c)
    out_events = []
    for ev in events:
        trigger_start = None if ev.trigger_start is None else ev.trigger_start + delta
        eid = content_id(document_id, ev.type, trigger_start)
        event_ids[ev.id] = eid
        out_events.append(replace(
            ev, id=eid, trigger_start=trigger_start, evidence=_at(ev.evidence, delta), actor=_at(ev.actor, delta),
            recipient=_at(ev.recipient, delta), location=_at(ev.location, delta), source=_at(ev.source, delta),
            carrier=_at(ev.carrier, delta), quantities=tuple(_at(q, delta) for q in ev.quantities),
            claim_ids=tuple(claim_ids.get(i, i) for i in ev.claim_ids)))
    out_claims = [replace(
        c, id=claim_ids[c.id], start=None if c.start is None else c.start + delta,
        end=None if c.end is None else c.end + delta, evidence=_at(c.evidence, delta), owner=_at(c.owner, delta),
        location=_at(c.location, delta), source=_at(c.source, delta), source_span=_at(c.source_span, delta),
        carrier=_at(c.carrier, delta), event_id=event_ids.get(c.event_id, c.event_id),
        part_of=claim_ids.get(c.part_of, c.part_of)) for c in new_claims]
    return out_events, out_claims


def _as_written_text(got: str, start: int | None, text: str) -> str:
    if start is None or start < 0 or start + len(got) > len(text):
        return got
    own = text[start:start + len(got)]
    return own if own.lower() == got.lower() else got


def _as_written(x, text: str):
    """An entity or place of a re-cased line with its text as written (same offsets, same length)."""
    if x is None or x.start is None or x.end is None or x.end - x.start != len(x.text or ""):
        return x
    own = _as_written_text(x.text, x.start, text)
    return x if own == x.text else replace(x, text=own)


def _analyze_text(document: Document, text: str, opts: AnalyzeOptions, headline, doc=None):
    """Events, body claims and voices of one text (the whole document or one chunk of it), offsets relative to it."""
    from sitroom.analyze import attribution, coder, modality, timex
    from sitroom.analyze.actors import ActorResolver
    from sitroom.analyze.places import PlaceResolver

    from sitroom.clean import closed_text

    doc = headline_verbs(parse(closed_text(parser_case(text))) if doc is None else doc)
    dct = document_date(document.published)
    all_timexes = timex.tag_timexes(text, dct, doc=doc)
    timexes = [t for t in all_timexes if assemble.is_calendar(t)]
    # a number inside a time expression ("two days earlier", "the past 24 hours") is time, not a count
    figures = _figures(doc, all_timexes)
    actors = ActorResolver(doc)
    places = PlaceResolver(doc)
    attributions = attribution.find_attributions(doc, resolve_entity=actors.resolve_text)
    mentions = sorted(coder.code_events(doc, actors, places), key=lambda m: m.trigger_start)
    figures_of = assemble.attach_quantities(doc, mentions, figures)
    event_ids = [content_id(document.id, m.type, m.trigger_start) for m in mentions]
    event_of = {q.start: (event_ids[i], mentions[i].location) for i, qs in figures_of.items() for q in qs}
    event_places: dict[int, Place] = {}
    for m in mentions:
        sent = assemble.sentence_of(doc, m.trigger_start) if m.location is not None else None
        if sent is not None:
            event_places.setdefault(sent.start_char, m.location)
    voices = attribution.discourse(doc, attributions, headline.attribution if headline else None)
    body_claims = _claims.find_claims(
        doc, figures, voices=voices, actors=actors, places=places, timexes=all_timexes, document_id=document.id,
        event_of=event_of, context=_claims.Context(headline and headline.owner, headline and headline.location,
                                                    published=document.published, outlet=document.outlet,
                                                    kinds=headline.kinds if headline else frozenset()),
        event_places=event_places)
    claim_of = {c.start: c.id for c in body_claims}

    paragraphs = assemble.NarrativeDates(text)
    narrative: dict[int, EventDate] = {}     # paragraph → date of its last dated sentence
    last_place = assemble.NarrativePlaces(text, paragraphs)
    by_sent: dict[int, list] = {}
    for t in timexes:
        s = assemble.sentence_of(doc, t.start)
        if s is not None:
            by_sent.setdefault(s.start_char, []).append(t)
    by_sent_mentions: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        s = assemble.sentence_of(doc, m.trigger_start)
        if s is not None:
            by_sent_mentions.setdefault(s.start_char, []).append(i)

    events: list[Event] = []
    recased = doc_text(doc)[:len(text)] != text
    for sent in doc.sents:
        para = paragraphs.paragraph_of(sent.start_char)
        own = by_sent.get(sent.start_char, [])
        inherited = narrative.get(para) if opts.narrative_dates else None
        sentence = text[sent.start_char:sent.end_char].rstrip()       # spaCy keeps trailing blank lines
        evidence = Evidence(sentence=sentence, start=sent.start_char, end=sent.start_char + len(sentence))
        for i in by_sent_mentions.get(sent.start_char, []):
            m = mentions[i]
            trigger = assemble.token_at(doc, m.trigger_start)
            when = assemble.choose_date(doc, trigger, own) if own else inherited
            att = attribution.source_for(attributions, m.trigger_start, m.trigger_end)
            mood = modality.classify(doc, trigger.i, att)
            if m.negated and mood not in ("negated", "denied"):
                mood = "negated"
            if mood == "negated" and not opts.keep_negated:
                continue
            key = (m.type, m.actor.country if m.actor else None)
            where = m.location
            if where is None and opts.narrative_places:
                where = last_place.get(key, sent.start_char)
            elif where is not None:
                last_place.put(key, where, sent.start_char, sent.end_char)
            actor, recipient = m.actor, m.recipient
            trigger_text = m.trigger
            if recased:     # a re-cased headline (analyze._casing): the words as the document writes them
                actor, recipient, where = (_as_written(x, text) for x in (actor, recipient, where))
                trigger_text = _as_written_text(m.trigger, m.trigger_start, text)
            events.append(Event(
                id=content_id(document.id, m.type, m.trigger_start),
                type=m.type, mode=m.mode, modality=mood,
                actor=actor, recipient=recipient, location=where, date=when,
                quantities=tuple(figures_of.get(i, ())),
                claim_ids=tuple(claim_of[q.start] for q in figures_of.get(i, ()) if q.start in claim_of),
                source=att.source if att else _voice(document.source),
                carrier=att.carrier if att else _voice(document.carrier),
                trigger=trigger_text, trigger_start=m.trigger_start, cue=m.cue,
                evidence=evidence,
            ))
        if own:
            main = assemble.choose_date(doc, sent.root, own)
            if main is not None:
                narrative[para] = EventDate(value=main.value, text=main.text, precision=main.precision)
    return events, body_claims, voices


def _partial(document: Document, language: str) -> Extraction:
    """A document in a language without the full pipeline: the layers it has (time expressions), no events."""
    from sitroom.analyze import timex

    layers = languages.LAYERS.get(language, ())
    found = ()
    if "timex" in layers:
        found = tuple(timex.tag_timexes(document.text, document_date(document.published), language=language))
    return Extraction(document=document, notes=(languages.note_for(language),), timexes=found)


def _figures(doc, timexes) -> list[Quantity]:
    """Quantities that are not inside a time expression ("two days earlier", "the past 24 hours" are time)."""
    from sitroom.analyze import quantities

    in_time = SpanIndex(timexes)
    return [q for q in quantities.find_quantities(doc) if not in_time.overlapping(q.start, q.end)]


@dataclass
class _Headline:
    """The headline parsed on its own: its source ("…, says X"), the owner and place it names, its claims."""
    doc: object
    timexes: list
    actors: object
    places: object
    attribution: object
    owner: object
    location: object
    # the headline's other reporting cues: in "Houthis claim eight drones hit Eilat, Israel counts three" the eight
    # are the Houthis' though the headline as a whole (and the lead after it) is Israel's
    inner: tuple = ()
    kinds: frozenset = frozenset()      # the counted kinds it names ("Russian troops to …": personnel)

    def claims(self, document: Document, lead) -> list:
        from sitroom.analyze import attribution

        atts = [self.attribution] if self.attribution else []
        atts += [a for a in self.inner if a is not self.attribution and a.source is not None and not (
            document.outlet and attribution.is_outlet_body(a.source.text, document.outlet))]
        voices = attribution.discourse(self.doc, sorted(atts, key=lambda a: a.cue_start))
        return _claims.find_claims(
            self.doc, _figures(self.doc, self.timexes), voices=voices, actors=self.actors, places=self.places,
            timexes=self.timexes, document_id=document.id, section="title",
            context=_claims.Context(self.owner, self.location, lead, document.published, document.outlet,
                                    lead_text=document.text))


def _headline(document: Document) -> _Headline | None:
    from sitroom.analyze import attribution, timex
    from sitroom.analyze.actors import ActorResolver
    from sitroom.analyze.places import PlaceResolver

    title = (document.title or "").strip()
    if not title:
        return None
    doc = headline_verbs(parse(title))
    actors, places = ActorResolver(doc), PlaceResolver(doc)
    atts = attribution.find_attributions(doc, resolve_entity=actors.resolve_text)
    att = attribution.headline_attribution(doc, atts, actors.resolve_text, document.outlet)
    owner, location = _claims.headline_where(doc, places, actors)
    kinds = frozenset(k for t in doc if t.pos_ in ("NOUN", "PROPN") for k in (_claims.kind_of_text(t.text),) if k)
    return _Headline(doc, timex.tag_timexes(title, document_date(document.published), doc=doc), actors, places,
                     att, owner, location, tuple(atts), kinds)

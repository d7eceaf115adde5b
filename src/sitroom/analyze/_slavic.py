"""`analyze` for Russian and Ukrainian: one `parse_slavic` Doc, the ru/uk layers, events like English ones.

Why a parallel path rather than the English layers on a Russian Doc: the English coder, attribution and modality
rules read English syntax (spaCy's English labels: dobj, agent, nsubjpass, aux "will") and English word classes at
every step; the Doc built by `sitroom.nlp_slavic` carries Universal Dependencies from natasha (and, in Ukrainian, a
Russian-trained parse that is often wrong), so the ru/uk layers lean on lemmas and the lexicons, and use the parse
only where it helps (the subject of a verb). They return the same records (`EventMention`, `Attribution`, `Entity`,
`Place`), and events are assembled with the same fields: date (the ru/uk time tagger), source, modality, actor,
recipient, place, evidence offsets into the document text.

Figures and claims: `find_quantities_slavic` reads the figures; each goes to the nearest event trigger of its sentence
(the event's `quantities`, and `claim_ids` pointing at its claims); `claims.find_claims_slavic` makes every counted
figure a `Claim` (source by the English discourse rules over the ru/uk attributions, status, owner, location,
modality, dates), with the headline's owner and place to fall back on and the headline's own claims.
"""
from __future__ import annotations

from sitroom import languages
from sitroom.model import Document, Event, EventDate, Evidence, Extraction, Place, Quantity, content_id


def _from_body(title_claims, body_claims):
    """A headline figure that sums up one of the body's ("Лукашенко: на границе находятся до 20 тыс.
    военнослужащих" over "… до 20 тысяч белорусских военнослужащих"; the same kind and the same upper, else the same
    lower bound) takes the side and the place the body gives it when the headline gives none (a place only implied,
    the country of the conflict, gives way to the one the body names: "Минобороны РФ: сбиты 32 украинских
    беспилотника" over "… 32 украинских беспилотника над Брянской и Курской областями")."""
    from dataclasses import replace

    from sitroom.analyze.claims import broader_kind

    out = []
    for c in title_claims:
        implied = c.location is None or c.location.start is None
        if c.owner is None or implied:
            same = next((b for b in body_claims if b.counted is not None
                         and broader_kind(b.counted) == broader_kind(c.counted)
                         and (b.upper is not None and b.upper == c.upper or b.upper is None and c.upper is None
                              and b.lower is not None and b.lower == c.lower)), None)
            if same is not None:
                named = same.location is not None and same.location.start is not None
                c = replace(c, owner=c.owner or same.owner,
                            location=same.location if implied and named else c.location or same.location)
        out.append(c)
    return out


def _sourced_by_title(title_claims, body_claims):
    """A body figure told in no one's voice that gives again a headline figure the headline attributes
    ("Моніторинговий проєкт: з Білорусі вивели понад 2 тисячі російських військових" over "… країну залишили
    понад 2 тисячі російських військових"; the same kind, the same bounds) is the headline's source's claim."""
    from dataclasses import replace

    from sitroom.analyze.claims import broader_kind

    sourced = [c for c in title_claims if c.source is not None and c.counted is not None]
    if not sourced:
        return body_claims
    out = []
    for b in body_claims:
        if b.source is None and b.counted is not None:
            same = next((c for c in sourced if broader_kind(c.counted) == broader_kind(b.counted)
                         and c.lower == b.lower and c.upper == b.upper), None)
            if same is not None:
                b = replace(b, source=same.source, carrier=b.carrier or same.carrier,
                            modality="reported" if b.modality == "asserted" else b.modality)
        out.append(b)
    return out


def analyze_slavic(document: Document, language: str, *, narrative_dates: bool = True,
                   narrative_places: bool = True, keep_negated: bool = True) -> Extraction:
    """Events (and time expressions) of one Russian or Ukrainian document."""
    from sitroom.analyze import timex
    from sitroom.analyze._assemble import NarrativeDates, NarrativePlaces, is_calendar
    from sitroom.analyze.attribution import slavic_voices
    from sitroom.analyze.claims import Context, find_claims_slavic, slavic_headline
    from sitroom.analyze.quantities import find_quantities_slavic
    from sitroom.analyze._pipeline import _voice, document_date
    from sitroom.analyze.actors import SlavicActors
    from sitroom.analyze.attribution import slavic_attributions, slavic_source_for
    from sitroom.analyze.coder import slavic_events
    from sitroom.analyze.modality import slavic_modality
    from sitroom.analyze.places import slavic_places
    from sitroom.clean import analysable_text
    from sitroom.nlp_slavic import parse_slavic

    text = analysable_text(document.text)
    timexes = timex.tag_timexes(text, document_date(document.published), language=language)
    doc = parse_slavic(text, language)
    places = slavic_places(doc)
    actors = SlavicActors(doc, places)
    attributions = slavic_attributions(doc, actors)
    mentions = slavic_events(doc, actors, places, attributions)
    figures = find_quantities_slavic(text, language)
    figures_of: dict[int, list[Quantity]] = {}          # trigger start → its figures (the nearest trigger of the sentence)
    by_sentence: dict[int, list] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_start, []).append(m)
    for q in figures:
        tok = doc.char_span(q.start, q.end, alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        near = by_sentence.get(tok[0].sent.start_char)
        if near:
            m = min(near, key=lambda x: abs(x.trigger_start - q.start))
            figures_of.setdefault(m.trigger_start, []).append(q)
    event_of = {q.start: (content_id(document.id, m.type, m.trigger_start), m.location)
                for m in mentions for q in figures_of.get(m.trigger_start, ())}
    title = (document.title or "").strip()
    head = slavic_headline(title, language, document.published) if title else None
    title_timexes = timex.tag_timexes(title, document_date(document.published), language=language) if title else []
    head_att = next((a for a in head[3] if a.source is not None), None) if head else None
    voices = slavic_voices(doc, attributions, head_att)
    claims = find_claims_slavic(
        text, language, document_id=document.id, published=document.published, timexes=timexes, doc=doc,
        actors=actors, places=places, voices=voices, figures=figures, event_of=event_of,
        context=Context(head[4] if head else None, head[5] if head else None, published=document.published),
        outlet=document.outlet)
    claim_of = {c.start: c.id for c in claims}
    if head is not None:
        hdoc, hplaces, hactors, hatts, howner, hplace = head
        title_claims = find_claims_slavic(
            title, language, document_id=document.id, published=document.published, timexes=title_timexes,
            section="title", doc=hdoc, actors=hactors, places=hplaces, voices=slavic_voices(hdoc, hatts),
            context=Context(howner, hplace, voices.lead(), document.published), outlet=document.outlet)
        claims = _from_body(title_claims, claims) + _sourced_by_title(title_claims, claims)
    calendar = [t for t in timexes if is_calendar(t)]
    paragraphs = NarrativeDates(text)
    narrative: dict[int, EventDate] = {}
    last_place = NarrativePlaces(text, paragraphs)
    events: list[Event] = []
    by_sent: dict[int, list] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence_start, []).append(m)
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        para = paragraphs.paragraph_of(s0)
        own = [t for t in calendar if s0 <= t.start < s1]
        sentence = text[s0:s1].rstrip()
        evidence = Evidence(sentence=sentence, start=s0, end=s0 + len(sentence))
        for m in by_sent.get(s0, ()):
            if own:
                t = min(own, key=lambda t: abs(t.start - m.trigger_start))
                when = EventDate(value=t.value, text=t.text, precision=t.precision, relation=t.relation)
            else:
                when = narrative.get(para) if narrative_dates else None
            att = slavic_source_for(attributions, m.trigger_start, m.trigger_end)
            mood = slavic_modality(doc, doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")[0].i,
                                   att)
            if mood == "negated" and not keep_negated:
                continue
            key = (m.type, m.actor.country if m.actor else None)
            where = m.location
            if where is None and narrative_places:
                where = last_place.get(key, s0)
            elif where is not None:
                last_place.put(key, where, s0, s1)
            events.append(Event(
                id=content_id(document.id, m.type, m.trigger_start), type=m.type, mode=m.mode, modality=mood,
                actor=m.actor, recipient=m.recipient, location=where, date=when,
                quantities=tuple(figures_of.get(m.trigger_start, ())),
                claim_ids=tuple(claim_of[q.start] for q in figures_of.get(m.trigger_start, ()) if q.start in claim_of),
                source=att.source if att and att.source else _voice(document.source),
                carrier=_voice(document.carrier), trigger=m.trigger, trigger_start=m.trigger_start, cue=m.cue,
                evidence=evidence))
        if own:
            t = own[-1]
            narrative[para] = EventDate(value=t.value, text=t.text, precision=t.precision)
    note = languages.note_for(language)
    return Extraction(document=document, events=tuple(events), claims=tuple(claims),
                      notes=(note,) if note else (), timexes=tuple(timexes))

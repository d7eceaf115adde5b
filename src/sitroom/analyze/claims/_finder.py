"""`find_claims`: every figure of a text that counts something, as a `Claim` — counted kind, owner, location, status,
claimant (by the discourse rules of `attribution.Voices`), dates, modality and evidence.

Not claims: measures, time spans, money, percentages (units in data/en/claim_kinds.json `not_counted`); model numbers
after an equipment name ("Leopard 2"); number words inside a name ("World War Two"); figures inside a source's own
name ("according to three aid workers"); footnote marks ("[3]"); a bare number with nothing counted before it or around it;
numbers inside a web address ("example.org/news/32073861.html"); proportions ("half of the men", "two-thirds") and
ratios ("one in six children"); ages after a noun of people ("children under two");
the further days of a list of dates ("on October 22, 23, and 24"); "one" as a determiner or pronoun ("one
milblogger said", "one area", "one of its engines": a "one" counts only a kind of the taxonomy, and never partitively).
Owner and location come from the claim's clause, else the figure before it in the sentence, else in the paragraph
(same kind first), else the headline.
"""
from __future__ import annotations

from functools import lru_cache

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from spacy.tokens import Doc, Token

from sitroom.analyze import _assemble as assemble
from sitroom.analyze._spans import SpanIndex
from sitroom.analyze.voices import ENTRY_TIME
from sitroom.analyze.attribution import denied_report, is_outlet_by_name, names_lead_speaker, shown_by_media
from sitroom.analyze.claims._elliptic import antecedent, elliptic_kind, list_label, refers_back, restates_count
from sitroom.analyze.claims._lexicon import MEASURE_NOUNS, status_lexicon, taxonomy
from sitroom.analyze.claims._kinds import (ends_in_kind_phrase, increment_word, is_measure, kind_of_text, kind_of_tokens,
                                           name_kind, noun_head, phrase_tokens, shared_head)
from sitroom.analyze.claims._status import UNSTATED, governing_verb, noun_word, status_of, stock_as_of
from sitroom.analyze.claims._where import (FORCE_SECTORS, HOST_VERBS, OWNER_VERBS, SIZE_VERBS, border_far_side,
                                           came_from, country_anaphor, demonym_owner, home_bound, joint_figure,
                                           location_in_clause, owner_from_subject, owner_in_phrase, owner_in_subject,
                                           sending_verb, unknown_place_in_clause)
from sitroom import lexicon
from sitroom.countries import country_name
from sitroom.model import Attribution, Claim, Entity, EventDate, Evidence, Place, Quantity, Span, Timex, content_id
from sitroom.nlp import LIST_LINE, doc_text

# side's acts of handing things to another (of data/en/claim_kinds.json's side_event_nouns): their possessor is the
# supplier, not where the things go ("Berlin's promise of four systems"; not "Serbia's call-up of 5,000")
_SUPPLY_NOUNS = frozenset({"pledge", "promise", "package", "offer", "shipment", "consignment", "donation", "delivery",
                           "transfer", "contribution"})
_MOVED = ("planned", "arrived")                        # statuses of forces sent somewhere
_SUPPLIED = ("pledged", "delivered")                   # statuses of things a side gives another
_PART_ANAPHORS = {"them", "those", "whom", "which", "these"}   # "among them 20 officers", "12 of them T-72s"
_NEGATED_BOUND = re.compile(r"(?i)^(?:no|not)\s+(?:more|less|fewer|greater|higher|lower|over|under|above|below)\b")
_LOSSES = {"destroyed", "killed", "wounded", "captured", "casualties"}   # a loss's owner is no other figure's
_VICTIM_STATUSES = {"killed", "wounded", "captured", "casualties", "displaced"}
_LOSS_VERBS = {"lose", "suffer", "sustain", "incur"}
_ONE = re.compile(r"(?i)\bone\b")
# "one in six children", "1 in 4": a ratio, neither figure a count
_RATIO_AFTER = re.compile(r"\s+in\s+(?:every\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b(?:one|\d+)\s+in\s+(?:every\s+)?$", re.IGNORECASE)
_AGE_BOUNDS = {"under", "over", "aged"}                 # after a noun of people: an age ("children under five")
_AGED_KINDS = {"children", "people", "civilians"}
# between the day of a date and a further day of the same list: ", ", " and ", ", 23, and "
_DAY_LIST_GAP = re.compile(r"^(?:\s*,?\s*(?:and|or|&)?\s*\d{1,2})*\s*(?:,|,?\s*(?:and|or|&))\s*$")
# a bare figure after these counts what was counted before, even in an earlier paragraph ("estimated at 120,000")
# what a headline's side ("Russian troops …", "Poland to send …") cannot own when the text leaves the owner out:
# the civilians, children, refugees or hostages a text counts, and people unless the side moves them ("about 200
# civilian staff will accompany the brigade"; not "up to 300 people tried to cross", "60 patients were evacuated")
_NOT_OWNED = frozenset({"civilians", "children", "refugees", "hostages"})
_MOVED_BY_SIDE = frozenset({"planned", "arrived", "departed", "ordered", "recruited", "pledged", "delivered"})
_NOW_AFTER = re.compile(r"\s*(?:now|today|currently|at present|so far|to date)\b", re.IGNORECASE)
_HOLDING_VERBS = {"have", "keep", "maintain", "field"}


_POSSESSIVES = {"its", "their"}


def _their_own(head: Token, verb: Token | None) -> bool:
    """The counted noun ("keeps its 10,000 troops") or the subject of its verb ("Its army has moved 200 soldiers")
    has a possessive pronoun: its side is one the text named before."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for t in (head, subj) if t is not None
               for c in t.children)


def _held_at_home(head: Token, verb: Token | None) -> bool:
    """The figure is the object of its side's verb of having ("North Korea has 1.2 million troops"), in the present
    tense, with nothing in the sentence saying where."""
    if verb is None or verb.lemma_.lower() not in _HOLDING_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if head.dep_ != "dobj" or head.head.i != verb.i:
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children):
        return False
    aside = {t.i for c in head.children if c.dep_ in ("appos", "acl", "relcl") for t in c.subtree}
    return not any(t.lower_ in ("there", "abroad", "overseas") or t.ent_type_ in ("GPE", "LOC", "FAC")
                   for t in verb.subtree if t.i > verb.i and t.i not in aside)


def _names_the_count(first: Token, num: Token) -> bool:
    """A bare figure that can only restate what the text is counting, in another paragraph too: the definite "the
    3,000 that Seoul reported", "the 10,000 are still at training sites"; a figure that is the whole sentence
    ("Eleven thousand."); a figure as the subject of its clause ("more than 10,000 have moved into Kursk")."""
    doc = first.doc
    if first.i > 0 and doc[first.i - 1].lower_ == "the" and any(ch.isdigit() for ch in num.text) and (
            num.i + 1 >= len(doc) or doc[num.i + 1].pos_ != "NOUN"):
        return True                   # "the 3,000" (not "the two", which stands for any two things named before)
    words = [t for t in first.sent if not t.is_punct and not t.is_space]
    if words and words[0].i >= first.i and words[-1].i <= num.i:
        return True
    if words and words[0].i >= first.i and _as_said(first.sent, num):
        return True                   # "Slightly under 9,000, as we said.": the figure is the sentence
    if _said_figure(num):
        return True                   # "Minsk says slightly under 9,000", "The General Staff says about 2,000."
    return num.dep_ in ("nsubj", "nsubjpass") and num.head.pos_ in ("VERB", "AUX") and num.head.i > num.i


_SAYING = lexicon.word_set("en/attribution.json", "reporting.neutral") | lexicon.word_set(
    "en/attribution.json", "reporting.claim")


def _said_figure(num: Token) -> bool:
    """A bare figure that is all a speaker says ("X says about 2,000", "Y said up to 1,000"): the count the text is
    on. Not a figure with a clause of its own after it ("says 2,000 have left": its verb decides)."""
    g = num
    if num.dep_ == "pobj" and num.head.dep_ in ("prep", "advmod", "quantmod") and num.head.i == num.i - 1:
        g = num.head                                          # "says about 2,000": 'about' parsed as the object
    verb = g.head
    return (g.dep_ in ("dobj", "prep", "npadvmod", "attr") and verb.pos_ == "VERB" and verb.i < g.i
            and verb.lemma_.lower() in _SAYING and not any(c.dep_ in ("dobj", "ccomp") and c.i != g.i
                                                            for c in verb.children))


def _as_said(sent, num: Token) -> bool:
    """The sentence is the figure and an "as we said" / "as announced" clause."""
    rest = [t for t in sent if t.i > num.i and not t.is_punct and not t.is_space]
    return bool(rest) and rest[0].lower_ == "as" and rest[0].dep_ == "mark" and len(rest) <= 4 and any(
        t.lemma_.lower() in _SAYING for t in rest)


_COUNTING_VERBS = {"estimate", "number", "total", "reach", "exceed", "stand", "grow", "rise", "fall", "swell", "put",
                   "double", "climb", "increase", "drop", "decline", "amount"}


# verbs whose figure measures their subject ("the contingent will number 9,000 people", "the force includes …")
_ESTIMATING_VERBS = {"put", "place", "estimate", "assess", "peg"}
_MEASURING_VERBS = {"number", "total", "be", "include", "comprise", "consist", "reach", "count", "amount", "grow",
                    "swell", "stand"}


def _in_speaker(tok: Token) -> bool:
    """Inside the subject of a reporting verb ("Valery Revenko, an official of the Belarusian defence ministry,
    said …"), though the source's own span may be the name alone."""
    from sitroom.analyze.voices import reporting_class

    for a in [tok, *tok.ancestors]:
        if a.dep_ in ("nsubj", "nsubjpass") and reporting_class(a.head.lemma_):
            return True
    return False


def _mobilised(head: Token, verb: Token | None) -> bool:
    """'mobilized 200,000 people', 'the 220,000 people who have been mobilized': people called up are personnel
    (the call-up verbs of data/en/claim_status.json, not a mere 'order' or 'call')."""
    words = {w for w, st in status_lexicon().verbs.items() if st in ("ordered", "recruited")} - {"order", "call"}
    return verb is not None and verb.lemma_.lower() in words or any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in words for c in head.children)


_WHOLE_WORDS = {"overall", "whole", "entire", "total", "full"}


def _whole_of(head: Token, verb: Token | None) -> bool:
    """The figure sizes a whole: 'the overall group will stay at 7,500', 'the whole contingent', 'the full group will
    be …', '… in all' / 'in total' / 'altogether'."""
    nouns = [head] + ([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] if verb is not None else [])
    if any(c.dep_ == "amod" and c.lower_ in _WHOLE_WORDS for n in nouns for c in n.children):
        return True
    sent = head.sent
    words = [t.lower_ for t in sent]
    return "altogether" in words or any(a == "in" and b in ("all", "total") for a, b in zip(words, words[1:]))


def _personnel_subject(verb: Token | None) -> bool:
    """'The Russian contingent will number about 9,000 people', 'The group will number slightly under 7,500 people':
    people counted as a force (its troops, or a force noun) are personnel."""
    if verb is None or verb.lemma_.lower() not in _MEASURING_VERBS:
        return False                                  # "guards pushed back 40 migrants": people acted upon
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (kind_of_text(subj.text) == "personnel" or subj.lower_ in taxonomy().strength_nouns)


@dataclass(frozen=True)
class Context:
    """What a text's claims may fall back on: the headline's owner and place, the lead's source (for the headline
    itself), the document date."""
    owner: Entity | None = None
    location: Place | None = None
    lead: Attribution | None = None
    published: str | None = None
    outlet: str | None = None
    lead_text: str | None = None      # the body the lead's offsets point into (for the headline)
    kinds: frozenset[str] = frozenset()      # the counted kinds the headline names ("Russian troops …": personnel)


_RECAP_ADVERBS = {"previously", "earlier", "already", "first"}


def recaps_itself(cue: Token | None) -> bool:
    """'As ISW reported on September 22, …', 'ISW reported on October 12 that …', 'ISW previously assessed': an
    outlet citing its own earlier report in a past reporting verb with 'as', an earlier-report adverb or a date —
    a recap in its own voice. (A release in which the body names itself for a current finding, "The IDF estimates
    that …", keeps it as the claimant.)"""
    if cue is None or cue.tag_ not in ("VBD", "VBN"):
        return False
    for c in cue.children:
        if c.dep_ == "mark" and c.lower_ == "as" or c.dep_ == "advmod" and c.lower_ in _RECAP_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "since") and any(
                g.ent_type_ == "DATE" for g in c.subtree):
            return True
    return False


def source_span(text: str, att: Attribution | None) -> Span | None:
    """The source phrase and its cue as one span of `text` (for a headline or lead source, the phrase is in the
    other section: text only, no offsets)."""
    if att is None:
        return None
    s = min(att.cue_start, att.source.start if att.source and att.source.start is not None else att.cue_start)
    e = max(att.cue_end, att.source.end if att.source and att.source.end is not None else att.cue_end)
    if att.kind in ("headline", "lead"):
        parts = [x for x in (att.source and att.source.text, att.cue) if x]
        return Span(text=" ".join(parts), start=None, end=None)
    return Span(text=text[s:e], start=s, end=e)


def make_claim(document_id: str, section: str, text: str, q: Quantity, att: Attribution | None, **fields) -> Claim:
    """The claim record of figure `q` with its attribution `att` (shared by the English and the ru/uk finders)."""
    return Claim(id=content_id(document_id, "claim", section, q.start, q.text), text=q.text, start=q.start,
                 end=q.end, lower=q.lower, upper=q.upper, qualifier=q.qualifier,
                 source=att.source if att is not None else None, source_span=source_span(text, att),
                 carrier=att.carrier if att is not None else None, section=section, **fields)


@dataclass
class _Seen:
    claim: Claim
    block: int
    sentence: int


# what a side puts in: its possessor ("Russia's contribution", "Belarus's share") is the side, not the place
_SIDE_NOUNS = frozenset({"contribution", "share", "part", "component", "quota", "commitment"})


@lru_cache(maxsize=1)
def _acting_verbs() -> frozenset[str]:
    """Verbs whose subject is the side of what is counted, not its place (launch, attack, own or move things)."""
    lex = status_lexicon()
    return frozenset(lex.launch_verbs | OWNER_VERBS | {v for v, st in lex.verbs.items() if st == "attacked"}) \
        - HOST_VERBS


class _Finder:
    def __init__(self, doc: Doc, voices, actors, places, timexes: Sequence[Timex], document_id: str, section: str,
                 event_of: dict[int, tuple[str, Place | None]], context: Context,
                 event_places: dict[int, Place] | None = None):
        self.doc, self.text = doc, doc_text(doc)
        self.event_places = event_places or {}
        self.voices, self.actors, self.places = voices, actors, places
        self.document_id, self.section, self.event_of, self.context = document_id, section, event_of, context
        # offset indexes: a lookup per figure must not scan the whole document (issue 12)
        self.timexes = SpanIndex([t for t in timexes if assemble.is_calendar(t)])
        self.sources = SpanIndex([(a.source.start, a.source.end) for a in voices.attributions
                                  if a.source is not None and a.source.start is not None], span=lambda x: x)
        # where things are, not where they came from: "Most of them arrived from Russia" places nothing in Russia
        self._origins = [p for p in places.places() if p.start is not None and self._origin(p)]
        self.located = SpanIndex([p for p in places.places() if p.country and p.start is not None
                                  and p not in self._origins and not self._names_a_speaker(p)])
        self._entries = self._entry_starts()
        self._sides: dict[int, frozenset[str]] = {}          # context start -> the countries it names
        self.seen: dict[int, list[_Seen]] = {}                # per block, in reading order
        self.last_seen: _Seen | None = None
        self._doc_country: list[Place | None] = []

    # ------------------------------------------------------------------ contexts
    def _entry_starts(self) -> list[int]:
        """The starts of a live blog's entries (paragraphs that open with a time, two at least); [] for a story."""
        n = self.voices.block_of(len(self.text)) + 1 if self.text else 0
        starts = [b for b in (self.voices.block_start(i) for i in range(n)) if ENTRY_TIME.match(self.text, b)]
        return starts if len(starts) >= 2 else []

    def _context_of(self, char: int) -> tuple[int, int]:
        """The span a figure reads its context in: its live-blog entry (each a story of its own, the paragraphs up to
        the next time), else its paragraph."""
        if self._entries and char >= self._entries[0]:
            k = max(i for i, e in enumerate(self._entries) if e <= char)
            return self._entries[k], self._entries[k + 1] if k + 1 < len(self._entries) else len(self.text)
        block = self.voices.block_of(char)
        end = self.voices.block_start(block + 1) if self.voices.block_of(len(self.text)) > block else len(self.text)
        return self.voices.block_start(block), end

    def _countries_named(self, start: int, end: int) -> frozenset[str]:
        """The countries a span names: as places (not where things came from), as speakers, as demonyms."""
        if start not in self._sides:
            named = {p.country for p in self.located.starting_in(start, end)}
            named |= {a.source.country for a in self.voices.attributions if a.source is not None and a.source.country
                      and a.source.start is not None and start <= a.source.start < end}
            span = self.doc.char_span(start, end, alignment_mode="expand")
            for tok in span if span is not None else ():
                if tok.pos_ in ("ADJ", "PROPN") or tok.ent_type_ == "NORP":
                    ent = demonym_owner(tok)
                    if ent is not None:
                        named.add(ent.country)
            self._sides[start] = frozenset(named)
        return self._sides[start]

    def _headline_owner(self, char: int, kind: str | None) -> Entity | None:
        """The headline's side, for a figure whose context leaves the owner out. A live blog's headline is the
        day's topic and each entry a story of its own: an entry that names a side the headline does not takes no
        side from it ("Live: Russian strikes on Odesa", an entry "Germany's ambassador says the four new systems
        …": not Russia's), unless the headline names the figure's kind ("Live: Russian troops …" owns the troops
        of any entry). A story's headline frames all its paragraphs (a paragraph's other country is as often a
        speaker or a past comparison as the figure's side: measured on claims_outlets 4-5)."""
        owner = self.context.owner
        if owner is None or not owner.country or not self._entries or kind in self.context.kinds:
            return owner
        known = {owner.country, self.context.location and self.context.location.country}
        return None if self._countries_named(*self._context_of(char)) - known else owner

    # ------------------------------------------------------------------ helpers
    def _origin(self, p: Place) -> bool:
        return came_from(self.doc, p)

    def _names_a_speaker(self, p: Place) -> bool:
        """A place that only says whose an estimate is ("Seoul's estimate has moved", "the latest U.S. count"): the
        possessor or modifier of a count's noun, not where things are. (A claimant's country stays a place: the host
        speaks of its guests, "the Kazakh Defence Ministry said 7,500 Russian troops …".)"""
        tok = self._token(p.start)
        while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head                                    # "South Korea's": the name's last word
        if tok is None or tok.dep_ not in ("poss", "compound", "amod") or tok.head.i <= tok.i:
            return False
        noun = tok.head
        if noun.lemma_.lower() in MEASURE_NOUNS:
            return True
        # "Ukraine's General Staff said … troops were in the country" under a headline on Belarus: the possessor of
        # a speaking body names whose word it is; the headline's other country stays the place
        home = self.context.location
        return home is not None and home.country is not None and home.country != p.country \
            and bool(self.sources.covering(noun.idx, noun.idx + 1)) and self._possessor_only(p)

    def _body_of_elsewhere(self, src: Entity) -> bool:
        """A country's body speaking ("Ukraine's General Staff") under a headline on another country: its word,
        not the country "the country" refers to (the country itself speaking, "Belarus said …", still is)."""
        home = self.context.location
        return home is not None and home.country is not None and home.country != src.country \
            and not (src.name or "").startswith("Government of") \
            and src.text.casefold().removeprefix("the ") != country_name(src.country).casefold()

    def _possessor_only(self, p: Place) -> bool:
        """The place is written as a possessor ("Ukraine's"), not an adjective ("the Kazakh Defence Ministry")."""
        return self.text[p.start:p.end + 2].endswith(("'s", "’s")) or self.text[p.end:p.end + 2] in ("'s", "’s")

    def _entity(self, start: int, end: int) -> Entity:
        text = self.text[start:end]
        try:
            ent = self.actors.resolve_text(text, start)
        except Exception:                                     # noqa: BLE001 - a source without a name is still one
            ent = None
        return Entity(text, ent and ent.name, ent and ent.country, ent and ent.sector, start, end)

    def _token(self, char: int) -> Token | None:
        return assemble.token_at(self.doc, char)

    def _previous(self, block: int, sentence: int, kind: str | None = None) -> _Seen | None:
        for s in reversed(self.seen.get(block, ())):
            if kind is None:
                if s.sentence == sentence:
                    return s
                if s.sentence < sentence:
                    return None                               # earlier sentences: no figure of this one is left
            elif s.claim.counted == kind:
                return s
        return None

    def _kind_named_before(self, head: Token) -> str | None:
        """A noun the taxonomy does not know, as the text counted it before with a word that tells its kind ("four
        IRIS-T systems" … "Four systems are better than nothing": air defence; "2,000 Wagner members": the force's
        fighters): that kind."""
        if any(c.dep_ == "compound" and self._armed_force(c) is not None for c in head.children):
            return "personnel"
        word = head.lower_
        for x in (x for b in sorted(self.seen) for x in reversed(self.seen[b])):
            written = (x.claim.counted_text or "").lower().split()
            if x.claim.counted and x.claim.counted != word and written and written[-1] == word \
                    and x.claim.counted in taxonomy().kinds:
                return x.claim.counted
        return None

    def _armed_force(self, head: Token) -> Entity | None:
        """A counted noun that is the name of an armed force or group the actor tables know ("10,000 Wagner",
        "5,000 Hezbollah"): the force, whose fighters the figure counts."""
        ent = self.actors.resolve_span(head.doc[head.i:head.i + 1])
        return ent if ent is not None and ent.country and ent.sector in FORCE_SECTORS else None

    def _story_figure(self) -> _Seen | None:
        """The first figure of the body (the lead's), which a later "the figure" / "the real figure" in another
        paragraph restates ("… would be slightly under 7,500 servicemen." … "said the real figure was a maximum of
        9,000"), rather than whatever was counted last."""
        body = [x for b in sorted(self.seen) for x in self.seen[b] if x.claim.section == "body" and x.claim.counted]
        return body[0] if body else None

    def _echoed(self, q: Quantity, near: _Seen | None) -> _Seen | None:
        """A bare figure far from the nearest one before it but equal to an earlier one (within 15 %) echoes that
        earlier figure ("Fewer than 2,000 have arrived." … "about 60 tanks so far." … "The General Staff says about
        2,000. Do you agree?"): it counts what that one counts. None when the nearest is of its size."""
        value = q.lower if q.lower is not None else q.upper
        if not value or near is None or near.claim.counted is None:
            return None
        size = lambda c: c.lower if c.lower is not None else c.upper      # noqa: E731
        if size(near.claim) and max(value, size(near.claim)) < 3 * min(value, size(near.claim)):
            return None
        earlier = [x for b in sorted(self.seen) for x in self.seen[b]
                   if x.claim.counted and x.claim.start is not None and x.claim.start < q.start]
        for x in reversed(earlier):
            if any(v and abs(v - value) <= 0.15 * value for v in (x.claim.lower, x.claim.upper)):
                return x
        return None

    def _previous_any(self, block: int, sentence: int) -> _Seen | None:
        same = self._previous(block, sentence)
        if same is not None:
            return same
        seen = self.seen.get(block)
        return seen[-1] if seen else None

    def _line_before(self, start: int) -> _Seen | None:
        """The first figure of the list line before ("• Hajun: about 6,000 arrived, plus at least 60 trains. ¶ •
        Kyiv: about 5,000 in Belarus"): list lines run parallel, a line's bare figure counts what the one before
        opens with, not the aside it ends on. None when a line with figures before is no list line."""
        line = self.text.rfind("\n", 0, start) + 1
        body = [x for b in sorted(self.seen) for x in self.seen[b]
                if x.claim.section == "body" and x.claim.start is not None and x.claim.start < line]
        if not body:
            return None
        last = body[-1].claim.start
        at = self.text.rfind("\n", 0, last) + 1
        if not LIST_LINE.match(self.text, at):
            return None
        return next(x for x in body if x.claim.start >= at)

    def _demonym_before(self, block: int, start: int) -> Entity | None:
        """The nearest demonym before the figure in its paragraph ("Movement of Russian equipment: …"), outside the
        attributing sources ("the Belarusian defence ministry said")."""
        block_start = self.voices.block_start(block)
        for tok in reversed(self.doc[:self._token(start).i] if self._token(start) is not None else []):
            if tok.idx < block_start:
                break
            if self.sources.covering(tok.idx, tok.idx + 1) or _in_speaker(tok):
                continue                                      # the claimant's nationality is not the owner's
            if tok.pos_ in ("ADJ", "PROPN") or tok.ent_type_ == "NORP":
                ent = demonym_owner(tok)
                after = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
                if after is not None and after.lemma_.lower() in MEASURE_NOUNS:
                    continue                                  # "the latest U.S. estimate": who counts, not whose
                if ent is not None and after is not None and after.pos_ in ("NOUN", "PROPN"):
                    return ent
        return None

    def _country_before(self, start: int, block: int, abroad: str | None) -> Place | None:
        """The last country named before `start` in its paragraph ("Belarus said … would arrive in the country"),
        else the headline's place; not the owner's own country when its things are moved abroad."""
        first = self.voices.block_start(block)
        named = [(p.start, p) for p in self.located.starting_in(first, start) if p.country != abroad]
        for a in self.voices.attributions:                    # a country speaking: "Belarus said …"
            src = a.source
            if src is not None and src.country and src.country != abroad and src.start is not None \
                    and first <= src.start < start and not self._body_of_elsewhere(src):
                named.append((src.start, Place(text=src.text, name=country_name(src.country), country=src.country,
                                               kind="country")))
        return max(named, key=lambda x: x[0])[1] if named else self.context.location

    def _place_near(self, head: Token, block: int, start: int, abroad: str | None = None,
                    sent_off: str | None = None) -> Place | None:
        """A place in the figure's sentence, else the last one before it in its paragraph. Forces being moved
        (`abroad`: their owner's country) are placed outside their own country when another place is named
        ("Minsk and Moscow say the grouping will have 9,000 Russian personnel": Minsk), and not where their own
        country speaks ("Russia said it will withdraw all 7,500 troops"); forces being sent (`sent_off`) never at
        home ("Chad said it would send 1,200 soldiers to help its neighbour")."""
        s, e = head.sent.start_char, head.sent.end_char
        inside = [p for p in self.located.starting_in(s, e) if not self._acting(p)]
        if abroad and any(p.country != abroad for p in inside):
            inside = [p for p in inside if p.country != abroad]
        if sent_off:                                          # "Chad said it would send 1,200 soldiers": not Chad
            inside = [p for p in inside if p.country != sent_off]
        if abroad:                                            # "Russia said it will withdraw all 7,500 troops":
            inside = [p for p in inside if p.country != abroad or not self._speaking(p)]   # its word, not its soil
        block_start = self.voices.block_start(block)

        def named_before(end: int) -> list[Place]:
            return [p for p in self.located.starting_in(block_start, end) if (not sent_off or p.country != sent_off)
                    and not (abroad and p.country == abroad and self._speaking(p))
                    and not (p.start >= s and self._acting(p))]       # the sentence's own acting side

        before = named_before(s)
        if inside and abroad and all(p.country == abroad for p in inside):
            # "MINSK, Oct 14 - … the grouping formed with Russia would include 9,000 Russian servicemen": the
            # paragraph's other country (here the dateline's) before the movers' own
            away = [p for p in before if p.country and p.country != abroad]
            if away:
                return away[-1]
        if inside:
            return self._as_country_if_speaking(min(inside, key=lambda p: abs(p.start - start)))
        before = named_before(start)
        if before and before[-1].kind != "country" and before[-1].country and self._coordinated(before[-1]):
            last = before[-1]                                 # "based in the Kostanay and Aktobe regions. The group
            return Place(text=last.text, name=country_name(last.country), country=last.country, kind="country")
        return before[-1] if before else None                 # will number 7,500": in both, i.e. the country

    def _coordinated(self, place: Place) -> bool:
        """A place named with another of its kind ('in the Kostanay and Aktobe regions', 'in Brest and Grodno')."""
        tok = self._token(place.start) if place.start is not None else None
        if tok is None:
            return False
        names = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        return bool(names) or tok.dep_ == "conj" and tok.head.pos_ == "PROPN"

    def _as_country_if_speaking(self, place: Place) -> Place:
        """A capital that speaks stands for its state ("Kyiv said 40 drones were shot down"): the figure may be
        somewhere in that country, not in the city."""
        if place.kind == "country" or not place.country or not any(
                a.source is not None and a.source.start == place.start for a in self.voices.attributions):
            return place
        return Place(text=place.text, name=country_name(place.country), country=place.country, kind="country")

    def _estimated_owner(self, verb: Token, kind: str | None) -> Entity | None:
        """The side an estimate's object names: 'put the number of Russian troops at …', 'estimated Ukrainian losses
        at …' (the object, or the of-complement of a measure noun)."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        of = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        noun = of if of is not None else obj
        return owner_in_subject(noun, self.actors) if kind is None or kind_of_text(noun.text) in (kind, None) \
            else None

    def _speaking(self, place: Place) -> bool:
        """The place is the source of an attribution ("Russia said …", "Moscow says …")."""
        return place.start is not None and any(
            a.source is not None and a.source.start is not None and a.source.end is not None
            and a.source.start <= place.start < a.source.end for a in self.voices.attributions)

    def _acting(self, place: Place) -> bool:
        """A country that launches, attacks, sends or loses things ("the drones that Russia launched", "Russia has
        lost 300 tanks") is their side, not where they are; one that speaks may still be ("Minsk said …")."""
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand") if place.start is not None else None
        if span is None:
            return False
        tok = span.root
        if tok.dep_ == "poss" and tok.head.dep_ == "nsubj" and tok.head.lemma_.lower() in _SIDE_NOUNS \
                and (tok.head.head.lemma_ == "be" or tok.head.head.lemma_ in SIZE_VERBS):
            return True            # "Russia's contribution will be about 9,000 troops": Russia's share, not its soil
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _acting_verbs()

    def _owner_of_set_off(self, head: Token) -> tuple[Entity | None, Token | None]:
        """A list set off by a dash or colon after a side's act ("Warsaw's latest package — 60 tanks, 14 Krab
        howitzers …", "Berlin's pledge: four systems"): the act's possessor owns every figure of the list."""
        first = head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        k = first.left_edge.i - 1
        doc = head.doc
        if k < 1 or doc[k].text not in ("—", "–", "-", ":") or doc[k].sent != head.sent:
            return None, None
        noun = doc[k - 1]
        if noun_word(noun) not in taxonomy().side_event_nouns:
            return None, None
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        owner = owner_in_subject(poss, self.actors) if poss is not None else None
        return owner, (poss if owner is not None and noun_word(noun) in _SUPPLY_NOUNS else None)

    def _fallback_place(self, abroad: str | None) -> Place | None:
        """The headline's place, else the document's country. Forces sent abroad (`abroad`: their own country) go
        to the country the page otherwise names most, as a place or as a speaker ("Chad readies 1,200 troops" in
        the headline, "to help its neighbour" in the body, Niger's ministries speaking: Niger)."""
        if abroad is None:
            return self.context.location or self._document_country()
        if self.context.location is not None and self.context.location.country != abroad:
            return self.context.location
        named = Counter(p.country for p in self.places.places() if p.country and p not in self._origins)
        named.update(a.source.country for a in self.voices.attributions if a.source is not None and a.source.country)
        top = [(iso, n) for iso, n in named.most_common(3) if iso != abroad]
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            iso = top[0][0]
            return Place(text=country_name(iso) or iso, name=country_name(iso), country=iso, kind="country")
        doc = self._document_country()
        return doc if doc is not None and doc.country != abroad else None

    def _document_country(self) -> Place | None:
        if not self._doc_country:                             # the same for every figure: found once
            iso = self.places.country_of_document()
            if iso is not None and self._origins:
                # the count without the places things came from ("arrived from Russia"), ties naming none
                top = Counter(p.country for p in self.places.places() if p.country and p not in self._origins
                              ).most_common(2)
                iso = None if not top or len(top) == 2 and top[0][1] == top[1][1] else top[0][0]
            self._doc_country.append(Place(text=country_name(iso) or iso, name=country_name(iso), country=iso,
                                           kind="country") if iso else None)
        return self._doc_country[0]

    def _not_a_count(self, q: Quantity, first: Token, num: Token) -> bool:
        if q.lower is None and q.upper is None or (q.lower is not None and q.lower < 0):
            return True
        phrase = self.text[q.end:q.unit_end] if q.unit_end is not None and q.unit_end > q.end else q.unit or ""
        if q.unit and (is_measure(q.unit) or is_measure(q.unit.split()[-1])) and not ends_in_kind_phrase(phrase):
            return True
        if q.unit_start is not None:
            between = self.text[q.end:q.unit_start].split()
            if any(is_measure(w.strip(".,-")) for w in between):
                return True
        doc = self.doc
        prev = doc[first.i - 1] if first.i > 0 else None
        if prev is not None and not prev.is_punct and prev.whitespace_ and name_kind(prev.text) \
                and num.i == first.i:
            return True                                       # "Leopard 2", "Challenger 2"
        if q.text[:1].isupper() and q.text.replace(" ", "").isalpha() and not first.is_sent_start \
                and prev is not None and prev.text[:1].isupper() and prev.pos_ in ("PROPN", "DET", "NOUN"):
            return True                                       # "World War Two", "the Three Brotherhood Alliance"
        if self.sources.covering(q.start, q.start + 1):
            return True                                       # "according to three aid workers"
        if self.text[q.start - 1:q.start] == "[" and self.text[q.end:q.end + 1] == "]":
            return True                                       # a footnote mark: "… near Kupyansk.[3]"
        if any(0 < b < 1 for b in (q.lower, q.upper) if b is not None):
            return True                                       # a proportion: "half of the men", "two-thirds"
        if _RATIO_AFTER.match(self.text, q.end) or _RATIO_BEFORE.search(self.text, max(0, q.start - 20), q.start):
            return True                                       # a ratio: "one in six children"
        if prev is not None and first.lower_ in _AGE_BOUNDS and kind_of_text(prev.text) in _AGED_KINDS:
            return True                                       # an age: "children under two", "men over 60"
        return self._in_address(q) or self._day_in_date_list(q)

    def _in_address(self, q: Quantity) -> bool:
        """'…/news/32073861.html', 'www.example.org/16404-…': a number in a web address or path."""
        left = max(self.text.rfind(" ", 0, q.start), self.text.rfind("\n", 0, q.start)) + 1
        right = min([i for i in (self.text.find(" ", q.end), self.text.find("\n", q.end)) if i >= 0],
                    default=len(self.text))
        word = self.text[left:right]
        return "/" in word or word.lower().startswith("www.")

    def _day_in_date_list(self, q: Quantity) -> bool:
        """'reported on October 22, 23, and 24': 23 and 24 are days of the date before them, not counts."""
        if q.unit_start is not None or not q.text.isdigit() or not 1 <= int(q.text) <= 31:
            return False
        return any(t.end is not None and t.end <= q.start and self.text[t.end - 1].isdigit()
                   and _DAY_LIST_GAP.match(self.text[t.end:q.start])
                   for t in self.timexes.starting_in(max(0, q.start - 40), q.start))

    # ------------------------------------------------------------------ one figure
    def claim(self, q: Quantity) -> Claim | None:
        first, num = self._token(q.start), self._token(max(q.start, q.end - 1))
        if first is None or num is None:
            return None
        while not num.like_num and num.i > first.i and not any(c.isdigit() for c in num.text):
            num = self.doc[num.i - 1]
        if self._not_a_count(q, first, num):
            return None
        block = self.voices.block_of(q.start)
        sentence = first.sent.start
        toks: list[Token] = []
        used: list[Claim] = []                                # the claims a bare figure took its kind from
        group: Claim | None = None                            # the group a part ("Of them, 300") belongs to
        restated: Claim | None = None                         # the figure a bare one answers ("… there were three")
        added_to: Claim | None = None                         # the figure "four more" adds to
        restating = False
        force: Entity | None = None                           # the armed force a figure counts ("10,000 Wagner")
        if q.unit_start is not None:
            ut = self._token(q.unit_start)
            if ut is None:
                return None
            head = noun_head(ut)
            shared = shared_head(head)
            if shared is not None:                            # "2 missile and 28 air strikes": missile strikes
                toks = [*phrase_tokens(num.i + 1, head), shared]
                kind, written = kind_of_tokens(toks, shared)
                written = f"{head.text} {shared.text}"
                head = shared
            else:
                toks = phrase_tokens(num.i + 1, head)
                kind, written = kind_of_tokens(toks, head)
            if kind is None and head.text[:1].isupper() and demonym_owner(head) is not None:
                kind = "people"                               # "10,000 Palestinians"
            if kind is None and head.text[:1].isupper():
                force = self._armed_force(head)
                if force is not None:
                    kind, written = "personnel", head.text    # "10,000 Wagner in Belarus": the force's fighters
            if kind is None and (head.pos_ not in ("NOUN", "PROPN") or (
                    head.lemma_.lower() in MEASURE_NOUNS and self.section != "title")):   # "the 9,000 figure"
                q = replace(q, unit=None, unit_start=None, unit_end=None)   # "100,000 flee": no counted noun
                toks = []
            elif kind is None and q.qualifier == "range" and head.lower_ in taxonomy().crowd_verbs:
                kind = "people"                               # "Thousands rally …": a headline verb parsed as noun
            elif kind is None:
                if head.pos_ not in ("NOUN",) or head.text[:1].isupper() or is_measure(head.text):
                    return None
                kind = self._kind_named_before(head) or head.lower_
        if q.unit_start is None:
            doc = self.doc
            additive = (first.i > 0 and doc[first.i - 1].lower_ in ("further", "another", "additional", "extra")) or (
                num.i + 1 < len(doc) and doc[num.i + 1].lower_ == "more")      # "a further 150", "40 more"
            part = refers_back(num, first)       # "a little over a thousand of them", "Of those, 12": the last kind
            restating = restates_count(num)                   # "the figure of 5,000": what the text counts
            # "• Seoul: about 3,000 in Russia": a list line under a claimant's name counts what the list counts
            listed = list_label(self.text, q.start) is not None
            counting = additive or part or (governing_verb(num) or num).lemma_.lower() in _COUNTING_VERBS \
                or restating or listed or _names_the_count(first, num)

            def previous() -> tuple[str, str] | None:
                p = (self._line_before(q.start) if listed else None) or self._previous_any(block, sentence) or (
                    self._story_figure() if restating else None) or (
                    self.last_seen if counting else None)     # "the real figure was …": the story's figure
                p = self._echoed(q, p) or p
                if p is not None and p.claim.counted:
                    used.append(p.claim)
                    return p.claim.counted, p.claim.counted_text or p.claim.counted
                named = antecedent(first, sentences=4) if listed else None   # "… counting soldiers. Here is …:"
                if named is None and (counting or listed) and len(self.context.kinds) == 1:
                    # "How many fighters are in Belarus?" over "• Hajun: about 4,500 have arrived": before any
                    # figure of the body, a count with no noun counts what the headline counts
                    kind = next(iter(self.context.kinds))
                    return kind, kind
                return named
            found = elliptic_kind(num, first, self.text, q.start, previous)
            if found is None:
                return None
            kind, written, head = found
            group = used[-1] if part and used and used[-1].counted == kind else None
            restated = used[-1] if not part and used and used[-1].counted == kind else None
            added_to = restated if additive else None
        if q.lower == q.upper == 1 and _ONE.search(q.text) and (kind not in taxonomy().kinds or (
                num.i + 1 < len(self.doc) and self.doc[num.i + 1].lower_ == "of")):
            return None                                       # "one milblogger said", "one of its engines"
        inc = increment_word(first, num, head)
        if inc and written:
            written = f"additional {written}"               # "a further 2,000 troops": "additional troops"
        verb = governing_verb(head)
        status = status_of(head, num, kind)
        if kind == "people" and status not in _VICTIM_STATUSES:
            prev = self._previous_any(block, sentence)
            if prev is not None and prev.claim.counted == "personnel" or _personnel_subject(verb) \
                    or _mobilised(head, verb):
                kind = "personnel"                            # "9,000 people" in a deployment is troops
        att = self.voices.at(q.start, q.end)
        if self.section == "title" and self.context.lead is not None and (
                att is None or names_lead_speaker(att, self.context.lead, self.context.lead_text)):
            att = replace(self.context.lead, kind="lead")         # "…, ministry says": the ministry the lead names
        media = shown_by_media(num)
        if media is not None and (att is None or att.cue_start < num.sent.start_char
                                  or not att.scope_start <= media[0] < att.scope_end):
            # "Maxar imagery shows 40 helicopters": the owner; "satellite images showed only about 80": the writer's
            # reading (not the last source speaking on); "the army said footage showed …" stays the army's
            att = None if media[2] else Attribution(
                source=self._entity(media[0], media[1]), cue="shows", cue_start=media[0], cue_end=media[1],
                scope_start=num.sent.start_char, scope_end=num.sent.end_char, kind="indirect")
        denied = denied_report(num) if att is not None else None
        if denied is not None:
            att = replace(att, source=self._entity(*denied))      # "dismissed a report that 20,000 troops …"
        if att is not None and is_outlet_by_name(att.source, self.context.outlet) and recaps_itself(
                self._token(att.cue_start)):
            att = None                                        # "As ISW reported on May 2, …" in ISW's own report
        source = att.source if att is not None else None
        owner = owner_in_phrase(toks, head, self.actors) if q.unit_start is not None else None
        if owner is None and force is not None:
            owner = force
        giver = None                          # the possessor of a side's act that gave the owner ("Berlin's pledge")
        victims = status in _VICTIM_STATUSES          # the subject of "killing two civilians" is not their side
        lost = verb is not None and verb.lemma_.lower() in _LOSS_VERBS      # the subject of "lost 300 soldiers" is
        if owner is None and q.unit_start is None and verb is not None and verb.lemma_.lower() in _MEASURING_VERBS:
            # "Russia's contingent in Belarus is about 9,000": the side the measured subject names
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                         and kind_of_text(c.text) == kind), None)
            owner = owner_in_subject(subj, self.actors) if subj is not None else None
        if owner is None and head.dep_ == "pobj" and head.head.lower_ == "of" \
                and noun_word(head.head.head) in taxonomy().side_event_nouns:
            poss = next((c for c in head.head.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            owner = owner_in_subject(poss, self.actors) if poss is not None else None   # "Russia's deployment of …"
            giver = poss if owner is not None and noun_word(head.head.head) in _SUPPLY_NOUNS else None
        if owner is None:
            owner, giver = self._owner_of_set_off(head)   # "Warsaw's latest package — 60 tanks, 14 howitzers …"
        if owner is None and q.unit_start is None and verb is not None and verb.lemma_.lower() in _ESTIMATING_VERBS:
            owner = self._estimated_owner(verb, kind)         # "put the number of Russian troops at 1,000"
        if owner is None and head.dep_ == "attr" and head.head.lemma_ == "be":
            # "Russia's contribution will be about 9,000 troops": the side the copula's subject names
            subj = next((c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                         and c.lemma_.lower() in _SIDE_NOUNS), None)
            owner = owner_in_subject(subj, self.actors) if subj is not None else None
        owner = owner or (None if victims and not lost else owner_from_subject(verb, self.actors, source) or next(
            (o for c in head.children if c.dep_ in ("relcl", "acl")       # "the 40 drones that Russia launched"
             for o in (owner_from_subject(c, self.actors, None),) if o is not None), None))
        if owner is None and not victims and _their_own(head, verb):
            # "Lithuania has raised its alert level. Its army has moved 200 soldiers …", "Warsaw: the ministry …
            # keeps its 10,000 troops": the side a possessive points back to is the country named last before it
            named = self._country_before(q.start, self.voices.block_of(q.start), None)
            if named is not None and named.country and named is not self.context.location:
                owner = Entity(text=named.text, name=country_name(named.country), country=named.country)
        location = location_in_clause(head, verb, self.places, status == "departed")
        in_clause = location is not None
        abroad = owner.country if owner is not None and status in _MOVED + _SUPPLIED else None
        if giver is not None and owner is not None and owner.country:
            # "Berlin's promise of four systems", "Warsaw's package — 60 tanks": the side that gives them is not
            # where they go; its name is no place of theirs
            abroad = owner.country
            if location is not None and location.country == owner.country and not in_clause:
                location = None
        if location is None and country_anaphor(head, verb):
            location = self._country_before(q.start, block, abroad)
        if location is None and owner is not None and owner.country and _held_at_home(head, verb):
            # "North Korea has about 1.2 million troops", "Japan keeps 247,000 personnel": a side's own forces, with
            # no place said, are at home
            location = Place(text=owner.text, name=country_name(owner.country), country=owner.country, kind="country")
        if location is None and q.start in self.event_of:
            location = self.event_of[q.start][1]
        if location is None:
            # "Two civilians were killed in shelling of Nikopol, the governor said": the place of an event told in
            # the same sentence, though the figure is not its own
            location = self.event_places.get(head.sent.start_char)
        if location is not None and location.start is not None and came_from(self.doc, location):
            location = None                    # an event placed where its movers came from ("arrived from Poland")
        if location is not None and abroad and location.country == abroad and not in_clause:
            other = self._place_near(head, block, q.start, abroad)     # an event's place taken from its actors
            location = other if other is not None and other.country != abroad else (
                None if sending_verb(verb) and not home_bound(head, verb) else location)   # "sending 9,000 to its ally"
        if added_to is not None:
            # "Norway has sent seven systems to Moldova. Four more will follow.": more of the same things, from the
            # same side to the same place, even a paragraph later, unless the figure's own clause names them
            owner = owner or added_to.owner
            location = location if in_clause else added_to.location or location
        prev_same = self._previous(block, sentence) or self._previous(block, sentence, kind)
        ownable = kind not in _NOT_OWNED and (kind != "people" or status in _MOVED_BY_SIDE)
        for p in (prev_same, self._previous_any(block, sentence)):
            if p is None:
                continue
            if (ownable or p.claim.counted == kind) and (p.claim.status == status or p.claim.status not in _LOSSES):
                # soldiers' side is not the civilians' after them; "Ukraine has lost 700 tanks, so the 60 will …":
                # a loss's owner is no other figure's
                owner = owner or p.claim.owner
            location = location or p.claim.location
        owner = owner or (None if victims else self._demonym_before(block, q.start) or (
            self._headline_owner(q.start, kind) if ownable else None))
        # sent abroad: "would send 1,200 soldiers", not "would train 300", not "deploy 2,000 to its border"
        home = abroad is not None and sending_verb(verb) and home_bound(head, verb)
        # things a side pledges or hands over go to another ("The Poles will hand over 60 tanks"): not its own soil
        sent_off = abroad if (sending_verb(verb) or giver is not None or status in _SUPPLIED) and not home else None
        if location is None and home:
            location = Place(text=owner.text, name=country_name(abroad), country=abroad, kind="country")
        far = border_far_side(head, verb, self.places) if location is None else None
        if far is not None:
            # "Poland has 2,000 soldiers at the border with Belarus": its own side of the border; a side not named
            # is the claimant's when it is of another country ("the ministry in Vilnius said 200 soldiers moved
            # to the frontier with Belarus"); else the place is left to the usual fallbacks, never across the border
            side = owner if owner is not None and owner.country and owner.country != far.country else None
            if side is None and owner is None and source is not None and source.country \
                    and source.country != far.country:
                side = owner = Entity(text=source.text, name=country_name(source.country), country=source.country)
            if side is not None:
                location = Place(text=side.text, name=country_name(side.country), country=side.country,
                                 kind="country")
                in_clause = True
        location = location or self._place_near(head, block, q.start, abroad, sent_off) \
            or self._fallback_place(sent_off)
        if location is not None and not location.country:
            # a place the gazetteer lacks ("in the Tillaberi region") lies in the country the text is about
            around = self._place_near(head, block, q.start, abroad, sent_off) or self._fallback_place(sent_off)
            if around is not None and around.country:
                location = replace(location, country=around.country)
        if victims and status != "displaced" and owner is None and location is not None and location.country:
            owner = Entity(text=location.text, name=country_name(location.country), country=location.country)
        if not in_clause and owner is not None and location is not None and owner.country == location.country \
                and verb is not None and (lost or verb.lemma_.lower() in _acting_verbs()):
            # "Russia lost 12 tanks near Vuhledar" (a town the gazetteer lacks): the side that loses or acts is the
            # owner, the place the clause names is the place, not the side's own country
            location = unknown_place_in_clause(head, verb, self.places) or location
        location = location or unknown_place_in_clause(head, verb, self.places)
        if owner is not None and location is not None and owner.country == location.country and status in (
                "arrived", "planned") and kind == "personnel" and owner is self.context.owner:
            owner = None                                       # a host country is not the owner of its guests
        if kind == "refugees" and owner is not None and location is not None and owner.country == location.country:
            owner = None          # refugees are from elsewhere: the country they are counted in is their host
        if not in_clause and location is not None and location.kind != "country" and location.country \
                and _whole_of(head, verb):
            # "the overall group will stay at just under 7,500" under a headline on one town: the whole, not the town's
            location = Place(text=location.text, name=country_name(location.country), country=location.country,
                             kind="country")
        if joint_figure(head):
            owner = None                                       # "10,000 troops from both countries": no one side's
        whole = group or self._whole_before(q, first, num, block, sentence)
        if whole is not None and group is None:
            # "2,000 troops, including 300 paratroopers", "40 tanks, 12 of them T-72s": the whole's side, place and
            # state, unless the part's own clause tells them (children and civilians are no side's)
            owner = owner or (whole.owner if ownable else None)
            location = location if in_clause else whole.location or location
            if status in ("present", "reported", UNSTATED):
                status = whole.status
        if group is not None:
            # "Of them, 300 were wounded", "The remaining 20 …": the group's side and place, and its state when the
            # part's own clause only says what the part is ("Of those, 12 were children")
            owner = group.owner or owner
            location = location if in_clause else group.location or location
            if status in ("present", "reported") and (verb is None or verb.lemma_ == "be"):
                status = group.status
        if restated is not None:
            same = [x.claim for b in self.seen.values() for x in b if x.claim.counted == kind
                    and (x.claim.lower, x.claim.upper) == (q.lower, q.upper)]
            first = [x.claim for b in self.seen.values() for x in b if x.claim.counted == kind][:1] if restating else []
            # "nearly 5,000 …; 3,200 arrived. The figure of 5,000 …": the same figure; "put the figure at 50,000":
            # the story's (first) figure of that kind; else the one before
            restated = same[-1] if same else first[0] if first else restated
            if restated is not None and (restated.status == status or restated.status not in _LOSSES
                                         or (restated.lower, restated.upper) == (q.lower, q.upper)):
                # "… the 3,000 that Seoul reported": the side counted and where ("has lost 120 vehicles, so the 30
                # will replace losses": a loss's side and place are no other figure's, but the loss's own figure's)
                if owner is None and kind not in _NOT_OWNED:
                    owner = restated.owner
                if not in_clause and restated.location is not None:
                    location = restated.location
        same_state = None
        if restated is not None and (status == UNSTATED or status == "present" and (verb is None or verb.lemma_ == "be")) \
                and restated.status not in ("present", UNSTATED):
            # "The rebels say they fired eight rockets. The army says there were three.": a bare figure that only
            # says how many of the kind just counted counts them in the same state
            status = restated.status
        elif restated is not None and status == UNSTATED and restated.status == "present":
            same_state = restated.status      # "5,000 are in Belarus, the service said; a channel says 30,000"
        return self._make(q, kind, written, status, owner, location, att, head, block,
                          whole.id if whole is not None and _within(q, whole) else None, same_state)

    def _whole_before(self, q: Quantity, first: Token, num: Token, block: int, sentence: int) -> Claim | None:
        """The claim of the whole a figure is a part of, by a partitive cue: "2,000 troops, including 300
        paratroopers", "150 soldiers, among them 20 officers", "40 tanks, 12 of them T-72s", "… of whom 30": the
        figure before it in its sentence."""
        doc = self.doc
        before = [t.lower_ for t in doc[max(first.sent.start, first.i - 2):first.i]]
        after = [t.lower_ for t in doc[num.i + 1:num.i + 3]]
        cued = before[-1:] == ["including"] or len(before) == 2 and before[0] in ("among", "of") and before[1] in \
            _PART_ANAPHORS or len(after) == 2 and after[0] == "of" and after[1] in _PART_ANAPHORS
        prev = self._previous(block, sentence) if cued else None
        return prev.claim if prev is not None and prev.claim.counted else None

    def _make(self, q: Quantity, kind: str | None, written: str | None, status: str, owner: Entity | None,
              location: Place | None, att: Attribution | None, head: Token, block: int,
              part_of: str | None = None, same_state: str | None = None) -> Claim:
        from sitroom.analyze import modality

        sent = head.sent
        sentence = self.text[sent.start_char:sent.end_char].rstrip()
        evidence = Evidence(sentence=sentence, start=sent.start_char, end=sent.start_char + len(sentence))
        mood = modality.classify(self.doc, head.i, att)
        if mood == "negated" and _NEGATED_BOUND.match(q.text):
            mood = "reported" if att is not None else "asserted"
        claim_date, as_of = self._dates(head, att, q.end)
        if same_state is not None and (as_of is None or as_of.precision in ("day", "time")
                                       and as_of.value[:10] == (claim_date or "")[:10]):
            # a bare figure answering "how many are there" is there too, as of when it is said; one with a time of
            # its own ("the world talked about 3,000 a week ago", "at the peak in August it counted 10,000") recalls
            # an earlier count whose state and time the text leaves open: it stays unstated
            status = same_state
        status = stock_as_of(status, as_of and as_of.relation)
        event = self.event_of.get(q.start)
        return make_claim(self.document_id, self.section, self.text, q, att, counted=kind, counted_text=written,
                          status=status, evidence=evidence, owner=owner, location=location, claim_date=claim_date,
                          as_of=as_of, modality=mood, event_id=event[0] if event else None, part_of=part_of)


    def _in_sentence(self, tok: Token) -> list[Timex]:
        s, e = tok.sent.start_char, tok.sent.end_char
        return list(self.timexes.starting_in(s, e))

    def _dates(self, head: Token, att: Attribution | None, figure_end: int | None = None
               ) -> tuple[str | None, EventDate | None]:
        claim_date = None
        cue_date = None
        if att is not None and att.kind not in ("headline", "lead"):
            cue = self._token(att.cue_start)
            if cue is not None:
                cue_date = assemble.choose_date(self.doc, cue, self._in_sentence(cue))
                claim_date = cue_date.value if cue_date is not None else None
                # a date inside what was said dates the content ("1,000 troops arrived on Sunday, the ministry
                # said"): the figure is not a stock as of the day of saying
                if cue_date is not None and not att.scope_start <= att.cue_start < att.scope_end and not any(
                        not att.scope_start <= t.start < att.scope_end for t in self._in_sentence(cue)):
                    cue_date = None
        if claim_date is None and self.context.published:
            claim_date = self.context.published[:10]
        own = self._in_sentence(head)
        # "up from about 10,000 two weeks ago", "talked about 3,000 a week ago": a time said right after the figure
        # dates it, whatever else the sentence dates
        right_after = [t for t in own if figure_end is not None and not self.text[figure_end:t.start].strip()
                       and t.start >= figure_end]
        if figure_end is not None and not right_after and _NOW_AFTER.match(self.text, figure_end):
            own = []                  # "spoke of 1,500 in mid-October and says more than 10,000 now": as said
        as_of = assemble.choose_date(self.doc, head, right_after or own, own_clause=True) if own else None
        if as_of is not None and cue_date is not None and as_of.value == cue_date.value and as_of.relation == "on":
            as_of = replace(as_of, relation="as_of")             # "said on Monday there are 4,000": as of Monday
        return claim_date, as_of

    def run(self, figures: Sequence[Quantity]) -> list[Claim]:
        out = []
        for q in sorted(figures, key=lambda q: q.start):
            c = self.claim(q)
            if c is None:
                continue
            tok = self._token(q.start)
            block = self.voices.block_of(q.start)
            self.last_seen = _Seen(c, block, tok.sent.start if tok is not None else 0)
            self.seen.setdefault(block, []).append(self.last_seen)
            out.append(c)
        return _restated_states(out)


def _within(q: Quantity, whole: Claim) -> bool:
    """A part is no larger than its whole ("of them, 300" of 2,000)."""
    part = q.lower if q.lower is not None else q.upper
    size = whole.upper if whole.upper is not None else whole.lower
    return part is not None and size is not None and part <= size


def _restated_states(claims: list[Claim]) -> list[Claim]:
    """A figure whose clause states no state ("Almost 7,500, according to both ministries") that the same text gives
    elsewhere with one (same kind and bounds: "Russia said it will withdraw all 7,500 troops") is that figure, in
    that state; with two different states given, it stays unstated."""
    stated: dict[tuple, set[str]] = {}
    for c in claims:
        if c.status != UNSTATED and c.counted:
            stated.setdefault((c.counted, c.lower, c.upper), set()).add(c.status)
    out = []
    for c in claims:
        states = stated.get((c.counted, c.lower, c.upper), set()) if c.status == UNSTATED else set()
        out.append(replace(c, status=next(iter(states))) if len(states) == 1 else c)
    return out


def find_claims(doc: Doc, figures: Sequence[Quantity], *, voices, actors, places, timexes: Sequence[Timex] = (),
                document_id: str = "", section: str = "body",
                event_of: dict[int, tuple[str, Place | None]] | None = None,
                context: Context | None = None, event_places: dict[int, Place] | None = None) -> list[Claim]:
    """Claims of one parsed text (`section` "body" or "title").

    `figures`: its quantities; `voices`: `attribution.discourse(doc, …)`; `actors`/`places`: the resolvers of the same
    doc; `timexes`: its time expressions; `event_of`: figure start → (event id, event place) for figures an event
    carries; `context`: headline owner/place, the lead's source and the publication date; `event_places`: sentence
    start → the place of an event told in that sentence (a fallback for figures no event carries)."""
    return _Finder(doc, voices, actors, places, timexes, document_id, section, event_of or {},
                   context or Context(), event_places).run(figures)

"""Discourse attribution: who speaks where a sentence names no one.

News copy names a source once and keeps it: "The minister said the first units had arrived. The group will number
about 9,000." — the second sentence is still the minister's. `Voices` answers "according to whom" for any span of a
document with these rules, in order:

1. an attribution whose scope covers the span (the sentence-level cues of `find_attributions`);
2. a quotation running over several sentences takes the cue at its close ("“… . … ,” Guler told parliament") or
   its opening ("X said: “… . …”"); a paragraph that is a quotation naming no one goes on quoting the speaker
   the paragraph before ended with;
3. another attribution cue in the same sentence (its scope may stop short of the span);
4. the last source of the paragraph speaks on until another source speaks (a paragraph is a block between blank
   lines; a block ending in a colon — "According to X:" — heads the list that follows it);
5. in the lead paragraph, the headline's source ("…, says X") covers what the lead leaves unattributed, and a
   trailing attribution ("…, the Air Force said.") also covers the lead sentence before it;
6. otherwise the outlet speaks in its own voice (None). A first-person source ("we assess", "our data") is the
   outlet too.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Sequence

from spacy.tokens import Doc

from sitroom.analyze.attribution._cues import CREDIT, actor_like, owned_message, place_before_colon
from sitroom.analyze.attribution._finder import Attributions, source_for
from sitroom.analyze.voices import word_set
from sitroom.countries import countries, norm as country_norm
from sitroom.model import Attribution, Entity
from sitroom.nlp import doc_text

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪►✅❗️⚡]|\d+[.)]\s|[A-Za-z][\w ’'-]{0,40}\s[-–:]\s)")
_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"'}
# what an image or a record shows is read by the writer unless its author is named ("images released by the army")
_EVIDENCE_NOUNS = {"image", "imagery", "footage", "photo", "photograph", "video", "picture", "datum", "data", "figure",
                   "record", "map"}
_TITLES = frozenset("dr mr ms mrs st lt col gen maj sgt capt prof rev sen rep gov adm brig".split())


class _SentenceEnd:
    """A sentence end between two offsets; a title's period ('Dr. Anna Weiss', 'Gen. X') ends none."""
    _END = re.compile(r"[.!?]\s|\n[ \t]*\n")
    _WORD = re.compile(r"(\w+)$")

    def search(self, text: str, start: int, end: int):
        for m in self._END.finditer(text, start, end):
            w = self._WORD.search(text, max(0, m.start() - 6), m.start())
            if m.group().startswith(".") and w is not None and w.group(1).lower() in _TITLES:
                continue
            return m
        return None


_SENTENCE_END = _SentenceEnd()
_QUOTE_REACH = 40            # characters between a quotation mark and the cue that attributes the quotation
_CLOSING_REACH = 90          # after the closing mark, in the same sentence: '…," the hospital's director, Dr. X, told …'


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    block: int


def _past_tense(doc: Doc, sent: _Sentence) -> bool:
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return False
    if "sitroom_language" in doc.user_data:                   # a Russian or Ukrainian Doc (`nlp_slavic`): no VBD tags
        from sitroom.nlp_slavic import past_sentence

        return past_sentence(span)
    root = span.root
    if root.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ not in ("would", "could", "might")
               for c in root.children)


def _future_tense(doc: Doc, sent: _Sentence) -> bool:
    """'The funding will reach …', 'The group is to number …': the main verb of an English sentence is in the future."""
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None or "sitroom_language" in doc.user_data:
        return False
    root = span.root
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in root.children) or (
        root.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                    for c in root.children))


def is_outlet_voice(att: Attribution) -> bool:
    """'we assess', 'our data show', 'according to our monitoring': the writer speaking, i.e. the outlet."""
    if att.source is None:
        return att.carrier is None
    words = att.source.text.lower().split()
    if not words:
        return False
    if len(words) == 1 and words[0] in ("we", "i", "us"):
        return True
    return words[0] in ("our", "my") and words[-1] in word_set("outlet_self_nouns")


def _same_source(a: Attribution, b: Attribution) -> bool:
    if a.source is None or b.source is None:
        return False
    return (a.source.name or a.source.text).lower() == (b.source.name or b.source.text).lower()


class Voices:
    """'According to whom' for every span of one document (see the module docstring for the rules)."""

    def __init__(self, doc: Doc, attributions: Sequence[Attribution], headline: Attribution | None = None,
                 continuations: frozenset[str] = frozenset()):
        self.doc = doc
        self.continuations = continuations
        self.text = doc_text(doc)
        # sorted by cue; the lookups below bisect these lists, so that a span costs O(log n), not a scan of the
        # document's attributions (issue 12: linear time in document length)
        # a transcript's speaker turns (kind "turn", see _cues.speaker_lines) are looked up apart, by offset
        self._turns = sorted((a for a in attributions if a.kind == "turn"), key=lambda a: a.scope_start)
        self._turn_starts = [a.scope_start for a in self._turns]
        self.attributions = Attributions(sorted((a for a in attributions if a.kind != "turn"),
                                                key=lambda a: a.cue_start))
        self._cue_starts = [a.cue_start for a in self.attributions]
        self._longest_cue = max((a.cue_end - a.cue_start for a in self.attributions), default=0)
        self.headline = headline if headline is not None and not is_outlet_voice(headline) else None
        self._blocks = self._block_starts()
        self._sents = [_Sentence(s.start_char, s.end_char, self.block_of(s.start_char)) for s in doc.sents]
        self._sent_starts = [s.start for s in self._sents]
        self._quotes = self._quote_regions()
        self._quote_starts = [q[0] for q in self._quotes]
        self._embedded = {a.cue_start for a in self.attributions if self._in_relative_clause(a)}

    def _in_relative_clause(self, att: Attribution) -> bool:
        """'an attack that the army said involved 40 drones', 'the 300 homes officials say were hit': a report
        inside a relative clause tells who gives one detail of a noun; the sentence around it, and the sentences
        after it, are not that source's ("… 40 drones. Twelve people were killed." is the writer's). 'Officials,
        who said …' (the speaker is the noun itself) is no such report."""
        span = self.doc.char_span(att.cue_start, att.cue_end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        verb = span[0]
        if verb.dep_ != "relcl":
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in word_set("relative_pronouns")
                   for c in verb.children)

    def _reported_detail(self, att: Attribution, start: int) -> bool:
        """A span right after a report in a relative clause, in the same clause ('… that the army said involved 40
        drones hit …'), is what that report gives, though the parse may cut its scope short."""
        return att.cue_end <= start and not re.search(r"[,;:()—–]|\s-\s", self.text[att.cue_end:start])

    def _carrier_before(self, k: int, block: int) -> Attribution | None:
        """The last attribution at index < k in `block` that can speak on (a report in a relative clause cannot)."""
        while k > 0 and self.block_of(self.attributions[k - 1].cue_start) == block:
            if self.attributions[k - 1].cue_start not in self._embedded:
                return self.attributions[k - 1]
            k -= 1
        return None

    def _carrier_after(self, k: int, block: int) -> Attribution | None:
        while k < len(self.attributions) and self.block_of(self.attributions[k].cue_start) == block:
            if self.attributions[k].cue_start not in self._embedded:
                return self.attributions[k]
            k += 1
        return None

    # ------------------------------------------------------------------ layout
    def _block_starts(self) -> list[int]:
        starts = [0] + [m.end() for m in _BLOCK_BREAK.finditer(self.text)]
        merged = [starts[0]]
        headed = False                                     # the current block is a list under "… said:"
        for s in starts[1:]:
            prev = self.text[merged[-1]:s].rstrip()
            item = _LIST_ITEM.match(self.text[s:s + 60]) is not None
            last = prev.rsplit("\n", 1)[-1] if "\n" in prev else prev
            if prev.endswith(":") or (item and _LIST_ITEM.match(last) and (headed or not prev.endswith("."))):
                headed = headed or prev.endswith(":") and item
                continue                                   # "According to X:" and the list it heads: one block
            merged.append(s)                               # (items that end in a full stop too, under a heading)
            headed = False
        return merged

    def block_start(self, block: int) -> int:
        return self._blocks[block] if 0 <= block < len(self._blocks) else 0

    def block_of(self, char: int) -> int:
        return bisect_right(self._blocks, char) - 1

    def _sentence_index(self, char: int) -> int:
        return max(bisect_right(self._sent_starts, char) - 1, 0)

    def _quote_regions(self) -> list[tuple[int, int]]:
        """Quotations, each from its opening mark to its closing one. A quotation runs over paragraphs the way
        news copy writes it: a paragraph that leaves its quotation open and a next one that opens again with the
        same mark are one quotation (“… ¶ “… .”); otherwise a quotation does not cross a paragraph break."""
        out, i, text = [], 0, self.text
        while i < len(text):
            ch = text[i]
            close = _OPEN.get(ch)
            if close is None:
                i += 1
                continue
            k = i
            while True:
                j = text.find(close, k + 1)
                brk = _BLOCK_BREAK.search(text, k + 1)
                if brk is None or (j >= 0 and j < brk.start()):
                    break
                if close != ch and text.startswith(ch, brk.end()) and text.count(ch, k + 1, brk.start()) == 0:
                    k = brk.end()                           # the quotation goes on in the next paragraph
                    continue
                j = -1
                break
            if j < 0:
                i += 1
                continue
            out.append((i, j + 1))
            i = j + 1
        return out

    # ------------------------------------------------------------------ rules
    def at(self, start: int, end: int) -> Attribution | None:
        """The attribution that covers [start, end) by the discourse rules, or None for the outlet's own voice."""
        att = self._find(start, end)
        if att is None or is_outlet_voice(att):
            return None
        return att

    def _quoted_self(self, att: Attribution) -> bool:
        """'“We registered about 12,000 arrivals,” Zawadzki said': a first-person source inside a quotation is the
        quoted speaker's side, not the writer; the quotation's own cue decides."""
        return is_outlet_voice(att) and att.source is not None and self._in_quote(att.cue_start)

    def _find(self, start: int, end: int) -> Attribution | None:
        k = bisect_right(self._turn_starts, start) - 1
        turn = self._turns[k] if k >= 0 and start < self._turns[k].scope_end else None
        if turn is None:
            return self._find_said(start, end)
        # a transcript's speaker turn ("WRONA: …", "PRESENTER: …"): what its own cues credit, else the speaker (a
        # host's turn: the outlet); 'we' in a turn is the speaker's side, and nothing carries in from elsewhere, nor
        # past a sentence in which the speaker speaks of what they themselves see ("WRONA: Minsk says 9,000. What
        # we see today is much less. Fewer than 2,000 have arrived": Wrona's)
        att = self._find_said(start, end)
        if att is None or is_outlet_voice(att) or not turn.scope_start <= att.cue_start < turn.scope_end \
                or (att.kind == "carried" and self._own_view_between(att.cue_end, start)):
            return turn
        return att

    def _find_said(self, start: int, end: int) -> Attribution | None:
        own = source_for(self.attributions, start, end)
        if own is not None and not self._quoted_self(own):
            return own
        quoted = self._quotation(start, end)
        if quoted is not None:
            return quoted
        k = self._sentence_index(start)
        sent = self._sents[k] if self._sents else _Sentence(0, len(self.text), 0)
        lo, hi = bisect_left(self._cue_starts, sent.start), bisect_left(self._cue_starts, sent.end)
        in_sentence = [a for a in self.attributions[lo:hi] if not self._quoted_self(a)
                       and (a.cue_start not in self._embedded or self._reported_detail(a, start))]
        if in_sentence:
            return min(in_sentence, key=lambda a: min(abs(a.scope_start - start), abs(a.scope_end - end)))
        if self._first_person(sent) or self._writer_inference(sent):
            return None                 # "Our own count is lower: we identified 21 trains": the writer speaks
        # blocks grow with the offset: the attributions of this block before the sentence end just before it
        last_before = self._carrier_before(lo, sent.block)
        if last_before is not None and last_before.cue == CREDIT:
            last_before = None                  # a fact box line's bracketed credit is that line's alone
        if last_before is not None:
            return replace(last_before, kind="carried")
        if self.continuations and sent.block > 0 and self._goes_on(sent, hi):
            before = self._end_of_block(sent.block - 1)
            if before is not None:
                return replace(before, kind="carried")
        k = lo - 1
        while k >= 0 and self.attributions[k].cue_start in self._embedded:
            k -= 1
        last_before = self.attributions[k] if k >= 0 else None
        first_after = self._carrier_after(hi, sent.block)
        if sent.block != self._first_block():
            # a sentence between two attributions of the same source is that source's ("The ministry said …
            # ¶ About 200 staff will accompany the brigade. The ministry said …")
            if last_before is not None and first_after is not None and _same_source(last_before, first_after):
                return replace(last_before, kind="carried")
            return self._lead_speaks_on(sent)
        if self.headline is not None:
            return replace(self.headline, kind="headline")
        if first_after is not None and first_after.scope_end <= first_after.cue_start + 1 and \
                first_after.cue_start < sent.end + 400:
            return replace(first_after, kind="carried")
        return None

    def _goes_on(self, sent: _Sentence, hi: int) -> bool:
        """A sentence that opens with a word of going on ("Кроме того, …", "Зокрема, …", "Внаслідок обстрілів …"),
        with no cue after it in its paragraph: it adds to what the paragraph before reported."""
        head = self.text[sent.start:sent.start + 40].lower()
        opens = any(head.startswith(w) and not head[len(w):len(w) + 1].isalpha() for w in self.continuations)
        return (opens or self._adds_to_report(sent)) and self._carrier_after(hi, sent.block) is None

    def _adds_to_report(self, sent: _Sentence) -> bool:
        """A Russian or Ukrainian sentence that adds to a report rather than opening one: "также / також" among its
        first words ("В учениях участвовали также …"), or a summary's agentless passive ("Средствами ПВО сбиты 14
        беспилотников", "За добу знищено 8 танків") naming no one who did it."""
        from sitroom.nlp_slavic import is_predicate, short_passive

        span = self.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None or "sitroom_language" not in self.doc.user_data:
            return False
        language = self.doc.user_data["sitroom_language"]
        words = [t for t in span if t.text[:1].isalpha()]
        if any(t.lower_ in ("также", "також") for t in words[:4]):
            return True
        passive = [t for t in words if short_passive(t.text, language)]
        # the passive the sentence's only predicate, no one named who did it (places are no agents); "В ответ наши
        # подразделения усилили охрану: выставлено 45 постов" is a side telling what it did itself
        return bool(passive) and not any(t.ent_type_ in ("PERSON", "PER", "ORG") for t in words) and not any(
            t.pos_ in ("VERB", "AUX") and is_predicate(t.text, language) for t in words if t not in passive)

    def _end_of_block(self, block: int) -> Attribution | None:
        """Who speaks at the end of `block`: the voice of its last sentence (None for the outlet's own)."""
        k = bisect_left(self._sent_starts, self.block_start(block + 1)) - 1
        if k < 0 or self._sents[k].block != block:
            return None
        last = self._sents[k]
        return self.at(last.start, min(last.start + 1, last.end))

    def _own_view_between(self, lo: int, hi: int) -> bool:
        """A sentence between `lo` and `hi` (or the one holding `hi`) in which the speaker says what they see: 'we see',
        'we count', 'what we see' (first person with a verb of observing)."""
        k, last = self._sentence_index(lo), self._sentence_index(hi)
        for sent in self._sents[k:last + 1]:
            span = self.doc.char_span(sent.start, sent.end, alignment_mode="expand")
            if span is not None and any(t.lower_ in ("we", "i") and t.head.lemma_.lower() in word_set(
                    "observation_verbs") | {"see", "count"} for t in span):
                return True
        return False

    def _first_person(self, sent: _Sentence) -> bool:
        """A sentence in which the writer speaks of its own work outside any quotation — "our team", "our own count",
        "we identified" — is the outlet's own voice: it ends the carry of the last source ("Satellite imagery
        analysed by our team shows …"). "Our artillery", "we took the village" (a side's blogger) are not."""
        span = self.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            if self._in_quote(t.idx):
                continue
            if t.lower_ == "our" and t.head.lemma_.lower() in word_set("outlet_self_nouns") | {"count", "own"}:
                return True
            if t.lower_ == "we" and t.dep_ == "nsubj" and t.head.lemma_.lower() in word_set("observation_verbs"):
                return True
        return False

    def _writer_inference(self, sent: _Sentence) -> bool:
        """'The ministry said 200 tanks had arrived. Satellite images, however, showed only about 80.': a sentence
        whose main verb infers from evidence that is no speaker (images, footage, the figures) is the writer's
        reading, not the last source speaking on."""
        span = self.doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None or self._in_quote(sent.start):
            return False
        root = span.root
        if root.lemma_.lower() not in word_set("inference_verbs"):
            return False
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(c.dep_ == "poss" for c in subj.children):
            return False                # "Their data also show …": the source's own data
        evidence = subj.lemma_.lower() in _EVIDENCE_NOUNS and owned_message(subj) is None
        return evidence or not actor_like(subj)

    def _in_quote(self, char: int) -> bool:
        k = bisect_right(self._quote_starts, char) - 1
        return k >= 0 and self._quotes[k][0] <= char < self._quotes[k][1]

    def _lead_speaks_on(self, sent: _Sentence) -> Attribution | None:
        """The paragraph after the lead, when no one speaks in it, goes on with the lead's one source in what it
        says in the present or future: wire copy and channel posts name the source in the lead and give the
        details next ("The ministry said the brigade will number 4,800. ¶ It will also receive 15 tanks …";
        "X reports: … ¶ In total, losses amount to …"). A past-tense sentence there is background in the outlet's
        voice ("The previous rotation brought 900 soldiers"). Only that paragraph, only a single source, and only
        when no one else speaks in the paragraph ("¶ The extra forces bring the mission to 4,500. Another battalion
        is on standby, an official said": the writer's summary beside a new source) — except for what will happen
        up to the first cue: a plan is someone's announcement, not the writer's knowledge ("The minister announced
        £40 million. ¶ The funding will reach 250,000 people. … according to UNHCR.")."""
        first, block = self._first_block(), sent.block
        if block != first + 1 or _past_tense(self.doc, sent):
            return None
        start = self.block_start(block)
        end = self.block_start(block + 1) if block + 1 < len(self._blocks) else len(self.text)
        if bisect_left(self._cue_starts, end) > bisect_left(self._cue_starts, start) and not _future_tense(self.doc, sent):
            return None                                       # someone speaks in this paragraph
        lead = [a for a in self.attributions[:bisect_left(self._cue_starts, start)]
                if self.block_of(a.cue_start) == first and not is_outlet_voice(a) and a.cue_start not in self._embedded]
        if not lead or any(not _same_source(a, lead[0]) for a in lead[1:]):
            return None
        if self._elsewhere(sent, first):
            return None                                       # background on other countries, in the writer's voice
        return replace(lead[-1], kind="carried")

    def _countries_in(self, start: int, end: int) -> set[str]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return set()
        found = set()
        table = countries()
        for ent in span.ents:
            iso = table.by_name.get(country_norm(ent.text)) if ent.label_ in ("GPE", "LOC") else None
            if iso:                                           # countries as places ("Dutch marines" is no place)
                found.add(iso)
        return found

    def _elsewhere(self, sent: _Sentence, first: int) -> bool:
        """The sentence names countries as places and none of those the lead names: 'Moscow's wider presence in Central Asia
        includes about 7,000 troops in Tajikistan …' after a lead on Kazakhstan is background, not the lead's
        source going on."""
        mine = self._countries_in(sent.start, sent.end)
        if not mine:
            return False
        lead_end = self.block_start(first + 1) if first + 1 < len(self._blocks) else len(self.text)
        return not mine & self._countries_in(self.block_start(first), lead_end)

    def _first_block(self) -> int:
        return self._sents[0].block if self._sents else 0

    def _quotation(self, start: int, end: int) -> Attribution | None:
        k = bisect_right(self._quote_starts, start) - 1        # quote regions do not overlap: only this one can hold it
        if k < 0:
            return None
        qs, qe = self._quotes[k]
        if not (qs <= start and end <= qe):
            return None
        lo = bisect_left(self._cue_starts, qs - _QUOTE_REACH - self._longest_cue)
        hi = bisect_right(self._cue_starts, qe + _CLOSING_REACH)
        closing = [a for a in self.attributions[lo:hi] if qe <= a.cue_start <= qe + _CLOSING_REACH
                   and not _SENTENCE_END.search(self.text, qe, a.cue_start)]
        if closing:
            return replace(closing[0], kind="direct")       # "“… . …,” X said": the cue at the close
        for a in self.attributions[lo:hi]:
            # "X said: “… . …”": the cue right before the opening, in the same sentence (not the end of the
            # paragraph before, whose speaker the quotation's own cue may not be)
            if qs - _QUOTE_REACH <= a.cue_end <= qs and not _SENTENCE_END.search(self.text, a.cue_end, qs):
                return replace(a, kind="direct")
        return self._quote_goes_on(qs)

    def _quote_goes_on(self, qs: int) -> Attribution | None:
        """'“…,” deputy minister X told reporters. ¶ “Crews have trained for six weeks. About 150 are ready.”': a
        paragraph that opens with a quotation and names no one goes on quoting the speaker of the paragraph before,
        when that paragraph ends quoting someone."""
        block = self.block_of(qs)
        start = self.block_start(block)
        if block == 0 or self.text[start:qs].strip():
            return None
        end = self.block_start(block + 1) if block + 1 < len(self._blocks) else len(self.text)
        if bisect_left(self._cue_starts, end) > bisect_left(self._cue_starts, start):
            return None                                       # the paragraph names its own speaker
        k = bisect_left(self._cue_starts, start) - 1
        last = self.attributions[k] if k >= 0 else None
        if last is None or self.block_of(last.cue_start) != block - 1 or last.kind != "direct":
            return None
        return replace(last, kind="direct")

    def lead(self) -> Attribution | None:
        """The first attribution of the lead paragraph (what an unattributed headline summarises)."""
        first = self._first_block()
        for a in self.attributions:
            if self.block_of(a.cue_start) == first and not is_outlet_voice(a) and a.cue_start not in self._embedded:
                return a
        return None


_SAYS_AFTER = re.compile(r"^(?P<content>.+?),\s+(?P<cue>says|say|said|claims|claim|reports|report|warns|warn|tells|"
                         r"estimates|confirms|announces)\s+(?P<source>[^,]{2,80}?)[\s.]*$")
_COLON = re.compile(r"^(?P<source>[^:]{3,70}):\s+(?P<content>\S.+)$")


def headline_attribution(doc: Doc, attributions: Sequence[Attribution], resolve, outlet: str | None = None
                         ) -> Attribution | None:
    """Who a headline quotes: a reporting cue it parses to, else the headline styles "…, says X" and "X: …" (the
    colon only when X names an office or body — "Belarus: troops arrive" is a topic, not a source). A source that is
    the outlet itself (a ministry's own page) is no attribution."""
    text = doc_text(doc)
    att = max(attributions, key=lambda a: a.scope_end - a.scope_start) if attributions else None
    if att is None:
        m = _SAYS_AFTER.match(text)
        first = m and doc.char_span(m.start("source"), m.end("source"), alignment_mode="expand")
        if m is not None and first is not None and (first[0].pos_ in ("VERB", "AUX") or first[0].ent_type_ in (
                "DATE", "TIME")):
            m = None                # "…, reports say", "…, said Tuesday": no speaker after the verb
        if m is not None:
            att = _make(text, resolve, m.start("source"), m.end("source"), m.start("cue"), m.end("cue"),
                        m.start("content"), m.end("content"))
        else:
            m = _COLON.match(text)
            src = m and m.group("source").lower().split()
            roles = word_set("org_roles") | word_set("person_roles")
            if m is not None and src and (src[-1] in roles or src[-1].rstrip("s") in roles
                                          or _named_actor(resolve, m.group("source"))):
                att = _make(text, resolve, m.start("source"), m.end("source"), m.end("source"), m.end("source") + 1,
                            m.start("content"), m.end("content"))
    if att is not None and outlet and att.source is not None and is_outlet_body(att.source.text, outlet):
        return None
    return att


_DETERMINERS = {"the", "a", "an", "its", "their"}


def names_lead_speaker(headline: Attribution, lead: Attribution, text: str | None = None) -> bool:
    """A headline's speaker given only by its office ("…, ministry says", "…, says minister", "Monitor group: …")
    that the lead names in full ("the Kazakh Defence Ministry said", "Defence Minister Ruslan Zhaksylykov told
    parliament", "the monitoring group Border Watch reported"): the same speaker, named by the lead. With the
    document's `text`, the words that introduce the lead's source ("the monitoring group" before a name) count."""
    if headline.source is None or lead.source is None:
        return False
    words = [w for w in re.findall(r"[\w'’-]+", headline.source.text.lower()) if w not in _DETERMINERS]
    roles = word_set("org_roles") | word_set("person_roles")
    named = set(re.findall(r"[\w'’-]+", f"{lead.source.text} {lead.source.name or ''} "
                                        f"{_introduced_by(text, lead.source.start)}".lower()))
    return 0 < len(words) <= 3 and all(w in roles for w in words) \
        and all(any(_same_word(w, n) for n in named) for w in words) and len(named - _DETERMINERS) > len(words)


def _introduced_by(text: str | None, start: int | None) -> str:
    """The words between a determiner and a name ("The independent monitoring group | Border Watch"), at most five;
    nothing when no determiner opens them within five words."""
    if not text or not start:
        return ""
    before = re.findall(r"[\w'’-]+|[^\w\s]", text[max(0, start - 80):start])[-6:]
    for i in range(len(before) - 1, -1, -1):
        w = before[i].lower()
        if w in _DETERMINERS:
            return " ".join(before[i + 1:])
        if not re.match(r"[\w'’-]", w):
            return ""
    return ""


_INFLECTIONS = ("s", "es", "ing", "ers", "er", "ed")


def _same_word(a: str, b: str) -> bool:
    """One word, maybe inflected or derived: a headline's 'monitor group' is the lead's 'monitoring group', its
    'observers' the lead's 'observer mission'."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and long_[len(short):] in _INFLECTIONS


def is_outlet_body(source: str, outlet: str) -> bool:
    """The source is the body that publishes the page, named in part or in full (either name inside the other): 'the
    Ministry of Defence' on the page of the 'Ministry of Defence of Ukraine'. Loose on purpose: a body's own page
    names itself in many ways, and its headline or inner cue is then no attribution of its own."""
    src, out = (re.sub(r"^the\s+", "", x.lower().strip()) for x in (source, outlet))
    return bool(src) and (src in out or out in src)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def is_outlet_by_name(source: Entity | None, outlet: str | None) -> bool:
    """The source is the document's outlet by its exact name, its text without an article, or the outlet's initials
    ('ISW' for 'Institute for the Study of War'). Strict, unlike `is_outlet_body`: the outlet citing itself ('As ISW
    reported on May 2') is told from another body with a longer or shorter name."""
    if source is None or not outlet:
        return False
    out = outlet.strip().lower()
    forms = {(source.name or "").strip().lower(), re.sub(r"^the\s+", "", source.text.strip().lower())}
    return out in forms or (len(_initials(outlet)) >= 2 and source.text.strip() == _initials(outlet))


def _named_actor(resolve, text: str) -> bool:
    """'Lukashenko: 9,000 troops to be stationed …': a person or body the actor dictionary knows (with its sector)
    heads the headline as its speaker; a country or town ('Belarus:', 'Kherson:') is a topic."""
    if resolve is None or len(text.split()) > 4 or place_before_colon(text):
        return False                                      # "Kyiv: …", "Kherson: …": where, not who
    try:
        ent = resolve(text, 0)
    except Exception:
        return False
    return ent is not None and bool(ent.sector) and bool(ent.name)


def _make(text: str, resolve, s: int, e: int, cs: int, ce: int, ss: int, se: int) -> Attribution:
    from sitroom.model import Entity

    ent = None
    try:
        ent = resolve(text[s:e], s) if resolve is not None else None
    except Exception:
        ent = None
    source = Entity(text[s:e], ent and ent.name, ent and ent.country, ent and ent.sector, s, e)
    return Attribution(source=source, cue=text[cs:ce] or ":", cue_start=cs, cue_end=ce, scope_start=ss,
                       scope_end=se, kind="indirect")


def discourse(doc: Doc, attributions: Sequence[Attribution], headline: Attribution | None = None,
              continuations: frozenset[str] = frozenset()) -> Voices:
    """`Voices` over a parsed document; `headline` is the attribution of the headline, if it names a source;
    `continuations`, the opening words of a paragraph that goes on with the paragraph before's source (ru/uk)."""
    return Voices(doc, attributions, headline, continuations)

"""Tense cues that put a weekday after the report: "would meet on Thursday", "are leaving on Friday", "the
election is on Sunday", "the ban takes effect Monday", "protesters planned a rally on Saturday".

News tells past events in the past tense; a weekday whose last tense cue before it is a future-in-the-past
("would"), a present progressive, a copula, a scheduling verb in the present (singular or plural: "meets", "the
leaders meet"; not after did, never or let) or a plan names a day that is still to come (from the document
date). A past cue between that cue and the weekday wins ("would say he had met on
Monday"). Reporting verbs count for neither side: the reported clause keeps its own tense.
"""
from __future__ import annotations

import re

from sitroom.lexicon import words

_SCHEDULED = words("en/timex.json", "scheduled_present_verbs")
# no past form right after a linking verb: "will stay closed", "is expected", "remains suspended" (an adjective or
# a passive participle; "stayed", "remained" are past forms themselves)
NOT_AFTER_LINKING = "".join(rf"(?<!\b{w}\s)" for w in words("en/timex.json", "linking_verbs"))
# a bare form after a past auxiliary is past ("did not meet on Monday"), after "let" an infinitive
_NOT_PAST_AUX = r"(?<!\bdid\s)(?<!\bdid\snot\s)(?<!\bdidn't\s)(?<!\bnever\s)(?<!\blet\s)"
# a bare form after a determiner is a noun: "after it delayed the vote on Monday", "their visit on Friday"
_NOT_DETERMINER = "".join(rf"(?<!\b{w}\s)" for w in ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that"))
# cues that the event lies ahead of the report
_AHEAD = re.compile(
    r"(?i:\b(?:would|'d)\s+(?!have\b|not\s+have\b|n't\s+have\b)"          # future in the past
    r"|\b(?:is|are|am|'re)\s+(?:(?:also|still|now|again|not)\s+)?(?!being\b)[a-z]{2,}ing\b"   # "are leaving"
    r"|\b(?:is|are)\s+(?=(?:on|for|set|slated|scheduled|planned|due|expected|likely)\b)"   # "the election is on Sunday"
    r"|(?<=\w)['\u2019]s\s+(?=(?:set|slated|scheduled|planned|due|expected)\b)"       # "he's due in court on Thursday"
    r"|\b(?-i:may|might)\s+(?!have\b|not\s+have\b|be\s+\w+ed\b)(?:not\s+)?[a-z]{2,}\b"   # "the strike may end on Sunday"
    r"|" + _NOT_PAST_AUX + _NOT_DETERMINER + r"\b(?:" + "|".join(_SCHEDULED) + r")\b"   # "takes effect", "begins", "meet"
    r"|(?<!previously\s)(?<!originally\s)(?<!\bhad\s)(?<!\bas\s)\b(?:plan(?:s|ned)?|planning)\b)")   # "planned a rally on Saturday"
# cues that it is told as past (past forms, and regular -ed forms that are not participles of a plan)
_BEHIND = re.compile(
    r"(?i:\b(?:" + "|".join(words("en/timex.json", "past_forms")) + r")\b"
    r"|" + NOT_AFTER_LINKING + r"(?<!\bthe\s)(?<!\ba\s)\b(?!(?:said|reported|announced|stated|"
    r"added|noted|planned|scheduled|expected|proposed|need|based|united|\w*eed)\b)[a-z]{3,}ed\b)")
# Headlinese: a subject and "to" + a verb, with no finite verb, says what is still to come ("Storm to make landfall
# late Tuesday", "Rail workers to strike on Monday"); not "According to", "Aid to Kyiv", "went to work".
_HEADLINE_TO = re.compile(r"[A-Z][\w'.&-]*(?:,?\s+[\w'.&-]+){0,4}?\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|"
                          r"that|these|those|them|him|us|me|date|day|be\s+(?:\w+ed|\w+en)\s+by)\b)[a-z]{2,}\b")
_NOT_HEADLINE_SUBJECT = re.compile(r"(?i:\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
                                   r"do|does|did|according|due|next|close|prior|thanks|up|back|down|going|able|want|"
                                   r"wants|need|needs|try|tries|agree|agrees|refuse|refuses|seem|seems|appear|appears|"
                                   r"continue|continues|begin|begins|start|starts|how|what|where|when|whether|order)\b)")


def _headline_future(text: str, lo: int, start: int) -> bool:
    m = _HEADLINE_TO.match(text, lo, start)
    if m is None:
        return False
    subject = text[m.start():m.end()].rsplit(" to ", 1)[0]
    return not (_NOT_HEADLINE_SUBJECT.search(subject) or _BEHIND.search(subject))


_SENTENCE_START = re.compile(r"[.!?;]['\"]*\s+(?=[A-Z\"'(`])|\n\s*\n")


_CLAUSE_END = re.compile(r"[,.;:!?()]|\s(?:and|but|when|after|before)\s")


_SCHEDULED_WORD = re.compile(r"(?i:" + "|".join(_SCHEDULED) + r")")
_CLAUSE_OPEN = re.compile(r"[,;:()]|\s(?:and|but|when|after|before|while|as|if|that|who|which)\s")


def _past_verb_in_clause(text: str, lo: int, at: int) -> bool:
    """A past form before `at` in the same clause (no comma, conjunction or relative word between)."""
    opens = list(_CLAUSE_OPEN.finditer(text, lo, at))
    return _BEHIND.search(text, opens[-1].end() if opens else lo, at) is not None


def ahead_of_report(text: str, start: int, end: int) -> bool:
    """True when the last tense cue in the sentence before `start` puts the event after the report, and no past
    form follows the expression in its clause ("a service planned for Saturday was cancelled"). A possessive
    ("would fight Wednesday's ruling") names an event of its own, outside the clause's tense."""
    if text.startswith("'s", end) or text.startswith("\u2019s", end):
        return False
    stop = _CLAUSE_END.search(text, end, end + 60)
    if _BEHIND.search(text, end, stop.start() if stop else min(len(text), end + 60)):
        return False
    lo = max(0, start - 160)
    ends = list(_SENTENCE_START.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    last_ahead = None
    for m in _AHEAD.finditer(text, lo, start):
        if _SCHEDULED_WORD.fullmatch(m.group(0)) and _past_verb_in_clause(text, lo, m.start()):
            continue    # "survived a confidence vote on Tuesday": after its clause's past verb, a noun (the object)
        last_ahead = m
    if last_ahead is None:
        head = _HEADLINE_TO.match(text, lo, start) if _headline_future(text, lo, start) else None
        return head is not None and _BEHIND.search(text, head.end(), start) is None
    return _BEHIND.search(text, last_ahead.end(), start) is None


def past_in_clause(text: str, start: int) -> bool:
    """A past form before `start` in its own clause of the sentence ("the euro weakened, and analysts see no
    rebound before the summer": not for "the summer")."""
    lo = max(0, start - 160)
    ends = list(_SENTENCE_START.finditer(text, lo, start))
    return _past_verb_in_clause(text, ends[-1].end() if ends else lo, start)


def told_as_past(text: str, start: int) -> bool:
    """A past form in the sentence before `start` ("the plant had been closed by December")."""
    lo = max(0, start - 160)
    ends = list(_SENTENCE_START.finditer(text, lo, start))
    return _BEHIND.search(text, ends[-1].end() if ends else lo, start) is not None


_FOR_BEFORE = re.compile(r"(?i:\bfor\s+(?:(?:late|early)\s+)?$)")


def target_ahead(text: str, start: int, end: int) -> bool:
    """'called a rally for Saturday', 'a vote set for Tuesday': a day after 'for' is an appointment's, ahead of the
    report, unless a past form follows it in its clause ('the rally for Saturday was dispersed') or it
    names an event of its own ('for Saturday's match')."""
    if not _FOR_BEFORE.search(text, max(0, start - 14), start):
        return False
    if text.startswith("'s", end) or text.startswith("\u2019s", end):
        return False
    stop = _CLAUSE_END.search(text, end, end + 60)
    return _BEHIND.search(text, end, stop.start() if stop else min(len(text), end + 60)) is None


# the expression's own verb a scheduling verb in the present: "the law takes effect Jan. 1", "talks resume on Feb. 3"
_OWN_SCHEDULED = re.compile(r"(?i:" + _NOT_PAST_AUX + r"\b(?:" + "|".join(_SCHEDULED) + r")\s+(?:[a-z]+\s+){0,2}?"
                            r"(?:(?:on|from|in|at)\s+)?$)")


def scheduled_verb_before(text: str, start: int) -> bool:
    return _OWN_SCHEDULED.search(text, max(0, start - 50), start) is not None

"""Cheap features of one line of a scraped page: is it body prose, boilerplate, a caption?

General rules of news pages, no parsing: sentence punctuation at the end, word count, a finite verb,
title case, the boilerplate lexicon (data/en/clean.json)."""
from __future__ import annotations

import re

from sitroom.clean._lexicon import boilerplate_pattern, caption_pattern, family_pattern

_BULLET = re.compile(r"^(?:[*+•·▪►»◦‣–-]|\d{1,2}[.)](?=\s))\s+")
_SENTENCE_END = re.compile(r"(?:[.!?…。！？]|[.!?][\"”’'»)\]]+|[:;])\s*(?:\[\d+\])?$")
_INNER_BREAK = re.compile(r"[a-z\u00e0-\u00ff][.!?][\"”’)]?\s+[A-Z\u00c0-\u00de]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Auxiliaries and frequent verbs of news English: enough to tell "Fighting continued." from "World News."
_VERBS = frozenset("""
is are was were be been being am has have had do does did will would can could may might must shall should
said says say told tells added noted warned announced reported claimed denied confirmed stated insisted
went came got made took gave saw left began continued remains remained died killed fled arrived
""".split())
_VERB_SUFFIX = re.compile(r"^[a-z]{3,}(?:ed|es)$")
# A web address as a word: a scheme or "www." (_URL), or the rest of one, a path ("ua/content/1.html", "https:/…")
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:/|www\.)\S*$", re.I)
_URL_PART = re.compile(r"^[\w.:%()-]*/\S*$|^h(?:t(?:t(?:ps?)?)?)?:?(?:\.{1,3}|…)$")   # or one cut short: "ht..."
# What a list of links has between its addresses: separators, elisions, and the "dot" of addresses written out
# ("https://www dot example.org/…") so that they are not links
_LINK_FILLER = frozenset({"dot", "and", ".", ";", ",", "|", "...", "…", "-", "–", "—"})


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line.strip())


def one_spaced(line: str) -> str:
    """The line with each run of white space (no-break, thin and other Unicode spaces too) one plain space."""
    return " ".join(line.split())


def weight(line: str) -> int:
    """Word count; CJK text counts one word per two characters (no spaces between words)."""
    cjk = len(_CJK.findall(line))
    return len(line.split()) + cjk // 2


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def has_finite_verb(line: str) -> bool:
    words = [w.lower() for w in _WORD.findall(line)]
    return any(w in _VERBS or _VERB_SUFFIX.match(w) for w in words[1:] or words)


def title_case_ratio(line: str) -> float:
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def is_prose(line: str, min_words: int = 6) -> bool:
    """A line of running text: a sentence (final punctuation, enough words or a verb), or a long
    unpunctuated stretch of mostly lower-case words."""
    w = weight(line)
    if ends_sentence(line):
        if line.rstrip().endswith((":", ";")) and w < 2 * min_words:
            return w >= min_words and title_case_ratio(line) < 0.6
        if w >= min_words:
            return w >= 10 or title_case_ratio(line) < 0.75 or has_finite_verb(line)
        return w >= 2 and has_finite_verb(line) and title_case_ratio(line) < 0.75
    # Long text without final punctuation: prose only with a sentence break inside and few commas
    # (keyword and tag lists are comma- or space-separated runs of words).
    return (w >= 20 and title_case_ratio(line) < 0.5 and bool(_INNER_BREAK.search(line))
            and line.count(",") < w / 6)


def is_headline(line: str) -> bool:
    """A headline: 3-30 words, no final full stop (a question or exclamation is fine)."""
    w = weight(line)
    return 3 <= w <= 30 and not line.rstrip().endswith((".", ":", ";", ",")) and not is_boilerplate(line, False)


LINK_RUN = 3   # consecutive lines of bare links that make a references list (one or two may be content: a shop link)


def is_link_line(line: str) -> bool:
    """A line of bare web addresses ("https://t.me/a/1; https://www dot example.org/b.html")."""
    words = [w.strip(";,()[]<>") for w in line.split()]
    if not any(_URL.match(w) for w in words):
        return False
    # a word after a written-out "dot" is a domain label ("https://www dot example dot org/…")
    return all(not w or w in _LINK_FILLER or _URL_PART.match(w) or _URL.match(w) or i and words[i - 1] == "dot"
               for i, w in enumerate(words))


def reference_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines in runs of at least LINK_RUN bare-link lines: the references or sources list of an
    analysis or wiki page, not its text (a link under each item of a list, "1) … / http://…", is not a run)."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines):
        if line.strip() and is_link_line(line.strip()):
            run.append(i)
        elif line.strip():                                    # (blank lines between the links of one list)
            out.update(run if len(run) >= LINK_RUN else ())
            run = []
    out.update(run if len(run) >= LINK_RUN else ())
    return out


def is_boilerplate(line: str, prose: bool) -> bool:
    """Navigation, social, newsletter, promotion and copyright lines. Prose lines are spared unless
    the line opens with the promotional phrase (imperative "Subscribe ...", "Follow us ...") and is short,
    opens with a call to the reader ("Click here to ...") or is a copyright notice; menu and footer links
    ("About us", "Home", "Next") never take a prose line ("About a thousand troops arrived on Sunday."). Any run of white space (a no-break space between "Click" and "here") is one space."""
    line = one_spaced(line)
    if family_pattern("copyright").search(line) and weight(line) <= 40:
        return True
    if family_pattern("call_to_action").match(line) and weight(line) <= 40:
        return True
    if not prose and family_pattern("menu").search(line):
        return True
    m = boilerplate_pattern().search(line)
    if not m:
        return False
    if not prose:
        return True
    return m.start() == 0 and weight(line) <= 15


def is_caption(line: str) -> bool:
    """A photo/video caption or credit line. A sentence counts only with an explicit "(Photo: ...)" marker."""
    line = one_spaced(line)
    m = caption_pattern().search(line)
    if not m:
        return False
    return not ends_sentence(line) or m.group(0).startswith("(")


def is_credit_only(line: str) -> bool:
    """A bare credit such as "(Reed Saxon / Associated Press)" or "Photo: AFP" - it belongs to the line above."""
    s = one_spaced(line)
    return bool(caption_pattern().search(s)) and weight(s) <= 8 and not ends_sentence(s.rstrip(")"))

"""What the analysis reads of a post: links, emoji, and the hashtags and @mentions that tag a post (a run of them at
the start or end of a line) are blanked out; a tag inside a sentence ("shelling of #Kharkiv") loses only its sign.
The result has the text's length, so every offset still points into the document text, which keeps them all."""
from __future__ import annotations

import re
import unicodedata

_LINK = re.compile(r"\b(?:https?://|www\.)\S+|\bt\.me/\S+", re.I)
_TAG = re.compile(r"(?<![\w@#])[#@][^\W_][\w.]*(?<!\.)")
# Emoji and pictographs (So), their modifiers, joiners and variation selectors, regional-indicator flags.
_EMOJI_PARTS = frozenset({"\u200d", "\u20e3", "\ufe0e", "\ufe0f"})
_LETTER = re.compile(r"[^\W\d_]|\d")
_CLOSED = re.compile(r"[.!?…。！？:;][\"”’'»)\]]*\s*\Z")


def _is_emoji(ch: str) -> bool:
    return ch in _EMOJI_PARTS or unicodedata.category(ch) == "So" or "\U0001f3fb" <= ch <= "\U0001f3ff"


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\n":
            chars[i] = " "


def analysable_text(text: str) -> str:
    """`text` with links, emoji and tagging hashtags/@mentions replaced by spaces (same length, same line breaks)."""
    if not any(c in text for c in "#@/") and text.isascii():
        return text
    chars = list(text)
    for m in _LINK.finditer(text):
        _blank(chars, m.start(), m.end())
    for i, ch in enumerate(text):
        if ord(ch) > 0x2000 and _is_emoji(ch):
            chars[i] = " "
    masked = "".join(chars)
    pos = 0
    for line in masked.split("\n"):
        tags = list(_TAG.finditer(line))
        for m in tags:
            before = _TAG.sub(" ", line[:m.start()])
            after = _TAG.sub(" ", line[m.end():])
            if not _LETTER.search(before) or not _LETTER.search(after):
                _blank(chars, pos + m.start(), pos + m.end())      # a tag of the post, not a word of a sentence
            else:
                chars[pos + m.start()] = " "                        # "#Kharkiv" in a sentence is the word Kharkiv
        pos += len(line) + 1
    return "".join(chars)


def closed_text(text: str) -> str:
    """The text the parser reads: a text that stops without final punctuation (a post, a headline, a lede without its
    full stop) ends its sentence there, so it gets the full stop it implies. Every offset below len(text) is unchanged;
    the added stop lies past the end of the document text."""
    return text if not text.strip() or _CLOSED.search(text) else text + "."

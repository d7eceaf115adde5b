"""The one options object of the clean stage, and its error."""
from __future__ import annotations

from dataclasses import dataclass

from sitroom.ingest import IngestError


@dataclass(frozen=True)
class CleanOptions:
    """How `clean_document` treats a page.

    captions: collect photo captions and credits into Document.captions (False: drop them).
    captions_in_body: also leave captions in the body text (off: body is article prose only).
    min_sentence_words: a line with fewer words counts as body text only when it has a finite verb.
    body_block: plain text only - keep the densest block of prose lines (drops teasers, comments and
        menus around the article); off keeps every prose line of the page.
    dedupe_lines: drop a line identical to an earlier one.
    favor_precision: passed to trafilatura for HTML (less boilerplate, sometimes less text).
    detect_language: run py3langid on the clean text.
    language_sample: how many characters of the clean text the language guess reads.
    """
    captions: bool = True
    captions_in_body: bool = False
    min_sentence_words: int = 6
    body_block: bool = True
    dedupe_lines: bool = True
    favor_precision: bool = True
    detect_language: bool = True
    language_sample: int = 3000


class CleanError(IngestError):
    """No body text remains after cleaning. `origin` names the document, `reason` says why."""

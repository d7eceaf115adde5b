"""sitroom.clean: main text, metadata and language of a RawDocument (HTML via trafilatura, scraped
plain text via our own line rules)."""
from sitroom.clean._dateline import parse_dateline
from sitroom.clean._document import clean_document
from sitroom.clean._html import clean_html
from sitroom.clean._language import detect_language, language_blocks, letters_language
from sitroom.clean._options import CleanError, CleanOptions
from sitroom.clean._social import analysable_text, closed_text
from sitroom.clean._text import clean_plain_text

__all__ = ["CleanError", "analysable_text", "closed_text", "CleanOptions", "clean_document", "clean_html", "clean_plain_text", "detect_language",
           "language_blocks", "letters_language", "parse_dateline"]

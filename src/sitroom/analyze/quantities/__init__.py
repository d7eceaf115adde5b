"""quantities: figures in text — bounds, qualifier (about, up to, more than …), unit and what is counted.

`find_quantities(doc)` reads a parsed text; `find_quantities_in_text(text)` parses first.
Private: `_numbers` (number words and digits), `_context` (qualifiers and units around a number), `_reader`.
"""
from sitroom.analyze.quantities._reader import find_quantities, find_quantities_in_text

__all__ = ["find_quantities", "find_quantities_in_text"]

"""attribution: who says so — reporting cues (said, according to, citing …) and the sources they name.

`find_attributions(doc, resolve_entity)` lists every attribution in a parsed text, with the source and the carrier
(the outlet or channel that passes a source on); `source_for(attributions, start, end)` picks the one covering a span.
Private: `_cues` (cue patterns), `_sources` (naming and resolving sources), `_finder`.
"""
from sitroom.analyze.attribution._finder import find_attributions, source_for

__all__ = ["find_attributions", "source_for"]

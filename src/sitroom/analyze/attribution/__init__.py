"""attribution: who says so — reporting cues (said, according to, citing …) and the sources they name.

`find_attributions(doc, resolve_entity)` lists every attribution in a parsed text, with the source and the carrier
(the outlet or channel that passes a source on); `source_for(attributions, start, end)` picks the one covering a span.
`discourse(doc, attributions, headline)` gives `Voices`, which answers "according to whom" for any span, also where
the sentence names no one (the paragraph's source speaks on, quotations over several sentences, "According to X:"
lists, the headline's "…, says X" over the lead; `names_lead_speaker`: a headline's "ministry says" is the lead's named
ministry; `is_outlet_body(source, outlet)`: the page's own body speaking, named in part or in full;
`is_outlet_by_name(source, outlet)`: the outlet by its exact name or initials; `place_before_colon(name)`: a place
heading a line before its colon is its topic, not its source). For a figure's claimant: `denied_report(token)` (the report in
"dismissed a report that N …") and `shown_by_media(token)` (what pictures show: their owner, or the writer).
Private: `_cues` (cue patterns), `_figures` (a figure's claimant past its sentence's cue), `_sources` (naming and resolving sources), `_finder`, `_discourse`.
"""
from sitroom.analyze.attribution._figures import denied_report, shown_by_media
from sitroom.analyze.attribution._cues import place_before_colon
from sitroom.analyze.attribution._discourse import (Voices, discourse, headline_attribution, is_outlet_body,
                                                   is_outlet_by_name, is_outlet_voice, names_lead_speaker)
from sitroom.analyze.attribution._finder import Attributions, find_attributions, source_for
from sitroom.analyze.attribution._slavic import slavic_attributions, slavic_source_for, slavic_voices

__all__ = ["Attributions", "Voices", "denied_report", "discourse", "find_attributions", "headline_attribution", "is_outlet_body", "is_outlet_by_name", "is_outlet_voice", "names_lead_speaker", "place_before_colon", "shown_by_media", "source_for", "slavic_attributions", "slavic_source_for", "slavic_voices"]

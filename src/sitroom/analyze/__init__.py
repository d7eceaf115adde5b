"""analyze: one clean document in, events with dates, figures, sources, modality and evidence out.

One spaCy parse per text (`sitroom.nlp`), then one subpackage per layer, each with private `_modules` and a small
public surface in its `__init__`:

- `timex/`: time expressions, resolved to TimeML values against the document date (`tag_timexes`).
- `quantities/`: figures with bounds and qualifiers (`find_quantities`).
- `attribution/`: who says so — reporting cues and their sources (`find_attributions`, `source_for`).
- `modality/`: asserted, reported, planned, alleged, negated … for one event (`classify`).
- `actors/`: names, roles and groups to entities with countries (`ActorResolver`, `lookup_actor`).
- `places/`: place names to gazetteer places (`PlaceResolver`, `lookup_place`).
- `coder/`: PLOVER events from the parse (`code_events`, `main_event`); its argument finders live in `coder/args/`.
- `claims/`: every figure that counts something as a `Claim` — counted kind, owner, place, status, claimant by the
  discourse rules of `attribution.Voices`, claim and as-of dates (`find_claims`); the headline is parsed on its own.
- `voices`: the reporting-verb and modality-cue lexicon shared by attribution and modality.

`analyze(document)` (in `_pipeline`) joins the layers (`analyze_batch(documents)` parses many through `nlp.pipe`); `_assemble` holds the joining rules (dates and figures to
events, narrative dates and places).
"""
from sitroom.analyze._pipeline import AnalyzeOptions, analyze, analyze_batch, document_date

__all__ = ["AnalyzeOptions", "analyze", "analyze_batch", "document_date"]

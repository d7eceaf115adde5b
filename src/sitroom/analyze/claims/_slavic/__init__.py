"""Figure claims of a Russian or Ukrainian text: the `Claim` records of the English finder, from the ru/uk layers.

    find_claims_slavic(text, language, document_id=…, published=…, timexes=…) -> list[Claim]
    find_claims_slavic(text, language, doc=…, actors=…, places=…, voices=…, event_of=…, context=…)

What a claim gets, and from where:
- bounds and qualifier: the ru/uk number reader (`find_quantities_slavic`); measures, time, money and percentages
  are skipped (data/<lang>/claim_kinds.json `not_counted`), and so is a figure inside a time expression;
- counted kind: data/<lang>/claim_kinds.json, the canonical kinds of data/en/claim_kinds.json; a bare figure after a
  dash or colon counts the noun before it ("танків — 3 350"); a bare figure right after "будет / буде / составит"
  counts its subject: a counted noun before it in its clause ("российских военных … будет около 9 тысяч"), or for
  "их / їх" the counted noun of the two sentences before ("Всего их будет около 9 тысяч"), whose owner it takes;
- source and carrier: `attribution.Voices` — the English discourse rules (the paragraph's source speaks on, a quote
  over several sentences, the lead's source over the next paragraph) over the ru/uk attributions;
- status: data/<lang>/claim_status.json, from the figure's own clause: the counted noun ("200 погибших"), a loss
  noun ("потери составили", "втрати": killed for people, destroyed for things), else the status word nearest to the
  figure (a participle reads as its verb: "уничтожено", "ліквідовано"); a future ("составит", "будут призваны",
  "планує") makes a flow planned (a pledge stays pledged); a figure with no status word of its own (a bullet list)
  takes the status of the figure before it in the paragraph; a count of attacks with a verb ("провів 96 атак") is
  attacked; else "reported";
- owner: a country adjective or a country's people in the counted phrase ("российских военных", "росіяни"), an
  actor named in it ("бойцов ЧВК «Вагнер»"), the other side ("противник", "ворог"; "окупанти", "рашисти" always
  Russia), the subject of a verb of having, sending, firing or losing; else the figure before it in the paragraph,
  a country adjective before it in the paragraph (for troops and gear also a group noun's genitive owner, "с
  техникой ВС РФ", and "наши / наші" before a group noun: the speaker's side), for troops and gear in an item of a
  bulleted list ("📍 …", "• …") the owner of the last such figure of the items before (prose paragraphs do not
  go on with another's side), the headline (its country
  word of what it counts first: "На белорусские аэродромы перебазированы российские истребители" is Russian);
- location: a place after a place preposition in the clause ("в Беларусь", "на станцию Осиповичи", "по території
  України"), the place a leaving verb leaves, the subject of a receiving verb ("Україна отримала"); else the event's
  place, the figure before it, a place in the sentence or the paragraph before it, the headline, the country the
  document is most about;
- modality (`modality.slavic_modality`), claim date (the attributing cue's date, else publication) and as-of date
  (`_assemble.choose_date` in the figure's sentence), evidence sentence with offsets, event id.

Modules: `_tables` (the word lists of data/<lang>/, constants, who the enemy is), `_counted` (what a figure counts:
kind, bare and elided figures, partitives), `_status`, `_owner`, `_where` (location), `_finder` (one figure's claim
from those, dates and modality; `find_claims_slavic`), `_headline`.
"""
from sitroom.analyze.claims._slavic._counted import kind_of_slavic
from sitroom.analyze.claims._slavic._finder import find_claims_slavic
from sitroom.analyze.claims._slavic._headline import slavic_headline
from sitroom.analyze.claims._slavic._tables import other_slavic

__all__ = ["find_claims_slavic", "kind_of_slavic", "other_slavic", "slavic_headline"]

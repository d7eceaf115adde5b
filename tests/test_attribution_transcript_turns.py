"""A broadcast transcript or interview names its speaker in capitals before a colon at the start of each turn
(issue 10, outlet batches 6 and 7): the speaker is the source of the turn's figures unless a cue inside the turn
names another; a host's turn ('PRESENTER: …', 'ANCHOR: …') is the outlet's own voice."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id

TEXT = """Vilnius, 4 March (Example Radio)

HOST: Joining us is Marta Novak, who monitors the crossings. Officials say the camp is nearly empty.

NOVAK: We counted about 4,000 fighters there last month. Now we see perhaps 600 left.

HOST: Some 2,000 police officers will be moved east.

NOVAK: Maybe. The ministry says 900 trucks crossed on Friday.
"""


def _who(figure: str) -> str | None:
    ex = analyze(Document(id=content_id(TEXT), text=TEXT, published="2024-03-04", outlet="Example Radio"))
    c = next(c for c in ex.claims if c.text == figure)
    return None if c.source is None else f"{c.source.name or ''} | {c.source.text}".lower()


def test_the_speaker_of_a_turn_is_the_source_of_its_figures_also_after_we():
    assert "novak" in (_who("about 4,000") or "")
    assert "novak" in (_who("perhaps 600") or "")


def test_a_hosts_turn_is_the_outlets_own_voice_not_the_last_speaker():
    assert _who("Some 2,000") is None


def test_a_cue_inside_a_turn_names_its_own_source():
    assert "ministry" in (_who("900") or "")

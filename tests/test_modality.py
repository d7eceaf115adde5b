"""Modality layer: one small wire-style fixture per rule (not from the dev set)."""
from __future__ import annotations

import pytest

from sitroom.analyze.attribution import find_attributions, source_for
from sitroom.analyze.modality import PRIORITY, classify
from sitroom.model import MODALITIES
from sitroom.nlp import parse


def mood(text: str, trigger: str) -> str:
    doc = parse(text)
    i = text.index(trigger)
    tok = doc.char_span(i, i + len(trigger), alignment_mode="expand")[0]
    att = source_for(find_attributions(doc), tok.idx, tok.idx + len(tok.text))
    return classify(doc, tok.i, att)


def test_priority_covers_every_modality():
    assert set(PRIORITY) == set(MODALITIES) and len(PRIORITY) == len(MODALITIES)


@pytest.mark.parametrize("text,trigger,expected", [
    # asserted: outlet voice
    ("Separatist fighters seized the regional airport on Saturday.", "seized", "asserted"),
    ("The bombardment of the harbour lasted two days.", "bombardment", "asserted"),
    # reported: neutral reporting verbs, according to, passive by-agent
    ("The navy said its patrol boats intercepted a smuggling vessel.", "intercepted", "reported"),
    ("Three medics were wounded, according to the health ministry.", "wounded", "reported"),
    ("The capture of the depot was confirmed by the general staff.", "capture", "reported"),
    # claimed
    ("The militia claimed that its fighters downed a helicopter.", "downed", "claimed"),
    ("Baku accused Yerevan of mining the road.", "mining", "claimed"),
    # alleged: hedges on the event
    ("Troops allegedly looted the pharmacy.", "looted", "alleged"),
    ("The so-called annexation was condemned at the UN.", "annexation", "alleged"),
    ("The purported assassination plot was foiled.", "plot", "alleged"),
    # planned
    ("France will send two more frigates to the Black Sea.", "send", "planned"),
    ("The council intends to evacuate the hospital.", "evacuate", "planned"),
    ("The helicopters are to be delivered by December.", "delivered", "planned"),
    ("The ministry said that extra brigades would be deployed to the north.", "deployed", "planned"),
    # ordered
    ("The prosecutor ordered the arrest of the two officers.", "arrest", "ordered"),
    ("The governor told residents to shelter in basements.", "shelter", "ordered"),
    ("Border guards were instructed to close the crossing.", "close", "ordered"),
    # threatened
    ("The rebel leader threatened to blow up the dam.", "blow", "threatened"),
    ("Pyongyang warned that it would test another missile.", "test", "threatened"),
    # hypothetical
    ("The militia could seize the mine within days.", "seize", "hypothetical"),
    ("A likely assault on the port worries shipping firms.", "assault", "hypothetical"),
    ("A ground invasion would devastate the enclave.", "devastate", "hypothetical"),
    # conditional
    ("If the dam breaks, the army will evacuate the valley.", "evacuate", "conditional"),
    ("The troops will withdraw unless they are reinforced.", "withdraw", "conditional"),
    ("The envoy said Turkey would intervene if the corridor were closed.", "intervene", "conditional"),
    # denied
    ("The junta denied that soldiers had burned the village.", "burned", "denied"),
    ("Damascus rejected reports that it had used chlorine.", "used", "denied"),
    # negated
    ("The ferry did not leave the port.", "leave", "negated"),
    ("No shots were fired at the checkpoint.", "shots", "negated"),
    ("None of the hostages have been released.", "released", "negated"),
    ("The rescuers failed to reach the collapsed mine.", "reach", "negated"),
    ("The general said his units had never entered the city.", "entered", "negated"),
])
def test_modality_rules(text, trigger, expected):
    assert mood(text, trigger) == expected


def test_priority_conditional_over_threat():
    assert mood("Ankara warned it would launch an operation if the attacks continued.", "launch") == "conditional"


def test_priority_negated_over_claimed():
    assert mood("The commander insisted his men had not shelled the school.", "shelled") == "negated"


def test_priority_hypothetical_over_reported():
    assert mood("Experts said the strike might trigger a wider war.", "trigger") == "hypothetical"


def test_self_reporting_act_is_asserted_but_warning_is_a_threat():
    assert mood("The defence ministry announced new drills near the border.", "announced") == "asserted"
    assert mood("The defence ministry warned that the drills would expand.", "warned") == "threatened"


def test_every_result_is_a_known_modality():
    text = "Officials reportedly said troops might not be withdrawn unless talks resume."
    doc = parse(text)
    atts = find_attributions(doc)
    for tok in doc:
        assert classify(doc, tok.i, source_for(atts, tok.idx, tok.idx + len(tok.text))) in MODALITIES


def test_expect_with_clause_is_a_plan():
    assert mood("Diplomats expect the border crossing to reopen on Monday.", "reopen") == "planned"

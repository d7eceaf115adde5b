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


# One sentence per branch of the rules (conditions, governors, hedges, stance of the attribution cue), each with a
# near miss that must NOT take the modality: a rule that stops firing, or fires everywhere, fails here.
@pytest.mark.parametrize("text,trigger,expected", [
    # the reporting act itself: asserted, except a threat
    ("The rebels threatened to storm the town.", "threatened", "threatened"),
    ("Moscow threatened Kyiv with retaliation.", "threatened", "threatened"),
    ("The army claimed that its troops captured the village.", "claimed", "asserted"),
    ("The army said its troops captured the village.", "said", "asserted"),
    # the stance of the attribution cue
    ("The army claimed its troops captured the village.", "captured", "claimed"),
    ("Police denied that officers beat the protesters.", "beat", "denied"),
    ("The general ordered that the bridge be destroyed.", "destroyed", "ordered"),
    ("The president instructed the army to withdraw.", "withdraw", "ordered"),
    ("The ministry threatened that the troops would retaliate.", "retaliate", "threatened"),
    ("Officials warned that the militia could attack the convoy.", "attack", "threatened"),
    ("Officials warned that the convoy was attacked.", "attacked", "reported"),     # a warning without a modal
    ("Reports of shelling near the plant were denied by Moscow.", "shelling", "denied"),
    ("Looting by soldiers was reported by witnesses.", "Looting", "reported"),
    ("The army said it had shelled the depot and added that the bridge was destroyed.", "destroyed", "reported"),
    ("Troops shelled the depot and seized the bridge, the army said.", "seized", "reported"),
    # hedges
    ("The rebels reportedly seized the airport.", "seized", "alleged"),
    ("The rebels quickly seized the airport.", "seized", "asserted"),              # any other adverb: no hedge
    ("A purported video shows soldiers looting a shop.", "looting", "alleged"),
    ("A video shows soldiers looting a shop.", "looting", "asserted"),
    ("The alleged attack on the convoy was investigated.", "attack", "alleged"),
    ("The army launched an alleged offensive near the river.", "offensive", "alleged"),
    ("The army launched a possible offensive near the river.", "offensive", "hypothetical"),
    ("The army launched a planned offensive near the river.", "offensive", "planned"),
    # conditions
    ("The army will withdraw provided the rebels disarm.", "withdraw", "conditional"),
    ("Troops will evacuate the town in case of an attack.", "evacuate", "conditional"),
    ("Troops will evacuate the town in the event of an attack.", "evacuate", "conditional"),
    ("Troops will evacuate the town in the morning.", "evacuate", "planned"),      # "in" without case/event
    ("Should the talks fail, the army will attack the city.", "attack", "conditional"),
    ("Had the guards resisted, the rebels would have shot them.", "shot", "conditional"),
    ("Unless the rebels disarm, the army will attack.", "attack", "conditional"),
    ("If Russian troops cross the border, Poland will respond.", "cross", "conditional"),   # inside the condition
    ("The minister asked whether troops had crossed the border.", "crossed", "asserted"),   # whether is no condition
    ("Analysts wonder whether the army will attack.", "attack", "planned"),
    # governors: order, plan, threat nouns; plan and failure verbs
    ("The commander issued an order to shell the village.", "shell", "ordered"),
    ("The rebels announced plans to blockade the port.", "blockade", "planned"),
    ("The militia made a threat to bomb the bridge.", "bomb", "threatened"),
    ("The troops refused to fire on the crowd.", "fire", "negated"),
    ("The government plans to deport the activists.", "deport", "planned"),
    ("The army is expected to attack the city.", "attack", "planned"),
    ("The shelling of the city is to continue.", "continue", "planned"),
    # negative subjects and determiners
    ("Nobody was arrested at the rally.", "arrested", "negated"),
    ("Neither army crossed the river.", "crossed", "negated"),
    ("Nothing was looted from the museum.", "looted", "negated"),
    ("No soldier crossed the river.", "crossed", "negated"),
    ("No convoy was attacked.", "attacked", "negated"),
    ("The army would never attack civilians.", "attack", "negated"),
    ("The attack did not stop the evacuation.", "attack", "asserted"),   # the negation is on what the attack did
    # modals: would after a reporting verb is future in the past; alone it is hypothetical
    ("Diplomats said the embassy would reopen.", "reopen", "planned"),
    ("Diplomats claimed the embassy would reopen.", "reopen", "planned"),
    ("The embassy would reopen.", "reopen", "hypothetical"),
    ("Troops may withdraw from the town.", "withdraw", "hypothetical"),
    ("Troops must withdraw from the town.", "withdraw", "hypothetical"),
    ("The evacuation, which was ordered by the mayor, began on Monday.", "evacuation", "asserted"),
])
def test_modality_rule_branches(text, trigger, expected):
    assert mood(text, trigger) == expected

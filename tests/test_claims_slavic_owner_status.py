"""ru/uk claims: status and owner rules of news language — people are killed, not destroyed; things are destroyed,
not wounded; damaged houses and cars are nobody's; attacks are the attacker's; a loss list's troops keep its side; a
partitive's total of drones shot down is the attack (texts written for these tests)."""
from __future__ import annotations

from sitroom.analyze.claims import find_claims_slavic


def _one(text, lang, figure, **kw):
    found = [c for c in find_claims_slavic(text, lang, document_id="t", **kw) if c.text == figure]
    assert len(found) == 1, [c.text for c in find_claims_slavic(text, lang, document_id="t", **kw)]
    return found[0]


def test_destroying_people_kills_them():
    c = _one("Сили оборони за тиждень знищили понад 900 окупантів.", "uk", "понад 900")
    assert (c.status, c.counted) == ("killed", "casualties")
    c = _one("По данным командования, уничтожено до 250 боевиков.", "ru", "до 250")
    assert (c.status, c.counted) == ("killed", "casualties")


def test_a_thing_next_to_the_wounded_is_destroyed():
    c = _one("За його словами, ворог втратив 180 військових пораненими та 9 одиниць техніки.", "uk", "9")
    assert c.status == "destroyed" and c.counted == "equipment"


def test_personnel_in_a_loss_list_are_casualties_not_depots():
    text = "Загальні втрати противника склали:\nособового складу — близько 500 100 (+1 020) осіб\nтанків — 8 100 (+7)"
    c = _one(text, "uk", "близько 500 100")
    assert (c.counted, c.status, c.owner.country) == ("casualties", "killed", "RUS")


def test_damaged_houses_and_cars_are_nobodys():
    text = ("Росіяни атакували місто 12 дронами. Пошкоджено 5 приватних будинків і 2 автомобілі.")
    for figure in ("5", "2"):
        c = _one(text, "uk", figure)
        assert c.owner is None and c.status == "destroyed"
    c = _one("ВСУ атаковали область 9 беспилотниками. Повреждены 4 автомобиля.", "ru", "4")
    assert c.owner is None
    c = _one("Ворог втратив 40 військових. Пошкоджено 3 танки противника.", "uk", "3")
    assert c.owner is not None and c.owner.country == "RUS"       # a weapon damaged keeps its side


def test_attacks_are_the_attackers():
    c = _one("Протягом доби противник провів 87 атак на позиції наших військ.", "uk", "87", outlet="Генштаб ЗСУ")
    assert c.status == "attacked" and c.owner.country == "RUS"
    c = _one("Подразделения группировки «Юг» отразили 5 атак.", "ru", "5",
             outlet="Министерство обороны Российской Федерации")
    assert c.owner is not None and c.owner.country == "UKR"       # repelled: the other side's
    c = _one("За неделю на участке границы с Польшей пресечено 12 попыток незаконного пересечения.", "ru", "12")
    assert c.owner is None or c.owner.country != "POL"


def test_the_total_of_a_partitive_of_drones_shot_down_is_the_attack():
    text = "Сили ППО вночі збили 9 із 14 ворожих ударних БпЛА."
    shot, launched = _one(text, "uk", "9"), _one(text, "uk", "14")
    assert (shot.status, launched.status) == ("destroyed", "attacked")
    assert launched.counted == shot.counted == "drones"


def test_a_first_name_takes_the_surname_the_ner_cut_off_and_carries_over():
    text = ("Уночі росіяни атакували Україну 30 дронами. Про це повідомив речник Повітряних сил Юрій Ігнат. "
            "За його даними, знешкоджено 22 ворожі дрони.")
    for figure in ("30", "22"):
        c = _one(text, "uk", figure)
        assert c.source is not None and "Ігнат" in c.source.text


def test_his_words_are_the_cited_speakers_not_the_outlets():
    text = ("Окупанти завдали 4 авіаційних ударів по місту, повідомляє Укрінформ з посиланням на голову ОВА Івана "
            "Федорова. За його словами, 70 дронів атакували населені пункти.")
    cited, c = _one(text, "uk", "4"), _one(text, "uk", "70")
    assert cited.source is not None and "Укрінформ" not in cited.source.text
    assert c.source is not None and c.source.text == cited.source.text

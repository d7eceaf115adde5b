"""Russian and Ukrainian claims: whose troops and gear a figure counts when the counted phrase does not say it —
the owner a group noun names in the genitive earlier in the paragraph, and "наши / наші" as the speaker's side.
Short reports written for these tests."""
from __future__ import annotations

from sitroom.analyze import analyze
from sitroom.model import Document, content_id


def _claims(text, lang, outlet=None):
    doc = Document(id=content_id(text), text=text, outlet=outlet, published="2024-03-01", language=lang)
    return {c.text: c for c in analyze(doc).claims}


def _owner(c):
    return c.owner.country if c.owner is not None else None


def test_a_genitive_owner_after_a_group_noun_owns_the_list_that_follows():
    ru = _claims("Вчера на станцию Орша прибыл эшелон с техникой ВС РФ: 7 танков, 11 БМП и 30 грузовиков.", "ru")
    uk = _claims("До Калинковичів прибув ешелон з технікою ЗС РФ: 5 гаубиць та 12 вантажівок.", "uk")
    assert [_owner(ru[k]) for k in ("7", "11", "30")] == ["RUS"] * 3, {k: _owner(c) for k, c in ru.items()}
    assert [_owner(uk[k]) for k in ("5", "12")] == ["RUS"] * 2, {k: _owner(c) for k, c in uk.items()}


def test_a_genitive_owner_does_not_own_what_is_destroyed():
    # the speaker's forces destroy: the losses are the other side's, not the group's in the genitive
    c = _claims("Подразделения ВСУ уничтожили 6 танков и 4 бронемашины.", "ru")
    assert _owner(c["6"]) != "UKR" and _owner(c["4"]) != "UKR"


def test_our_units_are_the_speakers_own_side():
    ru = _claims("Наши подразделения выдвинулись в районы учений. К выполнению задач привлечено около 900 "
                 "военнослужащих и 120 единиц техники.", "ru", outlet="Министерство обороны Республики Беларусь")
    uk = _claims("Наші підрозділи вийшли на рубежі. До навчань залучено понад 600 військовослужбовців.", "uk",
                 outlet="Генеральний штаб ЗСУ")
    assert (_owner(ru["около 900"]), _owner(ru["120"])) == ("BLR", "BLR")
    assert _owner(uk["понад 600"]) == "UKR"


def test_our_without_a_known_speaker_names_no_side():
    c = _claims("Наши подразделения вышли на полигон. Задействовано 300 военнослужащих.", "ru")
    assert _owner(c["300"]) is None


def test_a_count_of_attacks_with_no_status_word_is_of_attacks_made():
    ru = _claims("За неделю противник провёл 42 атаки на наши позиции.", "ru")
    uk = _claims("Минулої доби ворог здійснив 18 штурмів поблизу Часового Яру.", "uk")
    assert ru["42"].status == "attacked" and uk["18"].status == "attacked"


def test_attempts_with_no_status_word_stay_reported():
    c = _claims("За неделю на границе пресечено 25 попыток незаконного пересечения.", "ru")
    assert c["25"].status != "attacked"

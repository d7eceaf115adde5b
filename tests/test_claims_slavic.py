"""Figure claims of Russian and Ukrainian text from the ru/uk number reader: kinds, skipped measures, evidence."""
from __future__ import annotations

from sitroom.analyze.claims import find_claims_slavic, kind_of_slavic
from sitroom.model import Timex


def _rows(text, lang, **kw):
    return [(c.text, c.lower, c.upper, c.qualifier, c.counted) for c in find_claims_slavic(text, lang, **kw)]


def test_counted_kinds_from_noun_and_phrase():
    text = ("По данным мониторов, прибыли около 300 военнослужащих, 27 танков, 14 боевых бронированных машин "
            "и не менее 40 единиц бронетехники. Замечены 2 Ил-76.")
    assert _rows(text, "ru") == [
        ("около 300", 300.0, 300.0, "approx", "personnel"), ("27", 27.0, 27.0, "exact", "tanks"),
        ("14", 14.0, 14.0, "exact", "armoured_vehicles"), ("не менее 40", 40.0, None, "at_least", "armoured_vehicles"),
        ("2", 2.0, 2.0, "exact", "transport_aircraft")]


def test_ukrainian_kinds():
    text = "Прибули понад 30 вантажівок і щонайменше 400 військовослужбовців, а також 2 ешелони."
    assert _rows(text, "uk") == [("понад 30", 30.0, None, "more_than", "trucks"),
                                 ("щонайменше 400", 400.0, None, "at_least", "personnel"),
                                 ("2", 2.0, 2.0, "exact", "trains")]


def test_measures_money_and_percent_are_not_claims():
    text = "Орудия калибром 152 мм стоят 2 млн долларов; цены выросли на 5%. Прибыли 12 танков."
    assert _rows(text, "ru") == [("12", 12.0, 12.0, "exact", "tanks")]


def test_figures_inside_a_time_expression_are_time():
    text = "Прибыли 12 танков и 3 вертолета."
    assert [r[0] for r in _rows(text, "ru")] == ["12", "3"]
    tx = Timex(text="12 танков", start=8, end=17, type="DATE", value="XXXX")     # a tagger's span wins
    assert [r[0] for r in _rows(text, "ru", timexes=[tx])] == ["3"]


def test_evidence_is_the_sentence_and_the_source_speaks_on():
    text = "Министерство сообщило о прибытии войск. Всего прибудет около 9 тысяч человек."
    (c,) = find_claims_slavic(text, "ru", document_id="d1", published="2022-10-16T10:00:00")
    assert c.evidence.sentence == "Всего прибудет около 9 тысяч человек."
    assert text[c.evidence.start:c.evidence.end] == c.evidence.sentence
    assert c.source.text == "Министерство" and c.claim_date == "2022-10-16" and c.counted_text == "человек"
    assert c.status == "planned" and c.source_span.text == "Министерство сообщило"


def test_unknown_noun_is_its_own_kind():
    assert kind_of_slavic("жалоба", " жалоб", "ru") == "жалоба"
    assert kind_of_slavic(None, "", "ru") is None


def test_people_in_a_military_sentence_are_personnel():
    assert _rows("Группировка войск составит около 9 тысяч человек.", "ru")[0][-1] == "personnel"
    assert _rows("На концерт пришли около 9 тысяч человек.", "ru")[0][-1] == "people"
    assert _rows("До складу угруповання увійдуть близько 9 тисяч осіб.", "uk")[0][-1] == "personnel"


def test_a_bare_figure_counts_the_noun_before_its_dash():
    text = "Втрати противника: танків — 3 350, бойових броньованих машин — 6 593, артилерійських систем — 2 357."
    assert [(r[0], r[-1]) for r in _rows(text, "uk")] == [("3 350", "tanks"), ("6 593", "armoured_vehicles"),
                                                          ("2 357", "artillery")]


def test_model_numbers_and_day_ranges_are_not_claims():
    assert _rows("Германия передаст 18 танков Leopard 2.", "ru") == [("18", 18.0, 18.0, "exact", "tanks")]
    assert _rows("С 1 по 8 января прошли 11 эшелонов.", "ru") == [("11", 11.0, 11.0, "exact", "trains")]


def test_money_and_clock_times_in_ukrainian_posts_are_not_claims():
    text = "Єдиний внесок становитиме 1474 гривні. Собор відкритий від 9 ранку до 18 години. Прибули 9 ешелонів."
    assert [(c.text, c.counted) for c in find_claims_slavic(text, "uk")] == [("9", "trains")]


def test_a_possessive_between_the_number_and_the_noun_is_skipped():
    uk = find_claims_slavic("Для мільйонів його прихильників це свято.", "uk")
    ru = find_claims_slavic("На границу прибыли 300 их бойцов.", "ru")
    assert [c.counted_text for c in uk] == ["прихильників"] and [(c.text, c.counted) for c in ru] == [("300", "personnel")]

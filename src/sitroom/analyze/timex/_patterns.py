"""Compiled regular expressions that find TIMEX3 candidates in raw text.

Each pattern has a kind (the name of the resolver in `timex_resolve`) and named groups the resolver reads.
Vocabulary comes from data/en/timex.json. Extents follow TimeML: determiners, modifiers ("early",
"nearly") and "ago"/"earlier"/"later" are inside, prepositions ("on", "since", "by") are not.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from sitroom.lexicon import load_json


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """data/en/timex.json with the shared words of data/en/common.json: "months" and "weekdays" (full names and
    abbreviations), "numbers" (number words from one, scale words up to a hundred, and timex's number phrases)."""
    common = load_json("en/common.json")
    numbers = {w: v for w, v in common["number_words"].items() if v > 0}     # "zero" names no stretch of time
    numbers.update({w: v for w, v in common["scale_words"].items() if v <= 100})
    return {**load_json("en/timex.json"),
            "months": {**common["months"], **common["month_abbreviations"]},
            "weekdays": {**common["weekdays"], **common["weekday_abbreviations"]},
            "numbers": {**numbers, **load_json("en/timex.json")["number_phrases"]}}


def _alt(words, *, case: bool = False) -> str:
    """Alternation, longest first; with case=True each word matches Titlecase or UPPERCASE only."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w).replace(r"\ ", r"\s+")
        if case:
            out.append(re.escape(w.capitalize()) + "|" + re.escape(w.upper()))
        else:
            out.append(e)
    return "(?:" + "|".join(out) + ")"


class Pattern(NamedTuple):
    kind: str
    regex: re.Pattern
    priority: int      # breaks ties between equally long candidates (lower wins)


# "last" after "to" or a modal is the verb ("expected to last several months": the span is "several months")
_LAST_NOT_VERB = "".join(rf"(?<!\b{w}\s)" for w in ("to", "will", "would", "could", "can", "may", "might", "should",
                                                     "must", "'ll", "not"))


def _ci(s: str) -> str:
    return "(?i:" + s + ")"


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    lex = lexicon()
    common = load_json("en/common.json")
    full_months, abbr_months = list(common["months"]), list(common["month_abbreviations"])
    MON = ("(?P<mon>" + _alt(full_months, case=True) + "|(?:" + _alt(abbr_months, case=True) + r")\.?)")
    MONF = "(?P<mon>" + _alt(full_months, case=True) + ")"
    wd_full = list(common["weekdays"])
    WD = "(?P<wd>" + _alt(wd_full, case=True) + ")"
    wd_abbr = "|".join(w.capitalize() for w in common["weekday_abbreviations"])
    WDX = "(?:" + _alt(wd_full, case=True) + r"|(?:" + wd_abbr + r")\.)"
    DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
    num_words = [w for w in lex["numbers"]]
    tens = [w for w, v in common["number_words"].items() if v >= 20 and v % 10 == 0]
    ones = [w for w, v in common["number_words"].items() if 1 <= v <= 9]
    teens = [w for w, v in common["number_words"].items() if 10 <= v <= 19]
    CENTURIES = "|".join(w for w, v in common["number_words"].items() if v in (18, 19))   # "nineteen ninety-six"
    NUM = ("(?P<num>" + r"(?<![\d,])\d{1,3}(?:,\d{3})+|\d+(?:\.\d+|\s+1/2)?|" + _alt(tens) + r"(?:[\s-]" + _alt(ones) + ")?|"
           + _alt(num_words) + "|" + _alt(lex["vague_numbers"]) + ")")
    UNIT = r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))"
    # "about", "over", "just" and "only" stay outside, as the TimeBank and AQUAINT annotators leave them ("about
    # five hours", "over several years", "only 14 days"), each corpus alike; "nearly", "more than" are inside
    APPROX = r"(?P<approx>(?:nearly|almost|around|roughly|some|approximately|more\s+than|less\s+than|fewer\s+than|under|at\s+least|at\s+most|up\s+to|barely|another|an\s+additional|the\s+better\s+part\s+of|the\s+last|the\s+past|the\s+next|the\s+first|the\s+final|the\s+previous|the\s+latest|the\s+coming|the\s+following|the\s+remaining|the\s+same)\s+)?"
    EDGE = r"(?:early|mid|late|the\s+(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|rest)\s+of|end|mid-?|earlier\s+in|later\s+in)"
    # (any case: "Early 2023 saw ...", "Mid-2024, the front ...")
    MOD = r"(?P<mod>(?i:early|late|mid|the\s+(?:end|beginning|start|middle|close|turn)\s+of|early-|late-|end-|mid-)\s*)?"
    POD = r"(?P<pod>morning|afternoon|evening|night|overnight)"
    TZ = r"(?-i:(?:\s+(?:[A-Z]{2,4}T|[ECMP]T\b|GMT|UTC|Z|local\s+time|[A-Z][a-z]+\s+time))?)"   # capitals even inside (?i:)
    SEASON = "(?P<season>" + _alt(lex["seasons"]) + ")"
    HOLI = "(?P<holiday>" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in
                                     sorted(lex["holidays"], key=len, reverse=True)) + ")"
    REL = r"(?P<rel>last|this|next|past|coming|previous|current|that|same|following|preceding)"
    # "at 4 in the morning": a clock time said with its part of the day (after a preposition of time only)
    CLOCK_POD = (r"(?:(?<=\bat\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s))"
                 r"(?P<wclock>1[0-2]|[1-9]|" + _alt(ones + ["ten", "eleven", "twelve"]) + r")(?:\s+o'clock)?"
                 r"\s+in\s+the\s+(?P<wpod>morning|afternoon|evening)\b")
    TOD = r"(?P<tod>" + CLOCK_POD + r"|(?P<clock>\d{1,2})(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[AP]\.\s?M\.?|[ap]m\b|[AP]M\b)|(?P<clock24>[01]?\d|2[0-3]):(?P<min24>[0-5]\d)(?:\s*(?:hours|hrs|GMT|UTC))?|(?<!\()(?P<clock4>[01]\d|2[0-3])(?P<min4>[0-5]\d)(?=\s*(?-i:GMT|UTC|[A-Z]{1,3}T)\b)|(?P<noon>noon|midnight|midday)|(?P<oclock>\d{1,2}|" + _alt(ones + ["ten", "eleven", "twelve"]) + r")\s+o'clock)"
    # a year said aloud, as broadcast transcripts write it: "nineteen ninety-six", "two thousand (and) one"
    SPOKEN = ("(?:(?:" + CENTURIES + r")[\s-]+(?:(?:" + "|".join(tens) + r")(?:[\s-]+(?:" + "|".join(ones) + r"))?|"
              + "|".join(teens) + r")|two\s+thousand(?:\s+(?:and\s+)?(?:" + "|".join(ones + ["ten"]) + r"))?)")
    DAYREF = r"(?P<dayref>(?:yesterday|tomorrow|this)\s+(?:morning|afternoon|evening)|last\s+night|today|yesterday|tomorrow|tonight|(?:" + WDX + r",?\s+)?" + MON.replace("?P<mon>", "?P<mon2>") + r"\s+(?P<day2>[0-3]?\d)\b(?:,?\s+(?P<year2>(?:1[6-9]|20)\d\d)\b)?|" + WDX + r")"

    p: list[tuple[str, str, int]] = [
        # --- absolute dates
        ("iso", r"\b(?P<y>(?:1[6-9]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b", 0),
        ("numeric", r"\b(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:1[6-9]|20)\d\d|\d\d)\b(?![./]\d)", 0),
        ("month_day", r"(?:(?P<wd0>" + WDX + r"),?\s+)?" + MON + r"\s+" + DAY + r"\b(?!\s*%|:\d|,\d)(?:(?:,\s*|\s+)" + YEAR + r"\b)?", 0),
        # "the week of Nov. 6": that date's week, one expression
        ("week_of", r"\b(?i:the\s+week\s+of)\s+" + MON + r"\s+" + DAY + r"\b(?!\s*%|:\d|,\d)(?:(?:,\s*|\s+)" + YEAR + r"\b)?", 0),
        # "the first week of March", "the last week of June 2022": that week of the month, one expression
        ("month_week", r"\b(?i:the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of)\s+" + MON + r"(?!\s+\d{1,2}\b)(?:(?:,\s*|\s+)" + YEAR + r"\b)?", 0),
        ("day_month", r"(?:(?P<wd0>" + WDX + r"),?\s+)?(?:the\s+)?\b" + DAY + r"(?:\s+of)?\s+" + MON + r"(?:,?\s+" + YEAR + r"\b)?", 0),
        # the second day of "April 24 and 25", "Oct. 12-14" (the resolver checks that a date ends right before)
        # the first day of a day-first range, "on 3-4 April", "the night of 10 to 11 March": that month's day
        ("range_day_first", r"(?<![\d.,:/-])\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?=\s*(?:-|\u2013|to|and|or)\s*"
                            r"(?P<rday>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+" + MON.replace("?P<mon>", "?P<rmon>")
                            + r"(?:,?\s+" + YEAR.replace("?P<year>", "?P<ryear>") + r"\b)?)", 0),
        ("range_day", r"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d-)|(?<=\d\u2013))(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:/-]?\d|\s*%|\s+(?!(?:in|at|on|of|and|or|to|this|last|next|for|when|as|before|after|with|that|the)\b)[a-z])", 0),
        ("month_year", MOD + MON + r"(?:\s+of|,)?\s+" + YEAR + r"\b", 1),
        ("month_year", MOD + MONF + r"(?:\s+of|,)?\s+(?P<spoken>" + _ci(SPOKEN) + r")\b", 1),
        ("month", r"\b(?:(?P<mrel>(?i:this|last|next|past|coming))\s+)?" + MOD + r"\b" + MONF + r"\b(?!\s+\d)(?:\s+(?:(?i:of|in)\s+)?(?P<myear>(?i:this|last|next|that(?:\s+same)?|the\s+(?:same|following|previous|next))\s+year))?", 3),
        ("year", r"(?<![\d$£€.,/-])\b" + r"(?P<fiscal>(?:[Ff]iscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?" + MOD + YEAR + r"\b(?!\s*(?:%|percent|per\s*cent)|,\d|\.\d|-\d|:\d|[/-](?:\d|[a-z]))", 4),
        ("decade", r"\b(?:[Tt]he\s+)?" + MOD + r"(?:(?P<dec>(?:1[6-9]|20)\d0)['\u2019]?s|['\u2019](?P<dec2>\d0)s)\b", 1),
        # "the nineties", "the late sixties": a decade by name needs "the" ("in their forties" is an age)
        ("decade", r"\b(?i:the)\s+" + MOD + r"(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", 1),
        ("century", _ci(r"\b(?:the\s+)?" + MOD + r"(?P<cent>\d{1,2})(?:st|nd|rd|th)(?:-|\s+)century\b"), 1),
        ("spoken_year", _ci(r"\b(?:the\s+year\s+)?(?P<spoken>" + SPOKEN + r")\b"), 1),
        # --- quarters, halves, seasons, holidays
        ("quarter", _ci(r"\b(?:(?:the\s+)?(?P<qyear0>(?:1[6-9]|20)\d\d|this\s+year|last\s+year|next\s+year)(?:'s)?\s+)?(?:the\s+)?(?:(?:company's|group's|bank's|fiscal|calendar|financial)\s+)*(?P<qord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?quarter\b(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar)\s+)?(?P<qyear>(?:1[6-9]|20)\d\d|this\s+year|last\s+year|next\s+year|the\s+year))?"), 0),
        # "the October-December quarter", "the April-June period": a calendar quarter by its months
        ("month_quarter", r"\b(?:(?i:the)\s+)?(?P<m1>" + _alt(full_months, case=True) + r")\s*[-\u2013]\s*(?P<m2>"
         + _alt(full_months, case=True) + r")\s+(?i:quarter|period)\b(?:\s+(?:of\s+)?(?P<qyear>(?:1[6-9]|20)\d\d)\b)?", 0),
        # "the 1988 quarter/period" in a results story: the period just named, in that year
        ("year_period", _ci(r"\b(?:the\s+)?(?P<pyear>(?:1[6-9]|20)\d\d)\s+(?:fiscal\s+)?(?:quarter|period)\b"), 0),
        ("quarter", r"\b(?P<qcode>Q[1-4])(?:\s+(?P<qyear>(?:1[6-9]|20)\d\d))?\b", 0),
        # "H1 2025", "in H2": a half by its code, as results stories write it; "FY25", "fiscal '24": a fiscal year
        ("half", r"\b(?P<hcode>H[12])(?:\s+(?P<hyear>(?:1[6-9]|20)\d\d))?\b", 0),
        ("fiscal_short", r"\b(?:FY|[Ff]iscal\s+)'?(?P<yy>\d\d)\b(?![-/.,]?\d|\s*%)", 0),
        ("half", _ci(r"\b(?:the\s+)?(?P<hord>first|second|1st|2nd)[\s-]+half\b(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<hyear>(?:1[6-9]|20)\d\d|this\s+year|last\s+year|next\s+year|the\s+year))?"), 1),
        ("season", _ci(r"\b(?:(?P<srel>last|this|next|past|coming|early|late|that)\s+|the\s+)?" + SEASON + r"\b(?:\s+(?:of\s+)?(?:(?P<syear>(?:1[6-9]|20)\d\d)|(?P<sspoken>" + SPOKEN + r")\b|(?P<syrel>last|this|next)\s+year\b))?"), 3),
        ("holiday", _ci(r"\b(?:(?P<hrel>last|this|next)\s+)?" + HOLI + r"\b(?:\s+(?P<hwe>weekend)\b)?(?:\s+(?P<hyear>(?:1[6-9]|20)\d\d))?"), 3),
        # --- relative to the DCT or to the narrative
        ("edge_rel", _ci(r"\b(?P<edge>early|late|mid|earlier|later|the\s+(?:end|beginning|start|middle|close|rest|turn)\s+of)[\s-]*(?:the\s+)?(?P<rel>this|last|next|past|current|same|coming|that|following|previous)?\s*" + r"(?P<unit>week|weekend|month|quarter|year|decade|century)\b"), 2),
        ("rel_unit", _ci(r"\b(?:the\s+|this\s+(?=past\s))?" + REL + r"\s+(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal\s+year)\b"), 2),
        ("year_ago", _ci(r"\b(?P<yago>(?:a\s+|the\s+(?:(?:comparable|corresponding|same)\s+)?)?year[\s-](?:earlier|ago|before|prior))(?:\s+(?:(?P<yq>first|second|third|fourth)[\s-]+)?(?P<yago_noun>quarter|period|month|week|level|levels|figure))?"), 3),
        ("year_ago", _ci(r"\bthe\s+(?:(?:comparable|corresponding|same)\s+)?(?P<yago_noun>quarter)\s+(?P<yago>a\s+year\s+(?:ago|earlier))\b"), 3),
        # "the same period last year", "the corresponding quarter of last year", "last year's quarter": the period
        # the story compares, a year back (one expression: "last year" is its modifier, not a year of its own)
        ("period_last_year", _ci(r"\b(?:the\s+)?(?:(?:same|corresponding|comparable|like)\s+)?(?P<pnoun>period|quarter|half|month)"
                                 r"\s+(?:of\s+|in\s+)?last\s+year\b(?!'s)|\blast\s+year's\s+(?P<pnoun2>period|quarter|half)\b"
                                 # "the same period of 2024", "the corresponding quarter in 2019": that year's
                                 r"|\b(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?P<pnoun3>period|quarter|half|month)"
                                 r"\s+(?:of|in)\s+(?P<pyear>(?:1[6-9]|20)\d\d)\b(?![-/.,]?\d)"), 3),
        # "at this time last year", "the same time a year ago": the report's day, a year back
        ("time_last_year", _ci(r"\b(?:this|the\s+same)\s+time\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b"), 1),
        ("rel_unit_bare", _ci(r"\b(?P<the>the|that)\s+(?:(?P<latest>latest|current|most\s+recent|same|full|entire|whole)\s+)?(?P<unit>week|weekend|month|quarter|year|fiscal\s+year|period)\b"), 6),
        ("year_end", _ci(r"\b(?:the\s+)?(?:(?P<yrel>this|last|next)\s+)?(?:year[\s-]end|year's\s+end|end\s+of\s+the\s+year)\b"), 2),
        ("offset", _ci(r"\b" + APPROX + NUM + r"[\s-]+(?:and\s+a\s+half\s+)?" + UNIT + r"(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago(?:\s+(?P<today>today)\b)?|earlier|later|previously|hence|from\s+now|back)\b"), 0),
        ("deictic", _ci(r"\b(?:(?P<pod0>(?:early\s+|late\s+|mid-?\s*)?(?:morning|afternoon|evening))\s+(?=(?:yesterday|today|tomorrow)\b))?(?P<deictic>the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)|today|tonight|yesterday|tomorrow)\b(?:\s+" + POD + r")?"), 1),
        ("this_pod", _ci(r"\b(?P<rel>this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous|early\s+this|late\s+this|later\s+this|earlier\s+this)\s+" + POD), 1),
        # "attacked early in the morning", "restored by the evening": a part of the story's day (after a preposition)
        ("this_pod", _ci(r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\binto\s)|"
                         r"(?<=\bthrough\s)|(?<=\bthroughout\s))(?P<rel>the)\s+"
                         r"(?P<pod>morning|afternoon|evening|night)\b"
                         # not an anchor of its own ("the night of June 3", "the morning after") nor a noun's
                         # modifier ("the morning raid"): punctuation or a function word follows
                         r"(?=\s*[,.;:!?)\"'\u2014]|\s*$|\s+(?:and|or|but|on|in|at|to|as|with|local|the|a|an|he|she|they|"
                         r"it|we|there|this|his|her|their|its)\b)"), 1),
        # "struck the city overnight", "Overnight, drones attacked": the adverb (a clause ends or goes on with a
        # preposition after it); "an overnight curfew", "overnight stays" are adjectives, no time of their own
        ("overnight", _ci(r"(?<![-\w])(?P<ovn>overnight)\b(?=\s*[,.;:!?)\u2014]|\s*$|\s+(?:and|but|in|on|near|across|"
                          r"into|as|after|before|when|while|from|at|around|over|along|amid|despite|according)\b)"
                          # "Overnight the enemy launched 27 drones": opening its sentence before the clause's subject
                          r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?-i:Overnight)(?=\s+(?:(?-i:[A-Z])|(?:the|a|an|he|she|they|we|it|"
                          r"there|some|more|at\s+least|about|\d)\b))"), 1),
        ("narrative", _ci(r"\b(?:the\s+)?(?P<nrel>next|following|previous|preceding|same|prior)\s+(?P<unit>day|morning|afternoon|evening|night)\b"), 2),
        # "today is the eighth day of the blockade", "it's the 100th day of the war": the day of the report
        ("ordinal_day", _ci(r"(?:(?<=\bis\s)|(?<='s\s))(?:the\s+)?(?P<ord>"
                            + _alt([w for w in lex["ordinals"] if w not in ("last", "final")])
                            + r"|\d{1,4}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|full\s+)?day\b(?=\s+(?:of|since)\b)"), 2),
        ("narrative", _ci(r"\b(?P<nrel>that)\s+(?P<unit>day|morning|afternoon|evening|night)\b"), 2),
        ("narrative", _ci(r"\bthe\s+(?P<unit>day|night)\s+(?P<nrel>before|after)\b(?!\s+(?:the|a|an|his|her|their|its|our)\b)"), 2),
        # "will meet again on the 20th", "passed on the 10th": a day of the month just spoken of (after a cue only)
        ("day_of_month", r"(?:(?<=\b[Oo]n\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Ss]ince\s)|(?<=\b[Ff]rom\s)|"
                         r"(?<=\bbefore\s)|(?<=\bafter\s))the\s+(?P<oday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                         r"(?![\s-]+(?:of\b|[a-z]|[A-Z]))", 2),
        ("unit_before", _ci(r"\bthe\s+(?P<unit>week|month|year)\s+(?P<nrel>before|after|earlier|prior)\b"
                            r"(?!\s+(?:the|a|an|his|her|their|its|our|last|this)\b)"), 2),
        ("weekday", r"\b(?:(?P<rel>(?i:last|this|next|that|coming|past|early|late))\s+)?" + WD + r"(?:(?P<plural>s)\b|\b)(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?", 3),
        ("time", _ci(r"\b(?:(?P<tapprox>around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?" + TOD + TZ + r"(?:(?:,\s*|\s+(?:on\s+)?)" + DAYREF + r")?(?!\d)"), 0),
        ("time", r"\b(?P<dayref0>(?i:today|yesterday|tomorrow)|" + WDX + r")(?:,)?\s+(?:at\s+)?" + TOD + TZ + r"(?!\d)", 0),
        # --- durations and sets
        # "the nine months ended Sept. 30", "the four days he had offered": the article is part of a counted span
        # (not of an adjectival one, "the three-year plan", nor of "the a day")
        ("duration", _ci(r"\bthe\s+(?!an?\s)" + NUM + r"\s+" + UNIT.replace("s?", "s").replace("(?:y|ies)", "ies") + r"\b(?!-)"), 5),
        ("duration", _ci(r"\b" + APPROX + NUM + r"(?:[\s-]+and\s+a\s+half)?[\s-]+(?:(?:more|additional|further|straight|consecutive|long|trading|business|working|single|full|whole|entire)\s+)?" + UNIT + r"\b(?![\s-]+old\b|-long\s+\w+\s+old)(?:-long|\s+and\s+a\s+half\b)?"), 5),
        ("duration_vague", _ci(r"\b(?:(?:the\s+)?(?P<vrel>past|" + _LAST_NOT_VERB + r"last|next|coming|recent|previous|following|ensuing|intervening|first|early)\s+(?:(?:few|several|many|couple\s+of)\s+)?|(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bin\s)|(?<=\bwithin\s))(?=(?:days|weeks|months|years|decades)\b)|(?<=\bwithin\s)(?=hours\b)|(?:(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|(?<=\btaken\s)|(?<=\blast\s)|(?<=\blasted\s))(?=(?:hours|days|weeks|months|years)\b)|(?:(?<=,\s)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bmere\s))(?=(?:hours|days|weeks|months)\s+(?:after|before|later|earlier)\b))(?P<unit>minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b(?:\s+(?P<ahead>ahead|to\s+come))?"), 5),
        ("duration_vague", _ci(r"\b(?:the\s+)?(?P<unit>days|weeks|months|years|decades)\s+(?P<ahead>ahead|to\s+come)\b"), 5),
        # "a month-long siege", "their third day-long meeting", "a decades-long feud": one unit, or an unknown count
        # "a quarter century ago", "the past quarter-century", "half a century": 25 and 50 years
        ("part_century", _ci(r"\b(?P<cpre>(?:(?:nearly|almost|more\s+than|less\s+than|the\s+past|the\s+last|"
                             r"the\s+next|the\s+first|the\s+previous|another)\s+)?(?:a\s+|an?\s+)?)"
                             r"(?P<cpart>quarter|half)[\s-](?:of[\s-])?(?:a[\s-])?century\b(?!-old)(?:\s+(?P<cdir>ago|earlier|later))?"), -1),
        ("duration_long", _ci(r"\b(?<!-)(?P<unit>hour|day|week|month|year|decade|centur(?:y|ie))(?P<plural>s)?-long\b"), 5),
        # "for a while", "for some time": a stretch of unknown length (after "for" only: "some time ago" is a past)
        ("duration_unknown", _ci(r"(?<=\bfor\s)(?:quite\s+)?(?:a\s+(?:long\s+|short\s+|little\s+)?while|some\s+time|"
                                 r"a\s+(?:long|short)\s+time)\b(?!\s+(?:ago|now|to\s+come))"), 5),
        ("duration_past", _ci(r"\bthe\s+(?P<vrel>past|last)\s+(?P<unit>hour|day|week|month|year|decade|century|fortnight)\b"), 1),
        ("set", _ci(r"\b(?P<every>every|each|per|(?:once|twice|thrice|(?:\d+|" + _alt(ones + teens + ["ten", "several", "many", "a few"]) + r")\s+times)\s+(?:a|an|per|each))\s+(?P<other>other\s+)?(?P<sunit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|evening|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\b"), 6),
        # "every two hours", "every 3 days": a repetition with a count (TimeML: SET PT2H, P3D)
        ("set", _ci(r"\b(?P<every>every|each)\s+(?P<snum>\d+|" + _alt(ones + ["ten", "twelve"]) + r"|few)\s+(?P<sunit>seconds|minutes|hours|days|nights|weeks|months|years|decades)\b"), 6),
        ("set_adverb", _ci(r"\b(?P<adverb>" + _alt([k for k, v in lex["sets"].items() if v]) + r")\b"), 6),
        ("reference", _ci(r"\b(?P<ref>" + _alt([k for k, v in lex["references"].items() if v]) + r")\b"
                          r"(?!\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b)"), 7),
    ]
    return tuple(Pattern(kind, re.compile(rx), pri) for kind, rx, pri in p)


# Words before a candidate that decide whether an ambiguous word is temporal ("in May", "last fall").
TEMPORAL_PREP = re.compile(
    r"(?i:\b(?:in|on|since|until|till|by|during|through|throughout|from|to|before|after|of|early|late|mid|last|"
    r"next|this|that|each|every|between|and|or|around|as\s+of|the\s+end\s+of|beginning|starting|ending|"
    r"compared\s+(?:with|to)|"
    r"the\s+(?:spring|summer|fall|autumn|winter)\s+of|(?:scheduled|planned|set|slated|due|expected)\s+for|,)\s*$)")

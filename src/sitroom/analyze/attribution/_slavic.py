"""Russian and Ukrainian attribution: who says so, from the cues of `data/<lang>/voices.json`.

- "по данным / по словам / за даними / як повідомляє / со ссылкой на X": the first actor after the cue (in its
  clause) is the source;
- a reporting verb (заявил, сообщили, повідомили, заявив …, any form through its lemma): its subject when the
  parse gives one that is an actor, else the actor nearest to the verb in the sentence outside the reported clause
  (so "сообщило Минобороны" and "Минобороны ... заявило" both work in Ukrainian, where the parse is weak);
- an impersonal form ("сообщается", "повідомляється"): reported, no source;
- a pronoun ("по его словам", "сказал он", "за їхніми даними") is the last named source before it; a first-person
  cue ("по нашим подсчетам", "за нашими оцінками") and "по разным оценкам" name no one (the outlet's voice);
- a cue whose source is no actor the lexicons know takes the noun it names as written ("по оценкам аналитиков",
  "мониторы отмечают", "зазначають у місії"), without a country.
The attribution covers its sentence; its `kind` is the stance ("reported", "claimed", "denied", "ordered",
"threatened") for the modality layer.
"""
from __future__ import annotations

from functools import lru_cache

from sitroom.lexicon import load_json
from sitroom.model import Attribution, Entity
from sitroom.nlp_slavic import can_be_person, lemmas_of, match_phrases, phrase_table

__all__ = ["slavic_attributions", "slavic_source_for", "slavic_voices"]

_SPEAKERS = {"MEDIA", "GOV", "LEADER", "IGO", "NGO", "MIL"}


@lru_cache(maxsize=4)
def _stances(language: str) -> dict[str, str]:
    verbs = load_json(f"{language}/voices.json")["reporting_verbs"]
    return {lemma: stance for stance, lemmas in verbs.items() for lemma in lemmas}


def _source_after(actors, a: int, hi: int):
    for i, j, e in actors.mentions:
        if a <= i < hi:
            return e
    return None


@lru_cache(maxsize=4)
def _demonyms(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(country adjectives, group nouns) of the names lexicon: "российская" + "армия" make a group, not a name."""
    names = load_json(f"{language}/names.json")
    return frozenset(names["demonyms"]), frozenset(names["group_nouns"])


@lru_cache(maxsize=4)
def _cue_words(language: str) -> dict[str, frozenset[str]]:
    data = load_json(f"{language}/voices.json")
    return {k: frozenset(data.get(k, ())) for k in ("pronoun_sources", "own_voice", "vague_sources", "estimate_nouns",
                                                    "data_nouns", "data_from", "singular_pronouns", "agency_nouns")}


@lru_cache(maxsize=4)
def _continuations(language: str | None) -> frozenset[str]:
    """Opening words of a paragraph that goes on with the source of the paragraph before (voices.json)."""
    if language not in ("ru", "uk"):
        return frozenset()
    return frozenset(load_json(f"{language}/voices.json").get("continuations", ()))


def _noun(doc, i: int, floor: int = 0) -> Entity | None:
    """The noun phrase at token i as a source named as written: its adjectives (from token `floor` on), the noun
    and the genitive nouns after it."""
    t = doc[i]
    while i > floor and doc[i - 1].pos_ == "ADJ" and not doc[i - 1].is_space:
        i -= 1                                            # "белорусские мониторы", "незалежних аналітиків"
    end = t.i + 1
    while end < len(doc) and end - i < 3 and doc[end].pos_ in ("NOUN", "PROPN") and not doc[end].is_space:
        end += 1
    a, b = doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return Entity(text=doc.text[a:b], name=None, start=a, end=b)


_IN = frozenset({"в", "во", "у"})                       # "в ведомстве сообщили", "у відомстві повідомили"


def _noun_near(doc, k: int, lo: int, hi: int, step: int, skip: set[int]) -> Entity | None:
    """The first noun within three words of token k in one direction (adjectives, prepositions and spaces skipped;
    never across punctuation)."""
    seen, j, adverb = 0, k + step, False
    while lo <= j < hi and seen < 3:
        t = doc[j]
        if t.is_space:
            j += step
            continue
        if t.is_punct or j in skip:
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.text[:1].isalpha() and (not adverb or t.text[:1].isupper() or (
                step < 0 and j > lo and doc[j - 1].lower_ in _IN)):       # "В ведомстве также уточнили"
            return _noun(doc, j, k + 1 if step > 0 else lo)
        if t.pos_ == "ADV" and not adverb:
            adverb = True                                 # "Скібіцький також нагадав": a name, an adverb, the verb
        elif t.pos_ not in ("ADJ", "ADP", "DET", "PRON", "PART"):
            return None
        seen += 1
        j += step
    return None


def _person_after(doc, actors, k: int, hi: int):
    """A person named after token k before the next punctuation (a title's holder: "речник ДПСУ Андрій Демченко")."""
    end = next((t.i for t in doc[k + 1:hi] if t.is_punct and t.text not in "«»\"'-"), hi)
    for span in doc.ents:
        if span.label_ == "PERSON" and k < span.start and span.end <= end and not span.text.isupper() and \
                (len(span) > 1 or can_be_person(span.text, doc.user_data["sitroom_language"])):
            # a one-word "person" that is a known common word ("Головного управління розвідки") is not one
            # an abbreviation the NER took for a name ("ГУР", "СБУ") is a body, not a person
            return actors.covering(span.start) or Entity(text=span.text, name=span.text, start=span[0].idx,
                                                         end=span[0].idx + len(span.text))
    return None


def _after_phrase(doc, actors, k: int, hi: int):
    """The source named right after a cue ("…, сообщило Министерство обороны ФРГ", "…, повідомив голова ОВА Олег
    Синєгубов"): up to the next punctuation, a person's name before an institution, else the first actor, else the
    first noun."""
    end = next((t.i for t in doc[k + 1:hi] if t.is_punct and t.text not in "«»\"'-"), hi)
    found = _person_after(doc, actors, k, hi)
    if found is None or found.sector not in (None, "LEADER"):      # the NER's "person" that is an institution
        at = [(i, j, e) for i, j, e in actors.mentions if k + 1 <= i < end]
        if len(at) > 1 and at[0][1] == at[1][0] and at[0][2].country is None and at[1][2].country:
            # "ГУР Міноборони України": a body of no country the lexicons know, then the institution it belongs to
            found = _body_of(doc, k, at[1][0], at[1][2])
        elif at:
            found = _body_of(doc, k, at[0][0], at[0][2]) or at[0][2]
    return found or _noun_near(doc, k, k + 1, end, 1, set())


def _body_of(doc, k: int, a: int, actor: Entity) -> Entity | None:
    """A body named right after a cue before the institution it belongs to, the institution in the genitive ("за
    даними ГУР Міноборони України", "по данным пресс-службы Госпогранкомитета"): that body as written, of the
    institution's country and sector; None when the actor comes first or words other than nouns stand between."""
    words = [t for t in doc[k + 1:a] if not t.is_space]
    if not words or not all(t.pos_ in ("NOUN", "PROPN", "ADJ") and t.text[:1].isalpha() for t in words) or \
            not any(t.pos_ in ("NOUN", "PROPN") for t in words) or len(words) > 3:
        return None
    start = words[0].idx
    return Entity(text=doc.text[start:actor.end], name=None, country=actor.country, sector=actor.sector,
                  start=start, end=actor.end)


def _name_between(doc, a: int, k: int) -> Entity | None:
    """A person's name (two or three capitalised proper nouns) filling tokens a..k-1, right before a cue: after a
    country in the genitive it is the speaker, the country the institution's ("Речник прикордонної служби України
    Андрій Демченко заявив")."""
    words = [t for t in doc[a:k] if not t.is_space]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    s, e = words[0].idx, words[-1].idx + len(words[-1].text)
    return Entity(text=doc.text[s:e], name=None, start=s, end=e)


def _body_before(doc, lo: int, a: int, b: int, k: int, country: Entity) -> Entity | None:
    """The subject before a cue that ends in a country in the genitive ("Командование Сил обороны Украины
    сообщило", "Посол Украины заявил"): the whole noun phrase from the sentence's start, of that country; None when
    anything but nouns and adjectives (at most four) comes before the country or the country is not right before
    the cue."""
    from sitroom.nlp_slavic import can_be_genitive, can_be_nominative

    language = doc.user_data["sitroom_language"]
    words = [t for t in doc[lo:a] if not t.is_space]
    if b != k or not 1 <= len(words) <= 4 or not all(t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words):
        return None
    if not can_be_nominative(words[0].text, language) or not all(can_be_genitive(t.text, language)
                                                                  for t in doc[a:b] if t.is_alpha):
        return None
    start = words[0].idx
    return Entity(text=doc.text[start:country.end], name=None, country=country.country, sector=country.sector,
                  start=start, end=country.end)


def _is_country(e: Entity) -> bool:
    from sitroom.countries import country_name

    return bool(e.country) and e.name == country_name(e.country)


def _person_before(doc, actors, k: int):
    """The last person named before token `k` ("Министр обороны Сергей Шойгу провёл совещание. «…», — заявил
    он"): an actor inside a PERSON entity of the NER, never a country the NER took for one ("України")."""
    people = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and e.end <= k]
    for a, b, e in reversed(list(actors.in_range(0, k))):
        if b <= k and any(s <= a < t for s, t in people) and not _is_country(e):
            return e
    return None


def _is_person(doc, actors, source: Entity | None) -> bool:
    """Whether a source is a person: an actor mention inside a PERSON entity of the NER, or a leader."""
    if source is None or source.start is None:
        return False
    if source.sector == "LEADER":
        return True
    if source.sector:
        return False                                      # an outlet, a ministry, an army (the NER's "PERSON" or not)
    for a, b, e in actors.mentions:
        if doc[a].idx == source.start and not _is_country(e):
            return any(s.label_ == "PERSON" and s.start <= a < s.end for s in doc.ents)
    return False


def _in_quote(text: str, at: int) -> bool:
    """Whether character `at` stands inside a «…» or “…” quotation of its paragraph."""
    para = text.rfind("\n\n", 0, at) + 1
    before = text[para:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _before_colon(head) -> int | None:
    """Index (in the sentence's words `head`) of the word before a colon that opens the sentence: within its first
    seven words, after a name and its title only ("Лукашенко:", "Білоруський Гаюн:", "Министр обороны Виктор Хренин:
    «…»"), no verb or punctuation before it."""
    for k, t in enumerate(head[:8]):
        if t.text == ":":
            return k - 1 if k and len(head) > k + 1 else None
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in "-«»\"" or k >= 7:
            return None
    return None


def _surname_before_colon(doc, words) -> Entity | None:
    """A headline's speaker the tagger missed: one or two capitalised words before its opening colon, each a name
    or a word the dictionary does not know, in the nominative, none a place ("Ким: Николаев атаковали 9
    беспилотников"); as written, with no name (no table knows it)."""
    from sitroom.nlp_slavic import can_be_nominative

    language = doc.user_data["sitroom_language"]
    if not 1 <= len(words) <= 2 or any(t.ent_type_ in ("LOC", "GPE") for t in words):
        return None
    if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and can_be_person(t.text, language)
               and can_be_nominative(t.text, language) for t in words):
        return None
    a, b = words[0].idx, words[-1].idx + len(words[-1].text)
    return Entity(text=doc.text[a:b], name=None, start=a, end=b)


def _block_start(doc, i: int) -> int:
    """The first token of the paragraph (between blank lines) token i stands in."""
    text = doc.text
    cut = text.rfind("\n\n", 0, doc[i].idx)
    if cut < 0:
        return 0
    span = doc.char_span(cut + 2, doc[i].idx + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _titled(doc, source: Entity | None, titled: list[tuple[Entity, frozenset[str]]],
            agencies: frozenset[str] = frozenset()) -> Entity | None:
    """A definite noun that names again a source named before with it: "Как сообщает канал «Рыбарь» … По данным
    канала" is Рыбарь, "Моніторинговий проєкт «Білоруський Гаюн» … За даними проєкту" the Hajun (the lemma of the
    bare noun among the words of the earlier source or the two words before its name); a bare noun for a state body
    (`agencies`: "ведомство", "відомство") is the last state or military body named. `titled` keeps the named
    sources seen so far, with those lemmas; a named source is added to it."""
    if source is None or source.start is None:
        return source
    if source.name is None and " " not in source.text.strip():
        span = doc.char_span(source.start, source.end, alignment_mode="expand")
        lem = lemmas_of(span[0]) if span is not None and len(span) else frozenset()
        for earlier, nouns in reversed(titled):
            if lem & nouns or lem & agencies and earlier.sector in ("GOV", "MIL"):
                return earlier                                # "По данным ведомства" after "Минобороны сообщило"
        return source
    if source.name is not None:
        span = doc.char_span(source.start, source.end, alignment_mode="expand")
        inside = list(span) if span is not None else []
        before = [t for t in reversed(doc[max(0, inside[0].i - 4):inside[0].i]) if not t.is_space and not (
            t.is_punct and t.text in "«»\"“”„")][:2] if inside else []
        nouns = frozenset(w for t in inside + before if t.pos_ in ("NOUN", "PROPN") for w in lemmas_of(t))
        titled.append((source, nouns))
    return source


def slavic_attributions(doc, actors) -> list[Attribution]:
    """Every attribution in a `parse_slavic` Doc, one per cue, in text order (see the module docstring)."""
    from sitroom.nlp_slavic import first_person, impersonal_passive, is_finite

    language = doc.user_data["sitroom_language"]
    stances = _stances(language)
    words = _cue_words(language)
    impersonal = phrase_table(f"{language}/voices.json", "impersonal")
    according = phrase_table(f"{language}/voices.json", "according_to")
    out: list[Attribution] = []
    last: list[Entity] = []                                  # the last named source, for "по его словам"
    person: list[Entity] = []                                # the last named source that is a person
    at: list[int] = [-1, -1]                                 # where their cues are: a sentence's cues come out of order
    singular = words["singular_pronouns"]
    titled: list[tuple[Entity, frozenset[str]]] = []        # named sources and the nouns they were named with

    def named(source, where: int, nested: bool = False):
        source = _titled(doc, source, titled, words["agency_nouns"])
        # the source whose cue comes last in the text: "повідомляє Укрінформ з посиланням на голову ОВА …. За його
        # словами, …" is the head of the administration, not the outlet that cites him; but a voice inside what
        # another source reports ("X нагадав, що Мінськ заявляв …") does not speak on after it
        if nested:
            return source
        if source is not None and where >= at[0]:
            last[:], at[0] = [source], where
        if source is not None and where >= at[1] and _is_person(doc, actors, source):
            person[:], at[1] = [source], where
        return source

    def pronoun(words_of_cue, k: int):
        # "за його словами", "сказал он": the last source; but a person's pronoun after a source that is no known
        # speaker (a city, a noun as written) is the last person who spoke ("Скібіцький нагадав, що Мінськ заявляв
        # …. За його словами" is Skibitskyi; "Минобороны сообщило …. По его словам" stays the ministry)
        if last and words_of_cue & singular and person and last[0] is not person[0] and \
                last[0].sector not in _SPEAKERS and not _is_person(doc, actors, last[0]):
            return person[0]
        return last[0] if last else _person_before(doc, actors, k)

    anaphoric = phrase_table(f"{language}/voices.json", "anaphoric")
    for sent in doc.sents:
        lo, hi = sent.start, sent.end
        s_start, s_end = sent.start_char, sent.end_char
        used: set[int] = set()
        head = [t for t in doc[lo:hi] if not t.is_space]
        back = match_phrases(doc, anaphoric, lo, min(hi, lo + 4))
        verb_start = doc[_block_start(doc, lo)].idx if back and back[0][0] == head[0].i else s_start
        if len(head) > 3 and lemmas_of(head[0]) & words["data_nouns"] and head[1].text in "—–-:" and \
                lemmas_of(head[2]) & words["data_from"]:
            # "Дані — від наших підписників.": the source of the whole post or paragraph
            source = _noun_near(doc, head[2].i, lo, hi, 1, set())
            first = doc[_block_start(doc, lo)]
            out.append(Attribution(named(source, head[0].idx), doc[head[0].i:head[2].i + 1].text, head[0].idx,
                                   head[2].idx + len(head[2].text), first.idx, s_end, kind="according_to"))
            continue
        k = _before_colon(head)
        speaker = actors.covering(head[k].i) if k is not None else None
        if speaker is None and k is not None:
            speaker = _surname_before_colon(doc, head[:k + 1])        # "Ким: …", "Виталий Ким: …"
        group = k == 1 and bool(lemmas_of(head[0]) & _demonyms(language)[0]) and \
            bool(lemmas_of(head[1]) & _demonyms(language)[1])          # "Российская армия: …" is a topic
        if speaker is not None and not group and (speaker.sector in _SPEAKERS or speaker.name is None or any(
                e.label_ == "PERSON" and e.start <= head[k].i < e.end for e in doc.ents)):
            # a post opening "Білоруський Гаюн: …", "Лукашенко: …": the channel, office or person before the colon
            # speaks ("Белорусская армия: что есть в наличии" is a topic)
            colon = head[k + 1]
            out.append(Attribution(named(actors.covering(head[k].i) or speaker, colon.idx), ":", colon.idx, colon.idx + 1, s_start, s_end,
                                   kind="according_to"))
        for i, j, _ in match_phrases(doc, according, lo, hi):
            end = next((t.i for t in doc[j:hi] if t.text in ",:;—" and t.i > j), hi)
            cue = {t.lower_ for t in doc[i:j]} | {w for t in doc[i:j] for w in lemmas_of(t)}
            if cue & (words["own_voice"] | words["vague_sources"]):
                source = None
            elif cue & words["pronoun_sources"]:
                source = pronoun(cue, i)
            else:
                source = _after_phrase(doc, actors, j - 1, end)
            out.append(Attribution(named(source, doc[i].idx), doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text),
                                   s_start, s_end, kind="according_to"))
            used.update(range(i, j))
        for t in sent:
            if t.i in used or t.pos_ not in ("VERB", "AUX", "X", "NOUN", "ADJ", "PRON", "DET"):
                continue
            lem = lemmas_of(t)
            if _in_quote(doc.text, t.idx) and (lem & words["own_voice"] or first_person(t.text, language) or any(
                    x.lower_ in ("мы", "я", "ми") for x in doc[max(lo, t.i - 2):t.i])):
                continue                                      # «Ми фіксуємо …», — сказав він: the speaker's, not ours
            if lem & words["own_voice"] and t.i + 1 < hi and lemmas_of(doc[t.i + 1]) & words["estimate_nouns"]:
                # "Наша оценка …", "Наші дані …": the outlet's own figures
                out.append(Attribution(None, doc[t.i:t.i + 2].text, t.idx, doc[t.i + 1].idx + len(doc[t.i + 1].text),
                                       s_start, s_end, kind="reported"))
                continue
            stance = next((stances[w] for w in lem if w in stances), None)
            if stance is None or not is_finite(t.text, language):
                continue                                      # "заявленная численность", "подтверждённых фото"
            if t.i == head[0].i and t.i + 1 < hi and doc[t.i + 1].text == ",":
                continue                                      # "Напомним, …", "Нагадаємо, …": a discourse marker
            if first_person(t.text, language):                # "фиксируем", "вважаємо": the outlet itself
                out.append(Attribution(None, t.text, t.idx, t.idx + len(t.text), s_start, s_end, kind=stance))
                continue
            source = None
            prev = next((x for x in reversed(doc[lo:t.i]) if not x.is_space), None)
            near = [x for x in doc[max(lo, t.i - 2):min(hi, t.i + 3)] if not x.is_space and x.i != t.i]
            said_by = {x.lower_ for x in near} & words["pronoun_sources"]
            if said_by:
                # "сказал он", "він заявив": the last person who spoke, else the last named source, else the last
                # person named before
                source = pronoun(said_by, t.i)
            inverted = prev is not None and prev.text in ",—–"
            if source is None and inverted:
                source = _after_phrase(doc, actors, t.i, hi)   # "…, сообщили белорусские мониторы"
            # natasha's parse of Ukrainian is Russian-trained and often wrong: there, position only
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")] if language == "ru" else []
            for c in subj:
                source = source or actors.covering(c.i)
            clause = {c.i for c in t.children if c.dep_ in ("ccomp", "parataxis") for c in c.subtree}
            if impersonal_passive(t.text, language):
                # "підтверджено фото", "уничтожено": a passive names its source only as an actor, else no one
                source = source or next((e for a, b, e in actors.in_range(t.i + 1, min(hi, t.i + 4))), None)
                if source is not None:
                    out.append(Attribution(named(source, t.idx), t.text, t.idx, t.idx + len(t.text), s_start, s_end,
                                           kind=stance))
                continue
            if source is None:
                # the nearest actor outside the reported clause: before the verb, or right after it ("сообщило X")
                best = None
                for a, b, e in actors.in_range(lo, hi):
                    if a in clause or a > t.i and any(x.is_punct and x.text not in "«»\"“”" or x.pos_ == "ADP"
                                                      for x in doc[t.i + 1:a]) or \
                            inverted and a < t.i:
                        # "Польща передасть Україні …, заявив X": not Україні; "сообщали о переброске к границе с
                        # Украиной": an actor after a preposition is what is told, not who tells it
                        continue
                    d = (t.i - b + 1) if b <= t.i else (a - t.i) * 1.5
                    if best is None or d < best[0]:
                        best = (d, e, a, b)
                source = best[1] if best else None
                if best is not None and best[3] <= t.i and _is_country(best[1]):
                    source = _name_between(doc, best[3], t.i) or _body_before(doc, lo, best[2], best[3], t.i, best[1]) \
                        or source   # "служби України Андрій Демченко заявив", "Командование Сил обороны Украины"
                if best is not None and best[2] > t.i:             # "повідомив речник ДПСУ Андрій Демченко"
                    source = _person_after(doc, actors, t.i, hi) or source
            if source is None and back and back[0][0] == head[0].i:
                source = _after_phrase(doc, actors, t.i, hi)   # "Про це повідомляє проєкт …": named after the verb
            if source is None:
                source = next((c for c in subj if c.pos_ in ("NOUN", "PROPN")), None)
                source = _noun(doc, source.i, lo) if source is not None else (
                    _noun_near(doc, t.i, lo, hi, -1, clause) or _noun_near(doc, t.i, lo, hi, 1, clause))
            # "Об этом сообщила пресс-служба X": X's cue covers the paragraph it closes
            nested = any(a.source is not None and s_start <= a.cue_start < t.idx and any(
                x.lower_ in ("что", "що") for x in doc[lo:t.i] if x.idx > a.cue_start) for a in out)
            out.append(Attribution(named(source, t.idx, nested), t.text, t.idx, t.idx + len(t.text), verb_start, s_end, kind=stance))
        for i, j, _ in match_phrases(doc, impersonal, lo, hi):
            if not any(a.scope_start == s_start for a in out):
                source = _noun_near(doc, j - 1, lo, hi, 1, set()) if doc[j - 1].pos_ == "VERB" else None
                out.append(Attribution(source, doc[i:j].text, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text),
                                       s_start, s_end, kind="reported"))
    return sorted(out, key=lambda a: a.cue_start)


def slavic_voices(doc, attributions: list[Attribution], headline: Attribution | None = None):
    """`attribution.Voices` (the English discourse rules) over ru/uk attributions: a reporting verb whose source was
    not found names no one and does not stop the paragraph's source from speaking on; the outlet's own voice ("по
    нашим подсчетам", "фіксуємо") and impersonal cues ("сообщается") do."""
    from sitroom.analyze.attribution._discourse import discourse

    kept = [a for a in attributions if a.source is not None or a.kind in ("according_to", "reported")]
    return discourse(doc, kept, headline, _continuations(doc.user_data.get("sitroom_language")))


def slavic_source_for(attributions: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution whose sentence holds [start, end) and is not the span itself, preferring one with a source."""
    inside = [a for a in attributions if a.scope_start <= start < a.scope_end and not a.cue_start <= start < a.cue_end]
    return next((a for a in inside if a.source is not None), inside[0] if inside else None)


"""sitroom.clean on scraped plain text and on small HTML pages written for these tests."""
import pytest

from sitroom.clean import CleanError, CleanOptions, clean_document, clean_html, parse_dateline
from sitroom.model import RawDocument

SCRAPED = """Ukrainian forces retake villages near Kherson

Monday, 7 November 2022
Home | World | Europe | Politics

Soldiers walk past a destroyed tank near Kherson (Photo: Reuters)

Ukrainian troops recaptured three villages in the Kherson region on Sunday, the General Staff said.

Fighting continued.

Russian officials denied the claims and said their units had repelled several attacks near the Dnipro river.

Read also
Advertisement

Local authorities said electricity had been restored in two districts late on Sunday evening.

Follow us on Twitter, Facebook and Telegram
Most Read
Sign up for our morning briefing
© 2022 Example News. All rights reserved.
"""


def text_doc(text: str, **kw) -> RawDocument:
    return RawDocument(origin="t.txt", content=text.encode("utf-8"), media_type="text/plain", **kw)


def html_doc(html: str, **kw) -> RawDocument:
    return RawDocument(origin="p.html", content=html.encode("utf-8"), media_type="text/html", **kw)


def test_plain_text_title_date_body_captions_and_removed():
    doc = clean_document(text_doc(SCRAPED))
    assert doc.title == "Ukrainian forces retake villages near Kherson"
    assert doc.published == "2022-11-07"
    assert doc.language == "en"
    assert doc.captions == ("Soldiers walk past a destroyed tank near Kherson (Photo: Reuters)",)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0].startswith("Ukrainian troops recaptured")
    assert "Fighting continued." in paragraphs          # short, but a sentence with a verb
    assert paragraphs[-1].startswith("Local authorities said")
    for junk in ("Home | World", "Read also", "Advertisement", "Follow us", "Most Read", "Sign up", "©"):
        assert junk not in doc.text
        assert any(junk in line for line in doc.removed)
    assert doc.id == clean_document(text_doc(SCRAPED)).id      # the same page read again: the same document


def test_syndicated_copy_under_another_headline_is_another_document():
    body = ("Ukrainian troops recaptured three villages east of Kherson on Monday, the General Staff said in a "
            "statement.\n\nLocal authorities said power had been restored to most districts by the evening.\n")
    a = clean_document(RawDocument("a.txt", ("Troops retake villages\n\n7 November 2022\n\n" + body).encode(), "text/plain"))
    b = clean_document(RawDocument("b.txt", ("Villages retaken near Kherson\n\n8 November 2022\n\n" + body).encode(), "text/plain"))
    assert a.text == b.text and a.id != b.id


def test_user_published_and_url_win():
    doc = clean_document(text_doc(SCRAPED, published="2022-11-08T09:00", url="https://example.org/x"))
    assert doc.published == "2022-11-08T09:00" and doc.url == "https://example.org/x"


def test_repeated_lines_are_collapsed_and_credit_lines_take_the_caption_above():
    text = ("Shelling resumes in Donetsk\n\n"
            "Residents said the shelling began before dawn and lasted for several hours.\n"
            "A damaged apartment block in Donetsk\n"
            "(Jane Doe / AP)\n"
            "Residents said the shelling began before dawn and lasted for several hours.\n"
            "Officials said at least four people were wounded in the attack on the market.\n")
    doc = clean_document(text_doc(text))
    assert doc.text.count("Residents said") == 1
    assert doc.captions == ("A damaged apartment block in Donetsk", "(Jane Doe / AP)")
    assert "Officials said at least four" in doc.text


def test_comment_thread_after_the_article_is_dropped():
    article = "\n".join(f"Paragraph {i} of the report says the army moved new units to the front line overnight."
                        for i in range(6))
    comments = "\n".join(f"November 19, 2022 at 6:3{i} am\nI think this is a disaster for everyone involved here."
                         for i in range(5))
    doc = clean_document(text_doc(f"Army moves units to the front\n\n{article}\n\n12 Comments\n{comments}"))
    assert "disaster" not in doc.text
    assert doc.text.count("Paragraph") == 6


def test_hard_wrapped_text_is_unwrapped():
    para = ("The defence ministry said on Tuesday that air defence units had shot down eleven drones over the "
            "southern regions overnight, and that debris had damaged two houses and a school building. ")
    import textwrap
    wrapped = "\n\n".join(textwrap.fill(f"In region number {i}: " + para * 2, 72) for i in range(3))
    doc = clean_document(text_doc("Drones downed over the south\n\n" + wrapped))
    assert len(doc.text.split("\n\n")) == 3
    assert "\n" not in doc.text.split("\n\n")[0]


@pytest.mark.parametrize("line,iso", [
    ("24 October 2022, 10:18 AM", "2022-10-24T10:18"),
    ("Oct. 24, 2022", "2022-10-24"),
    ("2022-10-24 10:18", "2022-10-24T10:18"),
    ("Monday, 24 October 2022", "2022-10-24"),
    ("Updated: 24.10.2022 18:05 (Kyiv time)", "2022-10-24T18:05"),
    ("October 24, 2022 at 3:05 p.m. ET", "2022-10-24T15:05"),
])
def test_datelines(line, iso):
    assert parse_dateline(line) == iso


def test_a_sentence_with_a_date_is_not_a_dateline():
    assert parse_dateline("On Oct. 24, 2022, the first trains carrying troops arrived in Gomel.") is None


def test_a_text_without_words_is_a_clean_error():
    with pytest.raises(CleanError) as info:
        clean_document(text_doc("***\n---\n12 / 34\n"))
    assert info.value.origin == "t.txt" and "no body text" in str(info.value)


def test_boilerplate_rules_only_remove_lines_around_a_body():
    # no body to protect: the lines are the text
    assert clean_document(text_doc("Subscribe to our channel\nFollow us on Twitter\n")).text == \
        "Subscribe to our channel\n\nFollow us on Twitter"
    # the same lines around two paragraphs of prose go
    doc = clean_document(text_doc("Subscribe to our channel\n\nTroops crossed the river on Monday, officials said.\n\n"
                                  "The army said the operation would continue for several days.\n\n"
                                  "Follow us on Twitter\n"))
    assert "Subscribe" not in doc.text and "Follow us" not in doc.text and doc.text.startswith("Troops crossed")


def test_cyrillic_plain_text_language():
    text = ("Российские войска прибыли в Беларусь\n\n"
            "Министерство обороны Беларуси сообщило в воскресенье о прибытии первых эшелонов российских военных.\n")
    doc = clean_document(RawDocument(origin="ru.txt", content=text.encode("cp1251"), media_type="text/plain"))
    assert doc.language == "ru" and doc.title.startswith("Российские")


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Talks collapse in Geneva | Example News</title>
<meta property="og:title" content="Talks collapse in Geneva">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-03-05T14:20:00+01:00">
<meta name="author" content="Jane Doe">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Talks collapse in Geneva</h1>
<figure><img src="a.jpg"><figcaption>Delegates leave the conference hall in Geneva on Sunday.</figcaption></figure>
<p>Peace talks between the two delegations collapsed in Geneva on Sunday after negotiators failed to agree on a
ceasefire line, diplomats said.</p>
<p>The foreign ministry accused the other side of making demands that could never be accepted and said its team would
return home on Monday.</p>
<p>Mediators said they would try to bring both sides back to the table within two weeks, but gave no details.</p>
<p>Sign up for our newsletter</p>
</article>
<footer><p>© 2023 Example News. All rights reserved.</p></footer>
</body></html>"""


def test_html_page_main_text_metadata_and_captions():
    doc = clean_document(html_doc(PAGE))
    assert doc.title == "Talks collapse in Geneva"
    assert doc.published == "2023-03-05T14:20:00+01:00"
    assert doc.outlet == "Example News" and doc.author == "Jane Doe"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("Peace talks")
    assert "Delegates leave" not in doc.text
    assert doc.captions == ("Delegates leave the conference hall in Geneva on Sunday.",)
    assert "newsletter" not in doc.text and "Home" not in doc.text
    assert doc.language == "en"


def test_html_options_captions_in_body_and_published_override():
    doc = clean_document(html_doc(PAGE, published="2023-03-06"), CleanOptions(captions_in_body=True))
    assert doc.published == "2023-03-06"
    assert doc.captions


def test_an_xhtml_page_with_an_xml_declaration_keeps_its_text():
    # found by fuzzing: with the declaration lxml roots the tree at the first element and htmldate asserted
    page = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><svg>x</svg>'
            '<p>Russian troops arrived in Belarus on Sunday, the defence ministry said.</p></body></html>')
    doc = clean_document(html_doc(page))
    assert doc.text == "Russian troops arrived in Belarus on Sunday, the defence ministry said."


def test_html_without_article_text_is_a_clean_error():
    with pytest.raises(CleanError):
        clean_document(html_doc("<html><body><nav><a href='/'>Home</a></nav></body></html>"))


def test_reference_markers_are_dropped_so_sentences_split():
    text = ("Regional forces pushed east on Monday\n\n7 November 2022\n\n"
            "Ukrainian troops entered two villages near the river.[21] Russian sources denied the advance.[22][23]\n")
    doc = clean_document(text_doc(text))
    assert "[21]" not in doc.text and "[23]" not in doc.text
    assert "river. Russian sources" in doc.text


_BODY = "<p>" + " ".join(["Russian troops arrived in Belarus on Sunday, the defence ministry said."] * 30) + "</p>"


def _page(head: str) -> str:
    return f"<html><head>{head}</head><body><article>{_BODY}</article></body></html>"


def test_a_placeholder_meta_date_is_not_the_publication_date():
    html = _page('<meta property="article:published_time" content="0001-01-01T00:00:00+00:00">'
                 '<script type="application/ld+json">{"datePublished": "2022-10-24T10:18:00+03:00"}</script>')
    assert clean_html(html).published == "2022-10-24T10:18:00+03:00"


def test_publication_day_is_the_original_not_the_last_change_and_keeps_its_time():
    html = _page('<meta property="article:modified_time" content="2022-10-25T10:18:00">'
                 '<meta property="article:published_time" content="2022-10-23T22:05:00">')
    assert clean_html(html).published == "2022-10-23T22:05:00"


def test_a_stated_time_on_another_day_than_the_page_gives_yields_to_the_day():
    # the page's own URL dates it 2022-10-23; the meta time (UTC, the next morning) is not kept
    html = _page('<link rel="canonical" href="https://example.com/2022/10/23/troops-arrive.html">'
                 '<meta property="article:published_time" content="2022-10-24T04:58:46+00:00">')
    assert clean_html(html).published == "2022-10-23"


_REFS_BODY = ("Militia units shelled two border villages overnight, the regional governor said on Tuesday.\n\n"
              "Residents reported damage to a school and a bridge, and the local council opened a shelter.\n\n")


def test_a_references_list_of_bare_links_is_not_text():
    refs = ("https://t.me/examplechannel/1204; https://t.me/otherchannel/88\n\n"
            "https://www dot example-news dot org/world/2024/03/05/4471093/\n\n"
            "https://example.org/news/77812-shelling-report.html ; https:... https://t.me/x/3\n")
    doc = clean_document(text_doc("Border villages shelled\n\n" + _REFS_BODY + refs))
    assert "Residents reported damage" in doc.text
    assert "t.me" not in doc.text and "4471093" not in doc.text and "77812" not in doc.text
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in (_REFS_BODY + refs).split("\n\n") if p) + \
        "</article></body></html>"
    html = clean_document(html_doc(page))
    assert "Residents reported damage" in html.text and "t.me" not in html.text


def test_one_or_two_bare_links_between_paragraphs_stay():
    """A link under a list item or a lone address is content; only a run of them is a references list."""
    paras = [*_REFS_BODY.split("\n\n")[:2], "1) Shelter map of the district", "http://example.org/map",
             "2) Donations for the school", "www.example-school.org", "The council will meet again on Friday."]
    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>"
    doc = clean_document(html_doc(page))
    assert "http://example.org/map" in doc.text and "www.example-school.org" in doc.text


LIST_PAGE = """Russian troops keep arriving in Belarus

Home | World | Europe

The first convoy of the joint grouping crossed the border on Saturday, the defence ministry said, and more trains
were expected during the week at stations near Brest and Gomel.

According to Ukraine's General Staff:
• 12 tanks;
• 30 armoured vehicles;
• about 170 artillery pieces.

Lukashenko said earlier that a little over a thousand troops had arrived by the weekend, and more would follow.

Read more:
• 5 things to know about the drills
• Photos: 10 days at the border
"""


def test_a_list_of_figures_under_its_lead_in_is_text_and_stays_one_paragraph():
    doc = clean_document(text_doc(LIST_PAGE))
    assert "According to Ukraine's General Staff:\n12 tanks;\n30 armoured vehicles;\nabout 170 artillery pieces." \
        in doc.text.split("\n\n")
    assert doc.text.split("\n\n")[-1].startswith("Lukashenko said earlier")   # the article goes on after the list
    assert "5 things to know" not in doc.text and "Home | World" not in doc.text   # a list of links stays out


def test_the_headline_under_page_furniture_is_the_title():
    page = ("Menu\nNews\nPolitics\nBelarus says more Russian troops have arrived for joint force\n24 October 2022, 14:05\n"
            "Belarus' Defense Ministry said on Monday that a new group of Russian servicemen had arrived in the country "
            "to join the regional grouping of forces.\nIt did not say how many soldiers had come, and the ministry gave "
            "no date for the arrival of the next trains.\n")
    doc = clean_document(text_doc(page))
    assert doc.title == "Belarus says more Russian troops have arrived for joint force"
    assert doc.published.startswith("2022-10-24") and "Politics" not in doc.text


def test_an_updated_line_is_the_articles_date():
    page = ("Kyiv says it downed 30 of 40 drones in overnight attack\nUpdated 25 November 2023, 09:12 GMT\n"
            "Ukraine's air force said on Saturday it had destroyed 30 of the 40 drones that Russia launched overnight, "
            "most of them targeting the capital, and that debris fell on two districts.\n")
    assert clean_document(text_doc(page)).published == "2023-11-25T09:12"


def test_keycap_digits_of_a_channel_post_are_the_figures_they_show():
    from sitroom.analyze import analyze

    post = ("Losses of the enemy on 2 January:\n▪️1️⃣0️⃣6️⃣7️⃣2️⃣0️⃣ personnel\n"
            "▪️Our aviation carried out 1\u20e33\ufe0f\u20e3 strikes on enemy positions\n")
    doc = clean_document(text_doc(post))
    assert "106720 personnel" in doc.text and "carried out 13 strikes" in doc.text and "\u20e3" not in doc.text
    assert "▪️" in doc.text                                    # other emoji stay (analysis blanks them)
    figures = {c.text for c in analyze(doc).claims}
    assert {"106720", "13"} <= figures and not figures & {"1", "0", "3"}



def test_a_call_to_the_reader_goes_with_the_sentence_after_it_on_its_line():
    # "Click here" links set with no-break spaces, the line running on with a second sentence about the map
    html = ("<html><body><article><p><strong>Click\u00a0</strong><a href='/map'>here\u00a0</a>to see our interactive "
            "map of the front line. This map is updated daily alongside the static maps present in this report.</p>"
            "<p>Troops crossed the river near the town on Monday, officials said.</p>"
            "<p>The army said the operation would continue for several more days.</p></article></body></html>")
    doc = clean_document(html_doc(html))
    assert "Troops crossed" in doc.text and "operation would continue" in doc.text
    assert "Click" not in doc.text and "interactive map" not in doc.text


@pytest.mark.parametrize("opening", ["About a thousand Russian troops arrived in Belarus on Sunday.",
                                     "Home to 40,000 people, the town was shelled overnight.",
                                     "Terms of the ceasefire were agreed in Doha on Monday.",
                                     "Next week the two delegations will meet again in Geneva.",
                                     "Help arrived only on Tuesday, residents said."])
def test_a_sentence_opening_with_a_menu_word_is_text(opening):
    # menu and footer links ("About us", "Home", "Terms of use", "Next", "Help") open news sentences too
    text = (f"Talks and troops\n\n{opening}\n\nThe ministry said more trains would follow in the coming days.\n\n"
            "About us | Contact | Careers\n\nTerms of Use\n")
    doc = clean_document(text_doc(text))
    assert opening in doc.text
    assert "Careers" not in doc.text and "Terms of Use" not in doc.text


UK_PAGE = """<html><head><meta charset="utf-8"><title>До Білорусі прибули російські військові</title></head><body>
<article><h1>До Білорусі прибули російські військові</h1>
<p>Поділитися</p>
<p>Міністерство оборони Білорусі повідомило в неділю, що до країни прибули перші ешелони російських військових.</p>
<p>Читайте також: Лукашенко заявив, що в Білорусі буде розміщено 9 тисяч російських військових</p>
<p>За даними моніторингової групи, станом на 13 жовтня прибуло близько тисячі військовослужбовців.</p>
<p>Новини партнерів</p>
<p>Підписуйтесь на наш Telegram-канал</p>
<p>Усі права захищені.</p>
</article></body></html>"""

RU_TEXT = """Российские военные прибыли в Беларусь

Поделиться

Министерство обороны Беларуси сообщило в воскресенье о прибытии первых эшелонов российских военных.

Читайте также: Лукашенко заявил о размещении 9 тысяч военных

Новости партнеров

По данным мониторинговой группы, по состоянию на 13 октября прибыло около тысячи военнослужащих.

Подписывайтесь на наш канал в Telegram

Все права защищены
"""


def test_ukrainian_and_russian_page_boilerplate():
    # share buttons, "read also" links to another article, partner blocks, channel promotion, copyright
    for doc in (clean_document(html_doc(UK_PAGE)), clean_document(text_doc(RU_TEXT))):
        paragraphs = doc.text.split("\n\n")
        assert len(paragraphs) == 2, paragraphs
        assert paragraphs[0].startswith("Міністерство") or paragraphs[0].startswith("Министерство")
        assert "9 тисяч" not in doc.text and "9 тысяч" not in doc.text

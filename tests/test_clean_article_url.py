"""A page's declared URL is its own only when it names more than a site's home page."""
from __future__ import annotations

from sitroom.api import extract
from sitroom.clean._html import article_url

_PAGE = ('<html><head><link rel="canonical" href="{url}"><title>Troops arrive</title></head><body><article>'
         "<h1>Troops arrive</h1><p>Russian troops arrived in Belarus on Sunday, the ministry said in a statement "
         "published on its website.</p></article></body></html>")


def test_a_site_home_page_is_no_articles_url():
    assert article_url("http://dev-isw.bivings.com/") is None
    assert article_url("https://example.org") is None
    assert article_url("https://kyiv-wire.example/2022/10/18/troops") == "https://kyiv-wire.example/2022/10/18/troops"
    assert article_url("https://news.example/?id=4411") == "https://news.example/?id=4411"
    assert article_url(None) is None


def test_a_page_declaring_only_its_sites_home_keeps_no_url():
    assert extract(_PAGE.format(url="http://dev-isw.bivings.com/").encode()).document.url is None
    page = extract(_PAGE.format(url="https://kyiv-wire.example/2022/10/18/troops").encode())
    assert page.document.url == "https://kyiv-wire.example/2022/10/18/troops"

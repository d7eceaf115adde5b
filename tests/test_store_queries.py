"""User text in store queries: full-text search is safe against FTS5/LIKE syntax; limits are validated."""
import pytest

from sitroom.api import extract
from sitroom.store import Store
from sitroom.store._query import fts5_query, like_pattern

TEXT = (b"Russian forces shelled Kherson on Monday; 100% of the officials said it was Putin's order. "
        b"The 'special_operation' went on, the governor said.")


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "s.db")
    s.save(extract(TEXT, published="2022-10-10"))
    s.save(extract(b"Ukrainian troops captured Davydiv Brid on Tuesday, the General Staff reported.",
                   published="2022-10-11"))
    yield s
    s.close()


@pytest.mark.parametrize("query", ["'", '"', "%", "*", "Putin's", "AND", "OR NOT", "NEAR(", "kherson:", "-", "()",
                                   "100%", "a*b", "\\", "special_operation", ""])
def test_search_never_raises_on_user_text(store, query):
    assert isinstance(store.search(query), list)


def test_search_finds_words_whatever_punctuation_surrounds_them(store):
    assert len(store.search("Putin's")) == 1
    assert len(store.search("kherson:")) == 1
    assert len(store.search("Kher*")) == 1              # a trailing * is a prefix search
    assert store.search("%") == [] and store.search("*") == []
    assert len(store.search("troops")) == 1
    assert store.search("troops Kherson") == []        # every word required


def test_query_builders():
    assert fts5_query("Putin's order") == '"Putin" "s" "order"'
    assert fts5_query('say "hi*"') == '"say" "hi"*'
    assert fts5_query("%*'") is None
    assert like_pattern("100%_a\\") == "%100\\%\\_a\\\\%"


@pytest.mark.parametrize("bad", [-1, 0, True, 2.5])
def test_a_bad_limit_is_refused(store, bad):
    with pytest.raises(ValueError, match="limit"):
        store.events(limit=bad)
    with pytest.raises(ValueError, match="limit"):
        store.search("Kherson", limit=bad)


def test_a_good_limit(store):
    assert len(store.events(limit=1)) == 1
    assert len(store.search("said", limit=1)) == 1

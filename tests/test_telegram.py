"""Telegram: a Desktop export (result.json, one chat or a full export) and tg-archive pages, written for these tests."""
import json

import pytest

from sitroom.api import extract, ingest
from sitroom.ingest import IngestError, read_documents, read_telegram_export, read_tg_archive, sniff_format
from sitroom.store import Store

T0 = 1673000000            # 2023-01-06T10:13:20Z


def msg(id, text="", t=T0, **kw):
    entities = kw.pop("entities", None)
    m = {"id": id, "type": "message", "date": "2023-01-06T12:13:20", "date_unixtime": str(t),
         "from": "Kyiv Watch", "from_id": "channel1500000001", "text": text}
    if entities is not None:
        m["text_entities"] = entities
        m["text"] = [e if e["type"] == "plain" else e for e in entities]
    m.update(kw)
    return m


CHAT = {
    "name": "Kyiv Watch", "type": "public_channel", "id": 1500000001,
    "messages": [
        {"id": 1, "type": "service", "date": "2023-01-06T10:00:00", "date_unixtime": str(T0 - 5000),
         "actor": "Kyiv Watch", "action": "pin_message", "text": ""},
        msg(2, entities=[
            {"type": "plain", "text": "Russian forces shelled Kharkiv overnight "},
            {"type": "hashtag", "text": "#Kharkiv"}, {"type": "plain", "text": " via "},
            {"type": "mention", "text": "@kharkiv_news"}, {"type": "plain", "text": " "},
            {"type": "text_link", "text": "video", "href": "https://example.org/v/1"},
            {"type": "plain", "text": " "}, {"type": "link", "text": "https://t.me/kharkiv_news/77"},
        ]),
        # an album: three photos sent together, the caption on the second
        msg(3, "", t=T0 + 60, photo="photos/a.jpg"),
        msg(4, "Ukrainian troops recaptured two villages near Kreminna", t=T0 + 60, photo="photos/b.jpg"),
        msg(5, "", t=T0 + 61, photo="photos/c.jpg"),
        msg(6, "Russian missiles hit a power station in Lviv on Saturday", t=T0 + 120,
            forwarded_from="Ministry of Defence of Ukraine"),
        msg(7, "", t=T0 + 180, photo="photos/d.jpg"),                 # a photo without a caption
        msg(8, "Police detained 12 protesters in Minsk", t=T0 + 240),
        # the same message again, edited later: the later version replaces the earlier one
        msg(8, "Police detained 14 protesters in Minsk", t=T0 + 240, edited="2023-01-06T12:30:00",
            edited_unixtime=str(T0 + 1000)),
    ],
}


def docs_of(data, origin="result.json"):
    return list(read_telegram_export(json.dumps(data).encode("utf-8"), origin))


def test_one_document_per_message_with_text_service_and_empty_media_skipped():
    docs = docs_of(CHAT)
    assert [d.origin.rsplit("/", 1)[1] for d in docs] == ["2", "3", "6", "8"]
    assert all(d.outlet == "Kyiv Watch" and d.media_type == "text/plain" for d in docs)


def test_text_rebuilt_from_entities_keeps_links_and_mentions():
    text = docs_of(CHAT)[0].content.decode("utf-8")
    assert text == ("Russian forces shelled Kharkiv overnight #Kharkiv via @kharkiv_news video (https://example.org/v/1)"
                    " https://t.me/kharkiv_news/77")


def test_an_entity_whose_link_is_not_text_is_read_without_it():
    # found by fuzzing: "href": true crashed the reader
    chat = {**CHAT, "messages": [msg(1, entities=[{"type": "plain", "text": "Shelling in Kherson"},
                                                  {"type": "text_link", "text": " today", "href": True}])]}
    assert docs_of(chat)[0].content.decode("utf-8") == "Shelling in Kherson today"


def test_an_infinite_unixtime_is_no_date_not_a_crash():
    # found by the long fuzz run: JSON's Infinity in edited_unixtime
    chat = {**CHAT, "messages": [msg(1, "Shelling in Kherson", edited_unixtime=float("inf"),
                                     date_unixtime=float("nan"))]}
    assert docs_of(chat)[0].content.decode("utf-8") == "Shelling in Kherson"


def test_date_from_unixtime_in_utc_and_link_to_the_post():
    first = docs_of(CHAT)[0]
    assert first.published == "2023-01-06T10:13:20+00:00"      # not the exporter's local "date"
    assert first.url == "https://t.me/c/1500000001/2"
    named = docs_of(dict(CHAT, username="kyivwatch"))[0]
    assert named.url == "https://t.me/kyivwatch/2"


def test_album_is_one_document_with_its_caption():
    album = docs_of(CHAT)[1]
    assert album.content.decode() == "Ukrainian troops recaptured two villages near Kreminna"
    assert album.url.endswith("/3")


def test_edited_message_replaces_its_earlier_version():
    texts = [d.content.decode() for d in docs_of(CHAT)]
    assert "Police detained 14 protesters in Minsk" in texts
    assert not any("12 protesters" in t for t in texts)


def test_channel_is_the_voice_of_its_own_posts_and_forwarded_posts_keep_their_author():
    own, _, forwarded, _ = docs_of(CHAT)
    assert (own.source, own.carrier) == ("Kyiv Watch", None)
    assert (forwarded.source, forwarded.carrier) == ("Ministry of Defence of Ukraine", "Kyiv Watch")
    ev = extract(own).events
    assert ev and all(e.source.name == "Kyiv Watch" for e in ev)
    ev = extract(forwarded).events
    assert ev and all(e.source.name == "Ministry of Defence of Ukraine" and e.carrier.name == "Kyiv Watch" for e in ev)


def test_a_sentence_that_names_its_source_keeps_it():
    chat = dict(CHAT, messages=[msg(9, "Russian forces shelled Kharkiv overnight, the regional governor said")])
    ev = extract(docs_of(chat)[0]).events
    assert ev and ev[0].source is not None and "governor" in ev[0].source.text


def test_full_export_reads_every_chat():
    other = {"name": "Front Notes", "type": "public_channel", "id": 1500000002,
             "messages": [msg(1, "Ukrainian forces shot down 12 drones over Kyiv")]}
    full = {"about": "Here is the data you requested.", "chats": {"about": "…", "list": [CHAT, other]}}
    docs = docs_of(full)
    assert len(docs) == 5 and docs[-1].outlet == "Front Notes"


def test_export_is_recognised_by_content_and_a_broken_one_reports_its_path(tmp_path):
    good = tmp_path / "export.dat"
    good.write_text(json.dumps(CHAT), encoding="utf-8")
    assert sniff_format(good.read_bytes()[:65536]) == "telegram"
    assert len(list(read_documents(good))) == 4
    bad = tmp_path / "result.json"
    bad.write_text('{"name": "x", "type": "public_channel", "id": 1, "messages": [', encoding="utf-8")
    with pytest.raises(IngestError) as info:
        list(read_documents(bad, ))
    assert info.value.origin == str(bad) and "Telegram" in info.value.reason


def test_ingest_stores_messages_and_goes_on_after_a_broken_export(tmp_path):
    (tmp_path / "a.json").write_text('{"name": "x", "type": "public_channel", "id": 1, "messages": [', "utf-8")
    (tmp_path / "b.json").write_text(json.dumps(CHAT), encoding="utf-8")
    with Store(tmp_path / "t.db") as store:
        report = ingest([tmp_path / "a.json", tmp_path / "b.json"], store)
        assert len(report.added) == 4 and report.failed[0][0] == str(tmp_path / "a.json")
        again = ingest([tmp_path / "b.json"], store)
        assert not again.added and len(again.unchanged) == 4


ARCHIVE = """<html><head><title>Jan 2023 @kyivwatch Telegram message archive.</title></head><body>
<ul class="messages">
<li class="message type-message" id="101">
<div class="body"><div class="meta">
<a href="https://t.me/kyivwatch" class="username">@kyivwatch</a> <a class="id" href="#101">#101</a>
<span class="date">03:27 PM, 01 Jan 2023</span></div>
<div class="text">Russian forces shelled Kherson overnight
<br>
<br>Two people were wounded, the governor said.
<br><a href="https://t.me/khersonoda/5">source</a></div></div></li>
<li class="message type-message" id="102">
<div class="body"><div class="meta">
<a href="https://t.me/kyivwatch" class="username">@kyivwatch</a> <a class="id" href="#102">#102</a>
<span class="date">11:05 AM, 02 Jan 2023</span></div>
<div class="media"><img src="media/102.jpg"></div><div class="text"></div></div></li>
<li class="message type-user_joined" id="103"><div class="body"><div class="text">Someone joined</div></div></li>
<li class="message type-message" id="104">
<div class="body"><div class="meta">
<a href="https://t.me/kyivwatch" class="username">@kyivwatch</a>
<span class="date">11:06 AM, 02 Jan 2023</span></div>
<div class="text">Ukraine shot down 12 drones over Kyiv</div></div></li>
</ul></body></html>"""


def test_tg_archive_page_one_document_per_message_with_date_and_link():
    assert sniff_format(ARCHIVE.encode()) == "tg-archive"
    docs = list(read_tg_archive(ARCHIVE, "page.html"))
    assert [(d.url, d.published) for d in docs] == [
        ("https://t.me/kyivwatch/101", "2023-01-01T15:27"), ("https://t.me/kyivwatch/104", "2023-01-02T11:06")]
    assert docs[0].content.decode() == ("Russian forces shelled Kherson overnight\n\nTwo people were wounded, the "
                                        "governor said.\nsource (https://t.me/khersonoda/5)")
    assert docs[0].outlet == docs[0].source == "@kyivwatch"


def test_a_message_edited_between_two_exports_is_linked_to_the_stored_post_not_stored_twice(tmp_path):
    first = {"name": "Odesa Today", "type": "public_channel", "id": 1600000002, "messages": [
        msg(10, "Drones struck the port of Odesa overnight, injuring 3 workers, the governor said."),
        msg(11, "Air defence shot down 5 drones over Mykolaiv.", t=T0 + 60)]}
    later = json.loads(json.dumps(first))
    later["messages"][0].update(text="Drones struck the port of Odesa overnight, injuring 7 workers, the governor "
                                     "said.", edited="2023-01-06T14:00:00", edited_unixtime=str(T0 + 7200))
    later["messages"].append(msg(12, "Shelling cut power in Kherson.", t=T0 + 120))
    (tmp_path / "jan").mkdir()
    (tmp_path / "feb").mkdir()
    (tmp_path / "jan" / "result.json").write_text(json.dumps(first))
    (tmp_path / "feb" / "result.json").write_text(json.dumps(later))
    with Store(tmp_path / "s.db") as store:
        one = ingest([tmp_path / "jan"], store)
        two = ingest([tmp_path / "feb"], store)
        assert len(one.added) == 2 and one.ok
        assert len(two.added) == 1 and len(two.unchanged) == 1 and two.edits == [one.added[0]] and two.ok
        assert store.counts()["documents"] == 3                      # the edit is no second document
        versions = store.versions(one.added[0])
        assert [v["edited"] for v in versions] == [None, "2023-01-06T12:13:20+00:00"]      # (edited_unixtime, UTC)
        assert versions[0]["text"] is None and "injuring 7 workers" in versions[1]["text"]
        assert all(v["key"] == "telegram:1600000002/10" for v in versions)
        again = ingest([tmp_path / "feb", tmp_path / "jan"], store)     # re-ingesting either export adds nothing
        assert not again.added and not again.edits and len(again.unchanged) == 5
        assert len(store.versions(one.added[0])) == 2

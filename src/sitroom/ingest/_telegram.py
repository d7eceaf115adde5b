"""Telegram channels: a Telegram Desktop JSON export (`result.json`, one chat or a full export) and the static pages
tg-archive builds. One RawDocument per message with text: the channel is the outlet and the voice of its own posts,
the original author of a forwarded post is its source and the channel its carrier."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from sitroom.ingest._errors import IngestError
from sitroom.ingest._markup import element_text
from sitroom.model import RawDocument

TEXT = "text/plain"
# Messages of one album arrive as several messages from one sender within a second or two; one carries the caption.
ALBUM_SECONDS = 2
_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "location_information", "poll", "contact_information")


def looks_like_telegram_export(head: bytes) -> bool:
    """A JSON object whose first keys are those of a Telegram Desktop export (a chat, or a full export)."""
    start = head[:4096].lstrip()
    if not start.startswith(b"{"):
        return False
    return (b'"messages"' in head and (b'"type"' in start[:600] and b'"id"' in start[:600])) or \
        (b'"chats"' in head and (b'"about"' in head or b'"personal_information"' in head or b'"list"' in head))


# --------------------------------------------------------------------------- JSON export

def _entity_text(part: Any) -> str:
    """One piece of a message text: a string, or an entity {type, text, href?}. A named link keeps its address."""
    if isinstance(part, str):
        return part
    if not isinstance(part, dict):
        return ""
    text = str(part.get("text") or "")
    href = part.get("href")
    if not isinstance(href, str):
        href = None
    if href and href not in text:
        return f"{text} ({href})" if text else str(href)
    return text


def message_text(message: dict[str, Any]) -> str:
    """The text of a message as the reader sees it, rebuilt from `text_entities` (else `text`)."""
    parts = message.get("text_entities")
    if not isinstance(parts, list):
        text = message.get("text", "")
        parts = text if isinstance(text, list) else [text]
    return "".join(_entity_text(p) for p in parts).strip()


def _when(message: dict[str, Any], key: str = "date") -> tuple[int | None, str | None]:
    """(unix time, ISO 8601) of a message date: `date_unixtime` is UTC; `date` alone is the exporter's local time."""
    unix = message.get(f"{key}_unixtime")
    if unix not in (None, ""):
        try:
            t = int(unix)
        except (TypeError, ValueError, OverflowError):      # not a number, or Infinity / NaN in the JSON
            t = None
        if t is not None:
            try:
                return t, datetime.fromtimestamp(t, timezone.utc).isoformat()
            except (OverflowError, OSError, ValueError):    # out of the calendar's range: no date, not a crash
                pass
    local = message.get(key)
    if isinstance(local, str) and re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", local):
        try:
            return int(datetime.fromisoformat(local).replace(tzinfo=timezone.utc).timestamp()), local[:19]
        except ValueError:
            pass
    return None, None


def _chats(data: Any, origin: str) -> Iterator[dict[str, Any]]:
    if not isinstance(data, dict):
        raise IngestError(origin, "not a Telegram export: the JSON is not an object")
    if isinstance(data.get("messages"), list):
        yield data
        return
    chats = data.get("chats")
    found = False
    for group in (chats, data.get("left_chats")):
        if isinstance(group, dict) and isinstance(group.get("list"), list):
            for chat in group["list"]:
                if isinstance(chat, dict) and isinstance(chat.get("messages"), list):
                    found = True
                    yield chat
    if not found and not isinstance(chats, dict):
        raise IngestError(origin, "not a Telegram export: no `messages` list and no `chats.list`")


def chat_link(chat: dict[str, Any], message_id: Any) -> str | None:
    """t.me/<username>/<id> for a public chat whose username the export names, else t.me/c/<chat id>/<id>."""
    user = chat.get("username") or chat.get("link")
    if isinstance(user, str) and user:
        user = re.sub(r"^(?:https?://)?(?:t\.me/)?@?", "", user).strip("/")
        return f"https://t.me/{user}/{message_id}"
    cid = chat.get("id")
    if cid is None:
        return None
    cid = str(cid)
    cid = cid[4:] if cid.startswith("-100") else cid.lstrip("-")
    return f"https://t.me/c/{cid}/{message_id}"


def message_key(chat: dict[str, Any], message_id: Any) -> str | None:
    """The identity of a message in every export of its chat: telegram:<chat id>/<message id> (None without ids)."""
    cid = chat.get("id")
    if cid is None or message_id is None or isinstance(cid, (dict, list)) or isinstance(message_id, (dict, list)):
        return None
    cid = str(cid)
    cid = cid[4:] if cid.startswith("-100") else cid.lstrip("-")      # the bare id, as t.me/c/<id> writes it
    return f"telegram:{cid}/{message_id}"


def _has_media(message: dict[str, Any]) -> bool:
    return any(message.get(k) for k in _MEDIA_KEYS)


def _latest_versions(messages: Iterable[Any]) -> list[dict[str, Any]]:
    """Messages in order, an edited message replacing its earlier version (same id, later `edited`)."""
    by_id: dict[Any, dict[str, Any]] = {}
    order: list[Any] = []
    for m in messages:
        if not isinstance(m, dict) or m.get("type", "message") != "message":
            continue                                       # service messages: joins, pins, title changes
        key = m.get("id")
        old = by_id.get(key)
        if old is None:
            order.append(key)
            by_id[key] = m
        elif (_when(m, "edited")[0] or _when(m)[0] or 0) >= (_when(old, "edited")[0] or _when(old)[0] or 0):
            by_id[key] = m
    return [by_id[k] for k in order]


def _albums(messages: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Consecutive media messages of one sender sent within ALBUM_SECONDS form one album (one post)."""
    group: list[dict[str, Any]] = []
    for m in messages:
        if group:
            last = group[-1]
            t, t0 = _when(m)[0], _when(last)[0]
            same = (_has_media(m) and _has_media(last) and m.get("from_id") == last.get("from_id")
                    and t is not None and t0 is not None and abs(t - t0) <= ALBUM_SECONDS
                    and m.get("forwarded_from") == last.get("forwarded_from"))
            if same and sum(1 for x in group + [m] if message_text(x)) <= 1:
                group.append(m)
                continue
            yield group
        group = [m]
    if group:
        yield group


def read_telegram_export(data: bytes, origin: str) -> Iterator[RawDocument]:
    """Every message with text of every chat in a Telegram Desktop export, as one RawDocument each.

    Edits: within one export the latest version of a message wins (`_latest_versions`). Each document carries
    `key` = telegram:<chat id>/<message id> and `edited` (when the export says it was last edited), so that the same
    message in a later export, edited in between, is not stored as a second document: the store keeps the version
    stored first as the document and links the other to it, text included (`Store.versions`). An export with no
    message with text is refused (IngestError), not silently dropped."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(origin, f"broken Telegram export JSON: {exc}") from None
    found = seen = 0
    for chat in _chats(export, origin):
        channel = str(chat.get("name") or "").strip() or None
        is_channel = str(chat.get("type", "")).endswith("channel")
        for album in _albums(_latest_versions(chat["messages"])):
            seen += 1
            first = album[0]
            text = "\n\n".join(t for t in (message_text(m) for m in album) if t)
            if not text:
                continue                                    # a photo or a sticker without a caption
            found += 1
            forwarded = first.get("forwarded_from") or None
            author = first.get("author") or None            # a channel post's signature
            sender = None if is_channel else (first.get("from") or None)
            edits = [e for e in (_when(m, "edited")[1] for m in album) if e]
            yield RawDocument(
                origin=f"{origin}#{chat.get('id', '')}/{first.get('id')}", content=text.encode("utf-8"),
                media_type=TEXT, url=chat_link(chat, first.get("id")), published=_when(first)[1],
                outlet=channel, author=author or sender,
                source=str(forwarded) if forwarded else (sender or channel),
                carrier=(channel if forwarded else None),
                key=message_key(chat, first.get("id")), edited=max(edits) if edits else None,
            )
    if not found:       # nothing to store: said, so that the export is not silently lost
        raise IngestError(origin, f"a Telegram export without any message with text ({seen} posts without text)"
                          if seen else "a Telegram export without messages")


# --------------------------------------------------------------------------- tg-archive static pages

def looks_like_tg_archive(text_head: str) -> bool:
    return 'class="messages"' in text_head and 'class="message type-' in text_head or \
        ("Telegram message archive" in text_head[:4000] and "<li class=\"message" in text_head)


_TG_DATE_FORMATS = ("%I:%M %p, %d %b %Y", "%H:%M, %d %b %Y", "%d %b %Y, %I:%M %p", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S")


def archive_date(text: str) -> str | None:
    """A tg-archive date ("03:27 PM, 01 Jan 2023", or an ISO `title`) to ISO 8601 as precise as shown."""
    s = " ".join(text.split())
    for fmt in _TG_DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).isoformat(timespec="minutes" if "%S" not in fmt else "seconds")
        except ValueError:
            continue
    return None


def read_tg_archive(html: str, origin: str) -> Iterator[RawDocument]:
    """Every message with text on a tg-archive page: its date, its t.me link, the channel as outlet and voice."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception as exc:  # lxml raises several types for unparsable markup
        raise IngestError(origin, f"unparsable tg-archive page: {exc}") from None
    items = tree.xpath('//li[contains(concat(" ", normalize-space(@class), " "), " message ")]')
    if not items:
        raise IngestError(origin, "a tg-archive page without messages")
    found = 0
    for li in items:
        classes = (li.get("class") or "").split()
        if any(c.startswith("type-") and c != "type-message" for c in classes):
            continue                                        # joins, pins and other service entries
        mid = li.get("id")
        texts = li.xpath('.//div[contains(concat(" ", normalize-space(@class), " "), " text ")]')
        text = "\n\n".join(t for t in (element_text(x) for x in texts) if t)
        if not text:
            continue
        found += 1
        user = li.xpath('.//*[contains(@class, "meta")]//a[contains(@class, "username")]')
        channel_href = user[0].get("href") if user else None
        channel = " ".join(user[0].text_content().split()) if user else None
        date_el = li.xpath('.//*[contains(@class, "meta")]//*[contains(@class, "date")]')
        published = None
        if date_el:
            published = archive_date(date_el[0].get("title") or "") or archive_date(date_el[0].text_content())
        url = f"{channel_href.rstrip('/')}/{mid}" if channel_href and mid and "t.me/" in channel_href else None
        fwd = li.xpath('.//*[contains(@class, "fwd") or contains(@class, "forward")]')
        forwarded = " ".join(fwd[0].text_content().split()) if fwd else None
        forwarded = re.sub(r"^(?:forwarded from|fwd:?)\s*", "", forwarded or "", flags=re.I) or None
        yield RawDocument(origin=f"{origin}#{mid}", content=text.encode("utf-8"), media_type=TEXT, url=url,
                          published=published, outlet=channel, source=forwarded or channel,
                          carrier=channel if forwarded else None)
    if not found:
        raise IngestError(origin, f"a tg-archive page without any message with text ({len(items)} entries)")

"""sitroom.brief: the daily briefing — developments by storyline, what changed, what doesn't add up.

Picked from the store (`make_briefing`), worded from fixed templates and rendered as text, Markdown or HTML
(`render_briefing`); delivered by email (`send_briefing`) and as an Atom feed (`publish_to_feed`, `atom_feed`), each
(date, recipient) at most once; scheduled daily (`BriefingScheduler`), with the feed route for `sitroom serve`
(`atom_router`) and its briefing page and API (`briefing_pages`, an extension for `sitroom.serve.create_app`).
"""
from sitroom.brief._atom import atom_feed, publish_to_feed
from sitroom.brief._deliver import DeliveryReport, SmtpSettings, build_message, record_briefing, send_briefing
from sitroom.brief._make import briefing_period, make_briefing, render_briefing
from sitroom.brief._page import briefing_days, briefing_pages
from sitroom.brief._records import (
    Briefing, Change, Contradiction, Development, Figure, Report, Storyline, When,
)
from sitroom.brief._schedule import BriefingSchedule, BriefingScheduler
from sitroom.brief._select import BriefOptions
from sitroom.brief._serve import atom_router, briefing_lifespan

__all__ = [
    "BriefOptions", "Briefing", "BriefingSchedule", "BriefingScheduler", "Change", "Contradiction",
    "DeliveryReport", "Development", "Figure", "Report", "SmtpSettings", "Storyline", "When", "atom_feed",
    "atom_router", "briefing_days", "briefing_lifespan", "briefing_pages", "briefing_period", "build_message",
    "make_briefing", "publish_to_feed", "record_briefing", "render_briefing", "send_briefing",
]

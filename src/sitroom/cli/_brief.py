"""`sitroom brief`: the daily briefing (the command itself lives with its stage, `sitroom.brief.commands`)."""
from sitroom.brief.commands import register
from sitroom.cli._app import app

register(app)

"""`sitroom serve`: the web UI and REST API (the command itself lives with its stage, `sitroom.serve.commands`)."""
from sitroom.cli._app import app
from sitroom.serve.commands import register

register(app)

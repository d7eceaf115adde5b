"""`python -m sitroom …` runs the CLI (the same app as the `sitroom` command)."""
from sitroom.cli import app

app()

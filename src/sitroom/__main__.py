"""`python -m sitroom …` runs the CLI (the same entry point as the `sitroom` command)."""
from sitroom.cli import main

main()

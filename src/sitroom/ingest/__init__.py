"""sitroom.ingest stage."""

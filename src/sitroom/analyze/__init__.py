"""sitroom.analyze stage."""

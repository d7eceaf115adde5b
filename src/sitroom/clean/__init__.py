"""sitroom.clean stage."""

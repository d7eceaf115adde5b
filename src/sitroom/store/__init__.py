"""sitroom.store stage."""

"""sitroom.fuse stage."""

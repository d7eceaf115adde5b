"""Behaviour tests written against surviving mutants (filled in below)."""

"""sitroom: sourced, time-resolved events and figure claims from conflict and political reporting."""
from sitroom.model import (
    SCHEMA_VERSION, Document, Event, Extraction, Quantity, Timex, Entity, Place, EventDate, Evidence,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION", "Document", "Event", "Extraction", "Quantity", "Timex", "Entity", "Place",
    "EventDate", "Evidence", "__version__",
]

"""Tables owned by the fuse stage (near-duplicates, clusters, figure claims), on the shared metadata."""
from __future__ import annotations

from sitroom.store.schema import metadata  # noqa: F401  (tables are added here by the fuse stage)

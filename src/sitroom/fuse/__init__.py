"""sitroom.fuse: fuse reports across sources.

Near-duplicate documents (MinHash LSH), incremental event clusters with scored, explained links, figure claims
on subjects (what x whose x where x status) with per-source series, and contradiction flags. Every read and write
goes through the store's `Transaction` methods; the records (`FuseResult`, `FigureClaim`, `EventCluster`,
`FigureSeries`, `Contradiction`) are the dataclasses of `sitroom.model`.
"""
from sitroom.fuse._cluster import ClusterOptions
from sitroom.fuse._document import FuseOptions, fuse_document
from sitroom.fuse._read import clusters, contradictions, figure_series, iter_figure_series, split_cluster
from sitroom.fuse._series import assemble_series, subject_label

__all__ = ["ClusterOptions", "FuseOptions", "assemble_series", "clusters", "contradictions", "figure_series",
           "fuse_document", "iter_figure_series", "split_cluster", "subject_label"]

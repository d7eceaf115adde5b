"""parallel: analysis on Dask distributed workers, one writer in input order, Parquet shards for big corpora.

- `ingest_parallel(paths, store, workers=N, scheduler=None)`: `sitroom ingest --workers N` — documents analysed on
  a LocalCluster of N worker processes (or a running scheduler, "tcp://HOST:8786"), spaCy loaded once per worker,
  texts batched through `nlp.pipe`; this process stores and fuses each document in input order, so the store is
  the one a sequential run makes.
- `extract_parallel(items, …)`: the ordered stream of Extractions (or `Failure`s) behind it.
- `analyze_to_shards(paths, out, …)` / `ingest_shards(out, store)` / `load_shards(out)`: `sitroom analyze --out DIR`
  writes Parquet shards (resumable: finished shards are skipped) that `sitroom ingest DIR` loads.
"""
from sitroom.parallel._cluster import dask_client
from sitroom.parallel._ingest import extract_parallel, ingest_parallel, read_inputs
from sitroom.parallel._records import extraction_from_record, extraction_record
from sitroom.parallel._shards import analyze_to_shards, ingest_shards, is_shard_dir, load_shards, plan_shards
from sitroom.parallel._work import Failure, extract_batch

__all__ = ["Failure", "analyze_to_shards", "dask_client", "extract_batch", "extract_parallel", "extraction_from_record",
           "extraction_record", "ingest_parallel", "ingest_shards", "is_shard_dir", "load_shards", "plan_shards",
           "read_inputs"]

"""A Dask distributed client: a LocalCluster of worker processes by default, or a running scheduler's address."""
from __future__ import annotations

import contextlib
import logging
from typing import Iterator


@contextlib.contextmanager
def dask_client(workers: int = 2, scheduler: str | None = None) -> Iterator[object]:
    """A `distributed.Client`: connected to `scheduler` ("tcp://HOST:8786") when given, else to a LocalCluster of
    `workers` processes with one thread each (spaCy and our layers are CPU-bound Python: threads would share one
    core). Closed (and the local cluster shut down) on exit."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler, timeout="30s")
        try:
            yield client
        finally:
            client.close()
        return
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)      # no cluster chatter on the user's terminal
    # no dashboard; the HTTP server it always starts gets a free port (8787 may be taken on a shared machine)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                           scheduler_kwargs={"dashboard": False},
                           memory_limit=0, silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()

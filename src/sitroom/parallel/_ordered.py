"""Batches analysed on the cluster, results handed back in input order with a bounded number in flight."""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence, TypeVar

from sitroom.parallel._work import Failure, extract_batch

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for x in items:
        batch.append(x)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_in_order(client, batches: Iterable[Sequence], *, limits=None, batch_size: int = 16,
                     in_flight: int | None = None) -> Iterator[list]:
    """For each batch of raw documents (RawDocument, or Failure for one that could not even be read), the list of its
    results (Extraction or Failure) — in the order the batches came, whatever order the workers finish in. At most
    `in_flight` batches (default: 2 per worker) are submitted and not yet handed back, so memory stays bounded."""
    from distributed import as_completed

    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    window = in_flight or 2 * n_workers
    pending: dict[int, tuple[object, list]] = {}      # batch number -> (future, the batch)
    done: dict[int, list] = {}
    queue = as_completed()
    source = iter(enumerate(batches))
    next_out = 0
    exhausted = False

    def submit() -> bool:
        try:
            k, batch = next(source)
        except StopIteration:
            return False
        raws = [x for x in batch if not isinstance(x, Failure)]
        fut = client.submit(extract_batch, raws, limits, batch_size, pure=False, key=f"sitroom-batch-{k}")
        pending[k] = (fut, list(batch))
        queue.add(fut)
        return True

    while True:
        while not exhausted and len(pending) + len(done) < window:
            exhausted = not submit()
        if not pending and not done:
            return
        if next_out not in done:
            fut = next(queue)
            k = next(key for key, (f, _) in pending.items() if f is fut)
            _, batch = pending.pop(k)
            done[k] = _merge(batch, fut)
            continue
        yield done.pop(next_out)
        next_out += 1


def _merge(batch: list, fut) -> list:
    """Results for a batch: read failures stay where they were, the worker's results fill the rest in order."""
    try:
        results = iter(fut.result())
    except Exception as exc:  # noqa: BLE001 - a worker died (killed, out of memory): its documents failed
        reason = f"worker failed: {type(exc).__name__}: {exc}"
        return [x if isinstance(x, Failure) else Failure(x.origin, reason) for x in batch]
    finally:
        fut.release()
    return [x if isinstance(x, Failure) else next(results) for x in batch]


"""What a worker does with a batch of raw documents: clean, check the caps, analyse through `nlp.pipe`.

Runs in the worker processes (Dask ships the function by reference; the worker imports sitroom). spaCy is loaded once
per worker process (`sitroom.nlp.load_nlp` is cached) and every batch goes through `analyze_batch`.
"""
from __future__ import annotations

from dataclasses import dataclass

from sitroom.limits import DEFAULT_LIMITS, Limits
from sitroom.model import Extraction, RawDocument


@dataclass(frozen=True)
class Failure:
    """A document that could not be extracted: its origin (path) and a reason for the user."""
    origin: str
    reason: str


_WARM_TEXT = ("KYIV, Oct 16 (Reuters) - Russian forces shelled Kherson on Sunday, killing at least 12 people, "
              "the regional governor said. About 9,000 troops will be deployed to Belarus, the ministry said.")


def warm() -> bool:
    """Load the model and every layer's lexicons, gazetteer and matchers in this worker before any document arrives
    (one short report analysed), so that the first batch is not slower than the others."""
    from sitroom.analyze import analyze
    from sitroom.clean import clean_document
    from sitroom.nlp import load_nlp

    load_nlp()
    analyze(clean_document(RawDocument(origin="<warm>", content=_WARM_TEXT.encode(), media_type="text/plain",
                                            published="2022-10-16")))
    return True


def extract_batch(raws: list[RawDocument], limits: Limits | None = None,
                  batch_size: int = 16) -> list[Extraction | Failure]:
    """One result per raw document, in order: its Extraction, or a Failure with the reason."""
    from sitroom.analyze import analyze_batch
    from sitroom.clean import clean_document
    from sitroom.ingest import IngestError

    lim = limits or DEFAULT_LIMITS
    out: list[Extraction | Failure | None] = [None] * len(raws)
    docs, at = [], []
    for i, raw in enumerate(raws):
        try:
            doc = clean_document(raw)
            if len(doc.text) > lim.max_text_chars:
                raise IngestError(raw.origin, f"clean text of {len(doc.text):,} characters is longer than the "
                                              f"{lim.max_text_chars:,} limit (Limits.max_text_chars)")
        except IngestError as exc:
            out[i] = Failure(raw.origin, exc.reason)
        except Exception as exc:  # noqa: BLE001 - a bug in one document must not lose the batch
            out[i] = Failure(raw.origin, f"internal error: {type(exc).__name__}: {exc}")
        else:
            docs.append(doc)
            at.append(i)
    try:
        for i, ex in zip(at, analyze_batch(docs, limits=lim, batch_size=batch_size)):
            out[i] = ex
    except Exception:  # noqa: BLE001 - one document broke the batch: analyse them one by one to find it
        from sitroom.analyze import analyze
        for i, doc in zip(at, docs):
            try:
                out[i] = analyze(doc, limits=lim)
            except Exception as exc:  # noqa: BLE001
                out[i] = Failure(raws[i].origin, f"internal error: {type(exc).__name__}: {exc}")
    return out  # type: ignore[return-value]

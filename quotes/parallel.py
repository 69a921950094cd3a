"""Run the extraction in worker processes that each hold a copy of the pipeline."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from quotes.model import Article, Quote

# Articles sent to a worker at a time: small enough that the workers finish together at the end of a
# run, large enough that the neural models still batch several documents.
DEFAULT_TASK_SIZE = 8
# Batches queued per worker: one being processed and one waiting, so no worker idles while the
# parent reads ahead, and memory stays bounded however long the stream of articles is.
DEFAULT_BATCHES_PER_WORKER = 2

_worker_nlp: Language | None = None  # the pipeline of this worker process


def _start_worker(nlp: Language) -> None:
    global _worker_nlp
    _worker_nlp = nlp


def _extract_batch(articles: list[Article], options: dict) -> list[list[Quote]]:
    from quotes.extract import process_articles

    # Docs never leave the worker: spaCy cannot serialise our Span._ values, Quote records pickle cleanly
    return [quotes for _article, quotes in process_articles(_worker_nlp, articles, **options)]


def _context():
    # fork shares the loaded pipeline with the workers for free; elsewhere the pipeline is pickled to them
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def process_in_workers(nlp: Language, articles: Iterable[Article], *, n_process: int, batch_size: int,
                       task_size: int = DEFAULT_TASK_SIZE, batches_per_worker: int = DEFAULT_BATCHES_PER_WORKER,
                       **options) -> Iterator[tuple[Article, list[Quote]]]:
    """Yield each article with its quotes, in input order, from `n_process` worker processes.

    Workers take `task_size` articles at a time (at most `batch_size`); `options` go to
    `process_articles` in the workers.
    """
    task_size = max(1, min(task_size, batch_size))
    options = {**options, "batch_size": task_size}
    stream = iter(articles)
    pending: deque[tuple[list[Article], Future]] = deque()
    with ProcessPoolExecutor(max_workers=n_process, mp_context=_context(),
                             initializer=_start_worker, initargs=(nlp,)) as pool:
        while True:
            batch = list(islice(stream, task_size))
            if batch:
                pending.append((batch, pool.submit(_extract_batch, batch, options)))
            while pending and (not batch or len(pending) >= n_process * batches_per_worker):
                done, future = pending.popleft()
                yield from zip(done, future.result())
            if not batch:
                return

"""Run extraction here (in one or more processes) or on a Dask cluster, reusing what a store already holds.

Both engines end the same way: quotes of the kinds asked for, speakers made canonical across articles,
sorted. Where quotes come back with topic material instead of topics (from a store, or from Dask
workers), topics are tagged here from that material with the lexicon of this run; see quotes.store.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from quotes.errors import EngineError, InputError
from quotes.model import Article, Quote, sort_key
from quotes.progress import Progress
from quotes.readers import Failure, expand_paths, read_file

if TYPE_CHECKING:  # spaCy takes seconds to import; the CLI reads this module's constants for --help
    from spacy.language import Language

    from quotes.extract import Extraction
    from quotes.store import QuoteStore, StoredQuote

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
DEFAULT_ENGINE = "local"
DEFAULT_JOBS = 1
# a task carries a few files, so that one slow file does not hold a worker's whole share
DEFAULT_TASKS_PER_WORKER = 4
MAX_FILES_PER_TASK = 32
DASK_INSTALL = "pip install 'quotes[dask]'"
DEFAULT_CONNECT_TIMEOUT = "20s"


@dataclass(frozen=True)
class ArticleQuotes:
    """One article's quotes in the store's form, as a Dask worker sends them back (the text left behind)."""

    article: Article
    content_hash: str
    words: int
    quotes: tuple[StoredQuote, ...]


@dataclass
class RunState:
    """What a run has gathered: quotes with topics, quotes still to tag, failures and counts."""

    strict: bool
    quotes: list[Quote] = field(default_factory=list)
    untagged: list[tuple[Article, Sequence[StoredQuote]]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    processed: int = 0
    reused: int = 0
    nlp: Language | None = None  # the pipeline, where one was loaded for this run

    def fail(self, failure: Failure) -> None:
        """Skip an input that cannot be read, or stop the run with `strict`."""
        if self.strict:
            raise InputError(failure.message)
        # reported once, at the end of the run, by whoever called it (the CLI lists them all)
        log.info(failure.message)
        self.failures.append(failure)


def run_extraction(
    paths: Iterable[str],
    *,
    load_nlp: Callable[[], Language],
    pipeline: str,
    coreference: bool,
    topics_path: Path | str | None,
    aliases: dict[str, str] | None,
    kinds: Sequence[str],
    encoding: str | None,
    text_column: str,
    globs: Iterable[str],
    strict: bool,
    jobs: int = DEFAULT_JOBS,
    store: QuoteStore | None = None,
    engine: str = DEFAULT_ENGINE,
    scheduler: str | None = None,
    progress: Progress | None = None,
    on_article: Callable[[Article], None] | None = None,
    tagger_nlp: Language | None = None,
) -> Extraction:
    """Extract with the chosen engine and gather an Extraction; see extract_quotes for the options."""
    from quotes.extract import Extraction, canonicalize

    if engine not in ENGINES:
        raise ValueError(f"unknown engine '{engine}'; choose from {', '.join(ENGINES)}")
    if topics_path and (store is not None or engine == "dask"):
        from quotes.pipeline.topics import read_topics

        # topics are tagged after the parse here: a bad lexicon should stop the run before it
        read_topics(topics_path)
    # listing the files first gives the progress bar its total, and so its ETA
    plan = list(expand_paths(paths, globs=globs))
    if progress is not None:
        progress.start(files=sum(1 for entry in plan if not isinstance(entry, Failure)))
    state = RunState(strict=strict)
    if engine == "dask":
        _run_dask(plan, state, scheduler=scheduler, jobs=jobs, store=store, pipeline=pipeline,
                  coreference=coreference, encoding=encoding, text_column=text_column, progress=progress,
                  on_article=on_article)
    else:
        _run_local(plan, state, load_nlp=load_nlp, jobs=jobs, store=store, pipeline=pipeline, encoding=encoding,
                   text_column=text_column, progress=progress, on_article=on_article)

    kinds = tuple(kinds)
    quotes = [q for q in state.quotes if q.kind in kinds]
    if state.untagged:
        from quotes.store import tag_stored

        # lemmatising the lexicon's terms needs only the tagger: a loaded pipeline does, else a light one
        topics = tag_stored((s for _, stored in state.untagged for s in stored if s.kind in kinds),
                            topics_path=topics_path, nlp=state.nlp or tagger_nlp, store=store)
        for article, stored in state.untagged:
            quotes.extend(s.to_quote(article, topics=topics[s.material]) for s in stored if s.kind in kinds)
    quotes = canonicalize(quotes, aliases=aliases)
    quotes.sort(key=sort_key)
    return Extraction(quotes=quotes, failures=state.failures, articles=state.processed + state.reused,
                      processed=state.processed, reused=state.reused)


# ---------------------------------------------------------------------------------------------------
# Local engine: this process, or `jobs` worker processes through process_articles(n_process=...)


class _FileCounter:
    """Tell the progress bar when a file is finished: read whole, and all its new articles processed."""

    def __init__(self, progress: Progress | None):
        self.progress = progress
        self.queued: deque[int] = deque()  # file index of each article sent to the pipeline, in order
        self.open: Counter[int] = Counter()
        self.read: set[int] = set()

    def queue(self, index: int) -> None:
        self.queued.append(index)
        self.open[index] += 1

    def processed(self, words: int) -> None:
        # nlp.pipe keeps the order of its input, so the oldest queued article is the one that came out
        index = self.queued.popleft()
        self.open[index] -= 1
        self._advance(articles=1, words=words)
        self._maybe_done(index)

    def reused(self, words: int) -> None:
        self._advance(articles=1, words=words)

    def file_read(self, index: int) -> None:
        self.read.add(index)
        self._maybe_done(index)

    def _maybe_done(self, index: int) -> None:
        if index in self.read and self.open[index] == 0:
            self.read.discard(index)
            self._advance(files=1)

    def _advance(self, **counts: int) -> None:
        if self.progress is not None:
            self.progress.advance(**counts)


def _run_local(plan, state: RunState, *, load_nlp, jobs, store, pipeline, encoding, text_column, progress,
               on_article) -> None:
    from quotes.extract import process_articles
    from quotes.store import content_hash, material_pipe, split_material

    counter = _FileCounter(progress)

    def new_articles() -> Iterator[Article]:
        for index, entry in enumerate(plan):
            if isinstance(entry, Failure):
                state.fail(entry)
                continue
            path, source = entry
            for item in read_file(path, source=source, encoding=encoding, text_column=text_column):
                if isinstance(item, Failure):
                    state.fail(item)
                    continue
                if on_article is not None:
                    on_article(item)
                if store is not None:
                    stored = store.get(content_hash(item.text), pipeline)
                    if stored is not None:
                        state.reused += 1
                        state.untagged.append((_without_text(item), stored))
                        counter.reused(len(item.text.split()))
                        continue
                counter.queue(index)
                yield item
            counter.file_read(index)

    articles = new_articles()
    # the pipeline loads (seconds) only when some article is not in the store yet
    first = next(articles, None)
    if first is None:
        return
    state.nlp = nlp = load_nlp()
    queued = _chain(first, articles)
    with material_pipe(nlp) if store is not None else contextlib.nullcontext(nlp):
        for article, quotes in process_articles(nlp, queued, n_process=jobs):
            state.processed += 1
            if store is not None:
                stored = split_material(quotes)
                # the article's quotes and its "done" row go in one transaction
                store.put(content_hash(article.text), pipeline, stored, source=article.source)
                state.untagged.append((_without_text(article), stored))
            else:
                state.quotes.extend(quotes)
            counter.processed(len(article.text.split()))


def _without_text(article: Article) -> Article:
    # stored quotes carry their own text and context; a long run need not keep every article's text
    return Article(article.source, article.doc_id, "", article.meta)


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


# ---------------------------------------------------------------------------------------------------
# Dask engine: tasks of a few file paths each, read and processed on the workers


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise EngineError(f"--engine dask needs dask.distributed, which is not installed; run: {DASK_INSTALL}") from None
    return distributed


@contextlib.contextmanager
def dask_client(*, scheduler: str | None, workers: int) -> Iterator:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` single-threaded processes."""
    distributed = _import_distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=DEFAULT_CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as error:
            raise EngineError(f"cannot reach the Dask scheduler at '{scheduler}' ({error}); "
                              "check --scheduler and that dask-scheduler is running") from None
        with client:
            yield client
        return
    # one thread per worker: each worker holds one pipeline, and spaCy gains nothing from threads
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def _run_dask(plan, state: RunState, *, scheduler, jobs, store, pipeline, coreference, encoding, text_column,
              progress, on_article) -> None:
    from quotes.store import content_hash

    with dask_client(scheduler=scheduler, workers=jobs) as client:
        files = [(index, entry) for index, entry in enumerate(plan) if not isinstance(entry, Failure)]
        skip: dict[int, frozenset[str]] = {}
        reused: dict[int, list[tuple[Article, list[StoredQuote]]]] = {}
        early_failures: dict[int, list[Failure]] = {}
        if store is not None:
            # the store lives here, so the articles it holds are found here and left out of the tasks
            for index, (path, source) in files:
                hashes, reused[index], early_failures[index] = set(), [], []
                for item in read_file(path, source=source, encoding=encoding, text_column=text_column):
                    if isinstance(item, Failure):
                        early_failures[index].append(item)
                        continue
                    digest = content_hash(item.text)
                    stored = store.get(digest, pipeline)
                    if stored is not None:
                        hashes.add(digest)
                        reused[index].append((item, stored))
                skip[index] = frozenset(hashes)

        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        per_task = max(1, min(MAX_FILES_PER_TASK, math.ceil(len(files) / (workers * DEFAULT_TASKS_PER_WORKER))))
        futures, task_of = [], {}
        for start in range(0, len(files), per_task):
            batch = files[start:start + per_task]
            # absolute paths: a worker's working folder need not be ours (shared file systems)
            work = [(os.path.abspath(path), source, skip.get(index, frozenset())) for index, (path, source) in batch]
            futures.append(client.submit(extract_files, work, coreference=coreference, encoding=encoding,
                                         text_column=text_column, pure=False))
            for position, (index, _entry) in enumerate(batch):
                task_of[index] = (len(futures) - 1, position)

        results: dict[int, list] = {}
        # results are taken in input order, so failures are reported (and --strict stops) as locally
        for index, entry in enumerate(plan):
            if isinstance(entry, Failure):
                state.fail(entry)
                continue
            task, position = task_of[index]
            if task not in results:
                results[task] = futures[task].result()
            items = results[task][position]
            words, articles = 0, len(reused.get(index, ()))
            for article, stored in reused.pop(index, []):
                if on_article is not None:
                    on_article(article)
                state.reused += 1
                state.untagged.append((_without_text(article), stored))
                words += len(article.text.split())
            for failure in early_failures.get(index, []):
                state.fail(failure)
            for item in items:
                if isinstance(item, Failure):
                    # with a store, this file's failures were met (and reported) when it was read here
                    if store is None:
                        state.fail(item)
                    continue
                if on_article is not None:
                    on_article(item.article)
                state.processed += 1
                state.untagged.append((item.article, item.quotes))
                articles += 1
                words += item.words
                if store is not None:
                    store.put(item.content_hash, pipeline, item.quotes, source=item.article.source)
            if progress is not None:
                progress.advance(files=1, articles=articles, words=words)
            results[task][position] = None  # let the worker's records go once used


# Each worker process keeps one pipeline per option set, loaded by its first task.
_WORKER_PIPELINES: dict[bool, Language] = {}
_WORKER_LOCK = threading.Lock()


def worker_pipeline(*, coreference: bool) -> Language:
    """This process's pipeline for Dask tasks, with the topic-material component; loaded once."""
    with _WORKER_LOCK:
        if coreference not in _WORKER_PIPELINES:
            from quotes.pipeline import load_pipeline
            from quotes.store import MATERIAL_PIPE

            nlp = load_pipeline(coreference=coreference)
            nlp.add_pipe(MATERIAL_PIPE, last=True)
            _WORKER_PIPELINES[coreference] = nlp
        return _WORKER_PIPELINES[coreference]


def extract_files(files: Sequence[tuple[str, str, frozenset[str]]], *, coreference: bool, encoding: str | None,
                  text_column: str) -> list[list[Failure | ArticleQuotes]]:
    """A Dask task: read files on this worker and return, per file, its failures and its articles' quotes.

    `files` holds (path, source, hashes to skip). Topics are left to the client, which tags them from
    the material with its own lexicon, so that no lexicon file has to reach the workers.
    """
    from quotes.extract import process_articles
    from quotes.store import content_hash, split_material

    per_file: list[list[Failure | ArticleQuotes]] = [[] for _ in files]
    todo: list[tuple[int, str]] = []
    articles: list[Article] = []
    for position, (path, source, skip) in enumerate(files):
        for item in read_file(Path(path), source=source, encoding=encoding, text_column=text_column):
            if isinstance(item, Failure):
                per_file[position].append(item)
                continue
            digest = content_hash(item.text)
            if digest in skip:
                continue
            todo.append((position, digest))
            articles.append(item)
    if not articles:
        return per_file
    nlp = worker_pipeline(coreference=coreference)
    # a worker run with several threads shares its one pipeline, which is not safe to run twice at once
    with _WORKER_LOCK:
        for (position, digest), (article, quotes) in zip(todo, process_articles(nlp, articles)):
            stub = Article(article.source, article.doc_id, "", article.meta)
            per_file[position].append(ArticleQuotes(stub, digest, len(article.text.split()),
                                                    tuple(split_material(quotes))))
    return per_file

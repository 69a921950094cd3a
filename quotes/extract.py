"""Extract quotes from articles: the library's main entry point."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from quotes.model import KINDS, Article, Quote, quote_id, sort_key
from quotes.progress import Progress
from quotes.readers import DEFAULT_GLOBS, DEFAULT_TEXT_COLUMN, Failure
from quotes.resources import read_pairs
from quotes.select import DEFAULT_SKIP_UNQUOTED, selector_for
from quotes.speakers import canonical_names
from quotes.store import QuoteStore, pipeline_key, pipeline_key_of
from quotes.text import NormalizedText, normalize

log = logging.getLogger(__name__)

DEFAULT_KINDS = ("direct", "partial", "scare")
DEFAULT_BATCH_SIZE = 32


@dataclass
class Extraction:
    """The quotes found, sorted, and the inputs that could not be read."""

    quotes: list[Quote] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0
    processed: int = 0  # articles run through the pipeline in this run
    reused: int = 0  # articles whose quotes came from the store


def read_aliases(path: Path | str) -> dict[str, str]:
    """A user's `alias,canonical` CSV as a mapping."""
    return {alias: canonical for alias, canonical in read_pairs(path, ("alias", "canonical"))}


def quotes_from_doc(doc: Doc, article: Article, normalized: NormalizedText) -> list[Quote]:
    """Turn the quote spans of a processed Doc into Quote records with offsets into the original text."""
    records = []
    paragraphs = doc._.quote_paragraphs or []
    original = normalized.original
    for span in doc.spans.get("quotes", []):
        found = span._.quote
        start, end = normalized.span_to_original(found.start, found.end)
        para = paragraphs[found.paragraph] if found.paragraph < len(paragraphs) else None
        context = ""
        if para is not None:
            c_start, c_end = normalized.span_to_original(para.start, para.end)
            context = original[c_start:c_end]
        records.append(Quote(
            quote_id=quote_id(article.doc_id, start, end),
            source=article.source,
            doc_id=article.doc_id,
            paragraph=found.paragraph,
            start=start,
            end=end,
            kind=span._.kind,
            depth=found.depth,
            speaker=span._.speaker,
            speaker_type=span._.speaker_type,
            speaker_mention=span._.speaker_mention,
            speaker_description=span._.speaker_description,
            cue=span._.cue,
            method=span._.method,
            confidence=round(float(span._.confidence), 3),
            topics=tuple(span._.topics),
            text=original[start:end],
            context=context,
            **{k: article.meta.get(k, "") for k in ("title", "date", "outlet", "url")},
        ))
    return records


def process_articles(nlp: Language, articles: Iterable[Article], *,
                     batch_size: int = DEFAULT_BATCH_SIZE, n_process: int = 1,
                     skip_unquoted: bool = DEFAULT_SKIP_UNQUOTED) -> Iterator[tuple[Article, list[Quote]]]:
    """Run the pipeline over articles in batches; yield each article with its quotes, in input order.

    With `n_process` > 1 the articles go to that many worker processes, each with its own copy of `nlp`.
    With `skip_unquoted`, an article with neither quote marks nor a reporting verb is not parsed at all.
    """
    from quotes.pipeline.coref import release

    if n_process > 1:
        from quotes.parallel import process_in_workers

        yield from process_in_workers(nlp, articles, n_process=n_process, batch_size=batch_size,
                                      skip_unquoted=skip_unquoted)
        return
    selector = selector_for(nlp) if skip_unquoted else None

    def prepared():
        for article in articles:
            normalized = normalize(article.text)
            if selector is not None and not selector.may_hold_quotes(normalized.text):
                # an empty Doc keeps the article's place in the batch at no cost
                yield "", (article, None)
                continue
            yield normalized.text, (article, normalized)

    for doc, (article, normalized) in nlp.pipe(prepared(), as_tuples=True, batch_size=batch_size):
        quotes = quotes_from_doc(doc, article, normalized) if normalized is not None else []
        # the coreference windows are only needed while the attributor runs; free them with the Doc
        release(doc)
        yield article, quotes


def canonicalize(quotes: list[Quote], *, aliases: dict[str, str] | None = None) -> list[Quote]:
    """Give each person one speaker name across all articles (Jon Ashworth = Jonathan Ashworth)."""
    names = [q.speaker for q in quotes if q.speaker and q.speaker_type == "person"]
    mapping = canonical_names(names, aliases=aliases)
    lowered = {k.lower(): v for k, v in (aliases or {}).items()}
    result = []
    for q in quotes:
        if q.speaker_type == "person" and q.speaker in mapping:
            speaker = mapping[q.speaker]
        else:
            speaker = lowered.get(q.speaker.lower(), q.speaker) if q.speaker else q.speaker
        result.append(q if speaker == q.speaker else dataclasses.replace(q, speaker=speaker))
    return result


# Loaded pipelines, by their options: loading takes seconds, and one process (a test session, a
# notebook) often extracts many times with the same options.
_PIPELINES: dict[tuple, Language] = {}


def cached_pipeline(*, coreference: bool = True, topics_path: Path | str | None = None) -> Language:
    """The pipeline for these options, loaded on first use and kept for the life of the process."""
    from quotes.pipeline import load_pipeline

    lexicon = None
    if topics_path:
        try:
            # keyed by the lexicon's bytes, not its name, so an edited topic file is read again
            lexicon = hashlib.sha256(Path(topics_path).read_bytes()).hexdigest()
        except OSError:
            lexicon = str(topics_path)  # load_pipeline says what is wrong with it
    key = (coreference, lexicon)
    if key not in _PIPELINES:
        _PIPELINES[key] = load_pipeline(coreference=coreference, topics_path=topics_path)
    return _PIPELINES[key]


def extract_quotes(
    paths: Iterable[str],
    *,
    nlp: Language | None = None,
    coreference: bool = True,
    topics_path: Path | str | None = None,
    aliases: dict[str, str] | None = None,
    kinds: Iterable[str] = DEFAULT_KINDS,
    encoding: str | None = None,
    text_column: str = DEFAULT_TEXT_COLUMN,
    globs: Iterable[str] = DEFAULT_GLOBS,
    strict: bool = False,
    on_article: Callable[[Article], None] | None = None,
    jobs: int = 1,
    store: QuoteStore | Path | str | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> Extraction:
    """Find, attribute and tag every quote in the articles behind `paths`.

    Bad inputs are collected in `failures` and skipped; with `strict=True` the first one raises.
    `jobs` runs the pipeline in that many processes (local engine) or local Dask workers. With a
    `store` (a QuoteStore or the path of its SQLite file), articles already stored are not parsed again,
    and topics are tagged from stored material with `topics_path` (the default lexicon when None).
    `engine="dask"` runs on the cluster at `scheduler`, or on a LocalCluster of `jobs` workers.
    The pipeline is loaded once per process for each set of options, unless `nlp` is given.
    """
    from quotes.engine import ENGINES, run_extraction

    kinds = tuple(kinds)
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {', '.join(KINDS)}")
    if engine not in ENGINES:
        raise ValueError(f"unknown engine '{engine}'; choose from {', '.join(ENGINES)}")
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if nlp is not None and engine == "dask":
        raise ValueError("the dask engine loads its pipeline on each worker; pass no nlp with engine='dask'")

    def load_nlp() -> Language:
        if nlp is not None:
            return nlp
        # with a store, topics are tagged from stored material afterwards: any lexicon's pipeline will do
        return cached_pipeline(coreference=coreference, topics_path=topics_path if store is None else None)

    # what, besides the text, decides the stored output; read from the pipeline itself when given one
    key = pipeline_key_of(nlp) if nlp is not None else pipeline_key(coreference=coreference)
    with contextlib.ExitStack() as stack:
        if store is not None and not isinstance(store, QuoteStore):
            store = stack.enter_context(QuoteStore(store))
        return run_extraction(
            paths, load_nlp=load_nlp, pipeline=key, coreference=coreference, topics_path=topics_path,
            aliases=aliases, kinds=kinds, encoding=encoding, text_column=text_column, globs=globs, strict=strict,
            jobs=jobs, store=store, engine=engine, scheduler=scheduler, progress=progress, on_article=on_article,
            # tagging stored quotes needs only lemmas: any pipeline at hand saves loading a light one
            tagger_nlp=nlp if nlp is not None else next(iter(_PIPELINES.values()), None),
        )

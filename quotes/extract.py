"""Extract quotes from articles: the library's main entry point."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from quotes.model import KINDS, Article, Quote, quote_id, sort_key
from quotes.readers import DEFAULT_GLOBS, DEFAULT_TEXT_COLUMN, Failure, iter_articles
from quotes.resources import read_pairs
from quotes.speakers import canonical_names
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
                     batch_size: int = DEFAULT_BATCH_SIZE, n_process: int = 1) -> Iterator[tuple[Article, list[Quote]]]:
    """Run the pipeline over articles in batches; yield each article with its quotes."""
    def prepared():
        for article in articles:
            normalized = normalize(article.text)
            yield normalized.text, (article, normalized)

    for doc, (article, normalized) in nlp.pipe(prepared(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, quotes_from_doc(doc, article, normalized)


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
) -> Extraction:
    """Find, attribute and tag every quote in the articles behind `paths`.

    Bad inputs are collected in `failures` and skipped; with `strict=True` the first one raises.
    """
    from quotes.errors import InputError
    from quotes.pipeline import load_pipeline

    kinds = tuple(kinds)
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {', '.join(KINDS)}")
    if nlp is None:
        nlp = load_pipeline(coreference=coreference, topics_path=topics_path)
    result = Extraction()

    def articles() -> Iterator[Article]:
        for item in iter_articles(paths, encoding=encoding, text_column=text_column, globs=globs):
            if isinstance(item, Failure):
                if strict:
                    raise InputError(item.message)
                log.warning(item.message)
                result.failures.append(item)
                continue
            if on_article is not None:
                on_article(item)
            yield item

    quotes: list[Quote] = []
    for _article, found in process_articles(nlp, articles()):
        result.articles += 1
        quotes.extend(q for q in found if q.kind in kinds)
    quotes = canonicalize(quotes, aliases=aliases)
    quotes.sort(key=sort_key)
    result.quotes = quotes
    return result

"""Plain records that cross module boundaries: articles in, quotes out."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields

KINDS = ("direct", "partial", "scare", "indirect")
SPEAKER_TYPES = ("person", "organisation", "anonymous", "unknown")
ARTICLE_FIELDS = ("title", "date", "outlet", "url")


@dataclass(frozen=True)
class Article:
    """One article's decoded text and where it came from."""

    source: str  # the path as given (plus "#line" or "#row" for JSONL and CSV inputs)
    doc_id: str
    text: str
    meta: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Quote:
    """One quote, with offsets into its article's decoded text and how its speaker was found."""

    quote_id: str
    source: str
    doc_id: str
    paragraph: int
    start: int
    end: int
    kind: str
    depth: int
    speaker: str
    speaker_type: str
    speaker_mention: str
    speaker_description: str
    cue: str
    method: str
    confidence: float
    topics: tuple[str, ...]
    text: str
    context: str
    title: str = ""
    date: str = ""
    outlet: str = ""
    url: str = ""

    def as_row(self) -> dict:
        """A flat dict for CSV and JSON: topics joined with ';'."""
        row = asdict(self)
        row["topics"] = ";".join(self.topics)
        return row


QUOTE_COLUMNS = tuple(f.name for f in fields(Quote))


def quote_id(doc_id: str, start: int, end: int) -> str:
    """A stable id from where the quote stands: the same article and offsets give the same id."""
    return hashlib.sha1(f"{doc_id}\x00{start}\x00{end}".encode()).hexdigest()[:16]


def sort_key(quote: Quote) -> tuple:
    return (quote.source, quote.start, quote.depth, quote.end)

"""Build the speaker-by-topic index and the per-quote table behind it, with pandas."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from quotes.model import QUOTE_COLUMNS, Quote

INDEX_COLUMNS = ["speaker", "topic", "quotes", "articles", "sources", "example_quote", "example_source", "example_start"]
QUOTE_TABLE_COLUMNS = [
    "speaker", "topics", "kind", "text", "source", "start", "end", "paragraph", "context", "speaker_type",
    "speaker_mention", "speaker_description", "cue", "method", "confidence", "quote_id",
]
DEFAULT_INDEX_KINDS = ("direct", "partial")
UNNAMED_PREFIX = "(unnamed) "


def quotes_frame(quotes: Iterable[Quote]) -> pd.DataFrame:
    """One row per quote, columns in the Quote record's order."""
    return pd.DataFrame([q.as_row() for q in quotes], columns=list(QUOTE_COLUMNS))


def select_quotes(quotes: Iterable[Quote], *, kinds: Iterable[str] = DEFAULT_INDEX_KINDS,
                  include_unnamed: bool = False, min_confidence: float = 0.0) -> pd.DataFrame:
    """The quotes that count in the index, with `speaker` filled for unnamed sources when asked."""
    frame = quotes_frame(quotes)
    frame = frame[frame["kind"].isin(list(kinds)) & (frame["depth"] == 0) & (frame["confidence"] >= min_confidence)]
    unnamed = frame["speaker"] == ""
    if include_unnamed:
        described = unnamed & (frame["speaker_description"] != "")
        frame.loc[described, "speaker"] = UNNAMED_PREFIX + frame.loc[described, "speaker_description"]
        frame = frame[frame["speaker"] != ""]
    else:
        frame = frame[~unnamed]
    return frame.sort_values(["speaker", "source", "start"], kind="mergesort").reset_index(drop=True)


def quote_table(selected: pd.DataFrame) -> pd.DataFrame:
    """The per-quote table for fact-checking: verbatim text, source, offsets and context."""
    return selected[QUOTE_TABLE_COLUMNS].reset_index(drop=True)


def build_index(quotes: Iterable[Quote], *, kinds: Iterable[str] = DEFAULT_INDEX_KINDS, include_unnamed: bool = False,
                min_confidence: float = 0.0, wide: bool = False) -> pd.DataFrame:
    """Quotes counted per (speaker, topic): long form, or a speaker x topic matrix with `wide`."""
    selected = select_quotes(quotes, kinds=kinds, include_unnamed=include_unnamed, min_confidence=min_confidence)
    return index_from_selected(selected, wide=wide)


def index_from_selected(selected: pd.DataFrame, *, wide: bool = False) -> pd.DataFrame:
    """The index of quotes already chosen by `select_quotes`."""
    long = selected.assign(topic=selected["topics"].str.split(";")).explode("topic")
    if long.empty:
        frame = pd.DataFrame(columns=INDEX_COLUMNS)
        return frame[["speaker"]] if wide else frame
    if wide:
        matrix = pd.crosstab(long["speaker"], long["topic"]).sort_index(axis=0).sort_index(axis=1)
        matrix.columns.name = None
        return matrix.reset_index()
    # the example is the most reliable quote, then the earliest by source and offset
    ordered = long.sort_values(["speaker", "topic", "confidence", "source", "start"],
                               ascending=[True, True, False, True, True], kind="mergesort")
    grouped = ordered.groupby(["speaker", "topic"], sort=True)
    index = grouped.agg(
        quotes=("quote_id", "size"),
        articles=("doc_id", "nunique"),
        sources=("source", lambda s: ";".join(sorted(set(s)))),
        example_quote=("text", "first"),
        example_source=("source", "first"),
        example_start=("start", "first"),
    ).reset_index()
    return index[INDEX_COLUMNS]


ARTICLE_COLUMNS = ["source", "quotes", "named", "anonymous", "organisation", "unresolved"]


def article_summary(quotes: Iterable[Quote], *, kinds: Iterable[str] = DEFAULT_INDEX_KINDS) -> pd.DataFrame:
    """Per article, how many quotes come from named people, organisations and anonymous sources."""
    frame = quotes_frame(quotes)
    frame = frame[frame["kind"].isin(list(kinds)) & (frame["depth"] == 0)]
    if frame.empty:
        return pd.DataFrame(columns=ARTICLE_COLUMNS)
    summary = frame.assign(
        named=(frame["speaker_type"] == "person") & (frame["speaker"] != ""),
        anonymous=frame["speaker_type"] == "anonymous",
        organisation=frame["speaker_type"] == "organisation",
        unresolved=frame["method"] == "unresolved",
    ).groupby("source", sort=True).agg(
        quotes=("quote_id", "size"), named=("named", "sum"), anonymous=("anonymous", "sum"),
        organisation=("organisation", "sum"), unresolved=("unresolved", "sum"),
    ).reset_index()
    return summary[ARTICLE_COLUMNS].astype({c: int for c in ARTICLE_COLUMNS[1:]})

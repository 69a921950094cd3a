"""The speaker-by-topic index: counts, examples, filters, wide form and spreadsheet safety."""

import io

import pandas as pd
import pytest

from quotes.index import INDEX_COLUMNS, build_index, quote_table, select_quotes
from quotes.model import Quote, quote_id
from quotes.writers import spreadsheet_cell, write_spreadsheet_csv


def make_quote(source, start, speaker, topics, *, kind="direct", confidence=0.9, text="words", speaker_type="person",
               description="", depth=0):
    return Quote(quote_id=quote_id(source, start, start + len(text)), source=source, doc_id=source, paragraph=0,
                 start=start, end=start + len(text), kind=kind, depth=depth, speaker=speaker,
                 speaker_type=speaker_type, speaker_mention=speaker, speaker_description=description, cue="said",
                 method="cue_adjacent", confidence=confidence, topics=tuple(topics), text=text, context=text)


QUOTES = [
    make_quote("b.txt", 10, "Jonathan Ashworth", ["migration"], text="later"),
    make_quote("a.txt", 50, "Jonathan Ashworth", ["migration", "economy and tax"], text="first", confidence=0.97),
    make_quote("a.txt", 90, "Ruth Cadbury", ["other"]),
    make_quote("a.txt", 120, "", ["migration"], speaker_type="anonymous", description="a senior Labour Party figure"),
    make_quote("a.txt", 150, "", ["other"], kind="scare"),
    make_quote("c.txt", 5, "Steve Reed", ["economy and tax"], confidence=0.6),
]


def test_long_index_counts_quotes_and_articles_per_speaker_and_topic():
    index = build_index(QUOTES)
    assert list(index.columns) == INDEX_COLUMNS
    rows = {(r.speaker, r.topic): r for r in index.itertuples()}
    assert rows[("Jonathan Ashworth", "migration")].quotes == 2
    assert rows[("Jonathan Ashworth", "migration")].articles == 2
    assert rows[("Jonathan Ashworth", "migration")].sources == "a.txt;b.txt"
    # the example is the most reliable quote
    assert rows[("Jonathan Ashworth", "migration")].example_quote == "first"
    assert rows[("Jonathan Ashworth", "migration")].example_start == 50


def test_rows_are_sorted_by_speaker_then_topic():
    index = build_index(QUOTES)
    pairs = list(zip(index["speaker"], index["topic"]))
    assert pairs == sorted(pairs)


def test_unnamed_and_scare_quotes_stay_out_unless_asked():
    assert "" not in set(build_index(QUOTES)["speaker"])
    with_unnamed = build_index(QUOTES, include_unnamed=True)
    assert "(unnamed) a senior Labour Party figure" in set(with_unnamed["speaker"])
    assert len(select_quotes(QUOTES, kinds=("scare",), include_unnamed=True)) == 0


def test_min_confidence_filters_weak_attributions():
    assert "Steve Reed" not in set(build_index(QUOTES, min_confidence=0.8)["speaker"])


def test_wide_index_is_a_speaker_by_topic_matrix():
    wide = build_index(QUOTES, wide=True)
    assert list(wide.columns) == ["speaker", "economy and tax", "migration", "other"]
    row = wide.set_index("speaker").loc["Jonathan Ashworth"]
    assert (row["migration"], row["economy and tax"], row["other"]) == (2, 1, 0)


def test_quote_table_keeps_verbatim_text_source_and_offsets():
    table = quote_table(select_quotes(QUOTES))
    first = table.iloc[0]
    assert (first["speaker"], first["source"], first["start"], first["text"]) == ("Jonathan Ashworth", "a.txt", 50, "first")


@pytest.mark.parametrize("value, expected", [
    ("=SUM(A1)", "'=SUM(A1)"),
    ("+44 20", "'+44 20"),
    ("-1", "'-1"),
    ("@home", "'@home"),
    ("line one\nline two", "line one\\nline two"),
    ("plain", "plain"),
    (3, 3),
])
def test_spreadsheet_cells_are_defused_and_escaped(value, expected):
    assert spreadsheet_cell(value) == expected


def test_spreadsheet_csv_quotes_text_and_leaves_numbers_bare():
    stream = io.StringIO()
    write_spreadsheet_csv(pd.DataFrame({"speaker": ["=cmd"], "quotes": [2]}), stream)
    assert stream.getvalue() == '"speaker","quotes"\n"\'=cmd",2\n'


def test_article_summary_counts_anonymous_sourcing_per_article():
    from quotes.index import article_summary

    summary = article_summary(QUOTES).set_index("source")
    assert summary.loc["a.txt", "quotes"] == 3
    assert summary.loc["a.txt", "anonymous"] == 1
    assert summary.loc["a.txt", "named"] == 2
    assert summary.loc["c.txt", "anonymous"] == 0

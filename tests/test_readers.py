"""Tests for quotes/readers.py: every input format and encoding, and the messages for what cannot be read."""

from __future__ import annotations

import json

import pytest

from quotes.detection import detect_quotes
from quotes.errors import InputError
from quotes.readers import Failure, decode, iter_articles, read_file
from quotes.text import normalize

ARTICLE = "“It’s a sad day for the town,” said councillor Renée Dubois of the café on Rue de l’Église."


def read(path, **options):
    return list(read_file(path, source=path.name, **options))


def quote_texts(original: str) -> list[str]:
    """The quotes found in a decoded text, cut from the original by their mapped offsets."""
    normalized = normalize(original)
    found = []
    for quote in detect_quotes(normalized.text):
        start, end = normalized.span_to_original(quote.start, quote.end)
        found.append(original[start:end])
    return found


@pytest.mark.parametrize("data, expected", [
    (ARTICLE.encode("utf-8"), ARTICLE),
    # Windows code pages: curly quotes and accents in cp1252, accents in latin-1
    (ARTICLE.encode("cp1252"), ARTICLE),
    ("Café crème, said Renée, at the naïve façade.".encode("latin-1"), "Café crème, said Renée, at the naïve façade."),
    # byte-order marks: a UTF-8 one stays in the text (offsets match a UTF-8 read), UTF-16 and UTF-32 ones go
    (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "\ufeff" + ARTICLE),
    (ARTICLE.encode("utf-16"), ARTICLE),
    (ARTICLE.encode("utf-16-be"), ARTICLE),
    (ARTICLE.encode("utf-16-le"), ARTICLE),
    (ARTICLE.encode("utf-32"), ARTICLE),
    # CRLF line ends are kept as they are
    (b"Title\r\n\r\nBody\r\n", "Title\r\n\r\nBody\r\n"),
])
def test_decode_detects_the_encoding(data, expected):
    assert decode(data, source="a.txt") == expected


@pytest.mark.parametrize("data, encoding, expected", [
    ("caf\xe9".encode("latin-1"), "latin-1", "caf\xe9"),
    ("caf\xe9".encode("latin-1"), "auto", "caf\xe9"),
    (ARTICLE.encode("utf-8"), "utf-8", ARTICLE),
    ("\ufeffBOM".encode("utf-8"), "utf-8-sig", "BOM"),
])
def test_decode_with_an_encoding(data, encoding, expected):
    assert decode(data, source="a.txt", encoding=encoding) == expected


@pytest.mark.parametrize("data, encoding, message", [
    ("caf\xe9".encode("latin-1"), "utf-8",
     "cannot read 'a.txt' as utf-8; pass another --encoding or --encoding auto to detect it"),
    (b"text", "klingon",
     "unknown encoding 'klingon'; pass a codec name such as --encoding utf-8 or --encoding latin-1"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, None,
     "'a.txt' looks like a binary file, not text; remove it or pass only text articles"),
    (bytes(range(1, 32)) * 50 + "é".encode("latin-1"), None,
     "'a.txt' looks like a binary file, not text; remove it or pass only text articles"),
])
def test_decode_errors(data, encoding, message):
    with pytest.raises(InputError) as error:
        decode(data, source="a.txt", encoding=encoding)
    assert str(error.value) == message


@pytest.mark.parametrize("original, expected", [
    ("\ufeff“Hello,” she said.", ["Hello,"]),
    ("Title\r\n\r\n“A quote,” she said.\r\n“Another\r\n“continued,” she said.\r\n", ["A quote,", "Another", "continued,"]),
    ("“£1.2\u00a0million is\u00a0a lot,” he said.", ["£1.2\u00a0million is\u00a0a lot,"]),
    ("“Zero\u200bwidth\u200d joiners,” he said\u200b.", ["Zero\u200bwidth\u200d joiners,"]),
    ("«\u00a0Bonjour\u00a0», dit-il.", ["\u00a0Bonjour\u00a0"]),
])
def test_offsets_point_into_the_decoded_text(original, expected):
    assert quote_texts(original) == expected


def test_read_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    [article] = read(path)
    assert (article.source, article.doc_id, article.text) == ("a.txt", "a.txt", ARTICLE)


def test_read_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert read(path) == [Failure("image.txt", "'image.txt' looks like a binary file, not text; "
                                               "remove it or pass only text articles")]


def test_read_jsonl(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "one", "text": "“First,” she said.", "title": "T1", "outlet": "The Example", "extra": 1}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        # raw U+2028 inside a JSON string is valid JSON and must not split the line
        json.dumps({"id": 7, "text": "Line\u2028separator “inside”.", "url": "https://example.com/a"},
                   ensure_ascii=False),
    ]
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    found = read(path)
    assert found[1:3] == [
        Failure("articles.jsonl#2",
                "line 2 of 'articles.jsonl' is not valid JSON (Expecting property name enclosed in double quotes); "
                "fix or remove the line"),
        Failure("articles.jsonl#3",
                "line 3 of 'articles.jsonl' has no \"text\" string; each line needs {\"text\": ...}"),
    ]
    first, last = found[0], found[3]
    assert (first.source, first.doc_id, first.text) == ("articles.jsonl#1", "one", "“First,” she said.")
    assert first.meta == {"title": "T1", "outlet": "The Example"}
    assert (last.source, last.doc_id, last.text) == ("articles.jsonl#5", "7", "Line\u2028separator “inside”.")
    assert last.meta == {"url": "https://example.com/a"}
    assert len(found) == 4


@pytest.mark.parametrize("content, options, expected", [
    ("id,title,text\r\na1,T,\"“Hi,” she said.\r\nNext line.\"\r\n,U,plain\r\n", {},
     [("a.csv#row1", "a1", "“Hi,” she said.\r\nNext line.", {"title": "T"}),
      ("a.csv#row2", "a.csv#row2", "plain", {"title": "U"})]),
    # Excel writes a byte-order mark, and ';' where the comma is a decimal point
    ("\ufeffbody;date\n\"“Hi,” she said; then left.\";2024-05-01\n", {"text_column": "body"},
     [("a.csv#row1", "a.csv#row1", "“Hi,” she said; then left.", {"date": "2024-05-01"})]),
    # an article longer than the csv module's default cell limit
    ("text\n\"" + "word " * 40000 + "\"\n", {}, [("a.csv#row1", "a.csv#row1", "word " * 40000, {})]),
])
def test_read_csv(tmp_path, content, options, expected):
    path = tmp_path / "a.csv"
    path.write_text(content, encoding="utf-8", newline="")
    assert [(a.source, a.doc_id, a.text, a.meta) for a in read(path, **options)] == expected


def test_read_csv_without_the_text_column(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    assert read(path) == [Failure("a.csv", "'a.csv' has no column 'text'; pass --text-column with one of: id, body")]


PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Council votes to close library | The Daily Example</title>
<meta property="og:title" content="Council votes to close library">
<meta property="og:site_name" content="The Daily Example">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> Sign up to our newsletter</nav>
<article><h1>Council votes to close library</h1>
<p>The town council voted on Tuesday to close the central library after 120 years, despite a petition.</p>
<p>“It’s a sad day for the town,” said councillor Renée Smith, who voted against the plan.</p>
<p>The council said the building needed repairs it could not afford, and a mobile library would visit.</p>
</article><footer>Cookie policy. All rights reserved.</footer></body></html>
"""


@pytest.mark.parametrize("charset, encoding", [("utf-8", "utf-8"), ("windows-1252", "cp1252"),
                                               ("iso-8859-1", "cp1252")])
def test_read_html(tmp_path, charset, encoding):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    [article] = read(path)
    assert "“It’s a sad day for the town,” said councillor Renée Smith" in article.text
    assert "Cookie policy" not in article.text and "Sign up" not in article.text
    assert article.meta["title"] == "Council votes to close library"
    assert article.meta["outlet"] == "The Daily Example"
    [quote] = detect_quotes(article.text)
    assert article.text[quote.start:quote.end] == "It’s a sad day for the town,"


def test_iter_articles_reports_bad_paths_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("“One,” she said.", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    found = list(iter_articles([str(tmp_path / "missing.txt"), str(tmp_path / "empty"), str(tmp_path / "a.txt")]))
    assert found[:2] == [
        Failure(str(tmp_path / "missing.txt"), f"path '{tmp_path / 'missing.txt'}' does not exist; "
                                                "check the spelling or pass an existing file or folder"),
        Failure(str(tmp_path / "empty"), f"folder '{tmp_path / 'empty'}' has no *.txt files; "
                                          "pass a folder of articles or use --glob"),
    ]
    assert found[2].text == "“One,” she said."

"""Tests for quotes/text.py: normalisation with an offset map, and paragraph splitting."""

from __future__ import annotations

import pytest

from quotes.detection import detect_quotes
from quotes.text import normalize, split_paragraphs


@pytest.mark.parametrize("original, expected", [
    ("plain “text”", "plain “text”"),
    ("\ufeffTitle\r\n\r\nBody", "Title\n\nBody"),
    ("old\rMac", "old\nMac"),
    ("£1.2\u00a0million and 18\u202f000", "£1.2 million and 18 000"),
    ("zero\u200bwidth\u200d and soft\u00adhyphen", "zerowidth and softhyphen"),
    ("tab\there\u2028line", "tab here\nline"),
])
def test_normalize(original, expected):
    assert normalize(original).text == expected


@pytest.mark.parametrize("original, snippet", [
    ("\ufeffHe said “we\u00a0will\u200b win”.", "we\u00a0will\u200b win"),
    ("Title\r\n\r\n“This quote was hard-wrapped at sixty-five characters, so it runs\r\nacross a line break,” she said.\r\n",
     "This quote was hard-wrapped at sixty-five characters, so it runs\r\nacross a line break,"),
    ("a\u200b\u200b“b\u00adc”", "b\u00adc"),
])
def test_quotes_map_back_to_the_original(original, snippet):
    normalized = normalize(original)
    [quote] = detect_quotes(normalized.text)
    start, end = normalized.span_to_original(quote.start, quote.end)
    assert original[start:end] == snippet


@pytest.mark.parametrize("original, index, expected", [
    ("\ufeffabc", 0, 1),
    ("\ufeffabc", 3, 4),
    ("a\r\nb", 2, 3),
    ("abc", 2, 2),
])
def test_to_original(original, index, expected):
    assert normalize(original).to_original(index) == expected


WRAPPED = (
    "Farmers brace for cuts\n"
    "\n"
    "FRESNO, Calif. -- Farmers in California's Central Valley are bracing\n"
    "for a third straight year of reduced water deliveries after state\n"
    "officials on Friday cut allocations to 15 percent of normal.\n"
    "\n"
    "''It's the worst I've seen in forty years of farming,'' said Manuel\n"
    "Ochoa, who grows almonds and pistachios on 600 acres near Kerman.\n"
)
ONE_PER_LINE = (
    "Title of the article\n"
    "\n"
    "A short first paragraph that ends here.\n"
    "“A short quote,” she said.\n"
    "Another short paragraph.\n"
)


@pytest.mark.parametrize("text, expected", [
    ("One.\nTwo.\n\nThree.", ["One.", "Two.", "Three."]),
    ("  indented \n\n\n  spaced  \n", ["indented", "spaced"]),
    ("", []),
    ("\n\n \n", []),
    (WRAPPED, [
        "Farmers brace for cuts",
        WRAPPED[24:WRAPPED.index("\n\n''")],
        WRAPPED[WRAPPED.index("''"):].rstrip(),
    ]),
    # short lines in a blank-line separated text that a wrapper would not have broken stay paragraphs
    (ONE_PER_LINE, ["Title of the article", "A short first paragraph that ends here.", "“A short quote,” she said.",
                    "Another short paragraph."]),
    # lines longer than any wrapper's width are paragraphs of their own
    ("T\n\n" + "x " * 80 + "\n" + "y " * 80, ["T", ("x " * 80).strip(), ("y " * 80).strip()]),
])
def test_split_paragraphs(text, expected):
    paragraphs = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paragraphs] == expected
    assert [p.index for p in paragraphs] == list(range(len(expected)))

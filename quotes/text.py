"""Normalise article text for parsing and map every offset back to the original."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

# Characters dropped before parsing: they split words for the tokenizer but carry no text.
_DROPPED = {"\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"}
# Characters replaced one for one, so the text keeps its length around them.
_REPLACED = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u3000": " ", "\t": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
}
_NEEDS_WORK = re.compile("[\r" + "".join(_DROPPED) + "".join(_REPLACED) + "]")

# A block of several lines is hard-wrapped text (one paragraph) when no line runs past this width.
HARD_WRAP_WIDTH = 100


@dataclass(frozen=True)
class NormalizedText:
    """Text ready for the parser, with the original index of every character it kept."""

    original: str
    text: str
    # kept[i] is the original index of text[i]; None means nothing was dropped or merged.
    kept: list[int] | None = field(default=None, repr=False)

    def to_original(self, index: int) -> int:
        """Map an index into `text` (a string index, end included) to an index into `original`."""
        if self.kept is None:
            return index
        if index >= len(self.kept):
            return len(self.original)
        return self.kept[index]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the same characters of `original`."""
        if self.kept is None or end <= start:
            return self.to_original(start), self.to_original(end) if end > start else self.to_original(start)
        return self.kept[start], self.kept[end - 1] + 1

    def to_normalized(self, index: int) -> int:
        """Map an index into `original` to the first kept character at or after it."""
        if self.kept is None:
            return index
        return bisect_right(self.kept, index - 1)


def normalize(original: str) -> NormalizedText:
    """Drop BOM and zero-width characters, unify line ends and spaces; keep the offset map."""
    if not _NEEDS_WORK.search(original):
        return NormalizedText(original, original)
    out: list[str] = []
    kept: list[int] = []
    i = 0
    n = len(original)
    while i < n:
        ch = original[i]
        if ch == "\r":
            # CRLF becomes one newline, taken from the \r; a lone \r is an old Mac line end.
            out.append("\n")
            kept.append(i)
            i += 2 if i + 1 < n and original[i + 1] == "\n" else 1
            continue
        if ch in _DROPPED:
            i += 1
            continue
        out.append(_REPLACED.get(ch, ch))
        kept.append(i)
        i += 1
    return NormalizedText(original, "".join(out), kept)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a text: its index and its [start, end) span without the line end."""

    index: int
    start: int
    end: int


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs: one per line, or blank-line blocks where lines are hard-wrapped."""
    lines = [(s, e) for s, e in _lines(text)]
    blank = [not text[s:e].strip() for s, e in lines]
    has_blank_lines = any(blank) and not all(blank)
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for span, is_blank in zip(lines, blank):
        if is_blank:
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(span)
    if current:
        blocks.append(current)

    spans: list[tuple[int, int]] = []
    for block in blocks:
        widths = [e - s for s, e in block[:-1]]
        # hard-wrapped prose only shows up as short lines inside blank-line separated blocks
        if has_blank_lines and len(block) > 1 and max(widths) <= HARD_WRAP_WIDTH:
            spans.append((block[0][0], block[-1][1]))
        else:
            spans.extend(block)

    paragraphs = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            paragraphs.append(Paragraph(len(paragraphs), s + lead, s + trail))
    return paragraphs

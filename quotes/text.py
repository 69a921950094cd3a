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

# Lines of a blank-line separated block may be hard-wrapped only when none runs past this width,
HARD_WRAP_WIDTH = 100
# and the longest of them reaches this width (this one, where only one line was broken),
MIN_WRAP_WIDTH = 40
LONE_WRAP_WIDTH = 60
# and at least this share of them were broken because the next word would not fit.
WRAPPED_SHARE = 0.75


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
        stop = self.kept[end - 1] + 1
        # a CRLF line end is kept as one newline: its \n belongs to the span too
        if self.original[stop - 1] == "\r" and self.original[stop:stop + 1] == "\n":
            stop += 1
        return self.kept[start], stop

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


def _first_word_length(line: str) -> int:
    # the whole word, hyphens included: a wrapper that breaks at hyphens would have moved less
    words = line.split(None, 1)
    return len(words[0]) if words else 0


def _is_full(text: str, line: tuple[int, int], following: tuple[int, int], width: int) -> bool:
    """Whether a wrapper at `width` had to break this line: the next line's first word would not fit on it."""
    s, e = line
    return len(text[s:e].rstrip()) + 1 + _first_word_length(text[following[0]:following[1]]) >= width


def _wrap_width(text: str, blocks: list[list[tuple[int, int]]]) -> int:
    """The width the text was hard-wrapped at, or 0 when its lines are paragraphs of their own."""
    candidates = [block for block in blocks if len(block) > 1
                  and max(len(text[s:e].rstrip()) for s, e in block[:-1]) <= HARD_WRAP_WIDTH]
    breaks = [(line, following) for block in candidates for line, following in zip(block, block[1:])]
    if not breaks:
        return 0
    width = max(len(text[s:e].rstrip()) for (s, e), _ in breaks)
    if width < MIN_WRAP_WIDTH:
        return 0
    if len(breaks) == 1:
        # one broken line is a wrap only when it is as long as a wrapper's lines
        return width if width >= LONE_WRAP_WIDTH else 0
    full = sum(_is_full(text, line, following, width) for line, following in breaks)
    # hard-wrapped text breaks almost every line because the next word did not fit
    return width if full >= WRAPPED_SHARE * len(breaks) else 0


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs: one per line, or blank-line blocks where lines are hard-wrapped."""
    lines = _lines(text)
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

    width = _wrap_width(text, blocks) if has_blank_lines else 0
    spans: list[tuple[int, int]] = []
    for block in blocks:
        if not width or max(len(text[s:e].rstrip()) for s, e in block[:-1] or block) > HARD_WRAP_WIDTH:
            spans.extend(block)
            continue
        start = block[0][0]
        for line, following in zip(block, block[1:]):
            # a wrapper breaks a line only when the next word would not fit on it; a short line ends a paragraph
            if not _is_full(text, line, following, width):
                spans.append((start, line[1]))
                start = following[0]
        spans.append((start, block[-1][1]))

    paragraphs = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            paragraphs.append(Paragraph(len(paragraphs), s + lead, s + trail))
    return paragraphs

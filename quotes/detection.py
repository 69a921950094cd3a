"""Find quoted spans in plain text, whatever the newsroom's typography (no spaCy needed)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from quotes.text import Paragraph, split_paragraphs

log = logging.getLogger(__name__)

DOUBLE, SINGLE = "double", "single"

# Every character sequence that may be a quote mark; two-character marks come first.
_MARK = re.compile(r"``|''|[“”„‟«»‹›\"‘’‚‛'`]")

# Apostrophes and primes that look like quote marks but never are (masked before scanning).
_NOT_QUOTES = [
    # feet and inches: 6'2", 5' 9", 6’2”
    re.compile(r"(?<=\d)\s?['’′](?=\s?\d{1,2}(?:\.\d+)?\s?[\"”″])|(?<=\d['’′]\d)[\"”″]|(?<=\d['’′]\s\d)[\"”″]"
               r"|(?<=\d['’′]\d\d)[\"”″]|(?<=\d['’′]\s\d\d)[\"”″]"),
    # a number followed by a foot mark and a unit-free space: "a 6' fence"
    re.compile(r"(?<=\b\d)['’′](?=\s+[a-z])"),
    # rock 'n' roll, fish 'n' chips
    re.compile(r"(?<=\s)['’](?=n['’]\s)|(?<=\sn)['’](?=\s)|(?<=\s['’]n)['’]"),
    # elisions at the start of a word: 'em, 'til, 'tis, 'twas, 'cause, 'bout, 'round, 'n
    re.compile(r"(?<![\w'’‘])['’‘](?=(?:em|til|tis|twas|cause|bout|round|nuff|cos|ello)\b)", re.IGNORECASE),
    # decades and years: the '90s, class of '24
    re.compile(r"(?<![\w'’‘])['’‘](?=\d\ds\b|\d\d\b(?![.,]?\s*\d))"),
    # a prime after a number inside a measurement such as 45' 30"
]

# Characters around a mark that count as a word boundary on that side.
_OPEN_CONTEXT = set(" \n([{<—–-/:;") | {"\u2014", "\u2013"}
_CLOSE_CONTEXT = set(" \n)]}>,.;:!?—–-/…") | {"\u2014", "\u2013", "\u2026"}
_ALL_MARKS = set("“”„‟«»‹›\"‘’‚‛'`")


@dataclass(frozen=True)
class DetectedQuote:
    """A quoted span: content offsets without the marks, and where the marks are."""

    start: int
    end: int
    mark_start: int
    mark_end: int
    paragraph: int
    depth: int
    opener: str
    closer: str
    continues_previous: bool = False
    continues_next: bool = False


@dataclass
class _Open:
    family: str
    mark: str
    mark_start: int
    content_start: int


def _masked_positions(text: str) -> set[int]:
    masked: set[int] = set()
    for pattern in _NOT_QUOTES:
        for match in pattern.finditer(text):
            masked.update(range(match.start(), match.end()))
    return masked


def _left_is_boundary(text: str, i: int, lo: int) -> bool:
    return i <= lo or text[i - 1] in _OPEN_CONTEXT or text[i - 1] in _ALL_MARKS


def _right_is_boundary(text: str, j: int, hi: int) -> bool:
    return j >= hi or text[j] in _CLOSE_CONTEXT or text[j] in _ALL_MARKS


def _has_open(stack: list[_Open], family: str) -> bool:
    return any(entry.family == family for entry in stack)


def _later_single_closer(text: str, j: int, hi: int, masked: set[int]) -> bool:
    """Whether a mark after j could close a single quote (so this one may be an apostrophe)."""
    for match in _MARK.finditer(text, j, hi):
        k = match.start()
        if k in masked or match.group() not in ("’", "'"):
            continue
        left_word = k > 0 and text[k - 1].isalnum()
        right_word = match.end() < hi and text[match.end()].isalnum()
        if not (left_word and right_word) and not _left_is_boundary(text, k, 0):
            return True
    return False


def _classify(text: str, match: re.Match, lo: int, hi: int, stack: list[_Open], masked: set[int]):
    """Return ('open'|'close', family) for a mark, or None when it is not a quote mark here."""
    mark = match.group()
    i, j = match.start(), match.end()
    left = _left_is_boundary(text, i, lo)
    right = _right_is_boundary(text, j, hi)
    word_both_sides = i > lo and j < hi and text[i - 1].isalnum() and text[j].isalnum()
    top = stack[-1] if stack else None

    if mark in ("“", "‟"):
        # „…“ is German style: after a low opener, the high mark closes
        if top is not None and top.mark == "„":
            return "close", DOUBLE
        # “…“ typed by mistake: a high mark that ends a word closes an open double quote
        if not left and right and _has_open(stack, DOUBLE):
            return "close", DOUBLE
        return "open", DOUBLE
    if mark in ("„", "``"):
        return "open", DOUBLE
    if mark == "”":
        if _has_open(stack, DOUBLE):
            return "close", DOUBLE
        # ”…” (Swedish style) or a stray closer: open only where it starts a word
        return ("open", DOUBLE) if left and not right else None
    if mark in ('"', "''"):
        if left and not right:
            return "open", DOUBLE
        if _has_open(stack, DOUBLE):
            return "close", DOUBLE
        return ("open", DOUBLE) if not right else None
    if mark == "«":
        if top is not None and top.mark == "»":
            return "close", DOUBLE
        return "open", DOUBLE
    if mark == "»":
        if any(entry.mark == "«" for entry in stack):
            return "close", DOUBLE
        return ("open", DOUBLE) if left and not right else None
    if mark == "‹":
        if top is not None and top.mark == "›":
            return "close", SINGLE
        return "open", SINGLE
    if mark == "›":
        if any(entry.mark == "‹" for entry in stack):
            return "close", SINGLE
        return ("open", SINGLE) if left and not right else None

    # single marks: most of them are apostrophes
    if i in masked or word_both_sides:
        return None
    if mark in ("‘", "‚", "‛", "`"):
        if not left and right and _has_open(stack, SINGLE):
            return "close", SINGLE
        return ("open", SINGLE) if not right else None
    # ’ and ': open where a word starts after a boundary, close an open single quote after a word
    if left and not right:
        return "open", SINGLE if mark == "'" else None
    if not left and _has_open(stack, SINGLE):
        # Reeves’ plan: a plural possessive inside a single quote that closes later is an apostrophe
        if text[i - 1] in "sSzx" and j < hi and text[j] == " " and j + 1 < hi and text[j + 1].isalnum() \
                and _later_single_closer(text, j, hi, masked):
            return None
        return "close", SINGLE
    return None


def _scan(text: str, para: Paragraph, ignored: set[int], masked: set[int], continued_from: bool):
    """Scan one paragraph; return (quotes, unclosed openers) with the stack left at its end."""
    lo, hi = para.start, para.end
    stack: list[_Open] = []
    found: list[DetectedQuote] = []
    for match in _MARK.finditer(text, lo, hi):
        if match.start() in ignored:
            continue
        kind = _classify(text, match, lo, hi, stack, masked)
        if kind is None:
            continue
        action, family = kind
        if action == "open":
            stack.append(_Open(family, match.group(), match.start(), match.end()))
            continue
        # close the innermost open quote of this family; anything opened inside it stays unclosed
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].family == family:
                entry = stack[depth]
                for dropped in stack[depth + 1:]:
                    log.debug("unclosed %s at %d inside a closed quote; ignored", dropped.mark, dropped.mark_start)
                del stack[depth:]
                if match.start() > entry.content_start:
                    found.append(DetectedQuote(
                        start=entry.content_start, end=match.start(), mark_start=entry.mark_start,
                        mark_end=match.end(), paragraph=para.index, depth=depth, opener=entry.mark,
                        closer=match.group(),
                        continues_previous=continued_from and depth == 0 and entry.mark_start == lo,
                    ))
                break
        else:
            log.debug("closing %s at %d has no opener; ignored", match.group(), match.start())
    return found, stack


def _opens_with_quote(text: str, para: Paragraph | None, family: str) -> bool:
    if para is None:
        return False
    match = _MARK.match(text, para.start)
    if match is None:
        return False
    first = match.group()
    if family == DOUBLE:
        return first in ("“", "„", '"', "``", "''", "«", "»", "‟")
    return first in ("‘", "'", "‚", "‹", "›")


def detect_quotes(text: str, paragraphs: list[Paragraph] | None = None) -> list[DetectedQuote]:
    """Find every quoted span in `text`, paragraph by paragraph; never raises on odd marks."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    masked = _masked_positions(text)
    quotes: list[DetectedQuote] = []
    continued = False
    for n, para in enumerate(paragraphs):
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        ignored: set[int] = set()
        while True:
            found, stack = _scan(text, para, ignored, masked, continued)
            if not stack:
                continued = False
                break
            outer = stack[0]
            # a paragraph that opens with a quote mark after an unclosed one continues the same quote (news convention)
            if _opens_with_quote(text, following, outer.family) and para.end > outer.content_start:
                found.append(DetectedQuote(
                    start=outer.content_start, end=para.end, mark_start=outer.mark_start, mark_end=para.end,
                    paragraph=para.index, depth=0, opener=outer.mark, closer="",
                    continues_previous=continued and outer.mark_start == para.start, continues_next=True,
                ))
                # inner quotes opened in this paragraph and never closed are dropped with it
                continued = True
                break
            # an unbalanced mark is confined to its paragraph: drop it and read the paragraph again
            log.debug("unbalanced %s at %d in paragraph %d; ignored", outer.mark, outer.mark_start, para.index)
            ignored.add(outer.mark_start)
        quotes.extend(q for q in found if text[q.start:q.end].strip())
    quotes.sort(key=lambda q: (q.start, q.depth))
    return quotes

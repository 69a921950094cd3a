"""Find quoted spans in plain text, whatever the newsroom's typography (no spaCy needed)."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from quotes.text import Paragraph, split_paragraphs

log = logging.getLogger(__name__)

DOUBLE, SINGLE = "double", "single"
# How far past an ambiguous mark to look for the mark that closes its quote instead (a long paragraph's worth).
LOOKAHEAD = 2000
# How many times a paragraph is read again dropping one unbalanced mark, before all of them go at once.
MAX_RESCANS = 3

# Every character sequence that may be a quote mark; two-character marks come first.
_MARK = re.compile(r"``|''|[“”„‟«»‹›\"‘’‚‛'`]")

# Words that follow a closing quote but never a plural possessive ("‘unviable’ and that" vs "Reeves’ group").
_FUNCTION_WORDS = frozenset("""
    a about after against also although an and are as at be because before but by can could did do does
    for from had has have he her him his how i if in into is it its may me might must my nor not of on or
    our over said says she should so than that the their them then there these they this those though to
    told under until us was we were what when where whether which while who whom whose why will with
    would yet you your
""".split())

# Elisions at the start of a word: 'em, 'til, 'tis, 'twas, 'cause, 'bout, 'round, 'nuff ...
_ELISIONS = "em|til|till|tis|twas|cause|cos|coz|bout|round|nuff|cept|fraid|scuse|neath|ello|kay"
_NUMBER_AFTER = r"\d{1,2}(?:\.\d+)?"

# Apostrophes and primes that look like quote marks but never are (masked before scanning, per paragraph).
_NOT_QUOTES = [
    # feet and inches: 6'2", 5' 9", 6’2”, 6'2'' (both marks are primes)
    re.compile(r"(?<![\w.])\d{1,2}\s?(['’′])\s?" + _NUMBER_AFTER + r"\s?(''|[\"”″])"),
    # feet alone before a word: "a 6' fence", "the 10’ wall" (but not "won 3-1’ and")
    re.compile(r"(?<![\w.,-])\d{1,2}(['’′])(?=\s+(?!(?:" + "|".join(_FUNCTION_WORDS) + r")\b)[a-z])"),
    # rock 'n' roll, fish ‘n’ chips, Guns N' Roses
    re.compile(r"(?<![\w'’‘])(['’‘])[nN](['’])(?=\s)"),
    re.compile(r"(?<=\s[nN])(['’])(?=\s)"),
]
# Elisions at the start of a word: masked too, but a ‘ or ' among them still opens a quote where nothing else
# can have opened the quote that a later mark closes ('Cause I said so,' she said; ‘24 Hours in A&E’).
_ELISION_MARKS = [
    # ’em, ’til, 'cause; a left mark only in lower case (‘Til Death’ is a title)
    re.compile(r"(?<![\w'’‘])(['’])(?=(?:" + _ELISIONS + r")\b)", re.IGNORECASE),
    re.compile(r"(?<![\w'’‘])(‘)(?=(?:" + _ELISIONS + r")\b)"),
    # decades and years: the '90s, class of ’24, ‘94 (a left mark typed by autocorrect)
    re.compile(r"(?<![\w'’‘])(['’‘])(?=\d\ds\b|\d\d\b(?![.,]?\d|%|\s*(?:per|percent|pc)\b))"),
]



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


def _masked_positions(text: str, lo: int, hi: int) -> dict[int, bool]:
    """Apostrophes and primes in text[lo:hi], judged on the paragraph alone: position -> may still open a quote."""
    chunk = text[lo:hi]
    masked: dict[int, bool] = {}
    for patterns, may_open in ((_NOT_QUOTES, False), (_ELISION_MARKS, True)):
        for pattern in patterns:
            for match in pattern.finditer(chunk):
                for group in range(1, (pattern.groups or 0) + 1):
                    for k in range(lo + match.start(group), lo + match.end(group)):
                        if match.start(group) >= 0 and k not in masked:
                            masked[k] = may_open and text[k] in "‘'"
    return masked


def _is_space(ch: str | None) -> bool:
    return ch is None or ch.isspace()


def _is_punct(ch: str | None) -> bool:
    return ch is not None and unicodedata.category(ch)[0] in "PS"


class _Stack(list):
    """The quotes open at a point of a paragraph, innermost last, with counts by family and mark."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()

    def push(self, entry: _Open) -> None:
        self.append(entry)
        self.counts[entry.family] += 1
        self.counts[entry.mark] += 1

    def cut(self, depth: int) -> None:
        """Drop the entry at `depth` and everything opened inside it."""
        for entry in self[depth:]:
            self.counts[entry.family] -= 1
            self.counts[entry.mark] -= 1
        del self[depth:]

    def has(self, family_or_mark: str) -> bool:
        return self.counts[family_or_mark] > 0


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _next_word(text: str, j: int, hi: int) -> str:
    match = _NEXT_WORD.match(text, j, hi)
    return match.group(1) if match else ""


def _flanking(text: str, i: int, j: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can_open, can_close) for the mark text[i:j], as in CommonMark: a mark opens before a word, closes after one."""
    prev = text[i - 1] if i > lo else None
    nxt = text[j] if j < hi else None
    prev_space, next_space = _is_space(prev), _is_space(nxt)
    can_open = not next_space and (not _is_punct(nxt) or prev_space or _is_punct(prev))
    can_close = not prev_space and (not _is_punct(prev) or next_space or _is_punct(nxt))
    return can_open, can_close


# Double marks that are never apostrophes: when one is not a quote mark, the text has a stray mark.
_STRAY_DOUBLES = frozenset(['"', "''", "”", "“", "»", "«"])

_OPENERS = {SINGLE: ("‘", "'", "`", "‚"), DOUBLE: ("“", '"', "``", "''", "„")}
_CLOSERS = {SINGLE: ("’", "'"), DOUBLE: ("”", '"', "''")}


def _unclaimed_closer(text: str, j: int, hi: int, masked: dict[int, bool], family: str, *, sure: bool = False) -> bool:
    """Whether a mark after j closes a quote no later opener claims (so an ambiguous mark at j is no closer).

    With `sure`, a mark that may be a plural possessive (Reeves’ plan) does not count as a closer.
    """
    opened = 0
    hi = min(hi, j + LOOKAHEAD)
    for match in _MARK.finditer(text, j, hi):
        k, mark = match.start(), match.group()
        if k in masked or (mark not in _OPENERS[family] and mark not in _CLOSERS[family]):
            continue
        if k > j and match.end() < hi and text[k - 1].isalnum() and text[match.end()].isalnum():
            continue
        can_open, can_close = _flanking(text, k, match.end(), j, hi)
        if can_open and not can_close and mark in _OPENERS[family]:
            opened += 1
        elif can_close and not can_open and mark in _CLOSERS[family]:
            word = _next_word(text, match.end(), hi) if sure and text[k - 1] in "sSzxX" else ""
            if word and word.lower() not in _FUNCTION_WORDS:
                continue
            if not opened:
                return True
            opened -= 1
    return False


def _mark_before_word(text: str, j: int, hi: int, masked: dict[int, bool], family: str) -> bool:
    """Whether a closing-looking mark followed by a content word is an apostrophe or a prime: Reeves’ plan, 12" pizza."""
    word = _next_word(text, j, hi)
    return bool(word) and word.lower() not in _FUNCTION_WORDS and _unclaimed_closer(text, j, hi, masked, family)


def _classify(text: str, i: int, j: int, mark: str, lo: int, hi: int, stack: _Stack, masked: dict[int, bool]):
    """Return ('open'|'close', family) for the mark text[i:j], or None when it is not a quote mark here."""
    if i in masked:
        if masked[i] and not stack.has(SINGLE) and _flanking(text, i, j, lo, hi)[0] \
                and _unclaimed_closer(text, j, hi, masked, SINGLE, sure=True):
            return "open", SINGLE
        return None
    prev = text[i - 1] if i > lo else None
    nxt = text[j] if j < hi else None
    next_space = _is_space(nxt)
    can_open, can_close = _flanking(text, i, j, lo, hi)
    # 12" pizza: an inch mark after a number, when a later mark closes the quote
    inch = prev is not None and prev.isdigit() and nxt is not None and nxt.isspace()
    top = stack[-1] if stack else None
    double_open = stack.has(DOUBLE)

    if mark in ("“", "‟"):
        # „…“ is German style: after a low opener, the high mark closes
        if top is not None and top.mark == "„":
            return "close", DOUBLE
        # “…“ typed by mistake: a high mark that ends a word closes an open double quote
        if can_close and not can_open:
            return ("close", DOUBLE) if double_open else None
        return "open", DOUBLE
    if mark in ("„", "``"):
        return "open", DOUBLE
    if mark == "”":
        if double_open and (can_close or not can_open):
            if inch and _mark_before_word(text, j, hi, masked, DOUBLE):
                return None
            return "close", DOUBLE
        # ”…” (Swedish style) or a mistyped opener: open only where it starts a word
        return ("open", DOUBLE) if can_open and not can_close else None
    if mark in ('"', "''"):
        # straight marks have no direction: the words around them and the open quotes decide
        if can_open and not can_close:
            return "open", DOUBLE
        if double_open:
            if inch and _mark_before_word(text, j, hi, masked, DOUBLE):
                return None
            return "close", DOUBLE
        return ("open", DOUBLE) if can_open else None
    if mark == "«":
        if top is not None and top.mark == "»":
            return "close", DOUBLE
        return "open", DOUBLE
    if mark == "»":
        if stack.has("«"):
            return "close", DOUBLE
        return ("open", DOUBLE) if not next_space else None
    if mark == "‹":
        if top is not None and top.mark == "›":
            return "close", SINGLE
        return "open", SINGLE
    if mark == "›":
        if stack.has("‹"):
            return "close", SINGLE
        return ("open", SINGLE) if not next_space else None

    # single marks: most of them are apostrophes, and one between two letters always is (it’s, O’Brien)
    if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
        return None
    single_open = stack.has(SINGLE)
    if mark in ("‘", "‚", "‛", "`"):
        if can_close and not can_open:
            return ("close", SINGLE) if single_open else None
        return ("open", SINGLE) if can_open else None
    # ’ and ': open before a word (a ’ there is an elision: ’Tis), close an open single quote after one
    if can_open and not can_close:
        return ("open", SINGLE) if mark == "'" else None
    if not can_close:
        return None
    if not single_open:
        return ("open", SINGLE) if can_open and mark == "'" else None
    # Reeves’ plan: a plural possessive before a word is an apostrophe when a later mark closes the quote
    if prev is not None and prev in "sSzxX" and nxt is not None and nxt.isspace() \
            and _mark_before_word(text, j, hi, masked, SINGLE):
        return None
    return "close", SINGLE


def _marks(text: str, lo: int, hi: int, stack: _Stack):
    """Yield (start, end, mark) for the quote marks of text[lo:hi], splitting ''' by what is open."""
    pos = lo
    while True:
        match = _MARK.search(text, pos, hi)
        if match is None:
            return
        i, mark = match.start(), match.group()
        # ''' after a word: an inner single quote closes before the outer typewriter double
        if mark == "''" and text.startswith("'''", i) and i + 3 <= hi and stack and stack[-1].family == SINGLE:
            mark = "'"
        pos = i + len(mark)
        yield i, pos, mark


def _scan(text: str, para: Paragraph, ignored: set[int], masked: dict[int, bool], continued_from: bool):
    """Scan one paragraph; return (quotes, unclosed openers) with the stack left at its end."""
    lo, hi = para.start, para.end
    stack = _Stack()
    found: list[DetectedQuote] = []
    for i, j, mark in _marks(text, lo, hi, stack):
        if i in ignored:
            continue
        kind = _classify(text, i, j, mark, lo, hi, stack, masked)
        if kind is None:
            if mark in _STRAY_DOUBLES and i not in masked:
                log.debug("stray %s at %d closes no open quote; ignored", mark, i)
            continue
        action, family = kind
        if action == "open":
            stack.push(_Open(family, mark, i, j))
            continue
        # close the innermost open quote of this family; anything opened inside it stays unclosed
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].family == family:
                entry = stack[depth]
                for dropped in stack[depth + 1:]:
                    log.debug("unclosed %s at %d inside a closed quote; ignored", dropped.mark, dropped.mark_start)
                stack.cut(depth)
                if i > entry.content_start:
                    found.append(DetectedQuote(
                        start=entry.content_start, end=i, mark_start=entry.mark_start,
                        mark_end=j, paragraph=para.index, depth=depth, opener=entry.mark,
                        closer=mark,
                        continues_previous=continued_from and depth == 0 and entry.mark_start == lo,
                    ))
                break
        else:
            log.debug("closing %s at %d has no opener; ignored", mark, i)
    return found, stack


def _opens_with_quote(text: str, para: Paragraph | None, family: str) -> bool:
    """Whether a paragraph's first character is a quote mark that opens a quote of this family."""
    if para is None:
        return False
    match = _MARK.match(text, para.start, para.end)
    if match is None:
        return False
    masked = _masked_positions(text, para.start, para.end)
    kind = _classify(text, para.start, match.end(), match.group(), para.start, para.end, _Stack(), masked)
    return kind == ("open", family)


def detect_quotes(text: str, paragraphs: list[Paragraph] | None = None) -> list[DetectedQuote]:
    """Find every quoted span in `text`, paragraph by paragraph; never raises on odd marks."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    quotes: list[DetectedQuote] = []
    continued = False
    for n, para in enumerate(paragraphs):
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        masked = _masked_positions(text, para.start, para.end)
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
            strays = stack if len(ignored) >= MAX_RESCANS else stack[:1]
            for entry in strays:
                log.debug("unbalanced %s at %d in paragraph %d; ignored", entry.mark, entry.mark_start, para.index)
                ignored.add(entry.mark_start)
        quotes.extend(q for q in found if text[q.start:q.end].strip())
    quotes.sort(key=lambda q: (q.start, q.depth))
    return quotes

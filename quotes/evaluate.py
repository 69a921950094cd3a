"""Score extracted quotes against a gold annotation: recall, precision, speaker accuracy."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quotes.errors import GoldError
from quotes.model import KINDS, Quote

GOLD_FIELDS = ("doc", "start", "snippet", "speaker", "kind")
# a predicted quote matches a gold one when they share at least this share of the longer span
MIN_OVERLAP = 0.5
ATTRIBUTED_KINDS = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class GoldQuote:
    doc: str
    start: int
    end: int
    snippet: str
    speaker: str
    kind: str
    speaker_type: str = ""


@dataclass
class MethodScore:
    quotes: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.quotes if self.quotes else 0.0


@dataclass
class Evaluation:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributed: int = 0
    speaker_correct: int = 0
    named: int = 0
    named_correct: int = 0
    kind_correct: int = 0
    by_method: dict[str, MethodScore] = field(default_factory=lambda: defaultdict(MethodScore))
    missed: list[GoldQuote] = field(default_factory=list)
    spurious: list[Quote] = field(default_factory=list)
    wrong_speaker: list[tuple[GoldQuote, Quote]] = field(default_factory=list)
    wrong_kind: list[tuple[GoldQuote, Quote]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.attributed if self.attributed else 1.0

    @property
    def named_speaker_accuracy(self) -> float:
        return self.named_correct / self.named if self.named else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.matched if self.matched else 1.0


def load_gold(path: Path | str, *, texts: dict[str, str] | None = None) -> list[GoldQuote]:
    """Gold quotes from JSONL; with `texts`, check that each snippet stands at its offset."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise GoldError(f"cannot read gold file '{path}': {error.strerror}; check the --gold path") from None
    gold = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            missing = [f for f in GOLD_FIELDS if f not in record]
            if missing:
                raise GoldError(f"'{path}' line {number} lacks {', '.join(missing)}; each line needs {', '.join(GOLD_FIELDS)}")
            start = int(record["start"])
            snippet = str(record["snippet"])
        except (json.JSONDecodeError, ValueError, TypeError) as error:
            raise GoldError(f"'{path}' line {number} is not a gold record ({error}); fix the line") from None
        if record["kind"] not in KINDS:
            raise GoldError(f"'{path}' line {number}: kind '{record['kind']}' is not one of {', '.join(KINDS)}")
        doc = Path(record["doc"]).name
        if texts is not None and doc in texts and texts[doc][start:start + len(snippet)] != snippet:
            raise GoldError(f"'{path}' line {number}: the snippet does not stand at offset {start} of '{doc}'; fix start")
        gold.append(GoldQuote(doc, start, start + len(snippet), snippet, record["speaker"] or "", record["kind"],
                              record.get("speaker_type", "")))
    return gold


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    shared = min(a_end, b_end) - max(a_start, b_start)
    longest = max(a_end - a_start, b_end - b_start, 1)
    return max(shared, 0) / longest


def doc_name(quote: Quote) -> str:
    """The file name a quote's source stands for in gold files."""
    return Path(quote.source.split("#")[0]).name


def evaluate(quotes: Iterable[Quote], gold: list[GoldQuote], *, kinds: Iterable[str] | None = None) -> Evaluation:
    """Match quotes to gold one to one by overlap and score detection and attribution."""
    kinds = set(kinds) if kinds is not None else {"direct", "partial", "scare"}
    gold = [g for g in gold if g.kind in kinds]
    docs = {g.doc for g in gold}
    predicted = [q for q in quotes if q.kind in kinds and doc_name(q) in docs]
    result = Evaluation(gold=len(gold), predicted=len(predicted))

    by_doc: dict[str, list[Quote]] = defaultdict(list)
    for quote in predicted:
        by_doc[doc_name(quote)].append(quote)
    used: set[str] = set()
    for g in gold:
        candidates = [
            (_overlap(g.start, g.end, q.start, q.end), q) for q in by_doc[g.doc] if q.quote_id not in used
        ]
        candidates = [(score, q) for score, q in candidates if score >= MIN_OVERLAP]
        if not candidates:
            result.missed.append(g)
            continue
        _, best = max(candidates, key=lambda item: (item[0], -item[1].start))
        used.add(best.quote_id)
        result.matched += 1
        result.kind_correct += best.kind == g.kind
        if best.kind != g.kind:
            result.wrong_kind.append((g, best))
        if g.kind in ATTRIBUTED_KINDS:
            correct = best.speaker.casefold() == g.speaker.casefold()
            result.attributed += 1
            result.speaker_correct += correct
            if g.speaker:
                result.named += 1
                result.named_correct += correct
            score = result.by_method[best.method]
            score.quotes += 1
            score.correct += correct
            if not correct:
                result.wrong_speaker.append((g, best))
    result.spurious = [q for q in predicted if q.quote_id not in used]
    return result


def format_report(result: Evaluation, *, by_method: bool = False, details: bool = False) -> str:
    """The evaluation as plain text lines for the terminal."""
    lines = [
        f"gold quotes         {result.gold}",
        f"predicted quotes    {result.predicted}",
        f"recall              {result.recall:.3f}",
        f"precision           {result.precision:.3f}",
        f"speaker accuracy    {result.speaker_accuracy:.3f}  ({result.speaker_correct}/{result.attributed})",
        f"named speaker acc.  {result.named_speaker_accuracy:.3f}  ({result.named_correct}/{result.named})",
        f"kind accuracy       {result.kind_accuracy:.3f}",
    ]
    if by_method:
        lines.append("")
        lines.append(f"{'method':<18}{'quotes':>8}{'correct':>9}{'precision':>11}")
        for method, score in sorted(result.by_method.items()):
            lines.append(f"{method:<18}{score.quotes:>8}{score.correct:>9}{score.precision:>11.3f}")
    if details:
        lines.append("")
        for g in result.missed:
            lines.append(f"missed    {g.doc}:{g.start} {g.kind:8} {g.snippet[:60]!r}")
        for q in result.spurious:
            lines.append(f"spurious  {doc_name(q)}:{q.start} {q.kind:8} {q.text[:60]!r}")
        for g, q in result.wrong_speaker:
            lines.append(f"speaker   {g.doc}:{g.start} gold {g.speaker!r} got {q.speaker!r} ({q.method}) {g.snippet[:40]!r}")
        for g, q in result.wrong_kind:
            lines.append(f"kind      {g.doc}:{g.start} gold {g.kind} got {q.kind} {g.snippet[:40]!r}")
    return "\n".join(lines)

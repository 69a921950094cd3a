"""The real pipeline on data/gold/typography/: quotes in every newsroom's typography are found."""

from __future__ import annotations

import pytest

from quotes.evaluate import evaluate, load_gold
from quotes.extract import extract_quotes

from tests.conftest import GOLD

TYPOGRAPHY = GOLD / "typography"
MIN_RECALL = 0.97
MIN_PRECISION = 0.97


@pytest.fixture(scope="module")
def typography_evaluation(nlp):
    texts = {path.name: path.read_text(encoding="utf-8") for path in TYPOGRAPHY.glob("*.txt")}
    gold = load_gold(TYPOGRAPHY / "gold.jsonl", texts=texts)
    extraction = extract_quotes([str(TYPOGRAPHY)], nlp=nlp)
    assert not extraction.failures
    return evaluate(extraction.quotes, gold)


@pytest.mark.parametrize("measure, minimum", [("recall", MIN_RECALL), ("precision", MIN_PRECISION)])
def test_typography_gold(typography_evaluation, measure, minimum):
    missed = [(g.doc, g.snippet[:40]) for g in typography_evaluation.missed]
    spurious = [(q.source, q.text[:40]) for q in typography_evaluation.spurious]
    assert getattr(typography_evaluation, measure) >= minimum, (missed, spurious)

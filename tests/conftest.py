"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold"


@pytest.fixture(scope="session")
def nlp():
    # the same cached pipeline the CLI uses, so in-process CLI tests do not load the models again
    from quotes.extract import cached_pipeline

    return cached_pipeline()


@pytest.fixture(scope="session")
def seed_extraction(nlp):
    from quotes.extract import extract_quotes

    return extract_quotes([str(SEEDS)], nlp=nlp)


@pytest.fixture(scope="session")
def analyse(nlp):
    """Run the whole pipeline on a text and return its quote spans."""
    def run(text: str):
        doc = nlp(text)  # the spans keep the Doc alive; the SpanGroup alone would not
        return list(doc.spans["quotes"])

    return run

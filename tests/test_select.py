"""Skipping articles that cannot hold a quote (quotes/select.py) never changes the output."""

from __future__ import annotations

import pytest

from quotes.extract import process_articles
from quotes.model import Article
from quotes.select import inflections, selector_for
from tests.conftest import SEEDS

VERB_RULES = {"verb": [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"],
                       ["ing", ""]]}


@pytest.mark.parametrize("lemma, form", [
    ("say", "says"),
    ("say", "said"),  # irregular: from the exceptions table
    ("note", "noted"),
    ("note", "noting"),
    ("deny", "denies"),
    ("deny", "denied"),  # the rules would give "deni": the exceptions table has it
    ("insist", "insisting"),
    ("tell", "told"),
])
def test_inflections_cover_what_the_lemmatizer_maps_back(lemma, form):
    exceptions = {"verb": {"said": ["say"], "told": ["tell"], "denied": ["deny"], "went": ["go"]}}
    assert form in inflections({lemma}, rules=VERB_RULES, exceptions=exceptions)


def test_inflections_leave_other_irregulars_out():
    assert "went" not in inflections({"say"}, rules=VERB_RULES, exceptions={"verb": {"went": ["go"]}})


@pytest.mark.parametrize("text, expected", [
    ("The cat sat on the mat.", False),
    ("It’s a dog’s life in the ’90s.", False),  # apostrophes and decades are not quote marks
    ("Prices rose by 3% in March.", False),
    ("Accordingly, the unsaid things stayed unsaid.", False),  # whole words only
    ("He said so.", True),  # indirect speech needs no marks
    ("Prices rose, analysts noted.", True),
    ("Taxes will rise, according to the Treasury.", True),
    ("The “levelling up” agenda stalled.", True),  # a scare quote is still a row
    ('The "levelling up" agenda stalled.', True),
    ("SHE TOLD REPORTERS NOTHING.", True),
])
def test_may_hold_quotes(nlp, text, expected):
    assert selector_for(nlp).may_hold_quotes(text) is expected


def test_skipped_articles_give_what_the_parse_would(nlp):
    articles = [Article(str(p), p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    articles[2:2] = [
        Article("plain-1", "plain-1", "Markets were calm on Monday.\n\nThe pound rose against the euro."),
        Article("plain-2", "plain-2", "It’s the club’s best season since the ’90s.\n"),
    ]
    selector = selector_for(nlp)
    assert [selector.may_hold_quotes(a.text) for a in articles].count(False) == 2
    parsed = list(process_articles(nlp, articles, skip_unquoted=False))
    skipped = list(process_articles(nlp, articles, skip_unquoted=True))
    assert [a.source for a, _ in skipped] == [a.source for a in articles]
    assert [q for _, q in skipped] == [q for _, q in parsed]

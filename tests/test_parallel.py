"""Worker processes (quotes/parallel.py) give the same quotes, in the same order, as one process."""

from __future__ import annotations

from quotes.extract import process_articles
from quotes.model import Article
from tests.conftest import SEEDS


def test_two_workers_match_one_process(nlp):
    articles = [Article(str(p), p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    # a few copies under other names so that both workers get several small tasks
    articles = [Article(f"{a.source}#{n}", f"{a.doc_id}#{n}", a.text) for n in range(2) for a in articles]
    one = list(process_articles(nlp, articles))
    two = list(process_articles(nlp, iter(articles), n_process=2, batch_size=2))
    assert [a.source for a, _ in two] == [a.source for a in articles]
    assert [q for _, q in two] == [q for _, q in one]
    # the Span._ values were read in the workers: speakers, methods and topics came back as records
    quotes = [q for _, found in two for q in found]
    assert any(q.method in ("coreference", "previous_subject", "sole_candidate") for q in quotes)
    assert all(q.topics for q in quotes)

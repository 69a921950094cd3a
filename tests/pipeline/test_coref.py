"""Windowed coreference (quotes/pipeline/coref.py) answers exactly as coreferee on the whole document."""

from __future__ import annotations

import pytest

from quotes.extract import process_articles
from quotes.model import Article
from quotes.pipeline import coref

from tests.conftest import SEEDS

PRONOUNS = {"he", "she", "they", "him", "her", "them"}
# a name, then a pronoun several paragraphs and more than coreferee's 5-sentence reach later,
# linked through the pronouns between: the window has to grow to find the name
FAR = (
    "Helen Marsh, the health minister, visited Leeds on Monday.\n\n"
    + "".join(f"She met nurses at the {n} hospital. The visit was short.\n\n" for n in
              ("first", "second", "third", "fourth", "fifth", "sixth", "seventh"))
    + "She said: “We will fund every ward.”"
)
TEXTS = [
    "Mark Burns, the transport secretary, spoke on Monday.\n\nHe said: “The line will open next year.”",
    "Sarah Okafor met David Brennan in Leeds.\n\nShe said: “We agreed on nothing.” He did not comment.",
    # an unclosed quote runs over the paragraph break (news convention): a window never starts inside it
    "Omar Patel said: “We cannot wait.\n\n“The money is there,” he added.\n\nHe left at noon.",
    FAR,
]


@pytest.fixture(scope="module")
def whole_nlp():
    """The reference: coreferee run on every whole document."""
    from quotes.pipeline import load_pipeline

    return load_pipeline(windowed_coreference=False)


def test_pipeline_runs_coreferee_only_on_demand(nlp, whole_nlp):
    assert "quotes_coref" in nlp.pipe_names and "coreferee" not in nlp.pipe_names
    assert "coreferee" in whole_nlp.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_resolve_equals_whole_document(nlp, whole_nlp, text):
    windowed, whole = nlp(text), whole_nlp(text)
    pronouns = [t.i for t in windowed if t.lower_ in PRONOUNS]
    assert pronouns
    for i in pronouns:
        expected = coref.resolve(whole[i])
        found = coref.resolve(windowed[i])
        assert [t.i for t in found or []] == [t.i for t in expected or []], windowed[i].text


def test_far_pronoun_reaches_the_name(nlp):
    doc = nlp(FAR)
    she = [t for t in doc if t.text == "She"][-1]
    assert [t.text for t in coref.resolve(she)] == ["Marsh"]


def test_pronouns_in_one_paragraph_share_a_window(nlp):
    doc = nlp("Mark Burns arrived late.\n\nHe said he was sorry, and he said it twice.")
    for token in doc:
        if token.lower_ == "he":
            coref.resolve(token)
    runs, tokens = coref.coreference_cost(doc)
    assert runs == 1
    assert tokens <= len(doc)


def test_release_drops_the_windows(nlp):
    doc = nlp("Mark Burns arrived late.\n\nHe said: “Sorry.”")
    assert coref.has_coreference(doc[0])
    coref.release(doc)
    assert coref.WINDOWS_KEY not in doc.user_data
    assert coref.resolve(doc[-3]) is None


def test_no_coreference_on_an_unprocessed_doc(nlp):
    doc = nlp.make_doc("He said so.")
    assert coref.resolve(doc[0]) is None
    assert not coref.has_coreference(doc[0])


def test_seed_quotes_identical_to_whole_document_coreferee(nlp, whole_nlp):
    """Every row, speaker, method and offset on seeds/ as with coreferee on whole documents and every
    article parsed (scripts/bench.py --check does the same on the gold sets and a generated corpus)."""
    articles = [Article(str(p), p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    expected = list(process_articles(whole_nlp, articles, skip_unquoted=False))
    found = list(process_articles(nlp, articles))
    assert [a.source for a, _ in found] == [a.source for a, _ in expected]
    assert sum(len(q) for _, q in expected) > 40
    for (article, want), (_, got) in zip(expected, found):
        assert got == want, article.source

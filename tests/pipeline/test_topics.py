"""Topic tagging: lemma matches in the quote, the sentence for short partial quotes, `other` otherwise."""

import pytest

from quotes.errors import LexiconError
from quotes.pipeline.topics import read_topics


@pytest.mark.parametrize("text, topics", [
    ("“Migration will be a key battleground policy,” Mr Ashworth said.", {"migration", "elections and campaigning"}),
    # lemmas: "migrants" and "taxes" match the terms "migrant" and "tax"
    ("“Migrants are paying more taxes than ever,” she said.", {"migration", "economy and tax"}),
    ("“I love a good sandwich,” she said.", {"other"}),
])
def test_topics_match_lemmas_in_the_quote(analyse, text, topics):
    (quote,) = analyse(text)
    assert set(quote._.topics) == topics


def test_a_short_partial_quote_takes_topics_from_its_sentence(analyse):
    text = "Elon Musk accused Labour of “illegal” election interference."
    (quote,) = analyse(text)
    assert "election interference" in quote._.topics


def test_topic_file_needs_its_header(tmp_path):
    path = tmp_path / "topics.csv"
    path.write_text("name,word\nx,y\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="must be a CSV with the header 'topic,term'"):
        read_topics(path)


def test_custom_topic_file_replaces_the_default(tmp_path):
    from quotes.pipeline import load_pipeline

    path = tmp_path / "topics.csv"
    path.write_text("topic,term\nfood,sandwich\n", encoding="utf-8")
    nlp = load_pipeline(coreference=False, topics_path=path)
    doc = nlp("“I love a good sandwich and lower taxes,” she said.")
    assert doc.spans["quotes"][0]._.topics == ("food",)

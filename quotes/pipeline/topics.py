"""spaCy component that tags each quote with topics from a lemma lexicon (PhraseMatcher)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from quotes.pipeline.extensions import QUOTES_KEY
from quotes.resources import read_pairs, resource_path

DEFAULT_TOPICS = resource_path("topics.csv")
NO_TOPIC = "other"
# a partial quote this short says too little on its own; its sentence gives the topic
SHORT_QUOTE_WORDS = 6


def read_topics(path: Path | str) -> dict[str, list[str]]:
    """Terms of each topic from a `topic,term` CSV."""
    topics: dict[str, list[str]] = defaultdict(list)
    for topic, term in read_pairs(path, ("topic", "term")):
        topics[topic.strip().lower()].append(term.strip())
    return dict(topics)


class TopicTagger:
    """Match topic terms on lemmas in each quote, then in its sentence for short partial quotes."""

    def __init__(self, nlp: Language, topics: dict[str, list[str]]):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        # lemmas need the tagger and lemmatizer, but not the parser or our own components
        keep = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}
        disabled = [name for name in nlp.pipe_names if name not in keep]
        entries = [(topic, term.lower()) for topic, terms in sorted(topics.items()) for term in terms]
        patterns: dict[str, list[Doc]] = defaultdict(list)
        # one pass over every term: the lexicon is read again on each run that re-tags stored quotes
        for (topic, _), pattern in zip(entries, nlp.pipe((term for _, term in entries), disable=disabled)):
            patterns[topic].append(pattern)
        for topic, docs in patterns.items():
            self.matcher.add(topic, docs)
        self.nlp = nlp

    def _topics_in(self, span: Span) -> set[str]:
        return {self.nlp.vocab.strings[match_id] for match_id, _, _ in self.matcher(span)}

    def __call__(self, doc: Doc) -> Doc:
        for span in doc.spans.get(QUOTES_KEY, []):
            found = self._topics_in(span)
            if not found and len(span) <= SHORT_QUOTE_WORDS and span._.kind in ("partial", "scare"):
                sentence = doc[span.sent.start: span.sent.end] if span.sent is not None else span
                found = self._topics_in(sentence)
            span._.topics = tuple(sorted(found)) or (NO_TOPIC,)
        return doc


@Language.factory(
    "quotes_topics",
    assigns=["span._.topics"],
    requires=["token.lemma"],
    default_config={"topics_path": None},
)
def make_topic_tagger(nlp: Language, name: str, topics_path: str | None) -> TopicTagger:
    return TopicTagger(nlp, read_topics(topics_path or DEFAULT_TOPICS))

"""spaCy component that finds quoted spans and stores them in doc.spans["quotes"]."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotes.detection import detect_quotes
from quotes.pipeline.extensions import QUOTES_KEY
from quotes.text import split_paragraphs


class QuoteDetector:
    """Find quotes in doc.text; each span covers the content and keeps exact offsets in span._.quote."""

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = doc._.quote_paragraphs
        if paragraphs is None:
            paragraphs = split_paragraphs(doc.text)
            doc._.quote_paragraphs = paragraphs
        spans = []
        for found in detect_quotes(doc.text, paragraphs):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            span._.quote = found
            spans.append(span)
        doc.spans[QUOTES_KEY] = spans
        return doc


@Language.factory("quotes_detector", assigns=["doc.spans", "span._.quote"])
def make_quote_detector(nlp: Language, name: str) -> QuoteDetector:
    return QuoteDetector()

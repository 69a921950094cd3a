"""spaCy component that splits paragraphs and makes each one start a sentence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotes.pipeline import extensions  # noqa: F401  (registers Doc._.quote_paragraphs)
from quotes.text import split_paragraphs


class ParagraphSplitter:
    """Store the paragraphs on the Doc and set sentence starts for the parser."""

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = split_paragraphs(doc.text)
        doc._.quote_paragraphs = paragraphs
        starts = {p.start for p in paragraphs}
        for token in doc:
            if token.i == 0:
                continue
            if token.idx in starts:
                # a sentence never runs across a paragraph break
                token.is_sent_start = True
            elif token.is_space and "\n" not in token.text:
                continue
        return doc


@Language.factory("quotes_paragraphs", assigns=["doc._.quote_paragraphs", "token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()

"""Register every custom attribute the pipeline stores on Docs and Spans, in one place."""

from spacy.tokens import Doc, Span

QUOTES_KEY = "quotes"

_DOC = {
    "quote_paragraphs": None,  # list[Paragraph] of doc.text
}
_SPAN = {
    "quote": None,  # detection.DetectedQuote: exact offsets, marks, depth, continuation
    "kind": None,  # direct | partial | scare | indirect
    "speaker": "",  # the article-level name (canonical across articles only after extract)
    "speaker_mention": "",
    "speaker_description": "",
    "speaker_type": "unknown",
    "cue": "",
    "method": "unresolved",
    "confidence": 0.0,
    "topics": (),
}


def register_extensions() -> None:
    """Make the attributes available; safe to call more than once."""
    for name, default in _DOC.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()

"""spaCy component that finds indirect speech (X said that …, according to X, …) as unquoted spans."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.detection import DetectedQuote
from quotes.pipeline.extensions import QUOTES_KEY
from quotes.resources import load_lines

# reported clauses shorter than this are objects, not reports ("denied it", "said so")
MIN_CLAUSE_TOKENS = 3
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_TRAILING = {".", ",", ";", ":", "—", "–", "-", "!", "?"}


class IndirectSpeechFinder:
    """Add a span for each clause reported by a speech verb outside quotes: X said (that) …, X urged Y to …"""

    def __init__(self):
        self.cues = frozenset(load_lines("reporting_verbs.txt"))
        self.beliefs = frozenset(load_lines("belief_verbs.txt"))

    def __call__(self, doc: Doc) -> Doc:
        quotes = list(doc.spans.get(QUOTES_KEY, []))
        quoted = [False] * len(doc)
        for span in quotes:
            q = span._.quote
            marks = doc.char_span(q.mark_start, q.mark_end, alignment_mode="expand")
            if marks is not None:
                for token in marks:
                    quoted[token.i] = True
        paragraphs = doc._.quote_paragraphs or []
        found: list[Span] = []
        taken: set[int] = set()
        for token in doc:
            if quoted[token.i] or not self._is_speech_verb(token):
                continue
            clause = self._reported_clause(token, quoted)
            if clause is None or any(i in taken for i in range(clause[0], clause[1])):
                continue
            span = trim(doc[clause[0]:clause[1]])
            if len(span) < MIN_CLAUSE_TOKENS:
                continue
            taken.update(range(span.start, span.end))
            para = next((p.index for p in paragraphs if p.start <= span.start_char < p.end + 1), 0)
            span._.quote = DetectedQuote(
                start=span.start_char, end=span.end_char, mark_start=span.start_char, mark_end=span.end_char,
                paragraph=para, depth=0, opener="", closer="",
            )
            found.append(span)
        if found:
            spans = quotes + found
            spans.sort(key=lambda s: (s._.quote.start, s._.quote.depth))
            doc.spans[QUOTES_KEY] = spans
        return doc

    def _is_speech_verb(self, token: Token) -> bool:
        if token.lower_ == "according":
            return any(c.lower_ == "to" for c in token.children)
        if token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = token.lemma_.lower()
        # a question is not a report of what someone said
        return lemma in self.cues and lemma not in self.beliefs and lemma not in ("ask", "call", "describe")

    def _reported_clause(self, verb: Token, quoted: list[bool]) -> tuple[int, int] | None:
        if verb.lower_ == "according":
            return self._according_clause(verb, quoted)
        # ("Speaking in Lagos, the Director-General of the NCAA, Capt. Sani Kurfi, said …": the parser may hang the
        # name before the verb on another word, and leave the verb without a subject)
        doc = verb.doc
        named_before = verb.i > 1 and doc[verb.i - 1].text == "," and doc[verb.i - 2].ent_type_ == "PERSON" \
            and doc[verb.i - 2].dep_ in ("appos", "npadvmod")
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ not in ("conj", "advcl", "xcomp") \
                and not named_before:
            return None
        # CLAUSE, X said: the parser hangs "X said" off the clause it reports
        head = verb.head
        if verb.dep_ in ("parataxis", "ccomp") and head.i < verb.i and head.pos_ in ("VERB", "AUX") \
                and head.lemma_.lower() not in self.beliefs and not self._is_speech_verb(head) \
                and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," \
                and not any(c.dep_ == "ccomp" for c in verb.children):
            return self._bounded(head.left_edge.i, verb.left_edge.i, quoted)
        for child in verb.children:
            # X said (that) CLAUSE / CLAUSE, X said; "said A but that B": each reported clause on its own
            if child.dep_ == "ccomp":
                if child.left_edge.lower_ in ("whether", "if", "how", "why", "what", "when", "where", "who"):
                    return None
                whole = self._clause_span(child, quoted, skip_mark=True)
                if whole is not None:
                    return whole
                for part in child.children:
                    if part.dep_ == "conj" and part.pos_ in ("VERB", "AUX"):
                        found = self._clause_span(part, quoted, skip_mark=True)
                        if found is not None:
                            return found
                return None
            # X urged Y to CLAUSE / X warned Y not to CLAUSE
            if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                    and not any(c.dep_ == "auxpass" for c in child.children):
                objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
                start = objects[0] if objects else child
                return self._bounded(start.left_edge.i, child.right_edge.i + 1, quoted)
        return None

    def _according_clause(self, according: Token, quoted: list[bool]) -> tuple[int, int] | None:
        # "according to X, CLAUSE" / "CLAUSE, according to X": the clause is the rest of the sentence
        phrase = range(according.i, according.right_edge.i + 1)
        sentence = according.sent
        before = [t for t in sentence if t.i < phrase.start]
        after = [t for t in sentence if t.i > phrase[-1]]
        side = after if len([t for t in after if not t.is_punct]) >= len([t for t in before if not t.is_punct]) else before
        words = [t for t in side if not t.is_space]
        while words and words[0].text in _TRAILING:
            words = words[1:]
        if not words:
            return None
        return self._bounded(words[0].i, words[-1].i + 1, quoted)

    def _clause_span(self, head: Token, quoted: list[bool], *, skip_mark: bool) -> tuple[int, int] | None:
        start = head.left_edge.i
        doc = head.doc
        while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
            start += 1
        if skip_mark and doc[start].dep_ == "mark" and doc[start].lower_ == "that":
            start += 1
        return self._bounded(start, head.right_edge.i + 1, quoted)

    def _bounded(self, start: int, end: int, quoted: list[bool]) -> tuple[int, int] | None:
        doc_tokens = quoted
        # a reported clause that holds a quote is already a partial quote
        if any(doc_tokens[start:end]):
            return None
        return (start, end) if end - start >= MIN_CLAUSE_TOKENS else None


def trim(span: Span) -> Span:
    """The span without trailing punctuation or spaces."""
    end = span.end
    while end > span.start and (span.doc[end - 1].text in _TRAILING or span.doc[end - 1].is_space):
        end -= 1
    return span.doc[span.start:end]


@Language.factory("quotes_indirect", assigns=["doc.spans"], requires=["token.dep", "token.lemma"])
def make_indirect_finder(nlp: Language, name: str) -> IndirectSpeechFinder:
    return IndirectSpeechFinder()

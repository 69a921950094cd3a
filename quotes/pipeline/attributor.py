"""spaCy component that finds each quote's speaker with ordered sieves and classifies its kind."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.pipeline import coref
from quotes.pipeline.extensions import QUOTES_KEY
from quotes.resources import load_lines, load_pairs
from quotes.speakers import ArticleNames, clean_name

SENTENCE_END = {".", "!", "?"}
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# a trailing "X said" belongs to the quote only when it follows within this many tokens
MAX_CUE_DISTANCE = 8


def _lexicon(name: str) -> frozenset[str]:
    return frozenset(load_lines(name))


def sieve_confidence() -> dict[str, float]:
    """Confidence of each sieve, as measured on the gold sets (scripts/calibrate.py)."""
    return {method: float(value) for method, value in load_pairs("sieve_confidence.csv", "method", "confidence")}


@dataclass
class Mention:
    """Who a cue points at: a name, a pronoun, an organisation or an unnamed description."""

    text: str
    kind: str  # name | pronoun | organisation | nominal
    head: Token
    description: str = ""


@dataclass
class Attribution:
    speaker: str = ""
    mention: str = ""
    description: str = ""
    speaker_type: str = "unknown"
    cue: str = ""
    method: str = "unresolved"
    antecedent: str = ""
    cue_token: Token | None = field(default=None, repr=False)


class Attributor:
    """Give every quote in doc.spans["quotes"] a speaker, method, confidence and kind."""

    def __init__(self, *, use_coreference: bool = True):
        self.cues = _lexicon("reporting_verbs.txt")
        self.anonymous_heads = _lexicon("anonymous_heads.txt")
        self.organisations = _lexicon("organisations.txt")
        self.honorific_words = frozenset(w for line in load_lines("honorifics.txt") for w in line.split())
        self.confidence = sieve_confidence()
        self.use_coreference = use_coreference

    # ---- the document around a quote -------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        quotes = list(doc.spans.get(QUOTES_KEY, []))
        if not quotes:
            return doc
        self.doc = doc
        self.in_quote = [-1] * len(doc)
        for n, span in enumerate(quotes):
            q = span._.quote
            if q.depth == 0:
                for token in self._mark_tokens(q):
                    self.in_quote[token.i] = n
        self.paragraph_of = {}
        paragraphs = doc._.quote_paragraphs or []
        self.paragraphs = paragraphs
        self.names = ArticleNames(ent.text for ent in doc.ents if ent.label_ in PERSON_LABELS)

        decided: list[Attribution] = []
        for n, span in enumerate(quotes):
            q = span._.quote
            if q.depth > 0:
                outer = self._enclosing(quotes, decided, n)
                attribution = Attribution(**{**outer.__dict__, "method": "nested"}) if outer else Attribution()
                if outer is None or not outer.speaker and outer.speaker_type != "anonymous":
                    attribution.method = "unresolved"
            else:
                attribution = self._attribute(quotes, decided, n)
            decided.append(attribution)
            self._store(span, attribution, self._kind(span, attribution))
        return doc

    def _mark_tokens(self, q) -> list[Token]:
        span = self.doc.char_span(q.mark_start, q.mark_end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _paragraph_bounds(self, q) -> tuple[int, int]:
        para = self.paragraphs[q.paragraph] if q.paragraph < len(self.paragraphs) else None
        if para is None:
            return 0, len(self.doc)
        span = self.doc.char_span(para.start, para.end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else (0, len(self.doc))

    def _clause_before(self, q) -> list[Token]:
        """Reporter's words before the quote, back to a sentence end, another quote or the paragraph start."""
        para_start, _ = self._paragraph_bounds(q)
        marks = self._mark_tokens(q)
        if not marks:
            return []
        tokens: list[Token] = []
        i = marks[0].i - 1
        while i >= para_start:
            token = self.doc[i]
            if self.in_quote[i] != -1 or token.text in SENTENCE_END:
                break
            tokens.append(token)
            i -= 1
        tokens.reverse()
        return [t for t in tokens if not t.is_space]

    def _clause_after(self, q) -> list[Token]:
        """Reporter's words after the quote, up to a sentence end, another quote or the paragraph end."""
        _, para_end = self._paragraph_bounds(q)
        marks = self._mark_tokens(q)
        if not marks:
            return []
        tokens: list[Token] = []
        i = marks[-1].i + 1
        while i < para_end:
            token = self.doc[i]
            if self.in_quote[i] != -1:
                break
            tokens.append(token)
            if token.text in SENTENCE_END:
                break
            i += 1
        return [t for t in tokens if not t.is_space]

    # ---- cues and mentions -------------------------------------------------------------------
    def is_cue(self, token: Token) -> bool:
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBN", "VBG"):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.cues:
            return True
        particles = [c.text.lower() for c in token.children if c.dep_ == "prt"]
        return any(f"{lemma} {p}" in self.cues for p in particles)

    def _subject(self, verb: Token, seen: int = 0) -> Token | None:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            before = [s for s in subjects if s.i < verb.i]
            # "Arkansas Senator Tom Cotton said": the subject next to the verb is the person
            return before[-1] if before else subjects[0]
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and seen < 3 and verb.head.i != verb.i:
            return self._subject(verb.head, seen + 1)
        # inverted order without a parsed subject: "said Colin Mortimer"
        for child in verb.rights:
            if child.pos_ == "PROPN" or child.ent_type_ in PERSON_LABELS:
                return child
        return None

    def _entity(self, token: Token) -> Span | None:
        for ent in self.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
        return None

    def _description_of(self, head: Token, name_tokens: set[int]) -> str:
        doc = self.doc
        # an appositive: "Colin Mortimer, director of the Center for New Liberalism, a campaign group"
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                words = []
                for token in child.subtree:
                    if token.i > child.i and token.text in {",", "—", "–", "(", ";"}:
                        break
                    if token.i >= child.i or token.dep_ not in ("punct",):
                        words.append(token)
                words = [t for t in words if t.i >= min(w.i for w in child.subtree)]
                return _strip_det(doc[words[0].i: words[-1].i + 1].text) if words else ""
        # a title before the name: "environment secretary Steve Reed", "Former Trump aide Sebastian Gorka"
        left = [t for t in head.subtree if t.i < min(name_tokens) and t.dep_ not in ("det", "punct", "poss", "case")]
        left = [t for t in left if t.lower_ not in self.honorific_words or t.lower_ in ("former", "ex")]
        if left:
            start = left[0].i
            title = doc[start: min(name_tokens)].text.strip(" ,")
            if title and not title.lower().startswith(("and ", "or ")):
                return title
        # "Marshall, from the PPI"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "at") and child.i > max(name_tokens):
                return doc[child.i: child.right_edge.i + 1].text
        return ""

    def mention_for(self, head: Token) -> Mention | None:
        """Describe the speaker a subject token points at."""
        if head.pos_ == "PRON":
            if head.lower_ in ("i", "me", "we", "us", "you", "it", "that", "this", "which", "what", "who"):
                return None
            return Mention(head.text, "pronoun", head)
        ent = self._entity(head)
        if ent is not None and ent.label_ in PERSON_LABELS:
            tokens = {t.i for t in ent}
            return Mention(ent.text, "name", head, self._description_of(head, tokens))
        if ent is not None and ent.label_ in ORG_LABELS and not self._is_person_name(ent.text):
            return Mention(_strip_det(ent.text), "organisation", head)
        if ent is not None and ent.label_ in ORG_LABELS:
            # the small model often tags a bare surname as ORG; the article names the person elsewhere
            return Mention(ent.text, "name", head, self._description_of(head, {t.i for t in ent}))
        if head.pos_ == "PROPN":
            chain = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
            start = min([c.i for c in chain] + [head.i])
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].dep_ in ("compound", "flat"):
                start -= 1
            text = self.doc[start: head.i + 1].text
            if text.lower() in self.organisations or _strip_det(text).lower() in self.organisations:
                return Mention(_strip_det(text), "organisation", head)
            return Mention(text, "name", head, self._description_of(head, set(range(start, head.i + 1))))
        if head.pos_ in ("NOUN", "PROPN", "NUM"):
            words = [t for t in head.subtree if not _in_clause_modifier(t, head)]
            text = self.doc[words[0].i: words[-1].i + 1].text.strip(" ,—–") if words else head.text
            lower = _strip_det(text).lower()
            if lower in self.organisations or head.lower_ in self.organisations:
                return Mention(_strip_det(text), "organisation", head)
            return Mention(text, "nominal", head, text)
        return None

    # ---- the sieves ------------------------------------------------------------------------
    def _attribute(self, quotes: list[Span], decided: list[Attribution], n: int) -> Attribution:
        span = quotes[n]
        q = span._.quote
        before = self._clause_before(q)
        after = self._clause_after(q)
        previous = self._previous_outer(quotes, decided, n)

        # a paragraph that opens with a quote mark after an unclosed one continues the same quote (news convention)
        if q.continues_previous and previous is not None and previous[0]._.quote.continues_next:
            return self._copy(previous[1], "continuation")

        # “…,” X said.  /  “…,” said X, the role.  (the quote opens the sentence; the cue follows it)
        if not before:
            found = self._cue_in(after[:MAX_CUE_DISTANCE], require_subject_in=after)
            if found is not None:
                return self._resolve(found, "cue_adjacent")

        # X said: “…”  /  X told GB News: “…”  /  He said, “…”
        if before and before[-1].text in (":", ","):
            found = self._cue_in(list(reversed(before)), require_subject_in=None)
            if found is not None:
                return self._resolve(found, "colon_intro")
            if before[-1].text == ":":
                mention = self._bare_name(before[:-1])
                if mention is not None:
                    return self._resolve((mention, None), "colon_intro", cue=":")

        # a fragment inside the reporter's sentence: the cue verb that governs it
        if before:
            found = self._governing_cue(span, before)
            if found is not None:
                return self._resolve(found, "cue_syntax")
            according = self._according_to(before + after)
            if according is not None:
                return self._resolve((according, None), "according_to", cue="according to")

        para_start_char = self.paragraphs[q.paragraph].start if q.paragraph < len(self.paragraphs) else -1
        opens_paragraph = q.mark_start == para_start_char
        # a paragraph-final "X said:" introduces the quote that opens the next paragraph
        if opens_paragraph and q.paragraph > 0:
            found = self._intro_from_previous_paragraph(q.paragraph - 1)
            if found is not None:
                return self._resolve(found, "intro_paragraph")

        # “A,” X said. “B.”: an unattributed quote in the same paragraph belongs to the quote before it
        if previous is not None and previous[0]._.quote.paragraph == q.paragraph and previous[1].method != "unresolved":
            if not self._names_someone_between(previous[0]._.quote, q):
                return self._copy(previous[1], "same_paragraph")

        # a quote-only paragraph continues the speaker of the paragraph before, unless someone else is named
        if opens_paragraph and not before and not after and previous is not None:
            prev_q = previous[0]._.quote
            if prev_q.paragraph == q.paragraph - 1 and previous[1].method != "unresolved":
                if not self._names_someone_between(prev_q, q):
                    return self._copy(previous[1], "continuation")
        return Attribution()

    def _copy(self, source: Attribution, method: str) -> Attribution:
        return Attribution(**{**source.__dict__, "method": method})

    def _cue_in(self, tokens: list[Token], *, require_subject_in: list[Token] | None):
        for token in tokens:
            if not self.is_cue(token):
                continue
            subject = self._subject(token)
            if subject is None:
                continue
            if require_subject_in is not None and subject not in require_subject_in:
                continue
            if self.in_quote[subject.i] != -1:
                continue
            mention = self.mention_for(subject)
            if mention is not None:
                return mention, token
        return None

    def _governing_cue(self, span: Span, before: list[Token]):
        # walk up from the quote's words to the first reporting verb outside the quote
        seen = set()
        for token in span:
            node = token
            for _ in range(12):
                if node.i in seen:
                    break
                seen.add(node.i)
                if self.in_quote[node.i] == -1 and self.is_cue(node):
                    subject = self._subject(node)
                    if subject is not None and self.in_quote[subject.i] == -1:
                        mention = self.mention_for(subject)
                        if mention is not None:
                            return mention, node
                if node.head.i == node.i:
                    break
                node = node.head
        # otherwise the nearest reporting verb earlier in the sentence
        return self._cue_in(list(reversed(before)), require_subject_in=None)

    def _according_to(self, tokens: list[Token]) -> Mention | None:
        for token in tokens:
            if token.lower_ == "according":
                for to in token.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return self.mention_for(obj)
        return None

    def _bare_name(self, tokens: list[Token]) -> Mention | None:
        """A clause that is only a name, as in "Burns: “…”"."""
        words = [t for t in tokens if not t.is_punct]
        if not words or len(words) > 5:
            return None
        ent = self._entity(words[-1])
        if ent is not None and ent.label_ in PERSON_LABELS and ent.start <= words[0].i + 2:
            return Mention(ent.text, "name", words[-1])
        return None

    def _intro_from_previous_paragraph(self, index: int):
        para = self.paragraphs[index]
        span = self.doc.char_span(para.start, para.end, alignment_mode="expand")
        if span is None or span[-1].text != ":":
            return None
        tokens = [t for t in span if self.in_quote[t.i] == -1 and not t.is_space]
        clause: list[Token] = []
        for token in reversed(tokens[:-1]):
            if token.text in SENTENCE_END:
                break
            clause.append(token)
        return self._cue_in(clause, require_subject_in=None)

    def _names_someone_between(self, earlier, later) -> bool:
        """Whether the reporter's text between two quotes names a person other than the speaker."""
        between = self.doc.char_span(earlier.mark_end, later.mark_start, alignment_mode="contract")
        if between is None:
            return False
        for token in between:
            if self.in_quote[token.i] != -1:
                continue
            if token.ent_type_ in PERSON_LABELS and token.dep_ in SUBJECT_DEPS:
                # the speaker named again in an attribution is not someone else
                for candidate in (self._entity(token),):
                    if candidate is not None and self.names.resolve(candidate.text):
                        return not self._is_cue_subject(token)
        return False

    def _is_cue_subject(self, token: Token) -> bool:
        return self.is_cue(token.head)

    def _previous_outer(self, quotes, decided, n):
        for k in range(n - 1, -1, -1):
            if quotes[k]._.quote.depth == 0:
                return quotes[k], decided[k]
        return None

    def _enclosing(self, quotes, decided, n) -> Attribution | None:
        q = quotes[n]._.quote
        for k in range(n - 1, -1, -1):
            outer = quotes[k]._.quote
            if outer.depth < q.depth and outer.start <= q.mark_start and q.mark_end <= outer.end:
                return decided[k]
        return None

    # ---- from mention to speaker ------------------------------------------------------------
    def _resolve(self, found, method: str, cue: str | None = None) -> Attribution:
        mention, cue_token = found
        cue_text = cue if cue is not None else (cue_token.text if cue_token is not None else "")
        result = Attribution(mention=mention.text, cue=cue_text, method=method, cue_token=cue_token,
                             description=mention.description)
        if mention.kind == "name":
            result.speaker = self._full_name(mention.text)
            result.speaker_type = "person"
            return result
        if mention.kind == "organisation":
            result.speaker = mention.text
            result.speaker_type = "organisation"
            result.description = ""
            return result
        # a pronoun or a description: who does it refer to?
        named = self._named_antecedent(mention.head)
        if named is not None:
            result.speaker = self._full_name(named.text)
            result.speaker_type = "person"
            result.antecedent = named.text
            result.method = "coreference"
            if mention.kind == "nominal":
                result.description = mention.text
            else:
                result.description = self._description_of(named.root, {t.i for t in named}) if named.root else ""
            return result
        if mention.kind == "pronoun":
            fallback = self._nearest_speaker(mention.head)
            if fallback is not None:
                result.speaker = self._full_name(fallback.text)
                result.speaker_type = "person"
                result.antecedent = fallback.text
                result.method = "nearest_speaker"
                return result
            result.method = "unresolved"
            return result
        head = mention.head
        result.description = mention.text
        result.speaker_type = "anonymous" if head.text in self.anonymous_heads or head.lower_ in self.anonymous_heads else "unknown"
        if result.speaker_type == "unknown":
            result.method = "unresolved"
        return result

    def _is_person_name(self, text: str) -> bool:
        cleaned = clean_name(text)
        if not cleaned:
            return False
        return any(
            ent.label_ in PERSON_LABELS and (ent.text == cleaned or clean_name(ent.text).endswith(" " + cleaned))
            for ent in self.doc.ents
        )

    def _full_name(self, mention: str) -> str:
        name = self.names.resolve(mention)
        if len(name.split()) == 1:
            # NER missed the full name: look for "First Surname" anywhere in the article
            self.names.add_from_text(self.doc.text, name)
            name = self.names.resolve(mention)
        return name

    def _named_antecedent(self, token: Token) -> Span | None:
        if not self.use_coreference:
            return None
        resolved = coref.resolve(token)
        if not resolved:
            return None
        for candidate in resolved:
            ent = self._entity(candidate)
            if ent is not None and ent.label_ in PERSON_LABELS:
                return ent
            if candidate.pos_ == "PROPN":
                return self.doc[candidate.i: candidate.i + 1]
        return None

    def _nearest_speaker(self, token: Token) -> Span | None:
        """The closest person before the pronoun who is the subject of a sentence, else any person."""
        gender = token.morph.get("Gender")
        subjects, persons = [], []
        for ent in self.doc.ents:
            if ent.label_ not in PERSON_LABELS or ent.end > token.i or self.in_quote[ent.start] != -1:
                continue
            if gender and not self._gender_compatible(ent, gender[0]):
                continue
            persons.append(ent)
            if ent.root.dep_ in SUBJECT_DEPS:
                subjects.append(ent)
        if subjects and token.i - subjects[-1].end < 120:
            return subjects[-1]
        return persons[-1] if persons else None

    def _gender_compatible(self, ent: Span, gender: str) -> bool:
        first = self.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if first in ("mr", "sir", "lord") and gender == "Fem":
            return False
        if first in ("mrs", "ms", "miss", "dame", "lady") and gender == "Masc":
            return False
        return True

    # ---- kind and storage --------------------------------------------------------------------
    def _kind(self, span: Span, attribution: Attribution) -> str:
        q = span._.quote
        text = self.doc.text
        content = text[q.start:q.end].strip()
        preceding = text[max(0, q.mark_start - 12): q.mark_start].lower()
        if "so-called" in preceding or "so called" in preceding:
            return "scare"
        before = self._clause_before(q) if q.depth == 0 else []
        first_letter = next((c for c in content if c.isalpha()), "")
        starts_sentence = first_letter.isupper() or content[:1] in ("[", "…", ".") or content[:1].isdigit()
        introduced = not before or before[-1].text in (":", ",")
        if q.depth > 0:
            # a quote inside a quote is an utterance unless it is a word or two
            return "direct" if len(content.split()) >= 3 else "partial"
        if starts_sentence and introduced:
            if attribution.method == "unresolved" and not before and not self._clause_after(q):
                # a quoted line standing alone with nobody to say it is a headline or title
                return "direct" if q.continues_previous else "scare"
            return "direct"
        if attribution.method != "unresolved" or attribution.speaker_type == "anonymous":
            return "partial"
        return "scare"

    def _store(self, span: Span, attribution: Attribution, kind: str) -> None:
        if kind == "scare":
            attribution = Attribution()
        span._.kind = kind
        span._.speaker = attribution.speaker
        span._.speaker_mention = attribution.mention if not attribution.antecedent else f"{attribution.mention} ({attribution.antecedent})"
        span._.speaker_description = attribution.description
        span._.speaker_type = attribution.speaker_type
        span._.cue = attribution.cue
        span._.method = attribution.method
        span._.confidence = self.confidence.get(attribution.method, 0.0)
        if attribution.method == "unresolved" and kind == "scare":
            span._.method = "scare"
            span._.confidence = self.confidence.get("unresolved", 0.0)


def _strip_det(text: str) -> str:
    for det in ("the ", "The "):
        if text.startswith(det):
            return text[len(det):]
    return text


def _in_clause_modifier(token: Token, head: Token) -> bool:
    """Whether a token sits in a relative clause or appositive hanging off the head noun."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos", "punct") and node.head.i == head.i:
            return True
        node = node.head
    return False


@Language.factory(
    "quotes_attributor",
    assigns=["span._.speaker", "span._.method", "span._.confidence", "span._.kind"],
    requires=["doc.spans", "token.dep", "token.ent_type"],
    default_config={"use_coreference": True},
)
def make_attributor(nlp: Language, name: str, use_coreference: bool) -> Attributor:
    return Attributor(use_coreference=use_coreference)

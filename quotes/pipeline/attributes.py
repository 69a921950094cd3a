"""spaCy component: the model's attribute ruler (tag map and exceptions), applied as array operations.

en_core_web_sm maps each fine-grained tag to a part of speech and morphology, and fixes a few dozen
words ("'s", "gonna", "his"), with an AttributeRuler of 179 Matcher patterns. Matching them token by
token costs as much as the parser. Every one of those patterns is a fixed sequence of one or two token
specs that test LOWER, TAG, DEP or IS_SPACE, so each becomes a boolean mask over the Doc's arrays, and
the attributes are written back with one `Doc.from_array`. Patterns apply in the ruler's order, later
ones overriding earlier ones, as in AttributeRuler.match: the result is the same, array for array
(tests/pipeline/test_attributes.py checks it on every gold article). A ruler with any other kind of
pattern is applied as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

TESTED = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
WRITTEN = {"POS": POS, "MORPH": MORPH, "LEMMA": LEMMA, "TAG": TAG}
OPERATORS = {"IN", "NOT_IN", "REGEX"}


class UnsupportedPattern(ValueError):
    """A ruler pattern outside what ArrayAttributeRuler evaluates (quantifiers, other attributes)."""


@dataclass
class _Rule:
    specs: list[list[tuple[str, object]]]  # alternatives: one (attribute, test) list per token
    attrs: dict[int, int]  # written attribute -> value, as Doc arrays hold it
    index: int  # which token of the match gets the attributes
    dep: str | None = None  # a dependency label to write (token by token: Doc arrays set DEP with HEAD only)


class ArrayAttributeRuler:
    """The model's AttributeRuler, evaluated over Doc arrays; falls back to the ruler for other patterns."""

    def __init__(self, nlp: Language, ruler):
        self.ruler = ruler
        self.vocab = nlp.vocab
        self.columns = list(WRITTEN.values())
        self.position = {attr: k for k, attr in enumerate(self.columns)}  # column of each written attribute
        self._regex_cache: dict[tuple[str, int], bool] = {}
        try:
            self.rules = [self._compile(pattern) for pattern in ruler.patterns]
        except UnsupportedPattern:
            self.rules = None

    @property
    def patterns(self):
        return self.ruler.patterns

    # ---- compiling -------------------------------------------------------------------------------
    def _compile(self, pattern: dict) -> _Rule:
        specs = []
        for tokens in pattern["patterns"]:
            if not 1 <= len(tokens) <= 2:
                raise UnsupportedPattern(str(tokens))
            specs.append([self._compile_token(token) for token in tokens])
        attrs = {}
        dep = None
        for name, value in pattern["attrs"].items():
            if name == "DEP":
                dep = value
            elif name in WRITTEN:
                attrs[WRITTEN[name]] = self._array_value(name, value)
            else:
                raise UnsupportedPattern(name)
        return _Rule(specs, attrs, int(pattern.get("index", 0)), dep)

    def _compile_token(self, token: dict) -> list[tuple[str, object]]:
        tests = []
        for name, value in token.items():
            if name not in TESTED:
                raise UnsupportedPattern(name)
            if isinstance(value, dict):
                if len(value) != 1 or next(iter(value)) not in OPERATORS:
                    raise UnsupportedPattern(str(value))
                ((op, operand),) = value.items()
                if op == "REGEX":
                    tests.append((name, ("REGEX", re.compile(operand))))
                else:
                    ids = numpy.array([self._string_id(name, v) for v in operand], dtype=numpy.uint64)
                    tests.append((name, (op, ids)))
            else:
                tests.append((name, ("==", self._string_id(name, value))))
        return tests

    def _string_id(self, name: str, value) -> int:
        if name == "IS_SPACE":
            return int(bool(value))
        return self.vocab.strings.add(value)

    def _array_value(self, name: str, value: str) -> int:
        if name == "POS":
            from spacy.parts_of_speech import IDS

            return IDS[value]
        if name == "MORPH":
            # the hash Doc arrays hold for this analysis, added to the morphology table as Token.set_morph does
            return self.vocab.morphology.add(value)
        return self.vocab.strings.add(value)

    # ---- applying --------------------------------------------------------------------------------
    def _mask(self, tests, arrays: dict[str, numpy.ndarray]) -> numpy.ndarray:
        mask = numpy.ones(len(arrays["LOWER"]), dtype=bool)
        for name, (op, operand) in tests:
            column = arrays[name]
            if op == "==":
                mask &= column == operand
            elif op == "IN":
                mask &= numpy.isin(column, operand)
            elif op == "NOT_IN":
                mask &= ~numpy.isin(column, operand)
            else:
                unique, inverse = numpy.unique(column, return_inverse=True)
                mask &= numpy.array([self._regex(operand, int(v)) for v in unique], dtype=bool)[inverse]
        return mask

    def _regex(self, pattern: re.Pattern, value: int) -> bool:
        key = (pattern.pattern, value)
        found = self._regex_cache.get(key)
        if found is None:
            found = self._regex_cache[key] = pattern.search(self.vocab.strings[value]) is not None
        return found

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            return self.ruler(doc)
        self._annotate([doc])
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        if self.rules is None:
            yield from self.ruler.pipe(stream, batch_size=batch_size)
            return
        for batch in minibatch(stream, size=batch_size):
            self._annotate(batch)
            yield from batch

    def _annotate(self, docs: list[Doc]) -> None:
        """Apply every rule to a batch of Docs at once, their arrays laid end to end."""
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        lengths = [len(doc) for doc in docs]
        tested = numpy.concatenate([doc.to_array(list(TESTED.values())) for doc in docs])
        arrays = {name: tested[:, k] for k, name in enumerate(TESTED)}
        values = numpy.concatenate([doc.to_array(self.columns) for doc in docs])
        n = len(values)
        # a two-token pattern never spans the end of one Doc and the start of the next
        last = numpy.zeros(n, dtype=bool)
        last[numpy.cumsum(lengths) - 1] = True
        labels: dict[int, str] = {}
        for rule in self.rules:
            hits = numpy.zeros(n, dtype=bool)
            for alternative in rule.specs:
                masks = [self._mask(tests, arrays) for tests in alternative]
                if len(masks) == 1:
                    starts = masks[0]
                else:
                    starts = numpy.zeros(n, dtype=bool)
                    starts[:-1] = masks[0][:-1] & masks[1][1:] & ~last[:-1]
                target = numpy.flatnonzero(starts) + (rule.index % len(alternative))
                hits[target] = True
            if hits.any():
                for attr, value in rule.attrs.items():
                    values[hits, self.position[attr]] = value
                if rule.dep is not None:
                    labels.update((int(i), rule.dep) for i in numpy.flatnonzero(hits))
        offset = 0
        for doc, length in zip(docs, lengths):
            doc.from_array(self.columns, values[offset: offset + length])
            for i in [i for i in labels if offset <= i < offset + length]:
                doc[i - offset].dep_ = labels[i]
            offset += length


@Language.factory("quotes_attributes", requires=["token.tag"], assigns=["token.pos", "token.morph", "token.lemma"])
def make_array_attribute_ruler(nlp: Language, name: str) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp, nlp.get_pipe("attribute_ruler"))

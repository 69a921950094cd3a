"""Tell from its text alone that an article holds no quote at all, so that it is never parsed.

A quote is either marked (the detector finds it in the text, no parse needed) or indirect speech, which
needs a reporting verb or "according to". An article with neither gives no rows whatever the parse says,
so skipping it cannot change a result. Finer cuts (parsing only the paragraphs around quotes) would:
names, coreference chains and the nearest-speaker fallback read the whole article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language

from quotes.detection import detect_quotes
from quotes.resources import load_lines
from quotes.text import split_paragraphs

# whether process_articles skips the articles that cannot hold a quote
DEFAULT_SKIP_UNQUOTED = True
# words that start indirect speech without a reporting verb ("according to X, …")
EXTRA_CUES = ("according",)


def inflections(lemmas: set[str], *, rules: dict[str, list], exceptions: dict[str, dict[str, list[str]]]) -> set[str]:
    """Every lower-cased form that spaCy's rule lemmatizer can turn into one of `lemmas`.

    The lemmatizer strips a suffix and adds another (`[old, new]` rules per part of speech) or looks the
    form up in an exceptions table, so inverting both gives all the forms, regular and irregular.
    """
    forms = set(lemmas)
    for pos_rules in rules.values():
        for old, new in pos_rules:
            for lemma in lemmas:
                if lemma.endswith(new):
                    forms.add(lemma[: len(lemma) - len(new)] + old)
    for table in exceptions.values():
        for form, analyses in table.items():
            if lemmas.intersection(analyses):
                forms.add(form.lower())
    return forms


def cue_forms(nlp: Language) -> frozenset[str] | None:
    """The words that may be a reporting verb for this pipeline; None where its lemmatizer is unknown."""
    lemmas = {line for line in load_lines("reporting_verbs.txt") if " " not in line} | set(EXTRA_CUES)
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return None
    tables = lemmatizer.lookups
    forms = inflections(lemmas, rules=dict(tables.get_table("lemma_rules", {})),
                        exceptions=dict(tables.get_table("lemma_exc", {})))
    # the attribute ruler may set lemmas too ("'d" -> "would"): keep any form it maps to a cue
    if "attribute_ruler" in nlp.pipe_names:
        for pattern in nlp.get_pipe("attribute_ruler").patterns:
            lemma = str(pattern.get("attrs", {}).get("LEMMA", "")).lower()
            if lemma in lemmas:
                for tokens in pattern["patterns"]:
                    for spec in tokens:
                        for key in ("LOWER", "ORTH", "TEXT"):
                            if isinstance(spec.get(key), str):
                                forms.add(spec[key].lower())
    return frozenset(forms)


class QuoteSelector:
    """Decide, without parsing, whether an article may hold a quote."""

    def __init__(self, forms: frozenset[str]):
        words = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
        # a token never starts or ends inside a run of letters, so letters around a form make another word
        self.cue = re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])")

    def may_hold_quotes(self, text: str) -> bool:
        """False only where the pipeline is sure to find no quote: no quote marks and no reporting verb."""
        if self.cue.search(text.lower()):
            return True
        return bool(detect_quotes(text, split_paragraphs(text)))


@lru_cache(maxsize=8)
def selector_for(nlp: Language) -> QuoteSelector | None:
    """The selector for a pipeline (built once); None where no article can safely be skipped."""
    forms = cue_forms(nlp)
    return QuoteSelector(forms) if forms is not None else None

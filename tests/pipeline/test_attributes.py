"""The array attribute ruler (quotes/pipeline/attributes.py) gives what the model's AttributeRuler gives."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from quotes.pipeline import DEFAULT_MODEL, use_array_attribute_ruler
from quotes.pipeline.attributes import ArrayAttributeRuler

from tests.conftest import GOLD, SEEDS

COLUMNS = [POS, MORPH, LEMMA, TAG, DEP]
# the ruler's word exceptions: contractions, "gonna", possessive pronouns, spaces and tabs
TRICKY = "I ain't gonna do it, let's go. Gotta run, y'all. He's 6 ft. 'Cause it's his.\n\n  Tab\there. Wanna?"


@pytest.fixture(scope="module")
def pipelines():
    reference = spacy.load(DEFAULT_MODEL)
    fast = spacy.load(DEFAULT_MODEL)
    use_array_attribute_ruler(fast)
    return reference, fast


def texts() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(GOLD.glob("*/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths] + [TRICKY, ""]


def test_the_pipeline_uses_the_array_ruler(nlp, pipelines):
    _, fast = pipelines
    for pipeline in (nlp, fast):
        ruler = pipeline.get_pipe("attribute_ruler")
        assert isinstance(ruler, ArrayAttributeRuler)
        assert ruler.rules is not None  # every pattern of the model compiled: no fallback
        assert pipeline.pipe_names.index("attribute_ruler") < pipeline.pipe_names.index("lemmatizer")


def test_same_tags_morphology_and_lemmas_as_the_attribute_ruler(pipelines):
    reference, fast = pipelines
    corpus = texts()
    expected = list(reference.pipe(corpus, batch_size=16))
    found = list(fast.pipe(corpus, batch_size=16))  # batches: the Docs' arrays laid end to end
    for want, got in zip(expected, found):
        assert numpy.array_equal(want.to_array(COLUMNS), got.to_array(COLUMNS)), want.text[:60]
    assert any(t.lemma_ == "go" for t in found[-2] if t.lower_ == "gon")
    # one Doc at a time, as nlp(text) runs it
    for text, want in zip(corpus[-3:], expected[-3:]):
        assert numpy.array_equal(want.to_array(COLUMNS), fast(text).to_array(COLUMNS))

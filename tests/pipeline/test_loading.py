"""Loading the pipeline: a missing model says how to install it; a missing coreferee degrades, visibly."""

import importlib.util

import pytest

from quotes.errors import ModelNotInstalledError


def test_missing_spacy_model_names_the_install_command(monkeypatch):
    from quotes.pipeline import load_pipeline

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "en_core_web_sm" else real(name, *a))
    with pytest.raises(ModelNotInstalledError, match=r"pip install --find-links \.\./shared/models en_core_web_sm"):
        load_pipeline()


def test_without_coreferee_pronouns_fall_back_with_lower_confidence(monkeypatch):
    from quotes.pipeline import coref, load_pipeline
    from quotes.pipeline.attributor import sieve_confidence

    monkeypatch.setattr(coref, "coreferee_installed", lambda: False)
    nlp = load_pipeline()
    assert "coreferee" not in nlp.pipe_names
    # two women in reach: no sieve before coreference can decide, so the fallback does
    text = ("Kate Winslet and Emma Stone arrived together. Winslet spoke first. The party went on until dawn.\n"
            "“It was a long night,” she said.")
    doc = nlp(text)
    (quote,) = doc.spans["quotes"]
    assert quote._.speaker == "Kate Winslet"
    assert quote._.method == "nearest_speaker"
    assert quote._.confidence < sieve_confidence()["coreference"]

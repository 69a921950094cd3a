"""Build the spaCy pipeline: paragraphs, parse, names, coreference, quotes, speakers, topics."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from quotes.errors import ModelNotInstalledError
from quotes.pipeline import attributes, attributor, coref, detector, extensions, indirect, names, paragraphs, topics  # noqa: F401  (factories)
from quotes.pipeline.coref import DEFAULT_WINDOWED, add_coreference
from quotes.resources import load_lines

DEFAULT_MODEL = "en_core_web_sm"
MODEL_INSTALL = (
    "pip install --find-links ../shared/models en_core_web_sm (or: python -m spacy download en_core_web_sm); "
    "bash scripts/setup.sh does both models"
)


def use_array_attribute_ruler(nlp: Language) -> None:
    """Swap the model's attribute ruler for the same rules applied as array operations (see attributes.py)."""
    if "attribute_ruler" not in nlp.pipe_names or nlp.get_pipe("attribute_ruler").__class__.__name__ != "AttributeRuler":
        return
    nlp.add_pipe("quotes_attributes", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe("quotes_attributes", "attribute_ruler")


def keep_abbreviations(nlp: Language) -> None:
    """"Capt. Erin Whitlow" and "Sault Ste. Marie" keep "Capt." and "Ste." as one token, so that their full
    stop ends no sentence."""
    for lexicon in ("title_abbreviations.txt", "place_abbreviations.txt"):
        for abbreviation in (line.capitalize() for line in load_lines(lexicon)):
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def load_pipeline(*, coreference: bool = True, topics_path: Path | str | None = None,
                  model: str = DEFAULT_MODEL, windowed_coreference: bool = DEFAULT_WINDOWED) -> Language:
    """The full quotes pipeline on top of a spaCy model.

    `windowed_coreference=False` runs coreferee on every whole document instead of only around the
    pronouns and descriptions the attributor asks about: slower, and kept to check that both agree.
    """
    if importlib.util.find_spec(model) is None:
        raise ModelNotInstalledError(f"spaCy model '{model}' is not installed; run: {MODEL_INSTALL}")
    nlp = spacy.load(model)
    keep_abbreviations(nlp)
    use_array_attribute_ruler(nlp)
    nlp.add_pipe("quotes_paragraphs", before="parser")
    nlp.add_pipe("quotes_names", after="ner")
    has_coref = add_coreference(nlp, windowed=windowed_coreference) if coreference else False
    nlp.add_pipe("quotes_detector")
    nlp.add_pipe("quotes_indirect")
    nlp.add_pipe("quotes_attributor", config={"use_coreference": has_coref})
    nlp.add_pipe("quotes_topics", config={"topics_path": str(topics_path) if topics_path else None})
    return nlp

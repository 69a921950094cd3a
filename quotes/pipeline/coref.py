"""The one adapter to coreferee: who does this token refer to? Works, answering nothing, without it."""

from __future__ import annotations

import importlib.util
import logging

from spacy.language import Language
from spacy.tokens import Token

from quotes.errors import ModelNotInstalledError

log = logging.getLogger(__name__)

COREFEREE_INSTALL = "pip install --find-links ../shared/models coreferee-model-en (or: python -m coreferee install en)"


def coreferee_installed() -> bool:
    """Whether the coreferee package can be imported at all."""
    return importlib.util.find_spec("coreferee") is not None


def add_coreference(nlp: Language, *, before: str | None = None) -> bool:
    """Add coreferee to the pipeline; False (with a warning) where coreferee is not installed."""
    if not coreferee_installed():
        log.warning("coreferee is not installed; pronouns are resolved by the nearest-speaker rule only")
        return False
    import coreferee  # noqa: F401  (registers the "coreferee" factory)

    try:
        nlp.add_pipe("coreferee", before=before) if before else nlp.add_pipe("coreferee")
    except Exception as error:  # coreferee raises its own error types for a missing or mismatched model
        if "model" in str(error).lower() or type(error).__name__.endswith("NotFoundError"):
            raise ModelNotInstalledError(
                f"coreferee's English model is not installed; run: {COREFEREE_INSTALL}, or pass --no-coref"
            ) from error
        raise
    return True


def resolve(token: Token) -> list[Token] | None:
    """The most specific mentions the token refers to, or None where coreference knows nothing."""
    doc = token.doc
    if not doc.has_extension("coref_chains") or doc._.coref_chains is None:
        return None
    try:
        return doc._.coref_chains.resolve(token)
    except (IndexError, KeyError):
        # coreferee only knows tokens of the doc it analysed; a token from elsewhere has no chain
        return None


def has_coreference(token: Token) -> bool:
    """Whether coreference ran on the token's doc."""
    doc = token.doc
    return doc.has_extension("coref_chains") and doc._.coref_chains is not None

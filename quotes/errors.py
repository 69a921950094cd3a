"""Errors the library raises for problems a user can fix."""


class QuotesError(Exception):
    """Base class for every expected failure; its message says what to do."""


class InputError(QuotesError):
    """An input path or article cannot be read."""


class ModelNotInstalledError(QuotesError):
    """A spaCy or coreferee model the pipeline needs is missing."""


class LexiconError(QuotesError):
    """A topic, alias or other lexicon file is malformed."""


class GoldError(QuotesError):
    """A gold annotation file is malformed or does not match its articles."""


class StoreError(QuotesError):
    """The quote store cannot be opened or written."""


class EngineError(QuotesError):
    """The chosen engine cannot run: a missing extra, or a cluster that cannot be reached."""

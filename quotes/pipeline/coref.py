"""The one adapter to coreferee: who does this token refer to? Works, answering nothing, without it."""

from __future__ import annotations

import importlib.util
import logging
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from quotes.errors import ModelNotInstalledError

log = logging.getLogger(__name__)

# coreferee compares tokens by similarity, which en_core_web_sm answers from its tensors: spaCy warns
# about that (W007) on every document, though it is expected here and changes nothing
warnings.filterwarnings("ignore", message=r"\[W007\]", category=UserWarning)

COREFEREE_INSTALL = "pip install --find-links ../shared/models coreferee-model-en (or: python -m coreferee install en)"

# Where the windows of one Doc are cached; the value is dropped by release() once the Doc is done.
WINDOWS_KEY = ("quotes", "coref_windows")
# Sentences kept before a pronoun's sentence in its first window. Most pronouns find their name within
# three sentences; one that finds none gets a window reaching at least coreferee's own distance (5
# sentences), then further while its chain may go on (see CoreferenceWindows.resolve). On seeds/, the gold
# sets and 60,000 words of scripts/bench.py's corpus this gives every speaker that whole-document
# coreferee gives (3 of 2,385 quotes get the same name from the nearest_speaker sieve instead).
DEFAULT_LOOKBACK_SENTENCES = 3
# coreferee on the whole Doc (the reference behaviour) or only on windows around the tokens asked about
DEFAULT_WINDOWED = True


def coreferee_installed() -> bool:
    """Whether the coreferee package can be imported at all."""
    return importlib.util.find_spec("coreferee") is not None


def _create_coreferee(nlp: Language, *, add: bool, before: str | None = None):
    """Make coreferee's component, added to the pipeline or standalone; a missing model is our own error."""
    import coreferee  # noqa: F401  (registers the "coreferee" factory)

    try:
        if not add:
            return nlp.create_pipe("coreferee")
        return nlp.add_pipe("coreferee", before=before) if before else nlp.add_pipe("coreferee")
    except Exception as error:  # coreferee raises its own error types for a missing or mismatched model
        if "model" in str(error).lower() or type(error).__name__.endswith("NotFoundError"):
            raise ModelNotInstalledError(
                f"coreferee's English model is not installed; run: {COREFEREE_INSTALL}, or pass --no-coref"
            ) from error
        raise


def add_coreference(nlp: Language, *, before: str | None = None, windowed: bool = DEFAULT_WINDOWED,
                    lookback_sentences: int = DEFAULT_LOOKBACK_SENTENCES) -> bool:
    """Add coreference to the pipeline; False (with a warning) where coreferee is not installed.

    With `windowed=True` coreferee runs lazily, only on the sentences around a token that `resolve`
    is asked about; with `windowed=False` it runs on every whole Doc, as coreferee itself does.
    """
    if not coreferee_installed():
        log.warning("coreferee is not installed; pronouns are resolved by the nearest-speaker rule only")
        return False
    if not windowed:
        _create_coreferee(nlp, add=True, before=before)
        return True
    config = {"lookback_sentences": lookback_sentences}
    if before:
        nlp.add_pipe("quotes_coref", before=before, config=config)
    else:
        nlp.add_pipe("quotes_coref", config=config)
    return True


@dataclass
class _Window:
    """A stretch of whole sentences of a Doc, copied into its own Doc that coreferee has analysed."""

    start: int  # token index in the original Doc
    end: int
    doc: Doc


@dataclass
class _DocWindows:
    """What one Doc needs to cut windows: paragraph and sentence starts, and the windows made so far."""

    coref: CoreferenceWindows
    windows: list[_Window] = field(default_factory=list)
    cut_starts: list[int] | None = None  # where a window may start or end: each sentence's and paragraph's first token
    sentence_starts: list[int] = field(default_factory=list)
    # whether coreferee's quote tracker is closed at each cut (a window only starts where it is)
    quote_closed: list[bool] = field(default_factory=list)
    array: tuple | None = None  # (attributes, values) of the whole Doc, shared by every window's copy
    runs: int = 0  # coreferee runs on this Doc
    tokens: int = 0  # tokens they covered


class CoreferenceWindows:
    """Run coreferee lazily, on windows of whole sentences around the tokens asked about.

    coreferee links a mention to antecedents a bounded number of sentences back, so a window that starts
    a few sentences before the token (at a sentence start outside any quote) and ends with its sentence
    gives the token the name it has in the whole Doc. Where the window finds no name, it grows backwards:
    to coreferee's full reach, then on while a chain the token could join starts within that reach of the
    window's edge. The windows are copies of the Doc's spans (words, tags, parse, entities and tensor), so
    nothing is parsed again, and each serves every later token it covers.
    """

    def __init__(self, nlp: Language, *, lookback_sentences: int = DEFAULT_LOOKBACK_SENTENCES):
        self.coreferee = _create_coreferee(nlp, add=False)
        rules = self.coreferee.annotator.rules_analyzer
        self.anaphor_reach = rules.maximum_anaphora_sentence_referential_distance
        self.noun_reach = rules.maximum_coreferring_nouns_sentence_referential_distance
        self.noun_pos = set(rules.noun_pos)
        self.lookback = lookback_sentences
        # A pronoun later on that finds no antecedent can make coreferee go back and relink the ones before
        # it (Annotator.attempt_retry), so a window could run on past the token. On every corpus measured
        # (scripts/bench.py --check) that never changed a speaker, so windows end with the token's sentence.
        self.lookahead = 0
        self.quote_orths = [(nlp.vocab.strings.add(a), nlp.vocab.strings.add(b)) for a, b in rules.quote_tuples]

    def __call__(self, doc: Doc) -> Doc:
        # nothing runs yet: resolve() cuts a window the first time the attributor asks about a token
        doc.user_data[WINDOWS_KEY] = _DocWindows(self)
        return doc

    # ---- cutting windows -------------------------------------------------------------------------
    def _prepare(self, doc: Doc, state: _DocWindows) -> None:
        paragraphs = doc._.quote_paragraphs or []
        idx = doc.to_array(IDX)
        state.sentence_starts = [sent.start for sent in doc.sents]
        starts = sorted({int(numpy.searchsorted(idx, p.start)) for p in paragraphs} | {0} | set(state.sentence_starts))
        state.cut_starts = [s for s in starts if s < len(doc)] or [0]
        state.quote_closed = self._quote_closed(doc, state.cut_starts)

    def _quote_closed(self, doc: Doc, cut_starts: list[int]) -> list[bool]:
        """Replay coreferee's quote tracker (rules.initialize) and report it at each cut."""
        orths = doc.to_array(ORTH)
        marks = {o for pair in self.quote_orths for o in pair}
        hits = numpy.flatnonzero(numpy.isin(orths, list(marks)))
        state = [0] * len(self.quote_orths)
        closed = []
        h = 0
        for start in cut_starts:
            while h < len(hits) and hits[h] < start:
                orth = orths[hits[h]]
                for k, (opener, closer) in enumerate(self.quote_orths):
                    if state[k] == 0 and orth == opener:
                        state[k] = 1
                    elif state[k] == 1 and orth == closer:
                        state[k] = 0
                h += 1
            closed.append(not any(state))
        return closed

    def _cut_of(self, state: _DocWindows, i: int) -> int:
        return max(bisect_right(state.cut_starts, i) - 1, 0)

    def _start_before(self, state: _DocWindows, i: int, sentences: int) -> int:
        """A window start at least `sentences` sentences before token i: a cut outside quotes."""
        k = bisect_right(state.sentence_starts, i) - 1
        first = state.sentence_starts[max(k - sentences, 0)]
        p = self._cut_of(state, first)
        while p > 0 and not state.quote_closed[p]:
            p -= 1
        return state.cut_starts[p] if p > 0 else 0

    def _end_after(self, state: _DocWindows, doc: Doc, i: int, sentences: int) -> int:
        """A window end at least `sentences` sentences after token i's sentence: the end of a sentence."""
        k = bisect_right(state.sentence_starts, i) - 1
        last = state.sentence_starts[min(k + sentences, len(state.sentence_starts) - 1)]
        p = self._cut_of(state, last)
        return state.cut_starts[p + 1] if p + 1 < len(state.cut_starts) else len(doc)

    def _run(self, doc: Doc, state: _DocWindows, start: int, end: int) -> _Window:
        for window in state.windows:
            if window.start <= start and end <= window.end:
                return window
        if state.array is None:
            attrs = doc._get_array_attrs()
            state.array = (attrs, doc.to_array(attrs))
        attrs, values = state.array
        copy = doc[start:end].as_doc(array_head=attrs, array=values)
        self.coreferee(copy)
        window = _Window(start, end, copy)
        state.windows.append(window)
        state.runs += 1
        state.tokens += end - start
        return window

    def _reaches_out(self, window: _Window, local: Token) -> bool:
        """Whether the window may be too short for the token: a chain it could join (its own, or one of a
        candidate antecedent within coreferee's reach) has a mention close enough to the window's start
        to have linked to something before it. coreferee looks further back from pronouns than from nouns."""
        sentence_starts = [sent.start for sent in window.doc.sents]
        k = bisect_right(sentence_starts, local.i) - 1
        if k < self.anaphor_reach:
            return True
        first = sentence_starts[k - self.anaphor_reach]
        seen = set()
        for token in window.doc[first: local.i + 1]:
            for chain in token._.coref_chains or ():
                if id(chain) in seen:
                    continue
                seen.add(id(chain))
                for mention in chain.mentions:
                    for i in mention.token_indexes:
                        number = bisect_right(sentence_starts, i) - 1
                        reach = self.noun_reach if window.doc[i].pos_ in self.noun_pos else self.anaphor_reach
                        if number < reach:
                            return True
        return False

    def resolve(self, token: Token) -> list[Token] | None:
        """Resolve a token of the original Doc in a window; None where coreference knows nothing.

        The first window reaches coreferee's own distance back. Only where it resolves the token to no
        proper noun, and a chain the token could join may go on before the window, does the window grow
        backwards (twice as far each time): a name found close by is what the whole Doc finds too.
        """
        doc = token.doc
        state = doc.user_data[WINDOWS_KEY]
        if state.cut_starts is None:
            self._prepare(doc, state)
        end = self._end_after(state, doc, token.i, self.lookahead)
        start = self._start_before(state, token.i, self.lookback)
        while True:
            window = self._run(doc, state, start, end)
            local = window.doc[token.i - window.start]
            found = self._resolve_in(window, local)
            if window.start == 0 or found and any(t.pos_ == "PROPN" for t in found):
                break
            span = bisect_right(state.sentence_starts, token.i) - bisect_right(state.sentence_starts, window.start)
            # no name yet: look as far back as coreferee can, then further while a chain may go on before
            # the window in the whole Doc, twice as far each time
            if span >= self.anaphor_reach and not self._reaches_out(window, local):
                break
            start = self._start_before(state, token.i, 2 * span + 1)
        if not found:
            return None
        return [doc[t.i + window.start] for t in found]

    @staticmethod
    def _resolve_in(window: _Window, local: Token) -> list[Token] | None:
        if window.doc._.coref_chains is None:
            return None
        try:
            return window.doc._.coref_chains.resolve(local)
        except (IndexError, KeyError):
            return None


@Language.factory(
    "quotes_coref",
    requires=["token.dep", "token.pos", "token.ent_type"],
    default_config={"lookback_sentences": DEFAULT_LOOKBACK_SENTENCES},
)
def make_coreference_windows(nlp: Language, name: str, lookback_sentences: int) -> CoreferenceWindows:
    return CoreferenceWindows(nlp, lookback_sentences=lookback_sentences)


def resolve(token: Token) -> list[Token] | None:
    """The most specific mentions the token refers to, or None where coreference knows nothing."""
    doc = token.doc
    if doc.has_extension("coref_chains") and doc._.coref_chains is not None:
        try:
            return doc._.coref_chains.resolve(token)
        except (IndexError, KeyError):
            # coreferee only knows tokens of the doc it analysed; a token from elsewhere has no chain
            return None
    state = doc.user_data.get(WINDOWS_KEY)
    if state is None:
        return None
    return state.coref.resolve(token)


def has_coreference(token: Token) -> bool:
    """Whether coreference ran, or can run on demand, on the token's doc."""
    doc = token.doc
    if WINDOWS_KEY in doc.user_data:
        return True
    return doc.has_extension("coref_chains") and doc._.coref_chains is not None


def coreference_cost(doc: Doc) -> tuple[int, int]:
    """How many coreferee runs a Doc took and how many tokens they covered (for benchmarks)."""
    state = doc.user_data.get(WINDOWS_KEY)
    return (state.runs, state.tokens) if state is not None else (0, 0)


def release(doc: Doc) -> None:
    """Drop a Doc's coreference windows once its quotes are read, so memory does not grow with the corpus."""
    doc.user_data.pop(WINDOWS_KEY, None)

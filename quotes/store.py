"""Keep extracted quotes in SQLite so that a second run re-processes only new or changed articles.

What is stored, and why:

- Each article is keyed by the sha256 of its decoded text (`content_hash`) and by `pipeline_key()`: the
  pipeline version, the spaCy model and whether coreference ran. A renamed or moved file is not parsed
  again; an edited one is, and so is everything after an upgrade that bumps `PIPELINE_VERSION`.
- A quote is stored without what depends on where the article came from (source, doc id, quote id,
  title, date, outlet, url): those are filled in again from the article read on the next run.
- Topics are not stored with the quotes, so that re-indexing with another `--topics` file re-parses nothing. Instead each
  quote keeps its *topic material*: the words, lemmas and sentence starts of the quote's first sentence
  (widened to cover the whole quote), with the quote's token offsets in it. That is everything the
  topic tagger reads, so running the real `TopicTagger` over a Doc rebuilt from it gives exactly the
  topics that a full parse would: only the lexicon's own terms are lemmatised again.
  The topics found are cached in their own table, keyed by the material's hash and the lexicon's, so
  a rerun with the same topic file tags nothing again either.
- An article's quotes are written in one transaction together with its row in `articles`, the mark that
  it is done. A run that is killed leaves every article either complete or absent. WAL mode and a busy
  timeout let several runs share one store.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import importlib.metadata
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotes import PIPELINE_VERSION
from quotes.errors import StoreError
from quotes.model import Article, Quote, quote_id
from quotes.pipeline.extensions import QUOTES_KEY

DEFAULT_BUSY_TIMEOUT = 60.0  # seconds a writer waits for another run's transaction to finish
DEFAULT_MODEL = "en_core_web_sm"
SCHEMA_VERSION = 2  # 2: the topics table
MATERIAL_PIPE = "quotes_topic_material"
# marks the one entry of span._.topics that carries topic material rather than a topic name
MATERIAL_MARK = "\x00topic-material:"

# the Quote fields that depend only on the article's text, so they can be shared by every copy of it
STORED_FIELDS = (
    "paragraph", "start", "end", "kind", "depth", "speaker", "speaker_type", "speaker_mention",
    "speaker_description", "cue", "method", "confidence", "text", "context",
)
_ARTICLE_FIELDS = ("title", "date", "outlet", "url")
_SQL_BATCH = 500  # host parameters per query, well under SQLite's limit

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS articles (
    content_hash TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    source TEXT NOT NULL,
    stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (content_hash, pipeline)
);
CREATE TABLE IF NOT EXISTS quotes (
    content_hash TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    seq INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    depth INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    speaker_type TEXT NOT NULL,
    speaker_mention TEXT NOT NULL,
    speaker_description TEXT NOT NULL,
    cue TEXT NOT NULL,
    method TEXT NOT NULL,
    confidence REAL NOT NULL,
    text TEXT NOT NULL,
    context TEXT NOT NULL,
    material TEXT NOT NULL,
    PRIMARY KEY (content_hash, pipeline, seq)
);
CREATE TABLE IF NOT EXISTS topics (
    material_hash TEXT NOT NULL,
    lexicon TEXT NOT NULL,
    topics TEXT NOT NULL,
    PRIMARY KEY (material_hash, lexicon)
);
PRAGMA user_version = {SCHEMA_VERSION};
"""


def content_hash(text: str) -> str:
    """The key of an article's text: sha256 of the decoded text as UTF-8."""
    # surrogatepass: JSON input may carry lone surrogates, which plain UTF-8 refuses to encode
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


def pipeline_key(*, coreference: bool, model: str = DEFAULT_MODEL) -> str:
    """What, besides the text, decides the extraction output: pipeline version, model, coreference."""
    from quotes.pipeline.coref import coreferee_installed

    # without coreferee installed the pipeline runs without coreference, whatever was asked
    coref = f"coreferee=={_version('coreferee')}" if coreference and coreferee_installed() else "no-coref"
    return f"quotes=={PIPELINE_VERSION};{model}=={_version(model)};{coref}"


def pipeline_key_of(nlp: Language) -> str:
    """The key of a pipeline already loaded, read from the pipeline itself."""
    model = f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}"
    # the coreference component has been called "coreferee" and "quotes_coref"; either means it ran
    has_coref = any("coref" in name for name in nlp.pipe_names)
    coref = f"coreferee=={_version('coreferee')}" if has_coref else "no-coref"
    return f"quotes=={PIPELINE_VERSION};{model}=={nlp.meta.get('version', '')};{coref}"


# ---------------------------------------------------------------------------------------------------
# Topic material: what the topic tagger reads, so topics can be computed again without a parse


def topic_material(span: Span) -> str:
    """The words, lemmas and sentence starts that topic tagging reads for one quote span, as JSON."""
    doc = span.doc
    sentence = span.sent
    # the tagger falls back to the quote's (first) sentence; keep it whole, and all of a longer quote
    start, end = min(sentence.start, span.start), max(sentence.end, span.end)
    window = doc[start:end]
    return json.dumps({
        "words": [t.text for t in window],
        "spaces": [bool(t.whitespace_) for t in window],
        "lemmas": [t.lemma_ for t in window],
        "sent_starts": [t.i - start for t in window if t.is_sent_start and t.i > start],
        "start": span.start - start,
        "end": span.end - start,
    }, ensure_ascii=False, separators=(",", ":"))


class TopicMaterial:
    """Append each quote's topic material to `span._.topics`, marked, so that it reaches the Quote record."""

    def __call__(self, doc: Doc) -> Doc:
        for span in doc.spans.get(QUOTES_KEY, []):
            # Quote records are all that leave process_articles; riding on topics gets the material out
            # of the pipeline, even from its worker processes, and split_material takes it off again
            span._.topics = (*span._.topics, MATERIAL_MARK + topic_material(span))
        return doc


@Language.factory(MATERIAL_PIPE, assigns=["span._.topics"], requires=["token.lemma", "token.is_sent_start"])
def make_topic_material(nlp: Language, name: str) -> TopicMaterial:
    return TopicMaterial()


@contextlib.contextmanager
def material_pipe(nlp: Language) -> Iterator[Language]:
    """The pipeline with the topic-material component last, for as long as the block runs."""
    if MATERIAL_PIPE in nlp.pipe_names:
        yield nlp
        return
    nlp.add_pipe(MATERIAL_PIPE, last=True)
    try:
        yield nlp
    finally:
        nlp.remove_pipe(MATERIAL_PIPE)


@dataclass(frozen=True)
class StoredQuote:
    """A quote as the store keeps it: what depends only on the article's text, and its topic material."""

    paragraph: int
    start: int
    end: int
    kind: str
    depth: int
    speaker: str
    speaker_type: str
    speaker_mention: str
    speaker_description: str
    cue: str
    method: str
    confidence: float
    text: str
    context: str
    material: str

    def to_quote(self, article: Article, *, topics: Sequence[str]) -> Quote:
        """The Quote record for this quote in `article`, with topics from the current lexicon."""
        values = {name: getattr(self, name) for name in STORED_FIELDS}
        return Quote(
            quote_id=quote_id(article.doc_id, self.start, self.end),
            source=article.source,
            doc_id=article.doc_id,
            topics=tuple(topics),
            **values,
            **{k: article.meta.get(k, "") for k in _ARTICLE_FIELDS},
        )


def split_material(quotes: Iterable[Quote]) -> list[StoredQuote]:
    """Take the topic material off quotes made with the material component, keeping the rest."""
    stored = []
    for quote in quotes:
        if not quote.topics or not quote.topics[-1].startswith(MATERIAL_MARK):
            raise RuntimeError(f"quote {quote.quote_id} carries no topic material; run the pipeline inside material_pipe()")
        values = {name: getattr(quote, name) for name in STORED_FIELDS}
        stored.append(StoredQuote(**values, material=quote.topics[-1][len(MATERIAL_MARK):]))
    return stored


def lexicon_key(topics_path: Path | str | None = None) -> str:
    """The key of a topic lexicon in the topics cache: the sha256 of its file's bytes."""
    from quotes.pipeline.topics import DEFAULT_TOPICS

    return hashlib.sha256(Path(topics_path or DEFAULT_TOPICS).read_bytes()).hexdigest()


def material_hash(quote: StoredQuote) -> str:
    return hashlib.sha256(quote.material.encode("utf-8", "surrogatepass")).hexdigest()


def tag_stored(quotes: Iterable[StoredQuote], *, topics_path: Path | str | None, nlp: Language | None,
               store: QuoteStore | None = None) -> dict[str, tuple[str, ...]]:
    """Topics of stored quotes, by their material: from the store's cache for this lexicon, or tagged
    from the material (and then cached). `nlp` lemmatises the lexicon; None loads a light pipeline."""
    by_hash = {material_hash(q): q for q in quotes}
    lexicon = lexicon_key(topics_path)
    found = store.cached_topics(lexicon, list(by_hash)) if store is not None else {}
    missing = [h for h in by_hash if h not in found]
    if missing:
        retag = TopicRetagger(nlp if nlp is not None else lemmatizer_pipeline(), topics_path=topics_path)
        tagged = {h: retag(by_hash[h]) for h in missing}
        if store is not None:
            store.put_topics(lexicon, tagged)
        found.update(tagged)
    return {by_hash[h].material: topics for h, topics in found.items() if h in by_hash}


class TopicRetagger:
    """Topics of stored quotes from their topic material, with the real tagger and any lexicon."""

    def __init__(self, nlp: Language, *, topics_path: Path | str | None = None):
        from quotes.pipeline.topics import DEFAULT_TOPICS, TopicTagger, read_topics

        self.vocab = nlp.vocab
        self.tagger = TopicTagger(nlp, read_topics(topics_path or DEFAULT_TOPICS))

    def __call__(self, quote: StoredQuote) -> tuple[str, ...]:
        material = json.loads(quote.material)
        starts = set(material["sent_starts"])
        sent_starts = [i == 0 or i in starts for i in range(len(material["words"]))]
        doc = Doc(self.vocab, words=material["words"], spaces=material["spaces"], lemmas=material["lemmas"],
                  sent_starts=sent_starts)
        span = doc[material["start"]:material["end"]]
        doc.spans[QUOTES_KEY] = [span]
        doc.spans[QUOTES_KEY][0]._.kind = quote.kind
        self.tagger(doc)
        return tuple(doc.spans[QUOTES_KEY][0]._.topics)


# ---------------------------------------------------------------------------------------------------
# The SQLite store


class QuoteStore:
    """Quotes of every article processed so far, keyed by content hash and pipeline key.

    Use as a context manager, or call `close()`. One connection, which threads share through a lock;
    other processes open their own, and SQLite's locks (WAL, busy timeout) keep them apart.
    """

    def __init__(self, path: Path | str, *, timeout: float = DEFAULT_BUSY_TIMEOUT):
        self.path = Path(path)
        if not self.path.parent.exists():
            raise StoreError(f"folder '{self.path.parent}' does not exist; create it or choose another --store")
        if self.path.is_dir():
            raise StoreError(f"--store '{path}' is a folder; pass a file such as quotes.db")
        self._lock = threading.Lock()
        try:
            # autocommit (isolation_level=None): transactions are begun explicitly, IMMEDIATE for writes
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot use '{path}' as a quote store ({error}); pass another --store file") from None
        try:
            self._open(path)
        except BaseException:
            self.db.close()
            raise

    def _open(self, path: Path | str) -> None:
        try:
            self.db.execute("PRAGMA journal_mode = WAL")
            # WAL with NORMAL sync survives a killed process; only a power cut can lose the last commits
            self.db.execute("PRAGMA synchronous = NORMAL")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"store '{path}' was written by a newer quotes (schema {version}); "
                                 "upgrade quotes or choose another --store")
            if version < SCHEMA_VERSION:
                with self._transaction():
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            self.db.execute(statement)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot use '{path}' as a quote store ({error}); pass another --store file") from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so two runs never deadlock upgrading a read lock
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        """Close the connection; the WAL is merged into the database by the last one to close."""
        self.db.close()

    def __enter__(self) -> QuoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, content_hash: str, pipeline: str) -> list[StoredQuote] | None:
        """The stored quotes of an article, in order; None where the article has not been done."""
        with self._lock:
            done = self.db.execute("SELECT 1 FROM articles WHERE content_hash = ? AND pipeline = ?",
                                   (content_hash, pipeline)).fetchone()
            if done is None:
                return None
            rows = self.db.execute(
                f"SELECT {', '.join(_quoted(STORED_FIELDS))}, material FROM quotes "
                "WHERE content_hash = ? AND pipeline = ? ORDER BY seq", (content_hash, pipeline)).fetchall()
        return [StoredQuote(*row) for row in rows]

    def put(self, content_hash: str, pipeline: str, quotes: Sequence[StoredQuote], *, source: str = "") -> None:
        """Store an article's quotes and mark it done, in one transaction."""
        columns = ", ".join(("content_hash", "pipeline", "seq", *_quoted(STORED_FIELDS), "material"))
        marks = ", ".join("?" * (len(STORED_FIELDS) + 4))
        rows = [(content_hash, pipeline, seq, *dataclasses.astuple(q)) for seq, q in enumerate(quotes)]
        with self._lock:
            try:
                with self._transaction():
                    # another run may have stored the same text meanwhile; the last one wins, whole
                    self.db.execute("DELETE FROM quotes WHERE content_hash = ? AND pipeline = ?", (content_hash, pipeline))
                    self.db.executemany(f"INSERT INTO quotes ({columns}) VALUES ({marks})", rows)
                    self.db.execute("INSERT OR REPLACE INTO articles (content_hash, pipeline, quotes, source) "
                                    "VALUES (?, ?, ?, ?)", (content_hash, pipeline, len(rows), source))
            except sqlite3.OperationalError as error:
                raise StoreError(f"cannot write to store '{self.path}' ({error}); check the file's permissions "
                                 "and free space, or choose another --store") from None

    def cached_topics(self, lexicon: str, hashes: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """The topics cached for these material hashes with this lexicon."""
        found = {}
        with self._lock:
            for start in range(0, len(hashes), _SQL_BATCH):
                chunk = hashes[start:start + _SQL_BATCH]
                rows = self.db.execute(
                    f"SELECT material_hash, topics FROM topics WHERE lexicon = ? AND material_hash IN "
                    f"({', '.join('?' * len(chunk))})", (lexicon, *chunk)).fetchall()
                found.update((h, tuple(json.loads(topics))) for h, topics in rows)
        return found

    def put_topics(self, lexicon: str, topics: dict[str, Sequence[str]]) -> None:
        """Cache topics found with this lexicon, by material hash, in one transaction."""
        rows = [(h, lexicon, json.dumps(list(t), ensure_ascii=False)) for h, t in sorted(topics.items())]
        with self._lock:
            try:
                with self._transaction():
                    self.db.executemany("INSERT OR REPLACE INTO topics (material_hash, lexicon, topics) "
                                        "VALUES (?, ?, ?)", rows)
            except sqlite3.OperationalError as error:
                raise StoreError(f"cannot write to store '{self.path}' ({error}); check the file's permissions "
                                 "and free space, or choose another --store") from None

    def articles(self, pipeline: str | None = None) -> int:
        """How many articles are done, for one pipeline key or for all."""
        with self._lock:
            if pipeline is None:
                return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
            return self.db.execute("SELECT count(*) FROM articles WHERE pipeline = ?", (pipeline,)).fetchone()[0]


def _quoted(names: Iterable[str]) -> list[str]:
    return [f'"{name}"' for name in names]


@functools.lru_cache(maxsize=2)
def lemmatizer_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy model with only what lemmas need (no parser, no NER), for tagging topics without a parse."""
    import importlib.util

    import spacy

    from quotes.errors import ModelNotInstalledError
    from quotes.pipeline import MODEL_INSTALL

    if importlib.util.find_spec(model) is None:
        raise ModelNotInstalledError(f"spaCy model '{model}' is not installed; run: {MODEL_INSTALL}")
    return spacy.load(model, exclude=["parser", "ner", "senter"])

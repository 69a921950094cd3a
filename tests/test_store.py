"""The quote store: keys, transactions, concurrent writers, exact topics from stored material, resuming."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from quotes import PIPELINE_VERSION
from quotes.errors import StoreError
from quotes.model import Article
from quotes.store import (
    SCHEMA_VERSION,
    QuoteStore,
    StoredQuote,
    TopicRetagger,
    content_hash,
    lemmatizer_pipeline,
    material_pipe,
    pipeline_key,
    pipeline_key_of,
)
from tests.conftest import ROOT, SEEDS

NAMES = ["Jane Smith", "Tom Brown", "Priya Patel", "Ahmed Khan", "Maria Lopez", "David Green"]
SUBJECTS = ["taxes", "hospital waiting lists", "schools", "immigration", "housing", "energy bills"]
# a lexicon unlike the default one: multi-word terms, a verb, and terms only the sentence carries
OTHER_TOPICS = (
    "topic,term\n"
    "politics,labour party\npolitics,election\npolitics,vote\nspeech,say\nspeech,tell\n"
    "money,tax\nmoney,budget\nmoney,spend\nfamily,family\nfamily,child\nplaces,america\nplaces,britain\n"
)


def make_article(number: int) -> str:
    """A short news article with three quotes; each number gives a different text."""
    first, second = NAMES[number % len(NAMES)], NAMES[(number + 2) % len(NAMES)]
    subject, other = SUBJECTS[number % len(SUBJECTS)], SUBJECTS[(number + 3) % len(SUBJECTS)]
    return (
        f"Ministers met on day {number} of the session to discuss {subject}.\n\n"
        f"\u201cWe will act on {subject} within {number + 2} weeks,\u201d {first} said.\n\n"
        f"{second}, the opposition spokesperson, said: \u201cThe plan for {other} is not good enough.\u201d\n\n"
        f"\u201cIt is a disaster for families,\u201d a senior official said.\n"
    )


def write_corpus(folder, count: int, start: int = 0) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        path = folder / f"{number:04d}.txt"
        path.write_text(make_article(number), encoding="utf-8")
        paths.append(path)
    return paths


def stored(**changes) -> StoredQuote:
    values = dict(paragraph=1, start=10, end=20, kind="direct", depth=0, speaker="Jane Smith", speaker_type="person",
                  speaker_mention="Jane Smith", speaker_description="", cue="said", method="cue_adjacent",
                  confidence=0.97, text="We will act", context="\u201cWe will act,\u201d Jane Smith said.",
                  material='{"words":[],"spaces":[],"lemmas":[],"sent_starts":[],"start":0,"end":0}')
    return StoredQuote(**{**values, **changes})


# --- keys -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("caf\u00e9", "850f7dc43910ff890f8879c0ed26fe697c93a067ad93a7d50f466a7028a9bf4e"),
])
def test_content_hash_is_sha256_of_the_utf8_text(text, expected):
    assert content_hash(text) == expected


def test_content_hash_accepts_lone_surrogates_from_json():
    assert content_hash("\ud800") != content_hash("")


def test_pipeline_key_names_the_version_and_coreference():
    with_coref, without = pipeline_key(coreference=True), pipeline_key(coreference=False)
    assert with_coref != without
    assert with_coref.startswith(f"quotes=={PIPELINE_VERSION};en_core_web_sm==")
    assert without.endswith(";no-coref")


def test_pipeline_key_of_a_loaded_pipeline_matches_its_options(nlp):
    # a CLI run keys by options, a library call with nlp= by the pipeline: both must find the same rows
    assert pipeline_key_of(nlp) == pipeline_key(coreference=True)


# --- the SQLite store -------------------------------------------------------------------------------


def test_put_then_get(tmp_path):
    with QuoteStore(tmp_path / "q.db") as store:
        assert store.get("h1", "p") is None
        store.put("h1", "p", [stored(), stored(start=30, end=40)])
        store.put("h2", "p", [])
        assert store.get("h1", "p") == [stored(), stored(start=30, end=40)]
        assert store.get("h2", "p") == []
        assert store.get("h1", "other pipeline") is None
        assert store.articles() == 2
    with QuoteStore(tmp_path / "q.db") as store:
        assert store.get("h1", "p") == [stored(), stored(start=30, end=40)]


def test_put_replaces_an_article_whole(tmp_path):
    with QuoteStore(tmp_path / "q.db") as store:
        store.put("h1", "p", [stored(), stored(start=30, end=40)])
        store.put("h1", "p", [stored(speaker="Tom Brown")])
        assert store.get("h1", "p") == [stored(speaker="Tom Brown")]
        assert store.articles("p") == 1


def test_stored_quote_takes_the_article_it_is_found_in():
    article = Article("b.jsonl#2", "doc-7", "text", {"title": "T", "url": "https://example.com"})
    quote = stored().to_quote(article, topics=("economy",))
    assert (quote.source, quote.doc_id, quote.title, quote.url, quote.date) == (
        "b.jsonl#2", "doc-7", "T", "https://example.com", "")
    assert quote.topics == ("economy",)
    assert quote.quote_id == stored().to_quote(Article("elsewhere", "doc-7", ""), topics=()).quote_id


def test_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "q.db"
    QuoteStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="written by a newer quotes"):
        QuoteStore(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "q.db"
    path.write_bytes(b"not a database " * 200)
    with pytest.raises(StoreError, match=r"cannot use '.*q.db' as a quote store \(file is not a database\)"):
        QuoteStore(path)


def _write_many(path: str, first: int, count: int) -> None:
    with QuoteStore(path, timeout=60) as store:
        for number in range(first, first + count):
            store.put(f"h{number}", "p", [stored(start=i, end=i + 5) for i in range(number % 7)])


def test_concurrent_writers_leave_a_consistent_store(tmp_path):
    path = str(tmp_path / "q.db")
    context = multiprocessing.get_context("fork")
    # two runs over overlapping articles, writing at the same time
    writers = [context.Process(target=_write_many, args=(path, first, 60)) for first in (0, 30)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (90,)
        mismatched = db.execute(
            "SELECT count(*) FROM articles a WHERE a.quotes != "
            "(SELECT count(*) FROM quotes q WHERE q.content_hash = a.content_hash AND q.pipeline = a.pipeline)"
        ).fetchone()
        assert mismatched == (0,)


# --- topics from stored material --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_docs(nlp):
    """The seed articles parsed with topic material on their quote spans."""
    from quotes.text import normalize

    texts = [normalize(path.read_text(encoding="utf-8")).text for path in sorted(SEEDS.glob("*.txt"))]
    with material_pipe(nlp):
        return list(nlp.pipe(texts))


@pytest.mark.parametrize("lexicon", ["default", "other"])
@pytest.mark.parametrize("tagger_pipeline", ["loaded", "light"])
def test_retagging_from_material_equals_tagging_the_parse(nlp, seed_docs, tmp_path, lexicon, tagger_pipeline):
    from quotes.pipeline.topics import DEFAULT_TOPICS, TopicTagger, read_topics
    from quotes.store import MATERIAL_MARK

    topics_path = None
    if lexicon == "other":
        topics_path = tmp_path / "topics.csv"
        topics_path.write_text(OTHER_TOPICS, encoding="utf-8")
    tagger = TopicTagger(nlp, read_topics(topics_path or DEFAULT_TOPICS))
    retag = TopicRetagger(nlp if tagger_pipeline == "loaded" else lemmatizer_pipeline(), topics_path=topics_path)
    expected, got = [], []
    for doc in seed_docs:
        spans = list(doc.spans["quotes"])
        materials = [span._.topics[-1] for span in spans]
        assert all(m.startswith(MATERIAL_MARK) for m in materials)
        kinds = [span._.kind for span in spans]
        tagger(doc)  # tags in place, as the pipeline would with this lexicon
        expected += [tuple(span._.topics) for span in doc.spans["quotes"]]
        got += [retag(stored(kind=kind, material=m[len(MATERIAL_MARK):])) for kind, m in zip(kinds, materials)]
        for span, material in zip(doc.spans["quotes"], materials):
            span._.topics = (*span._.topics, material)  # leave the material for the next case
    assert got == expected
    assert len({t for topics in expected for t in topics}) > 2  # the lexicon matched something


# --- runs with a store ------------------------------------------------------------------------------


def test_second_run_processes_only_new_or_changed_articles(tmp_path):
    from quotes.extract import extract_quotes

    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, 4)
    store = tmp_path / "q.db"
    first = extract_quotes([str(corpus)], coreference=False, store=store)
    assert (first.processed, first.reused, first.articles) == (4, 0, 4)
    again = extract_quotes([str(corpus)], coreference=False, store=store)
    assert (again.processed, again.reused) == (0, 4)
    assert again.quotes == first.quotes

    paths[0].write_text(make_article(0) + "\n\u201cOne more thing,\u201d Tom Brown said.\n", encoding="utf-8")
    paths[1].rename(corpus / "renamed.txt")  # same text, new name: not parsed again
    write_corpus(corpus, 1, start=50)
    changed = extract_quotes([str(corpus)], coreference=False, store=store)
    assert (changed.processed, changed.reused) == (2, 3)
    assert changed.quotes == extract_quotes([str(corpus)], coreference=False).quotes
    assert any(q.source.endswith("renamed.txt") for q in changed.quotes)


def test_another_topic_file_reparses_nothing(tmp_path):
    from quotes.extract import extract_quotes

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    topics = tmp_path / "topics.csv"
    topics.write_text(OTHER_TOPICS, encoding="utf-8")
    store = tmp_path / "q.db"
    extract_quotes([str(corpus)], coreference=False, store=store)
    retagged = extract_quotes([str(corpus)], coreference=False, store=store, topics_path=topics)
    assert (retagged.processed, retagged.reused) == (0, 3)
    fresh = extract_quotes([str(corpus)], coreference=False, topics_path=topics)
    assert retagged.quotes == fresh.quotes
    assert {t for q in fresh.quotes for t in q.topics} - {"other"}


def test_a_rerun_with_the_same_topic_file_tags_nothing_again(tmp_path, monkeypatch):
    import quotes.store
    from quotes.extract import extract_quotes

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    store = tmp_path / "q.db"
    first = extract_quotes([str(corpus)], coreference=False, store=store)

    def no_tagging(*args, **kwargs):
        raise AssertionError("topics were tagged again")

    monkeypatch.setattr(quotes.store, "TopicRetagger", no_tagging)
    again = extract_quotes([str(corpus)], coreference=False, store=store)
    assert again.reused == 3
    assert again.quotes == first.quotes
    # an edited topic file is another lexicon: its topics are not in the cache
    topics = tmp_path / "topics.csv"
    topics.write_text(OTHER_TOPICS, encoding="utf-8")
    with pytest.raises(AssertionError, match="tagged again"):
        extract_quotes([str(corpus)], coreference=False, store=store, topics_path=topics)


def test_a_store_from_the_previous_schema_is_upgraded(tmp_path):
    from quotes.extract import extract_quotes

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    store = tmp_path / "q.db"
    first = extract_quotes([str(corpus)], coreference=False, store=store)
    with sqlite3.connect(store) as db:  # as schema 1 left it: no topics cache
        db.execute("DROP TABLE topics")
        db.execute("PRAGMA user_version = 1")
    again = extract_quotes([str(corpus)], coreference=False, store=store)
    assert (again.processed, again.reused) == (0, 2)
    assert again.quotes == first.quotes
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM topics").fetchone()[0] > 0


def _count_done(path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or its tables not yet
        return 0


def test_a_killed_run_resumes_where_it_stopped(tmp_path):
    from quotes.cli import cli
    from quotes.extract import DEFAULT_BATCH_SIZE

    # several of the pipeline's batches, so that the kill falls between two of them
    total = max(48, 3 * DEFAULT_BATCH_SIZE)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, total)
    store = tmp_path / "q.db"
    args = ["extract", str(corpus), "--no-coref", "--format", "jsonl", "--store", str(store)]
    killed_output = tmp_path / "killed.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "quotes", *args, "-q", "-o", str(killed_output)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while _count_done(store) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    _, stderr = process.communicate()
    assert process.returncode == -signal.SIGKILL, f"the run ended before it could be killed: {stderr.decode()}"
    done = _count_done(store)
    assert 0 < done < total
    assert not killed_output.exists()
    with sqlite3.connect(store) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    runner = CliRunner()
    resumed = runner.invoke(cli, [*args, "-o", str(tmp_path / "resumed.jsonl")], catch_exceptions=False)
    assert resumed.exit_code == 0
    assert resumed.stderr.splitlines() == [f"store '{store}': {done} article(s) reused, {total - done} processed"]
    plain = runner.invoke(cli, ["extract", str(corpus), "--no-coref", "--format", "jsonl", "-q",
                                "-o", str(tmp_path / "plain.jsonl")], catch_exceptions=False)
    assert plain.exit_code == 0
    assert (tmp_path / "resumed.jsonl").read_bytes() == (tmp_path / "plain.jsonl").read_bytes()
    assert len((tmp_path / "plain.jsonl").read_text(encoding="utf-8").splitlines()) >= 2 * total


def test_dataclass_fields_of_stored_quote_are_the_columns():
    from quotes.store import STORED_FIELDS

    assert tuple(f.name for f in dataclasses.fields(StoredQuote)) == (*STORED_FIELDS, "material")

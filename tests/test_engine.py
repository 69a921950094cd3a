"""Engines: the local one in several processes, Dask on a LocalCluster, and the progress they report."""

from __future__ import annotations

import io
import sys

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.engine import _FileCounter
from quotes.errors import EngineError
from quotes.progress import Progress, progress_bar
from tests.conftest import SEEDS


@pytest.fixture(scope="module", autouse=True)
def shared_pipeline(nlp):
    """Let the CLI use the session's pipeline instead of loading its own (seconds per load)."""
    from quotes import extract

    extract._PIPELINES.setdefault((True, None), nlp)


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], prog_name="quotes", catch_exceptions=False)


@pytest.fixture(scope="module")
def local_jsonl():
    result = invoke("extract", SEEDS, "-q", "--format", "jsonl")
    assert result.exit_code == 0
    return result.stdout_bytes


def test_dask_on_a_local_cluster_gives_the_local_output(tmp_path, local_jsonl):
    pytest.importorskip("distributed")
    store = tmp_path / "quotes.db"
    # two single-threaded worker processes, each loading its own pipeline
    result = invoke("extract", SEEDS, "--format", "jsonl", "--engine", "dask", "--jobs", "2", "--store", store)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == local_jsonl
    assert result.stderr.splitlines()[-1] == f"store '{store}': 0 article(s) reused, 5 processed"
    # what the workers stored serves a local run just as well
    again = invoke("extract", SEEDS, "--format", "jsonl", "--store", store)
    assert again.stdout_bytes == local_jsonl
    assert again.stderr.splitlines() == [f"store '{store}': 5 article(s) reused, 0 processed"]


def test_local_jobs_give_the_same_output(local_jsonl, tmp_path):
    store = tmp_path / "quotes.db"
    result = invoke("extract", SEEDS, "--format", "jsonl", "--jobs", "2", "--store", store)
    assert result.exit_code == 0
    assert result.stdout_bytes == local_jsonl
    assert result.stderr.splitlines() == [f"store '{store}': 0 article(s) reused, 5 processed"]
    plain = invoke("extract", SEEDS, "-q", "--format", "jsonl", "--jobs", "2")
    assert plain.stdout_bytes == local_jsonl


def test_dask_missing_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    result = invoke("extract", SEEDS, "--engine", "dask")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: --engine dask needs dask.distributed, which is not installed; run: pip install 'quotes[dask]'"]


def test_unreachable_scheduler(monkeypatch):
    pytest.importorskip("distributed")
    from quotes import engine

    monkeypatch.setattr(engine, "DEFAULT_CONNECT_TIMEOUT", "1s")
    with pytest.raises(EngineError, match=r"^cannot reach the Dask scheduler at 'tcp://127.0.0.1:9' .*check --scheduler"):
        with engine.dask_client(scheduler="tcp://127.0.0.1:9", workers=1):
            pass


def test_library_refuses_unknown_engine_and_nlp_with_dask(nlp):
    from quotes.extract import extract_quotes

    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        extract_quotes([str(SEEDS)], engine="spark")
    with pytest.raises(ValueError, match="pass no nlp with engine='dask'"):
        extract_quotes([str(SEEDS)], nlp=nlp, engine="dask")


# --- progress ---------------------------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path):
    """Three short articles: progress needs no long parse."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number, name in enumerate(["Jane Smith", "Tom Brown", "Priya Patel"]):
        (folder / f"{number}.txt").write_text(
            f"Day {number}.\n\n\u201cWe will act on taxes this week,\u201d {name} said.\n", encoding="utf-8")
    return folder


def test_progress_counts_files_articles_and_words(nlp, corpus, tmp_path):
    from quotes.extract import extract_quotes

    progress = Progress()
    extract_quotes([str(corpus), str(tmp_path / "missing")], nlp=nlp, progress=progress)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    assert (progress.files, progress.articles, progress.words) == (3, 3, words)


def test_progress_counts_articles_taken_from_the_store(nlp, corpus, tmp_path):
    from quotes.extract import extract_quotes

    store = tmp_path / "q.db"
    extract_quotes([str(corpus)], nlp=nlp, store=store)
    progress = Progress()
    result = extract_quotes([str(corpus)], nlp=nlp, store=store, progress=progress)
    assert (result.reused, result.processed) == (3, 0)
    assert (progress.files, progress.articles) == (3, 3)


def test_progress_shows_files_of_total_and_words_per_second():
    from tqdm import tqdm

    stream = io.StringIO()
    with tqdm(file=stream, unit=" files", mininterval=0, leave=True) as bar:
        progress = Progress(bar)
        progress.start(files=4)
        progress.advance(files=1, articles=3, words=1200)
        progress.advance(files=1, articles=1, words=800)
    shown = stream.getvalue().split("\r")[-1]
    assert shown.startswith(" 50%|")
    assert "2/4 [" in shown
    assert "4 articles" in shown
    assert "words/s" in shown


def test_progress_bar_counts_files_on_stderr_when_forced():
    stream = io.StringIO()
    with progress_bar(stream=stream, force=True) as progress:
        assert progress is not None
        assert progress.bar.unit == " files"


@pytest.mark.parametrize("enabled, tty", [(False, True), (True, False)])
def test_no_bar_when_quiet_or_not_a_terminal(enabled, tty):
    class Stream(io.StringIO):
        def isatty(self):
            return tty

    with progress_bar(enabled=enabled, stream=Stream()) as progress:
        assert progress is None


@pytest.mark.parametrize("events, files_done", [
    # file 0: two articles queued, read, then both processed
    ([("queue", 0), ("queue", 0), ("read", 0), ("out", 5), ("out", 5)], [0, 0, 0, 0, 1]),
    # a file whose articles all came from the store is done once read
    ([("reused", 5), ("read", 0)], [0, 1]),
    # a file that failed to read counts as done; the next one waits for its article
    ([("read", 0), ("queue", 1), ("read", 1), ("out", 3)], [1, 1, 1, 2]),
])
def test_file_counter(events, files_done):
    progress = Progress()
    counter = _FileCounter(progress)
    seen = []
    for kind, value in events:
        {"queue": counter.queue, "read": counter.file_read, "out": counter.processed, "reused": counter.reused}[kind](value)
        seen.append(progress.files)
    assert seen == files_done

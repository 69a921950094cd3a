"""The command line, run in-process with CliRunner: exit codes, exact messages and outputs."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from click.testing import CliRunner

from quotes import __version__
from quotes.cli import cli
from quotes.index import INDEX_COLUMNS, QUOTE_TABLE_COLUMNS, select_quotes
from quotes.model import QUOTE_COLUMNS
from tests.conftest import ROOT, SEEDS

SPREADSHEET_ARTICLE = (
    "Jane Smith, the finance minister, said: \u201c=SUM(A1:A9) is what the spreadsheet showed,\n"
    "and it was wrong.\u201d\n\nShe left soon after.\n"
)
SMALL_ARTICLE = (
    "Ministers met on Monday to discuss the budget.\n\n"
    "\u201cTaxes will fall for every family next year,\u201d Jane Smith, the finance minister, said.\n\n"
    "\u201cWe will fix the hospital waiting lists,\u201d a senior government official said.\n\n"
    "\u201cThe schools need more teachers,\u201d said Tom Brown, the education secretary.\n"
)
BINARY = b"\x00\x01\x02\xff\xfe\x00binary\x00" * 20


@pytest.fixture(scope="module", autouse=True)
def shared_pipeline(nlp):
    """Let the CLI use the session's pipeline instead of loading its own (seconds per load)."""
    from quotes import extract

    extract._PIPELINES.setdefault((True, None), nlp)


@pytest.fixture
def run():
    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args], prog_name="quotes", catch_exceptions=False)

    return invoke


@pytest.fixture(scope="module")
def seeds_csv():
    """`quotes extract seeds/ -q`, run once for the module: the pipeline takes seconds per run."""
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "-q"], prog_name="quotes", catch_exceptions=False)
    assert result.exit_code == 0
    return result


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    """`quotes index seeds/ -o index.csv`, run once for the module; returns the result and the folder."""
    folder = tmp_path_factory.mktemp("index")
    args = ["index", str(SEEDS), "-o", str(folder / "index.csv")]
    result = CliRunner().invoke(cli, args, prog_name="quotes", catch_exceptions=False)
    assert result.exit_code == 0
    return result, folder


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """One short article with named and unnamed speakers, and its quotes as the library finds them."""
    from quotes.extract import extract_quotes

    folder = tmp_path_factory.mktemp("small")
    (folder / "a.txt").write_text(SMALL_ARTICLE, encoding="utf-8")
    return folder, extract_quotes([str(folder)], kinds=("direct", "partial"))


@pytest.fixture
def batch(tmp_path):
    """A folder with one good article and one binary file."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_good.txt").write_text(SPREADSHEET_ARTICLE, encoding="utf-8")
    (folder / "b_bad.txt").write_bytes(BINARY)
    return folder


def lines(text: str) -> list[str]:
    return text.splitlines()


# --- help, version, entry points --------------------------------------------------------------------


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0
    assert lines(result.stdout) == [f"quotes, version {__version__}"]


@pytest.mark.parametrize("command", [None, *sorted(cli.commands)])
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_on_every_command(run, command, flag):
    result = run(*([command] if command else []), flag)
    assert result.exit_code == 0
    assert lines(result.stdout)[0] == f"Usage: quotes {command + ' ' if command else ''}[OPTIONS] " + (
        "PATH..." if command else "COMMAND [ARGS]...")
    assert "Example: quotes" in result.stdout


def test_python_dash_m_quotes_help():
    result = subprocess.run([sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    assert result.stdout.startswith("Usage: quotes [OPTIONS] COMMAND [ARGS]...")


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.commands if f"`quotes {name}" not in readme]
    assert missing == []


def test_every_option_has_help():
    undocumented = [f"{name} {param.name}" for name, command in cli.commands.items() for param in command.params
                    if getattr(param, "param_type_name", "") == "option" and not param.help]
    assert undocumented == []


# --- bad inputs and bad options ---------------------------------------------------------------------


def test_missing_path(run, tmp_path):
    missing = tmp_path / "nope"
    result = run("extract", missing)
    assert result.exit_code == 1
    message = f"path '{missing}' does not exist; check the spelling or pass an existing file or folder"
    # one line, once: what went wrong and what to do
    assert lines(result.stderr) == [f"Error: {message}"]
    assert result.stdout == ""


def test_missing_path_quiet(run, tmp_path):
    missing = tmp_path / "nope"
    result = run("index", missing, "-q")
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        f"Error: path '{missing}' does not exist; check the spelling or pass an existing file or folder"]


def test_empty_folder(run, tmp_path):
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    result = run("extract", tmp_path, "-q")
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        f"Error: folder '{tmp_path}' has no *.txt files; pass a folder of articles or use --glob"]


def test_bad_file_is_skipped_and_reported_at_the_end(run, batch, tmp_path):
    output = tmp_path / "quotes.csv"
    result = run("extract", batch, "-o", output)
    assert result.exit_code == 0
    message = f"'{batch / 'b_bad.txt'}' looks like a binary file, not text; remove it or pass only text articles"
    assert lines(result.stderr) == ["skipped 1 input(s) that could not be read:", f"  {message}"]
    rows = list(csv.DictReader(output.open(encoding="utf-8", newline="")))
    assert [r["source"] for r in rows] == [str(batch / "a_good.txt")]


def test_strict_stops_at_the_bad_file_and_writes_nothing(run, batch, tmp_path):
    output = tmp_path / "quotes.csv"
    result = run("extract", batch, "--strict", "-o", output)
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        f"Error: '{batch / 'b_bad.txt'}' looks like a binary file, not text; remove it or pass only text articles"]
    assert not output.exists()
    assert list(tmp_path.glob(".quotes.csv.*")) == []


@pytest.mark.parametrize("kinds", ["quoted", "direct,nonsense", ","])
def test_bad_kinds(run, kinds):
    result = run("extract", SEEDS, "--kinds", kinds)
    assert result.exit_code == 2
    assert lines(result.stderr)[-1] == (
        "Error: Invalid value for --kinds: choose a comma-separated list of direct, partial, scare, indirect")


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "Error: --scheduler needs --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--jobs", "2"],
     "Error: --jobs starts local workers; with --scheduler the cluster's own workers run the jobs"),
    (["--jobs", "0"], "Error: Invalid value for '-j' / '--jobs': 0 is not in the range x>=1."),
])
def test_engine_option_conflicts(run, args, message):
    result = run("extract", SEEDS, *args)
    assert result.exit_code == 2
    assert lines(result.stderr)[-1] == message


def test_store_in_missing_folder(run, tmp_path):
    result = run("extract", SEEDS, "-q", "--store", tmp_path / "no" / "quotes.db")
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        f"Error: folder '{tmp_path / 'no'}' does not exist; create it or choose another --store"]


def test_store_that_is_not_a_database(run, tmp_path):
    store = tmp_path / "quotes.db"
    store.write_text("hello, I am a text file, not SQLite\n" * 100, encoding="utf-8")
    result = run("extract", SEEDS, "-q", "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        f"Error: cannot use '{store}' as a quote store (file is not a database); pass another --store file"]


# --- outputs ----------------------------------------------------------------------------------------


def test_extract_seeds_rows_and_columns(seeds_csv, seed_extraction):
    assert seeds_csv.stderr == ""
    reader = csv.DictReader(io.StringIO(seeds_csv.stdout, newline=""))
    assert tuple(reader.fieldnames) == QUOTE_COLUMNS
    rows = list(reader)
    assert len(rows) == len(seed_extraction.quotes) > 0
    assert [r["quote_id"] for r in rows] == [q.quote_id for q in seed_extraction.quotes]


def test_index_writes_index_and_quotes_table(seeds_index, seed_extraction):
    result, folder = seeds_index
    assert result.stdout == ""
    selected = select_quotes(seed_extraction.quotes, kinds=("direct", "partial"))
    anonymous = sum(1 for q in seed_extraction.quotes
                    if q.speaker_type == "anonymous" and q.depth == 0 and q.kind in ("direct", "partial"))
    articles = len({q.source for q in seed_extraction.quotes
                    if q.speaker_type == "anonymous" and q.depth == 0 and q.kind in ("direct", "partial")})
    assert lines(result.stderr) == [f"5 article(s), {len(selected)} quote(s) indexed, "
                                    f"{anonymous} from anonymous sources in {articles} article(s)"]
    summary = list(csv.DictReader((folder / "index.articles.csv").open(encoding="utf-8-sig", newline="")))
    assert [row["source"] for row in summary] == sorted({q.source for q in seed_extraction.quotes})
    assert sum(int(row["anonymous"]) for row in summary) == anonymous
    index_bytes = (folder / "index.csv").read_bytes()
    assert index_bytes.startswith("\ufeff".encode())
    index = list(csv.reader(io.StringIO(index_bytes.decode("utf-8-sig"), newline="")))
    assert index[0] == INDEX_COLUMNS
    assert sum(int(row[2]) for row in index[1:]) >= len(selected)
    table = list(csv.reader((folder / "index.quotes.csv").open(encoding="utf-8-sig", newline="")))
    assert table[0] == QUOTE_TABLE_COLUMNS
    assert len(table) - 1 == len(selected)


def test_index_is_the_same_bytes_on_two_runs(run, seeds_index, tmp_path):
    _, folder = seeds_index
    assert run("index", SEEDS, "-q", "-o", tmp_path / "index.csv").exit_code == 0
    assert (tmp_path / "index.csv").read_bytes() == (folder / "index.csv").read_bytes()
    assert (tmp_path / "index.quotes.csv").read_bytes() == (folder / "index.quotes.csv").read_bytes()


def test_index_wide(run, small):
    folder, extraction = small
    result = run("index", folder, "-q", "--wide")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    named = [q for q in extraction.quotes if q.speaker and q.depth == 0]
    topics = sorted({t for q in named for t in q.topics})
    assert rows[0] == ["speaker", *topics]
    expected = [[speaker, *(str(sum(1 for q in named if q.speaker == speaker and t in q.topics)) for t in topics)]
                for speaker in sorted({q.speaker for q in named})]
    assert rows[1:] == expected


@pytest.mark.parametrize("flag", [[], ["--include-unnamed"]])
def test_index_include_unnamed(run, small, flag):
    folder, extraction = small
    result = run("index", folder, "-q", *flag)
    assert result.exit_code == 0
    speakers = {row["speaker"] for row in csv.DictReader(io.StringIO(result.stdout, newline=""))}
    expected = {q.speaker for q in extraction.quotes if q.speaker and q.depth == 0}
    if flag:
        expected |= {f"(unnamed) {q.speaker_description}" for q in extraction.quotes
                     if not q.speaker and q.speaker_description and q.depth == 0}
        assert any(s.startswith("(unnamed) ") for s in expected)
    assert speakers == expected


def test_index_is_safe_in_spreadsheets(run, tmp_path):
    article = tmp_path / "sheet.txt"
    article.write_text(SPREADSHEET_ARTICLE, encoding="utf-8")
    output = tmp_path / "index.csv"
    assert run("index", article, "-q", "-o", output).exit_code == 0
    raw = (tmp_path / "index.quotes.csv").read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert [r["text"] for r in table] == [
        "'=SUM(A1:A9) is what the spreadsheet showed,\\nand it was wrong."]
    # one line per row: every newline inside a cell is written as \n
    assert len(raw.splitlines()) == 1 + len(table)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in table for cell in row.values())


def test_store_reports_what_it_reused(run, tmp_path, seeds_csv):
    store = tmp_path / "quotes.db"
    first = run("extract", SEEDS, "--store", store)
    second = run("extract", SEEDS, "--store", store)
    assert first.exit_code == second.exit_code == 0
    assert lines(first.stderr) == [f"store '{store}': 0 article(s) reused, 5 processed"]
    assert lines(second.stderr) == [f"store '{store}': 5 article(s) reused, 0 processed"]
    assert first.stdout_bytes == second.stdout_bytes == seeds_csv.stdout_bytes

"""The `quotes` command line: a thin layer over extract_quotes, build_index and evaluate."""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path

import click

from quotes import __version__
from quotes.errors import QuotesError
from quotes.engine import DEFAULT_ENGINE, DEFAULT_JOBS, ENGINES
from quotes.model import KINDS

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
log = logging.getLogger("quotes")


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise click.BadParameter(f"choose a comma-separated list of {', '.join(KINDS)}", param_hint="--kinds")
    return kinds


def input_options(default_kinds: str):
    """Options shared by every command that reads articles."""
    def decorate(func):
        options = [
            click.argument("paths", nargs=-1, required=True, metavar="PATH..."),
            click.option("--topics", "topics_path", type=click.Path(dir_okay=False),
                         help="Topic lexicon CSV (topic,term) that replaces the default one."),
            click.option("--aliases", "aliases_path", type=click.Path(dir_okay=False),
                         help="CSV of alias,canonical names that adds to or overrides speaker merges."),
            click.option("--kinds", default=default_kinds, show_default=True,
                         help=f"Comma-separated kinds of quote to keep ({', '.join(KINDS)})."),
            click.option("--no-coref", is_flag=True, help="Skip coreferee; pronouns fall back to the nearest speaker."),
            click.option("--encoding", default="auto", show_default=True,
                         help="Encoding of input files; 'auto' tries UTF-8, then detects it."),
            click.option("--text-column", default="text", show_default=True, help="Column holding the article text in CSV input."),
            click.option("--glob", "globs", multiple=True, default=("*.txt",), show_default=True,
                         help="File pattern to read in folders; repeat for several."),
            click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read."),
            click.option("-q", "--quiet", is_flag=True, help="Print no progress or warnings."),
            click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
                         help="Processes that run the pipeline (or local Dask workers with --engine dask). [default: 1]"),
            click.option("--store", "store_path", type=click.Path(dir_okay=False),
                         help="SQLite file that keeps extracted quotes; later runs parse only new or changed articles."),
            click.option("--engine", type=click.Choice(ENGINES), default=DEFAULT_ENGINE, show_default=True,
                         help="Where extraction runs: here, or on a Dask cluster (needs quotes[dask])."),
            click.option("--scheduler", metavar="ADDRESS",
                         help="Dask scheduler for --engine dask, e.g. tcp://10.0.0.5:8786; default: a local cluster."),
        ]
        for option in reversed(options):
            func = option(func)
        return func
    return decorate


class _StderrHandler(logging.Handler):
    """Write log messages to whatever stderr is now, so that in-process runs (CliRunner) see them too."""

    def emit(self, record: logging.LogRecord) -> None:
        from tqdm import tqdm

        # a message printed under a progress bar would be drawn over; tqdm lifts the bar for it
        with tqdm.external_write_mode(file=sys.stderr):
            click.echo(self.format(record), err=True)


def _configure_logging(quiet: bool) -> None:
    if not any(isinstance(h, _StderrHandler) for h in log.handlers):
        log.addHandler(_StderrHandler())
        # the library's messages are already complete sentences; the root logger would repeat them
        log.propagate = False
    log.setLevel(logging.ERROR if quiet else logging.WARNING)


def _report_failures(extraction, quiet: bool) -> None:
    if extraction.failures and not quiet:
        click.echo(f"skipped {len(extraction.failures)} input(s) that could not be read:", err=True)
        for failure in extraction.failures:
            click.echo(f"  {failure.message}", err=True)


def _check_engine(engine: str, jobs: int | None, scheduler: str | None) -> None:
    ctx = click.get_current_context(silent=True)
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask", ctx=ctx)
    if scheduler and jobs is not None:
        raise click.UsageError("--jobs starts local workers; with --scheduler the cluster's own workers run the jobs",
                               ctx=ctx)


def _run_extraction(paths, *, topics_path, aliases_path, kinds, no_coref, encoding, text_column, globs, strict, quiet,
                    jobs, store_path, engine, scheduler):
    from quotes.extract import extract_quotes, read_aliases
    from quotes.progress import progress_bar

    _check_engine(engine, jobs, scheduler)
    aliases = read_aliases(aliases_path) if aliases_path else None
    with progress_bar(enabled=not quiet) as progress:
        extraction = extract_quotes(
            paths, coreference=not no_coref, topics_path=topics_path, aliases=aliases, kinds=kinds,
            encoding=None if encoding == "auto" else encoding, text_column=text_column, globs=globs,
            strict=strict, progress=progress, jobs=jobs or DEFAULT_JOBS, store=store_path, engine=engine,
            scheduler=scheduler,
        )
    if store_path and not quiet:
        click.echo(f"store '{store_path}': {extraction.reused} article(s) reused, {extraction.processed} processed",
                   err=True)
    if extraction.articles == 0:
        reasons = "; ".join(f.message for f in extraction.failures) or "no articles found"
        raise QuotesError(reasons)
    return extraction


def handle_errors(func):
    """Turn the library's expected errors into one-line messages."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except QuotesError as error:
            raise click.ClickException(str(error)) from None
    return wrapper


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="quotes")
def cli():
    """Find quotes in news articles, attribute their speakers and index them by topic.

    Example: quotes index seeds/ -o index.csv
    """


@cli.command(context_settings=CONTEXT)
@input_options(default_kinds="direct,partial,scare")
@click.option("-o", "--output", default="-", show_default=True, help="File to write; '-' is stdout.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True,
              help="Output format: CSV with text exactly as in the source, or JSON lines.")
@handle_errors
def extract(paths, output, fmt, quiet, **options):
    """Write one row per quote found in the articles.

    Example: quotes extract seeds/ --format jsonl -o quotes.jsonl
    """
    from quotes.writers import atomic_output, write_quotes

    _configure_logging(quiet)
    options["kinds"] = _kinds(options["kinds"])
    extraction = _run_extraction(paths, quiet=quiet, **options)
    with atomic_output(output) as stream:
        write_quotes(extraction.quotes, stream, fmt=fmt)
    _report_failures(extraction, quiet)


@cli.command(context_settings=CONTEXT)
@input_options(default_kinds="direct,partial")
@click.option("-o", "--output", default="-", show_default=True, help="Index CSV to write; '-' is stdout.")
@click.option("--wide", is_flag=True, help="Write a speaker x topic matrix of counts instead of long form.")
@click.option("--include-unnamed", is_flag=True, help="Keep quotes of unnamed sources, under their description.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out quotes whose attribution confidence is lower.")
@click.option("--quotes-table", type=click.Path(dir_okay=False),
              help="Per-quote table to write; defaults to OUTPUT with .quotes.csv beside a file output.")
@click.option("--articles-table", type=click.Path(dir_okay=False),
              help="Per-article sourcing counts (named, organisation, anonymous, unresolved); "
                   "defaults to OUTPUT with .articles.csv beside a file output.")
@handle_errors
def index(paths, output, wide, include_unnamed, min_confidence, quotes_table, articles_table, quiet, **options):
    """Write the speaker-by-topic index, and beside it the per-quote table for fact-checking.

    Example: quotes index seeds/ -o index.csv   (also writes index.quotes.csv and index.articles.csv)
    """
    from quotes.index import article_summary, index_from_selected, quote_table, select_quotes
    from quotes.writers import atomic_output, write_spreadsheet_csv

    _configure_logging(quiet)
    options["kinds"] = _kinds(options["kinds"])
    if quotes_table is None and output != "-":
        quotes_table = str(Path(output).with_suffix("")) + ".quotes.csv"
    if articles_table is None and output != "-":
        articles_table = str(Path(output).with_suffix("")) + ".articles.csv"
    extraction = _run_extraction(paths, quiet=quiet, **options)
    selected = select_quotes(extraction.quotes, kinds=options["kinds"], include_unnamed=include_unnamed,
                             min_confidence=min_confidence)
    frame = index_from_selected(selected, wide=wide)
    with atomic_output(output, encoding="utf-8-sig" if output != "-" else "utf-8") as stream:
        write_spreadsheet_csv(frame, stream)
    if quotes_table:
        with atomic_output(quotes_table, encoding="utf-8-sig") as stream:
            write_spreadsheet_csv(quote_table(selected), stream)
    if articles_table:
        with atomic_output(articles_table, encoding="utf-8-sig") as stream:
            write_spreadsheet_csv(article_summary(extraction.quotes, kinds=options["kinds"]), stream)
    if not quiet:
        anonymous = sum(1 for q in extraction.quotes if q.speaker_type == "anonymous" and q.depth == 0
                        and q.kind in options["kinds"])
        with_anonymous = len({q.source for q in extraction.quotes if q.speaker_type == "anonymous" and q.depth == 0
                              and q.kind in options["kinds"]})
        click.echo(f"{extraction.articles} article(s), {len(selected)} quote(s) indexed, "
                   f"{anonymous} from anonymous sources in {with_anonymous} article(s)", err=True)
    _report_failures(extraction, quiet)


@cli.command(context_settings=CONTEXT)
@input_options(default_kinds="direct,partial,scare")
@click.option("--gold", "gold_path", required=True, type=click.Path(dir_okay=False),
              help="Gold JSONL: one quote per line with doc, start, snippet, speaker, kind.")
@click.option("--by-method", is_flag=True, help="Also print the speaker precision of each attribution sieve.")
@click.option("--details", is_flag=True, help="Also list missed and spurious quotes, and those with the wrong speaker or kind.")
@handle_errors
def evaluate(paths, gold_path, by_method, details, quiet, **options):
    """Score extraction against a gold annotation and print recall, precision and speaker accuracy.

    Example: quotes evaluate --gold data/gold/seeds.jsonl seeds/
    """
    from quotes.evaluate import evaluate as score
    from quotes.evaluate import format_report, load_gold

    _configure_logging(quiet)
    options["kinds"] = _kinds(options["kinds"])
    gold = load_gold(gold_path)
    extraction = _run_extraction(paths, quiet=quiet, **{**options, "kinds": tuple(KINDS)})
    result = score(extraction.quotes, gold, kinds=options["kinds"])
    click.echo(format_report(result, by_method=by_method, details=details))
    _report_failures(extraction, quiet)

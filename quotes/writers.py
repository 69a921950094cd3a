"""Write quotes and indexes: exact machine formats, and CSV that opens safely in spreadsheets."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pandas as pd

from quotes.errors import QuotesError
from quotes.model import QUOTE_COLUMNS, Quote

FORMATS = ("csv", "jsonl")
# a cell starting with one of these is run as a formula by spreadsheets (CSV injection)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def atomic_output(path: str | Path, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open `path` for writing so that it appears whole or not at all; "-" is stdout."""
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise QuotesError(f"folder '{target.parent}' does not exist; create it or choose another -o/--output")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline="") as stream:
            yield stream
        # mkstemp makes the file private; give it the permissions a plain open() would have
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def spreadsheet_cell(value):
    """A cell value that a spreadsheet shows as text: newlines escaped, formulas defused."""
    if not isinstance(value, str):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    if value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_quotes(quotes: Iterable[Quote], stream: IO[str], *, fmt: str = "csv") -> int:
    """One row per quote, with text exactly as in the source (CSV per RFC 4180, or JSON lines)."""
    count = 0
    if fmt == "jsonl":
        for quote in quotes:
            row = quote.as_row()
            row["topics"] = list(quote.topics)
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(stream, fieldnames=QUOTE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for quote in quotes:
        writer.writerow(quote.as_row())
        count += 1
    return count


def write_spreadsheet_csv(frame: pd.DataFrame, stream: IO[str]) -> None:
    """A DataFrame as CSV for spreadsheets: every text cell quoted, escaped and defused."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object:
            safe[column] = safe[column].map(spreadsheet_cell)
    safe.columns = [spreadsheet_cell(str(c)) for c in safe.columns]
    safe.to_csv(stream, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")

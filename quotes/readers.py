"""Read articles from .txt, .jsonl, .csv and .html files, detecting their encoding."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotes.errors import InputError
from quotes.model import ARTICLE_FIELDS, Article

DEFAULT_GLOBS = ("*.txt",)
DEFAULT_TEXT_COLUMN = "text"
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}


@dataclass(frozen=True)
class Failure:
    """An input that could not be read, and what to do about it."""

    source: str
    message: str


def decode(data: bytes, *, source: str, encoding: str | None = None) -> str:
    """Bytes to text: the given encoding, else UTF-8, else what charset-normalizer detects."""
    if encoding and encoding.lower() != "auto":
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}'; pass a codec name such as --encoding utf-8 or --encoding latin-1") from None
        except UnicodeDecodeError:
            raise InputError(f"cannot read '{source}' as {encoding}; pass another --encoding or --encoding auto to detect it") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise InputError(f"'{source}' looks like a binary file, not text; remove it or pass only text articles")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"cannot detect the encoding of '{source}'; pass --encoding latin-1 (or the file's encoding)")
    return str(best)


def _read_bytes(path: Path, source: str) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputError(f"cannot read '{source}': permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise InputError(f"'{source}' is a folder; pass it as a folder path") from None
    except OSError as error:
        raise InputError(f"cannot read '{source}': {error.strerror}; check the path") from None


def _meta(record: dict) -> dict:
    return {key: str(record[key]) for key in ARTICLE_FIELDS if record.get(key) not in (None, "")}


def _read_jsonl(path: Path, source: str, text: str) -> Iterator[Article | Failure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(where, f"line {number} of '{source}' is not valid JSON ({error.msg}); fix or remove the line")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Failure(where, f"line {number} of '{source}' has no \"text\" string; each line needs {{\"text\": ...}}")
            continue
        doc_id = str(record.get("id") or where)
        yield Article(where, doc_id, record["text"], _meta(record))


def _read_csv(path: Path, source: str, text: str, text_column: str) -> Iterator[Article | Failure]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = reader.fieldnames or []
    except csv.Error as error:
        yield Failure(source, f"'{source}' is not a readable CSV ({error}); save it as CSV")
        return
    if text_column not in columns:
        yield Failure(source, f"'{source}' has no column '{text_column}'; pass --text-column with one of: {', '.join(columns)}")
        return
    try:
        for number, row in enumerate(reader, start=1):
            where = f"{source}#row{number}"
            body = row.get(text_column) or ""
            yield Article(where, str(row.get("id") or where), body, _meta(row))
    except csv.Error as error:
        yield Failure(source, f"'{source}' is not a readable CSV ({error}); save it as CSV")


def _read_html(source: str, html: str) -> Article:
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"reading '{source}' needs trafilatura; run: pip install 'quotes[html]'") from None
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text:
        raise InputError(f"found no article text in '{source}'; check that it is an article page")
    meta = {}
    metadata = trafilatura.extract_metadata(html)
    if metadata is not None:
        for key, value in (("title", metadata.title), ("date", metadata.date), ("outlet", metadata.sitename), ("url", metadata.url)):
            if value:
                meta[key] = str(value)
    return Article(source, source, text, meta)


def read_file(path: Path, *, source: str, encoding: str | None = None,
              text_column: str = DEFAULT_TEXT_COLUMN) -> Iterator[Article | Failure]:
    """Every article in one file; a file that cannot be read gives one Failure."""
    try:
        text = decode(_read_bytes(path, source), source=source, encoding=encoding)
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _read_jsonl(path, source, text)
        elif suffix == ".csv":
            yield from _read_csv(path, source, text, text_column)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(source, text)
        else:
            yield Article(source, source, text)
    except InputError as error:
        yield Failure(source, str(error))


def expand_paths(paths: Iterable[str], *, globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[tuple[Path, str] | Failure]:
    """Files to read: each file as given, each folder walked for the globs, sorted."""
    globs = tuple(globs)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                {p for pattern in globs for p in path.rglob(pattern)
                 if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)}
            )
            if not found:
                yield Failure(given, f"folder '{given}' has no {' or '.join(globs)} files; pass a folder of articles or use --glob")
            for file in found:
                yield file, str(file)
        elif path.exists():
            yield path, given
        else:
            yield Failure(given, f"path '{given}' does not exist; check the spelling or pass an existing file or folder")


def iter_articles(paths: Iterable[str], *, encoding: str | None = None, text_column: str = DEFAULT_TEXT_COLUMN,
                  globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Article | Failure]:
    """Stream the articles behind the given paths, one at a time, with Failures for what cannot be read."""
    for item in expand_paths(paths, globs=globs):
        if isinstance(item, Failure):
            yield item
            continue
        path, source = item
        yield from read_file(path, source=source, encoding=encoding, text_column=text_column)

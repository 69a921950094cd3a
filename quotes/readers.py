"""Read articles from .txt, .jsonl, .csv and .html files, detecting their encoding."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from quotes.errors import InputError
from quotes.model import ARTICLE_FIELDS, Article

DEFAULT_GLOBS = ("*.txt",)
DEFAULT_TEXT_COLUMN = "text"
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
MAX_CSV_FIELD = 2**31 - 1


@dataclass(frozen=True)
class Failure:
    """An input that could not be read, and what to do about it."""

    source: str
    message: str


# Byte-order marks that name their encoding; UTF-32 first, since its little-endian mark starts like UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Among encodings a detector finds equally likely, the ones English news is written in when not in UTF-8.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
_SAMPLE = 8192
_CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 12, 13}


def _binary_message(source: str) -> str:
    return f"'{source}' looks like a binary file, not text; remove it or pass only text articles"


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text with no byte-order mark: the zero bytes of ASCII letters stand on one side of each pair."""
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    pairs = max(len(head) // 2, 1)
    if odd > 0.3 * pairs and even == 0:
        return "utf-16-le"
    if even > 0.3 * pairs and odd == 0:
        return "utf-16-be"
    return None


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(f"cannot detect the encoding of '{source}'; pass --encoding latin-1 (or the file's encoding)")
    best = matches[0]
    # charset-normalizer cannot tell cp1250 from cp1252 in English text: prefer the Western code page on a tie
    for match in matches:
        if match.chaos > best.chaos + 0.01 or match.coherence < best.coherence - 0.01:
            continue
        for encoding in PREFERRED_ENCODINGS:
            if encoding in match.could_be_from_charset:
                try:
                    return data.decode(encoding)
                except UnicodeDecodeError:
                    continue
    return str(best)


def decode(data: bytes, *, source: str, encoding: str | None = None) -> str:
    """Bytes to text: the given encoding, else a byte-order mark's, else UTF-8, else what charset-normalizer detects.

    A UTF-8 byte-order mark stays in the text (as U+FEFF), so offsets match a plain UTF-8 read of the file.
    """
    if encoding and encoding.lower() != "auto":
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}'; pass a codec name such as --encoding utf-8 or --encoding latin-1") from None
        except UnicodeDecodeError:
            raise InputError(f"cannot read '{source}' as {encoding}; pass another --encoding or --encoding auto to detect it") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                raise InputError(f"cannot read '{source}' as {name.upper()} although it starts with its byte-order mark; "
                                 "pass --encoding with the file's encoding") from None
    head = data[:_SAMPLE]
    if 0 in head:
        name = _utf16_without_bom(head)
        if name is None:
            raise InputError(_binary_message(source))
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            raise InputError(_binary_message(source)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if sum(byte in _CONTROL_BYTES for byte in head) > 0.05 * len(head):
        raise InputError(_binary_message(source))
    return _detect(data, source)


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
    # split at line feeds only: JSON strings may hold U+2028 and other characters str.splitlines() breaks at
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
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
        doc_id = str(record["id"]) if record.get("id") not in (None, "") else where
        yield Article(where, doc_id, record["text"], _meta(record))


def _csv_dialect(text: str, text_column: str) -> type[csv.Dialect] | csv.Dialect:
    """Commas, unless the header only holds the text column when split at another delimiter (Excel's ';')."""
    header = text.split("\n", 1)[0]
    if text_column in next(csv.reader([header]), []):
        return csv.excel
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def _read_csv(path: Path, source: str, text: str, text_column: str) -> Iterator[Article | Failure]:
    # a whole article may be longer than the csv module's default cell limit of 128 KiB
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_FIELD))
    text = text.removeprefix("\ufeff")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_csv_dialect(text, text_column))
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
            doc_id = row.get("id") or where
            yield Article(where, str(doc_id), body, _meta(row))
    except csv.Error as error:
        yield Failure(source, f"'{source}' is not a readable CSV ({error}); save it as CSV")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, when it is a codec Python knows; else None (detect)."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # browsers read pages labelled latin-1 or ASCII as windows-1252, and so do their authors' tools
    if name in ("iso8859-1", "ascii") and not _is_utf8(data):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"
    # a page that declares UTF-8 but is not, or declares an 8-bit code page but decodes as UTF-8, is detected instead
    try:
        data.decode(name)
    except UnicodeDecodeError:
        return None
    return None if name != "utf-8" and _is_utf8(data) else name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


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
        data = _read_bytes(path, source)
        suffix = path.suffix.lower()
        if suffix in HTML_SUFFIXES and not (encoding and encoding.lower() != "auto"):
            encoding = _declared_charset(data)
        text = decode(data, source=source, encoding=encoding)
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

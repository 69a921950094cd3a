"""Lexicons shipped with the package, loaded once."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path

from quotes.errors import LexiconError


def resource_path(name: str) -> Path:
    """Path of a file shipped in quotes/resources."""
    return Path(str(resources.files(__name__).joinpath(name)))


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Lower-cased, comment-free lines of a resource word list."""
    lines = resource_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def read_pairs(path: Path | str, columns: tuple[str, str]) -> list[tuple[str, str]]:
    """Rows of a two-column CSV with the given header, as (first, second) pairs."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or not set(columns) <= {f.strip() for f in reader.fieldnames}:
                raise LexiconError(
                    f"'{path}' must be a CSV with the header '{columns[0]},{columns[1]}'; "
                    f"found {','.join(reader.fieldnames or []) or 'no header'}"
                )
            rows = []
            for line, row in enumerate(reader, start=2):
                row = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
                first, second = row.get(columns[0], ""), row.get(columns[1], "")
                if not first or not second:
                    raise LexiconError(f"'{path}' line {line}: both '{columns[0]}' and '{columns[1]}' must be filled in")
                rows.append((first, second))
            return rows
    except OSError as error:
        raise LexiconError(f"cannot read '{path}': {error.strerror}; check the path") from error
    except (UnicodeDecodeError, csv.Error) as error:
        raise LexiconError(f"'{path}' is not a readable UTF-8 CSV ({error}); save it as UTF-8 CSV") from error


@lru_cache(maxsize=None)
def load_pairs(name: str, first: str, second: str) -> tuple[tuple[str, str], ...]:
    """Rows of a two-column CSV shipped in quotes/resources."""
    return tuple(read_pairs(resource_path(name), (first, second)))

"""A progress bar on stderr for long runs: files, words/s and an ETA."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from typing import IO

# redraw at most this often: a bar that redraws for every short article slows the run down
REFRESH_SECONDS = 0.5


class Progress:
    """Counts the files, articles and words of a run, and shows them on a tqdm bar when given one.

    The bar counts files, so its ETA is known once the files have been listed (`start`); articles and
    words per second ride along in its postfix, as JSONL and CSV files hold many articles each.
    """

    def __init__(self, bar=None):
        self.bar = bar
        self.files = 0
        self.articles = 0
        self.words = 0
        self._started = time.monotonic()
        self._drawn = 0.0

    def start(self, *, files: int) -> None:
        """Set the number of files the run will read, which gives the ETA."""
        self._started = time.monotonic()
        if self.bar is not None:
            self.bar.reset(total=files)

    def advance(self, *, files: int = 0, articles: int = 0, words: int = 0) -> None:
        """Count files finished and articles (with their words) processed or taken from the store."""
        self.files += files
        self.articles += articles
        self.words += words
        if self.bar is None:
            return
        now = time.monotonic()
        rate = self.words / max(now - self._started, 1e-9)
        self.bar.set_postfix_str(f"{self.articles} articles, {_scaled(rate)} words/s", refresh=False)
        if files:
            self.bar.update(files)
            self._drawn = now
        elif now - self._drawn >= REFRESH_SECONDS:
            self.bar.refresh()
            self._drawn = now

    @property
    def words_per_second(self) -> float:
        """Words processed per second since the start."""
        return self.words / max(time.monotonic() - self._started, 1e-9)


def _scaled(value: float) -> str:
    for limit, suffix in ((1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"{value / limit:.1f}{suffix}"
    return f"{value:.0f}"


@contextlib.contextmanager
def progress_bar(*, enabled: bool = True, stream: IO[str] | None = None, force: bool = False) -> Iterator[Progress | None]:
    """A Progress with a bar on stderr; None when disabled or stderr is not a terminal (unless `force`)."""
    stream = stream if stream is not None else sys.stderr
    if not enabled or not (force or stream.isatty()):
        yield None
        return
    from tqdm import tqdm

    with tqdm(unit=" files", file=stream, dynamic_ncols=True, leave=False, total=None) as bar:
        yield Progress(bar)

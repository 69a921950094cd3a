"""A progress bar on stderr for long runs: files, words/s and an ETA."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

from quotes.model import Article


@contextlib.contextmanager
def progress_callback(*, enabled: bool = True) -> Iterator[Callable[[Article], None] | None]:
    """A callback that counts articles and words; shown only when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(unit=" words", unit_scale=True, file=sys.stderr, dynamic_ncols=True, leave=False) as bar:
        files = 0

        def on_article(article: Article) -> None:
            nonlocal files
            files += 1
            bar.set_postfix_str(f"{files} files", refresh=False)
            bar.update(len(article.text.split()))

        yield on_article

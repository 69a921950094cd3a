"""Regenerate the golden outputs of `quotes extract` and `quotes index` on seeds/ (review the diff like code)."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from quotes.cli import cli

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"

# each golden file and the command line that makes it, run from the project root
COMMANDS = {
    "extract_seeds.csv": ["extract", "seeds/", "-q", "-o", "{out}"],
    "extract_seeds.jsonl": ["extract", "seeds/", "-q", "--format", "jsonl", "-o", "{out}"],
    "index_seeds.csv": ["index", "seeds/", "-q", "-o", "{out}"],
    "index_seeds_wide.csv": ["index", "seeds/", "-q", "--wide", "-o", "{out}", "--quotes-table", "{out}.unused",
                             "--articles-table", "{out}.unused"],
}


def run(name: str, out: Path) -> None:
    args = [a.replace("{out}", str(out)) for a in COMMANDS[name]]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    if result.exit_code != 0:
        sys.exit(f"quotes {' '.join(args)} failed: {result.output}")


def main() -> None:
    import os

    os.chdir(ROOT)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name in COMMANDS:
        run(name, GOLDEN / name)
        print(f"wrote tests/golden/{name}")
    for stray in GOLDEN.glob("*.unused"):
        stray.unlink()


if __name__ == "__main__":
    main()

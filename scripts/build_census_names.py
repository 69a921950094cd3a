"""Build quotes/resources/census_first_names.csv: first names whose sex is clear in the 1990 US Census.

The Census Bureau's 1990 lists of first names (public domain) give each name's share of men and of women.
The `names` package (MIT) on PyPI ships them as dist.male.first and dist.female.first; this script fetches
its source archive with pip, so it needs PyPI and nothing else:

    .venv/bin/python scripts/build_census_names.py

A name is kept only where one sex has at least MIN_SHARE of its bearers; names as common for both
(Leslie, Jordan) are left out, so they never decide which pronoun fits. The curated
quotes/resources/first_names.csv is read first and wins over this file.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "names==0.3.0"
OUTPUT = Path(__file__).resolve().parent.parent / "quotes" / "resources" / "census_first_names.csv"
MIN_SHARE = 0.9
# entries in the lists that newsroom text uses as ordinary words far more often than as first names
NOT_NAMES = frozenset("""
an in so my do to the be me we us ok art will may june april august hope joy faith grace rose
king young major mark bill sunny summer page chase price hunter sterling long love lane un mercy
""".split())


def census_lists() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "--dest", folder, PACKAGE], check=True)
        archive = next(Path(folder).glob("names-*.tar.gz"))
        with tarfile.open(archive) as tar:
            return {name: tar.extractfile(member).read().decode("ascii")
                    for member in tar.getmembers()
                    for name in ("dist.male.first", "dist.female.first") if member.name.endswith("/names/" + name)}


def shares(listing: str) -> dict[str, float]:
    rows = (line.split() for line in io.StringIO(listing) if line.strip())
    return {row[0].lower(): float(row[1]) for row in rows}


def main() -> None:
    lists = census_lists()
    male, female = shares(lists["dist.male.first"]), shares(lists["dist.female.first"])
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if name in NOT_NAMES or m + f == 0:
            continue
        if m / (m + f) >= MIN_SHARE:
            rows.append((name, "m"))
        elif f / (m + f) >= MIN_SHARE:
            rows.append((name, "f"))
    with OUTPUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("name", "gender"))
        writer.writerows(rows)
    print(f"{len(rows)} names written to {OUTPUT}")


if __name__ == "__main__":
    main()

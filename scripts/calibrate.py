"""Measure each sieve's speaker precision on the gold sets and write it as its confidence."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from quotes.evaluate import evaluate, load_gold
from quotes.extract import extract_quotes
from quotes.pipeline import load_pipeline
from quotes.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
GOLD_SETS = [
    (ROOT / "seeds", ROOT / "data/gold/seeds.jsonl"),
    (ROOT / "data/gold/typography", ROOT / "data/gold/typography/gold.jsonl"),
    (ROOT / "data/gold/attribution", ROOT / "data/gold/attribution/gold.jsonl"),
    (ROOT / "data/gold/news", ROOT / "data/gold/news/gold.jsonl"),
]
# data/gold/blind is never used here: it only estimates how the attributor does on unseen news
ALL_KINDS = ("direct", "partial", "scare", "indirect")
# methods that decide nothing keep a fixed confidence
FIXED = {"unresolved": 0.0, "scare": 0.0}


def main() -> None:
    nlp = load_pipeline()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for folder, gold_path in GOLD_SETS:
        extraction = extract_quotes([str(folder)], nlp=nlp, kinds=ALL_KINDS)
        result = evaluate(extraction.quotes, load_gold(gold_path), kinds=ALL_KINDS)
        for method, score in result.by_method.items():
            totals[method][0] += score.correct
            totals[method][1] += score.quotes
    previous = {row["method"]: row["confidence"] for row in csv.DictReader(resource_path("sieve_confidence.csv").open())}
    rows = []
    for method in sorted(set(previous) | set(totals)):
        if method in FIXED:
            value = FIXED[method]
        elif method in totals:
            correct, seen = totals[method]
            # Laplace smoothing keeps a sieve seen a handful of times away from 0 and 1
            value = (correct + 1) / (seen + 2)
        else:
            value = float(previous[method])
        rows.append((method, f"{value:.2f}"))
        seen = totals.get(method, [0, 0])[1]
        print(f"{method:<18} {value:.2f}  ({seen} gold quotes)")
    with resource_path("sieve_confidence.csv").open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["method", "confidence"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()

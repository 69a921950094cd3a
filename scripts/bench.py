"""Benchmark the quotes pipeline against bare en_core_web_sm parsing on a streamed corpus (not a test).

    .venv/bin/python scripts/bench.py                       # 10k, 30k and 60k words, 1 vs 2 jobs
    .venv/bin/python scripts/bench.py --sizes 50000,200000,1000000 --jobs 2 --json .bench/big.json
    .venv/bin/python scripts/bench.py --check 30000         # same quotes as whole-document coreferee

The corpus mixes the real articles in seeds/ with generated news articles (quotes in every newsroom
style, pronoun and description cues, plain narrative paragraphs), deterministic for a given --seed and
generated lazily, so no size is ever held in memory. Both measurements run in this one process, one
after the other, so the ratio between them holds even on a machine that other jobs slow down.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import platform
import random
import resource
import sys
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.model import Article  # noqa: E402

DEFAULT_SIZES = (10_000, 30_000, 60_000)
DEFAULT_SEED = 5
DEFAULT_JOBS = 2
DEFAULT_JSON = ROOT / ".bench" / "summary.json"
DEFAULT_SEEDS_DIR = ROOT / "seeds"
# one real article from seeds/ after this many generated ones
DEFAULT_SEED_EVERY = 4
DEFAULT_BATCH_SIZE = 32
# the real articles --check runs on before the generated ones
CHECK_FOLDERS = ("seeds", "data/gold/typography", "data/gold/attribution")

# ---- the generated articles ------------------------------------------------------------------------
MEN = ["James", "David", "Mark", "Peter", "Andrew", "Tom", "Raj", "Carlos", "Ethan", "Kwame", "Liam", "Omar"]
WOMEN = ["Sarah", "Emma", "Rachel", "Priya", "Helen", "Maria", "Grace", "Aisha", "Laura", "Nina", "Claire", "Joan"]
SURNAMES = ["Whitaker", "Okafor", "Harrington", "Patel", "Lindqvist", "Moreno", "Ashdown", "Fairbairn", "Kowalski",
            "Brennan", "Castellano", "Holloway", "Nakamura", "Ferris", "Adeyemi", "Thornton", "Quigley", "Marsh"]
ROLES = ["the shadow home secretary", "the chief executive of {org}", "a senior economist at {org}",
         "the chair of the {committee} committee", "the mayor of {place}", "the union's general secretary",
         "a professor of public policy at {university}", "the health minister", "a former adviser to the Treasury",
         "the director of {org}"]
ORGS = ["the Resolution Foundation", "Oxfam", "the Bank of England", "Unite", "the Local Government Association",
        "the Institute for Fiscal Studies", "the Confederation of British Industry", "Greenpeace",
        "the NHS Confederation",
        "the Federation of Small Businesses", "Shelter", "the Road Haulage Association"]
COMMITTEES = ["Treasury", "health and social care", "transport", "environmental audit", "home affairs"]
PLACES = ["Leeds", "Bristol", "Sunderland", "Cardiff", "Norwich", "Stoke-on-Trent", "Glasgow", "Plymouth", "Derby"]
UNIVERSITIES = ["the University of Manchester", "King's College London", "the London School of Economics"]
OUTLETS = ["the BBC", "Sky News", "The Guardian", "GB News", "the Financial Times", "Times Radio", "reporters"]
TOPICS = ["the housing plan", "the budget", "the new rail timetable", "the strike", "the funding formula",
          "the waiting list target", "the fuel duty freeze", "the flood defence scheme", "the school meals policy"]
THINGS = ["council tax", "bus fares", "hospital waiting lists", "energy bills", "the minimum wage", "rents",
          "child poverty", "teacher pay", "the cost of living", "local bus routes", "river pollution"]
DAYS = ["on Monday", "on Tuesday", "last night", "on Thursday", "this week", "yesterday", "on Friday morning"]
MONEY = ["£2bn", "£450m", "£1.2bn", "£80m", "£3.5bn", "£600,000"]
COUNTS = ["40,000", "2,300", "12,500", "900", "a million", "65,000"]

QUOTE_SENTENCES = [
    "We cannot keep asking families to pay more for less",
    "This is the biggest test the government has faced since the election",
    "People in {place} have waited long enough for a straight answer",
    "Nobody should have to choose between heating and eating",
    "The figures speak for themselves and the trend is getting worse",
    "I have spoken to nurses, drivers and shop workers and they all say the same thing",
    "We will look at every option, but we will not borrow to fund day-to-day spending",
    "It is simply not good enough and ministers know it",
    "If you cut {thing} you end up paying twice as much later",
    "There is no plan, there is no money and there is no leadership",
    "Our members are angry and they have every right to be",
    "We have made real progress on {thing} over the past year",
    "The evidence from {place} shows the scheme works when it is properly funded",
    "I am not going to pretend this will be easy",
    "What matters now is that the money reaches the people who need it",
    "They promised a fix for {thing} and delivered a press release",
]
FRAGMENTS = ["a betrayal of working families", "deeply irresponsible", "a sticking plaster", "long overdue",
             "a recipe for chaos", "frankly insulting", "the right thing to do", "a step in the right direction"]
SCARE_TERMS = ["levelling up", "growth zones", "smart motorways", "affordable", "efficiency savings"]
NARRATIVE = [
    "{Full} visited {place} {day} to meet local business owners and council officials.",
    "The government has set aside {money} for {topic}, which is due to start next spring.",
    "Figures published {day} showed {thing} rising for the fourth month in a row.",
    "{org_cap} has campaigned on {thing} for more than a decade.",
    "The plan would affect around {number} households across the region.",
    "{Surname} was first elected in 2015 and served on the {committee} committee before joining the front bench.",
    "Councils in {place} and {place2} have already warned of cuts to services.",
    "The scheme was launched in {place} in 2019 and later extended to {place2}.",
    "Opposition parties are expected to force a vote on {topic} before the summer recess.",
    "A consultation on {thing} closed in March after receiving {number} responses.",
    "Shares in several housebuilders fell after the announcement.",
    "The Treasury has not published a full costing of {topic}.",
]
INDIRECT = [
    "{Full} said the government would publish its response to {topic} within weeks.",
    "{Surname} told {outlet} that {thing} had become the main issue on the doorstep.",
    "{Org_cap} warned that {number} jobs could be at risk if {topic} went ahead.",
    "{Surname} insisted the money for {topic} was already in the budget.",
]


class _Writer:
    """Write one generated article; the people it quotes stay consistent, so pronouns have antecedents."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.straight = rng.random() < 0.15  # some newsrooms (and wires) type straight quotes
        self.people = [self._person(surname) for surname in rng.sample(SURNAMES, rng.randint(2, 4))]
        self.current = self.people[0]
        self.introduced = {self.people[0]["surname"]}

    def _person(self, surname: str) -> dict:
        rng = self.rng
        woman = rng.random() < 0.5
        first = rng.choice(WOMEN if woman else MEN)
        role = rng.choice(ROLES).format(org=rng.choice(ORGS), committee=rng.choice(COMMITTEES),
                                        place=rng.choice(PLACES), university=rng.choice(UNIVERSITIES))
        return {"full": f"{first} {surname}", "surname": surname, "role": role,
                "he": "she" if woman else "he", "title": rng.choice(["Ms", "Mrs"]) if woman else "Mr"}

    def _name(self) -> str:
        """The current person: full name and role the first time (news style), then the surname."""
        p = self.current
        if p["surname"] not in self.introduced:
            self.introduced.add(p["surname"])
            return f"{p['full']}, {p['role']},"
        return p["surname"]

    def _fill(self, template: str) -> str:
        rng, p = self.rng, self.current
        org = rng.choice(ORGS)
        places = rng.sample(PLACES, 2)
        surname = p["surname"] if p["surname"] in self.introduced else p["full"]
        if "{Full}" in template or "{Surname}" in template:
            self.introduced.add(p["surname"])
        return template.format(
            Full=p["full"], Surname=surname, place=places[0], place2=places[1], day=rng.choice(DAYS),
            number=rng.choice(COUNTS), money=rng.choice(MONEY), topic=rng.choice(TOPICS), thing=rng.choice(THINGS),
            org_cap=org[0].upper() + org[1:], Org_cap=org[0].upper() + org[1:], committee=rng.choice(COMMITTEES),
            outlet=rng.choice(OUTLETS))

    def _quote(self, sentences: int | None = None) -> str:
        n = sentences or self.rng.choice([1, 1, 2, 2, 3])
        return " ".join(self._fill(self.rng.choice(QUOTE_SENTENCES)) + self.rng.choice([".", ".", ".", "!"])
                        for _ in range(n))

    def _marks(self, text: str) -> str:
        if self.straight:
            return text.replace("“", '"').replace("”", '"')
        return text

    def paragraph(self) -> list[str]:
        """One or two paragraphs of a randomly chosen kind."""
        rng = self.rng
        kind = rng.choices(
            ["narrative", "indirect", "cue_after", "colon", "pronoun", "nominal", "partial", "multi",
             "according", "scare", "same_paragraph"],
            weights=[30, 8, 12, 8, 8, 5, 7, 4, 3, 3, 6])[0]
        if kind in ("cue_after", "colon", "partial", "same_paragraph", "multi", "according") or rng.random() < 0.2:
            self.current = rng.choice(self.people)
        if kind == "pronoun" and self.current["surname"] not in self.introduced:
            kind = "colon"  # a pronoun needs someone already named
        p = self.current
        q = self._quote()
        body = q[:-1]
        if kind == "narrative":
            return [" ".join(self._fill(rng.choice(NARRATIVE)) for _ in range(rng.randint(1, 3)))]
        if kind == "indirect":
            return [self._fill(rng.choice(INDIRECT)) + " " + self._fill(rng.choice(NARRATIVE))]
        if kind == "cue_after":
            name = self._name()
            if name.endswith(","):
                return [self._marks(f"“{body},” said {name[:-1]}.")]
            return [self._marks(f"“{body},” {name} said.")]
        if kind == "colon":
            verb = rng.choice(["said", "told " + rng.choice(OUTLETS), "added", "warned"])
            return [self._marks(f"{self._name()} {verb}: “{q}”")]
        if kind == "pronoun":
            if rng.random() < 0.5:
                return [self._marks(f"{p['he'].capitalize()} said: “{q}”")]
            return [self._marks(f"“{body},” {p['he']} added.")]
        if kind == "nominal":
            org = rng.choice(ORGS)
            if rng.random() < 0.5:
                return [self._marks(f"A spokesman for {org} said: “{q}”")]
            return [self._marks(f"“{body},” a senior government source said.")]
        if kind == "partial":
            name = self._name()
            name = f"{p['title']} {name}" if name == p["surname"] else name
            return [self._marks(f"{name} branded {rng.choice(TOPICS)} "
                                f"“{rng.choice(FRAGMENTS)}” and called for an urgent review.")]
        if kind == "multi":
            return [self._marks(f"{self._name()} said: “{self._quote(2)}"), self._marks(f"“{self._quote(2)}”")]
        if kind == "according":
            self.introduced.add(p["surname"])
            return [f"According to {p['full']}, {rng.choice(THINGS)} will cost {rng.choice(MONEY)} more next year."]
        if kind == "scare":
            return [self._marks(f"Critics say the so-called “{rng.choice(SCARE_TERMS)}” agenda has stalled in "
                                f"{rng.choice(PLACES)}.")]
        # same_paragraph: “A,” X said. “B.”
        name = self._name()
        name = f"said {name[:-1]}" if name.endswith(",") else f"{name} said"
        return [self._marks(f"“{body},” {name}. “{self._quote(1)}”")]

    def article(self) -> str:
        rng = self.rng
        p = self.people[0]
        title = f"{p['full']} under pressure over {rng.choice(TOPICS)}"
        lead = f"{p['full']}, {p['role']}, faced questions over {rng.choice(TOPICS)} {rng.choice(DAYS)}."
        paragraphs = [lead]
        while len(paragraphs) < rng.randint(10, 24):
            paragraphs.extend(self.paragraph())
        # blank lines between paragraphs, as in seeds/, or one paragraph per line, as in many feeds
        separator = "\n\n" if rng.random() < 0.7 else "\n"
        return title + "\n\n" + separator.join(paragraphs) + "\n"


def count_words(text: str) -> int:
    return len(text.split())


def generate_articles(words: int, *, seed: int = DEFAULT_SEED, seeds_dir: Path = DEFAULT_SEEDS_DIR,
                      seed_every: int = DEFAULT_SEED_EVERY) -> Iterator[Article]:
    """Articles, lazily, until about `words` words: generated ones with a real one from seeds/ between."""
    rng = random.Random(seed)
    real = sorted(seeds_dir.glob("*.txt")) if seeds_dir.is_dir() else []
    total = n = 0
    while total < words:
        if real and n % (seed_every + 1) == seed_every:
            path = real[(n // (seed_every + 1)) % len(real)]
            article = Article(f"{path.name}#{n}", f"{path.name}#{n}", path.read_text(encoding="utf-8"))
        else:
            article = Article(f"generated-{n:06d}", f"generated-{n:06d}", _Writer(rng).article())
        total += count_words(article.text)
        n += 1
        yield article


# ---- measuring ------------------------------------------------------------------------------------
def _reset_peak_rss() -> bool:
    """Reset this process's peak RSS (Linux clear_refs), so each run reports its own peak."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def _peak_rss_mib() -> float:
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    # ru_maxrss is in KiB on Linux and bytes on macOS; it never goes down, so it is a lifetime peak
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if platform.system() == "Darwin" else peak / 1024


def measure_baseline(nlp, words: int, *, seed: int, batch_size: int) -> dict:
    """Bare `nlp.pipe` over the corpus: the physical floor for anything that parses every word."""
    count = 0

    def texts():
        nonlocal count
        for article in generate_articles(words, seed=seed):
            count += count_words(article.text)
            yield article.text

    _reset_peak_rss()
    start = time.perf_counter()
    for _doc in nlp.pipe(texts(), batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    return {"words": count, "seconds": seconds, "peak_rss_mib": _peak_rss_mib()}


def measure_pipeline(nlp, words: int, *, seed: int, batch_size: int, jobs: int = 1, **options) -> dict:
    """The whole extraction: normalise, parse, detect, attribute (coreference on), tag, make records."""
    from quotes.extract import process_articles

    count = quotes = 0

    def articles():
        nonlocal count
        for article in generate_articles(words, seed=seed):
            count += count_words(article.text)
            yield article

    _reset_peak_rss()
    start = time.perf_counter()
    for _article, found in process_articles(nlp, articles(), batch_size=batch_size, n_process=jobs, **options):
        quotes += len(found)
    seconds = time.perf_counter() - start
    result = {"words": count, "seconds": seconds, "quotes": quotes, "jobs": jobs, "peak_rss_mib": _peak_rss_mib()}
    if jobs > 1:
        # the workers' own peak (the largest of them), as the OS reports it once they have exited
        result["workers_peak_rss_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return result


def measure_rerun(nlp, words: int, *, seed: int, changed_share: float = 0.01) -> dict:
    """A full run into a fresh --store, then a rerun after editing `changed_share` of the files."""
    import tempfile

    from quotes.extract import extract_quotes

    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        paths = []
        for n, article in enumerate(generate_articles(words, seed=seed)):
            path = folder / f"{n:06d}.txt"
            path.write_text(article.text, encoding="utf-8")
            paths.append(path)
        store = Path(tmp) / "quotes.db"
        start = time.perf_counter()
        full = extract_quotes([str(folder)], nlp=nlp, store=store)
        full_seconds = time.perf_counter() - start
        # edit 1% of the files, rounded up and spread through the corpus: a new paragraph at the end, as a
        # corrected story gets
        count = math.ceil(changed_share * len(paths))
        changed = [paths[k * len(paths) // count] for k in range(count)]
        for path in changed:
            path.write_text(path.read_text(encoding="utf-8") + "\nThis article has been updated.\n", encoding="utf-8")
        start = time.perf_counter()
        rerun = extract_quotes([str(folder)], nlp=nlp, store=store)
        rerun_seconds = time.perf_counter() - start
    return {
        "files": len(paths), "changed_files": len(changed), "full_seconds": full_seconds,
        "rerun_seconds": rerun_seconds, "rerun_share": rerun_seconds / full_seconds,
        "reparsed": rerun.processed, "reused": rerun.reused, "same_quote_count": len(full.quotes) == len(rerun.quotes),
    }


def check_equal(words: int, *, seed: int) -> int:
    """Extract seeds/, the gold sets and a generated corpus twice: with coreferee on whole documents and
    every article parsed (the reference), then as the pipeline runs by default; return how many quotes
    differ in anything but the sieve that named the same speaker."""
    from quotes.extract import process_articles
    from quotes.pipeline import load_pipeline

    def corpus() -> Iterator[Article]:
        for folder in CHECK_FOLDERS:
            for path in sorted((ROOT / folder).glob("*.txt")):
                yield Article(str(path), path.name, path.read_text(encoding="utf-8"))
        yield from generate_articles(words, seed=seed)

    reference = load_pipeline(windowed_coreference=False)
    default = load_pipeline()
    pairs = zip(process_articles(reference, corpus(), skip_unquoted=False), process_articles(default, corpus()))
    differing = method_only = total = 0
    for (article, expected), (_same, found) in pairs:
        total += len(expected)
        if expected != found:
            for a, b in zip(expected, found):
                if a != b:
                    # the same row but for the sieve that decided it (and so its confidence)
                    same_row = dataclasses.replace(b, method=a.method, confidence=a.confidence,
                                                   speaker_mention=a.speaker_mention) == a
                    method_only += same_row
                    differing += not same_row
                    print(f"{article.source} {a.start}: {a.speaker_mention!r} {a.method} != "
                          f"{b.speaker_mention!r} {b.method}", file=sys.stderr)
            differing += abs(len(expected) - len(found))
    print(f"{total} quotes: {differing} differ between the reference and the default pipeline, "
          f"{method_only} more only in the sieve that found the same speaker")
    return differing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES),
                        help="corpus sizes in words, comma-separated (default %(default)s)")
    parser.add_argument("--jobs", type=int, default=DEFAULT_JOBS,
                        help="also run the pipeline with this many worker processes on the largest size "
                             "(1 to skip; default %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed of the generated articles")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="nlp.pipe batch size")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON,
                        help="where to write the summary (default %(default)s)")
    parser.add_argument("--check", type=int, metavar="WORDS",
                        help="instead of timing, check that the pipeline gives the same quotes as coreferee on "
                             "whole documents with every article parsed, on seeds/, the gold sets and this many "
                             "generated words")
    parser.add_argument("--reference", action="store_true",
                        help="also time, on the largest size, the reference: coreferee on every whole document "
                             "and every article parsed (the pipeline before issue 5)")
    parser.add_argument("--rerun", action="store_true",
                        help="also time, on the largest size, a --store rerun after editing 1%% of the files")
    parser.add_argument("--dump", type=int, metavar="WORDS", help="print a corpus of this many words and exit")
    args = parser.parse_args(argv)

    if args.dump:
        for article in generate_articles(args.dump, seed=args.seed):
            print(f"=== {article.source}\n{article.text}")
        return 0
    if args.check:
        return 1 if check_equal(args.check, seed=args.seed) else 0

    import spacy

    from quotes.extract import process_articles
    from quotes.pipeline import DEFAULT_MODEL, load_pipeline

    sizes = sorted(int(s) for s in args.sizes.split(","))
    bare = spacy.load(DEFAULT_MODEL)
    pipeline = load_pipeline()
    without_coref = load_pipeline(coreference=False)
    # Warm up first: spaCy's memory grows over the first two batches of a run and stays flat after
    # that, and first calls fill caches. Without this the smallest size would look cheaper in memory.
    warm = list(islice(generate_articles(10**9, seed=args.seed + 1), 2 * args.batch_size))
    list(bare.pipe((a.text for a in warm), batch_size=args.batch_size))
    list(process_articles(pipeline, warm, batch_size=args.batch_size))
    list(process_articles(without_coref, warm[:4]))

    rows = []
    print(f"{'words':>9} {'baseline w/s':>13} {'pipeline w/s':>13} {'ratio':>6} "
          f"{'base s/1k':>10} {'pipe s/1k':>10} {'base RSS':>9} {'pipe RSS':>9} {'quotes':>7}")
    for size in sizes:
        a = measure_baseline(bare, size, seed=args.seed, batch_size=args.batch_size)
        b = measure_pipeline(pipeline, size, seed=args.seed, batch_size=args.batch_size)
        row = {
            "words": a["words"],
            "baseline_words_per_s": a["words"] / a["seconds"],
            "pipeline_words_per_s": b["words"] / b["seconds"],
            "ratio": a["seconds"] / b["seconds"],
            "baseline_s_per_1k_words": 1000 * a["seconds"] / a["words"],
            "pipeline_s_per_1k_words": 1000 * b["seconds"] / b["words"],
            "baseline_peak_rss_mib": a["peak_rss_mib"],
            "pipeline_peak_rss_mib": b["peak_rss_mib"],
            "quotes": b["quotes"],
            "pipeline_seconds": b["seconds"],
        }
        rows.append(row)
        print(f"{row['words']:>9,} {row['baseline_words_per_s']:>13,.0f} {row['pipeline_words_per_s']:>13,.0f} "
              f"{row['ratio']:>6.2f} {row['baseline_s_per_1k_words']:>10.3f} {row['pipeline_s_per_1k_words']:>10.3f} "
              f"{row['baseline_peak_rss_mib']:>8.0f}M {row['pipeline_peak_rss_mib']:>8.0f}M {row['quotes']:>7,}",
              flush=True)

    largest = rows[-1]
    summary = {
        "command": "scripts/bench.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "seed": args.seed,
        "batch_size": args.batch_size,
        "sizes": rows,
        "rss_growth": largest["pipeline_peak_rss_mib"] / rows[0]["pipeline_peak_rss_mib"] - 1,
    }
    # where the time goes: the same corpus without coreference
    c = measure_pipeline(without_coref, sizes[-1], seed=args.seed, batch_size=args.batch_size)
    summary["without_coreference"] = {
        "words": c["words"],
        "pipeline_words_per_s": c["words"] / c["seconds"],
        "ratio": (largest["baseline_s_per_1k_words"] * c["words"] / 1000) / c["seconds"],
    }
    print(f"without coreference on {c['words']:,} words: {c['words'] / c['seconds']:,.0f} w/s, "
          f"ratio {summary['without_coreference']['ratio']:.2f}")
    if args.reference:
        reference = load_pipeline(windowed_coreference=False)
        list(process_articles(reference, warm[:4], skip_unquoted=False))
        r = measure_pipeline(reference, sizes[-1], seed=args.seed, batch_size=args.batch_size, skip_unquoted=False)
        summary["reference"] = {
            "words": r["words"],
            "pipeline_words_per_s": r["words"] / r["seconds"],
            "ratio": (largest["baseline_s_per_1k_words"] * r["words"] / 1000) / r["seconds"],
            "same_quote_count": r["quotes"] == largest["quotes"],
        }
        print(f"reference (whole-document coreferee) on {r['words']:,} words: {r['words'] / r['seconds']:,.0f} w/s, "
              f"ratio {summary['reference']['ratio']:.2f}")
    if args.jobs > 1:
        many = measure_pipeline(pipeline, sizes[-1], seed=args.seed, batch_size=args.batch_size, jobs=args.jobs)
        summary["jobs"] = {
            "words": many["words"],
            "jobs": args.jobs,
            "one_job_words_per_s": largest["pipeline_words_per_s"],
            "n_jobs_words_per_s": many["words"] / many["seconds"],
            "speedup": largest["pipeline_seconds"] / many["seconds"],
            "workers_peak_rss_mib": many.get("workers_peak_rss_mib"),
            "same_quote_count": largest["quotes"] == many["quotes"],
        }
        j = summary["jobs"]
        print(f"jobs on {j['words']:,} words: 1 job {j['one_job_words_per_s']:,.0f} w/s, {args.jobs} jobs "
              f"{j['n_jobs_words_per_s']:,.0f} w/s, speedup {j['speedup']:.2f}x")
    if args.rerun:
        r = measure_rerun(pipeline, sizes[-1], seed=args.seed)
        summary["rerun"] = r
        print(f"rerun with {r['changed_files']} of {r['files']:,} files changed: {r['rerun_seconds']:.2f}s against "
              f"{r['full_seconds']:.2f}s for the first run ({r['rerun_share']:.1%}), {r['reparsed']} re-parsed")
    print(f"peak RSS growth from {rows[0]['words']:,} to {largest['words']:,} words: {summary['rss_growth']:+.1%}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(f"summary written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

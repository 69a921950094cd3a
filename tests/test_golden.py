"""Golden files: the CLI's outputs on seeds/ are byte-identical to the reviewed ones (scripts/regen_golden.py)."""

import os

import pytest

from scripts.regen_golden import COMMANDS, GOLDEN, ROOT, run


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_output_on_seeds_matches_the_golden_file(name, tmp_path, nlp):
    os.chdir(ROOT)
    out = tmp_path / name
    run(name, out)
    expected = (GOLDEN / name).read_bytes()
    assert out.read_bytes() == expected, f"{name} changed; review and run: python scripts/regen_golden.py"


@pytest.mark.parametrize("beside", ["index_seeds.quotes.csv", "index_seeds.articles.csv"])
def test_index_tables_beside_match_the_golden_files(beside, tmp_path, nlp):
    os.chdir(ROOT)
    run("index_seeds.csv", tmp_path / "index_seeds.csv")
    assert (tmp_path / beside).read_bytes() == (GOLDEN / beside).read_bytes()


def test_extract_text_is_exactly_the_source_slice():
    import json

    for line in (GOLDEN / "extract_seeds.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        source = (ROOT / row["source"]).read_text(encoding="utf-8")
        assert source[row["start"]:row["end"]] == row["text"]

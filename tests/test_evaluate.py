"""The gold sets: the seeds must stay near perfect; the attribution set guards against regressions."""

import json

import pytest

from quotes.errors import GoldError
from quotes.evaluate import GoldQuote, evaluate, format_report, load_gold
from quotes.extract import extract_quotes
from quotes.model import Quote
from tests.conftest import GOLD, SEEDS


@pytest.fixture(scope="module")
def seed_score(seed_extraction):
    return evaluate(seed_extraction.quotes, load_gold(GOLD / "seeds.jsonl"))


def test_seed_recall_and_speaker_accuracy_stay_at_least_095(seed_score):
    assert seed_score.recall >= 0.95
    assert seed_score.speaker_accuracy >= 0.95


def test_seed_precision_and_kinds(seed_score):
    assert seed_score.precision >= 0.95
    assert seed_score.kind_accuracy >= 0.95


def test_seed_gold_snippets_stand_at_their_offsets():
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    gold = load_gold(GOLD / "seeds.jsonl", texts=texts)
    assert len(gold) >= 45


def _score_gold_set(nlp, name: str):
    folder = GOLD / name
    extraction = extract_quotes([str(folder)], nlp=nlp, kinds=("direct", "partial", "scare"))
    return evaluate(extraction.quotes, load_gold(folder / "gold.jsonl"))


@pytest.fixture(scope="module")
def attribution_score(nlp):
    return _score_gold_set(nlp, "attribution")


@pytest.fixture(scope="module")
def news_score(nlp):
    return _score_gold_set(nlp, "news")


@pytest.mark.parametrize("score", ["attribution_score", "news_score"])
def test_gold_set_detection(score, request):
    result = request.getfixturevalue(score)
    assert result.recall >= 0.97
    assert result.precision >= 0.97


def test_attribution_set_speaker_accuracy_does_not_regress(attribution_score):
    # measured 0.95 when this floor was set; the floor sits a little below to absorb model noise
    assert attribution_score.speaker_accuracy >= 0.92
    assert attribution_score.named_speaker_accuracy >= 0.92


def test_news_set_named_speakers(news_score):
    # written blind to the attributor in twenty-two batches; measured 0.968 with z01-z12 in, after a round on
    # it, and the floor sits a little below it to absorb model noise
    assert news_score.named_speaker_accuracy >= 0.95


def _write_gold(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_gold_with_a_missing_field_is_rejected_with_its_line(tmp_path):
    path = _write_gold(tmp_path, [{"doc": "a.txt", "start": 0, "snippet": "x", "speaker": ""}])
    with pytest.raises(GoldError, match="line 1 lacks kind"):
        load_gold(path)


def test_gold_snippet_off_its_offset_is_rejected(tmp_path):
    path = _write_gold(tmp_path, [{"doc": "a.txt", "start": 3, "snippet": "hello", "speaker": "", "kind": "scare"}])
    with pytest.raises(GoldError, match="does not stand at offset 3"):
        load_gold(path, texts={"a.txt": "“hello”"})


def test_details_list_each_quote_with_the_wrong_speaker_or_kind():
    text = "“Not acceptable,” said Ann Lee. Fans called it “the Wall”."
    gold = [GoldQuote("a.txt", 1, 16, "Not acceptable,", "Ann Lee", "direct"),
            GoldQuote("a.txt", 48, 56, "the Wall", "", "scare")]
    common = dict(source="a.txt", doc_id="a.txt", paragraph=0, depth=0, speaker_type="person", speaker_mention="",
                  speaker_description="", cue="said", method="cue_adjacent", confidence=0.9, topics=(), context=text)
    quotes = [Quote(quote_id="1", start=1, end=16, kind="direct", speaker="Bo Ray", text="Not acceptable,", **common),
              Quote(quote_id="2", start=48, end=56, kind="partial", speaker="", text="the Wall", **common)]
    report = format_report(evaluate(quotes, gold), details=True)
    assert "speaker   a.txt:1 gold 'Ann Lee' got 'Bo Ray'" in report
    assert "kind      a.txt:48 gold scare got partial 'the Wall'" in report

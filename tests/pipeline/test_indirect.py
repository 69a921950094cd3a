"""Indirect speech: reported clauses of speech verbs become `indirect` quotes; beliefs and wishes do not."""

import pytest


def indirect_spans(analyse, text):
    return [(text[s._.quote.start:s._.quote.end], s._.speaker, s._.speaker_type)
            for s in analyse(text) if s._.kind == "indirect"]


@pytest.mark.parametrize("text, clause, speaker", [
    ("Environment secretary Steve Reed said that the work was not funded by the party.",
     "the work was not funded by the party", "Steve Reed"),
    ("Ashworth warned his comrades to develop solid responses on transgender issues.",
     "his comrades to develop solid responses on transgender issues", "Ashworth"),
    ("The government will close 40 hotels, the Home Office announced.", "The government will close 40 hotels",
     "Home Office"),
    ("According to the Environmental Protection Agency, nine million homes still use lead pipes.",
     "nine million homes still use lead pipes", "Environmental Protection Agency"),
])
def test_reported_clauses_are_indirect_quotes(analyse, text, clause, speaker):
    found = indirect_spans(analyse, text)
    assert (clause, speaker) in [(c, s) for c, s, _ in found]


@pytest.mark.parametrize("text", [
    "Mr Reed thinks the plan will work.",
    "Ms Harris hopes voters will turn out.",
    "The minister wants the bill passed by June.",
    "Reporters asked whether the plan would work.",
])
def test_beliefs_wishes_and_questions_are_not_speech(analyse, text):
    assert indirect_spans(analyse, text) == []


def test_a_reported_clause_holding_a_quote_is_left_to_the_partial_quote(analyse):
    text = "Tom Cotton said the move was “another reason” to back the Republicans."
    kinds = [s._.kind for s in analyse(text)]
    assert kinds == ["partial"]

"""The name repairer (quotes/pipeline/names.py) mends PERSON entities before attribution reads them."""

from __future__ import annotations

import spacy

from quotes.pipeline.names import NameRepairer


def persons(doc) -> list[str]:
    return [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


def test_a_surname_with_an_apostrophe_joins_the_name(nlp):
    doc = nlp("‘We’ve been here since 1889,’ said club captain Ravi D’Souza. Later, Mary O'Hara arrived.")
    assert "Ravi D’Souza" in persons(doc)
    assert "Ravi" not in persons(doc)


def test_a_courtesy_title_before_a_first_name_makes_a_person(nlp):
    doc = nlp("The Bishop of Harwick, the Rt Rev Catherine Lowther, used her Easter Sunday sermon to speak.")
    assert any(name.endswith("Catherine Lowther") for name in persons(doc))


def test_the_quote_goes_to_the_whole_name(analyse):
    quotes = analyse("A cricket club has been left with a repair bill.\n"
                     "‘We’ve been here since 1889 and nothing like this has ever happened,’ said club captain Ravi D’Souza.")
    assert quotes[0]._.speaker == "Ravi D’Souza"


def test_organisations_without_a_titled_first_name_stay_organisations():
    nlp = spacy.blank("en")
    doc = nlp("Dr Martens and the Royal College of Nursing and Mr Ashworth spoke")
    doc.set_ents([spacy.tokens.Span(doc, 0, 2, label="ORG"), spacy.tokens.Span(doc, 4, 8, label="ORG"),
                  spacy.tokens.Span(doc, 9, 11, label="ORG")])
    repaired = NameRepairer()(doc)
    assert [(e.text, e.label_) for e in repaired.ents] == [
        ("Dr Martens", "ORG"), ("Royal College of Nursing", "ORG"), ("Mr Ashworth", "ORG")]


def test_a_titled_first_name_labelled_as_a_place_becomes_a_person():
    nlp = spacy.blank("en")
    doc = nlp("Cllr Sarah Khan said no")
    doc.set_ents([spacy.tokens.Span(doc, 0, 3, label="GPE")])
    assert [(e.text, e.label_) for e in NameRepairer()(doc).ents] == [("Cllr Sarah Khan", "PERSON")]


def test_role_words_before_a_full_name_make_a_person_but_a_two_word_bank_stays():
    nlp = spacy.blank("en")
    doc = nlp("Appropriations Chair Renata Ibarra and Morgan Stanley and Harwick City Council spoke")
    doc.set_ents([spacy.tokens.Span(doc, 0, 4, label="ORG"), spacy.tokens.Span(doc, 5, 7, label="ORG"),
                  spacy.tokens.Span(doc, 8, 11, label="ORG")])
    assert [(e.text, e.label_) for e in NameRepairer()(doc).ents] == [
        ("Appropriations Chair Renata Ibarra", "PERSON"), ("Morgan Stanley", "ORG"), ("Harwick City Council", "ORG")]


def test_an_organisation_cut_at_and_runs_on_to_its_organisation_word():
    nlp = spacy.blank("en")
    doc = nlp("Greater Manchester Fire and Rescue Service said so, as did Marks and Spencer staff")
    doc.set_ents([spacy.tokens.Span(doc, 0, 3, label="ORG"), spacy.tokens.Span(doc, 11, 12, label="ORG")])
    assert [e.text for e in NameRepairer()(doc).ents] == ["Greater Manchester Fire and Rescue Service", "Marks"]


def test_an_organisation_cut_before_and_takes_in_the_words_before_it():
    nlp = spacy.blank("en")
    doc = nlp("Firefighters came. Greater Manchester Fire and Rescue Service said so")
    doc[3].is_sent_start = True
    doc.set_ents([spacy.tokens.Span(doc, 7, 9, label="ORG")])
    assert [e.text for e in NameRepairer()(doc).ents] == ["Greater Manchester Fire and Rescue Service"]


def test_a_name_the_article_also_writes_with_ms_is_a_person():
    nlp = spacy.blank("en")
    doc = nlp("Defending, Sophie Marchant said so. Ms Marchant added more.")
    doc.set_ents([spacy.tokens.Span(doc, 2, 4, label="ORG")])
    assert [(e.text, e.label_) for e in NameRepairer()(doc).ents] == [("Sophie Marchant", "PERSON")]


def test_a_name_with_an_age_or_an_indefinite_apposition_is_a_person():
    nlp = spacy.blank("en")
    doc = nlp("Goran , 62 , runs a bakery . Siân Rowlands , a senior fellow , spoke . Jackson Hole is cold")
    doc.set_ents([spacy.tokens.Span(doc, 0, 1, label="GPE"), spacy.tokens.Span(doc, 8, 10, label="GPE"),
                  spacy.tokens.Span(doc, 17, 19, label="GPE")])
    assert [(e.text, e.label_) for e in NameRepairer()(doc).ents] == [
        ("Goran", "PERSON"), ("Siân Rowlands", "PERSON"), ("Jackson Hole", "GPE")]


def test_a_lone_person_word_the_text_also_writes_after_in_is_a_place():
    nlp = spacy.blank("en")
    doc = nlp("Wellbridge loved her plays . She worked in Wellbridge . Jo Carrow met Carrow in Carrow's office")
    doc.set_ents([spacy.tokens.Span(doc, 0, 1, label="PERSON"), spacy.tokens.Span(doc, 10, 12, label="PERSON"),
                  spacy.tokens.Span(doc, 13, 14, label="PERSON")])
    assert [(e.text, e.label_) for e in NameRepairer()(doc).ents] == [
        ("Wellbridge", "GPE"), ("Jo Carrow", "PERSON"), ("Carrow", "PERSON")]


def test_an_entity_stops_before_a_bracket_it_does_not_close():
    nlp = spacy.blank("en")
    doc = nlp("The National Bank of Vardania (NBV) cut rates")
    doc.set_ents([spacy.tokens.Span(doc, 0, 7, label="ORG")])
    assert [(e.text, e.label_) for e in NameRepairer()(doc).ents] == [("The National Bank of Vardania", "ORG")]


def test_an_organisation_cut_before_of_runs_on_over_its_capitalised_words():
    nlp = spacy.blank("en")
    doc = nlp("the Pennsylvania Office of Attorney General said so")
    doc.set_ents([spacy.tokens.Span(doc, 0, 3, label="ORG")])
    assert [(e.text, e.label_) for e in NameRepairer()(doc).ents] == [("the Pennsylvania Office of Attorney General", "ORG")]


def test_a_person_entity_never_starts_with_a_lower_case_word():
    nlp = spacy.blank("en")
    doc = nlp("Connor Blaine , 29 , knifed Liam Ashcroft , 38 , in Calder Street")
    doc.set_ents([spacy.tokens.Span(doc, 0, 2, label="PERSON"), spacy.tokens.Span(doc, 5, 8, label="PERSON")])
    assert [e.text for e in NameRepairer()(doc).ents] == ["Connor Blaine", "Liam Ashcroft"]

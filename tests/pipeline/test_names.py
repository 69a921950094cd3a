"""The name repairer (quotes/pipeline/names.py) mends PERSON entities before attribution reads them."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from quotes.pipeline.names import NameRepairer


def persons(doc) -> list[str]:
    return [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


def labelled(doc) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in doc.ents]


def repair(text: str, *ents: tuple[int, int, str], sentence_starts: tuple[int, ...] = ()) -> Doc:
    """The repairer's output for a blank-tokenised text with the given (start, end, label) entities."""
    doc = spacy.blank("en")(text)
    for i in sentence_starts:
        doc[i].is_sent_start = True
    doc.set_ents([Span(doc, start, end, label=label) for start, end, label in ents])
    return NameRepairer()(doc)


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
    repaired = repair("Dr Martens and the Royal College of Nursing and Mr Ashworth spoke",
                      (0, 2, "ORG"), (4, 8, "ORG"), (9, 11, "ORG"))
    assert labelled(repaired) == [
        ("Dr Martens", "ORG"), ("Royal College of Nursing", "ORG"), ("Mr Ashworth", "ORG")]


def test_a_titled_first_name_labelled_as_a_place_becomes_a_person():
    repaired = repair("Cllr Sarah Khan said no", (0, 3, "GPE"))
    assert labelled(repaired) == [("Cllr Sarah Khan", "PERSON")]


def test_role_words_before_a_full_name_make_a_person_but_a_two_word_bank_stays():
    repaired = repair("Appropriations Chair Renata Ibarra and Morgan Stanley and Harwick City Council spoke",
                      (0, 4, "ORG"), (5, 7, "ORG"), (8, 11, "ORG"))
    assert labelled(repaired) == [
        ("Appropriations Chair Renata Ibarra", "PERSON"), ("Morgan Stanley", "ORG"), ("Harwick City Council", "ORG")]


def test_a_district_and_its_number_before_a_title_and_a_full_name_make_a_person():
    repaired = repair("District 5 Councilwoman Marisol Treviño and Harwick District Council spoke",
                      (0, 5, "ORG"), (6, 9, "ORG"))
    assert labelled(repaired) == [("District 5 Councilwoman Marisol Treviño", "PERSON"), ("Harwick District Council", "ORG")]


def test_person_entities_with_nothing_between_them_are_one_name():
    repaired = repair("Chief Minister Syed Murad Ali Shah visited", (2, 4, "PERSON"), (4, 6, "PERSON"))
    assert labelled(repaired) == [("Syed Murad Ali Shah", "PERSON")]


def test_an_organisation_cut_at_and_runs_on_to_its_organisation_word():
    repaired = repair("Greater Manchester Fire and Rescue Service said so, as did Marks and Spencer staff",
                      (0, 3, "ORG"), (11, 12, "ORG"))
    assert [e.text for e in repaired.ents] == ["Greater Manchester Fire and Rescue Service", "Marks"]


def test_an_organisation_cut_before_and_takes_in_the_words_before_it():
    repaired = repair("Firefighters came. Greater Manchester Fire and Rescue Service said so", (7, 9, "ORG"),
                      sentence_starts=(3,))
    assert [e.text for e in repaired.ents] == ["Greater Manchester Fire and Rescue Service"]


def test_a_name_the_article_also_writes_with_ms_is_a_person():
    repaired = repair("Defending, Sophie Marchant said so. Ms Marchant added more.", (2, 4, "ORG"))
    assert labelled(repaired) == [("Sophie Marchant", "PERSON")]


def test_a_name_with_an_age_or_an_indefinite_apposition_is_a_person():
    repaired = repair("Goran , 62 , runs a bakery . Siân Rowlands , a senior fellow , spoke . Jackson Hole is cold",
                      (0, 1, "GPE"), (8, 10, "GPE"), (17, 19, "GPE"))
    assert labelled(repaired) == [
        ("Goran", "PERSON"), ("Siân Rowlands", "PERSON"), ("Jackson Hole", "GPE")]


def test_a_lone_person_word_the_text_also_writes_after_in_is_a_place():
    repaired = repair("Wellbridge loved her plays . She worked in Wellbridge . Jo Carrow met Carrow in Carrow's office",
                      (0, 1, "PERSON"), (10, 12, "PERSON"), (13, 14, "PERSON"))
    assert labelled(repaired) == [
        ("Wellbridge", "GPE"), ("Jo Carrow", "PERSON"), ("Carrow", "PERSON")]


def test_an_entity_stops_before_a_bracket_it_does_not_close():
    repaired = repair("The National Bank of Vardania (NBV) cut rates", (0, 7, "ORG"))
    assert labelled(repaired) == [("The National Bank of Vardania", "ORG")]


def test_an_organisation_cut_before_of_runs_on_over_its_capitalised_words():
    repaired = repair("the Pennsylvania Office of Attorney General said so", (0, 3, "ORG"))
    assert labelled(repaired) == [("the Pennsylvania Office of Attorney General", "ORG")]


def test_a_person_entity_never_starts_with_a_lower_case_word():
    repaired = repair("Connor Blaine , 29 , knifed Liam Ashcroft , 38 , in Calder Street",
                      (0, 2, "PERSON"), (5, 8, "PERSON"))
    assert [e.text for e in repaired.ents] == ["Connor Blaine", "Liam Ashcroft"]


def test_a_name_described_as_a_person_in_apposition_is_a_person(nlp):
    doc = nlp("“They will not go back,” said Amara Diallo, head of the UN refugee agency's office in the city of Tesk.")
    assert "Amara Diallo" in persons(doc)
    assert "Tesk" not in persons(doc)
    doc = nlp("Quayle’s editor at Marlow & Finch, Jonah Petrakis, has worked with her since 2009.")
    assert "Jonah Petrakis" in persons(doc)


def test_banks_in_a_list_between_commas_stay_organisations(nlp):
    doc = nlp("Big lenders including Barclays, Morgan Stanley, and Lloyds cut their rates on Monday.")
    assert "Morgan Stanley" not in persons(doc)


def test_a_lone_word_that_starts_a_company_name_is_the_company():
    repaired = repair("Corvane Systems Inc. grew . Corvane said so . Sara Corvane Reed did not",
                      (0, 3, "ORG"), (5, 6, "PERSON"), (9, 12, "PERSON"))
    assert labelled(repaired)[:2] == [("Corvane Systems Inc.", "ORG"), ("Corvane", "ORG")]
    kept = repair("Ford Motor grew . Ford said so . Harrison Ford did not", (0, 2, "ORG"), (4, 5, "PERSON"),
                  (8, 10, "PERSON"))
    assert ("Ford", "PERSON") in labelled(kept)


def test_a_name_never_starts_with_a_clitic_and_an_acronym_opens_a_body():
    repaired = repair("But that ’s Hester , she said . IDA Ireland said so", (2, 4, "PERSON"), (8, 10, "PERSON"))
    assert labelled(repaired) == [("Hester", "PERSON"), ("IDA Ireland", "ORG")]


def test_a_hyphenated_particle_joins_the_surname_and_a_month_starts_no_name():
    repaired = repair("said al-Mansouri . In February Aldermoor promised more", (3, 4, "PERSON"), (6, 8, "ORG"))
    assert labelled(repaired) == [("al-Mansouri", "PERSON"), ("Aldermoor", "ORG")]


def test_a_known_first_name_the_recogniser_left_out_joins_the_surname(nlp):
    doc = nlp("It's 4:40 a.m. when Jerome Whitaker pulls into his mother's driveway in Millhaven. Dolores Whitaker "
              "is already waiting on the porch.")
    assert "Dolores Whitaker" in persons(doc)


def test_a_name_after_a_title_the_parser_calls_a_proper_noun_is_a_person(nlp):
    doc = nlp("But the shadow water minister, Marcus Delaney, said the approach amounted to “tough talk”.")
    assert "Marcus Delaney" in persons(doc)


def test_a_name_closing_a_title_s_place_is_a_person(nlp):
    doc = nlp("Welsh Conservative MS for South Wales East Aled Pugh said the figures were grim. Mr Pugh asked for "
              "answers.")
    assert "Aled Pugh" in persons(doc)
    # a place the title names is not a name when the article never writes its last word alone
    doc = nlp("The MP for Bury North East said the figures were grim.")
    assert not any(name.endswith("North East") for name in persons(doc))


def test_a_personal_title_makes_the_capitalised_words_after_it_a_person(nlp):
    doc = nlp("The hospital's chief executive, Dr Thabo Molefe, admitted the wards were full.")
    assert "Thabo Molefe" in persons(doc)


def test_a_party_before_a_title_and_a_name_is_no_person(nlp):
    doc = nlp("Sinn Féin MLA Declan Kearney raised the issue.")
    assert "Declan Kearney" in persons(doc)
    assert not any("Sinn" in name for name in persons(doc))


def test_a_body_cut_at_and_runs_back_over_what_its_acronym_spells():
    doc = repair("In a statement , the Trinidad and Tobago Police Service ( TTPS ) said so .",
                 (5, 6, "GPE"), (7, 10, "ORG"))
    assert labelled(doc) == [("Trinidad and Tobago Police Service", "ORG")]
    # (an acronym that the words before do not spell leaves the body as it was)
    doc = repair("Officers of Kent and Tobago Police Service ( TTPS ) said so .", (2, 3, "GPE"), (4, 7, "ORG"))
    assert labelled(doc) == [("Kent", "GPE"), ("Tobago Police Service", "ORG")]


def test_a_body_after_the_runs_back_over_and():
    doc = repair("The Layerthorpe and Foss Residents ' Association said so .", (1, 2, "GPE"), (3, 7, "ORG"))
    assert labelled(doc) == [("Layerthorpe and Foss Residents ' Association", "ORG")]

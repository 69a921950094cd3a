"""Name cleaning and merging: tables of mentions and the names they become."""

import pytest

from quotes.speakers import (ArticleNames, canonical_names, clean_name, first_names_match, is_first_name, name_gender,
                             without_unused_middle_name)


@pytest.mark.parametrize("mention, expected", [
    ("Jonathan Ashworth", "Jonathan Ashworth"),
    ("Mr Ashworth", "Ashworth"),
    ("Mr. Ashworth", "Ashworth"),
    ("Sir Keir Starmer", "Keir Starmer"),
    ("Ex-Labour MP Jonathan Ashworth", "Jonathan Ashworth"),
    ("Pastor Mark Burns", "Mark Burns"),
    ("Donald J. Trump", "Donald Trump"),
    ("Donald Trump’s", "Donald Trump"),
    ("Harris'", "Harris"),
    ("Ruth Cadbury MP", "Ruth Cadbury"),
    ("Prime Minister Keir Starmer", "Keir Starmer"),
    ("Siobhan O’Neill", "Siobhan O’Neill"),
    ("Skipper Lewis Hartnell", "Lewis Hartnell"),
    ("Dr Amira Patel", "Amira Patel"),
    ("Elspeth Mary Carrow", "Elspeth Carrow"),
    ("Gabriel García Márquez", "Gabriel García Márquez"),
    ("Coun Helen O’Donoghue", "Helen O’Donoghue"),
    ("Constantine Papadakis SC", "Constantine Papadakis"),
    ("Desmond “Bunny” Whyte", "Desmond Whyte"),
    ("Sen. Ramon \"Bong\" Salcedo", "Ramon Salcedo"),
    ("Shopkeeper Harjit Dhillon", "Harjit Dhillon"),
    ("Sr Agnes Nabirye", "Agnes Nabirye"),
])
def test_clean_name_strips_titles_possessives_and_initials(mention, expected):
    assert clean_name(mention) == expected


@pytest.mark.parametrize("a, b, same", [
    ("Jon", "Jonathan", True),
    ("Bill", "William", True),
    ("Dan", "Daniel", True),
    ("Jon", "John", False),
    ("Matt", "Mark", False),
])
def test_first_names_match_through_nicknames(a, b, same):
    assert first_names_match(a, b) is same


def test_article_names_resolve_surnames_and_honorifics_to_the_full_name():
    names = ArticleNames(["Jonathan Ashworth", "Will Marshall", "Matt Bennett"])
    assert names.resolve("Mr Ashworth") == "Jonathan Ashworth"
    assert names.resolve("Marshall") == "Will Marshall"
    assert names.resolve("Bennett’s") == "Matt Bennett"
    assert names.resolve("Colin Mortimer") == "Colin Mortimer"


def test_article_names_find_a_full_name_the_entity_recogniser_missed():
    names = ArticleNames([])
    names.add_from_text("Foreign Secretary David Lammy said so. Later, Lammy added more.", "Lammy")
    assert names.resolve("Lammy") == "David Lammy"


def test_a_surname_with_a_particle_finds_its_full_name_however_the_particle_is_written():
    names = ArticleNames([])
    names.add_from_text("Prof Ingrid de Vries agreed. “It is the symptom,” De Vries said.", "De Vries")
    assert names.resolve("De Vries") == "Ingrid de Vries"


def test_a_name_the_tagger_calls_a_body_is_a_person_unless_written_after_the():
    text = "Al Jazeera's Tarek Bensalah said the road was shut. Staff at the White House said nothing. House spoke."
    names = ArticleNames([])
    names.add_from_text(text, "Bensalah", not_people=["Tarek Bensalah"])
    names.add_from_text(text, "House", not_people=["White House"])
    assert names.resolve("Bensalah") == "Tarek Bensalah"
    assert names.resolve("House") == "House"


def test_a_first_name_in_a_pair_takes_the_surname_written_after_it():
    names = ArticleNames(["Tracey Pollard"])
    names.add_pair_from_text("Mother and daughter Jean and Tracey Pollard had waited since 7am.", "Jean")
    assert names.resolve_first_name("Jean") == "Jean Pollard"


def test_a_first_name_finds_the_full_name_the_recogniser_missed_where_the_surname_also_stands_alone():
    names = ArticleNames()
    text = "Clodagh Furlong has announced she is leaving.\nThe couch won't be the same, Furlong."
    names.add_pair_from_text(text, "Clodagh")
    assert names.resolve_first_name("Clodagh") == "Clodagh Furlong"
    # a capitalised word never written alone is no surname: "Clodagh Said" would not make one
    lone = ArticleNames()
    lone.add_pair_from_text("Only Clodagh Lounge fans stayed up.", "Clodagh")
    assert lone.resolve_first_name("Clodagh") is None


def test_a_first_name_after_an_honorific_finds_the_one_person_with_it():
    names = ArticleNames(["Robert Ingleby", "Fiona Castellane"])
    assert names.resolve_first_name("Robert") == "Robert Ingleby"
    assert names.resolve_first_name("Oscar") is None


def test_canonical_names_merge_variants_across_articles():
    mapping = canonical_names(["Jon Ashworth", "Jonathan Ashworth", "Ashworth", "Donald Trump", "Trump"])
    assert mapping["Jon Ashworth"] == "Jonathan Ashworth"
    assert mapping["Ashworth"] == "Jonathan Ashworth"
    assert mapping["Trump"] == "Donald Trump"


def test_canonical_names_keep_two_people_with_one_surname_apart():
    mapping = canonical_names(["Sunil Patel", "Amira Patel", "Patel"])
    assert mapping["Sunil Patel"] == "Sunil Patel"
    assert mapping["Amira Patel"] == "Amira Patel"
    # a bare surname shared by two people is left as it is rather than guessed
    assert mapping["Patel"] == "Patel"


def test_aliases_add_to_and_override_the_merges():
    mapping = canonical_names(["Boris Johnson", "BoJo", "Jon Ashworth"],
                              aliases={"BoJo": "Boris Johnson", "Jon Ashworth": "J. Ashworth"})
    assert mapping["BoJo"] == "Boris Johnson"
    assert mapping["Jon Ashworth"] == "J. Ashworth"


@pytest.mark.parametrize("word, expected", [
    ("Catherine", True), ("Aimee-Leigh", True), ("Jean-Luc", True), ("Ames-Whitley", False), ("Stonebridge", False),
])
def test_first_names_include_two_joined_by_a_hyphen(word, expected):
    assert is_first_name(word) is expected


@pytest.mark.parametrize("name, gender", [
    ("Kamala Harris", "f"), ("Donald Trump", "m"), ("Ashworth", ""), ("Ashley Cole", ""),
    # first names of Nigeria, India, Malaysia and the Caribbean, which the census list lacks
    ("Chukwuemeka Obi", "m"), ("Funmilayo Ade", "f"), ("Hauwa Bello", "f"), ("Rajesh Kumar", "m"),
    ("Deepika Rao", "f"), ("Siti Aminah", "f"), ("Zulkifli Hamid", "m"), ("Shericka Walters", "f"),
    # two first names joined by a hyphen tell the sex where they agree
    ("Joni-Kay Barrett", "f"), ("Mary-Kate Olsen", "f"), ("Jean-Luc Martin", ""),
])
def test_name_gender_from_common_first_names(name, gender):
    assert name_gender(name) == gender


def test_a_company_and_its_chief_executive_title_leave_the_name():
    assert clean_name("Carrow Chief Executive Lydia Brannock") == "Lydia Brannock"


def test_a_pronoun_tells_namesakes_of_a_bare_surname_apart():
    names = ArticleNames(["Jerome Whitaker", "Jerome Whitaker", "Dolores Whitaker"])
    assert names.resolve("Whitaker") == "Jerome Whitaker"
    assert names.resolve("Whitaker", "f") == "Dolores Whitaker"
    # a pronoun of a sex no namesake has changes nothing
    assert ArticleNames(["Jerome Whitaker"]).resolve("Whitaker", "f") == "Jerome Whitaker"


def test_a_given_name_written_after_the_surname_keeps_the_whole_name():
    names = ArticleNames(["Bernard Ho Ka-leung", "Cheung Tak-wing"])
    assert names.resolve("Ho") == "Bernard Ho Ka-leung"
    assert names.resolve("Mr Cheung") == "Cheung Tak-wing"
    # found in the text, "Winnie Cheung" is not cut short of her given name
    names.add_from_text("Winnie Cheung Hoi-yan, an economist, said so. Cheung wrote:", "Cheung")
    assert "Winnie Cheung Hoi-yan" in names.names() and "Winnie Cheung" not in names.names()


def test_a_nickname_in_or_after_a_name_is_another_name_for_the_person():
    names = ArticleNames([])
    names.add_nicknames_from_text("STG president Theresa “Tess” Villanueva spoke. Former captain Danny Mulgrew, "
                                  "known to supporters as “Tank”, rang in.")
    assert names.resolve("Villanueva") == "Theresa Villanueva"
    assert names.resolve("Tess") == "Theresa Villanueva"
    assert names.resolve("Tank") == "Danny Mulgrew"


def test_given_names_alone_find_the_one_full_name_they_start():
    names = ArticleNames(["Nur Aisyah Hamzah", "Nur Aisyah", "Teo Kok Leong"])
    assert names.resolve("Ms Nur Aisyah") == "Nur Aisyah Hamzah"
    assert names.resolve("Kok Leong") == "Kok Leong"


def test_a_titled_surname_finds_the_chinese_name_it_starts():
    names = ArticleNames(["Teo Kok Leong", "Sharon Teo"])
    assert names.resolve("Mr Teo") == "Teo Kok Leong"
    assert names.resolve("Ms Teo") == "Sharon Teo"


def test_a_capitalised_pair_that_starts_a_body_name_is_nobody():
    names = ArticleNames()
    names.add_from_text("The Super Rugby Pacific final is on Friday. Super Rugby bosses met.", "Rugby",
                        not_people=["Super Rugby Pacific"])
    names.add_from_text("Constantine Papadakis SC argued for the defence.", "Papadakis",
                        not_people=["Constantine Papadakis SC"])
    assert names.names() == ["Constantine Papadakis"]


def test_a_team_written_with_a_quantifier_is_no_person():
    assert ArticleNames(["All Blacks", "Hamish Galloway"]).names() == ["Hamish Galloway"]


def test_a_diminutive_finds_the_one_full_name():
    names = ArticleNames(["Lachlan Brough", "Finn McAllister"])
    assert names.resolve_first_name("Lachie") == "Lachlan Brough"


def test_a_pet_form_cut_from_a_first_name_finds_the_one_full_name():
    names = ArticleNames(["Jordan Pike", "Sam Pike"])
    assert (names.resolve_first_name("Jordo"), names.resolve_first_name("Sammo"), names.resolve_first_name("Jo")) \
        == ("Jordan Pike", None, None)


def test_a_bare_surname_is_the_namesake_named_first():
    names = ArticleNames(["Eli Okafor", "Raymond Okafor", "Raymond Okafor", "Denise Okafor"])
    assert names.resolve("Okafor") == "Eli Okafor"


def test_a_spouse_given_only_a_first_name_shares_the_surname():
    names = ArticleNames(["Lance Whitby", "Carl Whitby"])
    names.add_from_text("Among them is the bungalow that Lance Whitby and his wife, Jan, bought in 1994.", "Whitby")
    assert names.resolve("Mrs Whitby") == "Jan Whitby"


def test_a_capitalised_pair_that_ends_a_body_name_is_nobody():
    names = ArticleNames()
    names.add_from_text("Patients at University Hospital Limerick waited. Hospital Limerick staff were tired.",
                        "Limerick", not_people=["University Hospital Limerick"])
    assert names.names() == []


def test_a_malay_given_name_of_two_words_is_kept_whole():
    assert clean_name("Ahmad Faizal Roslan") == "Ahmad Faizal Roslan"
    assert clean_name("Elspeth Mary Carrow") == "Elspeth Carrow"
    names = ArticleNames(["Ahmad Faizal Roslan", "Ahmad Faizal"])
    assert names.resolve("Faizal") == "Ahmad Faizal Roslan"


def test_a_title_in_capitals_is_stripped_but_a_surname_he_is_not():
    assert clean_name("HE Abdulla bin Nasser Al Marri") == "Abdulla bin Nasser Al Marri"
    assert clean_name("He Jiankui") == "He Jiankui"


def test_a_family_name_of_two_words_finds_the_one_fuller_name_it_ends():
    names = ArticleNames(["Mohd Hafiz Che Mat", "Abdulla bin Nasser Al Marri", "Teo Kok Leong",
                          "Ekerenyo MCA Esther Moraa"])
    assert names.resolve("Che Mat") == "Mohd Hafiz Che Mat"
    assert names.resolve("Al Marri") == "Abdulla bin Nasser Al Marri"
    assert names.resolve("Kok Leong") == "Kok Leong"


def test_titles_from_african_and_pacific_newsrooms_are_stripped():
    assert [clean_name(n) for n in ("Cde Tariro Mhlanga", "Nana Kwesi Arhin", "Ratu Meli Tuivanua",
                                    "Adi Salote Naivalu", "Madam Akosua Fosuaa", "Counsel Nihal Jayasekera")] == [
        "Tariro Mhlanga", "Kwesi Arhin", "Meli Tuivanua", "Salote Naivalu", "Akosua Fosuaa", "Nihal Jayasekera"]


def test_a_place_or_party_and_a_title_before_a_name_go():
    assert clean_name("Morvant MP Nadira Mc Kenzie") == "Nadira Mc Kenzie"
    assert clean_name("Tom Judge Smith") == "Tom Judge Smith"


def test_an_akan_day_name_is_dropped_like_a_middle_name():
    assert clean_name("Emmanuel Kojo Quaye") == "Emmanuel Quaye"


def test_a_matai_title_before_a_courtesy_title_goes_and_names_the_person_alone():
    assert clean_name("Aiono Dr. Fetu Leavasa") == "Fetu Leavasa"
    names = ArticleNames(["Aiono Dr. Fetu Leavasa"])
    assert names.resolve("Aiono") == "Fetu Leavasa"


def test_a_title_vouches_for_a_given_name_and_the_word_after_it():
    names = ArticleNames()
    text = "MetroLink chief executive Datuk Ir Azman Yusof told reporters. Azman said the work would take weeks."
    names.add_pair_from_text(text, "Azman")
    assert names.resolve_first_name("Azman") == "Azman Yusof"


def test_a_middle_word_goes_where_the_text_writes_the_surname_alone():
    text = "Mr Samuel Okai Lamptey said the river was dying. Lamptey said fines were too low."
    assert without_unused_middle_name("Samuel Okai Lamptey", text) == "Samuel Lamptey"
    # a compound surname the text writes again stays whole, and so does a name given only once
    text = "Luke Mifsud Bonnici said the plans were flawed. Mifsud Bonnici said the group would appeal."
    assert without_unused_middle_name("Luke Mifsud Bonnici", text) == "Luke Mifsud Bonnici"
    assert without_unused_middle_name("Luke Mifsud Bonnici", "Luke Mifsud Bonnici said so.") == "Luke Mifsud Bonnici"


def test_a_surname_written_with_a_particle_finds_the_full_name():
    names = ArticleNames()
    names.add_from_text("Morvant MP Nadira Mc Kenzie visited the family. Mc Kenzie said it was a shame.", "Kenzie")
    assert names.resolve("Mc Kenzie") == "Nadira Mc Kenzie"


def test_indonesian_hausa_and_philippine_forms_of_address_are_stripped():
    assert [clean_name(n) for n in ("Pak Budi Santoso", "Ibu Sri Mulyani", "Hajiya Aisha Bello",
                                    "Kagawad Elmer Cabahug", "Sheikha Hind bint Hamad Al Thani")] == [
        "Budi Santoso", "Sri Mulyani", "Aisha Bello", "Elmer Cabahug", "Hind bint Hamad Al Thani"]

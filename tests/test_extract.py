"""Cross-article speaker merging and user aliases on extracted quotes."""

import pytest

from quotes.errors import LexiconError
from quotes.extract import canonicalize, read_aliases
from tests.test_index import make_quote


def test_one_person_is_one_speaker_across_articles():
    quotes = [make_quote("a.txt", 0, "Jon Ashworth", ["other"]), make_quote("b.txt", 0, "Jonathan Ashworth", ["other"]),
              make_quote("c.txt", 0, "Ashworth", ["other"])]
    assert {q.speaker for q in canonicalize(quotes)} == {"Jonathan Ashworth"}


def test_aliases_override_the_automatic_merge(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,canonical\nJon Ashworth,Jon Ashworth MP\nBoJo,Boris Johnson\n", encoding="utf-8")
    aliases = read_aliases(path)
    quotes = [make_quote("a.txt", 0, "BoJo", ["other"]), make_quote("b.txt", 0, "Boris Johnson", ["other"]),
              make_quote("c.txt", 0, "Jon Ashworth", ["other"])]
    assert [q.speaker for q in canonicalize(quotes, aliases=aliases)] == ["Boris Johnson", "Boris Johnson",
                                                                         "Jon Ashworth MP"]


def test_alias_file_with_the_wrong_header_says_which_header_it_needs(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("name,other\nx,y\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="must be a CSV with the header 'alias,canonical'"):
        read_aliases(path)


def test_unnamed_sources_are_never_merged_into_a_name():
    quotes = [make_quote("a.txt", 0, "", ["other"], speaker_type="anonymous", description="a senior Labour figure")]
    assert canonicalize(quotes)[0].speaker == ""

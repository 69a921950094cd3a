"""Clean speaker names and merge the variants of one person into a canonical name (pure strings)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from quotes.resources import load_lines, load_pairs

_SPACES = str.maketrans({"\u00a0": " "})
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
# capitalised words that start sentences or phrases, never a first name ("But Gemma", "A Defra source")
# calendar words that never begin a name ("In February Aldermoor said"); May, June, April and August can
CALENDAR_WORDS = frozenset({"january", "february", "march", "september", "october", "november", "december",
                            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# prepositions that open a sentence with a place the recogniser may take for a name: "Near Vitthalwadi, Santosh Pawar"
OPENING_PREPOSITIONS = frozenset({"near", "outside", "inside", "at", "in", "on", "from", "across", "behind", "beside",
                                  "opposite", "along", "past", "beyond", "around", "within", "towards", "toward"})
NOT_FIRST_NAMES = frozenset("""
a an and as at after before but by during for from if in into it its last like meanwhile new next now of on or
our over said says since so some than that the their then these this those though told under unlike until when
where while with yet according asked speaking writing all both each every many most no neither either nor not
only even
""".split()) | CALENDAR_WORDS | OPENING_PREPOSITIONS
_CAPITALISED_WORD = r"[A-Z][\w'’-]+"
# a Cantonese or Korean given name, romanised with a hyphen and written after the surname: "Ho Ka-leung"
_GIVEN_NAME_WORD = r"[A-Z][a-z]+-[a-z]+"
_GIVEN_NAME_AFTER_SURNAME = re.compile(rf"^{_GIVEN_NAME_WORD}$")
# words that belong to the surname after them: "Niamh Ó Súilleabháin" is Ms Ó Súilleabháin (and the Maasai "ole":
# "Samuel ole Tiampati" is Ole Tiampati)
SURNAME_PARTICLES = frozenset({"ó", "o'", "ní", "nic", "mac", "mc", "de", "di", "da", "van", "von", "der", "den", "la", "le",
                               "del", "della", "al", "el", "bin", "bint", "binti", "binte", "ibn", "ap", "abu", "dela", "delos", "los", "las",
                               "du", "dos", "ter", "te", "ole"})
_LOWER_PARTICLES = "|".join(sorted(p for p in SURNAME_PARTICLES if p.isalpha() and p.isascii()))
# a nickname in quote marks between a first name and a surname: Theresa “Tess” Villanueva, Ramon “Bong” dela Cruz
# (of one word or two: Ernesto “Mang Erning” Villamor)
NICKNAMED = re.compile(rf"\b({_CAPITALISED_WORD}) [“\"‘']({_CAPITALISED_WORD}(?: {_CAPITALISED_WORD})?)[”\"’'] "
                       rf"((?:(?:{_LOWER_PARTICLES}) )*{_CAPITALISED_WORD})\b")
# or given after the name: Danny Mulgrew, known to supporters as “Tank”
_KNOWN_AS = re.compile(rf"\b({_CAPITALISED_WORD}) ({_CAPITALISED_WORD}),? (?:known(?: to [\w ]{{1,30}}?)? as|nicknamed) "
                       rf"[“\"‘']({_CAPITALISED_WORD})[”\"’']")
# the endings of pet forms cut from the front of a first name: Jordo, Mitchy, Matty
PET_ENDING = re.compile(r"(?:o|ie|y)$")
_EDGE_PUNCT = " ,.;:!?\"“”()[]-–—"


@lru_cache(maxsize=None)
def _honorifics() -> tuple[tuple[str, ...], ...]:
    # longest first, so "prime minister" is stripped before "minister"
    titles = [tuple(line.split()) for line in load_lines("honorifics.txt")]
    return tuple(sorted(titles, key=len, reverse=True))


@lru_cache(maxsize=None)
def _single_word_titles() -> frozenset[str]:
    return frozenset(title[0] for title in _honorifics() if len(title) == 1)


@lru_cache(maxsize=None)
def _capital_titles() -> frozenset[str]:
    return frozenset(load_lines("capital_titles.txt"))


@lru_cache(maxsize=None)
def _compound_given_names() -> frozenset[str]:
    return frozenset(load_lines("compound_given_names.txt"))


@lru_cache(maxsize=None)
def _suffixes() -> frozenset[str]:
    return frozenset(load_lines("name_suffixes.txt"))


@lru_cache(maxsize=None)
def _person_nouns() -> frozenset[str]:
    return frozenset(load_lines("person_nouns.txt"))


@lru_cache(maxsize=None)
def _formal_first_names() -> dict[str, str]:
    return {nick.lower(): formal.lower() for nick, formal in load_pairs("nicknames.csv", "nickname", "formal")}


def _bare(word: str) -> str:
    return word.lower().strip(".,")


@lru_cache(maxsize=None)
def _courtesy_titles() -> frozenset[str]:
    return frozenset(load_lines("courtesy_titles.txt"))


def title_before_courtesy_title(words: list[str]) -> str:
    """"Aiono Dr. Fetu Leavasa": a Samoan matai title (or another of its kind) stands before the courtesy title,
    and the article may call the person by it alone; '' where the name opens otherwise."""
    if len(words) >= 4 and words[0][:1].isupper() and not is_first_name(words[0]) \
            and _bare(words[0]) not in _courtesy_titles() and _bare(words[1]) in _courtesy_titles() \
            and all(w[:1].isupper() for w in words[2:]):
        return words[0]
    return ""


@lru_cache(maxsize=65536)  # the same few names come back in every article about them
def clean_name(mention: str) -> str:
    """A person's name without honorifics, titles, possessive, suffixes or middle initials.

    >>> clean_name("Mr Jonathan Ashworth’s")
    'Jonathan Ashworth'
    """
    text = mention.translate(_SPACES)
    # (a nickname in quote marks inside the name is another name: Desmond “Bunny” Whyte is Desmond Whyte)
    text = re.sub(r"(?<=\w)\s+[“\"‘'][A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[”\"’']\s+(?=[A-Z])", " ", text)
    text = re.sub(r"\s+", " ", text).strip(_EDGE_PUNCT)
    if text.endswith(("'s", "s'", "’s", "s’")):
        text = _POSSESSIVE.sub("", text)
    text = text.split(",")[0]
    words = text.split()
    if len(words) > 1 and words[0].isupper() and words[0].lower() in _capital_titles():
        words = words[1:]
    if title_before_courtesy_title(words):
        words = words[1:]
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for title in _honorifics():
            if len(words) > len(title) and tuple(_bare(w) for w in words[: len(title)]) == title:
                words = words[len(title):]
                stripped = True
                break
        # hyphenated titles: Ex-Labour MP, ex-President
        if words and re.match(r"(?i)^(ex|former)-", words[0]) and len(words) > 1:
            words = words[1:]
            stripped = True
    # "Prosecutor Sunil Mehta", "Appropriations Chair Renata Ibarra": capitalised role words the title list
    # lacks, before a known first name and a surname
    if len(words) >= 3 and not is_first_name(words[0]):
        # (a particle is no first name: "Abdulla bin Nasser Al Marri" is not "Al Marri")
        first = next((k for k in range(1, len(words) - 1)
                      if is_first_name(words[k]) and words[k].lower() not in SURNAME_PARTICLES), None)
        # but "Elspeth Mary Carrow" keeps a first name the list lacks: only a role word goes
        if first is not None and _is_role_word(words[first - 1]):
            words = words[first:]
        # "Shopkeeper Harjit Dhillon": a person noun opening a sentence, before a first name the list lacks
        elif len(words) == 3 and _bare(words[0]) in _person_nouns() and all(w[:1].isupper() for w in words):
            words = words[1:]
    # "Morvant MP Nadira Mc Kenzie", "Sinn Féin MLA Declan Kearney": a place or a party, a title, then the name
    inner = [k for k in range(1, len(words) - 2) if _bare(words[k]) in _single_word_titles() and words[k][:1].isupper()]
    if inner and all(w[:1].isupper() or w.lower() in SURNAME_PARTICLES for w in words[inner[-1] + 1:]):
        words = words[inner[-1] + 1:]
    while len(words) > 1 and _bare(words[-1]) in _suffixes():
        words = words[:-1]
    if len(words) > 2:
        # middle initials carry no identity: Donald J. Trump is Donald Trump
        words = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    if len(words) == 3 and is_first_name(words[0]) and is_first_name(words[1]) \
            and words[1].lower() not in SURNAME_PARTICLES and not _opens_two_word_name(words):
        # and so does a middle name: Elspeth Mary Carrow is Elspeth Carrow (but Fatima Al Marri is Ms Al Marri)
        words = [words[0], words[2]]
    return " ".join(words).strip(_EDGE_PUNCT)


def _opens_two_word_name(words: list[str]) -> bool:
    """Whether the first or the middle of three words opens a name of two: a given name ("Ahmad Faizal Roslan") or,
    in the middle, a father's name ("Rosnah Abdul Rahman"); neither word is a middle name to drop."""
    return any(word.lower() in _compound_given_names() for word in words[:2])


def without_unused_middle_name(name: str, text: str) -> str:
    """"Samuel Okai Lamptey … Lamptey said": a middle word the first-name list lacks is a middle name, and goes,
    where the text writes the surname alone and never the two last words without the first name; a compound
    surname ("Luke Mifsud Bonnici … Mifsud Bonnici said") stays whole, and so does a name the text gives no second
    time, which may be either."""
    words = name.split()
    if len(words) != 3 or not is_first_name(words[0]) or _opens_two_word_name(words) \
            or words[1].lower() in SURNAME_PARTICLES or not words[1][:1].isupper() or _INITIAL.match(words[1]) \
            or _GIVEN_NAME_AFTER_SURNAME.match(words[2]):
        return name
    first, middle, last = (re.escape(w) for w in words)
    alone = re.search(rf"(?<!{middle} )\b{last}\b", text)
    together = re.search(rf"(?<!{first} )\b{middle} {last}\b", text)
    return f"{words[0]} {words[2]}" if alone and not together else name


def surname(name: str) -> str:
    """The last word of a cleaned name, lower-cased; the word before a given name written after the surname
    ("Bernard Ho Ka-leung" is Mr Ho)."""
    words = name.split()
    if len(words) >= 2 and _GIVEN_NAME_AFTER_SURNAME.match(words[-1]):
        return words[-2].lower()
    return words[-1].lower() if words else ""


def _first_and_last(name: str) -> bool:
    """Whether a name is written the canonical way: a first name and a surname ("Bernard Ho Ka-leung" too)."""
    words = name.split()
    return len(words) == 2 or len(words) == 3 and bool(_GIVEN_NAME_AFTER_SURNAME.match(words[-1]))


def first_names_match(a: str, b: str) -> bool:
    """Whether two first names can be the same person (Jon and Jonathan, Bill and William)."""
    a, b = a.lower().strip("."), b.lower().strip(".")
    if a == b:
        return True
    formal = _formal_first_names()
    return formal.get(a, a) == formal.get(b, b)


@lru_cache(maxsize=None)
def _first_names() -> dict[str, str]:
    # the curated list is read last, so it wins over the census where they differ; there "?" marks a name
    # given to both sexes where our readers live (Ashley Cole, Lindsay Hoyle, Hilary Benn)
    pairs = load_pairs("census_first_names.csv", "name", "gender") + load_pairs("first_names.csv", "name", "gender")
    return {_fold(name): gender for name, gender in pairs}


def _fold(word: str) -> str:
    """Lower case without accents, so that Siân finds Sian and Efraín finds Efrain."""
    decomposed = unicodedata.normalize("NFKD", word.lower().strip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def _first_name_genders() -> dict[str, str]:
    return {name: gender for name, gender in _first_names().items() if gender in ("m", "f")}


ROLE_SUFFIXES = ("or", "er", "ist", "an", "ese", "ish", "ant", "ent", "man", "woman", "chief", "head")


def _is_role_word(word: str) -> bool:
    """A title from the list, or a word shaped like a role or a nationality (Prosecutor, Economist, American)."""
    bare = _bare(word)
    return any(bare in title for title in _honorifics()) or bare.endswith(ROLE_SUFFIXES)


def is_first_name(word: str) -> bool:
    """Whether a word is a common first name (Catherine, Ravi), or two joined by a hyphen (Aimee-Leigh)."""
    if "-" in word.strip("-"):
        return all(_fold(part) in _first_names() for part in word.split("-"))
    return _fold(word) in _first_names()


MASCULINE_HONORIFICS = frozenset({"mr", "sir", "lord", "baron", "king", "prince", "father"})
FEMININE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess"})


def name_gender(name: str) -> str:
    """'m' or 'f' from a common first name, '' where it gives no clue."""
    words = clean_name(name).split()
    if len(words) < 2:
        return ""
    genders = _first_name_genders()
    known = genders.get(_fold(words[0]), "")
    if not known and "-" in words[0]:
        # "Joni-Kay", "Jean-Luc": two first names joined by a hyphen tell the sex where they agree
        parts = {genders.get(_fold(part), "") for part in words[0].split("-")}
        known = parts.pop() if len(parts) == 1 else ""
    return known


def honorific_gender(word: str) -> str:
    """'m' or 'f' for a gendered honorific such as Mr or Dame, else ''."""
    word = word.lower().strip(".")
    return "m" if word in MASCULINE_HONORIFICS else "f" if word in FEMININE_HONORIFICS else ""


def _formality(name: str) -> tuple:
    first = name.split()[0].lower()
    is_nickname = first in _formal_first_names()
    # "First Last" is the canonical form: "Elspeth Mary Carrow" is written "Elspeth Carrow" where the text allows
    return (len(name.split()) >= 2, not is_nickname, len(first), _first_and_last(name), len(name))


class ArticleNames:
    """The people an article names, so that "Ashworth" and "Mr Ashworth" find "Jonathan Ashworth"."""

    def __init__(self, full_names: Iterable[str] = ()):
        self._by_surname: dict[str, Counter] = defaultdict(Counter)
        self._nicknames: dict[str, str] = {}
        for name in full_names:
            self.add(name)

    def add(self, name: str) -> None:
        cleaned = clean_name(name)
        title = title_before_courtesy_title(name.split())
        if title:
            self._nicknames.setdefault(title.lower(), cleaned)
        # "the All Blacks", tagged a person, is a team; "dela Cruz" is a surname alone (where "Al Gore" is a name)
        words = cleaned.split()
        if len(words) >= 2 and words[0].lower() not in NOT_FIRST_NAMES \
                and not (not is_first_name(words[0]) and all(w.lower() in SURNAME_PARTICLES for w in words[:-1])):
            self._by_surname[surname(cleaned)][cleaned] += 1

    def resolve(self, mention: str, gender: str = "") -> str:
        """The fullest name in the article for a mention; the cleaned mention where none matches. `gender`
        ('m' or 'f', from a pronoun that stands for the mention) picks between namesakes of a bare surname."""
        return self._with_family_name(self._resolve(mention, gender))

    def _with_family_name(self, name: str) -> str:
        """"Ms Nur Aisyah" is Nur Aisyah Hamzah, and "Faizal" (found as "Ahmad Faizal") is Ahmad Faizal Roslan: a
        Malay name is shortened to its given names, which start the one fuller name. "Che Mat" is Mohd Hafiz Che
        Mat: a family name of two words is written alone after two given names."""
        if len(name.split()) < 2:
            return name
        longer = {known for known in self._known() if known.lower().startswith(name.lower() + " ")}
        if not longer:
            # (not "Kok Leong", the given name of Teo Kok Leong, nor "Esther Moraa" in "Ekerenyo MCA Esther Moraa")
            longer = {known for known in self._known() if known.lower().endswith(" " + name.lower())
                      and len(known.split()) >= 4 and not any(w.isupper() and len(w) > 1 for w in known.split())}
        return longer.pop() if len(longer) == 1 else name

    def _resolve(self, mention: str, gender: str) -> str:
        cleaned = clean_name(mention)
        words = cleaned.split()
        if not words:
            return ""
        candidates = self._by_surname.get(surname(cleaned))
        surname_first = self._surname_first(cleaned) if not candidates and len(words) == 1 else None
        if surname_first is not None or not candidates and len(words) == 1 and len(mention.split()) > 1:
            # "Mr Teo" (and "Lim said") is Teo Kok Leong: a Chinese name puts the surname first
            return surname_first or cleaned
        if not candidates:
            return self._nicknames.get(cleaned.lower(), cleaned) if len(words) == 1 else cleaned
        titled = honorific_gender(mention.split()[0]) if len(mention.split()) > 1 else ""
        if titled:
            # "Mr. Patel" is not his sister Amira Patel
            # where only namesakes of the other sex are known, the text names him or her elsewhere, or not at all
            candidates = Counter({name: count for name, count in candidates.items() if name_gender(name) in ("", titled)})
            if not candidates:
                return self._surname_first(cleaned) or cleaned
        elif gender and len(words) == 1:
            # "Whitaker … she says", where the article names Jerome and Dolores Whitaker: the pronoun's sex
            # tells the namesakes apart (and tells nothing where none has it)
            candidates = Counter({name: count for name, count in candidates.items() if name_gender(name) == gender}) \
                or candidates
        if len(words) == 1 or all(w.lower() in SURNAME_PARTICLES for w in words[:-1]):
            # a bare surname ("Ó Súilleabháin", "de Groot" too) refers to the person of that surname the article
            # named first: news introduces its main subject first and gives relatives their first names each
            # time ("Eli Okafor … Okafor … his father, Raymond Okafor … Raymond Okafor told")
            return next(iter(candidates))
        matching = [c for c in candidates if first_names_match(c.split()[0], words[0])]
        if not matching and len(words) >= 3:
            # "Skipper Lewis Hartnell": a role word the title list does not know, before a known name
            tail = " ".join(words[-2:])
            if tail in candidates:
                return tail
        if not matching:
            return cleaned
        return max(matching, key=lambda c: (_formality(c), c))

    def _surname_first(self, word: str) -> str | None:
        """The one name of three words or more that starts with this surname ("Teo Kok Leong", "Ong Kah Seng")."""
        names = [name for name in self._known() if len(name.split()) >= 3 and name.split()[0].lower() == word.lower()]
        # (of two, the one the article named first, as for a bare surname: "Lim" is Lim Boon Keat, the chairman,
        # not the analyst Lim Hui Shan quoted further down)
        return names[0] if names else None

    def bearers(self, surname_word: str) -> int:
        """How many people of this surname the article names (Lee, Pauline and Kerry Tanner are three)."""
        return len(self._by_surname.get(surname_word.lower(), ()))

    def add_from_text(self, text: str, surname_word: str, *, not_people: Iterable[str] = (),
                      bodies: Iterable[str] = ()) -> None:
        """Add the full names the text gives for a surname ("Foreign Secretary David Lammy"); a name in
        `not_people` counts only with a known first name (the White House is no one called House), and a name in
        `bodies` never."""
        excluded = {name.lower() for name in not_people}
        never = {name.lower() for name in bodies}
        titles = {w for title in _honorifics() for w in title}
        # "De Vries said" after "Ingrid de Vries": a particle is capitalised at the start of a sentence
        written = r"\s+".join(f"(?i:{re.escape(w)})" if w.lower() in SURNAME_PARTICLES else re.escape(w)
                               for w in surname_word.split())
        # "Winnie Cheung Hoi-yan": a given name after the surname belongs to the name
        # ("Nadira Mc Kenzie", for "Kenzie" alone: a particle the surname was written with belongs to it)
        pattern = re.compile(rf"\b({_CAPITALISED_WORD})(?:\s+[A-Z]\.)?\s+((?:(?i:{_LOWER_PARTICLES})\s+)?{written})\b"
                             rf"(?:\s+({_GIVEN_NAME_WORD})\b)?")
        for match in pattern.finditer(text):
            first, surname_written = match.group(1), match.group(2)
            if match.group(3):
                surname_written = f"{surname_written} {match.group(3)}"
            # "the White House" is a body, but the tagger calls "Tarek Bensalah" one too: only a name that
            # the article writes after "the" stays a body's
            written_name = f"{first} {surname_written}"
            body = written_name.lower() in excluded and not is_first_name(first) \
                and re.search(r"\b[Tt]he\s+" + re.escape(written_name), text)
            # nor is "Super Rugby" someone called Rugby, where the article names the body Super Rugby Pacific, or
            # "Hospital Limerick" in University Hospital Limerick
            starts_body = not is_first_name(first) and any(
                name.startswith(written_name.lower() + " ") and name.split()[len(written_name.split())] not in _suffixes()
                or name.endswith(" " + written_name.lower()) for name in excluded)
            if body or starts_body or written_name.lower() in never:
                continue
            # "Bringing Imogen to Ascot": a sentence-initial verb is not a first name, nor a possessive
            # ("Korvenland's Halvard")
            not_a_first_name = (first.lower().endswith(("ing", "ed")) and not is_first_name(first)) \
                or first.endswith(("'s", "’s"))
            if first.lower() not in titles and first.lower() not in NOT_FIRST_NAMES and not first.isupper() \
                    and first.lower() not in SURNAME_PARTICLES \
                    and not not_a_first_name:
                self.add(f"{first} {surname_written}")
        self._add_pairs(text, _CAPITALISED_WORD, re.escape(surname_word))
        # "Lance Whitby and his wife, Jan": the spouse given only a first name shares the surname
        for match in re.finditer(rf"\b{written}\b(?:,[^,.]*,)?\s+and\s+(?:his|her)\s+(?:wife|husband),?\s+"
                                 rf"({_CAPITALISED_WORD})\b(?!\s+[A-Z])", text):
            if is_first_name(match.group(1)):
                self.add(f"{match.group(1)} {surname_word}")

    def add_nicknames_from_text(self, text: str) -> None:
        """Theresa “Tess” Villanueva, or Danny Mulgrew, known as “Tank”: the full name, and the nickname as
        another name for that person."""
        titles = {words[-1] for words in _honorifics()}
        found = []
        for match in NICKNAMED.finditer(text):
            before = text[max(0, match.start() - 40): match.start()].split()
            found.append((*match.groups(), bool(before) and _bare(before[-1]) in titles))
        found += [(first, nickname, last, False) for first, last, nickname in (m.groups() for m in _KNOWN_AS.finditer(text))]
        for first, nickname, last, titled in found:
            # (a title in front vouches for a first name the list lacks: Mayor Lito “Toto” Bautista, and so does
            # the surname written again alone: Carlisle “Sonny” Ifill … Ifill said)
            again = len(re.findall(rf"\b{re.escape(last)}\b", text)) >= 2
            if (is_first_name(first) or titled or again) and first.lower() not in NOT_FIRST_NAMES:
                self.add(f"{first} {last}")
                self._nicknames.setdefault(nickname.lower(), f"{first} {last}")

    def add_pair_from_text(self, text: str, first_name: str) -> None:
        """"Jean and Tracey Pollard": the full name of a first name written before such a pair; and "Clodagh
        Furlong has announced …", which the recogniser missed, where the text writes "Furlong" alone too."""
        self._add_pairs(text, re.escape(first_name), _CAPITALISED_WORD)
        # "Gary Pettigrew and his wife, Leanne," read from the wife's side: "Leanne said"
        for match in re.finditer(rf"\b({_CAPITALISED_WORD}) ({_CAPITALISED_WORD})\b(?:,[^,.]*,)?\s+and\s+(?:his|her)\s+"
                                 rf"(?:wife|husband),?\s+{re.escape(first_name)}\b(?!\s+[A-Z])", text):
            if is_first_name(match.group(1)):
                self.add(f"{first_name} {match.group(2)}")
        if not is_first_name(first_name):
            return
        titles = {words[-1] for words in _honorifics()}
        for match in re.finditer(rf"\b{re.escape(first_name)} ({_CAPITALISED_WORD})\b(?!\s+[A-Z])", text):
            surname_word = match.group(1)
            if surname_word.lower() in NOT_FIRST_NAMES or surname_word.isupper():
                continue
            alone = re.search(rf"(?<!{re.escape(first_name)} )\b{re.escape(surname_word)}\b(?!\s+[A-Z])", text)
            # ("Datuk Ir Azman Yusof … Azman said": or a title vouches for the pair, where the given name is the one
            # written alone)
            before = text[max(0, match.start() - 20): match.start()].split()
            if alone is not None or before and _bare(before[-1]) in titles:
                self.add(f"{first_name} {surname_word}")

    def _add_pairs(self, text: str, first: str, surname_pattern: str) -> None:
        # "Rob and Claire Fenby": the first name before "and" shares the surname written once after the pair
        for match in re.finditer(rf"\b({first}) and {_CAPITALISED_WORD} ({surname_pattern})\b", text):
            if is_first_name(match.group(1)):
                self.add(f"{match.group(1)} {match.group(2)}")

    def resolve_first_name(self, mention: str) -> str | None:
        """The one full name whose first name this is ("Sir Robert" for Robert Ingleby), if unique."""
        word = clean_name(mention).lower()
        matches = {name for name in self._known() if name.split()[0].lower() == word}
        if not matches:
            # "Lachie" is Lachlan Brough
            matches = {name for name in self._known() if first_names_match(name.split()[0], word)}
        if not matches and _fold(word) not in _first_names():
            # "Jordo" is Jordan Pike, "Mitchy" Mitchell Hart: a pet form cut from the front of one first name
            stem = PET_ENDING.sub("", word)
            if len(stem) >= 3 and stem != word:
                matches = {name for name in self._known()
                           if name.split()[0].lower().startswith(stem) and len(name.split()[0]) > len(stem)}
        return matches.pop() if len(matches) == 1 else None

    def names(self) -> list[str]:
        return sorted(self._known())

    def _known(self) -> Iterator[str]:
        """Every full name, in no particular order (for lookups that need no sorting)."""
        return (name for counter in self._by_surname.values() for name in counter)


def canonical_names(names: Iterable[str], *, aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """Map every name to one canonical form per person across articles (aliases win)."""
    aliases = {k.lower(): v for k, v in (aliases or {}).items()}
    counts = Counter(n for n in names if n)
    mapping: dict[str, str] = {}

    def aliased(name: str) -> str:
        return aliases.get(name.lower(), name)

    full = sorted({aliased(n) for n in counts if len(aliased(n).split()) >= 2})
    # people: full names grouped by surname, then by compatible first names
    clusters: list[list[str]] = []
    by_surname: dict[str, list[list[str]]] = defaultdict(list)
    for name in full:
        groups = by_surname[surname(name)]
        for group in groups:
            if any(first_names_match(name.split()[0], other.split()[0]) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
            clusters.append(groups[-1])
    canonical_of: dict[str, str] = {}
    for group in clusters:
        best = max(group, key=lambda n: (_formality(n), counts.get(n, 0), n))
        for name in group:
            canonical_of[name] = best
    for name in counts:
        target = aliased(name)
        if target in canonical_of:
            mapping[name] = canonical_of[target]
        elif len(target.split()) == 1 and len(by_surname.get(target.lower(), [])) == 1:
            # a bare surname used across articles joins the only person with that surname
            mapping[name] = canonical_of[by_surname[target.lower()][0][0]]
        else:
            mapping[name] = target
    return {name: aliased(value) for name, value in mapping.items()}

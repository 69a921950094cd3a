"""spaCy component that repairs person names the small model's entity recogniser gets wrong.

- A surname with an apostrophe after its first letter ("Ravi D’Souza", "Mary O'Hara") is often left out of
  the PERSON entity that ends just before it: the entity grows to take it in.
- A courtesy title in front of a first name ("the Rt Rev Catherine Lowther", "Cllr Sarah Khan") is often
  labelled as an organisation or a place: the entity becomes a PERSON.
- So is a name the article also writes with Mr, Mrs or Ms ("Sophie Marchant", later "Ms Marchant"), and two or
  three capitalised words right after such a title ("Dr Thabo Molefe").
- So are role words in front of a full name ("Appropriations Chair Renata Ibarra"): an entity of three
  words or more that ends in a known first name and a surname, with no organisation word in it, becomes a
  PERSON. Two words are not enough: "Morgan Stanley" is a bank.
- An organisation's name that runs on past "and" ("Greater Manchester Fire and Rescue Service") is often cut
  at the "and": the entity grows to the organisation word that ends it.
- A first name and a surname described in apposition ("Siân Rowlands, a senior fellow at …"; "Quayle’s
  editor at Marlow & Finch, Jonah Petrakis, has …") are a person, even where the recogniser took them for a
  place or a company.
- A name followed by an age ("Goran, 62, who runs a bakery"; "Milena, 47, a schoolteacher") is a person's,
  whatever label the recogniser gave it.
- A lone word tagged as a person that the text also writes after "in" ("premieres in Wellbridge") or after a
  kind of place and "of" ("the city of Tesk") is a place, unless the article gives it as a person's surname too.
- An organisation cut before "of" ("the Pennsylvania Office [of Attorney General]") runs on over the capitalised
  words after it, when it ends in an organisation word.
- A lone word tagged as a person that starts a company's name in the same article ("Corvane", after "Corvane
  Systems Inc.") is the company, unless the article also gives it as a person's first name or surname.
- A name never begins with a month or a weekday ("In February Aldermoor said").
- A surname's hyphenated particle left out of a person entity ("al-Mansouri" tagged as "Mansouri") joins it.
- A person's name that starts with a lower-case word ("knifed Liam Ashcroft") or a clitic ("that’s Hester")
  starts after it; one that opens with an acronym of three letters or more ("IDA Ireland") is a body.
- An entity that runs into an opening bracket it does not close ("the National Bank of Vardania (NBV") ends
  before the bracket.
- A "person" whose last word only ever ends a company's name ("Pearl Delta Electronics") is the company.
- A "person" followed by a capitalised title and a person's name ("Sinn Féin MLA Declan Kearney") is the party or
  body the title belongs to.
- A "person" that opens the sentence with a preposition ("Near Vitthalwadi, Santosh Pawar") is a place.
- An entity run across a comma ("[Defending, Ms Priya Lal] said", "[Jabi, Hadiza Lawal]") is the titled name, or the
  known first name and surname, after the comma.
- A name cut at a nickname's marks ("[Ramon “][Bong” Salcedo]") is one person's, from the first name to the surname.
- A body cut at "and" or "for" before its acronym in brackets ("the Trinidad and [Tobago Police Service] (TTPS)")
  runs back over the capitalised words the acronym spells, and one cut at "and" after "the" ("the Layerthorpe and
  [Foss Residents' Association]") runs back to the word after "the".
- A title's "for" or "of" phrase of three capitalised words or more ("MS for South Wales East Aled Pugh", "general
  secretary in charge of Karnataka Vikram Sood", "Cabinet Secretary for Health and Social Care Nadia Kazmi") ends in
  a person's first name and surname, where the article writes that surname alone too ("Mr Pugh", "Sood said") or
  the word before it is a known first name.
- A name never opens with a word no name starts with ("[Neither Clodagh] nor her management").
- A role word in lower case just before two or three capitalised words ("Police spokesperson Resila Onyango") makes
  them a person's name, and so does a description after a comma that opens with an owner ("Ernie Wapato, the
  chairwoman's father,"); a first name, a middle or maiden name and a surname after a word for a person between
  commas ("Her sister, Nadine Qualls Burris,") are a person's too.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotes.resources import load_lines
from quotes.speakers import CALENDAR_WORDS, NOT_FIRST_NAMES, OPENING_PREPOSITIONS, SURNAME_PARTICLES, is_first_name

PERSON = "PERSON"
# the titles that only ever stand before a person's surname: "Ms Marchant", "Mr. Patel"
PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame"})
# O’Neill, D’Souza, d’Arcy, N'Golo: one letter, an apostrophe, a capitalised rest
APOSTROPHE_SURNAME = re.compile(r"^[A-Za-z][’'][A-Z][a-z]+$")
# words the honorifics list strips from a name's front that make no title of their own
NOT_TITLES = frozenset({"the", "former", "ex", "late", "rt", "right", "hon"})
# a title's phrase names the place or body the holder serves: "MS for …", "secretary in charge of …"
TITLE_PREPOSITIONS = frozenset({"for", "of"})


class NameRepairer:
    def __init__(self) -> None:
        self.courtesy_titles = frozenset(load_lines("courtesy_titles.txt"))
        self.organisation_words = frozenset(w for line in load_lines("organisations.txt") for w in line.split())
        self.person_nouns = frozenset(load_lines("person_nouns.txt"))
        self.place_nouns = frozenset(load_lines("place_nouns.txt"))
        self.company_endings = frozenset(load_lines("company_name_endings.txt"))
        self.title_words = self.person_nouns | frozenset(load_lines("honorifics.txt")) - NOT_TITLES
        # (and any word of a title of several: "Menteri Besar Datuk")
        self.title_tokens = self.title_words | frozenset(w for line in load_lines("honorifics.txt") for w in line.split()) \
            - NOT_TITLES

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        titled_surnames = {doc[i + 1].lower_ for i, t in enumerate(doc[:-1])
                           if t.lower_.strip(".") in PERSONAL_TITLES and doc[i + 1].is_title}
        surnames = {ent[-1].lower_ for ent in ents if ent.label_ == PERSON and len(ent) > 1}
        first_words = {ent[0].lower_ for ent in ents if ent.label_ == PERSON and len(ent) > 1}
        places = {doc[i + 1].lower_ for i, t in enumerate(doc[:-2])
                  if t.text == "in" and doc[i + 1].is_title and doc[i + 2].lower_ not in ("’s", "'s")
                  or t.text == "of" and i and doc[i - 1].lower_ in self.place_nouns and doc[i + 1].is_title} - surnames
        repaired = [self._repair(doc, ent, ents[i - 1].end if i else 0,
                                 ents[i + 1].start if i + 1 < len(ents) else len(doc), titled_surnames)
                    for i, ent in enumerate(ents)]
        repaired = [Span(doc, ent.start, ent.end, label="GPE") if ent.label_ == PERSON and len(ent) == 1
                    and ent[0].lower_ in places else ent for ent in repaired]
        # "Corvane said", after "Corvane Systems Inc.": a lone word that starts a company's name is the company
        companies = {ent[0].lower_ for ent in repaired if ent.label_ == "ORG" and len(ent) > 1 and ent[0].is_title}
        # (and after "Lumina Labs", which the recogniser missed: a word before a company's last word)
        companies |= {t.lower_ for t in doc[:-1] if t.is_title and doc[t.i + 1].is_title
                      and doc[t.i + 1].lower_ in self.company_endings}
        repaired = [Span(doc, ent.start, ent.end, label="ORG") if ent.label_ == PERSON and len(ent) == 1
                    and ent[0].lower_ in companies - surnames - first_words else ent for ent in repaired]
        repaired = self._joined_halves(doc, repaired)
        repaired = self._names_closing_a_title(doc, repaired, titled_surnames | self._surnames_alone(doc))
        # "Sinn Féin MLA Declan Kearney": a "person" followed by a title and then a person's name is the party or
        # body the title belongs to
        repaired = [self._party_before_title(doc, ent, repaired[i + 1]) if i + 1 < len(repaired) else ent
                    for i, ent in enumerate(repaired)]
        repaired = self._joined_at_particles(doc, repaired)
        repaired = self._run_on_after_titles(doc, repaired)
        repaired = self._joined_around_nicknames(doc, repaired)
        repaired = [self._after_comma(doc, ent) for ent in repaired]
        repaired = self._grown_to_acronyms(doc, repaired)
        repaired = self._portfolios_run_on(doc, repaired)
        repaired = self._national_branches(doc, repaired)
        if repaired != ents:
            doc.set_ents(repaired)
        return doc

    def _portfolios_run_on(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"The [Department of Public Works] and Highways": a ministry's list of portfolios, cut at "and", runs on
        over the capitalised words after it that no other name takes in. (Not after a comma: "the Ministry of Health,
        Thames Water and Ofwat" is a list of bodies.)"""
        grown = []
        for ent in ents:
            of = [t.i for t in ent if t.lower_ == "of"]
            end = ent.end + 1
            if ent.label_ == "ORG" and of and doc[of[0] - 1].lower_ in self.organisation_words \
                    and end < len(doc) and doc[ent.end].lower_ in ("and", "&"):
                while end < len(doc) and doc[end].is_title and not doc[end].ent_type_:
                    end += 1
                # (and end there: "the Ministry of Defence and Labour MPs" are two)
                if end > ent.end + 1 and not (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")):
                    ent = Span(doc, ent.start, end, label="ORG")
            grown.append(ent)
        return grown

    @staticmethod
    def _national_branches(doc: Doc, ents: list[Span]) -> list[Span]:
        """"The [Royal College of Nursing] ([RCN]) [Scotland] said": a body's acronym in brackets, then a nation or
        region that opens the clause's verb, is the body's branch there, and one name."""
        joined: list[Span] = []
        k = 0
        while k < len(ents):
            ent = ents[k]
            if k + 2 < len(ents) and ent.label_ == "ORG" and ents[k + 1].label_ == "ORG" and ents[k + 2].label_ == "GPE" \
                    and ents[k + 1].start == ent.end + 1 and doc[ent.end].text == "(" and len(ents[k + 1]) == 1 \
                    and doc[ents[k + 1].end].text == ")" and ents[k + 2].start == ents[k + 1].end + 1 \
                    and ents[k + 2].end < len(doc) and doc[ents[k + 2].end].pos_ in ("VERB", "AUX"):
                joined.append(Span(doc, ent.start, ents[k + 2].end, label="ORG"))
                k += 3
                continue
            joined.append(ent)
            k += 1
        return joined

    @staticmethod
    def _grown_to_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
        """"the Trinidad and [Tobago Police Service] (TTPS)": a body cut at "and" or "for" runs back over the
        capitalised words its acronym in brackets spells (and takes in the place the recogniser found there)."""
        grown: list[Span] = []
        for ent in ents:
            if ent.label_ == "ORG" and ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
                acronym = doc[ent.end + 1].text
                initials = "".join(t.text[0] for t in ent if t.is_title)
                start = ent.start
                sentence_start = ent.sent.start if doc.has_annotation("SENT_START") else 0
                while acronym.isupper() and acronym != initials and acronym.endswith(initials) \
                        and start > sentence_start and len(initials) < len(acronym):
                    before = doc[start - 1]
                    if before.is_title and before.lower_ != "the":
                        initials = before.text[0] + initials
                    elif before.lower_ not in ("and", "of", "for", "&"):
                        break
                    start -= 1
                if start < ent.start and initials == acronym and doc[start].is_title:
                    ent = NameRepairer._grown_to(doc, ent, start, grown)
            # "The [Airline Operators of Nigeria] (AON)": a name whose initials make the acronym after it is a body's,
            # whatever else the recogniser took it for
            elif ent.label_ in ("WORK_OF_ART", "NORP", "FAC", "PRODUCT") and ent.end + 2 < len(doc) \
                    and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")" and doc[ent.end + 1].is_upper \
                    and "".join(t.text[0] for t in ent if t.is_title and t.lower_ != "the") == doc[ent.end + 1].text:
                ent = Span(doc, ent.start, ent.end, label="ORG")
            # "the [Layerthorpe] and [Foss Residents' Association]": a body's name after "the" runs back over "and"
            elif ent.label_ == "ORG" and ent.start >= 3 and doc[ent.start - 1].lower_ == "and" \
                    and doc[ent.start - 2].is_title and doc[ent.start - 3].lower_ == "the" and ent[0].is_title:
                ent = NameRepairer._grown_to(doc, ent, ent.start - 2, grown)
            grown.append(ent)
        return grown

    @staticmethod
    def _grown_to(doc: Doc, ent: Span, start: int, before: list[Span]) -> Span:
        """The body grown back to `start`, taking in the entities there (`before` loses them); as it was where one
        runs across `start`."""
        taken = [other for other in before if other.end > start]
        if any(other.start < start for other in taken):
            return ent
        del before[len(before) - len(taken):]
        return Span(doc, start, ent.end, label="ORG")

    @staticmethod
    def _joined_at_particles(doc: Doc, ents: list[Span]) -> list[Span]:
        """"Ramon | dela Cruz": a name the recogniser cut in two before a lower-case particle is one name; and
        "Éamon [Ó Cuív]": a name that opens with a particle takes the first name before it, whatever the recogniser
        called it."""
        joined: list[Span] = []
        for ent in ents:
            if joined and ent.label_ == PERSON and joined[-1].label_ == PERSON and joined[-1].end == ent.start \
                    and ent[0].is_lower and ent[0].lower_ in SURNAME_PARTICLES:
                ent = Span(doc, joined.pop().start, ent.end, label=PERSON)
            elif len(ent) > 1 and ent[0].lower_ in SURNAME_PARTICLES and ent.start > 0 \
                    and (not joined or joined[-1].end < ent.start) and is_first_name(doc[ent.start - 1].text):
                ent = Span(doc, ent.start - 1, ent.end, label=PERSON)
            joined.append(ent)
        return joined

    def _run_on_after_titles(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"[Datuk] Nik Azmi Nik Yusof", "[Menteri Besar Datuk] Mohd Hafiz [Che Mat]": a "person" made only of titles,
        the last a courtesy title, runs on over the capitalised words after it, taking in the entities among them."""
        joined: list[Span] = []
        for ent in ents:
            if joined and ent.start < joined[-1].end:
                continue
            # (titles alone: "Ekerenyo MCA" before "Esther Moraa" is a place and a title)
            if ent.label_ == PERSON and ent[-1].lower_.strip(".") in self.courtesy_titles \
                    and all(t.lower_.strip(".") in self.title_tokens for t in ent):
                end = ent.end
                while end < len(doc) and end - ent.end < 5 and doc[end].is_title and doc[end].is_alpha:
                    end += 1
                if end - ent.end >= 2:
                    later = [other.end for other in ents if ent.end <= other.start < end]
                    ent = Span(doc, ent.start, max([end, *later]), label=PERSON)
            joined.append(ent)
        return joined

    @staticmethod
    def _joined_halves(doc: Doc, ents: list[Span]) -> list[Span]:
        """"[Syed Murad] [Ali Shah]": two person entities the recogniser cut from one name, with nothing between
        them, are one name."""
        joined: list[Span] = []
        for ent in ents:
            if joined and ent.label_ == PERSON and joined[-1].label_ == PERSON and joined[-1].end == ent.start \
                    and all(t.is_title and t.is_alpha for t in (*joined[-1], *ent)):
                ent = Span(doc, joined.pop().start, ent.end, label=PERSON)
            joined.append(ent)
        return joined

    @staticmethod
    def _joined_around_nicknames(doc: Doc, ents: list[Span]) -> list[Span]:
        """"[Ramon “] [Bong” Salcedo]": a name the recogniser cut at a nickname's marks is one person's name, from
        the first name to the surname."""
        joined: list[Span] = []
        for ent in ents:
            start = ent.start
            nickname_first = len(ent) >= 3 and ent[1].is_quote and ent[0].is_title and ent[2].is_title
            if nickname_first and start >= 2 and doc[start - 1].is_quote and doc[start - 2].is_title \
                    and is_first_name(doc[start - 2].text):
                while joined and joined[-1].end > start - 2:
                    start = min(start, joined.pop().start)
                ent = Span(doc, min(start, ent.start - 2), ent.end, label=PERSON)
            joined.append(ent)
        return joined

    def _after_comma(self, doc: Doc, ent: Span) -> Span:
        """"[Defending, Ms Priya Lal] said": an entity run across a comma is the titled name after it."""
        commas = [t.i for t in ent if t.text == ","]
        if not commas or ent.end - commas[-1] < 3:
            return ent
        after = doc[commas[-1] + 1: ent.end]
        if after[0].lower_.strip(".") in self.courtesy_titles and all(t.is_title for t in after):
            return Span(doc, after.start, after.end, label=PERSON)
        # ("the Federal Medical Centre, [Jabi, Hadiza Lawal]": or a known first name and a surname after a place)
        if len(after) == 2 and is_first_name(after[0].text) and all(t.is_title for t in after):
            return Span(doc, after.start, after.end, label=PERSON)
        return ent

    def _is_title_word(self, token) -> bool:
        return token.lower_.strip(".") in self.title_words and (token.is_title or token.is_upper)

    def _party_before_title(self, doc: Doc, ent: Span, following: Span) -> Span:
        """"[Sinn Féin MLA] [Declan Kearney]", "[Sinn Féin] MLA [Declan Kearney]": the "person" before a title and a
        name is the party or body the title belongs to (without the title)."""
        if ent.label_ != PERSON or following.label_ != PERSON:
            return ent
        if len(ent) > 1 and self._is_title_word(ent[-1]) and following.start == ent.end:
            return Span(doc, ent.start, ent.end - 1, label="ORG")
        if following.start == ent.end + 1 and self._is_title_word(doc[ent.end]):
            return Span(doc, ent.start, ent.end, label="ORG")
        return ent

    @staticmethod
    def _surnames_alone(doc: Doc) -> set[str]:
        """Capitalised words that are the subject of a sentence on their own ("Sood said")."""
        return {t.lower_ for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.is_title
                and not (t.i > 0 and doc[t.i - 1].is_title) and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)}

    def _names_closing_a_title(self, doc: Doc, ents: list[Span], surnames_alone: set[str]) -> list[Span]:
        for preposition in doc:
            if preposition.lower_ not in TITLE_PREPOSITIONS or not any(
                    t.lemma_.lower() in self.title_words and not any(u.is_punct for u in doc[t.i: preposition.i])
                    for t in doc[max(0, preposition.i - 4): preposition.i]):
                continue
            end = preposition.i + 1
            # ("Health and Social Care", "Inter-Provincial Coordination": "and" and hyphens join the phrase's words)
            while end < len(doc) and (doc[end].is_title and doc[end].is_alpha or doc[end].lower_ in ("and", "&")
                                      or doc[end].text == "-" and not doc[end - 1].whitespace_):
                end += 1
            if end - preposition.i - 1 < 3 or not (doc[end - 1].is_title and doc[end - 2].is_title):
                continue
            if doc[end - 1].lower_ not in surnames_alone and not is_first_name(doc[end - 2].text) \
                    or {word for t in doc[end - 2: end] for word in (t.lower_, t.lower_.removesuffix("s"))} \
                    & (self.organisation_words | self.company_endings):
                continue
            start = end - 2
            ents = [ent for ent in ents if ent.end <= start or ent.start >= end] + \
                [Span(doc, ent.start, start, label=ent.label_) for ent in ents if ent.start < start < ent.end] + \
                [Span(doc, start, end, label=PERSON)]
            ents.sort(key=lambda ent: ent.start)
        return ents

    def _repair(self, doc: Doc, ent: Span, previous_end: int, next_start: int, titled_surnames: set[str]) -> Span:
        if len(ent) > 1 and ent[0].lower_ in CALENDAR_WORDS and ent.label_ in ("PERSON", "ORG", "GPE", "LOC"):
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)
        # "[Bloom’s rep] said": a name never ends in a common noun owned by it
        owner = [t.i for t in ent if t.lower_ in ("’s", "'s")]
        if owner and owner[0] > ent.start and ent[-1].is_lower and ent[-1].is_alpha:
            ent = Span(doc, ent.start, owner[0], label=ent.label_)
        opening = [t.i for t in ent if t.text == "("]
        if opening and not any(t.text == ")" for t in doc[opening[-1]: ent.end]) and opening[-1] > ent.start:
            ent = Span(doc, ent.start, opening[-1], label=ent.label_)
        if ent.label_ == PERSON and len(ent) > 1 and ent[-1].lower_ in self.company_endings:
            return Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ == PERSON:
            # "Connor Blaine, 29, [knifed] Liam Ashcroft": a name never starts with a lower-case word
            start = ent.start
            # nor with a clitic or a mark: "that[’s] Hester"
            # "Near Vitthalwadi, Santosh Pawar …": a preposition opening the sentence makes a place of what follows
            if len(ent) > 1 and ent[0].is_sent_start and ent[0].lower_ in OPENING_PREPOSITIONS:
                return Span(doc, ent.start + 1, ent.end, label="GPE")
            # "[Neither Clodagh] nor her management": a word no name starts with opens the sentence
            if len(ent) > 1 and ent[0].is_sent_start and ent[0].lower_ in NOT_FIRST_NAMES:
                ent = Span(doc, ent.start + 1, ent.end, label=PERSON)
            while start < ent.end - 1 and (doc[start].is_lower and doc[start].is_alpha
                                           and doc[start].lower_ not in SURNAME_PARTICLES
                                           or doc[start].is_punct or doc[start].lower_ in ("’s", "'s")):
                start += 1
            if start > ent.start:
                ent = Span(doc, start, ent.end, label=PERSON)
            # "IDA Ireland": a name that opens with an acronym of three letters or more is a body
            # (in a line set all in capitals, every name would look like one)
            if len(ent) > 1 and len(ent[0].text) >= 3 and ent[0].is_upper and ent[0].is_alpha and not ent[-1].is_upper:
                return Span(doc, ent.start, ent.end, label="ORG")
            # "Dolores Whitaker is already waiting": the recogniser may leave a known first name out
            start = ent.start
            if start >= 1 and start - 1 >= previous_end and len(ent) == 1 and doc[start - 1].pos_ in ("PROPN", "NOUN") \
                    and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
                    and doc[start - 1].lower_ not in CALENDAR_WORDS and is_first_name(doc[start - 1].lower_):
                ent = Span(doc, start - 1, ent.end, label=PERSON)
            # "Dr Amarjit [Kaur Brar]": nor a given name it does not know after a courtesy title
            start = ent.start
            if len(ent) > 1 and start >= 2 and start - 2 >= previous_end and doc[start - 1].is_title \
                    and doc[start - 1].is_alpha and not doc[start - 1].ent_type_ \
                    and not self._is_title_word(doc[start - 1]) and doc[start - 1].lower_ not in NOT_FIRST_NAMES \
                    and doc[start - 2].lower_.strip(".") in self.courtesy_titles:
                ent = Span(doc, start - 1, ent.end, label=PERSON)
            # "Sen. dela Cruz", "Ramon dela Cruz": the recogniser leaves a lower-case particle out (and may cut the
            # name in two around it)
            start = ent.start
            while start - 1 >= previous_end and doc[start - 1].lower_ in SURNAME_PARTICLES and doc[start - 1].is_lower:
                start -= 1
            if start < ent.start:
                ent = Span(doc, start, ent.end, label=PERSON)
            # "HE Abdulla [bin Nasser Al Marri]": a name that starts with a lower-case particle has lost its given
            # name, the capitalised word before it
            given = doc[ent.start - 1] if ent.start - 1 >= previous_end else None
            if ent[0].is_lower and ent[0].lower_ in SURNAME_PARTICLES and given is not None and given.is_title \
                    and given.is_alpha and not self._is_title_word(given) and given.lower_ not in NOT_FIRST_NAMES:
                ent = Span(doc, given.i, ent.end, label=PERSON)
            # "In Rantau Panjang, shopkeeper S Murugan said": a preposition opening the sentence, and a comma after
            # the "name", make it a place
            if ent.start >= 1 and doc[ent.start - 1].is_sent_start and doc[ent.start - 1].lower_ in OPENING_PREPOSITIONS \
                    and ent.end < len(doc) and doc[ent.end].text == ",":
                return Span(doc, ent.start, ent.end, label="GPE")
            # "al-Mansouri said": the recogniser leaves a hyphenated particle out
            start = ent.start
            if start >= 2 and start - 2 >= previous_end and doc[start - 1].text == "-" \
                    and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
                    and doc[start - 2].lower_ in SURNAME_PARTICLES:
                ent = Span(doc, start - 2, ent.end, label=PERSON)
            end = ent.end
            if end < next_start and ent[-1].whitespace_ and APOSTROPHE_SURNAME.match(doc[end].text):
                return Span(doc, ent.start, end + 1, label=PERSON)
            return ent
        if self._names_a_person(doc, ent, titled_surnames):
            return Span(doc, ent.start, ent.end, label=PERSON)
        if ent.label_ != "ORG":
            return ent
        return self._through_of(doc, self._through_and(doc, ent, previous_end, next_start), next_start)

    def _names_a_person(self, doc: Doc, ent: Span, titled_surnames: set[str]) -> bool:
        """Whether an entity labelled as something else is a person's name."""
        if ent[-1].lower_ in self.company_endings:
            return False
        if self._followed_by_age(doc, ent) and all(t.is_title for t in ent):
            return True
        words = [t.lower_.strip(".") for t in ent if t.lower_ != "the"]
        titles = 0
        while titles < len(words) and words[titles] in self.courtesy_titles:
            titles += 1
        # a title, then a first name and at least a surname
        if titles and len(words) >= titles + 2 and is_first_name(words[titles]):
            return True
        # ("Alhaji Musa Danladi", "ACP Ravi Menon", whose first names the list lacks: any title, capitalised or in
        # capitals, then two or three capitalised words, none a body's)
        tokens = [t for t in ent if t.lower_ != "the"]
        ranks = 0
        while ranks < len(tokens) and words[ranks] in self.title_words and (tokens[ranks].is_title or tokens[ranks].is_upper):
            ranks += 1
        if ranks and 2 <= len(tokens) - ranks <= 3 and all(_capitalised(t) for t in tokens[ranks:]) \
                and not any(w in self.organisation_words for w in words):
            return True
        # "Dr Thabo Molefe", "MLA Declan Kearney", "Police spokesperson Resila Onyango": a title just before two or
        # three capitalised words
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and (before.lower_.strip(".") in PERSONAL_TITLES or self._is_title_word(before)
                                   or before.is_lower and before.lemma_ in self.person_nouns) \
                and 2 <= len(words) <= 3 \
                and all(_capitalised(t) for t in ent) and not any(w in self.organisation_words for w in words):
            return True
        # "Sophie Marchant", where the article later writes "Ms Marchant"
        if len(words) >= 2 and words[0] not in PERSONAL_TITLES and words[-1] in titled_surnames \
                and all(_capitalised(t) for t in ent if t.lower_ != "the") and not any(w in self.organisation_words for w in words):
            return True
        # "Siân Rowlands, a senior fellow": a first name and a surname described in apposition
        # (a surname with a particle counts as one word: "Siobhán Ní Bhriain, the minister")
        two_names = len(words) == 2 or len(words) == 3 and words[1] in SURNAME_PARTICLES
        if two_names and is_first_name(words[0]) and _capitalised(ent[-1]) \
                and not any(w in self.organisation_words for w in words) \
                and (self._described(doc, ent) or self._names_a_described_person(doc, ent)):
            return True
        # ("Her sister, Nadine Qualls Burris,": with a middle or maiden name too)
        if len(words) == 3 and is_first_name(words[0]) and all(t.is_title and t.is_alpha for t in ent) \
                and not any(w in self.organisation_words for w in words) and self._names_a_described_person(doc, ent):
            return True
        # "said Amara Diallo, head of the UN refugee agency's office": two capitalised words described as a
        # person in apposition, even where the first name is not one we know
        if two_names and all(t.is_title and t.is_alpha for t in ent) \
                and not any(w in self.organisation_words for w in words) and self._described_as_person(doc, ent):
            return True
        # "housing spokesperson Eoghan Mac Giolla Rua": a first name right after a word for a person
        if len(ent) >= 2 and is_first_name(ent[0].text) and ent.start > 0 and all(t.is_title for t in ent) \
                and doc[ent.start - 1].lemma_.lower() in self.person_nouns:
            return True
        # "Appropriations Chair Renata Ibarra", "District 5 Councilwoman Marisol Treviño": role words, then a first
        # name and a surname
        # (a body's word may come before the title: "District 5 Councilwoman", "Health Committee Chair")
        titled = len(words) >= 4 and words[-3] in self.title_words
        return len(words) >= 3 and is_first_name(words[-2]) and ent[-1].is_title and ent[-1].is_alpha \
            and not any((w in self.organisation_words and not titled) or not w[:1].isalpha() and w != "-"
                        and not w.isdigit() for w in words) \
            and all(t.is_title or t.is_upper or t.text == "-" or t.lower_ == "the" or t.is_digit for t in ent)

    @staticmethod
    def _described(doc: Doc, ent: Span) -> bool:
        """"Siân Rowlands, a senior fellow": a comma and an indefinite article."""
        end = ent.end
        return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an")

    def _names_a_described_person(self, doc: Doc, ent: Span) -> bool:
        """"Quayle’s editor at Marlow & Finch, Jonah Petrakis, has worked …": between commas, after a word for
        a person a few words back in the same phrase (never "banks including JPMorgan, Morgan Stanley,")."""
        if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "," or doc[ent.end].text != ",":
            return False
        for token in reversed(doc[max(ent.sent.start, ent.start - 7): ent.start - 1]):
            if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":"):
                return False
            # "the shadow water minister, Marcus Delaney,": the parser may tag the title a proper noun
            # ("the city's police commissioner, Darnell Price,": any title will do)
            if token.lemma_.lower() in self.title_words and token.pos_ in ("NOUN", "PROPN"):
                return True
        return False

    def _described_as_person(self, doc: Doc, ent: Span) -> bool:
        """", head of the agency", ", a spokeswoman for", ", the company's founder": a comma, then a noun
        phrase whose head is a word for a person."""
        i = ent.end
        if i + 1 >= len(doc) or doc[i].text != ",":
            return False
        for token in doc[i + 1: i + 6]:
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # (", the chairwoman's father,": the owner comes first)
            if token.pos_ == "NOUN" and following is not None and following.tag_ == "POS":
                continue
            if token.pos_ == "NOUN":
                return token.lemma_.lower() in self.person_nouns and following is not None \
                    and following.lower_ in ("of", "at", "for", ",", "who")
            if token.pos_ not in ("DET", "ADJ", "PROPN", "PART") and token.tag_ != "POS":
                return False
        return False

    @staticmethod
    def _followed_by_age(doc: Doc, ent: Span) -> bool:
        """"Goran, 62," or "Goran, 62." but not "Dunmore, 2024,": a comma, a number a person can be, a comma."""
        end = ent.end
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", ".", ")"):
            return False
        age = doc[end + 1].text
        return age.isdigit() and 0 < int(age) < 120

    def _through_of(self, doc: Doc, ent: Span, next_start: int) -> Span:
        """"the Pennsylvania Office [of Attorney General]": an organisation word, then "of" and capitalised
        words (joined by "and" or "for"), up to five tokens on."""
        end = ent.end
        limit = min(next_start, len(doc), end + 6)
        if ent[-1].lower_ not in self.organisation_words or end + 1 >= limit or doc[end].text != "of" \
                or not doc[end + 1].is_title:
            return ent
        last = end + 1
        while last + 1 < limit:
            if doc[last + 1].is_title:
                last += 1
            elif doc[last + 1].lower_ in ("and", "for") and last + 2 < limit and doc[last + 2].is_title:
                last += 2
            else:
                break
        return Span(doc, ent.start, last + 1, label=ent.label_)

    def _through_and(self, doc: Doc, ent: Span, previous_end: int, next_start: int) -> Span:
        """"Greater Manchester Fire [and Rescue Service]" or "[Greater Manchester Fire and] Rescue Service": the
        capitalised words across an "and", up to an organisation word that ends the name."""
        end = ent.end
        if end + 2 <= min(next_start, len(doc)) and doc[end].lower_ == "and":
            for last in range(end + 1, min(end + 5, next_start, len(doc))):
                if not doc[last].is_title:
                    break
                if doc[last].lower_ in self.organisation_words:
                    return Span(doc, ent.start, last + 1, label=ent.label_)
        start = ent.start
        if ent[-1].lower_ in self.organisation_words and start - 2 >= previous_end and doc[start - 1].lower_ == "and":
            first = start - 1
            while first - 1 >= max(previous_end, start - 6) and doc[first - 1].is_title:
                first -= 1
                if doc[first].is_sent_start:
                    break
            if first < start - 1:
                return Span(doc, first, ent.end, label=ent.label_)
        return ent


@Language.factory("quotes_names", assigns=["doc.ents"])
def make_name_repairer(nlp: Language, name: str) -> NameRepairer:
    return NameRepairer()


def _capitalised(token) -> bool:
    """A word written as a name is: "Kirsty", and "McAlpine", which is no title-case word (nor "MSP" a name)."""
    return token.is_alpha and token.text[:1].isupper() and (token.is_title or token.text[1:2].islower())

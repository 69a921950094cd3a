"""spaCy component that finds each quote's speaker with ordered sieves and classifies its kind."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.pipeline import coref
from quotes.pipeline.extensions import QUOTES_KEY
from quotes.resources import load_lines, load_pairs
from quotes.speakers import (CALENDAR_WORDS, NICKNAMED, NOT_FIRST_NAMES, SURNAME_PARTICLES, ArticleNames, clean_name,
                             honorific_gender, is_first_name, name_gender, surname, without_unused_middle_name)

SENTENCE_END = {".", "!", "?"}
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# "Halvorsen Systems Inc." is Halvorsen Systems
LEGAL_SUFFIXES = r"(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|LLP|AG|SA|NV|Berhad|Bhd|Sdn Bhd|Pty Ltd|Pvt Ltd|Pte Ltd|PJSC|SAOG|SAOC|QPSC|Tbk|GmbH|Limited)"
# the verbs of a document's making: "a notice issued on behalf of …", "the statement signed by …"
ISSUING_VERBS = frozenset({"issue", "sign", "send", "release", "publish", "write", "circulate", "distribute", "post"})
LEGAL_SUFFIX = re.compile(rf",?\s+{LEGAL_SUFFIXES}\.?$")
# "MetroLink Rail Sdn Bhd", which the recogniser may miss: capitalised words that end in a legal suffix (not one
# that is also a common abbreviation: "the Deputy AG")
LEGAL_NAME = re.compile(r"\b(?:[A-Z][\w&’'-]*\s+){1,5}?(?:Inc|Corp|Ltd|LLC|plc|PLC|LLP|Berhad|Sdn Bhd|Bhd|Pty Ltd|Pvt Ltd"
                        r"|Pte Ltd|PJSC|SAOG|SAOC|QPSC|Tbk|GmbH|Limited)\b\.?")
TITLE_HEADS = frozenset({"secretary", "minister", "president", "chancellor", "spokesman", "spokeswoman", "spokesperson",
                         "chairman", "chairwoman", "chair", "leader", "mayor", "governor", "senator", "director"})
PURE_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "the", "rt", "hon"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# a trailing "X said" belongs to the quote only when it follows within this many tokens
MAX_CUE_DISTANCE = 14
# ... or further on, when the speaker's name comes first and a long appositive separates it from the cue
NAME_FIRST_DISTANCE = 5
# how far back (in paragraphs) a pronoun or "the minister" may find the person it stands for
MAX_ANTECEDENT_PARAGRAPHS = 3
# how many paragraphs back a pronoun's only possible person is looked for
SOLE_CANDIDATE_PARAGRAPHS = 2
# a US politician's party and state or district: "D-Dorchester", "R-Texas"
PARTY_TAG = re.compile(r"[DRI]\s?[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*")
PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}
# modifiers that make another title of the same head: a shadow or deputy minister is not the minister
RANK_WORDS = frozenset({"shadow", "deputy", "vice", "former", "acting", "assistant", "junior", "interim", "chief"})
# verbs whose object is the one a speaker then calls "you": "the judge told Blaine", "jailing him, the sheriff said"
ADDRESSING_VERBS = frozenset({"tell", "sentence", "jail", "address", "warn", "urge", "thank", "ask"})
# who sits in judgment ("Judge Mabey", "Justice Okafor"), and what the article says befell the one they address
JUDICIAL_TITLES = ("judge", "justice", "magistrate", "sheriff", "recorder")
DEFENDANT_VERBS = frozenset({"plead", "sentence", "jail", "convict", "imprison"})
# nor, after another word, in these: "The state Police Public Relations Officer, SP Kehinde Olatunji,"
TITLE_ENDINGS = TITLE_HEADS | {"officer", "commissioner", "superintendent", "inspector", "member"}
# words for unnamed sources that, without a word before them, are as often things: "the figures", "sources"
THING_OR_PERSON = frozenset({"figure", "source"})
# verbs whose object is the one who speaks the verb after it: "I had a mayor tell me", "we heard him say"
CAUSATIVE_VERBS = frozenset({"have", "hear", "get", "let", "make", "watch", "see"})
# verbs by which the reporter says who put a question to whom: "Thibault then asked him", "one analyst pressed Otieno"
ASKING_VERBS = frozenset({"ask", "question", "press", "quiz"})
# "His Excellency, Governor Emeka Ozoemena": a style that stands for the one person the article gives it
EXCELLENCY = re.compile(r"(?i)(?:(?:his|her) )?excellency")
STYLED_EXCELLENCY = re.compile(r"\b(?:His|Her) Excellency,?\s+((?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]+)")
# verbs by which a speaker says they put a matter to a body, whose stock reply they then quote
WRITING_TO_VERBS = frozenset({"write", "complain", "speak", "talk", "appeal", "report", "go"})
CALLING_VERBS = frozenset({"call", "phone", "ring", "contact", "email"})
# "the elder Lomax" is the one introduced as a parent or an elder sibling, "the younger Vruwink" the one introduced
# as a child or a younger sibling
RELATIVES_BY_AGE = {"elder": ("father", "mother"), "older": ("father", "mother"), "younger": ("son", "daughter")}
ELDER_SIBLING = r"(?:elder|older|big) (?:brother|sister)"
YOUNGER_SIBLING = r"(?:younger|little|baby|kid) (?:brother|sister)"
# ranks whose holder the bare title never means: "the minister" is not the shadow minister nor a former one
LESSER_RANKS = frozenset({"shadow", "deputy", "vice", "assistant", "junior", "former"})
# words in front of a title that say nothing of where: "Local MSP Graeme Dunleavy", "veteran TD"
TITLE_QUALIFIERS = RANK_WORDS | frozenset({"local", "the", "a", "an", "his", "her", "their", "veteran", "longtime",
                                           "long-serving", "senior", "new", "newly", "opposition", "backbench"})
# a common noun after a body's name that is no part of it: "the United Auto Workers union"
GENERIC_BODY_NOUNS = frozenset({"union", "group", "company", "firm", "charity", "campaign", "organisation",
                                "organization"})
# "who asked not to be named", "speaking on condition of anonymity", "who was not authorized to speak publicly"
ANONYMITY = re.compile(r"\b(?:not|cannot|can[’']t)\b[\w ]{0,20}\b(?:named|identified)\b|anonymity|unnamed|not (?:authori[sz]ed|allowed|permitted) to speak"
                       r"|\b(?:declined|refused) to give (?:her|his|their) names?\b|\bnames? (?:not be used|be withheld|withheld)\b")
# "Doctors Without Borders (MSF)": the name is group 1 (the parser may leave the closing bracket out of a subject)
ACRONYMED_NAME = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w’'&-]*\s+(?:(?:of|for|and|without|the|on|in|&)\s+)*)*[A-Z][\w’'&-]*)"
                            r"\s+\([A-Z][A-Za-z]{1,5}\)?")
# a quote mark after a line break, which the small model may take into the entity before it
TRAILING_MARK = re.compile(r"\s+[“”‘’\"']+$")
# past forms the lemmatiser leaves alone where the tagger takes the verb for a noun ("the 54-year-old wrote")
IRREGULAR_PASTS = {"wrote": "write", "said": "say", "told": "tell", "spoke": "speak"}
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# a plural possessive's apostrophe, no part of a body's name: "Kestrel Metals’ statement"
PLURAL_POSSESSIVE = re.compile(r"(?<=s)[’']$")
SINGULAR_POSSESSIVE = re.compile(r"\s*[’']s$")
# "the 67-year-old", "a 29-year-old right-hander": the age is group 1
AGE = re.compile(r"\b(\d+)[- ]year[- ]old\b")
# attributions too loose to carry a speaker on to a later pronoun
WEAK_METHODS = frozenset({"nearest_speaker", "unresolved", "scare", "nested"})
# unnamed sources stay unnamed even after "the": "the source said" is no name
ALWAYS_ANONYMOUS = frozenset({
    "source", "sources", "insider", "insiders", "figure", "figures", "official", "officials", "ally", "allies",
    "friend", "friends", "person", "people", "member", "members", "aide", "aides",
})


def sieve_confidence() -> dict[str, float]:
    """Confidence of each sieve, as measured on the gold sets (scripts/calibrate.py)."""
    return {method: float(value) for method, value in load_pairs("sieve_confidence.csv", "method", "confidence")}


@dataclass(frozen=True)
class Lexicons:
    """The word lists attribution reads, loaded once per pipeline."""

    cues: frozenset[str]
    replies: frozenset[str]
    heckles: frozenset[str]
    publishing: frozenset[str]
    responses: frozenset[str]
    beliefs: frozenset[str]
    passive_speakers: frozenset[str]
    anonymous_heads: frozenset[str]
    person_nouns: frozenset[str]
    company_nouns: frozenset[str]
    company_endings: frozenset[str]
    news_outlets: frozenset[str]
    document_nouns: frozenset[str]
    organisations: frozenset[str]
    honorific_words: frozenset[str]
    kin: dict[str, str]
    kin_sexes: dict[str, str]
    gendered_nouns: dict[str, str]
    name_suffixes: frozenset[str]
    street_nouns: frozenset[str]
    social_platforms: frozenset[str]
    title_initialisms: dict[str, str]
    party_initialisms: dict[str, str]

    @classmethod
    def load(cls) -> Lexicons:
        return cls(
            cues=frozenset(load_lines("reporting_verbs.txt")),
            replies=frozenset(load_lines("reply_verbs.txt")),
            heckles=frozenset(load_lines("heckle_verbs.txt")),
            publishing=frozenset(load_lines("publishing_verbs.txt")),
            responses=frozenset(load_lines("response_nouns.txt")),
            beliefs=frozenset(load_lines("belief_verbs.txt")),
            passive_speakers=frozenset(load_lines("passive_speaker_verbs.txt")),
            anonymous_heads=frozenset(load_lines("anonymous_heads.txt")),
            person_nouns=frozenset(load_lines("person_nouns.txt")),
            company_nouns=frozenset(load_lines("company_nouns.txt")),
            company_endings=frozenset(load_lines("company_name_endings.txt")),
            news_outlets=frozenset(load_lines("news_outlets.txt")),
            document_nouns=frozenset(load_lines("document_nouns.txt")),
            organisations=frozenset(load_lines("organisations.txt")),
            honorific_words=frozenset(w for line in load_lines("honorifics.txt") for w in line.split()),
            kin=dict(load_pairs("kin_words.csv", "word", "same_as")),
            kin_sexes=dict(load_pairs("kin_sexes.csv", "relative", "sex")),
            gendered_nouns=dict(load_pairs("gendered_nouns.csv", "noun", "sex")),
            name_suffixes=frozenset(load_lines("name_suffixes.txt")),
            street_nouns=frozenset(load_lines("street_nouns.txt")),
            social_platforms=frozenset(load_lines("social_platforms.txt")),
            title_initialisms=dict(load_pairs("title_initialisms.csv", "initialism", "title")),
            party_initialisms=dict(load_pairs("party_initialisms.csv", "initialism", "party")),
        )


@dataclass
class Mention:
    """Who a cue points at: a name, a pronoun, an organisation or a description."""

    text: str
    kind: str  # name | pronoun | organisation | nominal
    head: Token
    description: str = ""


@dataclass
class Attribution:
    speaker: str = ""
    mention: str = ""
    description: str = ""
    speaker_type: str = "unknown"
    cue: str = ""
    method: str = "unresolved"
    antecedent: str = ""
    cue_lemma: str = field(default="", repr=False)


class Attributor:
    """Give every quote in doc.spans["quotes"] a speaker, method, confidence and kind."""

    def __init__(self, *, use_coreference: bool = True):
        self.lexicons = Lexicons.load()
        self.confidence = sieve_confidence()
        self.use_coreference = use_coreference

    def __call__(self, doc: Doc) -> Doc:
        quotes = list(doc.spans.get(QUOTES_KEY, []))
        if quotes:
            _DocumentAttribution(doc, quotes, self.lexicons, self.use_coreference).run(self.confidence)
        return doc


class _DocumentAttribution:
    """The sieves applied to the quotes of one document, in order."""

    def __init__(self, doc: Doc, quotes: list[Span], lexicons: Lexicons, use_coreference: bool):
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token each time it is read
        self.quotes = quotes
        self.lex = lexicons
        self.use_coreference = use_coreference
        self.paragraphs = doc._.quote_paragraphs or []
        self.in_quote = [-1] * len(doc)
        # Theresa “Tess” Villanueva: a nickname inside a name is part of the reporter's sentence, and nobody's quote
        nicknamed = list(NICKNAMED.finditer(self.text))
        self.nicknames = {match.start(2) for match in nicknamed}
        # the closing mark's offset, and the first name's
        self.first_name_before_nickname = {match.end(2): match.start(1) for match in nicknamed}
        for n, span in enumerate(quotes):
            q = span._.quote
            if q.depth == 0 and q.opener and q.start not in self.nicknames:
                for token in self._mark_tokens(q):
                    self.in_quote[token.i] = n
        self.entity_of: dict[int, Span] = {t: ent for ent in doc.ents for t in range(ent.start, ent.end)}
        # (“Furlong Story Short”: a name alone in quote marks is a title's or a nickname's, nobody's)
        quoted_alone = {(span.start_char, span.end_char) for span in quotes}
        self.names = ArticleNames(ent.text for ent in doc.ents if ent.label_ in PERSON_LABELS
                                  and (ent.start_char, ent.end_char) not in quoted_alone)
        self.names.add_nicknames_from_text(self.text)
        self.searched: set[str] = set()
        self.searched_pairs: set[str] = set()
        # the sex a pronoun gave a speaker whose name and description tell none ("Thandeka Zulu … “…,” she said")
        self.pronoun_genders: dict[str, str] = {}
        self.decided: list[Attribution] = []
        self.current = 0  # the quote being attributed

    # ---- driver -----------------------------------------------------------------------------
    def run(self, confidence: dict[str, float]) -> None:
        for n, span in enumerate(self.quotes):
            self.current = n
            q = span._.quote
            if q.depth > 0:
                attribution = self._nested(n)
            else:
                attribution = self._attribute(n)
            self.decided.append(attribution)
        for n, attribution in self._echoes():
            self.decided[n] = attribution
        maiden = self._without_maiden_names({a.speaker for a in self.decided if a.speaker_type == "person"})
        for span, attribution in zip(self.quotes, self.decided):
            if attribution.speaker in maiden:
                attribution = replace(attribution, speaker=maiden[attribution.speaker])
            self._store(span, attribution, self._kind(span, attribution), confidence)

    def _without_maiden_names(self, speakers: set[str]) -> dict[str, str]:
        """"Her sister, Nadine Qualls Burris" beside Joyce Qualls: a middle word that is another person's surname in
        the article is a maiden name, and goes like a middle name (Nadine Burris); and so does a middle word the text
        never writes with the surname alone ("Samuel Okai Lamptey … Lamptey said")."""
        surnames = {name.split()[-1]: name.split()[0] for name in set(self.names.names()) | speakers
                    if len(name.split()) == 2}
        dropped = {}
        for name in speakers:
            words = name.split()
            shorter = without_unused_middle_name(name, self.text)
            if len(words) == 3 and words[1] in surnames and surnames[words[1]] != words[0] \
                    and words[1].lower() not in SURNAME_PARTICLES:
                dropped[name] = f"{words[0]} {words[2]}"
            elif shorter != name:
                dropped[name] = shorter
        return dropped

    def _echoes(self) -> Iterator[tuple[int, Attribution]]:
        """A quote nobody was found for, whose words another quote says in full, is that quote's speaker's:
        a lede's “the wrong homes in the wrong place” comes from the councillor quoted in full lower down.
        One-word quotes ("greedy") are too common to tell, and the speakers of all the longer quotes that
        hold the words must agree."""
        words = [_comparable_words(span.text) for span in self.quotes]
        for n, attribution in enumerate(self.decided):
            if attribution.speaker and attribution.method != "nearest_speaker" or len(words[n]) < 2:
                continue
            # ("a council official had told him … that he would ‘hardly notice it’. / ‘Hardly notice it? …’": an
            # unnamed source's words that a named speaker throws back stay the source's, outside the lede)
            if attribution.speaker_type == "anonymous" and self.quotes[n]._.quote.paragraph > 0:
                continue
            # "He stood up there and said, ‘I'd call that an upgrade,’": a nested quote may repeat an earlier
            # quote word for word, from a speaker the pronoun fits
            repeats = self.quotes[n]._.quote.depth > 0 and attribution.mention.lower() in PRONOUN_GENDER
            # "a rate increase that supporters said was “painful but necessary”" in the lede: the words of the one
            # named speaker who says them again further down
            lede_group = self.quotes[n]._.quote.paragraph == 0 and attribution.speaker_type == "anonymous"
            sources = [m for m in range(len(self.quotes))
                       if m != n and self._echo_source(m, n) and (
                           _holds_words(words[m], words[n]) or lede_group and m > n and words[m] == words[n]
                           or repeats and m < n and words[m] == words[n] and self._compatible(
                               self.decided[m].speaker, PRONOUN_GENDER[attribution.mention.lower()]))]
            if len({self.decided[m].speaker for m in sources}) == 1:
                yield n, replace(self.decided[sources[0]], method="echo", cue="", antecedent="")

    def _echo_source(self, m: int, n: int) -> bool:
        """Whether quote m is a named speaker's, found by a sieve sure enough to lend, and does not hold n."""
        decided = self.decided[m]
        outer, inner = self.quotes[m]._.quote, self.quotes[n]._.quote
        return bool(decided.speaker) and decided.speaker_type in ("person", "organisation") \
            and decided.method not in WEAK_METHODS \
            and not (outer.start <= inner.mark_start and inner.mark_end <= outer.end)

    # ---- the text around a quote ------------------------------------------------------------
    def _mark_tokens(self, q) -> list[Token]:
        span = self.doc.char_span(q.mark_start, q.mark_end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _paragraph_span(self, index: int) -> Span | None:
        if not 0 <= index < len(self.paragraphs):
            return None
        para = self.paragraphs[index]
        return self.doc.char_span(para.start, para.end, alignment_mode="expand")

    def _paragraph_bounds(self, q) -> tuple[int, int]:
        span = self._paragraph_span(q.paragraph)
        return (span.start, span.end) if span is not None else (0, len(self.doc))

    def _clause_before(self, q) -> list[Token]:
        """Reporter's words before the quote, back to a sentence end, another quote or the paragraph start."""
        para_start, _ = self._paragraph_bounds(q)
        marks = self._mark_tokens(q)
        tokens: list[Token] = []
        i = marks[0].i - 1 if marks else -1
        while i >= para_start:
            token = self.doc[i]
            if self.in_quote[i] != -1 or token.text in SENTENCE_END:
                break
            tokens.append(token)
            i -= 1
        tokens.reverse()
        return [t for t in tokens if not t.is_space]

    def _clause_after(self, q) -> list[Token]:
        """Reporter's words after the quote, up to a sentence end, another quote or the paragraph end."""
        _, para_end = self._paragraph_bounds(q)
        marks = self._mark_tokens(q)
        tokens: list[Token] = []
        i = marks[-1].i + 1 if marks else para_end
        # "“Wala na kaming bahay,” (We no longer have a house.) Tapia said.": a translation in brackets is skipped
        if i < para_end and self.doc[i].text == "(":
            closing = next((t.i for t in self.doc[i: para_end] if t.text == ")"), None)
            if closing is not None and all(self.in_quote[t.i] == -1 for t in self.doc[i: closing]):
                i = closing + 1
        while i < para_end:
            token = self.doc[i]
            if self.in_quote[i] != -1:
                break
            tokens.append(token)
            if token.text in SENTENCE_END:
                break
            i += 1
        return [t for t in tokens if not t.is_space]

    def _outside_tokens(self, index: int) -> list[Token]:
        span = self._paragraph_span(index)
        if span is None:
            return []
        return [t for t in span if self.in_quote[t.i] == -1 and not t.is_space]

    # ---- cues and mentions ------------------------------------------------------------------
    def _verb_lemma(self, token: Token) -> str:
        lemma = token.lemma_.lower()
        # the small model's lemmatiser cuts some regular verbs wrongly ("texted" -> "texte", "raged" -> "rag",
        # "piped" -> "pip"), and its tagger may call one an adjective ("added co-author Dr Rahul Menon"): the text
        # without its ending may be the cue
        word = token.lower_
        candidates = [lemma, IRREGULAR_PASTS.get(word, lemma)] + [word[:-len(ending)] for ending in ("ed", "d", "es", "s")
                                if word.endswith(ending) and token.tag_ not in ("VB", "VBP", "VBG")]
        # "shot back" and "hit out": the small model tags the particle prt or, as often, advmod
        particles = [c.lower_ for c in token.children if c.dep_ in ("prt", "advmod") and c.i > token.i]
        for candidate in candidates:
            for particle in particles:
                if f"{candidate} {particle}" in self.lex.cues:
                    return f"{candidate} {particle}"
        return next((candidate for candidate in candidates if candidate in self.lex.cues), lemma)

    def is_cue(self, token: Token) -> bool:
        # ("a club statement read.": a root with a subject is a verb, whatever the tagger calls it)
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VB", "VBN", "VBG") \
                and not (token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)) \
                and self._aged_noun_subject(token) is None:
            return False
        return self._verb_lemma(token) in self.lex.cues

    def _signer(self, verb: Token) -> Token | None:
        """"The PPA, in a statement signed by its Publicity Secretary, Comrade Ufuoma Ighoyota, accused …": a
        statement signed by someone is theirs, whoever the sentence's subject is."""
        for preposition in verb.children:
            if preposition.dep_ != "prep" or preposition.lower_ != "in":
                continue
            for document in preposition.children:
                if document.dep_ != "pobj" or document.lemma_.lower() not in self.lex.document_nouns:
                    continue
                for signed in document.children:
                    if signed.lemma_ != "sign" or signed.dep_ != "acl":
                        continue
                    by = [b for b in signed.children if b.dep_ == "agent" or b.dep_ == "prep" and b.lower_ == "by"]
                    signers = [c for b in by for c in b.children if c.dep_ == "pobj" and self.in_quote[c.i] == -1]
                    if signers:
                        return signers[0]
        return None

    def _writer_read_from(self, verb: Token) -> Token | None:
        """"He read aloud from an email sent by one constituent:": the words read out are the writer's."""
        if verb.lemma_.lower() != "read":
            return None
        documents = [d for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                     for d in prep.children if d.dep_ == "pobj" and d.lemma_.lower() in self.lex.document_nouns]
        for document in documents:
            for sent in document.children:
                writer = self._agent(sent) if sent.dep_ == "acl" and sent.lemma_.lower() in self.lex.publishing else None
                if writer is not None:
                    return writer
        # "Kavanagh had written a letter to Mr Ashworth, part of which he read aloud:": the relative clause reads
        # out the document the sentence says someone wrote
        if verb.dep_ == "relcl" and any(t.lower_ == "which" for t in self.doc[min(verb.head.i, verb.i): verb.i]):
            written = [t for t in verb.sent if t.i < verb.i and t.dep_ == "dobj" and t.lemma_.lower() in self.lex.document_nouns
                       and t.head.lemma_.lower() in self.lex.publishing]
            writers = [c for c in written[-1].head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")] \
                if written else []
            if writers and self.in_quote[writers[0].i] == -1:
                return writers[0]
        return None

    def _document_sender(self, verb: Token) -> Token | None:
        """"The email … was sent by Kowalchuk to three supervisors. It read: “…”": a document the sentence says
        someone sent or wrote is theirs."""
        if verb.lemma_.lower() not in self.lex.publishing \
                or not any(c.dep_ == "nsubjpass" and c.lemma_.lower() in self.lex.document_nouns for c in verb.children):
            return None
        return self._agent(verb)

    def _agent(self, verb: Token) -> Token | None:
        """The first agent of a passive verb outside quotes: "sent by Kowalchuk"."""
        return next((agent for agent in _agents(verb) if self.in_quote[agent.i] == -1), None)

    def _capitalised_run_start(self, end: int) -> int:
        """Where the run of capitalised proper nouns just before token `end` starts."""
        start = end
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].is_title:
            start -= 1
        return start

    def _name_just_before(self, verb: Token) -> Token | None:
        """The last word of a person's name right before a cue, outside quotes ("… Shane Vearing said")."""
        named = self.doc[verb.i - 1] if verb.i > 0 else None
        return named if named is not None and named.ent_type_ in PERSON_LABELS and self.in_quote[named.i] == -1 else None

    @staticmethod
    def _aged_noun_subject(token: Token) -> Token | None:
        """“…,” the 54-year-old wrote.": the tagger may make the cue a noun that the age describes; the age is
        then its subject."""
        # (a past form only: "a 20-year-old report" is a report)
        if token.pos_ != "NOUN" or not (token.lower_ in IRREGULAR_PASTS or token.lower_.endswith("ed")):
            return None
        return next((c for c in token.children if c.dep_ == "amod" and c.lower_ == "old" and c.i == token.i - 1), None)

    def _subject(self, verb: Token, depth: int = 0) -> Token | None:
        aged = self._aged_noun_subject(verb)
        if aged is not None:
            return aged
        writer = self._writer_read_from(verb)
        if writer is not None:
            return writer
        signer = self._signer(verb)
        if signer is not None:
            return signer
        # a passive cue speaks through its agent: "was accused by the Labour MP Gregor Tennant of “…”"
        agent = self._agent(verb)
        if agent is not None:
            return agent
        # "were accused of a “cowardly retreat” by the shadow housing secretary": the parser hangs the agent on
        # the object of the cue's preposition
        if any(c.dep_ == "auxpass" for c in verb.children):
            for by in (t for prep in verb.children if prep.dep_ == "prep" for obj in prep.children for t in obj.children):
                if by.dep_ == "prep" and by.lower_ == "by":
                    agents = [c for c in by.children if c.dep_ == "pobj" and self.in_quote[c.i] == -1]
                    if agents:
                        return agents[0]
        # "students would be offered places": a passive cue's subject is what was said or done, not who said
        # it; a passive verb above the cue still raises its speaker ("Mr Adebayo is expected to say")
        # (the quote's own words are not the cue's: in "“…, is it?” replied Ashworth", "is" hangs on "replied")
        if depth == 0 and any(c.dep_ in ("nsubjpass", "auxpass") and self.in_quote[c.i] == -1 for c in verb.children) \
                and verb.lemma_.lower() not in self.lex.passive_speakers:
            return None
        # the small model sometimes makes a quote mark or the quote itself the subject: skip those
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not c.is_punct and self.in_quote[c.i] == -1]
        if subjects:
            before = [s for s in subjects if s.i < verb.i]
            # "Caroline Bosibori, who would take over should the Senate uphold the charges, said": the parser may
            # hang the cue on an inverted conditional's verb; its own subject, after the auxiliary, is not the speaker
            upright = [s for s in before if not any(c.dep_ == "aux" and c.i < s.left_edge.i for c in verb.children)]
            before = upright or before
            # "Naveed himself did not comment": an emphatic "himself" beside the name is no second subject
            before = [s for s in before if s.lower_ not in REFLEXIVES] or before
            # "said co-owner Lisa Harris": of two subjects after the cue, the one that names a person
            after = [s for s in subjects if s.i > verb.i]
            named_after = [s for s in after if s.ent_type_ in PERSON_LABELS]
            # "Arkansas Senator Tom Cotton said": the subject next to the verb is the person
            subject = before[-1] if before else (named_after or subjects)[0]
            # ("Redbacks coach Shane Vearing said", with "coach" parsed as a verb and the subject: the name before
            # the cue)
            if subject.pos_ == "VERB" and self._name_just_before(verb) is not None:
                return self._name_just_before(verb)
            # "Reacting, the state chairman of the party, Engr. Femi Olatunji, said": the parser may make the opening
            # participle the subject, and the speaker its appositive
            # ("Reacting, the Commissioner for Information, Mr. Ejiro Tobrise, told", "Outside court, Graham Tulloch, 68,
            # said": or an opening phrase the parser makes the subject, with the name hung on it)
            # ("Also reacting, the Minister of Aviation, Mr. Obinna Ezeudu, said": or the name in apposition to the
            # title hung there)
            hung = [c for c in subject.children if c.dep_ in ("npadvmod", "appos") and c.i > subject.i]
            named = [c for c in hung + [a for h in hung for a in h.children if a.dep_ == "appos"]
                     if c.ent_type_ in PERSON_LABELS and c.i > subject.i and self.in_quote[c.i] == -1]
            if named and subject.left_edge.is_sent_start and subject.pos_ in ("NOUN", "VERB", "PROPN") \
                    and subject.ent_type_ not in PERSON_LABELS and not self._is_person_word(subject):
                subject = named[-1]
            elif subject.tag_ == "VBG":
                subject = next((c for c in subject.children if c.dep_ == "appos" and self.in_quote[c.i] == -1), subject)
            # ("Utility President and CEO Dennis Okafor told": two titles joined, parsed as two subjects)
            elif subject.lower_ in self._role_words and subject.ent_type_ not in PERSON_LABELS:
                subject = next((c for c in subject.children if c.dep_ == "conj" and c.ent_type_ in PERSON_LABELS
                                and self.in_quote[c.i] == -1), subject)
            # ("In a post on X, formerly Twitter, Governor Lucky Aiyedatiwa wrote:": nor the platform, with the
            # writer joined to it)
            if subject.lower_ in self.lex.social_platforms:
                subject = next((c for c in subject.children if c.dep_ in ("conj", "appos") and self.in_quote[c.i] == -1),
                               subject)
            # "Phil Sorensen, who called it …": a relative pronoun stands for the noun the clause hangs on
            if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                # ("co-workers at a Brook Park warehouse, who described him as “…”": "who" is said of people, so of
                # the person word before the place the parser hangs the clause on)
                if subject.lower_ == "who" and not self._can_speak(verb.head):
                    return self._person_before_place(verb.head) or verb.head
                return verb.head
            return subject
        # "a killing the victim's mother called “…”": the parser may take a relative clause without "that" for one
        # hung on its subject (a past tense, not a participle: "the statement signed by …" is passive)
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i \
                and self.in_quote[verb.head.i] == -1:
            return verb.head
        # "“…,” declared the mayor of Springfield, Tom Reddy.": right after a quote, the parser may take the inverted
        # subject for the cue's object
        last = verb.i - 1
        while last >= 0 and self.doc[last].is_punct and not self.doc[last].is_quote and self.in_quote[last] == -1:
            last -= 1
        if last >= 0 and (self.doc[last].is_quote or self.in_quote[last] != -1):
            # ("“…,” read the statement signed by …": or the document, taken for what was read)
            inverted = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and self.in_quote[c.i] == -1
                        and (c.ent_type_ in PERSON_LABELS or self._is_person_word(c)
                             or verb.lemma_.lower() == "read" and c.lemma_.lower() in self.lex.document_nouns)]
            if inverted:
                return inverted[0]
        # "… deepened as a governorship aspirant, Chief Kayode Adesanmi, rejected the outcome": the parser may hang
        # the name just before the verb on another word
        if verb.i > 1 and self.doc[verb.i - 1].text == ",":
            named = self.doc[verb.i - 2]
            if named.ent_type_ in PERSON_LABELS and named.dep_ in ("npadvmod", "appos") and named.head.i != verb.i \
                    and self.in_quote[named.i] == -1:
                return named
        # "Speaking after the hearing, Sergeant Leanne O’Hare, of GMP’s …, said:": the parser may hang the subject on
        # the opening participle
        for clause in verb.children:
            if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i < verb.i:
                # ("Prof Dr Nasreen Qazi, addressing a press conference …, defended": or the name before it, between
                # commas)
                hung = [c for c in clause.children if c.dep_ in ("npadvmod", "nsubj") and c.pos_ == "PROPN"
                        and (c.i > clause.i or c.dep_ == "nsubj" and self.doc[c.i + 1].text == ",")
                        and self.in_quote[c.i] == -1]
                if hung:
                    return hung[-1]
        # "In a statement to NPR, the Delmont County Health Department said": or on the object of an opening
        # preposition, as its apposition
        apposed = self.doc[verb.i - 1] if verb.i > 0 else None
        if apposed is not None and apposed.dep_ == "appos" and apposed.pos_ in ("PROPN", "NOUN") \
                and apposed.head.dep_ == "pobj" and apposed.head.i < apposed.i and self.in_quote[apposed.i] == -1 \
                and any(t.text == "," for t in self.doc[apposed.head.i: apposed.i]):
            return apposed
        # "X said the plan was “too little” and accused them of “…”": the parser hangs the second cue on
        # the reported verb; it shares the subject of the cue that reports it
        # (and "A team spokesman said Beale would undergo an MRI and described the injury as “…”": a reported clause
        # about what someone will do is the reporter's, and so is the cue joined to it)
        head = verb.head
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and depth < 3 and self.is_cue(verb) \
                and not self.is_cue(head) and self.is_cue(head.head) and (
                    not self._has_person_subject(head)
                    or any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in head.children)):
            return self._subject(head.head, depth + 1)
        # "with a fuming councilwoman branding it “…”": a participle's subject is the noun it hangs on
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and self.in_quote[verb.head.i] == -1 \
                and (verb.head.ent_type_ in PERSON_LABELS or verb.head.lemma_.lower() in self._person_words):
            return verb.head
        # "He praised witnesses who came forward, describing them as “…”": after a comma, a participle the
        # parser hangs on a relative clause belongs to the main clause
        relative = verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and relative.dep_ == "relcl" and depth < 3 \
                and verb.i > 0 and self.doc[verb.i - 1].text == "," and relative.head.head.pos_ in ("VERB", "AUX"):
            return self._subject(relative.head.head, depth + 1)
        # "Coun Ackroyd said his group would ask for a review, adding: “…”": a participle the parser hangs on
        # the reported clause belongs to the one who reports it
        reported = verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and reported.dep_ == "ccomp" and depth < 3 \
                and verb.i > 0 and self.doc[verb.i - 1].text == "," and self.is_cue(verb) and self.is_cue(reported.head):
            return self._subject(reported.head, depth + 1)
        # "The club, which has produced 14 champions, posted on Facebook:": after a comma, the parser may hang the
        # main verb on the relative clause's last noun; its subject is the noun the relative clause describes
        if verb.dep_ == "acl" and verb.i > 0 and self.doc[verb.i - 1].text == ",":
            relative = next((a for a in list(verb.ancestors)[:4] if a.dep_ == "relcl"), None)
            if relative is not None and relative.head.pos_ in ("NOUN", "PROPN") and self.in_quote[relative.head.i] == -1:
                return relative.head
        # "Doe was quoted as saying …", "she responded by saying": the subject of the verb the preposition hangs on
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("as", "by") and verb.head.head.pos_ in ("VERB", "AUX") \
                and depth < 3:
            return self._subject(verb.head.head, depth + 1)
        # "X paused and said", "X went on to say": the subject is shared with the governing verb
        if verb.dep_ in ("conj", "xcomp", "advcl") and depth < 3 and verb.head.i != verb.i:
            # "Akinola had been jeered by the fans, but said …": the one jeered, not the fans
            passive_subjects = [c for c in verb.head.children if c.dep_ == "nsubjpass" and self.in_quote[c.i] == -1]
            # (but in "The Federation estimated that 12,000 hectares had been affected and described the situation
            # as “…”", hectares describe nothing: the parser hung the cue on the reported clause)
            reported_thing = verb.head.dep_ == "ccomp" and bool(passive_subjects) \
                and passive_subjects[0].pos_ == "NOUN" and not self._can_speak(passive_subjects[0]) \
                and passive_subjects[0].lemma_.lower() not in self.lex.organisations | self.lex.company_nouns
            if verb.dep_ == "conj" and reported_thing and self.is_cue(verb):
                return self._subject(verb.head.head, depth + 1)
            if verb.dep_ == "conj" and passive_subjects:
                return passive_subjects[0]
            shared = self._subject(verb.head, depth + 1)
            if shared is not None:
                return shared
        # "Cr Bryce Whitaker … left the council chamber …, telling colleagues …": a participle after a comma shares
        # the subject of the clause before it, however the parser hung it
        if verb.tag_ == "VBG" and verb.i >= 2 and self.doc[verb.i - 1].text == "," and depth < 3:
            last_word = self.doc[verb.i - 2]
            clause = next((a for a in [last_word, *last_word.ancestors] if a.pos_ in ("VERB", "AUX") and a.i < verb.i),
                          None)
            shared = self._subject(clause, depth + 1) if clause is not None and self.in_quote[clause.i] == -1 else None
            if shared is not None:
                return shared
        # a misparse without any subject ("the 34-year-old said" as det + amod): the nearest word on the left
        # ("Everly called Brooks …", "Tolliver told reporters" with the name parsed as an adverb)
        lefts = [c for c in verb.lefts if self.in_quote[c.i] == -1 and (
            c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") and c.dep_ not in ("advmod", "npadvmod", "prep", "mark")
            or c.i + 1 == verb.i and (c.ent_type_ in PERSON_LABELS or c.pos_ == "PROPN" and c.is_title and not c.ent_type_
                                      # "O’Halloran said", tagged an adverb and a body: a surname the article gave
                                      or c.is_title and self.names.bearers(c.text) == 1))]
        if lefts:
            return lefts[-1]
        if verb.dep_ == "ROOT" and self._name_just_before(verb) is not None:
            return self._name_just_before(verb)
        # "In a statement read to the court, Callum’s mother, Joanne Ashworth, said:" parsed with the name hung
        # on "court": a person's name between commas just before the cue
        before = self.doc[verb.i - 2] if verb.i >= 2 and self.doc[verb.i - 1].text == "," else None
        # ("“…,” the 29-year-old, who has won three titles, told reporters": the words before a relative clause
        # between commas)
        relative = next((t for t in reversed(self.doc[max(0, verb.i - 15): verb.i - 1])
                         if t.lower_ in ("who", "whose") and t.i >= 2 and self.doc[t.i - 1].text == ","), None) \
            if before is not None else None
        described = self.doc[relative.i - 2] if relative is not None \
            and all(t.text != "," for t in self.doc[relative.i: verb.i - 1]) and self.in_quote[relative.i - 2] == -1 \
            else None
        # (or the person word before the place that ends the words: "A senior official from the storm water drains
        # department, who did not wish to be named, admitted", with "drains" taken for a verb)
        if described is not None and not self._can_speak_as_age_or_name(described):
            described = self._person_before_place(described, across_verbs=True)
        if described is not None:
            return described
        # (or before an age between commas: "“…,” Aguirre, 67, said", with the name hung on the quote's words)
        if before is not None and before.like_num and before.i >= 2 and self.doc[before.i - 1].text == ",":
            before = self.doc[before.i - 2]
        # (or before a party and place between commas: "“…,” Kealy, D-Dorchester, said")
        comma = next((t for t in reversed(self.doc[max(0, verb.i - 7): verb.i - 1]) if t.text == ","), None) \
            if before is not None else None
        if comma is not None and comma.i >= 1 and PARTY_TAG.fullmatch(self.doc[comma.i + 1: verb.i - 1].text) \
                and self.doc[comma.i - 1].pos_ == "PROPN" and self.in_quote[comma.i - 1] == -1:
            # (only a politician's name stands before a party and place)
            return self.doc[comma.i - 1]
        # ("Anand Krishnamurthy, chief executive of Saqr Pay, said": the one the appositive describes, not its body)
        described = next((a.head for a in before.ancestors if a.dep_ == "appos"), None) \
            if before is not None and before.dep_ == "pobj" else None
        if described is not None and described.ent_type_ in PERSON_LABELS and self.in_quote[described.i] == -1:
            return described
        if before is not None and before.ent_type_ in PERSON_LABELS and self.in_quote[before.i] == -1:
            return before
        # "her victim impact statement, read to the court by her daughter, said": the statement, not its reader
        reader = next((a for a in before.ancestors if a.lemma_ == "read"), None) if before is not None else None
        if reader is not None and self._reads_document(reader):
            return next(c for c in [*reader.children, reader.head] if c.lemma_.lower() in self.lex.document_nouns)
        # inverted order without a parsed subject: "said Colin Mortimer"
        for child in verb.rights:
            if (child.pos_ == "PROPN" or child.ent_type_ in PERSON_LABELS) and child.dep_ not in ("dobj", "dative", "oprd"):
                return child
        return None

    def _is_dateline(self, ent: Span) -> bool:
        """"HAMILTON — …", "KUALA LUMPUR, Oct 14 —": a place in capitals that opens a paragraph."""
        opens_paragraph = ent.start == 0 or self.doc[ent.start - 1].is_space
        return opens_paragraph and ent.text.isupper() and ent.end < len(self.doc) \
            and self.doc[ent.end].text in ("—", "–", "-", ",", ":")

    def _can_speak(self, token: Token) -> bool:
        return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in PERSON_LABELS | {"ORG"} \
            or self._is_person_word(token) or token.lemma_.lower() in self.lex.document_nouns

    def _can_speak_as_age_or_name(self, token: Token) -> bool:
        """A person's name, a word for a person, or an age that stands for one ("the 29-year-old")."""
        return token.ent_type_ in PERSON_LABELS or self._is_person_word(token) \
            or AGE.search(self.doc[max(0, token.i - 4): token.i + 1].text) is not None

    def _person_before_place(self, place: Token, *, across_verbs: bool = False) -> Token | None:
        """The person word just before the phrase that ends in `place` ("co-workers at a Brook Park warehouse");
        `across_verbs` for a phrase the tagger may have read a verb in ("the storm water drains department")."""
        for token in reversed(self.doc[max(place.sent.start, place.i - 10): place.i]):
            if token.is_punct and token.text != "-" or token.pos_ in ("VERB", "AUX") and not across_verbs \
                    or self.in_quote[token.i] != -1:
                return None
            if token.pos_ == "NOUN" and self._is_person_word(token):
                return token
        return None

    def _has_person_subject(self, verb: Token) -> bool:
        """Whether a verb's subject can speak: "the transport secretary had stood up and called …" (not
        "the announcement was “too little” and accused …")."""
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                # ("said the figures were “…” and accused the minister": bare "figures" and "sources" are things;
                # "senior figures" and "party sources" are people)
                if child.lemma_.lower() in THING_OR_PERSON and not any(
                        c.dep_ in ("amod", "compound", "nmod") for c in child.children):
                    return False
                return child.pos_ in ("PROPN", "PRON") or child.lemma_.lower() in self._person_words
        return False

    def _description_of(self, head: Token, name_tokens: set[int]) -> str:
        doc = self.doc
        # an appositive: "Colin Mortimer, director of the Center for New Liberalism, a campaign group"
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                subtree = list(child.subtree)
                words = []
                for token in subtree:
                    if token.i > child.i and token.text in {",", "—", "–", "(", ";"}:
                        break
                    words.append(token)
                # ("Blessing Orode (Isoko North)": a constituency in brackets, without them)
                return _strip_det(doc[words[0].i: words[-1].i + 1].text.strip("() ")) if words else ""
        # a title before the name: "environment secretary Steve Reed", "Former Trump aide Sebastian Gorka"
        first = min(name_tokens)
        left = [t for t in head.subtree if t.i < first and t.dep_ not in ("det", "punct", "poss", "case")]
        # keep role titles ("Mayor", "Health Secretary") so that "the mayor" can find them; drop Mr, Sir and the like
        left = [t for t in left if t.lower_.strip(".") not in PURE_HONORIFICS]
        if left:
            title = doc[left[0].i: first].text.strip(" ,")
            if title and not title.lower().startswith(("and ", "or ")):
                return title
        # "Marshall, from the PPI"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "at") and child.i > max(name_tokens):
                return doc[child.i: child.right_edge.i + 1].text
        return ""

    def _is_person_name(self, text: str) -> bool:
        """Whether the article names a person so: a full PERSON name, or a word of one."""
        cleaned = clean_name(text)
        words = text.split()
        # "Constantine Papadakis SC", "Helen Marchbank KC": post-nominal letters follow only a person's name
        if len(words) >= 3 and words[-1].lower().strip(".") in self.lex.name_suffixes:
            return True
        if not _bare_surname(cleaned):
            # ("Nurul Huda" for Nurul Huda binti Ismail: the given names that open a fuller name)
            known = self.names.names()
            return cleaned in known or any(name.startswith(cleaned + " ") for name in known) or any(
                ent.label_ in PERSON_LABELS and clean_name(ent.text).endswith(" " + cleaned) for ent in self.doc.ents)
        # a surname alone ("Bensalah", "Ní Mhurchú") is a name only where the article also gives the full name
        return bool(cleaned) and not _bare_surname(self._full_name(cleaned))

    def _proper_noun_start(self, head: Token, *, hyphens: bool = False) -> int:
        """Where the proper-noun chain ending at `head` starts ("Arkansas Senator Tom Cotton")."""
        first = head.i
        while first > 0:
            before = self.doc[first - 1]
            if before.pos_ == "PROPN" and before.dep_ in ("compound", "flat") and before.lower_ not in CALENDAR_WORDS:
                first -= 1
            # "Mikey O’Hare said", parsed as two subjects (of "said", or the first of the second): one name cut in two
            elif before.pos_ == "PROPN" and first == head.i and before.dep_ == head.dep_ == "nsubj" \
                    and before.head.i in (head.i, head.head.i) and before.is_title and before.lower_ not in CALENDAR_WORDS:
                first -= 1
            # ("Foss Residents' Association": a plural's bare apostrophe inside a body's name)
            elif before.text in ("'", "’") and first > 1 and self.doc[first - 2].pos_ == "PROPN" \
                    and self.doc[first - 2].lower_.endswith("s") and not self.doc[first - 2].whitespace_:
                first -= 2
            # 'Sipho "Bra Sips" Radebe': the parser hangs the nickname apart, but the chain runs on to the first name
            elif before.is_quote and before.idx in self.first_name_before_nickname:
                at = self.first_name_before_nickname[before.idx]
                first = self.doc.char_span(at, at + 1, alignment_mode="expand").start
            # a double-barrelled surname ("Huw Pritchard-Jones") or one with a particle ("al-Mansouri said")
            elif hyphens and before.text == "-" and not before.whitespace_ and first > 1 \
                    and (self.doc[first - 2].pos_ == "PROPN" or self.doc[first - 2].lower_ in SURNAME_PARTICLES) \
                    and not self.doc[first - 2].whitespace_:
                first -= 2
            else:
                break
        return first

    def _name_mention(self, head: Token) -> Mention | None:
        """The name at a token: a PERSON entity, or a proper-noun chain that names a person."""
        # "Judge Helen Marchbank KC told": the parser may make the post-nominal letters the subject
        if head.lower_ in self.lex.name_suffixes and head.i > 0 and self.doc[head.i - 1].ent_type_ in PERSON_LABELS:
            head = self.doc[head.i - 1]
        # "the Coatbridge MSP said", "the shop steward said": a role with an article is no name, even where the
        # tagger calls it a proper noun
        if head.lemma_.lower() in self.lex.person_nouns and any(c.dep_ == "det" for c in head.children):
            return None
        # (the parser may hang "younger" on the verb: the word before the surname is read)
        before = self.doc[head.i - 1] if head.i > 0 else None
        age = before.lower_ if head.pos_ == "PROPN" and before is not None and before.lower_ in RELATIVES_BY_AGE \
            and (before.dep_ == "amod" or before.i > 0 and self.doc[before.i - 1].lower_ == "the") else None
        if age is not None:
            relative = self._relative_of_surname(head.text, age)
            return Mention(relative, "name", head) if relative is not None else None
        ent = self.entity_of.get(head.i)
        # “Coal Smoke Lullaby”: a title in quote marks is nobody
        if ent is not None and ent.label_ == "WORK_OF_ART" and self.in_quote[head.i] != -1:
            return None
        # "she told The Irish News": a name that opens with "The" is a paper's, a title's or a body's
        if ent is not None and ent.label_ not in PERSON_LABELS and ent[0].text == "The" and ent.start != ent.sent.start:
            return None
        # "the Oregon Democrat said": a party or a nationality describes a person and never names one
        # (but "Kian", tagged a nationality, is Kian McGuinness where the article names him so)
        if ent is not None and ent.label_ == "NORP" and not self.names.bearers(head.lower_) \
                and not (len(ent) == 1 and self.names.resolve_first_name(head.text)):
            return None
        # "the Gulf of Mexico", "the Americas": a place with "the" is never a person (without it, it may be: the
        # small model tags some surnames as places)
        # (nor "the Banking Act", "the Olympics": a law or an event with "the")
        if ent is not None and ent.label_ in ("LOC", "FAC", "GPE", "LAW", "EVENT") \
                and (ent[0].lower_ == "the" or ent.start > 0 and self.doc[ent.start - 1].lower_ == "the"):
            return None
        if ent is not None and (ent.label_ in PERSON_LABELS or ent.label_ in ORG_LABELS
                                and (self._is_person_name(ent.text) or _described_with_who(ent))):
            # the small model often tags a bare surname as ORG; the article names the person elsewhere
            first, last = ent.start, ent.end
        elif (head.pos_ == "PROPN" or self._titled_surname(head)) and (ent is None or ent.label_ not in ORG_LABELS):
            first, last = self._proper_noun_start(head, hyphens=True), head.i + 1
            # "the Coalition was": one capitalised word after "the" is a body or a title, not a person's name
            if last - first == 1 and first > 0 and self.doc[first - 1].lower_ == "the":
                return None
        else:
            return None
        # ("Sen. Ramon “Bong” Salcedo": the tagger may take a nickname's closing mark into the name)
        marks = [i for i in range(first, last - 1) if self.doc[i].is_quote]
        if len(marks) % 2:
            first = marks[-1] + 1
        # "Attorney-at-Law Ruwan Senanayake": the end of a hyphenated title is no first name
        while first < last - 1 and first > 0 and self.doc[first - 1].text == "-" and not self.doc[first - 1].whitespace_:
            first += 1
        # a sentence-initial "But Gemma" is tagged as one proper noun, and so is "In February Aldermoor"
        while first < last - 1 and (self.doc[first].lower_ in ("but", "and", "or", "so", "yet", "then", "now")
                                    or self.doc[first].lower_ in CALENDAR_WORDS):
            first += 1
        text = self.doc[first:last].text
        is_person_entity = ent is not None and ent.label_ in PERSON_LABELS
        if not self._plausible_person(text, first, is_person_entity=is_person_entity):
            # "Royal College of Nursing boss Siobhan O’Neill": the name is the tail of the chain
            for size in (2, 3):
                if last - size > first and self._plausible_person(self.doc[last - size:last].text, last - size,
                                                                  is_person_entity=is_person_entity):
                    first = last - size
                    text = self.doc[first:last].text
                    break
            else:
                return None
        # "Parkland West said", after "Parkland West Health Authority": the start of a body's name is the body
        # (never "Trump", tagged a body, before "Trump and Harris")
        # (nor "the State Patrol", after "The Minnesota State Patrol said")
        if not is_person_entity and any(name.startswith(text + " ") or ent is None and name.endswith(" " + text)
                                        for name in self._organisation_entities) \
                and not self._is_person_name(text):
            return None
        if first > 0 and honorific_gender(self.doc[first - 1].text):
            # "Mr. Patel": the title tells namesakes apart (his sister is Dr. Amira Patel)
            text = self.doc[first - 1: last].text
        return Mention(text, "name", head, self._description_of(head, set(range(first, last))))

    def _relative_of_surname(self, surname_word: str, age: str) -> str | None:
        """"The elder Lomax", "the younger Vruwink": of the people the article names with that surname, the one
        it introduces as a parent ("her father, Ray Lomax", "whose father Gordon") or as a child ("His son, Tyler
        Vruwink"), or as an elder or younger sibling ("Pike's younger brother, ruckman Sam Pike"). Of two
        namesakes, the one not introduced as the younger is the elder, and the other way round."""
        namesakes = [name for name in self.names.names() if surname(name) == surname_word.lower()]

        def introduced_as(age: str) -> list[str]:
            kin_words = "|".join(sorted(word for word, same in self.lex.kin.items() if same in RELATIVES_BY_AGE[age]))
            sibling = YOUNGER_SIBLING if age == "younger" else ELDER_SIBLING
            # (a role may stand between the kin word and the name: "brother, ruckman Sam Pike")
            return [name for name in namesakes if re.search(
                rf"\b(?i:{kin_words}|{sibling}),?\s+(?:[a-z-]+\s+){{0,2}}{re.escape(name.split()[0])}\b", self.text)]

        relatives = introduced_as(age)
        if not relatives and len(namesakes) == 2:
            others = introduced_as("elder" if age == "younger" else "younger")
            relatives = [name for name in namesakes if others == [n for n in namesakes if n != name]]
        return relatives[0] if len(relatives) == 1 else None

    def _issuer(self, head: Token) -> Mention | None:
        """Who issued a document that speaks: "a statement from the regional administration", "a Ministry of
        Defence statement", "the company's statement"."""
        if head.lemma_.lower() not in self.lex.document_nouns:
            return None
        if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and len(list(head.children)) == 1:
            # "the statement said": the statement the article cited before, and whoever issued it
            for earlier in reversed(self.doc[:head.i]):
                if earlier.lemma_ == head.lemma_ and self.in_quote[earlier.i] == -1:
                    issuer = self._issuer(earlier) or self._statement_maker(earlier)
                    if issuer is not None:
                        return issuer
            return None
        # ("schools had received a circular from the Ministry last week": the parser may hang "from" on the verb)
        received_from = [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "from"] \
            if head.dep_ == "dobj" and head.head.lemma_.lower() in ("receive", "get") else []
        for child in [*head.children, *received_from]:
            # (inside a quote, the issuer the speaker names there: "the memo from the DOTr says ‘…’")
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                mention = self._named_object(child, outside_quotes=True)
                quoted = self._named_object(child, outside_quotes=False) if mention is None and self.in_quote[head.i] != -1 \
                    else None
                mention = mention or (quoted if quoted is not None and quoted.head.pos_ == "PROPN" else None)
                if mention is not None:
                    return mention
            # "The notice, issued by / on behalf of Savannah Crest Developers Ltd, orders …": whoever it was
            # issued for
            # (not one "read out by" someone, who only voiced it; and "signed by its Head of Public Affairs, Mrs
            # Abena Boadu" is hers)
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in ISSUING_VERBS:
                for by in child.children:
                    behalf = next((t for t in by.children if t.dep_ == "pobj" and t.lower_ == "behalf"), None) \
                        if by.dep_ == "prep" and by.lower_ == "on" else None
                    of = next((t for t in behalf.children if t.dep_ == "prep" and t.lower_ == "of"), None) \
                        if behalf is not None else None
                    agent = by if by.dep_ == "agent" else of
                    issuer = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
                    mention = self._appositive_name(issuer) or self._named_object(agent, outside_quotes=True) \
                        if issuer is not None and self.in_quote[issuer.i] == -1 else None
                    if mention is not None:
                        return mention
            # "her victim impact statement": whoever "her" is
            if child.dep_ == "poss" and child.lower_ in ("his", "her"):
                return Mention(child.text, "pronoun", child)
            # "the department's own brief": a body the article named before, under its common noun
            # ("a club statement": the club the article named)
            common_body = child.dep_ in ("poss", "compound") and child.pos_ == "NOUN" and child.lower_ in self.lex.organisations
            if common_body or child.dep_ in ("compound", "poss") and child.i in self.entity_of \
                    and self.entity_of[child.i].label_ in ORG_LABELS | PERSON_LABELS:
                mention = self.mention_for(child)
                if mention is not None and mention.kind in ("name", "organisation"):
                    return mention
        # "Connor … shared a cryptic message on his Instagram Story which read: ‘…’": whoever put it out
        if head.dep_ == "dobj" and head.head.lemma_.lower() in self.lex.publishing:
            subject = self._subject(head.head)
            mention = self.mention_for(subject) if subject is not None and self.in_quote[subject.i] == -1 else None
            if mention is not None and mention.kind in ("name", "organisation"):
                return mention
        return None

    def _issuer_after_from(self, verb: Token) -> Mention | None:
        """The name or body after a verb's "from" ("the reply I got from the Finance Department")."""
        for preposition in verb.children:
            if preposition.dep_ == "prep" and preposition.lower_ == "from":
                mention = self._named_object(preposition, outside_quotes=False)
                if mention is not None:
                    return mention
        return None

    def _named_object(self, preposition: Token, *, outside_quotes: bool) -> Mention | None:
        """The person or body a preposition's object names ("from the regional administration")."""
        for source in preposition.children:
            if source.dep_ == "pobj" and (not outside_quotes or self.in_quote[source.i] == -1):
                mention = self.mention_for(source)
                if mention is not None and mention.kind in ("name", "organisation"):
                    return mention
        return None

    def _statement_maker(self, document: Token) -> Mention | None:
        """Who "said in a statement": the subject of the cue the statement hangs on."""
        preposition = document.head
        # ("In a statement, Kilcurran GAA Club thanked supporters": whatever the verb)
        if document.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head.pos_ not in ("VERB", "AUX"):
            return None
        # ("The Nigerian Association of Resident Doctors (NARD) had, in a communique …, directed": the parser may hang
        # the subject on the auxiliary the phrase cuts off)
        subject = self._subject(preposition.head) or next(
            (s for aux in preposition.head.children if aux.dep_ == "aux" for s in aux.children
             if s.dep_ in SUBJECT_DEPS and self.in_quote[s.i] == -1), None)
        mention = self.mention_for(subject) if subject is not None and subject.lemma_ != document.lemma_ else None
        return mention if mention is not None and mention.kind in ("name", "organisation") else None

    def _short_for_organisation(self, head: Token) -> bool:
        """"Veridan said", after "Veridan Therapeutics": a lone proper noun that starts a body's name and is
        nobody's name (the entity recogniser often calls it a person)."""
        if head.pos_ != "PROPN" or self._proper_noun_start(head) != head.i or head.i + 1 < len(self.doc) \
                and self.doc[head.i + 1].pos_ == "PROPN":
            return False
        # ("In a post on X, the MP wrote": a title is no short name for the Metropolitan Police)
        if head.lower_ in self._role_words:
            return False
        return self._organisation_name(head.text) != head.text and not self._is_person_name(head.text)

    def _titled_surname(self, head: Token) -> bool:
        """"Mrs O’Neill", "Desrosiers asked": a capitalised word the tagger calls a noun, after a courtesy title
        or where the article gives it in full as a person's surname."""
        if not head.is_title:
            return False
        return head.i > 0 and self.doc[head.i - 1].lower_.strip(".") in PURE_HONORIFICS or self.names.bearers(head.lower_) > 0

    def _plausible_person(self, text: str, first: int, *, is_person_entity: bool) -> bool:
        # "Bishop was more upbeat" is Lamar Bishop, where the article names him so and writes no "the"
        if " " not in text and self.names.bearers(text) and (first == 0 or self.doc[first - 1].lower_ != "the"):
            return True
        words = clean_name(text).split()
        if not words or _strip_det(text).lower() in self.lex.organisations:
            return False
        # "Pennsylvania Department of Health", "Haybridge Borough Council": organisations, not people
        # (but "Councilmember Traci Park" and "Ms Park": a first name and a surname, given a title)
        titled = is_person_entity and len(words) == 2 and is_first_name(words[0]) and (
            len(text.split()) > 2 and text.split()[0].lower().strip(".") in self.lex.honorific_words
            or re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(words[1])}\b", self.text) is not None)
        if any(w.lower() in self.lex.organisations for w in words) and not titled:
            return False
        # "the Prime Minister" is a title and "DES MOINES" a dateline, not names
        if any(w.isupper() and len(w) > 2 for w in words):
            return False
        # "Health Secretary", "the Prime Minister", "Public Relations Officer": a name never ends with a title
        if all(w.lower().strip(".") in self.lex.honorific_words for w in words) or words[-1].lower() in TITLE_HEADS \
                or len(words) > 1 and words[-1].lower() in TITLE_ENDINGS:
            return False
        if words[0].lower() in self.lex.social_platforms:
            return False
        # "Developer Bellway Homes said": a name that ends as only a company's does
        if len(words) > 1 and words[-1].lower() in self.lex.company_endings:
            return False
        # "Stonebridge Lane" is a street (Lois Lane is a person)
        if len(words) > 1 and words[-1].lower() in self.lex.street_nouns and not is_first_name(words[0]):
            return False
        # "said the Dutchman": a capitalised word for a person is a description
        if len(words) == 1 and words[0].lower() in self.lex.person_nouns:
            return False
        if len(words) > 1 or self._is_person_name(text):
            return True
        # a lone capitalised word ("Allies", "Turnout") is a name after an honorific ("Mr Ashworth"),
        # or where the entity recogniser calls it a person who reports speech
        previous = self.doc[first - 1].lower_.strip(".") if first > 0 else ""
        # (or with the honorific inside the entity: "Ms Fairley, who has lived with …, said")
        if previous in self.lex.honorific_words or honorific_gender(text.split()[0]):
            return True
        # "Biden said": a lone surname the entity recogniser calls a person, reporting speech
        # "My eldest, Ruby, said to me": or one it puts in apposition to a noun
        head = self.doc[first]
        if is_person_entity and (head.dep_ in SUBJECT_DEPS and self.is_cue(head.head) or head.dep_ == "appos"):
            return True
        # "Back in Bukit Duri, Suryani was hanging wet clothes": a known first name alone as a sentence's subject is a
        # person who goes by one name
        after = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        return head.dep_ in SUBJECT_DEPS and head.pos_ == "PROPN" and not head.is_sent_start and is_first_name(text) \
            and not self.names.bearers(text) and (after is None or after.is_lower or after.is_punct)

    def mention_for(self, head: Token) -> Mention | None:
        """Describe the speaker a subject token points at."""
        if head.pos_ == "PRON":
            # "Another, retired teacher Jean Halford, 71, said": the name in apposition
            named = self._appositive_name(head) if any(c.dep_ == "appos" for c in head.children) else None
            if named is not None:
                return named
            if head.lower_ == "it":
                return self._organisation_before(head)
            if head.lower_ in ("i", "me", "we", "us", "you", "that", "this", "which", "what", "who"):
                return None
            # "Fans flooded social media. One wrote: … Another posted: …": each an unnamed commenter
            if head.lower_ == "another":
                return Mention(head.text, "nominal", head, head.text)
            return Mention(head.text, "pronoun", head)
        # "a string of cryptic Instagram Stories", "a post on X, formerly Twitter": the platform is not the author
        if self.doc[self._proper_noun_start(head)].lower_ in self.lex.social_platforms:
            return None
        member = self._unnamed_member(head)
        if member is not None:
            return member
        # "One MCA, who sought anonymity, said … / “…,” the MCA said": a title the article gave one unnamed person
        # is that person again, though the tagger takes it for a body
        if head.pos_ == "PROPN" and head.is_upper and self._introduced_source(head) is not None:
            text = self.doc[head.left_edge.i: head.i + 1].text
            return Mention(text, "nominal", head, text)
        # "The JTFA, in a statement, said": an acronym the article defines is its body, whatever the tagger calls it
        if head.text in self._acronyms and self.in_quote[head.i] == -1:
            return Mention(head.text, "organisation", head)
        if self._short_for_organisation(head):
            return Mention(head.text, "organisation", head)
        named = self._name_closing_title(head) or self._name_mention(head)
        if named is not None:
            return named
        # "Mr Hartigan’s son Cian said": a first name the list lacks, given beside a relative's word, with the owner's
        # surname
        kin_named = self._first_name_with_owner_surname(head, head.text) if head.pos_ == "PROPN" and head.is_title \
            else None
        if kin_named is not None:
            return Mention(kin_named, "name", head, self.doc[head.left_edge.i: head.i].text)
        issuer = self._issuer(head)
        if issuer is not None:
            return issuer
        # ("One of them, Professor Ruth Okafor, said")
        if head.pos_ in ("NOUN", "PROPN", "NUM"):
            description = self.doc[head.left_edge.i: head.i + 1].text
            # "his attorney, Martin Feldstein", "The Bishop of Harwick, the Rt Rev Catherine Lowther": the appositive names them
            appos_name = self._appositive_name(head)
            if appos_name is not None:
                return Mention(appos_name.text, "name", appos_name.head, _strip_det(description))
            for child in head.children:
                if child.dep_ == "appos" and self.in_quote[child.i] == -1:
                    # "The owners, Redbrook Estates, said" (not "Big Sky Forward, a super PAC backing Sorley,")
                    appos_ent = self.entity_of.get(child.i)
                    described = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children)
                    if appos_ent is not None and appos_ent.label_ in ORG_LABELS and not described:
                        return Mention(_strip_det(appos_ent.text), "organisation", child)
        ent = self.entity_of.get(head.i)
        # "the Oregon Democrat": one member of a party or a nation is a person the article describes
        # ("The Portuguese added": a demonym that stays the same in the plural, tagged as one)
        one_member = ent is not None and ent.label_ == "NORP" and (
            head.tag_ == "NNP" or head.lower_.endswith("ese") or head.lower_ == "swiss")
        # "the Tánaiste said", "a local TD described": a title the recogniser took for a body is a role
        # (and "The GP asked me": a word for a person in capitals)
        title_only = ent is not None and all(t.lower_ in self._role_words or t.lower_ in self.lex.person_nouns
                                             for t in ent if t.lower_ not in ("the", "a", "an"))
        if ent is not None and ent.label_ in ORG_LABELS and not one_member and not title_only:
            return Mention(_strip_det(ent.text), "organisation", head)
        # "Shoppers nearby described …": a plural word for people, capitalised only to open the sentence
        people_word = head.is_sent_start and head.lower_.endswith("s") and head.lower_[:-1] in self._person_words
        if head.pos_ == "PROPN" and head.lower_ not in self.lex.anonymous_heads and head.ent_type_ not in PERSON_LABELS \
                and not one_member and not people_word and not self._is_person_word(head):
            # a proper noun that speaks but names no person is a body: "Defra said", "Lumina Labs said"
            first = self._proper_noun_start(head)
            # (but "Developer" in "Developer Bellway Homes said" is what the body is)
            while first < head.i and self.doc[first].lemma_.lower() in self._person_words \
                    and self.doc[first + 1].tag_ != "POS":
                first += 1
            # ("The Layerthorpe and Foss Residents' Association said": a body's name that opens with "the" runs
            # back over "and")
            if head.lower_ in self._organisation_words:
                joined = self._capitalised_run_start(first)
                if joined > 1 and self.doc[joined - 1].lower_ == "and":
                    joined = self._capitalised_run_start(joined - 1)
                    if joined < first - 2 and joined > 0 and self.doc[joined - 1].lower_ == "the":
                        first = joined
            words = self.doc[first: head.i + 1].text.split()
            if not all(w.lower().strip(".") in self.lex.honorific_words for w in words):
                return Mention(_strip_det(self.doc[first: head.i + 1].text), "organisation", head)
        if head.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            words = [t for t in head.subtree if not _in_clause_modifier(t, head)]
            text = self.doc[words[0].i: words[-1].i + 1].text.strip(" ,—–") if words else head.text
            lower = _strip_det(text).lower()
            # "Residents’ groups", "unions": many bodies are an unnamed group, not one organisation
            plural = head.tag_ in ("NNS", "NNPS") and head.lower_ != head.lemma_.lower()
            if not plural and (lower in self.lex.organisations or head.lower_ in self.lex.organisations
                               or head.lemma_.lower() in self.lex.company_nouns):
                body = self._body_for(head)
                # ("Orchard Prairie School District 84 board voted … / the district said": a name that ends in the
                # word itself beats a body the tagger cut short)
                ending = self._name_ending_in(head) if body is None or head.lower_ not in body.text.lower().split() else None
                name = ending or (_strip_det(body.text) if body is not None else None)
                # ("Developer Bellway Homes said … / The firm added:": the body the sentence before was about, where
                # the recogniser found no entity)
                before = self._organisation_before(head) if name is None and head.lemma_.lower() in self.lex.company_nouns \
                    else None
                name = name or (before.text if before is not None else None)
                # "The statement described …" whose issuer the article never names: nobody called "statement"
                if name is not None or head.lemma_.lower() not in self.lex.document_nouns:
                    return Mention(name or _strip_det(text), "organisation", head)
            # "Doctors Without Borders (MSF) said": capitalised words with their acronym are a body's name
            named = ACRONYMED_NAME.fullmatch(text)
            if named is not None:
                return Mention(named.group(1), "organisation", head)
            return Mention(text, "nominal", head, text)
        return None

    def _organisation_before(self, pronoun: Token) -> Mention | None:
        """"The trust said in a statement … It added: “…”": "it" is the body the sentence before is about."""
        if pronoun.sent.start == 0 or pronoun.dep_ not in SUBJECT_DEPS:
            return None
        sentence = self.doc[pronoun.sent.start - 1].sent
        # (a closing mark at the end of the paragraph before may be a sentence of its own)
        # (and "‘A. B,’ it said." goes back past the quote's own sentences to the reporter's)
        steps = 0
        while sentence.start > 0 and steps < 4 and (not any(t.is_alpha for t in sentence)
                                                    or self.in_quote[sentence.root.i] != -1):
            sentence = self.doc[sentence.start - 1].sent
            steps += 1
        # ("The PPA, in a statement signed by …, Comrade Ufuoma Ighoyota, accused … / It read in part:")
        signer = self._signer(sentence.root) or self._document_sender(sentence.root)
        signed = self.mention_for(signer) if signer is not None else None
        if signed is not None and signed.kind == "name":
            return signed
        for subject in sentence.root.children:
            if subject.dep_ in SUBJECT_DEPS and self.in_quote[subject.i] == -1 and subject.pos_ != "PRON":
                mention = self.mention_for(subject)
                if mention is not None and mention.kind == "organisation":
                    return Mention(mention.text, "organisation", pronoun)
                # "A statement signed by Mr Segun Alabi described … / It read in part, “…”": the document is its signer's
                if mention is not None and mention.kind == "name" and subject.lemma_.lower() in self.lex.document_nouns:
                    return mention
        return None

    def _unnamed_member(self, head: Token) -> Mention | None:
        """"A Department of Health and Social Care spokesperson said", parsed with the body as the subject:
        the speaker is the unnamed spokesperson, described with the body's name."""
        ent = self.entity_of.get(head.i)
        if ent is None or ent.label_ not in ORG_LABELS or ent.end >= len(self.doc):
            return None
        noun = self.doc[ent.end]
        if noun.pos_ != "NOUN" or noun.lower_ not in self.lex.anonymous_heads or self.in_quote[noun.i] != -1 \
                or not any(t.head.i == noun.i or noun.head.i == t.i for t in ent):
            return None
        start = ent.start - 1 if ent.start > 0 and self.doc[ent.start - 1].lower_ in ("a", "an") else ent.start
        text = _lower_indefinite(self.doc[start: noun.i + 1].text)
        return Mention(text, "nominal", noun, text)

    def _name_ending_in(self, head: Token) -> str | None:
        """"the park": the last capitalised name before it that ends in the word ("the Severn Valley Wildlife
        Park", which the recogniser may have missed), outside quotes."""
        word = re.escape(head.text[:1].upper() + head.text[1:])
        found = None
        # ("Orchard Prairie School District 84": with its number; "the Layerthorpe and Foss Residents' Association")
        for match in re.finditer(rf"\b((?:[A-Z][\w’'&-]*\s+)(?:(?:and\s+)?[A-Z][\w’'&-]*\s+){{0,4}}{word}(?:\s+\d+\b)?)\b",
                                 self.text[:head.idx]):
            span = self.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            # (a sentence may open with a word that is no part of the name: "The Orchard Prairie School District 84")
            if span is not None and span[0].is_sent_start and span[0].lower_ in NOT_FIRST_NAMES:
                span = span[1:]
            if span is not None and self.in_quote[span.start] == -1 and not (span[0].is_sent_start and len(span) < 3):
                found = _strip_det(span.text)
        return found

    def _appositive_name(self, head: Token) -> Mention | None:
        """"my first boss at NASA, Carl Ostrowski": the name in apposition to a noun."""
        for child in head.children:
            # "The album's centerpiece, “Coal Smoke Lullaby,”": a quoted appositive is a title, not a person
            if child.dep_ == "appos" and self.in_quote[child.i] == self.in_quote[head.i]:
                named = self._name_mention(child)
                if named is not None:
                    return named
                # "Her husband, Tunde, is a driver": one capitalised word beside a relative's word is a first name,
                # known to the name list or not
                if self._kin_sex(head) is not None and child.pos_ == "PROPN" and child.is_title \
                        and not any(c.dep_ == "compound" for c in child.children) \
                        and child.i + 1 < len(self.doc) and self.doc[child.i + 1].text == ",":
                    return Mention(child.text, "name", child, head.text)
        # "The founder of the bike company Voltway, Samira Haddad, told": the parser hangs the name on the
        # last noun of the description, but a person's name between commas that ends it names the head
        last = head.right_edge
        while last.is_punct and last.i > head.i:
            last = self.doc[last.i - 1]
        # (not one named inside a relative clause: "The former Commissioner for Works, whose wife, Mrs Funmilayo
        # Adesanmi, is a lawmaker,")
        # ("Its convener, Attorney-at-Law Ruwan Senanayake,": or the name ends the appositive the parser cut up)
        # (not a name inside a clause of it: "Big Sky Forward, a super PAC backing Sorley,")
        ancestors = list(itertools.takewhile(lambda a: a.i != head.i, last.ancestors))
        in_appositive = last.dep_ == "appos" or bool(ancestors) and ancestors[-1].dep_ == "appos" \
            and not any(a.pos_ in ("VERB", "AUX") for a in ancestors)
        if in_appositive and (last.ent_type_ in PERSON_LABELS or last.dep_ != "appos" and last.pos_ == "PROPN"
                              and self._name_mention(last) is not None) and last.i + 1 < len(self.doc) \
                and self.doc[last.i + 1].text == "," and head.dep_ in SUBJECT_DEPS \
                and self.in_quote[last.i] == self.in_quote[head.i] \
                and not any(a.dep_ == "relcl" and head.i < a.i for a in last.ancestors) \
                and not any(t.lower_ in ("whose", "who", "which") for t in self.doc[head.i: last.i]):
            return self._name_mention(last)
        return self._name_given(head)

    def _name_given(self, head: Token) -> Mention | None:
        """"a Northeastern student who gave only his first name, Tyler", "who gave his name only as Dwayne": the
        one name a source gives is the name they speak under."""
        for name in head.subtree:
            if name.lemma_ != "name" or name.dep_ != "dobj" or name.head.lemma_ != "give":
                continue
            given = [c for c in name.children if c.dep_ == "appos"] + \
                [o for c in name.head.children if c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
            if given and given[0].pos_ == "PROPN" and given[0].is_title and self.in_quote[given[0].i] == -1:
                giver = next((c.i for c in name.head.children if c.dep_ in SUBJECT_DEPS), name.head.i)
                return Mention(given[0].text, "name", given[0], self.doc[head.left_edge.i: giver].text.strip(" ,"))
        return None

    def _name_closing_title(self, head: Token) -> Mention | None:
        """"Welsh Conservative MS for South Wales East Aled Pugh said": the person's name ends the place or body a
        title's "for"/"of" phrase names (never "a spokesman for Mr Hale", whose words are not Mr Hale's)."""
        if head.dep_ not in SUBJECT_DEPS or not self._is_person_word(head):
            return None
        node = head
        for _ in range(3):
            preposition = next((c for c in node.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "in")), None)
            node = next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition is not None else None
            if node is None:
                return None
            ent = self.entity_of.get(node.i)
            if ent is not None and ent.label_ in PERSON_LABELS and ent[-1].i == node.i:
                place = self.doc[self._proper_noun_start(node): ent.start]
                # ("Director of housing Brian Geaney told": or the area in lower case before a first name)
                # ("Opposition member of parliament Erastus Kambonde": a full name the first-name list lacks too)
                area = not len(place) and ent.start > 0 and self.doc[ent.start - 1].pos_ == "NOUN" \
                    and self.doc[ent.start - 1].is_lower and (is_first_name(ent[0].text) or len(ent) >= 2)
                if not area and (not len(place) or any(
                        not t.is_title or t.lower_.strip(".") in self.lex.honorific_words for t in place)):
                    return None
                named = self._name_mention(node)
                title = self.doc[head.left_edge.i: ent.start].text
                return Mention(named.text, "name", named.head, title) if named is not None else None
        return None

    def _body_for(self, head: Token) -> Span | None:
        """The organisation named earlier that a common noun stands for: the one whose name holds the word
        ("the district": Millbrook Unified School District), the one described by it ("Veridan Therapeutics,
        a biotech company"), or, for "the company", the company the article has named most so far."""
        # "… with their association accusing the government of “…”. / The Nigerian Association of Resident Doctors
        # (NARD) had …": in the lede, a body by its common noun is the one the next paragraph names with it
        if self._paragraph_index(head.idx) == 0:
            named_next = [ent for ent in self.doc.ents if ent.label_ == "ORG" and head.lower_ in ent.text.lower().split()
                          and self._paragraph_index(ent.start_char) == 1]
            if named_next and not any(ent.label_ == "ORG" and head.lower_ in ent.text.lower().split()
                                      for ent in self.doc.ents if ent.end <= head.i):
                return named_next[0]
        bodies = [ent for ent in self.doc.ents if ent.label_ in ORG_LABELS and ent.end <= head.i
                  and any(t.is_title or t.is_upper for t in ent)
                  and _strip_det(ent.text).lower() not in self.lex.news_outlets and not self._is_dateline(ent)]
        by_word = [ent for ent in bodies if head.lower_ in ent.text.lower().split()]
        if by_word:
            return _owning_body(by_word[-1], head.lower_)
        lemma = head.lemma_.lower()
        described = [self.entity_of[t.head.i] for t in self.doc[:head.i]
                     if t.lemma_.lower() == lemma and t.dep_ == "appos" and t.head.i in self.entity_of
                     and self.entity_of[t.head.i] in bodies]
        if described:
            return described[-1]
        # "Ofsted said it would not … / “…,” the inspectorate said": the body the sentence before was about
        # ("… and Pacific Crest Electric confirmed a fault. / the utility said": the subject of a joined clause too)
        # (from before the quote where the cue's sentence starts inside it: "“…,” the association said")
        sentence = self._sentence_before_cue(head) if self.quotes else self._sentence_before(head.sent.start)
        clauses = [sentence.root] + [c for c in sentence.root.children if c.dep_ == "conj"] if sentence is not None else []
        # ("The NCAA has suspended … what the regulator described as “…”": or the body its own sentence is about,
        # where the noun is in a clause of it, and the sentence before names none)
        if head.head.i != head.sent.root.i and self.in_quote[head.sent.root.i] == -1:
            clauses.insert(0, head.sent.root)
        for child in (child for clause in reversed(clauses) for child in clause.children):
            body = self.entity_of.get(child.i)
            if child.dep_ in SUBJECT_DEPS and body in bodies and body.label_ == "ORG":
                return body
            # "Mercy Valley, a nonprofit, declined … / the hospital said": the start of a body's name, whatever
            # the recogniser took it for
            if child.dep_ in SUBJECT_DEPS and body is not None and body.label_ not in PERSON_LABELS:
                longer = {_strip_det(b.text): b for b in bodies
                          if b.label_ == "ORG" and _strip_det(b.text).startswith(_strip_det(body.text) + " ")}
                if len(longer) == 1:
                    return next(iter(longer.values()))
        companies = [ent for ent in bodies if ent.label_ == "ORG"]
        # ("their insurer", "his bank": a person's own company, which the article does not name)
        owned_by_person = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "my", "our", "your")
                              for c in head.children)
        if lemma not in self.lex.company_nouns or owned_by_person or not companies and not self._legal_names(head):
            return None
        # ("Commuters on the Sentosa Line … says the line’s operator. / … MetroLink Rail Sdn Bhd said": a name with a
        # legal suffix is a company's, where the article names other bodies more)
        companies = [ent for ent in companies if LEGAL_SUFFIX.search(ent.text)] or self._legal_names(head) or companies
        counts = Counter(_strip_det(ent.text) for ent in companies)
        first_seen = {name: -i for i, name in reversed(list(enumerate(_strip_det(e.text) for e in companies)))}
        best = max(counts, key=lambda name: (counts[name], first_seen[name]))
        return next(ent for ent in companies if _strip_det(ent.text) == best)

    def _legal_names(self, head: Token) -> list[Span]:
        """The names with a legal suffix written before a word, or, for a word in the lede, in the paragraph after it
        ("… says the line’s operator. / In a statement, MetroLink Rail Sdn Bhd said …")."""
        paragraph = self._paragraph_index(head.idx)
        spans = [span for match in LEGAL_NAME.finditer(self.text)
                 if (span := self.doc.char_span(match.start(), match.end(), alignment_mode="expand")) is not None
                 and self.in_quote[span.start] == -1]
        before = [span for span in spans if span.end <= head.i]
        if before or paragraph > 0:
            return before
        return [span for span in spans if self._paragraph_index(span.start_char) == 1]

    # ---- the sieves, most reliable first -----------------------------------------------------
    def _attribute(self, n: int) -> Attribution:
        span = self.quotes[n]
        q = span._.quote
        if not q.opener:
            # indirect speech: the reporting verb that governs the clause, as for a partial quote
            found = self._governing_cue(span, [])
            if found is None:
                found = self._according_mention(span)
            return self._resolve(found, "cue_syntax") if found is not None else Attribution()
        if q.start in self.nicknames:
            return Attribution()
        before = self._clause_before(q)
        after = self._clause_after(q)
        previous = self._previous_outer(n)

        # a paragraph that opens with a quote mark after an unclosed one continues the same quote (news convention)
        if q.continues_previous and previous is not None and self.quotes[previous]._.quote.continues_next:
            return replace(self.decided[previous], method="continuation")

        # “…,” X said.  /  “…,” said X, the role.  (the quote opens the sentence; the cue follows it)
        if not before:
            found = self._cue_in(after[:MAX_CUE_DISTANCE], require_subject_in=after)
            # “…,” Rep. Kyle Renner (R-Texas), a member of the House Freedom Caucus, told The Hill.
            if found is None:
                found = self._cue_in(after[MAX_CUE_DISTANCE:], require_subject_in=after[:NAME_FIRST_DISTANCE])
            if found is None:
                found = self._response_owner(after[:MAX_CUE_DISTANCE])
            if found is not None:
                return self._resolve(found, "cue_adjacent")

        # X said: “…”  /  X told GB News: “…”  /  He said, “…”  /  X fumed: “…”
        if before and before[-1].text in (":", ","):
            found = self._cue_in(list(reversed(before)), require_subject_in=None)
            if found is None and before[-1].text == ":":
                found = self._any_verb_intro(before)
            if found is None:
                found = self._response_owner(before)
            if found is not None:
                return self._resolve(found, "colon_intro")
            if before[-1].text == ":":
                mention = self._bare_name(before[:-1])
                if mention is not None:
                    return self._resolve((mention, None), "colon_intro", cue=":")
                # "Then, after a pause: “…”": a colon after words that name nobody and say nothing goes on
                # with the speaker of the quote just before
                if previous is not None and self.decided[previous].method != "unresolved" \
                        and q.paragraph - self.quotes[previous]._.quote.paragraph <= 1 \
                        and not any(t.pos_ in ("VERB", "AUX", "PROPN", "PRON") for t in before):
                    return replace(self.decided[previous], method="continuation")

        # a fragment inside the reporter's sentence: the cue verb that governs it
        if before:
            found = self._governing_cue(span, before)
            # ("The city was “turning a corner”, Bass insisted.": the parser may hang the cue that closes the
            # sentence on a verb inside the quote)
            # (the clause after the comma opens with the cue's subject: not "…”, with analyst X writing that")
            if found is None and len(after) > 1 and after[0].text == ",":
                found = self._cue_in(after[:MAX_CUE_DISTANCE], require_subject_in=after[:MAX_CUE_DISTANCE])
                subject = self._subject(found[1]) if found is not None and found[1] is not None else None
                if subject is None or subject.left_edge.i != after[1].i:
                    found = None
            if found is not None:
                return self._resolve(found, "cue_syntax")
        according = self._according_to(before + after)
        if according is not None:
            return self._resolve((according, None), "according_to", cue="according to")

        opens_paragraph = self._opens_paragraph(q)
        # a paragraph-final "X said:" introduces the quote that opens the next paragraph
        if opens_paragraph and q.paragraph > 0:
            found = self._intro_from_previous_paragraph(q.paragraph - 1)
            if found is not None:
                return self._resolve(found, "intro_paragraph")

        # "Calloway laughs when this is read back to her. “I’m not mad.”": a quote with no cue of its own,
        # after a sentence of its paragraph about a person, is that person's
        if not before and not opens_paragraph and not self._cue_in(after, require_subject_in=None):
            marks = self._mark_tokens(q)
            sentence = self._sentence_before(marks[0].i) if marks else None
            # the sentence is the reporter's alone: after "“A,” X said." a quote belongs to same_paragraph
            mention = self._sentence_subject(sentence) if sentence is not None \
                and self._paragraph_index(sentence.start_char) == q.paragraph \
                and all(self.in_quote[t.i] == -1 for t in sentence) else None
            if mention is not None:
                result = self._resolve((mention, None), "sentence_before", cue="")
                if result.speaker:
                    return result

        # “…” / So says Winston Adeyemi, 68, who …: the next paragraph names the speaker
        if opens_paragraph and not before and not after:
            found = self._so_says(q.paragraph + 1)
            if found is not None:
                return self._resolve(found, "cue_adjacent")

        # "Khumalo said the decision had been taken when prices were higher. / “With hindsight, …”": a quote-only
        # paragraph after one that ends in someone's reported speech goes on with that speaker
        if opens_paragraph and not before and not after and q.paragraph > 0:
            reported = self._reported_last(q.paragraph - 1, n)
            if reported is not None:
                return replace(reported, method="continuation")

        if previous is not None:
            prev_q = self.quotes[previous]._.quote
            prev = self.decided[previous]
            # “A,” X said. “B.”: an unattributed quote in the same paragraph belongs to the quote before it
            if prev_q.paragraph == q.paragraph and prev.method != "unresolved":
                return replace(prev, method="same_paragraph")
            quote_only = opens_paragraph and not before and not after
            if quote_only and prev_q.paragraph == q.paragraph - 1 and prev.method != "unresolved":
                held = self._floor_before_heckle(previous)
                if held is not None:
                    return held
                # "Thibault then asked him about the money. / ‘Where did it go?’ / ‘Most of it …’": the one asked answers
                asked = self._asked_person(previous) or self._answerer(previous)
                if asked is not None:
                    return asked
                # "One reporter asked Simpson whether … / “…,” Simpson said. / “And the knee?”": the questioner asks again
                # (and "“Only that I'm sorry, Your Honour,” Hurren said. / “I hope not, Mr Hurren.”": the one asked
                # is answered back by name)
                questioner = self._questioner(previous) \
                    if self._is_question(q) or self._calls_by_name(q, prev.speaker) else None
                if questioner is not None:
                    return questioner
                # in an exchange, the line after a reply goes back to the one who was answered
                other = self._exchange_partner(previous)
                if other is not None:
                    return replace(other, method="exchange")
                # a quote-only paragraph continues the speaker of the one before, unless someone else is named
                if not self._names_someone_else(prev_q, q, prev.speaker):
                    return replace(prev, method="continuation")

        # a quote-only paragraph after one that introduces a person: "Her neighbor, Glen Haskell, stayed."
        if opens_paragraph and not before and not after and q.paragraph > 0:
            subject = self._last_subject(q.paragraph - 1)
            if subject is not None and not self._paragraph_quotes_someone(q.paragraph - 1):
                return self._resolve((subject, None), "nearest_speaker", cue="", weak=True)
        return Attribution()

    def _floor_before_heckle(self, previous: int) -> Attribution | None:
        """"“I’ll table whatever the member likes,” Mr Harrington replied. / “Table it now!” one opposition MP
        shouted. / “The member will get his copy …”": after an unnamed member's heckle, the member who held the
        floor in the paragraph before it."""
        heckle = self.decided[previous]
        if heckle.cue_lemma not in self.lex.heckles or heckle.speaker_type != "anonymous":
            return None
        before = self._previous_outer(previous)
        if before is None or not self.decided[before].speaker \
                or self.quotes[before]._.quote.paragraph != self.quotes[previous]._.quote.paragraph - 1:
            return None
        return replace(self.decided[before], method="exchange")

    def _cue_in(self, tokens: list[Token], *, require_subject_in: list[Token] | None):
        unnamed = None
        for token in tokens:
            if not self.is_cue(token):
                continue
            subject = self._subject(token)
            if subject is None or self.in_quote[subject.i] != -1:
                continue
            if require_subject_in is not None and subject not in require_subject_in:
                continue
            # "her victim impact statement, read to the court by her daughter, said": the reader is not the speaker
            if subject.dep_ == "pobj" and subject.head.dep_ == "agent" and self._reads_document(token):
                continue
            mention = self.mention_for(subject)
            # "Reiner said the government would announce purchases, “in the coming months”"
            if mention is not None and _unnamed_body(mention):
                unnamed = unnamed or (mention, token)
            elif mention is not None:
                return mention, token
        return unnamed

    def _reads_document(self, verb: Token) -> bool:
        """Whether a passive verb has a document read out as its subject ("the statement, read by …")."""
        documents = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + [verb.head]
        return verb.lemma_ == "read" and any(d.lemma_.lower() in self.lex.document_nouns for d in documents)

    def _response_owner(self, tokens: list[Token]):
        """"His response: “We will see.”", "“No,” was his blunt reply.", "In the words of Mark Ellison, “…”": the one
        whose answer or words they are."""
        for token in tokens:
            if token.lemma_.lower() not in self.lex.responses or self.in_quote[token.i] != -1:
                continue
            # ("In the words of Mark Ellison, “…”")
            owner = next((c for c in token.children if c.dep_ == "poss"), None) \
                or next((o for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                         for o in c.children if o.dep_ == "pobj"), None)
            mention = self.mention_for(owner) if owner is not None else None
            if mention is not None and mention.kind in ("name", "pronoun"):
                return mention, None
        return None

    def _any_verb_intro(self, before: list[Token]):
        """`X fumed:` with a verb missing from the lexicon: the clause's own verb and its subject."""
        for token in reversed(before):
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() not in self.lex.beliefs:
                # ("Traci Park, a councilmember, was not convinced:": a passive that says how they took it)
                subject = self._subject(token) or next(
                    (c for c in token.children if c.dep_ == "nsubjpass" and self.in_quote[c.i] == -1), None)
                if subject is not None and self.in_quote[subject.i] == -1:
                    mention = self.mention_for(subject)
                    if mention is not None and mention.kind != "nominal" or mention is not None and mention.head.lower_ in self.lex.anonymous_heads:
                        return mention, token
                return None
        return None

    def _governing_cue(self, span: Span, before: list[Token]):
        # walk up from the quote's words to the first reporting verb outside the quote
        seen = set()
        unnamed = thing = None
        for token in span:
            node = token
            for _ in range(12):
                if node.i in seen:
                    break
                seen.add(node.i)
                # (an indirect quote's own words are outside any quote marks, but never its cue)
                if self.in_quote[node.i] == -1 and not span.start <= node.i < span.end and self.is_cue(node):
                    subject = self._subject(node)
                    if subject is not None and self.in_quote[subject.i] == -1:
                        mention = self.mention_for(subject)
                        # "Helen Okafor said the board had concluded the offer was “…”", and "spokesman Trey
                        # Bonner said the company would not comment on “…”", where "the company" is Calloway
                        # (but "had been told by their insurer that the policy did not cover “…”": a passive cue's
                        # agent did the telling)
                        by_agent = subject.dep_ == "pobj" and subject.head.dep_ == "agent" \
                            and any(c.dep_ == "auxpass" for c in node.children)
                        if mention is not None and not by_agent and (
                                _unnamed_body(mention) or mention.kind == "organisation" and subject.pos_ == "NOUN"):
                            unnamed = unnamed or (mention, node)
                        # and "she said the scale of the fraud demanded “…”": a thing that "demands" is no speaker;
                        # "Tom Whelan said traders had been asking for patrols “for months, not weeks”": the
                        # words are the named speaker's, who reports what the group did (not "backbench TDs who
                        # say the scheme is “unworkable”", whose words they are, nor "…, with health officials
                        # warning that the outbreak has “not yet peaked”", nor "what lawmakers described as “…”")
                        elif mention is not None and (
                                self._is_thing(mention, subject)
                                or mention.kind == "nominal" and subject.tag_ == "NNS" and node.dep_ != "relcl"
                                and not (node.dep_ == "pcomp" and node.head.lower_ == "with")
                                and not any(c.tag_ == "WP" for c in node.children)
                                and not any(c.dep_ == "det" for c in subject.children)
                                and not self._told_the_speaker(node)):
                            thing = thing or (mention, node)
                        elif mention is not None:
                            return mention, node
                if node.head.i == node.i:
                    break
                node = node.head
        if unnamed is not None or thing is not None:
            return unnamed or thing
        # otherwise the nearest reporting verb earlier in the sentence
        return self._cue_in(list(reversed(before)), require_subject_in=None)

    @staticmethod
    def _told_the_speaker(cue: Token) -> bool:
        """"Krystal Ratt said officials at the band office told her to pack for “two or three days”": what a group
        told the one reporting it, in so many words, is theirs."""
        return cue.lemma_.lower() == "tell" and any(c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" for c in cue.children)

    def _according_mention(self, span: Span):
        sentence_tokens = list(span.sent) if span.sent is not None else []
        mention = self._according_to(sentence_tokens)
        return (mention, None) if mention is not None else None

    def _according_to(self, tokens: list[Token]) -> Mention | None:
        for token in tokens:
            if token.lower_ == "according":
                for to in token.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return self.mention_for(obj)
        return None

    def _bare_name(self, tokens: list[Token]) -> Mention | None:
        """A clause that is only a name, as in "Burns: “…”"."""
        words = [t for t in tokens if not t.is_punct]
        if not words or len(words) > 5:
            return None
        return self._name_mention(words[-1])

    def _intro_from_previous_paragraph(self, index: int):
        span = self._paragraph_span(index)
        if span is None or span[-1].text != ":":
            return None
        clause: list[Token] = []
        for token in reversed(self._outside_tokens(index)[:-1]):
            if token.text in SENTENCE_END:
                break
            clause.append(token)
        found = self._cue_in(clause, require_subject_in=None)
        return found if found is not None else self._any_verb_intro(list(reversed(clause)) + [span[-1]])

    def _so_says(self, index: int):
        """The cue and its subject where a paragraph opens "So says X" or "So said X" (or "Those are the words of X")."""
        tokens = [t for t in self._outside_tokens(index) if not t.is_space][:6] if index < len(self.paragraphs) else []
        # "Those are the words of Imran Qadir, 44, whose off-licence …"
        words_of = len(tokens) == 6 and tokens[0].lower_ in ("those", "these") and tokens[1].lemma_ == "be" \
            and [t.lower_ for t in tokens[2:5]] == ["the", "words", "of"]
        if words_of:
            named = next((c for c in tokens[4].children if c.dep_ == "pobj"), None)
            mention = self._name_mention(named) if named is not None else None
            return (mention, tokens[3]) if mention is not None and mention.kind == "name" else None
        if len(tokens) < 3 or tokens[0].lower_ not in ("so", "thus") or tokens[1].lemma_ != "say":
            return None
        subject = self._subject(tokens[1])
        mention = self.mention_for(subject) if subject is not None else None
        return (mention, tokens[1]) if mention is not None and mention.kind == "name" else None

    def _reported_last(self, index: int, n: int) -> Attribution | None:
        """The attribution of the paragraph's last quote, where that is reported speech with a speaker (or an
        unnamed source with a description: "one Fianna Fáil backbencher told The Journal there was …")."""
        last = max((k for k in range(n) if self.quotes[k]._.quote.paragraph == index and self.quotes[k]._.quote.depth == 0),
                   key=lambda k: self.quotes[k]._.quote.start, default=None)
        if last is None or self.quotes[last]._.quote.opener:
            return None
        decided = self.decided[last]
        if not decided.speaker and not (decided.speaker_type == "anonymous" and decided.description):
            return None
        return self.decided[last]

    def _paragraph_quotes_someone(self, index: int) -> bool:
        """Whether a quote in the paragraph has a speaker (a scare-quoted word such as “takaya” has none)."""
        return any(span._.quote.paragraph == index and (decided.speaker or decided.speaker_type == "anonymous")
                   for span, decided in zip(self.quotes, self.decided))

    def _last_subject(self, index: int) -> Mention | None:
        """The last person or body that is the subject of a sentence in a paragraph."""
        pronoun = None
        for token in reversed(self._outside_tokens(index)):
            # (not the subject of a reported question: "pressed management on whether the company was losing ground")
            if token.dep_ in SUBJECT_DEPS and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if")
                                                      for c in token.head.children):
                mention = self.mention_for(token)
                if mention is not None and mention.kind in ("name", "organisation"):
                    return mention
                # "For Ernie Wapato, …, the news landed differently. The 81-year-old fished …, and he remembers …":
                # where no name is a subject, a he or she the paragraph is about, who stands for the person named
                if pronoun is None and mention is not None and mention.kind == "pronoun" \
                        and token.lower_ in ("he", "she") and token.head.dep_ in ("ROOT", "conj"):
                    pronoun = mention
                    continue
                # "At the briefing, one analyst pressed management …": an unnamed source who asks
                if mention is not None and token.head.dep_ == "ROOT" and self._is_person_word(token) \
                        and self._stays_anonymous(token):
                    return mention
        return pronoun

    def _names_someone_else(self, earlier, later, speaker: str) -> bool:
        """Whether the reporter's text between two quotes makes another person a subject."""
        between = self.doc.char_span(earlier.mark_end, later.mark_start, alignment_mode="contract")
        if between is None:
            return False
        for token in between:
            if self.in_quote[token.i] != -1 or token.dep_ not in SUBJECT_DEPS:
                continue
            mention = self.mention_for(token)
            if mention is None or mention.kind != "name":
                continue
            name = self._full_name(mention.text)
            # "Osei-Mensah Sr said" names the speaker, not the son he shares the surname with
            shared_surname = len(clean_name(mention.text).split()) == 1 and surname(name) == surname(speaker)
            if name != speaker and not shared_surname:
                return True
        return False

    def _exchange_partner(self, previous: int) -> Attribution | None:
        """Who spoke before the last speaker, when the last quote answered them."""
        last = self.decided[previous]
        if previous == 0:
            return None
        earlier_index = self._previous_outer(previous)
        # (“Yes, we are,” Mr Otieno replied. “People are buying …”: one answer in two parts)
        while earlier_index is not None and self.decided[earlier_index].speaker == last.speaker and last.speaker \
                and self.quotes[earlier_index]._.quote.paragraph == self.quotes[previous]._.quote.paragraph:
            earlier_index = self._previous_outer(earlier_index)
        if earlier_index is None:
            return None
        earlier = self.decided[earlier_index]
        # ("“Was it a push?” one reporter asked. / “It was hockey,” Rutkowski said. / “Would you …?”": an
        # unnamed questioner takes part too)
        if not earlier.speaker and earlier.speaker_type != "anonymous" or earlier.speaker == last.speaker \
                and earlier.description == last.description or earlier.method == "unresolved":
            return None
        last_text = self.quotes[previous]._.quote
        # an exchange runs line after line: a paragraph of the reporter's between two quotes ends it
        if last_text.paragraph - self.quotes[earlier_index]._.quote.paragraph > 1:
            return None
        asked = self._is_question(last_text)
        replied = last.cue_lemma in self.lex.replies
        earlier_asked = self.quotes[earlier_index]._.quote
        earlier_question = self._is_question(earlier_asked)
        # a run of bare lines keeps alternating once an exchange has started
        if replied or asked or earlier_question or last.method == "exchange":
            return earlier
        return None

    def _calls_by_name(self, q, speaker: str) -> bool:
        """Whether a quote calls someone by their surname, titled or not, between commas or at a sentence's end
        ("I hope not, Mr Hurren.")."""
        if not speaker:
            return False
        surname_word = re.escape(speaker.split()[-1])
        return re.search(rf"(?:^|, )(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?{surname_word}[.,!?]", self.text[q.start:q.end]) is not None

    def _is_question(self, q) -> bool:
        return self.text[q.start:q.end].rstrip(" ,”\"'’").endswith("?")

    def _asking_verbs_before(self, k: int) -> Iterator[tuple[Token, Token]]:
        """Each asking verb, with its subject, in the reporter's sentence just before quote `k`."""
        marks = self._mark_tokens(self.quotes[k]._.quote)
        sentence = self._sentence_before(marks[0].i) if marks else None
        for verb in sentence if sentence is not None else []:
            subject = self._subject(verb) if verb.lemma_ in ASKING_VERBS else None
            if subject is not None:
                yield verb, subject

    def _asked_person(self, question: int) -> Attribution | None:
        """Whom the reporter's sentence before a question says its speaker asked, named or as a pronoun."""
        asker = self.decided[question]
        if not asker.speaker or not self._is_question(self.quotes[question]._.quote):
            return None
        for verb, _ in self._asking_verbs_before(question):
            for asked in verb.children:
                if asked.dep_ != "dobj":
                    continue
                gender = PRONOUN_GENDER.get(asked.lower_, "")
                mention = self._name_mention(asked) if asked.pos_ == "PROPN" else None
                if asked.pos_ == "PRON" and gender:
                    # whom coreference ties "him" to, else the one other person of that sex named near it
                    mention = self._named_antecedent(asked, gender)
                    if mention is None or self._full_name(mention.text) == asker.speaker:
                        mention = self._only_person_of_gender(asked, gender, self._paragraph_index(asked.idx)
                                                              - SOLE_CANDIDATE_PARAGRAPHS, excluding=asker.speaker)
                if mention is not None and self._full_name(mention.text) != asker.speaker:
                    return Attribution(speaker=self._full_name(mention.text), mention=asked.text, speaker_type="person",
                                       cue=verb.text, method="exchange")
        return None

    def _answerer(self, question: int) -> Attribution | None:
        """Who answers an unnamed reporter's question: the person quoted last before it, a few paragraphs up at
        most ("Mulvaney said … / The exchange that followed was testy. / “Are you saying …?” one reporter asked.")."""
        asker = self.decided[question]
        if asker.speaker or asker.speaker_type != "anonymous" or asker.cue_lemma not in ASKING_VERBS \
                or not self._is_question(self.quotes[question]._.quote):
            return None
        earlier = self._previous_outer(question)
        if earlier is None or self.quotes[question]._.quote.paragraph - self.quotes[earlier]._.quote.paragraph > 3:
            return None
        answerer = self.decided[earlier]
        if answerer.speaker_type != "person" or not answerer.speaker or answerer.method in WEAK_METHODS:
            return None
        return replace(answerer, method="exchange")

    def _questioner(self, answer: int) -> Attribution | None:
        """Who the reporter's sentence before an answer says asked its speaker ("One reporter asked Simpson …")."""
        answerer = self.decided[answer]
        if not answerer.speaker:
            return None
        # ("“Only that I'm sorry,” Hurren said. “It won't happen again.”": the answer starts with its paragraph)
        paragraph = self.quotes[answer]._.quote.paragraph
        while (earlier := self._previous_outer(answer)) is not None \
                and self.quotes[earlier]._.quote.paragraph == paragraph:
            answer = earlier
        for verb, subject in self._asking_verbs_before(answer):
            asked = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
            if not asked or self._full_name(asked[0].text) != answerer.speaker:
                continue
            mention = self.mention_for(subject)
            if mention is not None and mention.kind in ("name", "nominal"):
                return replace(self._resolve((mention, verb), "exchange"), method="exchange")
        return None

    def _unnamed_reported_just_before(self, head: Token) -> str | None:
        """"However, one Fianna Fáil backbencher told The Journal there was … / ‘…,’ the TD said.": a title no one
        named holds, on a quote that opens the paragraph after an unnamed source's reported words, is that source's
        (the description of who they are)."""
        q = self.quotes[self.current]._.quote
        reported = [k for k in range(self.current) if not self.quotes[k]._.quote.opener
                    and self.quotes[k]._.quote.paragraph == q.paragraph - 1]
        if not reported or not self._opens_paragraph(q) or any(
                self.quotes[k]._.quote.paragraph == q.paragraph - 1 and self.quotes[k]._.quote.start
                > self.quotes[reported[-1]]._.quote.start for k in range(self.current)):
            return None
        decided = self.decided[reported[-1]]
        indefinite = decided.description.split(" ", 1)[0].lower() in ("a", "an", "one", "another")
        return decided.description if decided.speaker_type == "anonymous" and indefinite else None

    def _opens_paragraph(self, q) -> bool:
        return q.paragraph < len(self.paragraphs) and q.mark_start == self.paragraphs[q.paragraph].start

    def _previous_outer(self, n: int) -> int | None:
        for k in range(n - 1, -1, -1):
            q = self.quotes[k]._.quote
            if q.depth == 0 and q.opener and q.start not in self.nicknames:
                return k
        return None

    def _nested(self, n: int) -> Attribution:
        """A quote inside a quote: whoever the outer speaker says said it, else the outer speaker."""
        outer = self._enclosing(n)
        if outer is None:
            return Attribution()
        q = self.quotes[n]._.quote
        inner = self.doc.char_span(q.mark_start, q.mark_end, alignment_mode="expand")
        outer_span = next((self.quotes[k] for k in range(n - 1, -1, -1)
                           if self.quotes[k]._.quote.start <= q.mark_start and q.mark_end <= self.quotes[k]._.quote.end
                           and self.quotes[k]._.quote.depth < q.depth), None)
        if inner is None or outer_span is None:
            return replace(outer, method="nested")
        # the words around the inner quote, inside the outer one: "he told me, ‘…’", "‘…’ she said"
        # nearest first, and never back past the end of the sentence before ("… and cried. Gareth kept saying, ‘…’")
        # (eight words, not counting marks: "the MTRO telling a 60-year-old driver, ‘…’")
        before = []
        for token in reversed([t for t in self.doc[outer_span.start: inner.start] if not t.is_space]):
            if token.text in SENTENCE_END and before or sum(not t.is_punct for t in before) >= 8:
                break
            before.append(token)
        around = before + [t for t in self.doc[inner.end: outer_span.end] if not t.is_space][:4]
        # ("the Taskforce told this government in black and white that the levee would ‘…’": further back, the
        # cue that governs the inner quote)
        # (a body or a person named there, not "They will read the minister's words and hear ‘…’")
        around += [t for word in inner for t in word.ancestors
                   if outer_span.start <= t.i < inner.start and t not in around and self.is_cue(t)
                   and (cue_subject := _quoted_subject(t)) is not None and cue_subject.pos_ in ("NOUN", "PROPN")][:1]
        # "When our members call the Secretariat, they hear, ‘…’": what callers hear is the reply of the body called
        if any(t.lemma_.lower() == "hear" and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in before):
            body = self._body_written_to([outer_span], inner)
            if body is not None:
                return Attribution(speaker=self._organisation_name(body.text), mention=body.text,
                                   speaker_type="organisation", cue="hear", method="nested")
        for token in around:
            if not self.is_cue(token):
                continue
            subject = _quoted_subject(token)
            if subject is None:
                continue
            if subject.lower_ in ("i", "we", "they") and subject.dep_ == "nsubjpass":
                # "We have written to the council four times. Each time we are told, ‘…’": the body written to
                # ("‘Mum and Dad have been ringing the council,’ she said. ‘Every time they were told: “…”’": or rung,
                # in a quote of the paragraph before)
                earlier = [self.quotes[k] for k in range(n) if self.quotes[k]._.quote.depth == 0
                           and self.quotes[k]._.quote.paragraph == outer_span._.quote.paragraph
                           and self.quotes[k]._.quote.start < outer_span._.quote.start]
                body = self._body_written_to(earlier + [outer_span], inner)
                if body is not None:
                    return Attribution(speaker=self._organisation_name(body.text), mention=body.text,
                                       speaker_type="organisation", cue=token.text, method="nested")
            if subject.lower_ in ("i", "we"):
                break
            if subject.lower_ == "you":
                # "You told officers, ‘…’" in a judge's remarks: whom the outer speaker addresses
                mention = self._addressee(outer_span, outer) or self._defendant(outer)
                if mention is None:
                    break
                return Attribution(speaker=self._full_name(mention.text), mention=subject.text, speaker_type="person",
                                   cue=token.text, method="nested")
            if subject.lower_ == "they":
                # "When the United Party for National Development was campaigning, they told the people, ‘…’": the
                # body the clause before names as its subject; "He had called the regional office of the DSWD. /
                # “They told me, ‘…’”": the one body the reporter's sentence before the quote names
                body = next((self._organisation_name(_strip_det(self.entity_of[s.i].text))
                             for clause in token.children if clause.dep_ == "advcl" and clause.i < subject.i
                             for s in clause.children if s.dep_ in SUBJECT_DEPS and s.i in self.entity_of
                             and self.entity_of[s.i].label_ == "ORG"), None) \
                    or self._body_named_before_in_sentence(subject) \
                    or self._body_in_sentence_before(outer_span)
                if body is not None:
                    return Attribution(speaker=body, mention=subject.text,
                                       speaker_type="organisation", cue=token.text, method="nested")
            relative = self._relative_before(subject, outer_span) if subject.lower_ in ("he", "she") else None
            mention = self._quoted_person(relative, outer.speaker) if relative is not None else None
            if relative is not None and mention is None:
                # "Our mother was in the stands. She always used to say, ‘…’": a relative the article never names
                return Attribution(mention=subject.text, cue=token.text, method="nested", speaker_type="anonymous",
                                   description=self.doc[relative.left_edge.i: relative.i + 1].text)
            subject = relative or subject
            mention = mention or self._quoted_person(subject, outer.speaker) \
                or self._quoted_pronoun(subject, outer, outer_span)
            if mention is not None:
                speaker = self._full_name(mention.text)
                if len(speaker.split()) == 1:
                    speaker = self._relative_named_by_first_name(mention.head, speaker) or speaker
            else:
                # "Dad told me": the one other person named with the outer speaker's surname and that sex
                speaker = self._relative_by_surname(subject, owner=outer.speaker)
                # "He said, ‘Mom, some guy is following me’": a "he" or "she" who calls the outer speaker by a
                # relative's word or by her first name is the relative who shares her surname
                if speaker is None and subject.lower_ in PRONOUN_GENDER and self._addresses(inner, outer.speaker):
                    speaker = self._namesake_relative(outer.speaker, PRONOUN_GENDER[subject.lower_])
            if speaker is not None:
                return Attribution(speaker=speaker, mention=mention.text if mention is not None else subject.text,
                                   speaker_type="person", cue=token.text, method="nested")
            # "The Environment Agency wrote to us and said, “…”", "the council told us": a body the speaker names
            body = self.mention_for(subject) if subject.pos_ != "PRON" else None
            # (not "the tow company keeps telling me", which names no body the article gives)
            # (nor "Management told us, ‘…’": a lone word capitalised only because it opens the sentence)
            opens_sentence = subject.is_sent_start or subject.i > 0 and self.doc[subject.i - 1].is_quote
            if body is not None and body.kind == "organisation" and (
                    body.head.pos_ == "PROPN" or body.head.lower_ in body.text.lower().split()) \
                    and not (opens_sentence and not subject.ent_type_ and body.text == subject.text):
                return Attribution(speaker=self._organisation_name(body.text), mention=body.text,
                                   speaker_type="organisation", cue=token.text, method="nested")
            # "my mum said", "he told me": someone the outer speaker does not name
            return Attribution(mention=subject.text, cue=token.text, method="nested",
                               speaker_type="anonymous" if subject.pos_ != "PRON" else "unknown",
                               description=self.doc[subject.left_edge.i: subject.i + 1].text)
        # "The only reply I got from the Finance Department was, ‘…’": the words of a document's issuer
        copula = next((t for t in before if t.lemma_ == "be"), None)
        # ("the message from the developers seems to be, “…”": the subject of the verb the copula completes)
        clause = copula.head if copula is not None and copula.dep_ == "xcomp" else copula
        document = next((c for c in (copula.children if copula is not None else ()) if c.dep_ in SUBJECT_DEPS), None) \
            or next((c for c in (clause.children if clause is not None else ()) if c.dep_ in SUBJECT_DEPS), None) \
            or next((t for t in before if t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in self.lex.document_nouns), None)
        # ("The assessment talks about a “low to moderate” risk": a document the outer speaker cites speaks for
        # whoever issued it)
        issuer = self._issuer(document) if document is not None and document.pos_ == "NOUN" else None
        if issuer is None and document is not None and document.lemma_.lower() in self.lex.document_nouns:
            # (the reply "I got from" them)
            issuer = next((self._issuer_after_from(c) for c in document.children if c.dep_ == "relcl"), None)
        if issuer is None and document is not None and (document.lemma_.lower() in self.lex.responses
                                                         or document.lemma_.lower() in self.lex.document_nouns):
            # ("the message from the developers": the one company in the article that fills the role)
            sender = next((o for c in document.children if c.dep_ == "prep" and c.lower_ == "from"
                           for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.company_nouns), None)
            body = self._body_for(sender) if sender is not None else None
            issuer = Mention(_strip_det(body.text), "organisation", sender) if body is not None else None
        if issuer is not None:
            return self._resolve((issuer, None), "nested", cue="")
        # "‘We have written to Swindon Borough Council three times,’ he said. ‘Every time the answer is the same:
        # “…”’": an answer no one owns is the stock reply of the body written to, there or in the quote before
        answered = document is not None and document.lemma_.lower() in self.lex.responses \
            and not any(c.dep_ == "poss" for c in document.children)
        body = self._body_written_to(self._same_speaker_quotes(n, outer_span), inner) if answered else None
        if body is not None:
            return Attribution(speaker=self._organisation_name(body.text), mention=body.text,
                               speaker_type="organisation", cue="", method="nested")
        if not outer.speaker and outer.speaker_type != "anonymous":
            return Attribution()
        return replace(outer, method="nested")

    def _same_speaker_quotes(self, n: int, outer_span: Span) -> list[Span]:
        """The outer quote of a nested one, after the quotes of the same speaker before it in its paragraph."""
        outer = self.quotes.index(outer_span)
        spans = [outer_span]
        while (earlier := self._previous_outer(outer)) is not None \
                and self.quotes[earlier]._.quote.paragraph == outer_span._.quote.paragraph \
                and self.decided[earlier].speaker == self.decided[outer].speaker:
            spans.insert(0, self.quotes[earlier])
            outer = earlier
        return spans

    def _body_written_to(self, outer_spans: list[Span], inner: Span) -> Mention | None:
        """The last body the outer quotes say their speaker wrote, spoke or complained to before the inner quote."""
        found = None
        for token in (t for span in outer_spans for t in self.doc[span.start: min(span.end, inner.start)]):
            # ("When our members call the Secretariat, they hear, ‘…’": or the body called)
            if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in WRITING_TO_VERBS \
                    or token.dep_ == "dobj" and token.head.lemma_.lower() in CALLING_VERBS:
                mention = self.mention_for(token)
                # ("call the Secretariat": the one name the article gives that ends in the word)
                ending = self._name_ending_in(token) if mention is not None and mention.text == token.text \
                    and token.lower_ in self._organisation_words else None
                mention = Mention(ending, "organisation", token) if ending else mention
                found = mention if mention is not None and mention.kind == "organisation" else found
        return found

    def _addresses(self, inner: Span, speaker: str) -> bool:
        """Whether a quote opens by calling someone by a relative's word or by the speaker's first name ("Mom, …",
        "Son, …", "Joan, …")."""
        words = [t for t in inner if not t.is_quote and not t.is_space][:2]
        return len(words) == 2 and words[1].text == "," and bool(speaker) \
            and (words[0].lower_ in self.lex.kin or words[0].lower_ == speaker.split()[0].lower())

    def _body_named_before_in_sentence(self, pronoun: Token) -> str | None:
        """"We sat across the table from this company eight months ago and they told us, ‘…’": the body that a "the"
        or "this" and its common noun name earlier in the pronoun's sentence, inside the same quote (not "when the
        company met Treasury officials, “they told us …”")."""
        for token in reversed(self.doc[pronoun.sent.start: pronoun.i]):
            if self.in_quote[token.i] != self.in_quote[pronoun.i]:
                break
            if token.pos_ == "NOUN" and token.tag_ == "NN" and token.lemma_.lower() in self.lex.company_nouns | self.lex.organisations \
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
                body = self._body_for(token)
                return self._organisation_name(_strip_det(body.text)) if body is not None else None
        return None

    def _body_in_sentence_before(self, outer_span: Span) -> str | None:
        """The one body (not a news outlet) that the reporter's sentence just before a quote names."""
        marks = self._mark_tokens(outer_span._.quote)
        sentence = self._sentence_before(marks[0].i) if marks else None
        if sentence is None or any(self.in_quote[t.i] != -1 for t in sentence):
            return None
        # (a body and its acronym are one: "the Department of Social Welfare and Development (DSWD)")
        bodies = {self._organisation_name(_strip_det(ent.text)) for ent in self.doc.ents if ent.label_ == "ORG"
                  and sentence.start <= ent.start and ent.end <= sentence.end
                  and _strip_det(ent.text).lower() not in self.lex.news_outlets}
        if not bodies:
            # ("… said the utility had not done enough. / “They … say, ‘…’”": a body under its common noun)
            for token in sentence:
                if token.pos_ == "NOUN" and token.dep_ in SUBJECT_DEPS and (
                        token.lemma_.lower() in self.lex.organisations or token.lemma_.lower() in self.lex.company_nouns):
                    mention = self.mention_for(token)
                    if mention is not None and mention.kind == "organisation" and not mention.text.islower():
                        bodies.add(self._organisation_name(mention.text))
        return bodies.pop() if len(bodies) == 1 else None

    def _addressee(self, outer_span: Span, outer: Attribution) -> Mention | None:
        """Whom a speaker tells or sentences in the two paragraphs before the quote ("Judge Helen Marchbank KC told
        Blaine he had …", "Sheriff Baxendale told him …"): a name, or a pronoun that coreference ties to one."""
        start = self._paragraph_span(max(0, self._paragraph_index(outer_span.start_char) - 2))
        for token in reversed(self.doc[start.start if start is not None else 0: outer_span.start]):
            if self.in_quote[token.i] != -1 or token.dep_ not in ("dobj", "dative") \
                    or token.head.lemma_.lower() not in ADDRESSING_VERBS:
                continue
            mention = self._name_mention(token) if token.pos_ == "PROPN" else \
                self._named_antecedent(token, PRONOUN_GENDER.get(token.lower_, "")) if token.pos_ == "PRON" else None
            if mention is not None and self._full_name(mention.text) != outer.speaker:
                return mention
        return None

    def _defendant(self, outer: Attribution) -> Mention | None:
        """In a judge's remarks, "you" is the one person the article says pleaded guilty, was convicted,
        sentenced or jailed."""
        if not outer.speaker or not re.search(rf"\b(?:{'|'.join(JUDICIAL_TITLES)})\.? (?:\w+ )?{re.escape(surname(outer.speaker))}\b",
                                             self.text, re.IGNORECASE):
            return None
        people = {}
        for token in self.doc:
            if token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in DEFENDANT_VERBS \
                    and self.in_quote[token.i] == -1 and token.pos_ == "PROPN":
                mention = self._name_mention(token)
                if mention is not None and self._full_name(mention.text) != outer.speaker:
                    people.setdefault(self._full_name(mention.text), mention)
        return next(iter(people.values())) if len(people) == 1 else None

    def _relative_of_speaker(self, head: Token, speaker: str = "") -> Mention | None:
        """For "my mom would say" inside a quote: the one person the article describes as that relative
        ("her mother, Denise Okafor"), who is never the speaker ("the chairwoman's father" has a dad of his own)."""
        kin = self.lex.kin.get(head.lower_)
        if kin is None or not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children):
            return None
        people = {}
        for ent in self.doc.ents:
            mention = self._name_mention(ent[-1]) if ent.label_ in PERSON_LABELS else None
            if mention is None:
                continue
            words = mention.description.lower().split()
            # "her mother, Denise Okafor": the name in apposition to the relative
            if ent.root.dep_ == "appos":
                words.append(ent.root.head.lower_)
            if any(self.lex.kin.get(word) == kin for word in words) and self._full_name(mention.text) != speaker:
                people.setdefault(self._full_name(mention.text), mention)
        return next(iter(people.values())) if len(people) == 1 else None

    def _relative_named_by_first_name(self, head: Token, first_name: str) -> str | None:
        """"Sandra Whyte … Her husband Tom said": a relative given only a first name shares the surname of the
        person named just before whose relative they are. The article may have introduced them so earlier
        ("Joanne Pritchard, whose 16-year-old son Kieran …" / "Kieran, who hopes …, said")."""
        for introduced in [head] + [t for t in self.doc[:head.i] if t.text == head.text]:
            name = self._first_name_with_owner_surname(introduced, first_name)
            if name is not None:
                return name
        return None

    def _first_name_with_owner_surname(self, head: Token, first_name: str) -> str | None:
        if head.dep_ == "appos" and head.head.lower_ in self.lex.kin:
            kin = head.head
        else:
            kin = next((c for c in head.children if c.dep_ == "compound" and c.lower_ in self.lex.kin), None)
        possessive = next((c for c in kin.children if c.dep_ == "poss"), None) if kin is not None else None
        owner_name = self._owner(possessive) if possessive is not None else ""
        if len(owner_name.split()) < 2:
            return None
        name = f"{first_name} {owner_name.split()[-1]}"
        self.names.add(name)  # so that a later "Mr Whyte" is him
        return name

    def _owner(self, possessive: Token) -> str:
        """The full name of whoever "his", "her", "whose" or "Mrs Pritchard's" points at ("" where nobody)."""
        found = None
        if possessive.lower_ in ("his", "her"):
            found = self._nearest_speaker(possessive, PRONOUN_GENDER[possessive.lower_])
        elif possessive.lower_ == "whose" and possessive.head.head.dep_ == "relcl":
            # "Joanne Pritchard, whose son Kieran is …"
            found = self._name_mention(possessive.head.head.head)
        elif possessive.pos_ == "PROPN":
            found = self._name_mention(possessive)
        return self._full_name(found.text) if found is not None else ""

    def _relative_by_surname(self, head: Token, owner: str = "") -> str | None:
        """"Her husband said", "Dad told me": where the article calls no one that relative, the one other person
        it names with the owner's surname and the relative's sex (Dr Ruth Mackay's husband is Dr Alan Mackay).
        The owner is whoever "his"/"her"/"Mrs Pritchard's" points at, else `owner`, the speaker of "my dad"."""
        sex = self._kin_sex(head)
        if sex is None:
            return None
        possessive = next((c for c in head.children if c.dep_ == "poss"), None)
        if possessive is not None and possessive.lower_ not in ("my", "our"):
            owner = self._owner(possessive)
        elif any(c.dep_ == "det" for c in head.children):
            return None
        return self._namesake_relative(owner, sex)

    def _namesake_relative(self, owner: str, sex: str) -> str | None:
        """The one other person the article names with the owner's surname, of that sex or of none known."""
        if len(owner.split()) < 2:
            return None
        relatives = [name for name in self.names.names()
                     if name != owner and surname(name) == surname(owner) and name_gender(name) in (sex, "")]
        return relatives[0] if len(relatives) == 1 else None

    def _kin_sex(self, word: Token) -> str | None:
        """The sex a word for a relative gives ("husband", "da": m), None for any other word."""
        return self.lex.kin_sexes.get(self.lex.kin.get(word.lower_, ""))

    def _quoted_person(self, subject: Token, speaker: str = "") -> Mention | None:
        """The person a speaker names or describes inside a quote: a name, "my first boss at NASA, Carl
        Ostrowski", "the captain", "my mom", or a first name the article gives in full ("Hester rang me")."""
        # ("My da", which the tagger may call a proper noun, is the relative before it is any name)
        mention = self._relative_of_speaker(subject, speaker) or self._name_mention(subject) or self._appositive_name(subject) \
            or self._role_holder(subject)
        if mention is None and subject.is_title and subject.pos_ in ("NOUN", "PROPN") \
                and subject.ent_type_ in ("", *PERSON_LABELS) \
                and (self.names.resolve_first_name(subject.text)
                     or self._relative_named_by_first_name(subject, subject.text)):
            # the small model may take a first name opening a quoted sentence for a common noun; a first name
            # alone may be a relative the article introduced ("whose son Kieran")
            mention = Mention(subject.text, "name", subject)
        return mention

    def _subject_pronoun_goes_on_from(self, pronoun: Token, outer_span: Span) -> Token | None:
        """"This time my son came and got me. He said, ‘…’": the subject of the quote's sentence before that a he or
        she goes on from, through a chain of the same pronoun."""
        gender = PRONOUN_GENDER[pronoun.lower_]
        sentence = pronoun.sent
        while sentence.start > outer_span.start:
            sentence = self.doc[sentence.start - 1].sent
            subjects = [c for c in sentence.root.children if c.dep_ in SUBJECT_DEPS and c.i >= outer_span.start]
            if not subjects:
                return None
            if PRONOUN_GENDER.get(subjects[0].lower_) != gender:
                return subjects[0]
        return None

    def _relative_before(self, pronoun: Token, outer_span: Span) -> Token | None:
        """"My dad stood on the rocks … Then he said, ‘…’": the speaker's relative that a he or she inside the quote
        goes on from."""
        relative = self._subject_pronoun_goes_on_from(pronoun, outer_span)
        owned = relative is not None and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in relative.children)
        return relative if owned and self._kin_sex(relative) == PRONOUN_GENDER[pronoun.lower_] else None

    def _quoted_pronoun(self, pronoun: Token, outer: Attribution, outer_span: Span) -> Mention | None:
        """Who "she" is in "I interviewed Imogen a few years ago and she said to me, ‘…’": a person of that
        gender the outer quote named before it, else the only one of that gender the article names near it
        besides the outer speaker."""
        gender = PRONOUN_GENDER.get(pronoun.lower_, "")
        if pronoun.pos_ != "PRON" or not gender:
            return None
        # "This time my son came and got me. He said, ‘…’": the pronoun goes on from the subject of the
        # quote's sentence before
        antecedent = self._subject_pronoun_goes_on_from(pronoun, outer_span)
        mention = self._quoted_person(antecedent, outer.speaker) if antecedent is not None else None
        # ("My da drove me … He kept saying": a father is a he, whatever his first name, Tam, suggests)
        if mention is not None and mention.kind == "name" \
                and (self._kin_sex(antecedent) == gender or self._compatible(mention.text, gender)):
            return mention
        for token in reversed(self.doc[outer_span.start: pronoun.i]):
            mention = self._name_mention(token) if token.pos_ == "PROPN" else None
            if mention is not None and self._full_name(mention.text) != outer.speaker \
                    and self._gender(mention.text) == gender:
                return mention
        # "Jaylen’s mother, Tonya Moore, … “The last thing he said to me was, ‘…’”": the one through whom the article
        # introduced the speaker
        kin_of = self._introduced_through(outer.speaker, gender)
        if kin_of is not None:
            return kin_of
        only = self._only_person_of_gender(pronoun, gender, self._paragraph_index(pronoun.idx) - SOLE_CANDIDATE_PARAGRAPHS,
                                           excluding=outer.speaker)
        if only is not None:
            return only
        # "“Eli loved this city,” she said. “He used to tell me, ‘…’”": whom coreference ties the pronoun to,
        # earlier in the paragraph (never the outer speaker himself)
        resolved = self._named_antecedent(pronoun, gender)
        if resolved is None or self._full_name(resolved.text) == outer.speaker:
            return None
        paragraph = self._paragraph_span(self._paragraph_index(pronoun.idx))
        if paragraph is None:
            return None
        named_here = {self._full_name(ent.text) for ent in self.doc.ents
                      if ent.label_ in PERSON_LABELS and paragraph.start <= ent.start < pronoun.i}
        in_paragraph = paragraph.start <= resolved.head.i < pronoun.i or self._full_name(resolved.text) in named_here
        return resolved if in_paragraph else None

    def _introduced_through(self, speaker: str, gender: str) -> Mention | None:
        """The person of that sex whose relative the article says the speaker is ("Jaylen’s mother, Tonya Moore")."""
        if not speaker:
            return None
        kin_words = "|".join(sorted(self.lex.kin))
        for match in re.finditer(rf"\b([A-Z][\w-]+)['’]s (?:(?:older|elder|younger|late) )?(?:{kin_words}),? "
                                 rf"{re.escape(speaker)}\b", self.text):
            token = next((t for t in self.doc if t.idx == match.start(1)), None)
            mention = self._name_mention(token) if token is not None else None
            if mention is not None and self._compatible(mention.text, gender):
                return mention
        return None

    def _enclosing(self, n: int) -> Attribution | None:
        q = self.quotes[n]._.quote
        for k in range(n - 1, -1, -1):
            outer = self.quotes[k]._.quote
            if outer.depth < q.depth and outer.start <= q.mark_start and q.mark_end <= outer.end:
                return self.decided[k]
        return None

    # ---- from a mention to a speaker ---------------------------------------------------------
    def _resolve(self, found, method: str, cue: str | None = None, weak: bool = False) -> Attribution:
        mention, cue_token = found
        cue_text = cue if cue is not None else (cue_token.text if cue_token is not None else "")
        result = Attribution(mention=mention.text, cue=cue_text, method=method, description=mention.description,
                             cue_lemma=self._verb_lemma(cue_token) if cue_token is not None else "")
        if mention.kind == "name":
            result.speaker = self._namesake_in_focus(mention) or self._full_name(mention.text)
            if len(result.speaker.split()) == 1:
                result.speaker = self._relative_named_by_first_name(mention.head, result.speaker) or result.speaker
            result.speaker_type = "person"
            if result.description == mention.text:
                result.description = ""
            return result
        if mention.kind == "organisation":
            name = self._organisation_name(mention.text)
            if name.islower():
                # "their insurer", "the bank": a body the article never names is an unnamed source
                result.speaker_type = "anonymous"
                result.description = mention.text
                return result
            result.speaker = name
            result.speaker_type = "organisation"
            result.description = ""
            return result
        head = mention.head
        if mention.kind == "nominal":
            # "the 67-year-old said", "her husband said"
            described = self._person_of_age(head) or self._relative_by_surname(head)
            if described is not None:
                result.speaker = self._full_name(described)
                result.speaker_type = "person"
                result.antecedent = described
                result.method = "description_match"
                return result
        # news introduces in the lede the people it names further down: "with a fuming councilwoman branding it …"
        if mention.kind == "nominal" and self._paragraph_index(head.idx) <= 1:
            later = self._named_later(head)
            if later is not None:
                return self._stands_for(result, mention, later, "named_later")
        introduced = self._introduced_source(head) if mention.kind == "nominal" else None
        if introduced is not None:
            # "A Downing Street spokesperson said … / The spokesperson added": the same unnamed source
            result.description = introduced
            result.speaker_type = "anonymous"
            return result
        if mention.kind == "nominal" and self._stays_anonymous(head):
            result.description = mention.text
            result.speaker_type = "anonymous"
            return result
        # a pronoun or "the former president": who does it stand for? ("the woman" is a she too)
        gender = PRONOUN_GENDER.get(head.lower_, "") or (
            self._kin_sex(head) or self.lex.gendered_nouns.get(head.lower_, "") if mention.kind == "nominal" else "")
        # a gendered pronoun the text around it settles leaves nothing for coreference to decide (and saves
        # its cost): one person of that gender in reach, the speaker just before, the paragraph's subject,
        # the subject of the sentence before
        # "A nurse at the hospital, who was not authorized to speak publicly, said … “…,” she said.": the unnamed
        # source the sentence before is about (a description only where that source asked to stay unnamed)
        unnamed = self._unnamed_subject_before(head, strict=mention.kind == "nominal") \
            if mention.kind == "pronoun" and gender or mention.kind == "nominal" and self._is_person_description(head) else None
        # "Residents … have called for action to halt mining which they say has turned the river into “…”": the
        # people the sentence opens with
        group = self._plural_subject_before(head) if mention.kind == "pronoun" and head.lower_ == "they" else None
        if group is not None:
            unnamed = _lower_indefinite(self.doc[group.left_edge.i: group.right_edge.i + 1].text)
            unnamed = unnamed[0].lower() + unnamed[1:] if group.left_edge.i == group.sent.start else unnamed
        if unnamed is not None:
            result.description = unnamed
            result.speaker_type = "anonymous"
            result.method = "unnamed_source"
            return result
        if mention.kind == "pronoun" and gender:
            for method, sieve in (("exchange", self._questioned_person),
                                  ("clause_subject", self._main_subject_over_clause), ("role_match", self._titled_subject_before),
                                  ("sole_candidate", self._sole_candidate), ("previous_speaker", self._previous_speaker),
                                  ("paragraph_subject", self._paragraph_subject),
                                  ("previous_subject", self._previous_subject)):
                antecedent = sieve(head, gender)
                if antecedent is not None and not self._named_in_own_words(antecedent):
                    return self._stands_for(result, mention, antecedent, method)
        introduced = self._introduced_unnamed(head) if mention.kind == "nominal" else None
        if introduced is not None:
            result.description = introduced
            result.speaker_type = "anonymous"
            result.method = "unnamed_source"
            return result
        named = self._named_antecedent(head, gender)
        if named is not None and not self._named_in_own_words(named):
            return self._stands_for(result, mention, named, "coreference")
        holder = self._role_holder(head) if mention.kind == "nominal" else None
        if holder is not None and self._compatible(holder.text, gender):
            return self._stands_for(result, mention, holder, "role_match")
        source = self._unnamed_reported_just_before(head) \
            if mention.kind == "nominal" and self._is_person_word(head) else None
        if source is not None:
            result.description = source
            result.speaker_type = "anonymous"
            result.method = "unnamed_source"
            return result
        # "Vostrikova did not look for excuses. / “…,” the 27-year-old said.": a definite description of a
        # person that names no role goes on, like a pronoun, from the subject of the sentence before
        # (only as the subject of its own sentence: in "He said the transport secretary had called them …",
        # the secretary is someone the speaker talks about)
        # (the parser may hang the cue on a verb inside the quote: "The mum-of-two told the ECHO: “I knew.”")
        heads_sentence = head.head.i == head.sent.root.i or all(self.in_quote[a.i] != -1 for a in head.head.ancestors)
        described = mention.kind == "nominal" and heads_sentence and self._is_person_description(head)
        centred = self._previous_subject(head, gender) if described else None
        if centred is not None:
            return self._stands_for(result, mention, centred, "previous_subject")
        # only a word for a person can stand for the nearest speaker: "the coach", never "the new guidance"
        # (the place in front of a title must match too: "the Dublin Bay North TD" is not "Cork South-West TD …")
        role = " ".join([t.lower_ for t in _places_before(head)] + [head.lemma_.lower()])
        fallback = self._nearest_speaker(head, gender, role=role if mention.kind == "nominal" else "") \
            if mention.kind == "pronoun" or self._is_person_word(head) or self._is_person_description(head) else None
        # "In a statement outside court, his victim said": someone's unnamed relation, whom no one named holds as a
        # role, stays unnamed
        owned = mention.kind == "nominal" and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
                                                  for c in head.children)
        if owned and fallback is not None and head.lemma_.lower() not in fallback.description.lower():
            result.description = mention.text
            result.speaker_type = "anonymous"
            return result
        if fallback is not None:
            return self._stands_for(result, mention, fallback, "nearest_speaker")
        if mention.kind == "nominal" and head.lower_ in self.lex.anonymous_heads:
            result.description = mention.text
            result.speaker_type = "anonymous"
            return result
        result.method = "unresolved"
        return result

    def _namesake_in_focus(self, mention: Mention) -> str | None:
        """For a bare surname that several people in the article share ("Mr Sandhu", "Osei-Mensah Sr"): the
        one the text is about at the quote: the speaker of the quote just before ("Her brother, Manjit Sandhu,
        said: “…” / “…,” Mr Sandhu added."), or, under "Sr" or "Jr", the person the sentence before is about."""
        full = self._full_name(mention.text)
        if clean_name(mention.text).lower() != surname(full) or self.names.bearers(surname(full)) < 2:
            return None
        title = self.doc[mention.head.i - 1].text if mention.head.i > 0 else ""
        gender = honorific_gender(title)
        # "Dr. Patel" is the one of them the article calls doctor, whoever spoke last
        if not gender and title.lower().strip(".") in self.lex.honorific_words:
            return None
        q = self.quotes[self.current]._.quote
        previous = self._previous_outer(self.current)
        candidates = []
        if previous is not None and q.paragraph - self.quotes[previous]._.quote.paragraph <= 1:
            candidates.append(self.decided[previous].speaker)
        marks = self._mark_tokens(q)
        sentence = self._sentence_before(marks[0].i) if marks else None
        # but a bare "Ashcombe says" after "His father, Stanley Ashcombe, founded it" is still the son the article
        # is about: only "Sr" or "Jr" marks the namesake just introduced
        suffixed = mention.head.lower_.strip(".") in self.lex.name_suffixes
        if suffixed and sentence is not None and q.paragraph - self._paragraph_index(sentence.start_char) <= 1:
            subject = self._sentence_subject(sentence)
            if subject is not None and subject.kind == "name":
                candidates.append(self._full_name(subject.text))
        for name in candidates:
            if len(name.split()) >= 2 and surname(name) == surname(full) and name_gender(name) in ("", gender or name_gender(name)):
                return name
        return None

    @cached_property
    def _organisation_entities(self) -> set[str]:
        # ("Sheffield United said:\n‘Ollie …": the small model may run a name on into the next paragraph's mark)
        return {self._without_possessive(PLURAL_POSSESSIVE.sub("", LEGAL_SUFFIX.sub("", _without_owner(
                    _strip_det(TRAILING_MARK.sub("", ent.text))))))
                for ent in self.doc.ents if ent.label_ in ORG_LABELS}

    def _without_possessive(self, name: str) -> str:
        """"The Pakistan Cricket Board's decision": the body is the Pakistan Cricket Board (but Sainsbury's is a
        name of its own: only a name ending in a body's word loses the "'s")."""
        owner = SINGULAR_POSSESSIVE.sub("", name)
        if owner != name and owner and owner.split()[-1].lower() in self.lex.organisations:
            return owner
        return name

    @cached_property
    def _sure_bodies(self) -> set[str]:
        """Bodies the tagger names more than once and never as a person, whose first word is no first name
        ("Sheffield United")."""
        tagged: dict[str, set[str]] = defaultdict(set)
        counts: Counter[str] = Counter()
        for ent in self.doc.ents:
            name = _strip_det(TRAILING_MARK.sub("", ent.text))
            tagged[name].add(ent.label_)
            counts[name] += ent.label_ in ORG_LABELS
        return {name for name, labels in tagged.items()
                if counts[name] > 1 and not labels & PERSON_LABELS and not is_first_name(name.split()[0])}

    def _organisation_name(self, text: str) -> str:
        """A body's name as the article gives it in full: "Lumina" is "Lumina Labs" where that is the one
        longer name it starts, and "United Auto Workers union" is "United Auto Workers"."""
        text = PLURAL_POSSESSIVE.sub("", text)
        defined = self._acronyms.get(text)
        if defined:
            return defined
        if text.isalpha() and text.isupper() and 2 <= len(text) <= 5:
            # "FPL said" in an article that names "Florida Power & Light" but never writes "(FPL)"
            spelled = {name for name in self._organisation_entities
                       if "".join(w[0] for w in name.split() if w[0].isupper()) == text and len(name.split()) > 1}
            if not spelled:
                # "ECB" for the England and Wales Cricket Board, "CDC" for the Centers for Disease Control and
                # Prevention: an acronym that leaves out one of the capitals (and the country in front: "US Centers …")
                names = self._organisation_entities | self._capitalised_runs
                names |= {name.split(" ", 1)[1] for name in names
                          if " " in name and name.split()[0].isupper() and len(name.split()[0]) <= 3}
                spelled = {name for name in names
                           if _drops_one_capital(text, "".join(w[0] for w in name.split() if w[0].isupper()))}
            if len(spelled) == 1:
                return spelled.pop()
        text = LEGAL_SUFFIX.sub("", _without_owner(text))
        # "the Royal College of Nursing (RCN) Scotland": the branch's name without the acronym inside it
        text = re.sub(r" \([A-Z][A-Za-z]{1,5}\)(?= [A-Z])", "", text)
        # "the Mandi Board office in Patiala": a body's branch speaks as the body (not "the Pasir Mas district
        # office", which is one of its own)
        branch = re.sub(r"(?<=[A-Za-z]) (?:[a-z]+ )?office(?: in(?: [A-Z][\w’'-]*)+)?$", "", text)
        text = branch if len(branch.split()) >= 2 and branch.split()[-1].lower() in self._organisation_words else text
        # "the federal Competition Bureau": a word in lower case before a body's name is no part of it, nor is a
        # month ("In February Aldermoor promised")
        text = re.sub(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])", "", text)
        if len(text.split()) > 1 and text.split()[0].lower() in CALENDAR_WORDS:
            text = text.split(" ", 1)[1]
        text = self._without_kind_word(text)
        # (not a branch: "the Royal College of Nursing (RCN) Scotland" is no longer name for the college)
        longer = {name for name in self._organisation_entities if name.startswith(text + " ") and "(" not in name} or {
            # ("Lumina said", after "sued Lumina Labs", which the recogniser missed: a run of capitals that ends as
            # a company's name does)
            match.group(0) for match in re.finditer(rf"\b{re.escape(text)} [A-Z][a-z]+\b", self.text)
            if match.group(0).split()[-1].lower() in self.lex.company_endings
            and not re.fullmatch(rf"{LEGAL_SUFFIXES}|Pty|Pvt|Pte", match.group(0).split()[-1])}
        name = longer.pop() if len(longer) == 1 else text
        # (and "the Ministry of Education" is the Ministry of Education and Higher Education (MoEHE): a defined name
        # the recogniser cut at "and")
        defined = {full for full in self._acronyms.values() if full.startswith(name + " and ")}
        if len(defined) == 1:
            return defined.pop()
        if name != text:
            return name
        # "the Sheriff's Office" is the Tamarack County Sheriff's Office, where that is the one name it ends
        ending = {name for name in self._organisation_entities if name.endswith(" " + text) and name[:1].isupper()
                  and self._without_kind_word(name) != text}
        if len(text.split()) >= 2 and len(ending) == 1:
            return ending.pop()
        if len(text.split()) >= 2 and not ending:
            # "the State Patrol wrote", after "The Minnesota State Patrol said", which the recogniser split into
            # a place and a body: the one fuller name in the text that ends so
            fuller = {re.sub(r"^(?:(?:The|But|And|Or|So|Yet|Then|Now|A|An)\s+)+", "", match.group(0)) for match in
                      re.finditer(rf"(?:\b[A-Z][a-z]*\s+){{1,3}}{re.escape(text)}\b", self.text)} - {text}
            # ("Developer Bellway Homes said": a role word in front is no part of the name)
            fuller = {name for name in fuller
                      if name.split()[0].lower() not in self._person_words and self._without_kind_word(name) != text}
            if len(fuller) == 1:
                return fuller.pop()
        shorter = [name for name in self._organisation_entities
                   if text.startswith(name + " ") and text[len(name) + 1:].lower() in GENERIC_BODY_NOUNS]
        return max(shorter, key=len) if shorter else text

    def _without_kind_word(self, name: str) -> str:
        """"Operator Capital Tramlink said" opens a sentence with the kind of body it is: the name is what
        follows, where the article also writes it without that word ("asked Capital Tramlink")."""
        kind, _, rest = name.partition(" ")
        if not rest or kind.lower() not in self.lex.company_nouns and kind.lower() not in self._person_words:
            return name
        # (but "Home Ministry" is no ministry called "Ministry")
        if rest.lower() in self.lex.organisations:
            return name
        alone = re.search(rf"(?<!{re.escape(kind)} )\b{re.escape(rest)}\b", self.text)
        return rest if alone is not None else name

    @cached_property
    def _capitalised_runs(self) -> frozenset[str]:
        """Runs of capitalised words, small words between them included ("England and Wales Cricket Board"):
        names the recogniser may have missed."""
        return frozenset(_strip_det(match.group(0)) for match in re.finditer(
            r"\b[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)*[A-Z][\w’'&-]*)+", self.text))

    def _is_place_word(self, match: re.Match, k: int) -> bool:
        """Whether the k-th word of the match's name is a place, or the start of the body's name the words after it
        end."""
        word = list(re.finditer(r"\S+", match.group(1)))[k]
        span = self.doc.char_span(match.start(1) + word.start(), match.start(1) + word.end(), alignment_mode="expand")
        if span is None or not span[0].is_title or span[0].lower_ in NOT_FIRST_NAMES:
            return False
        token = span[0]
        body = self.entity_of.get(token.i)
        return token.ent_type_ in ("GPE", "LOC") or body is not None and body.label_ in ORG_LABELS \
            and token.i + 1 < body.end

    @cached_property
    def _organisation_words(self) -> frozenset[str]:
        return frozenset(word for name in self.lex.organisations for word in name.split())

    @cached_property
    def _acronyms(self) -> dict[str, str]:
        """Acronyms the article defines: "Natural Resources Wales (NRW)" makes "NRW said" Natural Resources Wales."""
        found: dict[str, str] = {}
        for match in re.finditer(r"((?:[A-Z][\w’'&-]*,?\s+(?:(?:of|for|and|the|on|in|&)\s+)*){1,8})\(([A-Z][A-Za-z]{1,5})\)",
                                 self.text):
            words = match.group(1).split()
            acronym = match.group(2)
            # ("Jakarta, the National …": a list's comma belongs to a name; any other starts it after the comma)
            listed = [k for k, w in enumerate(words[:-1]) if w.endswith(",")]
            if listed and "and" not in words[listed[-1] + 1:]:
                words = words[listed[-1] + 1:]
            if not words:
                continue
            # ("the General and Allied Mineworkers Union (Gamu)": South African papers write a pronounceable
            # acronym like a word)
            spelled = acronym.upper() if len(acronym) >= 3 and acronym[1:].islower() else acronym
            if sum(c.isupper() for c in spelled) < 2:
                continue
            # the shortest run of words ending before the bracket whose capitals spell the acronym, or whose
            # initials do, small words included ("Transport for London (TfL)")
            for start in range(len(words) - 1, -1, -1):
                capitals = "".join(w[0] for w in words[start:] if w[0].isupper())
                initials = "".join(w[0] for w in words[start:])
                # ("the Ministry of Education and Higher Education (MoEHE)", "the Department of Transportation
                # (DOTr)": or, in any case, all but "and", or the initials and a letter more)
                spelled_as = {capitals.lower(), initials.lower(),
                              "".join(w[0] for w in words[start:] if w not in ("and", "&")).lower()}
                if (spelled in (capitals, initials) or spelled.lower() in spelled_as
                        or len(initials) >= 3 and spelled.lower()[:-1] == initials.lower()) and words[start][0].isupper():
                    # ("the UAE Payments Regulatory Authority (PRA)": a country's initials in front stay in the name,
                    # and so does a place: "the Trang Provincial Administrative Organisation (PAO)")
                    if start > 0 and (words[start - 1].isupper() and len(words[start - 1]) <= 3
                                      or self._is_place_word(match, start - 1)):
                        start -= 1
                    found.setdefault(acronym, " ".join(words[start:]))
                    break
            else:
                # "The National Research and Innovation Agency (BRIN)", "the Department of Transportation (DOTr)": an
                # acronym of the name in another language, or in its own style, after a name that ends as a body's
                while words and (words[0].endswith(("’s", "'s")) or words[0].lower() == "the"):
                    words = words[1:]
                # (or that has a body's word in it and starts with the acronym's letter: "the National Association of
                # Smallholders Malaysia (NASH)")
                ends_as_body = words[-1].lower() in self._organisation_words if words else False
                body_word = len(words) >= 3 and words[0][0] == spelled[0] \
                    and any(w.lower() in self._organisation_words for w in words[1:-1])
                # ("the Pan-Cyprian Growers' Union (Pesk)": written like a word, as above)
                if len(words) >= 2 and (ends_as_body or body_word) and words[0][0].isupper() \
                        and sum(c.isupper() for c in spelled) >= 2:
                    found.setdefault(acronym, " ".join(words))
        return found

    def _stands_for(self, result: Attribution, mention: Mention, antecedent: Mention, method: str) -> Attribution:
        """The attribution of a pronoun or description to the named person it stands for."""
        result.speaker = self._full_name(antecedent.text, PRONOUN_GENDER.get(mention.head.lower_, ""))
        if len(result.speaker.split()) == 1:
            # ("His wife, Ngozi, keeps the books. / “…,” she said.": Ngozi Okafor)
            result.speaker = self._relative_named_by_first_name(antecedent.head, result.speaker) or result.speaker
        gender = PRONOUN_GENDER.get(mention.head.lower_, "") if mention.kind == "pronoun" else ""
        if gender and not self._gender(result.speaker):
            self.pronoun_genders[result.speaker] = gender
        result.speaker_type = "person"
        result.antecedent = antecedent.text
        result.method = method
        result.description = mention.text if mention.kind == "nominal" else antecedent.description
        return result

    @cached_property
    def _person_words(self) -> frozenset[str]:
        return TITLE_HEADS | self.lex.honorific_words | self.lex.anonymous_heads | self.lex.person_nouns

    def _is_person_word(self, head: Token) -> bool:
        return head.lemma_.lower() in self._person_words or _noun_word(head) in self._person_words

    @cached_property
    def _role_words(self) -> frozenset[str]:
        return (TITLE_HEADS | self.lex.honorific_words | self.lex.name_suffixes) - PURE_HONORIFICS

    def _role_holder(self, head: Token) -> Mention | None:
        """For "the outgoing mayor": the one person the article gave that title before, in front of the name
        ("two-term Mayor Roy Pettibone") or beside it ("Roy Pettibone, the city's mayor")."""
        role = head.lemma_.lower()
        # "Coach grabbed me": a capitalised bare title is used like a name
        # ("This minister stood in the House and promised": a critic's "this" points at the one in office)
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) \
            or head.is_title and not any(c.dep_ in ("det", "poss") for c in head.children)
        # "the Oregon Democrat" is matched like a title: "Sen. Anita Desrosiers, an Oregon Democrat"
        if role not in self._role_words and head.ent_type_ != "NORP" or not definite:
            return None
        # the words that tell one title from another must match too: "shadow home secretary" is not "home secretary"
        # ("the CEO" holds the title "chief executive")
        words = " ".join(self.lex.title_initialisms.get(word, word) for word in self._title_words(head)).split()
        # ("the captain’s younger brother" holds no captaincy)
        pattern = re.compile(rf"\b{re.escape(' '.join(words))}\b(?!['’]s)")
        titled = self._titled_people(head, later=False)
        people = {name: mention for name, (mention, titles) in titled.items()
                  if any(pattern.search(title) and not _lesser_rank(title, words) for title in titles)}
        if not people and _places_before(head):
            # "the Coatbridge MSP" is "Local MSP Graeme Dunleavy", whose title names no place, but "the Dublin Bay
            # North TD" is not "Cork South-West TD Nuala Brosnan"
            loose = re.compile(rf"\b{re.escape(' '.join(self._title_words(head, places=False)))}\b")
            people = {name: mention for name, (mention, titles) in titled.items()
                      if any(loose.search(title) and not self._names_a_place(title, loose) for title in titles)}
        return next(iter(people.values())) if len(people) == 1 else None

    @staticmethod
    def _names_a_place(title: str, role: re.Pattern) -> bool:
        """Whether a title puts a place (or a party: the words read alike) in front of its role ("cork south-west
        td", "clare td"), rather than a word any holder of it may have ("local msp", "former td")."""
        match = role.search(title)
        words_before = title[:match.start()].split() if match is not None else []
        return bool(words_before) and words_before[-1] not in TITLE_QUALIFIERS

    def _title_words(self, head: Token, *, rank_only: bool = False, places: bool = True) -> list[str]:
        words = [c for c in head.children if c.i < head.i and (
            c.lower_ in RANK_WORDS or c.dep_ == "compound" and not rank_only and (places or c.ent_type_ not in PLACE_LABELS))]
        return [t.lower_ for t in sorted(words, key=lambda t: t.i)] + [head.lemma_.lower()]

    def _titled_people(self, head: Token, *, later: bool) -> dict[str, tuple[Mention, list[str]]]:
        """The people named before `head` (or after it), each with the words the article puts in front of
        the name, up to the clause they sit in ("two-term Mayor"), and beside it ("the city's mayor")."""
        people: dict[str, tuple[Mention, list[str]]] = {}
        for ent in self.doc.ents:
            # (the small model tags some full names as bodies: "the city’s police commissioner, Darnell Price")
            if ent.label_ not in PERSON_LABELS and not (ent.label_ in ORG_LABELS and len(ent) > 1
                                                        and self._is_person_name(ent.text)) \
                    or (ent.start <= head.i if later else ent.end > head.i):
                continue
            mention = self._name_mention(ent[-1])
            if mention is None:
                continue
            # not "[an Oregon Democrat,] questioned Marisol Ketteridge"; and the title before "chief executive of
            # Saqr Pay", "a spokesman for Lena Ortiz" is another's
            start = ent.start
            if start > 0 and self.doc[start - 1].lower_ in ("of", "for", "at", "to"):
                continue
            while start > max(ent.start - 6, ent.sent.start) and not self.doc[start - 1].is_punct \
                    and self.doc[start - 1].pos_ not in ("VERB", "AUX"):
                start -= 1
            title = f"{self.doc[start: ent.start].text} {ent.text} {mention.description}".lower()
            # ("Cllr Máire O’Dwyer (SF)" is "the Sinn Féin councillor": the party goes before the title)
            title = f"{self._party_in_brackets(ent)} {title}{self._title_before_comma(ent)}{self._party_after(ent)}"
            # "Justice Raymond Thibault" sits as a judge
            if ent.start > 0 and self.doc[ent.start - 1].lower_ == "justice":
                title += " judge"
            # "TRTC CEO Joanne Whitcombe" holds the title "its chief executive"
            title = " ".join(self.lex.title_initialisms.get(word, word) for word in title.split())
            people.setdefault(self._full_name(mention.text), (mention, []))[1].append(title)
        return people

    def _party_in_brackets(self, name: Span) -> str:
        """"Cllr Máire O’Dwyer (SF)": the party whose initials follow a name in brackets, in full."""
        match = re.match(r"\s*\(([A-Za-z]{2,4})\)", self.text[name.end_char: name.end_char + 8])
        return self.lex.party_initialisms.get(match.group(1).lower(), "") if match is not None else ""

    def _party_after(self, name: Span) -> str:
        """"Rep. Candice Pierucci, R-Riverton," is "the Riverton Republican": the party and place after a name,
        as a title."""
        match = re.match(rf"\s*[,(]\s*({PARTY_TAG.pattern})", self.text[name.end_char: name.end_char + 40])
        if match is None:
            return ""
        party, place = re.split(r"\s?[-–]\s?", match.group(1), maxsplit=1)
        return f" {place.lower()} {PARTIES[party]}"

    def _title_before_comma(self, name: Span) -> str:
        """"the Minister for Defence Industry, Hamish Rennick": the title just before a name, across the comma
        (whatever the parser made of the name)."""
        if name.start < 2 or self.doc[name.start - 1].text != ",":
            return ""
        role = self.doc[name.start - 2]
        while role.dep_ in ("pobj", "prep", "compound") and role.head.i < role.i:
            role = role.head
        if role.lemma_.lower() not in self._role_words or self.in_quote[role.i] != self.in_quote[name.start]:
            return ""
        return " " + self.doc[max(role.left_edge.i, name.start - 10): name.start - 1].text.lower()

    def _named_later(self, head: Token) -> Mention | None:
        """For a description the article fills in further down ("by the shadow housing secretary" …
        "Claire Fennimore, the shadow housing secretary, said:"): the one person named later with that title,
        where nobody named before holds it. The full title decides where it can ("the United Nations envoy"
        is also "UN special envoy Ingrid Aalto": then the head word and its rank words must do)."""
        role = head.lemma_.lower()
        # "its own chief executive" is one person, where "an executive" is anybody
        # (and "the minister responsible" one minister, where "a minister" is any of them)
        ranked = self._title_words(head, rank_only=True)[0] in RANK_WORDS \
            or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if role not in self._role_words | self.lex.person_nouns or role in self.lex.anonymous_heads and not ranked \
                or role in ALWAYS_ANONYMOUS or head.tag_ not in ("NN", "NNP") \
                or any(c.dep_ == "conj" for c in head.children):
            # one person: never "headteachers" or "the researchers and outside experts"
            return None
        earlier, later = self._titled_people(head, later=False), self._titled_people(head, later=True)
        for words in (self._title_words(head), self._title_words(head, rank_only=True)):
            pattern = re.compile(r"\b" + r"\b.*\b".join(map(re.escape, words)) + r"\b")
            if any(pattern.search(title) for _, titles in earlier.values() for title in titles):
                return None
            held = [(mention, [t for t in titles if pattern.search(t) and not _lesser_rank(t, words)])
                    for mention, titles in later.values()]
            holders = [mention for mention, titles in held if titles]
            # "Mistassini Metals … its chief executive" is "Mistassini chief executive Hélène Roy-Dufresne", not
            # "Kestrel chief executive officer Graham Whitcombe", where a title names the owner
            owner = self._owning_body_word(head)
            owned = [mention for mention, titles in held
                     if owner and any(re.search(rf"\b{re.escape(owner)}\b", t) for t in titles)]
            holders = owned or holders
            if holders:
                return holders[0] if len(holders) == 1 else None
        return None

    def _owning_body_word(self, head: Token) -> str:
        """The first word, lower case, of the body a title's possessive points at: "its" is the last body the
        sentence names before it ("Mistassini"), and "Mistassini's" itself."""
        possessive = next((c for c in head.children if c.dep_ == "poss"), None)
        if possessive is None:
            return ""
        if possessive.lower_ in ("its", "their"):
            # (a body, never a place: "KUALA LUMPUR, Oct 14 — … its chairman")
            bodies = [ent for ent in self.doc.ents if ent.label_ == "ORG" and ent.sent == head.sent and ent.end <= head.i]
            return bodies[-1][0].lower_ if bodies else ""
        return possessive.lower_ if possessive.pos_ == "PROPN" else ""

    def _person_of_age(self, head: Token) -> str | None:
        """For "the 67-year-old": the last person introduced as "Name, 67," before it."""
        age = AGE.search(self.doc[head.left_edge.i: head.i + 1].text)
        if age is None:
            return None
        pattern = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+(?:aged\s+)?" + age.group(1) + r"\b")
        found = None
        for match in pattern.finditer(self.text, 0, head.idx):
            found = match.group(1)
        return found

    def _introduced_source(self, head: Token) -> str | None:
        """For "the spokesperson": how the article introduced that unnamed source ("a Downing Street
        spokesperson"), where it did so with an indefinite article and named nobody beside it."""
        lemma = head.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        for earlier in reversed(self.doc[:head.i]):
            if earlier.lemma_.lower() != lemma or self.in_quote[earlier.i] != -1:
                continue
            # any word for a person will do where the source asked not to be named: "A former employee …, who
            # spoke on condition of anonymity, … / “…,” the former employee said."
            unnamed = lemma in self.lex.anonymous_heads \
                or ANONYMITY.search(self.doc[earlier.left_edge.i: earlier.right_edge.i + 1].text) is not None
            if unnamed and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in earlier.children) \
                    and not any(c.dep_ == "appos" for c in earlier.children):
                words = [t for t in earlier.subtree if not _in_clause_modifier(t, earlier)]
                text = self.doc[words[0].i: words[-1].i + 1].text.strip(" ,—–")
                return _lower_indefinite(text)
        return None

    def _stays_anonymous(self, head: Token) -> bool:
        """Indefinite or possessed descriptions of unnamed sources never become a name."""
        if head.lower_ in ALWAYS_ANONYMOUS or head.lemma_.lower() in ALWAYS_ANONYMOUS:
            return True
        if head.lower_ in ("one", "another") and head.pos_ in ("PRON", "NUM") and not list(head.children):
            return True
        # "the chief executive, who asked not to be named"
        if ANONYMITY.search(self.doc[head.left_edge.i: head.right_edge.i + 1].text):
            return True
        # "a neighbour said", "one resident said": an indefinite description names nobody
        if any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another", "some") for c in head.children):
            return True
        # "one of the aides said", "two of the workers": some of an unnamed group
        if head.lower_ in ("one", "some", "many", "several", "most") or head.pos_ == "NUM":
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                return True
        # "Festival organisers said", "officials said", "Residents’ groups said": an unnamed group
        if head.tag_ in ("NNS", "NNPS") and head.lower_ != head.lemma_.lower() and not head.ent_type_:
            return True
        determiners = [c for c in head.children if c.dep_ in ("det", "poss", "nummod")]
        definite = any(d.lower_ in ("the", "this", "that") for d in determiners)
        possessed = any(d.dep_ == "poss" for d in determiners)
        if head.lower_ in self.lex.anonymous_heads and (not definite or possessed):
            # "a Home Office spokesperson", "Mr Vance's spokesperson", "officials"
            return True
        return False

    def _full_name(self, mention: str, gender: str = "") -> str:
        # "His Excellency said": the one person the article styles so ("His Excellency, Governor Emeka Ozoemena")
        if EXCELLENCY.fullmatch(mention.strip()):
            styled = {clean_name(m.group(1)) for m in STYLED_EXCELLENCY.finditer(self.text)}
            if len(styled) == 1:
                return self.names.resolve(styled.pop(), gender)
        name = self.names.resolve(mention, gender)
        if _bare_surname(name) and name not in self.searched:
            # NER missed the full name: look for "First Surname" anywhere in the article (once per word)
            self.searched.add(name)
            self.names.add_from_text(self.text, name, not_people=self._organisation_entities, bodies=self._sure_bodies)
            name = self.names.resolve(mention, gender)
        if len(name.split()) == 1:
            # "Sir Robert": a first name after an honorific names the one person with that first name
            by_first = self.names.resolve_first_name(name)
            if by_first is None and name not in self.searched_pairs:
                self.searched_pairs.add(name)
                self.names.add_pair_from_text(self.text, name)
                by_first = self.names.resolve_first_name(name)
            if by_first:
                name = by_first
        return name

    @cached_property
    def _honorific_genders(self) -> dict[str, str]:
        genders: dict[str, str] = {}
        for match in re.finditer(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+(?:[A-Z][\w’'-]+\s+)?([A-Z][\w’'-]+)", self.text):
            genders.setdefault(match.group(2).lower(), honorific_gender(match.group(1)))
        return genders

    @cached_property
    def _described_genders(self) -> dict[str, str]:
        """The sex a word in apposition gives a name the first-name list does not know: "Her husband, Dodong",
        "His wife, Ngozi", "Ngaire Tupaea, a grandmother of five", "Sipho Dlamini, the chairman"."""
        genders: dict[str, str] = {}
        for ent in self.doc.ents:
            if ent.label_ not in PERSON_LABELS:
                continue
            described = [c for c in ent.root.children if c.dep_ == "appos"]
            if ent.root.dep_ == "appos":
                described.append(ent.root.head)
            for word in described:
                sex = self._kin_sex(word) or self.lex.gendered_nouns.get(word.lower_)
                if sex:
                    genders.setdefault(self._full_name(ent.text), sex)
        # (and a first name beside a relative's word that the recogniser left out: "Her husband, Tunde,")
        for token in self.doc:
            sex = self._kin_sex(token.head) if token.dep_ == "appos" and token.pos_ == "PROPN" else None
            if sex and token.i not in self.entity_of:
                genders.setdefault(token.text, sex)
        return genders

    def _gender(self, name: str, pronoun_gender: str = "") -> str:
        # ("Mr Tran" is a he, whatever other Trans the article names)
        titled = honorific_gender(name.split()[0]) if len(name.split()) > 1 else ""
        if titled:
            return titled
        full = self._full_name(name, pronoun_gender)
        words = full.split()
        # (the first name alone, for "Her husband, Tunde," whom the article names in full nowhere)
        known = name_gender(full) or self._described_genders.get(full, "") or self.pronoun_genders.get(full, "") \
            or (self._described_genders.get(words[0], "") if words else "")
        if known:
            return known
        # "Mr Tanner" tells the sex of the only Tanner, not of his mother or sister
        if not words or self.names.bearers(words[-1]) > 1:
            return ""
        return self._honorific_genders.get(words[-1].lower(), "")

    def _compatible(self, name: str, gender: str) -> bool:
        if not gender:
            return True
        known = self._gender(name, gender)
        return not known or known == gender

    def _named_antecedent(self, token: Token, gender: str) -> Mention | None:
        if not self.use_coreference:
            return None
        resolved = coref.resolve(token)
        if not resolved:
            return None
        for candidate in resolved:
            # "Kayla Dombrowski's mother, Denise Dombrowski, read a statement that she said …": a pronoun in the
            # clause of a subject named as someone's relative or colleague stands for that subject, not for the one
            # whose relative she is
            owned = candidate.head
            if candidate.dep_ == "poss" and owned.dep_ in SUBJECT_DEPS and owned.head in token.ancestors \
                    and self._is_person_word(owned):
                mention = self.mention_for(owned)
                if mention is not None and mention.kind == "name" and self._compatible(mention.text, gender):
                    return mention
            mention = self._name_mention(candidate)
            if mention is None and candidate.pos_ == "NOUN":
                # "he" -> "the outgoing mayor" -> the one person titled mayor
                mention = self._role_holder(candidate)
            if mention is None:
                continue
            # a speaker's gender never contradicts the pronoun
            if self._compatible(mention.text, gender):
                return mention
            return None
        return None

    def _nearest_speaker(self, token: Token, gender: str, role: str = "") -> Mention | None:
        """The closest earlier person who is a sentence subject, of a compatible gender (and role)."""
        this_paragraph = self._paragraph_index(token.idx)
        # anyone named earlier in the pronoun's own paragraph comes first: "won by Dawit Alemu. “…,” he said."
        # (not a place that modifies a noun: "a Hunter Valley coal mine")
        same_paragraph = [
            m for t in self._outside_tokens(this_paragraph) if t.i < token.i and t.pos_ == "PROPN"
            and not (t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.ent_type_ not in PERSON_LABELS)
            and (m := self._name_mention(t)) is not None and (t.i + 1 >= len(self.doc) or self.doc[t.i + 1].pos_ != "PROPN")
            and self._compatible(m.text, gender)
        ]
        if same_paragraph and not role:
            return same_paragraph[-1]
        candidates: list[Mention] = []
        first_paragraph = max(0, this_paragraph - MAX_ANTECEDENT_PARAGRAPHS)
        for index in range(first_paragraph, this_paragraph + 1):
            for t in self._outside_tokens(index):
                if t.i >= token.i or t.dep_ not in SUBJECT_DEPS and t.dep_ != "appos":
                    continue
                mention = self.mention_for(t) if t.dep_ in SUBJECT_DEPS else self._name_mention(t)
                if mention is not None and mention.kind == "name" and self._compatible(mention.text, gender):
                    candidates.append(mention)
        if role:
            with_role = [m for m in candidates if role in m.description.lower()]
            if with_role:
                return with_role[-1]
        if candidates:
            return candidates[-1]
        if same_paragraph:
            return same_paragraph[-1]
        persons = [
            m for index in range(first_paragraph, this_paragraph) for t in self._outside_tokens(index)
            if t.pos_ == "PROPN" and (m := self._name_mention(t)) is not None
            and (t.i + 1 >= len(self.doc) or self.doc[t.i + 1].pos_ != "PROPN") and self._compatible(m.text, gender)
        ]
        return persons[-1] if persons else None

    def _named_before(self, token: Token, first_paragraph: int) -> Iterator[tuple[Token, Mention]]:
        """Each name of a person outside quotes, from `first_paragraph` up to the token, with its token."""
        for index in range(max(0, first_paragraph), self._paragraph_index(token.idx) + 1):
            for t in self._outside_tokens(index):
                if t.i < token.i and t.pos_ == "PROPN" \
                        and (mention := self._name_mention(t) or self._name_given_as(t)) is not None:
                    yield t, mention

    def _name_given_as(self, token: Token) -> Mention | None:
        """"One young man, who gave his name only as Lemayian": the name, which the recogniser may take for a
        people's."""
        giving = next((a for a in token.ancestors if a.lemma_ == "give" and a.dep_ == "relcl"), None)
        given = self._name_given(giving.head) if giving is not None else None
        return given if given is not None and given.head.i == token.i else None

    def _only_person_of_gender(self, token: Token, gender: str, first_paragraph: int, *,
                               as_subject: bool = False, excluding: str = "") -> Mention | None:
        """The one person of the pronoun's gender named before it since `first_paragraph` (with `as_subject`,
        one of whose names is a sentence subject); None where a person of unknown gender could be the one."""
        people: dict[str, Mention] = {}
        subject = False
        for t, mention in self._named_before(token, first_paragraph):
            name = self._full_name(mention.text)
            if name == excluding:
                continue
            known = self._gender(name)
            # "Whitaker", where the article names Dolores Whitaker and her son Jerome, may be either
            namesakes = {name_gender(n) for n in self.names.names() if surname(n) == surname(name)} \
                if clean_name(mention.text).lower() == surname(name) else set()
            if not known or len(namesakes) > 1:
                return None
            if known == gender:
                people.setdefault(name, mention)
                subject = subject or t.dep_ in SUBJECT_DEPS
        if len(people) != 1 or as_subject and not subject:
            return None
        return next(iter(people.values()))

    def _sole_candidate(self, token: Token, gender: str) -> Mention | None:
        """The only person of a known, matching gender named before the pronoun within reach, if there is one."""
        return self._only_person_of_gender(token, gender, self._paragraph_index(token.idx) - SOLE_CANDIDATE_PARAGRAPHS)

    def _questioned_person(self, token: Token, gender: str) -> Mention | None:
        """"One woman called out to Mr Dunstan: “Would you live here?” / He paused. “I’d like to think I would,” he
        said.": the answer to a question the reporter says was put to someone named is theirs."""
        k = self._previous_outer(self.current)
        if k is None or not self._is_question(self.quotes[k]._.quote) \
                or self._paragraph_index(token.idx) - self.quotes[k]._.quote.paragraph > 1:
            return None
        marks = self._mark_tokens(self.quotes[k]._.quote)
        if not marks:
            return None
        asker = self.decided[k].speaker
        before = self._sentence_before(marks[0].sent.start)
        reporter = [t for t in marks[0].sent if t.i < marks[0].i] + (list(before) if before is not None else [])
        for addressed in reporter:
            verb = addressed.head.head if addressed.dep_ == "pobj" and addressed.head.lower_ == "to" else addressed.head
            put_to = addressed.dep_ == "pobj" and addressed.head.lower_ == "to" and self.is_cue(verb) \
                or addressed.dep_ == "dobj" and verb.lemma_ in ASKING_VERBS
            if not put_to or addressed.pos_ != "PROPN" or self.in_quote[addressed.i] != -1:
                continue
            mention = self._name_mention(addressed)
            if mention is not None and self._compatible(mention.text, gender) and self._full_name(mention.text) != asker:
                return mention
        return None

    def _previous_speaker(self, token: Token, gender: str) -> Mention | None:
        """The named speaker of the quote just before, when the pronoun's gender is theirs and nobody else of
        that gender is named between them: "“A,” Smith said. / “B,” he added." (news keeps the speaker on)."""
        previous = self._previous_outer(self.current)
        if previous is None:
            return None
        decided = self.decided[previous]
        prev_q = self.quotes[previous]._.quote
        if decided.speaker_type != "person" or not decided.speaker or decided.method in WEAK_METHODS \
                or self._paragraph_index(token.idx) - prev_q.paragraph > 1 or not self._compatible(decided.speaker, gender):
            return None
        for named, mention in self._named_before(token, prev_q.paragraph):
            # (not one named as an owner: "Asked about Whitlow’s yellow card, he said:")
            owner = named.i + 1 < len(self.doc) and self.doc[named.i + 1].tag_ == "POS"
            if self._full_name(mention.text) != decided.speaker and self._compatible(mention.text, gender) and not owner:
                return None
        # "… who assured her the data had been “properly anonymized.” Ekwueme said she was not convinced. /
        # “…,” she said": the sentence between makes someone else the subject (a surname the tagger missed)
        sentence = self._sentence_before_cue(token)
        subject = self._sentence_subject(sentence) if sentence is not None and sentence.start_char > prev_q.end else None
        if subject is not None and subject.kind == "name" and self._full_name(subject.text) != decided.speaker \
                and self._compatible(subject.text, gender):
            return None
        return Mention(decided.speaker, "name", token, decided.description)

    def _paragraph_subject(self, token: Token, gender: str) -> Mention | None:
        """The one person named earlier in the pronoun's own paragraph, as a sentence subject, of the
        pronoun's gender: "Mr Hollis was defiant when The Sun knocked. He said: “…”"."""
        return self._only_person_of_gender(token, gender, self._paragraph_index(token.idx), as_subject=True)

    def _main_subject_over_clause(self, token: Token, gender: str) -> Mention | None:
        """"Kayla Dombrowski's mother, Denise Dombrowski, read a statement that she said had taken her …": a pronoun
        that speaks in a relative clause stands for the named subject of the main clause above it."""
        cue = token.head
        if token.dep_ not in SUBJECT_DEPS or cue.dep_ != "relcl" or self.in_quote[token.i] != -1:
            return None
        main = self._main_clause(token.sent)
        if main.i == cue.i or main not in cue.ancestors:
            return None
        subject = next((c for c in main.children if c.dep_ in SUBJECT_DEPS and self.in_quote[c.i] == -1), None)
        mention = self.mention_for(subject) if subject is not None else None
        # ("the Magistrate observed that …, an offence she described as “…”": or the one person the article gave
        # that title)
        if mention is not None and mention.kind == "nominal":
            mention = self._appositive_name(subject) or self._role_holder(subject)
        if mention is not None and mention.kind == "name" and self._compatible(mention.text, gender):
            return mention
        return None

    def _previous_subject(self, token: Token, gender: str) -> Mention | None:
        """The named subject of the reporter's sentence just before the quote and its pronoun cue. News
        introduces a speaker, then quotes them: "Goran, 62, who runs a bakery, said three of his customers
        were among the dead. / “I have known them for 20 years,” he said." """
        sentence = self._sentence_before_cue(token)
        # "Reality star Chloe Bramwell has broken her silence … / The 27-year-old walked out … / the Essex
        # beautician wrote:": a chain of descriptions, each the subject of its sentence, goes back to the name
        for _ in range(3):
            if sentence is None or self._paragraph_index(token.idx) - self._paragraph_index(sentence.start_char) > 1:
                return None
            mention = self._sentence_subject(sentence)
            if mention is not None and mention.kind == "name" and self._compatible(mention.text, gender) \
                    and not self._object_of_gender(mention.head, gender):
                return mention
            # "England's approach has been labelled “Harland-ball”, though the captain has made clear he is not a
            # fan. / “…,” he said.": where a thing heads the sentence, the titled person of a later clause
            holder = self._clause_role_holder(sentence) if mention is None else None
            if holder is not None and self._compatible(holder.text, gender):
                return holder
            # "Quayle’s editor, Jonah Petrakis, has worked with her since 2009. He says … / “…,” he says."
            # ("Joanne Pfeiffer … is one of those folks. … she drives to the library, she said. / “…,” the
            # 61-year-old said.": a description takes the sex of the pronoun it goes on from)
            pronoun_gender = PRONOUN_GENDER.get(mention.head.lower_, "") if mention is not None \
                and mention.kind == "pronoun" else ""
            same_pronoun = bool(pronoun_gender) and pronoun_gender == (gender or pronoun_gender)
            if mention is not None and not same_pronoun or mention is None and not self._describes_person(sentence):
                return None
            gender = gender or pronoun_gender
            token, sentence = sentence.root, self._sentence_before(sentence.start)
        return None

    def _object_of_gender(self, subject: Token, gender: str) -> bool:
        """Whether the subject's own clause has a "him" or "her" of that gender as an object, who is then someone
        else: "Funmilayo Ade, a nurse, stood beside him", "Sipho Dlamini helped her inside"."""
        verb = subject.head
        return bool(gender) and any(
            t.lower_ in ("him", "her") and PRONOUN_GENDER[t.lower_] == gender
            and (t.dep_ in ("dobj", "dative") and t.head.i == verb.i or t.dep_ == "pobj" and t.head.head.i == verb.i)
            for t in verb.subtree)

    def _clause_role_holder(self, sentence: Span) -> Mention | None:
        """The one person a definite title stands for as the subject of a joined or subordinate clause."""
        # ("The commissioner, who took over last year, noted …": the main clause's own title too)
        main = self._main_clause(sentence)
        for subject in reversed(sentence):
            if subject.dep_ in SUBJECT_DEPS and (subject.head.dep_ in ("advcl", "conj") or subject.head.i == main.i) \
                    and self.in_quote[subject.i] == -1 and subject.pos_ == "NOUN":
                return self._role_holder(subject)
        return None

    def _sentence_before_cue(self, token: Token) -> Span | None:
        """The reporter's sentence before both the quote and its cue's sentence."""
        marks = self._mark_tokens(self.quotes[self.current]._.quote)
        return self._sentence_before(min(token.sent.start, marks[0].i if marks else token.i))

    def _named_in_own_words(self, antecedent: Mention) -> bool:
        """Whether the quote being attributed speaks of the antecedent by surname, outside its nested quotes ("“Mr
        Layne used to tell we, ‘…’,” he said": "he" is not Mr Layne)."""
        q = self.quotes[self.current]._.quote
        if q.depth > 0 or not antecedent.text:
            return False
        own = self.text[q.start:q.end]
        for nested in self.quotes:
            inner = nested._.quote
            if inner.depth > q.depth and q.start <= inner.mark_start and inner.mark_end <= q.end:
                own = own.replace(self.text[inner.mark_start:inner.mark_end], " ")
        last = self._full_name(antecedent.text).split()[-1]
        if len(last) <= 2 or not last[0].isupper():
            return False
        # (by surname alone or with a title: "my son Tom Layne" may be the speaker's namesake)
        for match in re.finditer(rf"\b{re.escape(last)}\b", own):
            before = own[:match.start()].split()[-1:]
            if not before or not before[0][:1].isupper() or before[0].lower().strip(".") in PURE_HONORIFICS:
                return True
        return False

    def _plural_subject_before(self, pronoun: Token) -> Token | None:
        """The plural word for people that is the subject of the pronoun's own sentence, before it, outside quotes."""
        if self.in_quote[pronoun.i] != -1:
            return None
        return next((t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in SUBJECT_DEPS and t.tag_ == "NNS"
                     and self.in_quote[t.i] == -1 and self._is_person_word(t)), None)

    def _introduced_unnamed(self, head: Token) -> str | None:
        """"One reporter asked … / “And after that?” the reporter asked.": "the [noun]" goes back to the unnamed
        subject the last few paragraphs introduced with "a", "one" or "another", where no name comes with it."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or not self._is_person_word(head):
            return None
        this_paragraph = self._paragraph_index(head.idx)
        for index in range(this_paragraph, max(0, this_paragraph - MAX_ANTECEDENT_PARAGRAPHS) - 1, -1):
            for t in reversed(list(self._outside_tokens(index))):
                if t.i >= head.i or t.lemma_.lower() != head.lemma_.lower():
                    continue
                # (the last word of the role decides: not "a sheriff said" after "Sheriff Catriona Baxendale told him")
                if t.dep_ not in SUBJECT_DEPS or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                                                         for c in t.children) or self._appositive_name(t) is not None \
                        or any(d.ent_type_ in PERSON_LABELS for d in t.subtree):
                    return None
                # (nor "A MUM-of-three who scooped £2.4million … / Gemma Rowntree, 38, said … / The mum-of-three said":
                # the lede's unnamed subject, named since)
                if any(d.dep_ in SUBJECT_DEPS and d.ent_type_ in PERSON_LABELS and self.in_quote[d.i] == -1
                       for d in self.doc[t.i + 1: head.i]):
                    return None
                words = list(itertools.takewhile(lambda d: d.text != ",", (d for d in t.subtree
                                                                            if not _in_clause_modifier(d, t))))
                return _lower_indefinite(self.doc[words[0].i: words[-1].i + 1].text.strip(" ,—–"))
        return None

    def _unnamed_subject_before(self, token: Token, *, strict: bool) -> str | None:
        """The description of an unnamed source that is the subject of the sentence just before, in the same
        paragraph: one introduced with "a", "one" or "another", or (`strict`) one said to stay unnamed."""
        sentence = self._sentence_before_cue(token)
        # "One veteran player, speaking on the condition of anonymity, said … / “…,” the player said.": a source
        # who asked not to be named may speak in the next paragraph too ("“…,” she said." as well)
        if sentence is None:
            return None
        paragraphs_apart = self._paragraph_index(token.idx) - self._paragraph_index(sentence.start_char)
        if paragraphs_apart > 1:
            return None
        for subject in sentence.root.children:
            if subject.dep_ not in SUBJECT_DEPS or self.in_quote[subject.i] != -1 or subject.pos_ != "NOUN" \
                    or subject.tag_ == "NNS" or self._appositive_name(subject) is not None \
                    or any(t.ent_type_ in PERSON_LABELS and not (t.dep_ == "compound" and t.head.i == subject.i)
                           for t in subject.subtree):
                # "One man who gave his name only as Dwayne" is named, after a fashion ("A Richfield resident",
                # a place the tagger takes for a person, is not)
                continue
            # ("an elderly man who gave his age as 84 but declined to give his name said": or up to the cue, where the
            # parser cut the relative clause short)
            cue = next((t for t in sentence if t.i > subject.i and self.is_cue(t) and self.in_quote[t.i] == -1), None)
            described = self.doc[subject.left_edge.i: max(subject.right_edge.i + 1, cue.i if cue is not None else 0)]
            unnamed = ANONYMITY.search(described.text) is not None
            # ("The second person injured, a 61-year-old man, suffered …": or described so in apposition)
            indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                             for c in subject.children) or any(
                c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                for c in subject.children)
            # ("An SA Health spokeswoman said … / “…,” she said." in the next paragraph: a source whose word tells
            # the pronoun's sex)
            sexed = subject.lower_ in self.lex.anonymous_heads and PRONOUN_GENDER.get(token.lower_) is not None \
                and self.lex.gendered_nouns.get(subject.lower_) == PRONOUN_GENDER.get(token.lower_)
            # ("One arhtiya in Khanna said … “…,” he said.": or a word for someone the lexicon lacks, that a he or she
            # who speaks right after stands for)
            speaker_word = self._is_person_word(subject) or PRONOUN_GENDER.get(token.lower_) is not None \
                and not paragraphs_apart and subject.head.i == sentence.root.i and self.is_cue(sentence.root) \
                and not any(subject.lemma_.lower() in words for words in (
                    self.lex.organisations, self.lex.company_nouns, self.lex.document_nouns))
            if unnamed or not strict and (not paragraphs_apart or sexed) and indefinite and speaker_word:
                words = [t for t in subject.subtree if not _in_clause_modifier(t, subject)]
                words = list(itertools.takewhile(lambda t: t.text != ",", words)) or words
                text = self.doc[words[0].i: words[-1].i + 1].text.strip(" ,—–")
                return _lower_indefinite(re.sub(r"^The\b", "the", text))
        return None

    def _titled_subject_before(self, token: Token, gender: str) -> Mention | None:
        """"The judge said he accepted that Prentice was sorry. “…,” he said.": where the sentence just before,
        in the pronoun's paragraph, is about a title the article gave one person ("Judge Martin Ferriby"), the
        pronoun is that person, not a name further down the sentence."""
        sentence = self._sentence_before_cue(token)
        if sentence is None or self._paragraph_index(sentence.start_char) != self._paragraph_index(token.idx):
            return None
        for subject in sentence.root.children:
            if subject.dep_ in SUBJECT_DEPS and self.in_quote[subject.i] == -1 and subject.pos_ == "NOUN":
                holder = self._role_holder(subject)
                if holder is not None and self._compatible(holder.text, gender):
                    return holder
        return None

    def _describes_person(self, sentence: Span) -> bool:
        """Whether the sentence's subject is a definite description of a person ("The 27-year-old")."""
        return any(c.dep_ in SUBJECT_DEPS and self.in_quote[c.i] == -1 and self._is_person_description(c)
                   for c in sentence.root.children)

    def _is_thing(self, mention: Mention, subject: Token) -> bool:
        """A description that names no person, body or source ("the scale of the fraud"), or a document whose
        issuer it does not name ("Ms Vail said the brief had reflected “…”")."""
        lemma = subject.lemma_.lower()
        return mention.kind == "nominal" and subject.pos_ == "NOUN" and not self._is_person_word(subject) \
            and not self._is_person_description(subject) and lemma not in self.lex.anonymous_heads \
            and lemma not in ALWAYS_ANONYMOUS

    def _is_person_description(self, head: Token) -> bool:
        # "the 29-year-old right-hander": an age makes any noun a person
        aged = AGE.search(self.doc[head.left_edge.i: head.i].text) is not None
        # "the mum-of-two told": the parser makes the number the head
        parent_of = head.pos_ == "NUM" and any(c.dep_ == "compound" and self._is_person_word(c) for c in head.children)
        return (head.pos_ in ("NOUN", "PROPN", "ADJ") and (self._is_person_word(head) or head.lemma_.lower() == "old" or aged)
                or parent_of) \
            and head.lemma_.lower() not in self.lex.anonymous_heads \
            and (any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
                 # "the 39-year-old said", where the parser hangs "the" on the verb
                 or head.left_edge.i > 0 and self.doc[head.left_edge.i - 1].lower_ == "the")

    def _sentence_before(self, start: int) -> Span | None:
        """The reporter's sentence that ends just before token `start`; None where a quote-only sentence
        comes first (whose turn it is then belongs to previous_speaker and continuation)."""
        i = start - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0:
            return None
        sentence = self.doc[i].sent
        return sentence if self.in_quote[sentence.root.i] == -1 else None

    def _sentence_subject(self, sentence: Span) -> Mention | None:
        """Who the sentence's main clause is about, where that is a person or a pronoun."""
        for subject in self._main_clause(sentence).children:
            if subject.dep_ in SUBJECT_DEPS and self.in_quote[subject.i] == -1:
                mention = self.mention_for(subject)
                if mention is not None and mention.kind == "nominal":
                    mention = self._appositive_name(subject) or mention
                # "Beside him, his daughter was less inclined to laugh.": the relative the article names
                relative = self._relative_by_surname(subject) if mention is not None and mention.kind == "nominal" else None
                if relative is not None:
                    return Mention(relative, "name", subject, mention.text)
                if mention is not None and mention.kind in ("name", "pronoun"):
                    return mention
        # "Marsh shrugs.": a name and a verb the tagger reads as one plural noun
        root = sentence.root
        words = [t for t in sentence if not t.is_punct and not t.is_space]
        if root.tag_ == "NNS" and root.lower_.endswith("s") and len(words) == 2 and words[0].dep_ == "compound" \
                and words[0].pos_ == "PROPN" and self.in_quote[root.i] == -1:
            return self._name_mention(words[0])
        return None

    def _main_clause(self, sentence: Span) -> Token:
        """The sentence's main verb. "Asked whether Okafor-Reilly would start, Haverford didn't hesitate.": the
        parser may make an opening participle with no subject the root, and the main clause its complement."""
        root = sentence.root
        if root.i != sentence.start or root.tag_ not in ("VBN", "VBG", "VBD") \
                or any(c.dep_ in SUBJECT_DEPS for c in root.children):
            return root
        clauses = [c for c in root.children if c.dep_ in ("ccomp", "conj", "advcl") and c.i > root.i
                   and any(g.dep_ in SUBJECT_DEPS for g in c.children)]
        return clauses[-1] if clauses else root

    def _paragraph_index(self, char: int) -> int:
        for para in self.paragraphs:
            if para.start <= char <= para.end:
                return para.index
        return 0

    # ---- kind and storage --------------------------------------------------------------------
    def _kind(self, span: Span, attribution: Attribution) -> str:
        q = span._.quote
        if not q.opener:
            return "indirect"
        text = self.text
        content = text[q.start:q.end].strip()
        preceding = text[max(0, q.mark_start - 12): q.mark_start].lower()
        if "so-called" in preceding or "so called" in preceding:
            return "scare"
        if q.depth == 0 and _is_title_cased(content) and not text[:q.mark_start].rstrip().endswith(":") \
                and text[:q.mark_start].rstrip()[-1:] not in ("", "\n"):
            # "the ‘Beast from the East’", "its ‘No Cold Calling’ zones", "the song “Broadway Lights,”": a name or a
            # title woven into the sentence
            return "scare"
        if q.depth > 0:
            # a quote inside a quote is an utterance unless it is a word or two, or a fragment inside one of the outer
            # speaker's phrases, with words of the sentence on both sides ("talks about a “low to moderate” risk")
            first_letter = next((c for c in content if c.isalpha()), "")
            # (not words someone is said to say: "People kept saying ‘it's time for a change’ on the doorstep")
            marks = self.doc.char_span(q.mark_start, q.mark_end, alignment_mode="expand")
            word_before = self.doc[marks.start - 1] if marks is not None and marks.start > 0 else None
            woven = first_letter.islower() and text[:q.mark_start].rstrip()[-1:].isalpha() \
                and text[q.mark_end:].lstrip(" ")[:1].islower() and word_before is not None \
                and not self.is_cue(word_before)
            # (and a phrase in lower case with no verb is no utterance: "the memo says ‘no further extension’")
            words = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            verbless = first_letter.islower() and words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words)
            return "direct" if len(content.split()) >= 3 and not woven and not verbless else "partial"
        before = self._clause_before(q)
        first_letter = next((c for c in content if c.isalpha()), "")
        starts_sentence = first_letter.isupper() or content[:1] in ("[", "…", ".") or content[:1].isdigit()
        introduced = not before or before[-1].text in (":", ",")
        full_sentence = len(content.split()) >= 4 and content.rstrip("”’\"' ").endswith((".", "!", "?", ",", "…"))
        if starts_sentence and introduced:
            if attribution.method == "unresolved" and not before and not self._clause_after(q) \
                    and not full_sentence and not q.continues_previous and not q.continues_next:
                # a quoted line standing alone with nobody to say it, and no sentence, is a headline or title
                return "scare"
            return "direct"
        if attribution.method != "unresolved" or attribution.speaker_type == "anonymous":
            return "partial"
        return "scare"

    def _store(self, span: Span, attribution: Attribution, kind: str, confidence: dict[str, float]) -> None:
        if kind == "indirect" and attribution.method == "cue_syntax":
            attribution = replace(attribution, method="indirect")
        if kind == "scare":
            attribution = Attribution(method="scare")
        span._.kind = kind
        span._.speaker = attribution.speaker
        span._.speaker_mention = (f"{attribution.mention} ({attribution.antecedent})"
                                  if attribution.antecedent else attribution.mention)
        span._.speaker_description = attribution.description
        span._.speaker_type = attribution.speaker_type
        span._.cue = attribution.cue
        span._.method = attribution.method
        span._.confidence = confidence.get(attribution.method, 0.0)


TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "from", "and", "or", "in", "on", "at", "to", "with", "by"})


def _is_title_cased(content: str) -> bool:
    """Whether quoted words read as a name or a title: two words or more, each capitalised but the small ones
    ("Beast from the East", "No Cold Calling", "Still Here")."""
    words = re.findall(r"[\w’'-]+", content)
    if len(words) < 2 or words[0].lower() in TITLE_SMALL_WORDS and not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) \
        and sum(w[0].isupper() for w in words) >= 2


def _comparable_words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[\w'-]+", text.lower().replace("’", "'")))


def _holds_words(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether `shorter` is a run of whole words inside `longer`, and not the whole of it."""
    size = len(shorter)
    return len(longer) > size and any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))


def _unnamed_body(mention: Mention) -> bool:
    """A body the text does not name ("the board", "the government"): it yields to a named speaker who
    reports what it did."""
    return mention.kind == "organisation" and mention.text.islower()


def _agents(verb: Token) -> list[Token]:
    """Who a passive verb's "by" phrase names: "told by Capital Tramlink"."""
    return [c for child in verb.children if child.dep_ == "agent" for c in child.children if c.dep_ == "pobj"]


def _quoted_subject(verb: Token) -> Token | None:
    """The subject of a cue inside a quote, shared along "marched me down here and said", "kept telling me"."""
    # "We were told by Capital Tramlink, ‘…’": a passive cue speaks through its agent
    agents = _agents(verb)
    if agents:
        return agents[0]
    for _ in range(3):
        # "I had a mayor tell me", "I heard him say": the one made or heard to speak is the object before the cue
        if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in CAUSATIVE_VERBS:
            objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
            if objects:
                return objects[0]
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not c.is_punct] \
            or [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i + 1 == verb.i] \
            or [c for c in verb.lefts if c.tag_ == "JJS" and any(d.dep_ == "poss" for d in c.children)]
        # ("Kade rang a few of us": the small model may make the name opening a quoted sentence a compound; and
        # "My youngest asked me" a superlative that modifies the cue)
        if subjects:
            return subjects[0]
        # ("the MTRO telling a 60-year-old driver, ‘…’": a participle's subject is the noun it hangs on)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            return verb.head
        # ("I phoned the number and a man told me": the parser may join the man to the number, and the cue to
        # the first verb; the word just before the cue is its subject)
        just_before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.dep_ == "conj" and just_before is not None and just_before.dep_ == "conj" \
                and just_before.pos_ in ("NOUN", "PROPN") and just_before.head.i != verb.i:
            return just_before
        # ("I had a mom from Omaha stand on our field, look down … and ask me": the parser may hang a verb of the
        # chain on the one before as an unlabelled dependent)
        if verb.dep_ not in ("conj", "xcomp", "advcl", "dep") or verb.head.i == verb.i:
            return None
        # "the lady I spoke to said it was ‘…’": the parser hangs the cue on the relative clause; it is the
        # lady who said it
        if verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and verb.head.i < verb.i:
            return verb.head.head
        verb = verb.head
        # "My old boss, Dave Bassett, used to say": the parser may hang "used" on the noun as a clause of it
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            return verb.head
    return None


def _lesser_rank(title: str, words: list[str]) -> bool:
    """Whether a title is a lesser rank of the one `words` give: "the minister" (or "the energy secretary") is
    never "shadow minister Leanne Cordell", "deputy secretary Kirsten Vail" or "the shadow energy secretary"."""
    ranks = "|".join(sorted(LESSER_RANKS - set(words)))
    return re.search(rf"\b(?:{ranks})\s+(?:\S+\s+){{0,2}}?{re.escape(words[0])}\b", title) is not None


def _owning_body(ent: Span, word: str) -> Span:
    """"the department" in "the Department of Defence’s Capability Acquisition and Sustainment Group" is the
    Department of Defence: the owner, where the word is in the owner's part of the name."""
    possessive = next((t.i for t in ent if t.tag_ == "POS"), None)
    if possessive is not None and any(t.lower_ == word for t in ent.doc[ent.start: possessive]):
        return ent.doc[ent.start: possessive]
    return ent


def _without_owner(name: str) -> str:
    """"Korvenland's Halvard Defence Systems" is Halvard Defence Systems: the country in front is not its name."""
    # ("The Sheriff's Office" is no office of a sheriff's: one word left would be no name)
    return re.sub(r"^[A-Z][\w-]*[’']s\s+(?=[A-Z]\S*\s+\S)", "", name)


def _described_with_who(ent: Span) -> bool:
    """"Aimee-Leigh D’Costa, who won the 2022 series": a name the tagger calls a body, but "who" makes a person."""
    return any(clause.dep_ == "relcl" and any(c.text.lower() == "who" and c.dep_ in SUBJECT_DEPS for c in clause.children)
               for token in ent for clause in token.children)


def _places_before(head: Token) -> list[Token]:
    """The words of a place in front of a title: "Dublin Bay North" in "the Dublin Bay North TD"."""
    return [t for t in head.subtree if t.i < head.i and t.ent_type_ in PLACE_LABELS]


def _drops_one_capital(acronym: str, capitals: str) -> bool:
    """Whether the acronym is the capitals with one left out, but not the first."""
    return len(capitals) == len(acronym) + 1 and capitals[0] == acronym[0] \
        and any(capitals[:k] + capitals[k + 1:] == acronym for k in range(1, len(capitals)))


def _noun_word(head: Token) -> str:
    """The lemma of a noun, with the word hyphenated to it: "centre-half" for the "half" of "the centre-half"."""
    doc, i = head.doc, head.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{head.lower_}"
    return head.lemma_.lower()


def _bare_surname(name: str) -> bool:
    """"Bensalah", "Van der Hoek": a surname with no first name."""
    words = name.split()
    return bool(words) and all(w.lower() in SURNAME_PARTICLES for w in words[:-1])


def _lower_indefinite(text: str) -> str:
    """"A Downing Street spokesperson" -> "a Downing Street spokesperson", "One reporter" -> "one reporter": a
    description as a source's label."""
    return text[0].lower() + text[1:] if text.split()[0] in ("A", "An", "One", "Another") else text


def _strip_det(text: str) -> str:
    for det in ("the ", "The ", "a ", "A ", "an ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text


def _in_clause_modifier(token: Token, head: Token) -> bool:
    """Whether a token sits in a relative clause or appositive hanging off the head noun."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "appos", "punct") and node.head.i == head.i:
            return True
        node = node.head
    return False


@Language.factory(
    "quotes_attributor",
    assigns=["span._.speaker", "span._.method", "span._.confidence", "span._.kind"],
    requires=["token.dep", "token.ent_type"],
    default_config={"use_coreference": True},
)
def make_attributor(nlp: Language, name: str, use_coreference: bool) -> Attributor:
    return Attributor(use_coreference=use_coreference)

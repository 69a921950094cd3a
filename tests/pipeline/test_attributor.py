"""Attribution sieves: a table of short articles, the quote to look at, and who said it how."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.pipeline.attributor import _described_with_who

CASES = [
    # cue_adjacent: “…,” X said. / “…,” said X, the role.
    ("“We will win this seat,” Maria Lopez said.", "We will win", "Maria Lopez", "cue_adjacent", "direct"),
    ("“The giant black hole is Trump,” said Matt Bennett, executive vice president for Third Way.",
     "The giant black hole", "Matt Bennett", "cue_adjacent", "direct"),
    ("“Taxes will not rise,” said Donald J. Trump, the Republican nominee, who has promised cuts.",
     "Taxes will not rise", "Donald Trump", "cue_adjacent", "direct"),
    ("“It is over.” Helen Carter added.", "It is over", "Helen Carter", "cue_adjacent", "direct"),
    # a long appositive after the name pushes the cue far from the quote
    ("“We are not going to blink,” Rep. Kyle Renner (R-Texas), a member of the House Freedom Caucus who chairs the "
     "panel's oversight subcommittee, told The Hill.", "We are not going to blink", "Kyle Renner", "cue_adjacent",
     "direct"),
    # a councillor's title and a barrister's post-nominal letters are no part of the name
    ("Coun Helen O’Donoghue, the cabinet member for transport, spoke first.\n“We listened to every objection,” said "
     "Coun O’Donoghue.", "We listened", "Helen O’Donoghue", "cue_adjacent", "direct"),
    ("Prof Ingrid de Vries, a health economist at the University of York, agreed.\n“The corridor is where every "
     "failure becomes visible,” De Vries said.", "The corridor", "Ingrid de Vries", "cue_adjacent", "direct"),
    # colon_intro: X said: “…” / X told Outlet: “…” / X fumed: “…”
    ("Pastor Mark Burns spoke to reporters.\nBurns added: “The party wants a weaker America.”",
     "The party wants", "Mark Burns", "colon_intro", "direct"),
    ("Nigel Farage told GB News: “My priority has to be Clacton.”", "My priority", "Nigel Farage", "colon_intro", "direct"),
    ("Shadow minister Daniel Whitfield fumed: “This is a slap in the face.”", "This is a slap", "Daniel Whitfield",
     "colon_intro", "direct"),
    # cue_syntax: partial quotes governed by a reporting verb
    ("Former Trump aide Sebastian Gorka branded the help a “bloody outrage.” Arkansas Senator Tom Cotton said the move "
     "was “another reason” to back the Republicans.", "bloody outrage.", "Sebastian Gorka", "cue_syntax", "partial"),
    ("Former Trump aide Sebastian Gorka branded the help a “bloody outrage.” Arkansas Senator Tom Cotton said the move "
     "was “another reason” to back the Republicans.", "another reason", "Tom Cotton", "cue_syntax", "partial"),
    # according_to
    ("The plan was “dead on arrival”, according to Senator Jane Doe.", "dead on arrival", "Jane Doe", "according_to",
     "partial"),
    # intro_paragraph: a paragraph-final "X said:" introduces the next paragraph's quote
    ("Mayor Roy Pettibone spoke after the count. He said:\n“The people have spoken.”", "The people have spoken",
     "Roy Pettibone", None, "direct"),
    ("Mayor Roy Pettibone told supporters:\n“The people have spoken.”", "The people have spoken", "Roy Pettibone",
     "intro_paragraph", "direct"),
    # same_paragraph: “A,” X said. “B.”
    ("“We’re all activists,” Ruth Cadbury said. “It showed solidarity.”", "It showed solidarity", "Ruth Cadbury",
     "same_paragraph", "direct"),
    # continuation: a quote-only paragraph continues the speaker before it
    ("“Migration will be a key battleground,” Mr Ashworth told the Sunday Mirror.\n“And we want to learn.”",
     "And we want to learn", "Ashworth", "continuation", "direct"),
    # the news convention: an unclosed quote continues in the next paragraph
    ("A senior Labour Party figure said: “I have 100 staff going to the US.\n“I have 10 spots available.”",
     "I have 10 spots", "", "continuation", "direct"),
    # coreference: "He said:" resolves to the name in the sentence before
    ("In an interview, environment secretary Steve Reed said the work was not funded by the party.\n"
     "He said: “It is up to private citizens how they use their time.”", "It is up to", "Steve Reed", None, "direct"),
    # the only woman named before "she": no coreference needed
    ("Kate Winslet arrived late.\n“It was a long night,” she said.", "It was a long night", "Kate Winslet",
     "sole_candidate", "direct"),
    # gender agreement: "she" never becomes a man
    ("Tom Hardy and Kate Winslet arrived together. Winslet spoke first.\n“It was a long night,” she said.",
     "It was a long night", "Kate Winslet", None, "direct"),
    # previous_speaker: two men named, but "he" goes on from the one who spoke just before
    ("Mark Burns met the union on Monday.\n“We will not back down,” said Tom Hardy, the union leader.\n"
     "“The offer is an insult,” he added.", "The offer is an insult", "Tom Hardy", "previous_speaker", "direct"),
    # previous_subject: two men named, but "he" is the subject of the reporter's sentence just before
    ("Luca Ferraro said the club would appeal.\nJordan Akinola, 23, had been jeered by the home fans, but said the "
     "goal was the best of his career.\n“It's been tough,” he told Sky Sports.", "It's been tough", "Jordan Akinola",
     "previous_subject", "direct"),
    # "the 39-year-old" goes on from the named subject before it, however the parser hangs "the"
    ("Outside the Downing Centre, Josephine Tuala, whose parents lost $240,000, told the Herald the sentence was "
     "“a start”.\n“Six years. Mum and Dad waited longer than that for a house that doesn’t exist,” the 39-year-old "
     "said.", "Six years", "Josephine Tuala", "previous_subject", "direct"),
    # ... and through a pronoun between them, whose sex it takes
    ("Joanne Pfeiffer, a dairy farmer outside Ladysmith, is one of those folks. Since the cooperative moved its "
     "reporting online, she drives to the public library twice a week, she said.\n\"I sit in the library lot with "
     "my laptop on the steering wheel,\" the 61-year-old said.", "I sit in the library", "Joanne Pfeiffer",
     "previous_subject", "direct"),
    # a nationality or a playing position for a person is a description that goes back to a name
    ("Aberdeen boss Joost van Leeuwen, unsurprisingly, saw it differently.\n“For me it’s a clear penalty. He doesn’t "
     "get the ball, he gets the man,” said the Dutchman, whose side climb to third.", "For me", "Joost van Leeuwen",
     None, "direct"),
    ("Ross Kinnaird, the Motherwell skipper, was booked.\nKinnaird was adamant he had played the ball. “I’ve got a clean touch on it,” said the centre-half.",
     "I’ve got a clean touch", "Ross Kinnaird", None, "direct"),
    # a body's initials speak for it where the article names it in full
    ("By Friday, more than 380,000 Florida Power & Light customers were still without electricity. FPL said in a "
     "statement that crews were working \"around the clock\".", "around the clock", "Florida Power & Light",
     "cue_syntax", "partial"),
    # a quote-only paragraph after one that introduces a person, whose only quote is a word nobody speaks
    ("Amira Osman, 29, coordinates one of the community kitchens known locally as \"takaya\". She spoke to Al "
     "Jazeera by phone from Tawila.\n\"When we arrived there was nothing. No shelter, no latrines, nothing.\"",
     "When we arrived", "Amira Osman", "nearest_speaker", "direct"),
    # a participle hung on the reported clause belongs to the one who reports it
    ("The West Yorkshire Combined Authority said it “remains committed” to the scheme.\nCoun Jonathan Ackroyd said "
     "his group would ask for the decision to be reviewed by the council’s scrutiny board, adding: “This isn’t over.”",
     "This isn’t over", "Jonathan Ackroyd", "colon_intro", "direct"),
    # a street is nobody: with no person in reach, the pronoun stays unresolved
    ("The crash happened near the junction with Stonebridge Lane, shortly after 8.30am.\nNobody was arrested.\n"
     "“It is a racetrack,” he said.", "It is a racetrack", "",
     "unresolved", "direct"),
    # "who" makes a person of a name the tagger calls a body
    ("Fans were divided.\nFormer islander Aimee-Leigh D’Costa, who won the 2022 series with now-fiancé Callum Pryor, "
     "said the show had ‘changed a lot’ since her time in the villa.\n‘When we were in there, someone would pull you "
     "aside straight away,’ she told Metro.", "When we were in there", "Aimee-Leigh D’Costa", None, "direct"),
    # "the bureau" is the body named before it, without the adjective in front of its name
    ("The deal needs approval from the federal Competition Bureau. The bureau said in an e-mail that it \"does not "
     "comment on specific transactions\".", "does not comment", "Competition Bureau", "cue_syntax", "partial"),
    # a first name before "and" shares the surname written once after the pair
    ("Outside, mother and daughter Jean and Tracey Pollard had waited in the drizzle since 7am.\n‘She looked "
     "absolutely wonderful,’ said Jean, 71, who had travelled from nearby Helsham.", "She looked", "Jean Pollard",
     "cue_adjacent", "direct"),
    # a social media platform is never the author of a post on it
    ("The personal trainer hit back on Monday night with a string of cryptic Instagram Stories, which have since "
     "been deleted.\n“Funny how some people can move on in five minutes,” he wrote.", "Funny how", "", "unresolved",
     "direct"),
    # a relative given only a first name shares the surname of the person whose relative they are
    ("Among those still waiting is Sandra Whyte, 71, from Auchterbrae.\nHer husband Tom, 73, who has become her "
     "full-time carer, said: \"She's in agony most nights.\"\nMr Whyte said the couple could not pay. \"That's money "
     "we don't have,\" he said.", "That's money", "Tom Whyte", None, "direct"),
    # an age with no "Name, 46," to match falls back to the nearest speaker, like a pronoun
    ("Speaking to the media afterwards, a raging Craig Dunleavy said:\n“I’ve watched it back six times and I still "
     "can’t see a penalty.”\nThe 46-year-old added: “I’ll probably get a letter from Hampden for saying that.”",
     "I’ll probably get a letter", "Craig Dunleavy", "nearest_speaker", "direct"),
    # a passive cue's subject is what was said or done: the speaker is the cue that reports it
    ("The Millbrook Unified School District closed two schools.\nThe district said in a statement that students "
     "would be offered places at “neighboring schools with capacity”.", "neighboring schools",
     "Millbrook Unified School District", "cue_syntax", "partial"),
    # a second cue the parser hangs on the reported verb shares the first cue's subject
    ("Her opposite number, Daniel Whitfield, said the announcement was “too little” and accused the government of "
     "“moving the problem”.", "moving the problem", "Daniel Whitfield", "cue_syntax", "partial"),
    # "one of the aides" stays anonymous, though a name is near
    ("Senate Democrats met on Monday, according to two aides.\n“Nobody wants to blink first,” one of the aides said.",
     "Nobody wants", "", None, "direct"),
    # role words the title list lacks, in front of a full name, are not part of it
    ("Appropriations Chair Renata Ibarra (D-Nev.) said she was “open to conversations” about offsets.",
     "open to conversations", "Renata Ibarra", "cue_syntax", "partial"),
    # "the company said": the company the article is about, never the news agency in the dateline
    ("LONDON, Nov 3 (Reuters) - Shares in British engineering group Halcott fell as much as 23% on Monday after it cut "
     "its annual profit forecast for the second time in three months.\n"
     "“Trading was below our expectations,” the company said in a statement.", "Trading was below", "Halcott",
     "cue_adjacent", "direct"),
    # a lone word that starts a body's name is that body, though the entity recogniser calls it a person
    ("Veridan Therapeutics is testing a new drug.\n“Patients have waited far too long,” Veridan said in a statement.",
     "Patients have waited", "Veridan Therapeutics", "cue_adjacent", "direct"),
    # a statement speaks for whoever issued it, and "the statement" is the one cited before
    ("According to a statement from the Ostrel regional administration, 11 people were killed.\n"
     "“Rescue teams are still working,” the statement said.", "Rescue teams", "Ostrel regional administration",
     "cue_adjacent", "direct"),
    # "the statement said", after "X said in a statement": X
    ("The Nevada Housing Justice Coalition, an advocacy group, said in a statement that the law was cruel.\n"
     "“We have seen this movie before,” the statement said.", "We have seen", "Nevada Housing Justice Coalition",
     "cue_adjacent", "direct"),
    # a body the text does not name yields to the named person who reports it
    ("Helen Okafor, Pennant’s chief executive, said the board had concluded the offer was “the best available "
     "outcome for shareholders”.", "the best available", "Helen Okafor", "cue_syntax", "partial"),
    # police ranks as British papers abbreviate them
    ("Det Insp Mark Fennimore, of Wexshire Police, said after the hearing: “This case shows how one punch can "
     "destroy lives.”", "This case shows", "Mark Fennimore", "colon_intro", "direct"),
    # a couple shares the surname written once: "Mr Fenby" is Rob, not Claire
    ("Among them were Rob and Claire Fenby, who farm 600 acres.\nMr Fenby, 54, said he had never been on a protest "
     "before. “My father would have been horrified,” he said.", "My father", "Rob Fenby", None, "direct"),
    # a definite description goes on from the subject of the sentence before, like a pronoun
    ("Lena Vostrikova lost in straight sets to Maya Okafor.\nVostrikova, who called the loss “a bad day”, did not "
     "look for excuses.\n“She played better than me,” the 27-year-old said.", "She played better",
     "Lena Vostrikova", "previous_subject", "direct"),
    # "the spokesperson added" is the unnamed source introduced before, not the last person named
    ("Fiona Hadden, the shadow minister, called the plan “a gimmick”.\nA Downing Street spokesperson said the "
     "government was determined.\nThe spokesperson added that the new powers were “one part of the picture”.",
     "one part of", "", "cue_syntax", "partial"),
    # sentence_before: a quote with no cue, after a sentence of its paragraph about a person
    ("Jean Calloway runs the lido. Kayleigh Dunne says she is mad.\nCalloway laughs when this is read back to her. "
     "“I’m not mad, I’m persistent.”", "I’m not mad", "Jean Calloway", "sentence_before", "direct"),
    # namesakes: a bare surname is the one the article introduced first; "Mr." is not his sister
    ("David Ashcombe is handing his firm to its staff. His father, Stanley Ashcombe, founded it.\n"
     "“My father would have hated that,” Ashcombe says.", "My father", "David Ashcombe", "cue_adjacent", "direct"),
    ("Dr. Amira Patel and her brother, Sunil Patel, run the practice.\n“It was the worst night of my life,” "
     "Mr. Patel said.", "It was the worst", "Sunil Patel", "cue_adjacent", "direct"),
    # a passive cue speaks through its agent, not its subject
    ("The chief executive of Southern Vale Water was accused by the Labour MP Gregor Tennant of “treating rivers as a "
     "free sewer” at the hearing.", "treating rivers", "Gregor Tennant", "cue_syntax", "partial"),
    # paragraph_subject: the one man named earlier in the pronoun's paragraph, though another is named before
    ("David Brennan said the hedge was too tall.\nMark Hollis was defiant when reporters knocked on his door. He said: "
     "“I planted it for privacy.”", "I planted it", "Mark Hollis", "paragraph_subject", "direct"),
    # role_match: "the outgoing mayor" is the one person the article titled mayor
    ("Tasha Greenwood unseated two-term Mayor Roy Pettibone on Tuesday.\nGreenwood thanked her volunteers.\n"
     "The outgoing mayor said he would return to “my law practice and my family”.", "my law practice",
     "Roy Pettibone", "role_match", "partial"),
    # a phrasal cue whose particle the parser calls an adverb: "he shot back"
    ("“You had eight years to fix the drains,” Sarah Greenwood told Mayor Mark Pettibone.\n"
     "“And I fixed more of them than anyone,” he shot back.", "And I fixed", "Mark Pettibone", None, "direct"),
    # exchange: after a reply, the next bare line goes back to the questioner
    ("“How many times did it happen?” Sir Robert Ingleby asked.\n“I don’t have that figure,” Ms Fiona Castellane "
     "replied.\n“It was 1,212 times.”", "It was 1,212 times", "Robert Ingleby", "exchange", "direct"),
    # description_match: "the 67-year-old" is the person introduced with that age
    ("Pensioner Maureen Albright, 67, was fined three times.\nThe 67-year-old told GB News: “I’m not a criminal.”",
     "I’m not a criminal", "Maureen Albright", "description_match", "direct"),
    # anonymous sources keep their description and no name
    ("A UK Government source said the leaders had “discussed the longstanding friendship”.", "discussed", "",
     "cue_syntax", "partial"),
    # organisations speak as one, under the name the article gives them ("the Unite union" is Unite)
    ("The strike was called by Unite.\nThe Unite union said the offer was “an insult”.", "an insult", "Unite",
     "cue_syntax", "partial"),
    ("The Home Office said the closures were “on track”.", "on track", "Home Office", "cue_syntax", "partial"),
    # US wire style: party and state between the name and the cue
    ("“We have the votes,” House Speaker Mike Johnson, R-La., told reporters.", "We have the votes", "Mike Johnson",
     "cue_adjacent", "direct"),
    # a lone surname the entity recogniser calls a person, and a body written like a name
    ("Biden called the decision “outrageous” and vowed to fight it.", "outrageous", "Biden", "cue_syntax", "partial"),
    ("Defra said the changes were “fair to farmers”.", "fair to farmers", "Defra", "cue_syntax", "partial"),
    # an indefinite description, or one who asked not to be named, stays anonymous
    ("“It’s a tragedy,” said a neighbour, who did not want to be named.", "It’s a tragedy", "", "cue_adjacent", "direct"),
    # scare quotes and headlines have no speaker
    ("Michigan and Wisconsin remain “tossups” ahead of November 5.", "tossups", "", "scare", "scare"),
    ("The campaign targeted so-called “hero voters” in the suburbs, Labour officials said.", "hero voters", "", "scare",
     "scare"),
    # a surname the tagger reads as a plural noun ("Desrosiers asked") is still the person named in full
    ("Sen. Anita Desrosiers, an Oregon Democrat, pressed Marisol Ketteridge on the letter.\n"
     "“Did you meet with officials about that project?” Desrosiers asked.", "Did you meet", "Anita Desrosiers",
     "cue_adjacent", "direct"),
    # "the Oregon Democrat" is the person the article described so, not a body called Democrat
    ("Sen. Anita Desrosiers, an Oregon Democrat, questioned Marisol Ketteridge for an hour.\n"
     "“She was also very careful not to answer the question,” the Oregon Democrat said.", "She was also",
     "Anita Desrosiers", "role_match", "direct"),
    # nested: the cue nearest the inner quote in its own sentence, and a name in apposition to its subject
    ("“I just sat on the stairs and cried. Gareth kept saying, ‘It’s only stuff,’ and he’s right,” said Sian Prosser, "
     "who lives with her husband, Gareth Prosser.", "It’s only stuff", "Gareth Prosser", "nested", "direct"),
    ("“My first boss at NASA, Carl Ostrowski, used to tell me, ‘The spacecraft doesn’t know you’re panicking,’” "
     "Elena Ward said.", "The spacecraft", "Carl Ostrowski", "nested", "direct"),
    # nested: "my mom" is the relative the article names; "she" the woman the outer quote named before it
    ("Maya Okafor thought of her mother, Denise Okafor, a former sprinter.\n“When I lost, my mom would hand me a "
     "bottle and say, ‘You’re allowed to be upset,’” Okafor said.", "You’re allowed", "Denise Okafor", "nested",
     "direct"),
    ("Hugo Fairbairn, 34, arrived with his girlfriend, Imogen Lacey, 29. “Bringing Imogen to Ascot is a statement,” said Penny Marchbank.\n"
     "“I interviewed Imogen a few years ago and she said to me, ‘I’m not cut out for all that pomp.’ I think she has "
     "grown up,” Ms Marchbank said.", "I’m not cut out", "Imogen Lacey", "nested", "direct"),
    # a name between commas that ends a long description names it, though the parser hangs it lower down
    ("The founder of the electric bike company Voltway, Samira Haddad, told students that failure was “the tuition "
     "fee nobody tells you about.”", "the tuition fee", "Samira Haddad", "cue_syntax", "partial"),
    # of two subjects after the cue, the named one: "said co-owner Lisa Harris"
    ("‘We grew up on rock ’n’ roll in this room,’ said co-owner Lisa Harris, 49, who first came here as a teenager.",
     "We grew up", "Lisa Harris", "cue_adjacent", "direct"),
    # "the park" is the "… Park" named before, even where the recogniser missed it
    ("Two capybaras escaped from the Severn Valley Wildlife Park in Shropshire.\nThe park said both animals were "
     "‘none the worse for their adventure’.", "none the worse", "Severn Valley Wildlife Park", "cue_syntax", "partial"),
    # a speech speaks for its speaker: "Prescott’s speech included a line: “…”"
    ("Eleanor Prescott spoke in Ohio.\nPrescott’s speech included a pointed line about her opponent: “He said he’d "
     "bring the factories back. Where are they?”", "He said he’d", "Eleanor Prescott", None, "direct"),
    # a plural word for people that opens the sentence is a group, not a body called "Shoppers"
    ("Shoppers nearby described hearing “a noise like fireworks” as the cabinets were smashed.", "a noise like", "",
     "cue_syntax", "partial"),
    # an acronym the article defines speaks under the full name
    ("Natural Resources Wales (NRW) said river levels were falling.\nNRW said the flood defences had been "
     "“overwhelmed”.", "overwhelmed", "Natural Resources Wales", "cue_syntax", "partial"),
    # "Korvenland's Halvard Defence Systems": the country in front is not part of the company, nor a first name
    ("Alvaria will buy 48 howitzers from Korvenland's Halvard Defence Systems.\nIn a statement, Halvard said the "
     "contract would create “several hundred” jobs.", "several hundred", "Halvard Defence Systems", "cue_syntax",
     "partial"),
    # legal suffixes are not part of a company's name; post-nominal letters are not the speaker
    ("Shares of Halvorsen Systems Inc. fell.\n“The board’s decision reflects our confidence,” Halvorsen Systems Inc. said "
     "in a statement.", "The board’s decision", "Halvorsen Systems", "cue_adjacent", "direct"),
    ("Sentencing him, Judge Helen Marchbank KC told Blaine he had turned “a trivial disagreement into a tragedy”.",
     "a trivial disagreement", "Helen Marchbank", "cue_syntax", "partial"),
    # a surname with a particle: "Ó Súilleabháin said" is the Tánaiste the article named in full
    ("Tánaiste Niamh Ó Súilleabháin visited the plant.\n“My thoughts are with the workers,” Ó Súilleabháin said.",
     "My thoughts", "Niamh Ó Súilleabháin", "cue_adjacent", "direct"),
    # echo: a lede's partial quote with nobody named is the speaker who says the same words in full lower down
    ("Councillors deferred the scheme again, with one branding it “the wrong homes in the wrong place”.\n"
     "Cllr Janet Pruett said: “These are the wrong homes in the wrong place. We deserve better.”",
     "the wrong homes", "Janet Pruett", "echo", "partial"),
    # named_later: the lede describes a speaker the article names further down
    ("The talks ended without a deal, in what the United Nations envoy called “a small door left open”.\n"
     "“No one expected us to solve everything,” UN special envoy Ingrid Aalto told reporters.",
     "a small door", "Ingrid Aalto", "named_later", "partial"),
    ("Ministers were accused of a “cowardly retreat” by the shadow housing secretary last night.\n"
     "Claire Fennimore, the shadow housing secretary, said the plan had been gutted.",
     "cowardly retreat", "Claire Fennimore", "named_later", "partial"),
    ("The plan sparked a revolt, with a fuming councilwoman branding it “garbage governance”.\n"
     "Councilwoman Dolores Whitcombe tore into the plan at a rally on Tuesday.",
     "garbage governance", "Dolores Whitcombe", "named_later", "partial"),
    # "Capt." is a title, not the end of a sentence that would cut the cue off the quote
    ("“If you get the order, go,” Capt. Erin Whitlow, a department spokeswoman, said on Wednesday.",
     "If you get the order", "Erin Whitlow", "cue_adjacent", "direct"),
    # "had been jeered by the fans, but said …": the one jeered speaks, not the fans
    ("Jordan Akinola, 23, had been jeered by the home support, but said the goal was “the best feeling of my "
     "career”.", "the best feeling", "Jordan Akinola", "cue_syntax", "partial"),
    # a participle after a relative clause belongs to the main clause: "He praised witnesses who came forward,
    # describing them as …"
    ("Detective Chief Inspector Gareth Lowe said the attack was senseless.\nHe praised witnesses who came "
     "forward, describing them as “the reason we were able to build such a strong case”.", "the reason we",
     "Gareth Lowe", None, "partial"),
    # "she added" after a quote by a woman whose first name we cannot sex is still hers
    ("“A reopened crossing means they can go back,” said Amara Diallo, head of the UN refugee agency's office.\n"
     "“But they will not stay until the shelling stops,” she added.", "But they will not", "Amara Diallo",
     None, "direct"),
    # a chain of "he" goes back to the man named in apposition
    ("Quayle’s editor at Marlow & Finch, Jonah Petrakis, has worked with her since 2009. He says the novel "
     "arrived fully formed.\n“This time there was one draft,” he says.", "This time", "Jonah Petrakis", None,
     "direct"),
    # a title the recogniser takes for a body is a role: "the Tánaiste", "a local TD"
    ("Tánaiste Niamh Ó Súilleabháin visited the plant.\nSpeaking in the Dáil, the Tánaiste said the Government had "
     "been given “no indication” of the closure.", "no indication", "Niamh Ó Súilleabháin", "role_match", "partial"),
    ("Veltrane is to close its plant with the loss of 340 jobs, in what a local TD described as “a devastating "
     "day” for the town.\nSinn Féin TD Eoghan McGarry said the Government must act.", "a devastating day",
     "Eoghan McGarry", "named_later", "partial"),
    # "the utility said" is the company the sentence before was about, even in its second clause
    ("Residents saw sparks near power lines, and Pacific Crest Electric confirmed a fault on one of its circuits.\n"
     "In a statement, the utility said it was “cooperating fully” with investigators.", "cooperating fully",
     "Pacific Crest Electric", "cue_syntax", "partial"),
    # "the Gulf of Mexico" is nobody: "she" is the only woman named
    ("Renata Solis, a meteorologist, said the storms formed in warm air streaming north from the Gulf of Mexico, and "
     "quickly organized into what she called “long-track” supercells.", "long-track", "Renata Solis", None, "partial"),
    # "singled out X as “…”" reports what the coach said
    ("Ellison singled out Penhallow, who came off the bench, as “a nuisance in the best possible way”.",
     "a nuisance", "Ellison", "cue_syntax", "partial"),
    # an age makes a description a person: "The 29-year-old right-hander told reporters"
    ("Comets ace Dominic Vitale wants out.\nThe 29-year-old right-hander told reporters that he had asked for a "
     "trade.", "he had asked", "Dominic Vitale", "previous_subject", "indirect"),
    # a group is never one person named later
    ("Schools are closing early, with headteachers warning they have “no other options”.\n"
     "Headteacher Mark Delaney said the cuts had gone too far.", "no other options", "", "cue_syntax", "partial"),
    # but a single word is too common to trace: it stays a scare quote
    ("The “greedy” strikers walked out again.\nUnion leader Gareth Moyle said: “They are not greedy, they are tired.”",
     "greedy", "", "scare", "scare"),
    # inside a quote: a pronoun goes on from the relative the quote's sentence before names
    ("Loretta Bascombe lives with her son, Darnell Bascombe, a welder. Her neighbor Frank Olsen stayed put.\n\"I never left,\" Bascombe said. \"This time "
     "my son came and got me. He said, 'Mama, you're getting in the truck.' Thank God he did.\"",
     "Mama, you're", "Darnell Bascombe", "nested", "direct"),
    # a one-word name in apposition, and a first name the article gives in full
    ("Soap star Stacey Pritchard said: “My eldest, Ruby, said to me one night, ‘Mummy, why do you live at the pub?’ "
     "That broke my heart.”", "Mummy, why", "Ruby", "nested", "direct"),
    ("Hester Quayle writes novels. Her sister Miriam Quayle farms.\n“Hester rang me one night and said, ‘I think "
     "I’ve finally written the one about Dad,’” Miriam says.", "I think I’ve", "Hester Quayle", "nested", "direct"),
    # an acronym the article defines with its small words ("Transport for London (TfL)"), and the start of a
    # body's name, speak under the full name
    ("Tube drivers will strike, Transport for London (TfL) said.\nTfL warned passengers to expect “severe "
     "disruption”.", "severe", "Transport for London", "cue_syntax", "partial"),
    ("Parkland West Health Authority announced closures on Tuesday.\nIn a statement, Parkland West said the closures "
     "were “temporary”.", "temporary", "Parkland West Health Authority", "cue_syntax", "partial"),
    # a surname the parser takes for an adverb is still the cue's subject
    ("Gov. Rebecca Tolliver surveyed the coast.\n\"There are whole streets that just aren't there,\" Tolliver told "
     "reporters.", "There are whole streets", "Rebecca Tolliver", "cue_adjacent", "direct"),
    # a pronoun picks the namesake of its own sex: the son is named more often, "she" is his mother
    ("It's 4:40 a.m. when Jerome Whitaker pulls his pickup into his mother's driveway. Dolores Whitaker is already "
     "waiting on the porch.\nJerome Whitaker, 41, works nights.\n"
     "For a few months, Whitaker tried a county van service instead.\n\"You don't want to be sitting on a bench,\" she says.",
     "You don't want", "Dolores Whitaker", "previous_subject", "direct"),
    # a nickname in quote marks inside a name is part of the cue, and nobody's quote
    ("\"We didn't want this,\" STG president Theresa \"Tess\" Villanueva said at a rally.", "We didn't want",
     "Theresa Villanueva", "cue_adjacent", "direct"),
    ("Linebacker Marcus “Tank” Odell had 11 tackles.", "Tank", "", "scare", "scare"),
    # the quote's own "is" is no passive auxiliary of the cue after it
    ("“That’s not a no, though, is it?” replied Ashworth, the former Eastbridge midfielder.\nLee Ashworth hosts the "
     "show.", "That’s not a no", "Lee Ashworth", "cue_adjacent", "direct"),
    # namesakes: "Mr Sandhu" after his own quote is the brother, not the father named more often
    ("Shopkeeper Harjit Sandhu, 64, was attacked on Monday. His daughter, Priya Sandhu, said he had been “shaken to "
     "the core”.\nHer brother, Manjit Sandhu, who flew back from Dubai on Wednesday, said: “My father is a gentle "
     "man.”\n“He keeps asking when he can go back to work,” Mr Sandhu added.", "He keeps asking", "Manjit Sandhu", "cue_adjacent", "direct"),
    ("Kai Osei-Mensah scored again. Kai Osei-Mensah is wanted by Harcourt.\nThe striker’s father and agent, Kwame "
     "Osei-Mensah, called the programme.\n“Nobody is saying Kai wants to leave,” Osei-Mensah Sr said.",
     "Nobody is saying", "Kwame Osei-Mensah", "cue_adjacent", "direct"),
    # "he" after a sentence about "the judge" is the one judge the article named, not the defendant in that sentence
    ("Sentencing Prentice, Judge Martin Ferriby told him: “You made a choice.”\nThe judge said he accepted that "
     "Prentice was genuinely sorry. “But remorse is no substitute for attention,” he said.", "But remorse",
     "Martin Ferriby", "role_match", "direct"),
    ("Vic is Vic Pruett, the first-year defensive coordinator. Pruett said the changes were “nothing fancy.”\n"
     "“We simplified some things,” the coordinator said.", "We simplified", "Vic Pruett", "previous_subject", "direct"),
    # a title in the lede, named further down under its initials
    ("Riders face closures to replace a system its own chief executive has described as \"held together with tape.\"\n"
     "TRTC CEO Joanne Whitcombe said the work was overdue.", "held together", "Joanne Whitcombe", "named_later",
     "partial"),
    # an unnamed source introduced in the sentence before stays unnamed, under a pronoun or another word for them
    ("Alana Brisco, 52, was billed twice.\nA nurse at the hospital, who was not authorized to speak publicly, said "
     "patients ask her about bills. “I tell them I don't know anything,” she said.", "I tell them", "",
     "unnamed_source", "direct"),
    ("Gareth Annett defended the cut.\nOne DUP backbencher, who asked not to be named, admitted the row had caused "
     "unease. “It’s not a good look,” the MLA said.", "It’s not a good look", "", "unnamed_source", "direct"),
    ("Alana Brisco, 52, was billed twice.\nA former employee in the billing office, who spoke on condition of "
     "anonymity, said staff had targets.\nShe raised concerns in 2022. “I asked if we were allowed,” the former "
     "employee said.", "I asked", "", "cue_adjacent", "direct"),
    # bodies: "the Sheriff's Office" is the one office whose name ends so; "the hospital" the body whose name the
    # subject before starts; "the company" the one whose name ends in a word no surname has
    ("Evacuations were ordered by the Tamarack County Sheriff's Office.\nThe Sheriff's Office said in a statement "
     "that anyone remaining “should not expect rescue”.", "should not expect", "Tamarack County Sheriff's Office",
     "cue_syntax", "partial"),
    ("Patients sued Mercy Valley Regional Medical Center last year.\nMercy Valley, a nonprofit, declined to make "
     "executives available. In a written statement, the hospital said it was “committed to fair billing”.",
     "committed to fair", "Mercy Valley Regional Medical Center", "cue_syntax", "partial"),
    ("The Census and Statistics Department said exports fell.\nPearl Delta Electronics, a maker of chargers, warned "
     "that revenue could fall. In a separate statement, the company said it was “accelerating the relocation” of "
     "its lines.", "accelerating", "Pearl Delta Electronics", "cue_syntax", "partial"),
    # a nationality as a noun for one person goes back to the subject before
    ("Across town, Harcourt head coach Jens Vollmer refused to be drawn on the striker. “He is a very good player, "
     "but he is not our player,” the German said.", "He is a very good", "Jens Vollmer", "previous_subject", "direct"),
    # a place in front of a title: "the Coatbridge MSP" is the one MSP, but "the Dublin Bay North TD" is not the
    # TD for Clare; a role with "the" is never a name ("the shop steward"), nor one word after "the" ("the Coalition")
    ("The surgery in Coatbridge will close in March.\nLocal MSP Fiona Carrick said she had written to the Health "
     "Secretary.\n‘This is a community of 6,000 people being cut adrift,’ the Coatbridge MSP said.",
     "This is a community", "Fiona Carrick", "role_match", "direct"),
    ("Clare TD Nuala Brennan attacked the grant last week.\nOpposition housing spokesperson Eoghan Mac Giolla Rua said "
     "the Coalition was “at war with itself”.\n“There are 14,000 people in emergency accommodation tonight,” the "
     "Dublin Bay North TD said.", "There are 14,000", "Eoghan Mac Giolla Rua", None, "direct"),
    ("A shop steward at the plant, who asked not to be named, said the deal was weak.\n“Three years goes by in a "
     "flash,” the shop steward said.", "Three years", "", "unnamed_source", "direct"),
    # anonymity in other words, and a pronoun in the next paragraph after it
    ("Prosecutor Helen Marsh closed the case. A Richfield resident who declined to give her name said she had "
     "waited six hours. “I've been calling since 7 this morning,” she said.", "I've been calling", "",
     "unnamed_source", "direct"),
    ("Prosecutor Helen Marsh closed the case.\nOne juror, a woman who spoke on the condition that her name not be "
     "used, said the panel watched the footage 20 times.\n“We convicted him because of the jacket,” she said.",
     "We convicted him", "", "unnamed_source", "direct"),
    # "the company would not comment on “…”" reports what the named spokesman said
    ("Calloway Resources cut 300 jobs. Calloway spokesman Trey Bonner said the company would not comment on "
     "“speculation about future staffing.”", "speculation", "Trey Bonner", "cue_syntax", "partial"),
    # a legal suffix makes a company of what the recogniser took for a person
    ("Desert Bloom Farms LLC, which is owned by a Utah company, said in a statement that its wells are “fully "
     "permitted”.", "fully permitted", "Desert Bloom Farms", "cue_syntax", "partial"),
    # a surname the tagger takes for an adverb and a body, right before the cue
    ("His barrister, Nick O’Halloran, told a hearing that his client had been “overwhelmed”.\n“My client accepts he "
     "made dishonest choices,” O’Halloran said at the time.", "My client accepts", "Nick O’Halloran", "cue_adjacent",
     "direct"),
    # "the practice said", "It added:": the body the article named
    ("Brackenhill Medical Practice will hand back its contract.\nIn a letter to patients, the practice said: ‘We have "
     "tried everything.’", "We have tried", "Brackenhill Medical Practice", "colon_intro", "direct"),
    ("The school is run by Trentside Learning Trust. The trust said in a statement that it was working with the college."
     "\nIt added: “No current Year 12 student will be affected.”", "No current Year 12", "Trentside Learning Trust",
     "colon_intro", "direct"),
    # relatives: "her husband", "Dad" are the one other person with that surname and sex; "whose son Kieran"
    # gives Kieran his mother's surname
    ("The surgery is run by husband-and-wife GPs Dr Alan Mackay and Dr Ruth Mackay. Dr Ruth Mackay said it was a "
     "hard decision.\nHer husband told the Herald it was “a sad day”.", "a sad day", "Alan Mackay", "description_match",
     "partial"),
    ("Roy Delgado, 58, was laid off on Monday. Mateo Delgado, 26, kept his job.\n“Dad told me, ‘Don't you dare feel "
     "bad about it,’” Mateo Delgado said.", "Don't you dare", "Roy Delgado", "nested", "direct"),
    ("Joanne Pritchard, whose son Kieran is in Year 11, organised the protest.\nKieran, who hopes to take A-levels, "
     "said he did not want to move. “Most of my mates are leaving,” he said.", "Most of my mates", "Kieran Pritchard",
     None, "direct"),
    ("Joanne Pritchard, whose son Kieran is in Year 11, organised the protest. She said: “Kieran came home and said, "
     "‘Mum, where am I meant to go now?’”", "Mum, where", "Kieran Pritchard", "nested", "direct"),
    # "the Galway native", "the Ospreys lock", "the brunette": words for a person as papers use them
    ("Teagasc adviser Síle Ní Bhriain works with farmers across Duhallow.\nThe Galway native, who grew up on a farm, "
     "said the debate had become “far too polarised”.", "far too polarised", "Síle Ní Bhriain", None, "partial"),
    ("Captain Dafydd ap Rhys, who won his 60th cap, refused to blame the coaches.\n“We gave away too many penalties,” "
     "said the Ospreys lock.", "We gave away", "Dafydd ap Rhys", None, "direct"),
    # a short name of a body is the fuller one the recogniser split ("The Minnesota State Patrol"), and an
    # acronym may leave out one of the capitals ("ECB")
    ("The Minnesota State Patrol said troopers had responded to 600 crashes.\n\"Please, stay home,\" the State "
     "Patrol wrote on X.", "Please, stay home", "Minnesota State Patrol", "cue_adjacent", "direct"),
    ("Ollie Price will miss the final Test, the England and Wales Cricket Board said on Sunday.\n“He has been "
     "assessed by the medical team,” the ECB said in a statement.", "He has been assessed",
     "England and Wales Cricket Board", "cue_adjacent", "direct"),
    # a thing that "demands" or "reflects" is no speaker: the one who said so is
    ("Judge Leonora Bask imposed the sentence on Friday. She said the scale of the fraud demanded \"a sentence that "
     "means something.\"", "a sentence that", "Leonora Bask", None, "partial"),
    # a group whose doings the named speaker reports does not take the speaker's words (but "TDs who say" does)
    ("Tom Whelan, who runs a hardware shop nearby, said traders had been asking for more patrols “for months, not "
     "weeks”.", "for months", "Tom Whelan", "cue_syntax", "partial"),
    ("Housing Minister Dara Kielty insisted the grant would stay, despite pressure from backbench TDs who say the "
     "scheme has become “unworkable”.", "unworkable", "", "cue_syntax", "partial"),
    # "One of them, Professor Ruth Okafor, said"; "Doctors Without Borders (MSF) said"
    ("She supervised 60 doctoral students. One of them, Professor Ruth Okafor, now head of structural biology, said "
     "Ashby had “opened doors and then stood in them”.", "opened doors", "Ruth Okafor", "cue_syntax", "partial"),
    ("Doctors Without Borders (MSF) said in a statement that its clinic was treating \"more than 300 children a "
     "week\".", "more than 300", "Doctors Without Borders", "cue_syntax", "partial"),
    # a place and a title in front of a name the recogniser calls a body
    ("The row erupted last week when Cork South-West TD Nuala Brosnan told a meeting of the parliamentary party that "
     "the grant had become “a Dublin scheme dressed up in rural clothes”.", "a Dublin scheme", "Nuala Brosnan", "cue_syntax", "partial"),
    # a name between commas just before the cue, which the parser hung on the words before
    ("Walsh-Doyle admitted causing death by dangerous driving.\nIn a victim personal statement read to the court, "
     "Callum’s mother, Joanne Ashworth, said:\n“Callum was 17. He had just finished his first year at college.”",
     "Callum was 17", "Joanne Ashworth", "intro_paragraph", "direct"),
    # a school year is a word for a player
    ("DeShawn Hawkins finished with seven catches for 132 yards. “Nah, that ball was a little behind me,” the junior "
     "said.", "Nah, that ball", "DeShawn Hawkins", None, "direct"),
    # a body the outer speaker names as having said the inner quote ("The Environment Agency wrote … and said"),
    # or whose document speaks ("the department's own brief … says"; the owner in a name, not its unit)
    ("Asked whether the council had acted too slowly, Cllr Harriet Bligh told the EDP:\n‘The Environment Agency wrote "
     "to us last year and said, “There is no economic case for hard defences.” That is the reality.’",
     "There is no economic case", "Environment Agency", "nested", "direct"),
    ("Kirsten Vail, the head of the Department of Defence’s Capability Acquisition and Sustainment Group, gave "
     "evidence.\n“The department’s own brief to the minister says, ‘The delivery schedule is no longer "
     "recoverable.’ Does that help?” Senator Parr asked.", "The delivery schedule", "Department of Defence",
     "nested", "direct"),
    # but a company the article never names is no body ("the tow company")
    ("A Richfield resident said she had waited six hours, as the National Weather Service warned of more snow. \"I've "
     "been calling since 7,\" she said. \"The tow company keeps telling me 'we'll get to you.' When?\"",
     "we'll get to you", "", "nested", "direct"),
    # "He" inside a quote: the one the outer speaker just named, by coreference; "the minister" is never the
    # shadow minister, and "the Minister for Defence Industry, Hamish Rennick" holds that title
    ("Eli Okafor, 24, was killed on his bike. Tyler Brandvold, the driver, denies manslaughter.\n\"Eli loved this city. He loved riding through it at 6 a.m.,\" Denise Okafor said. \"He used to tell me, "
     "'Mom, Portland's at its best when it's still asleep.'\"", "Mom, Portland", "Eli Okafor", "nested", "direct"),
    ("The row grew, with shadow minister for defence industry Leanne Cordell accusing the Minister for Defence "
     "Industry, Hamish Rennick, of delay.\n“The minister knew about these defects last March. He told Australians "
     "the program was ‘on track’,” Ms Cordell said.", "on track", "Hamish Rennick",
     "nested", "partial"),
    # a document whose issuer goes unnamed reports nothing: the one who said so does
    ("Deputy secretary Kirsten Vail gave evidence on Wednesday. Ms Vail said the brief had reflected “a worst-case "
     "assessment at a point in time”.", "a worst-case assessment", "Kirsten Vail", "cue_syntax", "partial"),
    # "Ste." in a place name ends no sentence, so the sentence before the quote keeps its subject
    ("Their mother, Donna Hartigan, flew in from Sault Ste. Marie, Ontario, and watched from the stands. Sam "
     "Hartigan scored twice. \"I've been dreading this series,\" she said.", "I've been dreading", "Donna Hartigan",
     None, "direct"),
    # "who assured her": the relative pronoun is the name the clause hangs on; and a later "she said" is not that
    # earlier speaker where the sentence between has someone else of her sex as its subject
    ("Ekwueme, 38, said she took the issue to Corvane's chief technology officer, Dana Whitcombe, who assured her "
     "the data had been \"properly anonymized.\" Ekwueme said she was not convinced.\n\"I put the logs up on the "
     "screen,\" she said.", "properly anonymized", "Dana Whitcombe", "cue_syntax", "partial"),
    ("Rosalind Ekwueme, 38, said she took the issue to Corvane's chief technology officer, Dana Whitcombe, who "
     "assured her the data had been \"properly anonymized.\" Ekwueme said she was not convinced.\n\"I put the logs "
     "up on the screen,\" she said.", "I put the logs", "Rosalind Ekwueme", None, "direct"),
    # "Ms Nur Aisyah" is Nur Aisyah Hamzah; "Mr Teo" is Teo Kok Leong, not Sharon Teo
    ("Commuters included Ms Nur Aisyah Hamzah, 29, a nurse. Ms Nur Aisyah reached the hospital at 9.35am. “My "
     "patients don’t wait,” she said.\nRetiree Teo Kok Leong, 68, paid $38 for a car. Ms Sharon Teo, an MP, "
     "called it unacceptable.\n“For old people like me, it is not a small thing,” said Mr Teo.",
     "For old people", "Teo Kok Leong", "cue_adjacent", "direct"),
    ("Commuters included Ms Nur Aisyah Hamzah, 29, a nurse. “My patients don’t wait,” Ms Nur Aisyah told The "
     "Straits Times.", "My patients", "Nur Aisyah Hamzah", "cue_adjacent", "direct"),
    # "the elder Lomax" is the one of that surname the article introduces as a parent
    ("Owner Becky Lomax, 44, took over the business from her father, Ray Lomax, in 2009. Kieran O’Dowd, a singer, "
     "played there first.\n“I told her to sell up years ago,” the elder Lomax said.", "I told her", "Ray Lomax",
     "cue_adjacent", "direct"),
    # "its chief executive" in the lede is the chief executive of the body the sentence names
    ("The battle for Mistassini Metals Inc. turned hostile Monday, as its chief executive accused Kestrel Mining "
     "Corp. of trying to buy the company \"on the cheap.\"\nKestrel chief executive officer Graham Whitcombe declined "
     "to comment.\n\"This is a raid,\" said Mistassini chief executive Hélène Roy-Dufresne.",
     "on the cheap", "Hélène Roy-Dufresne", "named_later", "partial"),
    # a goaltender is a player
    ("Mikko Saarinen, the 30-year-old Finn, made 38 saves. \"It's a good feeling,\" the goaltender said.",
     "It's a good feeling", "Mikko Saarinen", None, "direct"),
    # "his daughter" as the subject before a "she said" is the daughter the article names
    ("His daughter, Niamh O’Dwyer, drove down from Dublin. Pádraig O’Dwyer, 78, waited 27 hours at University "
     "Hospital Limerick, where nurse Úna Kavanagh called the wait “a disgrace”.\n“I’ve a bed now, so I’m grand,” he said.\nBeside him, his daughter was less inclined to "
     "laugh. “He’s making jokes, so he’s on the mend,” she said.", "He’s making jokes", "Niamh O’Dwyer", None, "direct"),
    # an age between commas after the name, which the parser hung on the quote's words
    ("For 22 years, Dolores Aguirre never gave the well much thought.\n\"It made this awful gurgling sound, like a "
     "drain, and then nothing,\" Aguirre, 67, said from the porch of the home she shares with her husband, Ray "
     "Aguirre.", "It made this awful", "Dolores Aguirre", "cue_adjacent", "direct"),
    # "you" inside a judge's remarks is whom the judge told or sentenced
    ("Sentencing him on Friday, Judge Helen Marchbank KC told Connor Blaine he had turned a disagreement into a "
     "tragedy.\n\"You armed yourself with a knife,\" she said.\n\"You told officers, 'I only meant to scare him.' The "
     "jury rejected that account.\"", "I only meant", "Connor Blaine", "nested", "direct"),
    # an acronym for a body named with its country in front ("US Centers for Disease Control and Prevention");
    # a bracketed acronym the parser leaves unclosed in the subject
    ("Cases are reported to the US Centers for Disease Control and Prevention.\nIn its report, the CDC urged "
     "providers to \"consider valley fever in any patient with pneumonia.\"", "consider valley fever",
     "Centers for Disease Control and Prevention", "cue_syntax", "partial"),
    ("Food prices have tripled, according to the UN. Humanitarian agencies' warehouses in the town are almost empty."
     "\nDoctors Without Borders (MSF) said in a statement that its clinic in Tawila was treating \"more than 300 "
     "children a week for severe acute malnutrition.\"", "more than 300", "Doctors Without Borders", "cue_syntax",
     "partial"),
    # an unnamed questioner takes part in an exchange: the next bare question is theirs, the answer the coach's
    ("At his news conference, Bill Rutkowski was pressed on the call.\n\"Was it a push?\" one reporter asked.\n\"It "
     "was hockey,\" Rutkowski said.\n\"Would you challenge it again?\"\n\"I did challenge it. Next question.\"",
     "Would you challenge", "", "exchange", "direct"),
    # a name or a title in title case woven into the sentence is a scare quote, even after a comma
    ("The council said it would expand its network of ‘No Cold Calling’ zones.", "No Cold Calling", "", "scare",
     "scare"),
    ("Friends played the band's best-known song, \"Broadway Lights,\" at a vigil on Sunday.", "Broadway Lights", "",
     "scare", "scare"),
    # "the minister" is not "a former housing minister"
    ("Matthew Corran, the housing minister, tabled the amendments. Sir Graham Pollitt, a former housing minister "
     "himself, said both parties were guilty of wishful thinking.\nMr Corran, 52, brushed off the criticism. “I’d "
     "rather get this right than get it fast,” the minister said.", "I’d rather", "Matthew Corran", None, "direct"),
    # a title as the subject of a later clause, where a thing heads the sentence; "the captain’s younger brother"
    # holds no captaincy
    ("England captain Tom Harland made 92. Seamer Jack Harland, the captain’s younger brother, took five wickets. "
     "Head coach Graeme Voss was pleased.\nEngland’s approach has been labelled “Harland-ball” by some supporters, "
     "though the captain has made clear he is not a fan of the tag.\n“I don’t really like labels,” he said.",
     "I don’t really like", "Tom Harland", "previous_subject", "direct"),
    # a name written as an owner between two quotes does not break the speaker's run
    ("Sam Whitlow was sent to the sin bin.\n“We’ve thrown that away,” Dougie Cordery told BBC Sport.\nAsked about "
     "Whitlow’s yellow card, he said: “It was a yellow card.”", "It was a yellow card", "Dougie Cordery",
     "previous_speaker", "direct"),
    # a quote-only paragraph whose speaker the next paragraph names: "So says Winston Adeyemi"
    ("Farah Ahmadi said she sets her alarm for 4:45 a.m. \"That's Toronto,\" she said.\n\"It's a joke. Every year "
     "it's the same thing.\"\nSo says Winston Adeyemi, 68, who has ridden the line since it opened.",
     "It's a joke", "Winston Adeyemi", "cue_adjacent", "direct"),
    # a month before a body's short name is no part of a person's name ("In February Aldermoor promised")
    ("Aldermoor Banking Group cut its targets on Thursday. In February Aldermoor promised a return of “around 15 per "
     "cent” through 2026.", "around 15 per cent", "Aldermoor Banking Group", "cue_syntax", "partial"),
    # a bare surname two people of different sexes bear leaves "she" to the sentence before, not to the one woman
    ("Dolores Whitaker is 74. Her son, Jerome Whitaker, drives her to dialysis three times a week. \"It's hard,\" "
     "says Dr. Miriam Castillo, a nephrologist.\nWhitaker says she has missed only twice. She calls the drive \"the long haul.\"",
     "the long haul", "Dolores Whitaker", "previous_subject", "partial"),
    # a surname that is also a title ("Bishop") is the person the article names so, where no "the" comes before it
    ("Quarterback Lamar Bishop left with a knee injury. Coach Ray Castellano offered little more. “He’s tough,” the "
     "coach said.\nBishop was more upbeat. He posted a photo on Instagram with the caption: “Takes more than that.”",
     "Takes more than that", "Lamar Bishop", None, "direct"),
    # a "person" whose last word only company names end in ("Northway Trains") is the company
    ("The Transport and Rail Workers’ Union called the strike. In a statement, Northway Trains said it was "
     "“disappointed”. “We have made a fair offer,” the company said.", "We have made", "Northway Trains",
     "cue_adjacent", "direct"),
    # "My da … He kept saying": the father the article names, a he whatever his first name suggests
    ("With his dad, Tam O’Hare, watching from the stand, the striker opened up. “My da drove me to every "
     "appointment. He kept saying to me, ‘One more week, son, one more week,’ and I stopped believing him,” Mikey "
     "O’Hare said.", "One more week", "Tam O’Hare", "nested", "direct"),
    # New Zealand's "Cr", and a police rank abbreviated as Australian papers do, are titles, not names
    ("Cr Bryce Whitaker left the chamber midway through the debate.\n‘Robust debate is what we are here for,’ Cr "
     "Whitaker told the Otago Daily Times.", "Robust debate", "Bryce Whitaker", "cue_adjacent", "direct"),
    ("Outside court, Detective Senior Sergeant Paul Ferrante said the inquiry had been long.\n\"This is one of the "
     "more distressing fraud matters I have worked on,\" Det Snr Sgt Ferrante said.", "This is one of", "Paul Ferrante",
     "cue_adjacent", "direct"),
    # a position capitalised to open the sentence ("Backup Sam Okafor-Reilly") is no part of the name
    ("Backup Sam Okafor-Reilly completed 9 of 12 passes on the final two drives.\n“Honestly, I was nervous as heck,” "
     "Okafor-Reilly said.", "Honestly", "Sam Okafor-Reilly", "cue_adjacent", "direct"),
    # the name that closes a title's "for" or "of" phrase is the speaker, not the party before the title
    ("Welsh Conservative MS for South Wales East Aled Pugh said the figures were “nothing short of a scandal”. Mr Pugh "
     "has raised the issue before.", "nothing short of a scandal", "Aled Pugh", "cue_syntax", "partial"),
    ("All India Congress Committee general secretary in charge of Karnataka Vikram Sood, who is expected in Bengaluru "
     "on Thursday, said he had spoken to both leaders.\n\"There is no crisis,\" Sood said.", "There is no crisis",
     "Vikram Sood", "cue_adjacent", "direct"),
    # "Asked whether …, Haverford didn’t hesitate." is about Haverford, whatever the parser makes its root; and
    # "Then, after a pause:" names nobody and says nothing, so the next words are his too
    ("“We’ll know more tomorrow,” coach Rick Haverford said.\nAsked whether Okafor-Reilly would start next week against "
     "Green Bay if Brannock can’t go, Haverford didn’t hesitate.\n“Yes,” he said.\nThen, after a pause: “I mean, who "
     "else? I’m not going in there.”", "Yes,", "Rick Haverford", "previous_subject", "direct"),
    ("“We’ll know more tomorrow,” coach Rick Haverford said.\nAsked whether Okafor-Reilly would start next week against "
     "Green Bay if Brannock can’t go, Haverford didn’t hesitate.\n“Yes,” he said.\nThen, after a pause: “I mean, who "
     "else? I’m not going in there.”", "I mean, who else", "Rick Haverford", "continuation", "direct"),
    # a reply the speaker got from a body is the body's words
    ("Suresh Ballal said he had written twice since September. \"The only reply I got from the Finance Department "
     "was, 'The file is under process.' For three months, the file is under process,\" he said.",
     "The file is under process.", "Finance Department", "nested", "direct"),
    # a US politician's party and district between commas ("Kealy, D-Dorchester, said")
    ("State Sen. Brendan Kealy blasted the plan on Tuesday.\n\"You can't keep asking the people who have the least to "
     "pay the most,\" Kealy, D-Dorchester, said at a packed hearing.", "You can't keep", "Brendan Kealy",
     "cue_adjacent", "direct"),
    # the one name a source gives is the name they speak under
    ("Another rider, a Northeastern student who gave only his first name, Tyler, said the T should \"fix the slow zones "
     "before asking for a dime more.\"", "fix the slow zones", "Tyler", "cue_syntax", "partial"),
    # "The club, which has produced …, posted on Facebook:": the parser hangs "posted" on the relative clause
    ("Derek Bamber founded Darwen Amateur Boxing Club in 1972.\nThe club, which has produced 14 national schoolboy "
     "champions, posted on Facebook: “It is with the heaviest of hearts that we share the news of the passing of our "
     "founder.”", "It is with the heaviest", "Darwen Amateur Boxing Club", "colon_intro", "direct"),
    # a statement read out speaks for its writer, here a victim who cannot be named, never for its reader
    ("Crown prosecutor Renee Albright told the court Rourke had exploited his clients.\nOne victim, an 81-year-old "
     "widow who cannot be named, lost her savings.\n\"I trusted Damien like a son,\" her victim impact statement, read "
     "to the court by her daughter, said.", "I trusted Damien", "", "unnamed_source", "direct"),
    # "you" in a judge's remarks is the one the article says pleaded guilty
    ("Damien Rourke pleaded guilty to 14 counts of fraud.\nJudge Catherine Mabey said the addiction explained the "
     "offending \"only in part\".\n\"You lied to them repeatedly. You told him, 'It's safer than in the bank.'\" she "
     "said.", "It's safer", "Damien Rourke", "nested", "direct"),
    # the one a question is put to answers it
    ("Gordon Wiebe, 58, pleaded guilty in April.\nWiebe stood to address the court.\n‘I’m ashamed of what I did,’ he "
     "said.\nJudge Raymond Thibault then asked him directly about the money.\n‘Where did it go, Mr. Wiebe?’\n‘Most of "
     "it, the betting sites.’", "Most of it", "Gordon Wiebe", "exchange", "direct"),
    # an unnamed questioner's lines in an exchange stay unnamed, across an answer in two parts
    ("Chief executive Peter Otieno said sales fell.\nAt the briefing, one analyst pressed management on whether the "
     "company was losing ground to cheaper brands.\n\"Are you seeing customers trade down?\"\n\"Yes, we are,\" Mr "
     "Otieno replied. \"People are buying smaller bottles.\"\n\"And how much of that is permanent?\"",
     "And how much", "", "exchange", "direct"),
    # a chief executive between commas is a person, whatever the recogniser calls the name
    ("Patient Sandra Cole waited nine hours on a trolley.\nAt a board meeting last month, the health board’s chief "
     "executive, Nicola Prendergast, said reducing corridor waits was the organisation’s “number one priority”.\n“I am "
     "not going to stand here and pretend that this is acceptable. It isn’t,” she told the meeting.", "I am not going",
     "Nicola Prendergast", None, "direct"),
    # "the lady I spoke to said": the parser hangs the cue on the relative clause, but it is the lady who said it
    ("“When I phoned the trust, the lady I spoke to said it was ‘pretty much a done deal’, which tells you everything,” "
     "said parent Claire Dunmore.", "pretty much a done deal", "", "nested", "direct"),
    # surnames with particles from the Philippines, the Gulf and New Zealand, and a nickname the title vouches for
    ("Senator Ramon dela Cruz visited the evacuation centre on Monday.\n\"We will rebuild,\" said Sen. dela Cruz.",
     "We will rebuild", "Ramon dela Cruz", "cue_adjacent", "direct"),
    ("Sen. Ramon \"Bong\" dela Cruz visited the evacuation centre.\n\"We will rebuild,\" Dela Cruz said.",
     "We will rebuild", "Ramon dela Cruz", "cue_adjacent", "direct"),
    ("Fatima Al Marri, the chairwoman, spoke at the launch.\n\"We will grow,\" Ms Al Marri said.", "We will grow",
     "Fatima Al Marri", "cue_adjacent", "direct"),
    ("Rāwiri Te Rangi, a resident, spoke at the meeting.\n\"We were never asked,\" Mr Te Rangi said.",
     "We were never asked", "Rāwiri Te Rangi", "cue_adjacent", "direct"),
    ("Mayor Lito \"Toto\" Bautista toured the flooded barangays.\n\"We need boats,\" Bautista said.", "We need boats",
     "Lito Bautista", "cue_adjacent", "direct"),
    # a party and district between commas follow only a politician's name, whatever the recogniser makes of it
    ("\"The state has failed,\" Vega, D-Milwaukee, said.", "The state has failed", "Vega", "cue_adjacent", "direct"),
    # "the younger Vruwink" is the one the article introduces as a son
    ("Dale Vruwink has farmed the land for 40 years. His son, Tyler Vruwink, works beside him.\n\"It's our water "
     "too,\" the younger Vruwink said.", "It's our water", "Tyler Vruwink", "cue_adjacent", "direct"),
    # "a club statement read": the club the article named, though the tagger calls "read" a noun
    ("Sheffield United lost 2-1 on Saturday.\n'Oli will be out for six weeks,' a club statement read.",
     "Oli will be out", "Sheffield United", "cue_adjacent", "direct"),
    # "the CEO" holds the title "chief executive", and a personal title makes the name after it a person's
    ("The hospital's chief executive, Dr Thabo Molefe, admitted the wards were full.\n\"We are overwhelmed,\" the CEO "
     "said.", "We are overwhelmed", "Thabo Molefe", None, "direct"),
    # names the first-name list does not know take their sex from the text: a word in apposition ("Her husband,
    # Dodong"), a pronoun that already stood for them, and a him or her in their own clause, who is someone else
    ("Rowena Bautista, 54, sheltered in a school. Her husband, Dodong, fixed the roof.\n\"We lost everything,\" she "
     "said.", "We lost everything", "Rowena Bautista", "sole_candidate", "direct"),
    ("Obiora Okafor runs the shop. His wife, Adanna, keeps the books.\n\"Business is slow,\" she said.",
     "Business is slow", "Adanna Okafor", "previous_subject", "direct"),
    ("Oluwaseun Adeyemi, the union leader, spoke at the rally. Funmilayo Ade, a nurse, stood beside him.\n\"We will "
     "not back down,\" he said.", "We will not back down", "Oluwaseun Adeyemi", None, "direct"),
    ("Thandeka Zulu waited at the clinic. Sipho Dlamini, a porter, helped her inside.\n\"We were ignored,\" she said."
     "\n\"Nobody came,\" he said.", "Nobody came", "Sipho Dlamini", None, "direct"),
    ("Thandeka Zulu waited at the clinic. Sipho Dlamini, a porter, helped her inside.\n\"We were ignored,\" she said."
     "\n\"Nobody came,\" he said.", "We were ignored", "Thandeka Zulu", None, "direct"),
    # a first name and a surname with a particle, described in apposition, are a person whatever the tag
    ("Siobhán Ní Bhriain, the minister, was asked about the report. Pádraig Ó Sé, the opposition spokesman, was "
     "scathing.\n\"It is a whitewash,\" he said.\n\"It is nothing of the kind,\" she said.", "It is nothing of",
     "Siobhán Ní Bhriain", None, "direct"),
    # "was quoted as saying": the verb the preposition hangs on gives the subject, a passive speaker here
    ("Mayor Jane Doe spoke on Monday.\nDoe was quoted as saying the plan was \"dead in the water\".",
     "dead in the water", "Jane Doe", "cue_syntax", "partial"),
    # a question after an answer goes back to whoever the reporter said asked it
    ("One reporter asked Simpson whether Kelly would play.\n“He’ll be right,” Simpson said.\n“And the knee?”\n“It’s "
     "fine.”", "And the knee", "", "exchange", "direct"),
    ("One reporter asked Simpson whether Kelly would play.\n“He’ll be right,” Simpson said.\n“And the knee?”\n“It’s "
     "fine.”", "It’s fine", "Simpson", "exchange", "direct"),
    # an honorific inside the entity makes a lone surname a name; "added", tagged an adjective, is still the cue
    ("Ms Fairley, who has lived with the condition for a decade, said: \"It gave me my life back.\"",
     "It gave me my life back", "Fairley", "colon_intro", "direct"),
    ("\"We now need a larger trial,\" added co-author Dr Rahul Menon, a research fellow at the Wellcome Sanger "
     "Institute.", "We now need a larger trial", "Rahul Menon", "cue_adjacent", "direct"),
    # the party before a title is no person, and the name after the title is one, whatever the tags
    ("Sinn Féin MLA Declan Kearney raised the issue.\n\"It is a scandal,\" the Sinn Féin MLA said.",
     "It is a scandal", "Declan Kearney", "role_match", "direct"),
    # "My old boss, Dave Bassett, used to say": the parser hangs "used" on the noun; the boss said it
    ("Manager Chris Wilder was furious.\n‘My old boss, Dave Bassett, used to say, “Never trust a linesman,”’ Wilder "
     "said.", "Never trust a linesman", "Dave Bassett", "nested", "direct"),
    ("Manager Chris Wilder was furious.\n‘My old boss used to say, “Never trust a linesman,”’ Wilder said.",
     "Never trust a linesman", "", "nested", "direct"),
    # "Justice Raymond Thibault" is the judge a lede describes
    ("A judge has branded a fraudster's actions \"a profound betrayal\".\nJustice Raymond Thibault imposed the sentence "
     "on Tuesday.\n\"You betrayed them,\" Thibault said.", "a profound betrayal", "Raymond Thibault", "named_later",
     "partial"),
    # a pronoun that speaks in a relative clause stands for the named subject of the main clause, not for the one
    # named in its possessive (nor for the subject of the sentence before)
    ("Kayla Dombrowski's mother, Denise Dombrowski, read a statement that she said had taken her \"eight months and "
     "a box of tissues\" to write.", "eight months", "Denise Dombrowski", None, "partial"),
    ("Lena Brooks, 22, died in the crash. Her mother spoke first.\nLena Brooks's mother, Carol Brooks, read a statement "
     "that she said had taken her \"three drafts and a lot of tears\" to finish.", "three drafts", "Carol Brooks",
     "clause_subject", "partial"),
    # "who" is said of people: of the person word before the place the parser hangs the clause on
    ("Judge Ellen Hart said she had read letters from his neighbours at a Dayton trailer park, who described him as "
     "\"a gentle soul\".", "a gentle soul", "", "cue_syntax", "partial"),
    # "the younger Lee" is the one introduced as a younger brother, and "the elder Lee" the other
    ("Lee's younger brother, winger Tom Lee, starts on Saturday. Captain Ryan Lee was pleased.\n\"I found out "
     "yesterday,\" the younger Lee said.\n\"He has earned it,\" the elder Lee said.", "I found out", "Tom Lee",
     "cue_adjacent", "direct"),
    ("Lee's younger brother, winger Tom Lee, starts on Saturday. Captain Ryan Lee was pleased.\n\"I found out "
     "yesterday,\" the younger Lee said.\n\"He has earned it,\" the elder Lee said.", "He has earned it", "Ryan Lee",
     "cue_adjacent", "direct"),
    # a first name opening a quoted sentence that the parser makes a compound is the inner cue's subject; a pet form
    # cut from a first name ("Jordo") is that person
    ("Forward Kade Whitburn was banned. Coach Sam Pike spoke.\n“Kade rang a few of us last night and basically said, "
     "‘Don’t you dare feel sorry for me,’” Pike said.", "Don’t you dare", "Kade Whitburn", "nested", "direct"),
    ("Captain Jordan Pike trained. Sam Pike, his brother, will play.\n“Jordo pulled me aside and said, ‘You’re in, "
     "don’t stuff it up,’” Sam Pike said.", "You’re in", "Jordan Pike", "nested", "direct"),
    # "the minister responsible" in a lede is the one minister named further down; "this minister" in a critic's
    # quote too
    ("OTTAWA — The program is behind, and the minister responsible conceded Tuesday that the target was \"ambitious\".\n"
     "Rural Minister Claire Dubois told reporters it would take two more years.\n\"This minister promised 'every "
     "household by spring,'\" critic Gord Hrynchuk said.", "ambitious", "Claire Dubois", "named_later", "partial"),
    ("OTTAWA — The program is behind, and the minister responsible conceded Tuesday that the target was \"ambitious\".\n"
     "Rural Minister Claire Dubois told reporters it would take two more years.\n\"This minister promised 'every "
     "household by spring,'\" critic Gord Hrynchuk said.", "every household", "Claire Dubois", "nested", "partial"),
    # "I had a mayor tell me": the one made to speak is the object before the cue
    ("\"I had a mayor tell me last month, 'My grandkids can stream hockey, but I can't file my taxes,'\" Minister "
     "Claire Dubois said.", "My grandkids", "", "nested", "direct"),
    # a definite title as the subject of the sentence before stands for its one holder
    ("The city's police commissioner, Darnell Price, spoke on Sunday. Jaylen Moore, 16, died on Saturday.\nThe "
     "commissioner, who took over last year, noted that homicides were down. But he said those numbers \"don't mean "
     "a thing to a mother tonight.\"", "don't mean a thing", "Darnell Price", None, "partial"),
    # bare "the figures" are things: the second cue shares the subject of the one that reports them
    ("Councillor Gráinne Doyle said the figures were \"a disgrace\" and accused the minister of \"hiding behind "
     "process\".", "hiding behind process", "Gráinne Doyle", "cue_syntax", "partial"),
    # a name that opens with "The" is a paper's, never a person's
    ("Rosaleen Quigley, who chairs the Silent Valley Victims Group, watched from the gallery.\n\"I sat up there and "
     "listened,\" she told The Irish News.\n\"We've become a political football.\"\nShe said the group would act "
     "\"within months, not years\".", "within months", "Rosaleen Quigley", None, "partial"),
    # the name in "chief executive of Saqr Pay" is the body's, and the person the appositive describes is the speaker
    ("Dubai: Saqr Holding launched an app in what its chief executive described as \"the biggest launch yet\".\n"
     "Speaking at an event attended by 400 guests, Anand Krishnamurthy, chief executive of Saqr Pay, said the firm had "
     "spent \"more money than I'd like to admit\" on it.", "the biggest launch", "Anand Krishnamurthy", "named_later",
     "partial"),
    ("Dubai: Saqr Holding launched an app.\nSpeaking at a launch event in Dubai Design District attended by around 400 "
     "guests, Anand Krishnamurthy, chief executive of Saqr Pay, said the company had spent three years and \"more "
     "money than I'd like to admit\" building the platform.", "more money", "Anand Krishnamurthy", "cue_syntax",
     "partial"),
    # a country's initials in front of a body's defined acronym stay in its name
    ("The app is licensed by the UAE Payments Regulatory Authority (PRA).\nIn a statement, the PRA said the firm had "
     "met \"all requirements\".", "all requirements", "UAE Payments Regulatory Authority", None, "partial"),
    # a nickname's closing mark taken into the name is dropped
    ("Sen. Ramon “Bong” Salcedo flew over the province and described the response as “a failure of planning.”",
     "a failure of planning", "Ramon Salcedo", "cue_syntax", "partial"),
    # a translation in brackets between the quote and its cue is skipped
    ("Erlinda Tapia, 58, sat with her grandchildren.\n“Wala na kaming bahay,” (We no longer have a house.) Tapia said.",
     "Wala na kaming bahay", "Erlinda Tapia", "cue_adjacent", "direct"),
    # "he" in a mother's quote is the child through whom the article introduced her
    ("Commissioner Darnell Price asked for witnesses about Jaylen Moore, 16.\nJaylen’s mother, Tonya Moore, spoke to "
     "reporters.\n“The last "
     "thing he said to me was, ‘Ma, I’ll be home soon,’” Tonya Moore said.", "Ma, I’ll be home", "Jaylen Moore",
     "nested", "direct"),
    # a lone word capitalised because it opens the quoted sentence is no body
    ("Porter Sipho Tshabalala has worked there for 19 years.\n\"Management told us, 'There is no money,'\" he says.",
     "There is no money", "", "nested", "direct"),
    # an unnamed reporter's question goes to the person quoted last before it, and the answers alternate
    ("Coach Craig Mulvaney faced the media.\n“We accept it,” he said.\nThe exchange was testy.\n“Are you saying the "
     "tribunal got it wrong?” one reporter asked.\n“I’m saying I’ve got a different view.”\n“Will you appeal?”\n“No.”",
     "I’m saying", "Craig Mulvaney", "exchange", "direct"),
    ("Coach Craig Mulvaney faced the media.\n“We accept it,” he said.\nThe exchange was testy.\n“Are you saying the "
     "tribunal got it wrong?” one reporter asked.\n“I’m saying I’ve got a different view.”\n“Will you appeal?”\n“No.”",
     "No.", "Craig Mulvaney", "exchange", "direct"),
    # "the band" is the band the article named, as a body
    ("For the Wolf River Band of Potawatomi, the damage is measured differently.\nThe band has asked regulators to "
     "intervene, arguing in a letter that the response has been \"too slow and too soft.\"", "too slow",
     "Wolf River Band of Potawatomi", "cue_syntax", "partial"),
    # "they" in a nested quote is the one body the reporter's sentence before the quote names
    ("The mayor said he had called the regional office of the Department of Social Welfare and Development (DSWD) on "
     "Saturday to ask for food.\n“They told me, ‘The trucks are on the way, Mayor.’ That was Saturday,” he said.",
     "The trucks are on", "Department of Social Welfare and Development", "nested", "direct"),
    # "the team" is the team the article names most
    ("The Detroit Lions beat the Bears 27-24 on Sunday.\nThe Lions lost quarterback Tyler Brannock to what the team "
     "described as a \"lower-body injury\" and still won.", "lower-body injury", "Detroit Lions", "cue_syntax",
     "partial"),
    # a "he" who calls the outer speaker "Mom" is the relative who shares her surname
    ("Marcus Dubois, 17, was shot in March. Derek Huskins was convicted.\nLorraine Dubois, the victim's mother, spoke "
     "to the court.\n\"He said, 'Mom, some guy is following me, but I'm almost home,'\" she said.", "Mom, some guy",
     "Marcus Dubois", "nested", "direct"),
    # an opening participle the parser makes the subject gives way to its appositive; a platform to the writer
    # joined to it
    ("Reacting, the Ondo State chairman of the party, Engr. Femi Olatunji, said the exercise was \"free and fair\".",
     "free and fair", "Femi Olatunji", "cue_syntax", "partial"),
    ("In a post on X, formerly Twitter, Governor Lucky Aiyedatiwa wrote: \"Ondo is calm.\"", "Ondo is calm",
     "Lucky Aiyedatiwa", "colon_intro", "direct"),
    # "R-Riverton" after a name makes its bearer "the Riverton Republican"
    ("Rep. Candice Pierucci, R-Riverton, sponsored the bill.\n\"It is time,\" the Riverton Republican said.",
     "It is time", "Candice Pierucci", "role_match", "direct"),
    # a first name beside a relative's word is a name, and the relative's sex, whatever the name list knows
    ("Funmilayo Adeyemi, 45, sells pepper at the market. Her husband, Tunde, is a driver.\n\"We have not been paid,\" "
     "he said.", "We have not been paid", "Tunde Adeyemi", "previous_subject", "direct"),
    ("Funmilayo Adeyemi, 45, sells pepper at the market. Her husband, Tunde, is a driver.\n\"We have not been paid,\" "
     "she said.", "We have not been paid", "Funmilayo Adeyemi", None, "direct"),
    # the words before a relative clause between commas, before the cue, say who spoke
    ("Mahomes, 29, threw for 300 yards.\n\"It's over,\" the 29-year-old, who has won three titles, told reporters.",
     "It's over", "Mahomes", None, "direct"),
    # "the civic body" is the body the sentence before is about
    ("The Brihanmumbai Municipal Corporation (BMC) has deployed 400 pumps.\n\"All arterial roads are clear,\" the civic "
     "body said.", "All arterial roads", "Brihanmumbai Municipal Corporation", None, "direct"),
    # a participle after a comma shares the subject of the clause before it, however the parser hung it
    ("Cr Bryce Whitaker, who represents the Moeraki constituency, left the council chamber in Dunedin midway through "
     "debate on the draft annual plan, telling colleagues on his way out the process had become ‘a charade’.",
     "a charade", "Bryce Whitaker", "cue_syntax", "partial"),
    # "Berhad" is a legal suffix, dropped like "Inc", and no person's surname
    ("The contract awarded to Suria Gemilang Berhad was revoked.\n\"We are deeply disappointed,\" the company said.",
     "We are deeply disappointed", "Suria Gemilang", None, "direct"),
    # the person word before the words a relative clause describes, where the tagger read a verb among them
    ("A senior official from the storm water drains department, who did not wish to be named, admitted that "
     "desilting had been \"patchy\" in some wards.", "patchy", "", "cue_syntax", "partial"),
    # an entity run across a comma is the titled name after it
    ("Kearns admitted burglary.\nDefending, Ms Priya Lal said her client had been \"in the grip of a serious "
     "addiction\".\nShe said: \"He wrote a letter to the victim.\"", "in the grip", "Priya Lal", "cue_syntax",
     "partial"),
    ("Kearns admitted burglary.\nDefending, Ms Priya Lal said her client had been \"in the grip of a serious "
     "addiction\".\nShe said: \"He wrote a letter to the victim.\"", "He wrote a letter", "Priya Lal", None, "direct"),
    # "the woman" is never a man, whatever coreference ties her to
    ("Prosecuting, Mr Daniel Whitmore said the victim had been \"terrified for her life\".\nIn a statement read to the "
     "court, the woman said: \"I no longer feel safe in my own bed.\"", "I no longer feel safe", "", None, "direct"),
    # a title's "of" phrase in lower case before a first name ends in the title holder
    ("Labour councillor Peter Horgan proposed a review.\nAfterwards, Mr Horgan said: \"The council has voted to mark its "
     "own homework.\"\nDirector of housing Brian Geaney told councillors the target for 2025 was \"challenging but "
     "achievable\".", "challenging but", "Brian Geaney", "cue_syntax", "partial"),
    # someone's lawyer, attorney or agent, unnamed, is an unnamed source, never the client
    ("The developer, Anthony DeLuca, 66, has pleaded not guilty. His lawyer has called the witness \"a liar for "
     "hire\".", "a liar for hire", "", "cue_syntax", "partial"),
    # a Chinese name puts the surname first: "Lim" alone is the Lim the article named first
    ("Teguh chairman Tan Sri Lim Boon Keat said the firm was \"blindsided\".\n\"We received the letter at 9.40pm,\" Lim "
     "said.\nAnalyst Lim Hui Shan was cautious.", "We received the letter", "Lim Boon Keat", "cue_adjacent", "direct"),
    # a Malay name keeps "binti"; its given names alone, which the recogniser may call a body, are the person
    ("Board chairwoman Datuk Nurul Huda binti Ismail called it \"a matter of interpretation\".\n\"Our consultants used "
     "one model,\" Nurul Huda said.", "Our consultants", "Nurul Huda binti Ismail", "cue_adjacent", "direct"),
    # "Ir" is an engineer's title, dropped like "Engr."
    ("\"We do not take these decisions lightly,\" said Datuk Ir Ravindran Muthusamy, the board's chairman.",
     "We do not take", "Ravindran Muthusamy", "cue_adjacent", "direct"),
    # a preposition opening the sentence makes a place of the "name" after it
    ("Near Vitthalwadi, Santosh Pawar (56), who runs a grocery shop, stood outside his store. \"Everything went under "
     "water,\" he said.", "Everything went under", "Santosh Pawar", None, "direct"),
    # a name never ends in a title, and "SP" is a police rank
    ("The state Police Public Relations Officer, SP Kehinde Olatunji, confirmed the incident.\nShe said, \"Our men were "
     "deployed to the area.\"", "Our men were deployed", "Kehinde Olatunji", None, "direct"),
    # a source whose word tells the pronoun's sex speaks on in the next paragraph; "Mr Tran" is never a she
    ("Mr Tran was eventually admitted and has since returned home.\nAn SA Health spokeswoman said the department "
     "\"sincerely apologises\" to Mr Tran.\n\"Demand on our emergency departments remains extremely high,\" she said.",
     "Demand on our", "", "unnamed_source", "direct"),
    # an acronym the article defines is its body, whatever the tagger calls it
    ("The Jamaica Track and Field Association (JTFA) staged the trials.\nThe JTFA, in a statement, said the start had "
     "been “correctly adjudged” under the rules.", "correctly adjudged", "Jamaica Track and Field Association", None,
     "partial"),
    # the name in a relative clause of the subject's description is someone else's
    ("Kayode Adesanmi lost the primary.\nThe former Commissioner for Works, whose wife, Mrs Funmilayo Adesanmi, is a "
     "serving lawmaker, added that his supporters had been \"harassed and intimidated\" by thugs.",
     "harassed and intimidated", "Kayode Adesanmi", None, "partial"),
    # "Another, retired teacher Jean Halford, 71, said": the name in apposition to the pronoun
    ("Detective Constable Nadia Rahman urged caution.\nOne neighbour, who asked not to be named, said: 'She is the "
     "sweetest lady.'\nAnother, retired teacher Jean Halford, 71, said the street had been 'shaken to its core' by the "
     "burglary.", "shaken to its core", "Jean Halford", "cue_syntax", "partial"),
    # a reported clause about what someone will do is the reporter's, and so is the cue joined to it
    ("Kansas City lost right tackle Marcus Beale to a knee injury. A team spokesman said Beale would undergo an MRI "
     "exam on Monday and described the injury as \"a sprain, not a tear.\"", "a sprain", "", "cue_syntax", "partial"),
    # "appealed for" reports speech
    ("Lord Mayor Cllr Maura Desmond, who chaired the meeting, appealed for \"a bit of calm\" after a heated exchange.",
     "a bit of calm", "Maura Desmond", "cue_syntax", "partial"),
    # a dateline's place is never "the company" that speaks
    ("HAMILTON — About 600 workers at Stelco's Lake Erie Works will lose their jobs by spring, the company confirmed "
     "Thursday, in what it called a \"difficult but necessary step\".", "difficult but necessary", "Stelco", None,
     "partial"),
    # a title's "for" phrase joined by "and" or a hyphen ends in the name
    ("Cabinet Secretary for Health and Social Care Nadia Hopkin said she was \"deeply sorry\" to every patient.",
     "deeply sorry", "Nadia Hopkin", "cue_syntax", "partial"),
    ("Federal Minister for Inter-Provincial Coordination Nadia Kazmi, whose ministry oversees sports, said she had "
     "sought \"a detailed briefing\" from the chairman.", "a detailed briefing", "Nadia Kazmi", "cue_syntax", "partial"),
    # a body written with "'s" keeps its name without it
    ("LAHORE: The Pakistan Cricket Board's decision to leave out Saad Naveed triggered a row.\nThe PCB, in a statement "
     "issued late on Tuesday, said it had \"full confidence\" in the committee.", "full confidence",
     "Pakistan Cricket Board", "cue_syntax", "partial"),
    # an acronym written like a word ("Gamu") is the body it stands for
    ("The strike, called by the General and Allied Mineworkers Union (Gamu) in October, ended after 22 days.\n"
     "In a statement issued after the results, Gamu said: \"Workers will not pay for management's mistakes.\"",
     "Workers will not pay", "General and Allied Mineworkers Union", "colon_intro", "direct"),
    # "Neither Clodagh nor …": no name starts with "Neither"
    ("Clodagh Furlong is leaving the show, the broadcaster said.\nHer mum Bernie told the Irish Mirror: \"We are all "
     "so proud of her.\"\nNeither Clodagh nor her management would comment.\n\"I am not one of those people,\" "
     "Clodagh said.", "I am not one of those people", "Clodagh Furlong", None, "direct"),
    # a quote-only paragraph after one that ends in someone's reported speech is theirs
    ("CEO Naledi Khumalo said the offer was fair.\nAsked about the criticism of the buyback, Khumalo said the "
     "decision had been taken when prices were much higher.\n\"With hindsight, would we do it again at those "
     "prices? Probably not.\"", "With hindsight", "Naledi Khumalo", "continuation", "direct"),
    # an inverted conditional's subject is not the speaker
    ("Deputy Governor Caroline Bosibori, who would take over should the Senate uphold the charges, said she was "
     "\"ready to serve\" but declined to comment.", "ready to serve", "Caroline Bosibori", "cue_syntax", "partial"),
    # "the fund" is the fund named before
    ("The Red Dirt Relief Fund, a nonprofit formed after storms in 2019, said it had raised $210,000.\n\"Every dollar "
     "goes to families,\" the fund said in a statement.", "Every dollar", "Red Dirt Relief Fund", None, "direct"),
    # "posed" reports a question
    ("Ekerenyo MCA Esther Moraa voted against the motion.\n\"How then do we impeach him on the same ground?\" posed "
     "Moraa.", "How then do we impeach", "Esther Moraa", "cue_adjacent", "direct"),
    # a title the article gave one unnamed person stays that person, though the tagger calls it a body
    ("The governor's allies spent Monday lobbying. One MCA, who sought anonymity for fear of reprisals, said he had "
     "been offered Sh500,000 to abstain.\n\"They were calling us one by one,\" the MCA said.", "They were calling us",
     "", "cue_adjacent", "direct"),
    # a middle word that is another person's surname in the article is a maiden name, and goes
    ("\"My granddaddy helped pour the foundation for that building,\" said Joyce Qualls, 64, who was eating lunch "
     "with her sister.\nHer sister, Nadine Qualls Burris, was blunter. \"They bled it dry and now they're leaving,\" "
     "she said.", "They bled it dry", "Nadine Burris", "previous_subject", "direct"),
    # "It read" after a statement signed by a person is the signer's
    ("The primary was held on Saturday.\nA statement signed by Oyewole's Media Adviser, Mr Segun Alabi, however "
     "described the primary as \"free, fair and transparent\" and thanked the delegates.\nIt read in part, \"The "
     "senator extends a hand of fellowship to all the aspirants.\"", "The senator extends", "Segun Alabi", None, "direct"),
    # an emphatic "himself" beside the name is no second subject
    ("The board left out in-form batter Saad Naveed from the squad.\nFormer captain Shoaib Dar said the board had no "
     "policy.\nNaveed himself did not comment, but a post on his Instagram account late on Monday, since deleted, "
     "read: \"Keep working. Allah is the best of planners.\"", "Keep working", "Saad Naveed", None, "direct"),
    # the answer to a question put to someone named is theirs
    ("Mining executive Craig Dunstan outlined the plan.\nMember for Upper Hunter Ben Tallis, who attended the meeting "
     "but did not speak, said afterwards he wanted to see \"the full health data, not a summary\".\nAs the meeting "
     "wound up, one woman near the front called out to Mr Dunstan: \"Would you live here?\"\nHe paused before "
     "answering. \"I'd like to think I would,\" he said.", "I'd like to think", "Craig Dunstan", "exchange", "direct"),
    # "the mum-of-two" goes back to the named subject before, though the parser hangs the cue inside the quote
    ("His mum, Leanne McGuinness, 38, said she heard the bang from her front door.\nThe mum-of-two told the ECHO: "
     "\"I knew. You just know.\"", "I knew", "Leanne McGuinness", "previous_subject", "direct"),
    # "the 54-year-old wrote", where the tagger makes "wrote" a noun
    ("His mum Debbie Hollins, who appeared on the show last month, went further, writing on Facebook that her son had "
     "been \"thrown under the bus for ratings\".\n\"I watched my boy get wound up for days and nobody stepped in,\" "
     "the 54-year-old wrote.", "I watched my boy", "Debbie Hollins", "previous_subject", "direct"),
    # "Those are the words of X" names the speaker of the quote before
    ("Traders in Brookfield Road say they are living in fear.\n\"We are all terrified. You can't put a price on your "
     "life.\"\nThose are the words of Imran Qadir, 44, whose off-licence in Elm Parade was targeted.",
     "We are all terrified", "Imran Qadir", "cue_adjacent", "direct"),
    # a name described by a possessed word for a person is a person's ("the chairwoman's father"), and a quote-only
    # paragraph after one about "he" is his
    ("Tribal chairwoman Denise Wapato said the review was overdue.\nThe utility district said in a statement that it "
     "\"will participate fully in the review process\".\nFor Ernie Wapato, the chairwoman's father, the news landed "
     "differently. The 81-year-old fished the lower river with a dip net as a boy, and he remembers the first summer "
     "the run failed.\n\"My dad stood on the rocks down there and he didn't say anything for a long time.\"",
     "My dad stood", "Ernie Wapato", None, "direct"),
    # (and where the parser makes "wrote" the object of the quote's verb)
    ("His mum Debbie Hollins, who appeared on the show’s ‘Meet The Parents’ episode last month, went further, writing "
     "on Facebook that her son had been ‘thrown under the bus for ratings’.\n‘I watched my boy get wound up for days "
     "and nobody stepped in,’ the 54-year-old wrote.", "I watched my boy", "Debbie Hollins", "previous_subject", "direct"),
    # a he inside the quote who goes on from "my dad" is that unnamed relative, never the speaker himself, whom the
    # article calls someone's father
    ("Tribal chairwoman Denise Wapato said the review was overdue.\nHer father, Ernie Wapato, 81, fished the lower "
     "river as a boy.\n\"My dad stood on the rocks down there and he didn't say anything for a long time. Then he "
     "said, 'They built that thing to stop the water, but it stopped us too.' I was 9 years old,\" he said.",
     "They built that thing", "", "nested", "direct"),
    # a name the parser cuts into two subjects of the cue ("Mikey O’Hare said") is one name
    ("With his dad, Tam O’Hare, watching from the stand, the striker opened up. “My da drove me to every "
     "appointment. He kept saying to me, ‘One more week, son, one more week,’ and I stopped believing him,” Mikey "
     "O’Hare said.", "My da drove me", "Mikey O’Hare", "cue_adjacent", "direct"),
    # "the district" is the name ending in the word, with its number, where the tagger cut the body short
    ("The Orchard Prairie School District 84 board voted 4-3 late Monday to close Hawthorne Elementary School.\nIn a "
     "statement Tuesday, the district said it would \"work closely with every Hawthorne family\" in the coming months.",
     "work closely", "Orchard Prairie School District 84", "cue_syntax", "partial"),
    # the subject the parser hangs on the opening participle ("Speaking after the hearing, Sergeant …, said:")
    ("Walsh-Doyle was also banned from driving for nine years.\nSpeaking after the hearing, Sergeant Leanne O’Hare, of "
     "GMP’s Serious Collision Investigation Unit, said: “Callum’s death was entirely avoidable.”", "Callum’s death",
     "Leanne O’Hare", "colon_intro", "direct"),
    # or on the object of an opening preposition, as its apposition ("In a statement to NPR, the … Department said")
    ("In a statement to NPR, the Delmont County Health Department said it is \"aware of the transportation challenges "
     "facing dialysis patients\" and is working with the state on a pilot program.", "aware of the transportation",
     "Delmont County Health Department", "cue_syntax", "partial"),
    # a title is no short name for a body whose initials it spells ("the MP" is not the Metropolitan Police)
    ("A spokesman for the Metropolitan Police said the force was \"reviewing the footage\".\nLabour MP Yvette Clarke "
     "said the government had \"lost control of the streets\".\nIn a post on X, the MP wrote: \"Enough is enough.\"",
     "Enough is enough", "Yvette Clarke", None, "direct"),
    # someone's unnamed relation that no one named holds as a role stays unnamed
    ("Judge Rachel Lowe told Davies: \"You abused the trust placed in you.\"\nDavies, 52, of Cardiff, showed no "
     "emotion as he was jailed for six years.\nIn a statement outside court, his victim said: \"Today I can finally "
     "move on.\"", "Today I can finally", "", "colon_intro", "direct"),
    # "Marsh shrugs.", which the tagger reads as one plural noun, is about Marsh
    ("Dr Fiona Marsh, a consultant at St Mary's Hospital, has spent 20 years treating burns victims.\nHer colleague, "
     "nurse Tom Wright, laughs at the memory. \"She was brilliant from day one.\"\nMarsh shrugs. \"I just did my "
     "job.\"", "I just did my job", "Fiona Marsh", "sentence_before", "direct"),
    # "One wrote: … Another posted: …": each an unnamed commenter, never the star they write about
    ("Taylor Swift has broken her silence on the breakup.\nFans flooded social media. One wrote: \"Our girl is "
     "back!\" Another posted: \"So proud of you Taylor.\"", "So proud of you", "", "colon_intro", "direct"),
    # a name that ends as only a company's does is a body, without the role word in front, and "the firm" after it
    # is that body where the recogniser found no entity
    ("Councillors voted 7-4 to approve the plan.\nDeveloper Bellway Homes said in a statement it had listened to "
     "concerns.\nThe firm added: \"We are committed to delivering high-quality homes for local people.\"",
     "We are committed", "Bellway Homes", "colon_intro", "direct"),
    # an opening participle tagged as a noun, with the name hung on it
    ("The Speaker, Rt. Hon. Dennis Guwor, warned members that \"this is not a market.\"\nReacting, the Commissioner "
     "for Information, Mr. Ejiro Tobrise, "
     "told Vanguard that the state government was \"not insensitive\" to the plight of residents.\nHe said: \"The "
     "removal of fuel subsidy is a federal policy.\"", "The removal of fuel", "Ejiro Tobrise", None, "direct"),
    # a statement signed by someone is theirs, whoever the sentence's subject is, and so is "It read" after it
    ("Fuel prices rose again.\nThe opposition People's Progressive Alliance, PPA, in a statement signed by its state "
     "Publicity Secretary, Comrade Ufuoma Ighoyota, accused the government of \"grandstanding while Deltans "
     "starve.\"\nIt read in part: \"The so-called scheme exists only on paper.\"", "The so-called scheme",
     "Ufuoma Ighoyota", "colon_intro", "direct"),
    # an opening phrase the parser makes the subject, with the name hung on it ("Outside court, Graham Tulloch, 68,")
    ("Judge Ann Kerr fined the company at Hamilton District Court.\nOutside court, Graham Tulloch, 68, said the "
     "family was \"embarrassed and sorry\".", "embarrassed and sorry", "Graham Tulloch", "cue_syntax", "partial"),
    # "the organisation's statement" is the body described as an organisation before
    ("The Bugisu Safe Water Alliance, a local non-profit organisation, said in a statement that it had warned city "
     "authorities as early as March that the borehole was \"at high risk of contamination\".\n\"Our technicians "
     "reported a cracked apron. No action was taken,\" the organisation's statement read.", "Our technicians",
     "Bugisu Safe Water Alliance", "cue_adjacent", "direct"),
    # a club whose name ends as no surname does is a body, never a person, whatever the tagger says
    ("Speaking after the vote, Kilcarrig Gaels said it was \"grateful to the councillors\".", "grateful",
     "Kilcarrig Gaels", "cue_syntax", "partial"),
    # a first name the list lacks, beside a relative's word, takes the owner's surname
    ("Pat Hartigan chairs the club.\nMr Hartigan’s son Cian, who has been on the county senior hurling panel for "
     "three seasons, said he owed the club everything.\n\"I pucked a ball against the dressing-room wall down there "
     "every evening.\"", "I pucked a ball", "Cian Hartigan", "continuation", "direct"),
    # a place in front of a defined acronym's words stays in the body's name
    ("The Trang Provincial Administrative Organisation (PAO) approved the fee last month.\nAnan Rattanakorn, president "
     "of the boat club, was angry.\n“At the meeting in June, the PAO told us, ‘You will never have to handle any "
     "cash.’ Now the draft says otherwise,” Mr Anan said.", "You will never have to handle",
     "Trang Provincial Administrative Organisation", "nested", "direct"),
    # the one made to speak, along a chain of verbs the parser hangs one on another
    ("\"I had a mom from Omaha stand on our practice field last spring, look down at the mud on her shoes and ask me, "
     "'Coach, is this it?' We did not get that kid,\" Dunlap said.", "Coach, is this it", "", "nested", "direct"),

    # round on u's errors
    ("Volunteer coordinator Ahmad Faizal Roslan, who leads a team of 40, said donors had filled the gap.\n"
     "“We have students and drivers,” Faizal said.", "We have students", "Ahmad Faizal Roslan", "cue_adjacent", "direct"),
    ("Menteri Besar Datuk Mohd Hafiz Che Mat visited the centre on Monday.\n“Help is coming,” Che Mat said.",
     "Help is coming", "Mohd Hafiz Che Mat", "cue_adjacent", "direct"),
    ("State committee chairman Datuk Nik Azmi Nik Yusof rejected the claim on Monday.\n"
     "“Every centre has food,” Nik Azmi said.", "Every centre has food", "Nik Azmi Nik Yusof", "cue_adjacent", "direct"),
    ("Speaking at a press conference, HE Abdulla bin Nasser Al Marri, chairman of the organising committee, said "
     "visitors were expected.\n“We are ready,” Al Marri said.", "We are ready", "Abdulla bin Nasser Al Marri",
     "cue_adjacent", "direct"),
    ("In Rantau Panjang, shopkeeper S Murugan said the water had reached the ceiling of his shop.\n"
     "“Everything is gone,” he said, standing in the mud.", "Everything is gone", "S Murugan", None, "direct"),
    ("Operator Capital Tramlink said it had run ‘every available vehicle’ over the weekend.\n"
     "Passengers said they had complained to Capital Tramlink.", "every available vehicle", "Capital Tramlink",
     "cue_syntax", "partial"),
    ("Mr Gillies said: ‘We put up with the roadworks. We were told by Capital Tramlink, “It’ll all be worth it.” "
     "I’d like to hear them say that now.’", "It’ll all be worth it", "Capital Tramlink", "nested", "direct"),
    ("Mrs Pettigrew said the couple had been told by their insurer that their policy did not cover “riverine "
     "flooding”.", "riverine flooding", "", "cue_syntax", "partial"),
    ("Harlow Mutual sold the policy in 2019. Mrs Pettigrew said the couple had been told by their insurer that "
     "the policy did not cover “riverine flooding”.", "riverine flooding", "", "cue_syntax", "partial"),
    ("Opposition Leader Jacinta Ferris spoke on Monday.\n“In 2022 the Logan River Catchment Taskforce told this "
     "government in black and white that the Bethania levee would ‘not hold in a major flood’. They did nothing,” "
     "Ms Ferris said.", "not hold in a major flood", "Logan River Catchment Taskforce", "nested", "direct"),
    ("“Will the Premier table the report today?” Ms Jacinta Ferris asked.\n“I’ll table whatever the member likes,” "
     "Premier Luke Harrington replied.\n“Table it now!” one opposition MP shouted.\n“The member will get his copy.”",
     "The member will get his copy", "Luke Harrington", "exchange", "direct"),
    ("In Waterford, Gary Pettigrew and his wife, Leanne, spent Wednesday dragging furniture onto the footpath.\n"
     "“Twenty-three years we’ve paid that premium,” Leanne said.", "Twenty-three years", "Leanne Pettigrew",
     "cue_adjacent", "direct"),
    ("Manager Lee Carnall said: ‘The lads are proud of the shirt.’\nA statement from Burslem Town FC said the club "
     "was ‘deeply saddened’ by the news.\n‘The firm has stood by this club through two relegations. We will stand by "
     "their workers now,’ it said.", "The firm has stood", "Burslem Town FC", "cue_adjacent", "direct"),
    ("Ballycarr manager Colm Nagle was gracious. “Fair play to them,” he said.\nIn a statement, Kilcurran GAA Club "
     "thanked supporters for their backing.\n“We’ll be ready for the final,” the statement added.",
     "We’ll be ready", "Kilcurran GAA Club", "cue_adjacent", "direct"),
    ("Raymond Kowalchuk has pleaded not guilty.\nThe email, which Crown prosecutor Devin Okafor entered as an "
     "exhibit, was sent by Kowalchuk to three supervisors on March 9. It read: “Seepage at the east berm is worse "
     "than we thought.”", "Seepage at the east berm", "Raymond Kowalchuk", "colon_intro", "direct"),
    ("Brenda Cardinal said she found the birds.\n“I phoned the company’s emergency number and a man told me, ‘We’re "
     "aware of the situation.’ That was all,” she said.", "We’re aware", "", "nested", "direct"),
    ("Judge Rachel Feeney heard the case.\nBefore passing sentence, the judge asked Grant Hurren whether he wished to "
     "say anything.\n“Only that I’m sorry, Your Honour,” Hurren said. “It won’t happen again.”\n“I hope not, Mr "
     "Hurren. The next judge may not be so patient.”", "I hope not", "Rachel Feeney", "exchange", "direct"),
    ("Not all MCAs were convinced. Ekerenyo MCA Esther Moraa, who voted against the motion, said the assembly was "
     "“rushing”.", "rushing", "Esther Moraa", "cue_syntax", "partial"),

    ("Her daughter Leanne McCafferty, 37, lives two floors below.\n‘He’s five. The GP asked me straight out, “Is there "
     "damp in the house?” I just laughed,’ she said.", "Is there damp", "", "nested", "direct"),
    ("The motion was seconded by Hon. Blessing Orode, who reminded the House that the government had promised in "
     "March to provide \"at least 200 buses\" for subsidised transport.", "at least 200 buses", "Blessing Orode",
     "cue_syntax", "partial"),
    ("Big Sky Forward, a super PAC backing Sorley, said in a statement that the episode showed \"exactly why "
     "Montanans are ready for a change.\"", "exactly why", "Big Sky Forward", "cue_syntax", "partial"),
    ("Jade Harper and Connor Vane have split.\nConnor has not publicly commented on the split, but shared a cryptic "
     "message on his Instagram Story on Saturday which read: ‘Stay quiet and let the results speak.’", "Stay quiet",
     "Connor Vane", "colon_intro", "direct"),

    ("“The park will reopen in June,” declared the mayor of Springfield, Tom Reddy.", "The park will reopen",
     "Tom Reddy", None, "direct"),
    ("Mark Ellison faced questions on Monday.\n“No,” was his blunt reply.", "No,", "Mark Ellison", None, "direct"),
    ("Mark Ellison faced questions on Monday. His response: “We will see what the members decide.”", "We will see",
     "Mark Ellison", None, "direct"),
    ("In the words of Mark Ellison, “This is the end of an era for the town.”", "This is the end", "Mark Ellison",
     "colon_intro", "direct"),

    ("Manchester United manager Ruben Alves said: “We were poor.”\nThe Portuguese added: “We must improve quickly.”",
     "We must improve", "Ruben Alves", None, "direct"),
    ("Mayor Karen Bass met residents on Monday. The city was “turning a corner”, Bass insisted at City Hall.",
     "turning a corner", "Karen Bass", "cue_syntax", "partial"),
    ("Mayor Karen Bass met residents on Monday. But Traci Park, a councilmember, was not convinced: “It is a "
     "gimmick.”", "It is a gimmick", "Traci Park", "colon_intro", "direct"),
    ("Mayor Karen Bass met residents on Monday. Councilmember Traci Park called the plan “a gimmick”.", "a gimmick",
     "Traci Park", "cue_syntax", "partial"),
    ("Mayor Karen Bass met residents on Monday.\n“Nothing is guaranteed,” the Democrat said.", "Nothing is guaranteed",
     "Karen Bass", None, "direct"),

    ("Sindh Chief Minister Syed Murad Ali Shah visited the school.\n“We will rebuild it,” Shah said.", "We will rebuild",
     "Syed Murad Ali Shah", "cue_adjacent", "direct"),
    ("Galway West TD Éamon Ó Cuív said: “Farmers were not consulted.”\nDeputy Ó Cuív added: “It is a disgrace.”",
     "It is a disgrace", "Éamon Ó Cuív", "colon_intro", "direct"),
    ("Justice Mansoor Ali Shah remarked that the petition was “premature”.", "premature", "Mansoor Shah", "cue_syntax",
     "partial"),

    ("The crisis deepened on Sunday as a governorship aspirant, Chief Kayode Adesanmi, rejected the outcome of the "
     "party's primary, describing it as \"daylight robbery\" that would not stand.", "daylight robbery",
     "Kayode Adesanmi", "cue_syntax", "partial"),

    # round on v's errors
    ("Among them was 63-year-old Ernesto “Mang Erning” Villamor, who has driven the same jeepney since 1991.\n"
     "“This jeepney sent three of my children to college,” Villamor said.", "This jeepney", "Ernesto Villamor",
     "cue_adjacent", "direct"),
    ("Homeowners will pay more after the council approved a rate increase that supporters said was “painful but "
     "necessary”.\nUtility chief Dennis Okafor spoke to councillors on Thursday. He described the plan as “painful but "
     "necessary” and said help was available.", "painful but necessary", "Dennis Okafor", "echo", "partial"),
    ("Utility President and CEO Dennis Okafor told council members the alternative was a system “held together with "
     "duct tape and prayer.”", "held together", "Dennis Okafor", "cue_syntax", "partial"),
    ("Magistrate Giles Penhallow heard the case on Monday.\nThe driver, a 45-year-old man from Leeds, was taken to "
     "hospital. In a statement, he said he was ‘lucky to be alive’.", "lucky to be alive", "", "unnamed_source",
     "partial"),

    ("Plymouth City Council has been asked to install cameras.\nThe group’s chairwoman, Janet Rowse, said: ‘We have "
     "written to the council four times about this road. Each time we are told, “It is under review.” How many more "
     "people have to be hurt?’", "It is under review", "Plymouth City Council", "nested", "direct"),
    ("Senator Lorna Villar filed a resolution on Monday.\n“Nobody is against modern jeepneys. What we are against is the "
     "MTRO telling a 60-year-old driver, ‘Take out a P2-million loan or go home,’” Villar said.", "Take out a",
     "MTRO", "nested", "direct"),

    ("The Bexar Regional Water Utility proposed the increase in August.\nDistrict 5 Councilwoman Marisol Treviño, who "
     "voted against the increase, said the utility had not done enough to rein in its own spending.\n“They gave their "
     "executives raises in the spring, and now they come to us and say, ‘Tighten your belts,’” Treviño said.",
     "Tighten your belts", "Bexar Regional Water Utility", "nested", "direct"),

    ("Agriculture Minister Johannes Amutenya said help was coming.\nOpposition member of parliament Erastus Kambonde, "
     "who grew up in Sesfontein, says he raised the matter in the National Assembly in February.\n\"I stood up in "
     "parliament and I asked the minister directly.\"", "I stood up", "Erastus Kambonde", None, "direct"),
    ("Vice Chancellor Prof Dr Nasreen Qazi, addressing a press conference at the university's senate hall, defended "
     "the increase as \"painful but unavoidable\".", "painful but unavoidable", "Nasreen Qazi", "cue_syntax", "partial"),
    ("Councilman Greg Hollis said he had heard from unhappy ratepayers. Before the vote, he read aloud from an email "
     "sent by one constituent, a retired Air Force officer in Stone Oak:\n“I moved here for the Hill Country views, "
     "not to pay for somebody else’s leaky pipes.”", "I moved here", "", "intro_paragraph", "direct"),

    ("Farmer Pádraig Ó Flatharta spoke at the meeting.\nHe said a council official had told him at an earlier meeting "
     "that the greenway would be ‘a great thing for the area’ and that he would ‘hardly notice it’.\n‘Hardly notice it? "
     "It’ll run 40 metres from my kitchen window,’ he said.", "hardly notice it", "", "cue_syntax", "partial"),

    ("Cllr Máire O’Dwyer (SF) told the meeting the council’s priorities were wrong. Cllr Tomás Keane (FF) disagreed.\n"
     "Speaking after the meeting, the Sinn Féin councillor said she would raise the matter again.\n“I’ll be accused of "
     "being anti-GAA now, I know that.”", "I’ll be accused", "Máire O’Dwyer", None, "direct"),
    ("Operators affiliated to the Greater Soweto Taxi Association (GSTA) say officers have impounded 400 taxis.\n"
     "GSTA chairperson Sipho \"Bra Sips\" Radebe told Sowetan the association had \"run out of patience\".\n"
     "\"We have met with the city three times,\" Radebe said.", "run out of patience", "Sipho Radebe", "cue_syntax",
     "partial"),

    ("Speaking at a press conference on Wednesday, the Director General of Health, Aiono Dr. Fetu Leavasa, said 61 "
     "cases had required admission.\n“We are seeing more cases each week than we saw in the whole of last February,” "
     "Aiono said.", "We are seeing", "Fetu Leavasa", None, "direct"),

    ("The Ministry of Health has confirmed 214 cases of dengue fever, with health officials warning that the outbreak "
     "has “not yet peaked”.\nSpeaking on Wednesday, the Director General of Health, Dr Fetu Leavasa, said 61 cases "
     "had required admission.\n“I want to be very clear with the public: the outbreak has not yet peaked,” Dr Leavasa "
     "said.", "not yet peaked", "Fetu Leavasa", "echo", "partial"),

    ("PETALING JAYA: Commuters on the Sentosa Line should expect “at least three more weeks” of reduced train "
     "frequency, says the line’s operator.\nIn a statement on Monday, MetroLink Rail Sdn Bhd said trains would run "
     "at intervals of up to 12 minutes.", "at least three more weeks", "MetroLink Rail", None, "partial"),

    ("Commuters on the Sentosa Line should expect delays. The Sentosa Line carries 90,000 passengers a day.\nIn a "
     "statement on Monday, MetroLink Rail Sdn Bhd said trains would run at intervals of up to 12 minutes.\n“We "
     "sincerely apologise for the inconvenience caused,” it said.\nThe company said the problem had been traced to "
     "axle counters, which it described as “not performing to specification.”", "not performing", "MetroLink Rail",
     None, "partial"),

    ("Mr Frayne said Kavanagh had written a letter to Mr Ashworth, part of which he read aloud: ‘I think about you "
     "every day. I am so sorry for what I took from you.’", "I think about you", "Kavanagh", None, "direct"),

    ("‘Now I get nervous crossing the road. My youngest asked me last week, “Dad, are you ever going to be normal "
     "again?” and I didn’t know what to tell him,’ Mr Ashworth said.", "Dad, are you", "", "nested", "direct"),

    ("A spokesman for the Swindon Cycle Forum said the junction had been ‘a known problem for years’.\n‘We have "
     "written to Swindon Borough Council three times about that junction,’ he said. ‘Every time the answer is the "
     "same: “It is being looked at.” Well, look faster.’", "It is being looked at.", "Swindon Borough Council",
     "nested", "direct"),

    ("Errigal Renewables Ltd lodged the planning application last month.\nIndependent TD Róisín Gallen said people "
     "in the valley were ‘not anti-renewables’.\n‘What they’re asking for is a say,’ Deputy Gallen said. ‘At the "
     "moment, the message from the developers seems to be, “Sign here, and thank us later.”’", "Sign here",
     "Errigal Renewables", "nested", "direct"),

    ("Errigal Renewables Ltd lodged the planning application last month.\nDr Conall Friel said the company’s peat "
     "stability assessment was ‘thorough in places but silent on the key question’.\n‘We know what these uplands do "
     "in a wet winter,’ Dr Friel said. ‘The assessment talks about a “low to moderate” risk. On a slope like this, "
     "that is not good enough.’", "low to moderate", "Errigal Renewables", "nested", "partial"),
    ("Sheikha Hind bint Hamad Al Thani said the programme was \"a national priority\". \"Education is the "
     "foundation,\" she said.", "Education is", "Hind bint Hamad Al Thani", None, "direct"),
    ("The Assembly Member for the Dominase Electoral Area, Mr Emmanuel Kojo Quaye, said the Ankobra had become “a "
     "river of mud” that now ran brown.\n“The galamseyers come with their changfan machines,” he said.",
     "The galamseyers", "Emmanuel Quaye", None, "direct"),

    ("Nana Kwesi Arhin, the chief of Dominase, said the council had reported the activities to the Prestea-Ankobra "
     "Municipal Assembly, but nothing had been done.\n“We have written letters. We have gone to the assembly. Each "
     "time we are told, ‘We are looking into it.’ Meanwhile the excavators are working day and night,” he said.",
     "We are looking into it.", "Prestea-Ankobra Municipal Assembly", "nested", "direct"),
    ("Residents of communities along the Ankobra River have called for urgent action to halt illegal mining which "
     "they say has turned the river into “a river of mud”.", "a river of mud", "", "unnamed_source", "partial"),
    ("But goals to Pescud, Mellick and small forward Noah Fahey dragged the Falcons back within a kick with two "
     "minutes to play.\nRedbacks coach Shane Vearing said his side had “switched off” for “five or six minutes” and "
     "paid the price.", "switched off", "Shane Vearing", "cue_syntax", "partial"),

    ("Its convener, Attorney-at-Law Ruwan Senanayake, said the group had written to the Inspector General of Police "
     "and the Central Bank but had received \"only acknowledgements\".\n\"We are not asking for favours,\" he said.",
     "We are not asking", "Ruwan Senanayake", None, "direct"),
    ("But His Excellency, Governor Emeka Ozoemena, has directed that the buses be deployed.\nTobrise dismissed the "
     "criticism. \"His Excellency said it clearly in his broadcast: 'This administration will not abandon Deltans.' "
     "We are not doing photo opportunities,\" he said.", "This administration", "Emeka Ozoemena", "nested", "direct"),

    ("ASABA—THE Delta State House of Assembly, yesterday, urged the state government to roll out what lawmakers "
     "described as \"real palliatives, not photo opportunities\" as the pump price of petrol climbed.",
     "real palliatives", "", None, "partial"),
    ("The National Research and Innovation Agency (BRIN) has warned that land subsidence is accelerating.\nBRIN said "
     "groundwater extraction \"significantly worsens\" the problem.", "significantly worsens",
     "National Research and Innovation Agency", None, "partial"),

    ("In a statement issued on Sunday, the Department of Transportation (DOTr) said the deadline stood.\n\"The "
     "modernization of our public transport is long overdue,\" the DOTr said.", "The modernization",
     "Department of Transportation", None, "direct"),

    ("The Ministry of Education and Higher Education (MoEHE) has issued new rules on attendance.\nIn a statement, the "
     "Ministry of Education said the rules applied to 'all government and private schools' in the country.",
     "all government and private schools", "Ministry of Education and Higher Education", None, "partial"),

    ("Patients were left stranded at federal hospitals on Monday as resident doctors began an indefinite strike, with "
     "their association accusing the federal government of treating its members with \"utter disdain\".\nThe "
     "Nigerian Association of Resident Doctors (NARD) had, in a communique issued after an emergency meeting in "
     "Abuja on Saturday, directed its members to withdraw their services.\nThe communique said the government had "
     "failed to pay the training fund \"despite repeated assurances\".", "utter disdain",
     "Nigerian Association of Resident Doctors", None, "partial"),

    ("Patients were left stranded at federal hospitals on Monday as resident doctors began an indefinite strike.\nThe "
     "Nigerian Association of Resident Doctors (NARD) had, in a communique issued after an emergency meeting in "
     "Abuja on Saturday, directed its members to withdraw their services.\nThe communique said the government had "
     "failed to pay the training fund \"despite repeated assurances\".", "despite repeated assurances",
     "Nigerian Association of Resident Doctors", None, "partial"),
    ("The loudest cheer was reserved for Carlisle \"Sonny\" Ifill, 71, who has coached youngsters since 1986.\n\"They "
     "used to laugh at me,\" Ifill said.", "They used to laugh", "Carlisle Ifill", None, "direct"),

    ("The loudest cheer of the afternoon was reserved for Carl Ifill, 71, who has coached youngsters on the pasture "
     "since 1986.\n\"They used to laugh at me, an old man out here in the hot sun,\" Ifill said. \"Nobody laughing "
     "now.\"\nIfill said he learned the game from the late Everton Layne, who captained the St Lucy side in the old "
     "Barbados Cricket League.\n\"Mr Layne used to tell we, 'Bowl straight and keep your mouth shut.' I never forget "
     "that,\" he said.", "Mr Layne used to", "Carl Ifill", None, "direct"),

    ("Under-15 captain Kemar Jordan, 14, said the team would no longer have to borrow a ground.\n\"Last year we had "
     "to play all our games away,\" he said.\nWatching from under a tamarind tree, an elderly man who gave his age as "
     "84 but declined to give his name said he had waited most of his life for the day.\n\"I see Sir Garry play at "
     "Kensington one time in 1966,\" he said.", "I see Sir Garry", "", "unnamed_source", "direct"),
    ("That price tag drew criticism from Kevin Szymanski, president of the Western New York Property Owners Alliance.\n"
     "The alliance, which says it represents about 1,100 property owners, said in a written statement that it "
     "supports \"access to justice\".", "access to justice", "Western New York Property Owners Alliance", None,
     "partial"),

    ("Plans were approved on Tuesday.\nThe Layerthorpe and Foss Residents' Association said it was \"deeply "
     "disappointed\" and was taking legal advice.\nIn a statement, the association said: \"The committee has ignored "
     "the wishes of residents.\"", "The committee has ignored", "Layerthorpe and Foss Residents' Association", None,
     "direct"),

    ("At the national level, the Public Works Ministry's director general of water resources, Dwi Purwantoro, said the "
     "program was only about half complete.\n\"We cannot build on land that is still occupied,\" Dwi said.\nHe said "
     "the dry dams had reduced peak flows by \"around 10 to 15 percent\".", "around 10 to 15 percent",
     "Dwi Purwantoro", None, "partial"),
    ("An official at the agency said several tenders had been repeated.\nBack in Bukit Duri, Suryani was hanging wet "
     "clothes on a fence to dry. \"Insya Allah, next year will be better. That's what we say every year,\" she said.",
     "Insya Allah", "Suryani", None, "direct"),

    ("In Abuja, the Chief Medical Director of the Federal Medical Centre, Jabi, Hadiza Lawal, a professor of "
     "obstetrics and gynaecology, said the hospital had activated its \"contingency plans\".", "contingency plans",
     "Hadiza Lawal", "cue_syntax", "partial"),

    ("The Meteorology, Climatology and Geophysics Agency (BMKG) has forecast \"heavy to very heavy rain\" for Greater "
     "Jakarta through the end of the week.", "heavy to very heavy rain", "Meteorology, Climatology and Geophysics "
     "Agency", "cue_syntax", "partial"),

    ("Council member Rina Hutapea said only 40 percent of the budget had been spent.\nBudget head Hendra Siregar "
     "attributed the low spending to \"administrative adjustments\" in the procurement process.",
     "administrative adjustments", "Hendra Siregar", "cue_syntax", "partial"),
    ("The Local Content Secretariat has launched audits of 40 firms.\nMarcia Persaud, president of the Berbice "
     "Chamber, said small businesses were still waiting.\n“The big contracts are going to Georgetown,” Marcia Persaud "
     "said. “When our members call the Secretariat, they hear, ‘We are looking into it.’ We want to see what they "
     "find.”", "We are looking into it.", "Local Content Secretariat", "nested", "direct"),

    ("Cebu City Councilor Rodrigo Ylaya said he would file a resolution.\n“We are not against modernization. But the "
     "memo from the DOTr says ‘no further extension’, and I ask, what happens to the commuters?” he said.",
     "no further extension", "DOTr", "nested", "partial"),

    ("Dr. Fiona Gallagher, Principal of Doha Heights International School, said private schools had received a "
     "circular from the Ministry of Education last week explaining the new procedures.\n‘The circular asks us to "
     "record attendance “within the first 15 minutes of the school day”, which is very strict,’ she said.",
     "within the first 15 minutes", "Ministry of Education", "nested", "partial"),
    ("A MUM-of-three who scooped £2.4million on the EuroMillions is keeping her job as a school dinner lady.\nGemma "
     "Rowntree, 38, from Doncaster, said she had checked her ticket “about 15 times” before telling her husband.\nThe "
     "mum-of-three said: “I was sat on the loo with my phone going, ‘This can’t be right.’”", "I was sat on the loo",
     "Gemma Rowntree", None, "direct"),
    # the Maasai "ole" is a particle of the surname, in either case
    ('Kajiado Governor Samuel ole Tiampati visited the village on Monday.\n"Nobody will be evicted on my watch," Ole Tiampati said.',
     'Nobody will be evicted', 'Samuel ole Tiampati', 'cue_adjacent', 'direct'),
    # "Abdul" in the middle of a Malay name opens the father's name, which stays
    ('At the convention, smallholder Rosnah Abdul Rahman, 54, shared her experience.\n"My son helped me with all the forms," said Rosnah.',
     'My son helped me', 'Rosnah Abdul Rahman', 'cue_adjacent', 'direct'),
    # a given name the recogniser leaves out after a courtesy title
    ('Dr Amarjit Kaur Brar, principal agronomist at Punjab Agricultural University, spoke at the meeting.\n"The window is closing," Dr Brar said.',
     'The window is closing', 'Amarjit Kaur Brar', 'cue_adjacent', 'direct'),
    # the Omani legal suffix SAOG goes like Sdn Bhd
    ('Al Batinah Logistics SAOG said it had seen "exceptional demand for storage" this year.',
     'exceptional demand', 'Al Batinah Logistics', 'cue_syntax', 'partial'),
    # a ministry's list of portfolios runs on over "and"
    ('The Department of Public Works and Highways said in a statement that it "welcomes any investigation".',
     'welcomes any investigation', 'Department of Public Works and Highways', 'cue_syntax', 'partial'),
    # "Home Ministry" is no ministry called "Ministry"
    ('The Finance Ministry said the fund would be discussed.\n"Each time, the Home Ministry tells us, \'We are looking into it.\' Meanwhile the fruits are dropping," Azman said.',
     'We are looking into it.', 'Home Ministry', 'nested', 'direct'),
    # a notice issued on behalf of a company speaks for it; "orders … to" is a cue
    ('The notice, issued on behalf of Savannah Crest Developers Ltd, orders the occupants to "remove all structures" or face eviction.',
     'remove all structures', 'Savannah Crest Developers', 'cue_syntax', 'partial'),
    # a name given "only as" counts among the people a pronoun may stand for
    ('County commander Fredrick Ouma said police would not be used. "We keep the peace," Ouma said.\nOne young man, who gave his name only as Lemayian, said he was born on the land. "My father is buried here," he said.',
     'My father is buried here', 'Lemayian', 'previous_subject', 'direct'),
    # "McAlpine" after a title is a person's name, though no title-case word
    ("Margaret Kidd, 84, waited nine hours on a trolley.\nLabour North East MSP Kirsty McAlpine said the family's experience was 'sadly far from unique'.\n'The Government has to stop hiding behind staff,' she added.",
     'The Government has to stop', 'Kirsty McAlpine', 'previous_subject', 'direct'),
    # an acronym that is not the initials, after a name with a body's word in it
    ('In a separate statement, the National Association of Smallholders Malaysia (NASH) urged the government to act, saying smallholders "should not bear the cost alone".',
     'should not bear the cost', 'National Association of Smallholders Malaysia', 'cue_syntax', 'partial'),
    # "the regulator" in a clause: the body its own sentence is about
    ('The Nigerian Civil Aviation Authority (NCAA) has suspended the licence of Crestwing Airlines over what the regulator described as "persistent safety lapses".',
     'persistent safety lapses', 'Nigerian Civil Aviation Authority', 'cue_syntax', 'partial'),
    # a cue whose subject the parser hung elsewhere still reports speech
    ('Speaking at a press briefing in Lagos, the Director-General of the NCAA, Capt. Sani Kurfi, said the decision was not taken lightly.\n"Let me make this very clear. Safety is not negotiable."',
     'Let me make this very clear', 'Sani Kurfi', 'continuation', 'direct'),
    # "“…,” read the statement signed by X"
    ('“Management wishes to assure all employees that no one will lose their job,” read the statement signed by Corporate Affairs Manager Chilufya Mwansa.',
     'Management wishes to assure', 'Chilufya Mwansa', 'cue_adjacent', 'direct'),
    # "When the party was campaigning, they told …": the body of the clause before
    ('“When the United Party for National Development was campaigning, they told the people of Kopala, ‘We will bring back the jobs.’ Where are those jobs?” Mr Mumba asked.',
     'We will bring back the jobs.', 'United Party for National Development', 'nested', 'direct'),
    # "One arhtiya in Khanna said … “…,” he said": an unnamed source the lexicon lacks a word for
    ('"The officers only say wait," said Rajinder Goyal, president of the Punjab Arhtiya Association.\nOne arhtiya in Khanna said he had not slept at home for a week. "I have 40 farmers\' crop lying in my phad," he said.',
     'I have 40 farmers', '', 'unnamed_source', 'direct'),
    # a body the recogniser took for a title, and "the association" after the quote
    ('The Airline Operators of Nigeria (AON), in a statement, urged the NCAA to "temper justice with mercy," warning that the grounding of another carrier would worsen the shortage of capacity.\n"Every time one airline is grounded, the entire industry pays the price in public confidence. We call on the regulator to work with the airline," the association said.',
     'Every time one airline', 'Airline Operators of Nigeria', 'cue_adjacent', 'direct'),
    # a body's branch office speaks as the body
    ('Kisan Ekta Manch president Balwant Singh Dhillon said the blockade would continue.\n"We have been patient. We went to the Mandi Board office in Patiala three times, and every time the reply was the same, \'Two more days.\' The two days never end," Dhillon said.\nThe Punjab Mandi Board, in a statement issued in Mohali, said, "Adequate arrangements have been made."',
     'Two more days.', 'Punjab Mandi Board', 'nested', 'direct'),
    # the name in apposition to a title the parser hangs on an opening participle
    ('Also reacting, the Minister of Aviation and Aerospace Development, Mr. Obinna Ezeudu, said the ministry "fully supports" the regulator.',
     'fully supports', 'Obinna Ezeudu', 'cue_syntax', 'partial'),
    # a quote-only paragraph after an unnamed source's reported words goes on with that source
    ('The Minister rejected the claims.\nHowever, one Fianna Fáil backbencher told The Journal there was growing frustration within the party over the pace of delivery.\n‘The doorsteps were brutal in the locals. People aren’t interested in targets.’',
     'The doorsteps were brutal', '', 'continuation', 'direct'),
    # and so does "the TD", a title no one named holds, right after them
    ('The Minister rejected the claims.\nHowever, one Fianna Fáil backbencher told The Journal there was growing frustration within the party over the pace of delivery.\n‘The doorsteps were brutal in the locals,’ the TD said.',
     'The doorsteps were brutal', '', 'unnamed_source', 'direct'),
    # a relative clause without "that", which the parser hangs on its subject
    ('A St. Louis jury on Thursday convicted a 24-year-old man of murder in the shooting of a gas station clerk, a killing the victim\'s mother called "senseless from the first second to the last."\nLoretta Banks, the victim\'s mother, sat in the second row of the gallery.',
     'senseless from the first', 'Loretta Banks', 'named_later', 'partial'),
    # a pronoun in a clause stands for the title-holder the main clause is about (never "the Banking Act")
    ('The suspect was produced before Fort Magistrate Thilini Gamage.\nRejecting the bail application, the Magistrate observed that the suspect had been charged under the Banking Act for accepting deposits, an offence she described as "serious in nature and grave in its consequences".',
     'serious in nature', 'Thilini Gamage', 'clause_subject', 'partial'),
    # a place that modifies a noun is nobody a pronoun could stand for
    ('About 300 people packed the hall to confront the company behind a plan to extend the life of a Hunter Valley coal mine, with some in the crowd shouting “shame” as executives outlined the proposal.',
     'shame', '', 'scare', 'scare'),
    # what a group told the one reporting it, in so many words, is the group's
    ('Krystal Ratt, who arrived with her three children late Monday, said officials at the band office told her to pack for "two or three days."',
     'two or three days', '', 'cue_syntax', 'partial'),
    # an acronym written like a word after a body's name ("Pesk")
    ('The Pan-Cyprian Growers\' Union (Pesk) warned that farmers were being "treated as an afterthought" in the plan.',
     'treated as an afterthought', "Pan-Cyprian Growers' Union", 'cue_syntax', 'partial'),
    # a cue the parser joins to a passive reported clause about things shares the reporting verb's subject
    ('The Loire Growers’ Federation estimated that around 12,000 hectares had been affected and described the situation as «catastrophic for small producers».',
     'catastrophic for small', 'Loire Growers’ Federation', 'cue_syntax', 'partial'),
    # a name never ends in a common noun it owns: "Bloom’s rep" is an unnamed source
    ('Pop star Skylar Bloom has cancelled her tour.\nBloom’s rep said in a statement: “Skylar’s health comes first. All ticket holders will receive full refunds.”',
     'Skylar’s health comes first', '', 'colon_intro', 'direct'),
    # a company's first word alone is the company whose name the recogniser missed
    ('The Federal Trade Commission sued Lumina Labs on Monday over two acquisitions.\nLumina said in a blog post that it would "vigorously defend" itself.',
     'vigorously defend', 'Lumina Labs', 'cue_syntax', 'partial'),
    # "they were told": by the body a quote of the paragraph says they rang
    ('Great Yarmouth Borough Council has been criticised over flooding.\n‘Mum and Dad have been ringing the council since the spring,’ the 44-year-old said. ‘Every time they were told the same thing: “We’re monitoring the situation.” Well, that is not good enough.’',
     'We’re monitoring the situation.', 'Great Yarmouth Borough Council', 'nested', 'direct'),
    # "they told us": the body "this company" names earlier in the quoted sentence
    ('Kessler-Brandt Automotive Systems will close its Warren plant.\nDenise Kowalczyk, president of UAW Local 1797, which represents hourly workers at the plant, said the union had been "blindsided."\n"We sat across the table from this company eight months ago and they told us, \'Warren is part of our long-term footprint.\' Now this," she said.',
     'Warren is part of our', 'Kessler-Brandt Automotive Systems', 'nested', 'direct'),
    # (but not a body the reporter's words before the quote name: Treasury officials told them)
    ('Millers have lobbied the government for months.\nMr Otieno said that when the company met Treasury officials earlier this year, "they told us the duty was \'not up for discussion\' this financial year, so we have planned around it."',
     'not up for discussion', '', 'nested', 'partial'),
    # a body's acronym in brackets, then a nation, before the verb: the body's branch there, as one name
    ('The Royal College of Nursing (RCN) Scotland said staff were being "pushed to breaking point" by the drive.\nThe Royal College of Nursing (RCN) said it was "concerned" about pay.',
     'pushed to breaking point', 'Royal College of Nursing Scotland', 'cue_syntax', 'partial'),
    # (and the body itself stays itself, not a "longer" name for it)
    ('The Royal College of Nursing (RCN) Scotland said staff were being "pushed to breaking point" by the drive.\nThe Royal College of Nursing (RCN) said it was "concerned" about pay.',
     'concerned', 'Royal College of Nursing', 'cue_syntax', 'partial'),
]


@pytest.mark.parametrize("text, snippet, speaker, method, kind", CASES)
def test_sieves_find_the_speaker(analyse, text, snippet, speaker, method, kind):
    spans = [s for s in analyse(text) if text[s._.quote.start:s._.quote.end].startswith(snippet)]
    assert spans, f"no quote starting {snippet!r}"
    quote = spans[0]
    assert quote._.speaker == speaker
    if method is not None:
        assert quote._.method == method
    assert quote._.kind == kind


def test_unnamed_source_keeps_its_description_in_the_next_paragraph(analyse):
    text = ("However, one Fianna Fáil backbencher told The Journal there was growing frustration in the party.\n"
            "‘The doorsteps were brutal in the locals,’ the TD said.")
    (reported, quote) = analyse(text)
    assert (quote._.speaker, quote._.speaker_type) == ("", "anonymous")
    assert quote._.speaker_description == reported._.speaker_description == "one Fianna Fáil backbencher"


def test_unnamed_source_records_its_description_and_type(analyse):
    text = "In a post, a senior Labour Party figure said: “I have nearly 100 staff going to the US.”"
    (quote,) = analyse(text)
    assert quote._.speaker == ""
    assert quote._.speaker_type == "anonymous"
    assert quote._.speaker_description == "a senior Labour Party figure"


def test_a_later_definite_mention_of_an_unnamed_source_keeps_its_introduction(analyse):
    text = ("A senior administration official, speaking on condition of anonymity, said negotiations were \"fluid.\"\n"
            "\"Nobody is walking away,\" the official said.")
    quote = next(q for q in analyse(text) if q.text.startswith("Nobody"))
    assert quote._.speaker_type == "anonymous"
    assert quote._.speaker_description == "a senior administration official"


def test_the_same_role_after_an_unnamed_introduction_is_that_source(analyse):
    text = ("One reporter asked whether the Ministry had enough test kits. The Director General, Dr Fetu Leavasa, "
            "replied: “We have enough for the coming three weeks.”\n“And after that?” the reporter asked.")
    quote = next(q for q in analyse(text) if q.text.startswith("And after"))
    assert quote._.speaker_type == "anonymous"
    assert quote._.speaker_description == "one reporter"


def test_a_club_whose_name_ends_as_no_surname_does_is_an_organisation(analyse):
    (quote,) = analyse("Speaking after the vote, Kilcarrig Gaels said it was \"grateful to the councillors\".")
    assert quote._.speaker_type == "organisation"


def test_a_name_after_a_lower_case_role_word_is_a_person_whatever_the_tagger_says(analyse):
    text = "Police spokesperson Resila Onyango said officers had \"exercised restraint.\""
    (quote,) = [q for q in analyse(text) if q._.kind == "partial"]
    assert quote._.speaker == "Resila Onyango"
    assert quote._.speaker_type == "person"


def test_one_and_another_are_unnamed_commenters(analyse):
    text = "Fans flooded social media. One wrote: \"Our girl is back!\" Another posted: \"So proud of you Taylor.\""
    first, second = analyse(text)
    assert (first._.speaker_type, first._.speaker_description) == ("anonymous", "One")
    assert (second._.speaker_type, second._.speaker_description) == ("anonymous", "Another")


def test_every_quote_says_how_its_speaker_was_found(analyse):
    text = "“Nobody will say who wrote this.”\nThe weather was fine."
    (quote,) = analyse(text)
    assert quote._.method in ("unresolved", "scare")
    assert quote._.confidence == 0.0


def test_a_title_in_quote_marks_is_never_a_speaker(analyse):
    text = ("Maren Holt recorded the album in a week.\nThe album's centerpiece, “Coal Smoke Lullaby,” is a six-minute "
            "ballad.\n“There's a take where I hit every note,” she says.")
    speakers = {q._.speaker for q in analyse(text)}
    assert not any("Lullaby" in speaker for speaker in speakers)


def test_a_body_s_spokesperson_is_an_unnamed_source_even_when_parsed_as_the_body(analyse):
    text = ("A Department of Health and Social Care spokesperson said: “Corridor care is unacceptable and we are "
            "determined to end it.”")
    (quote,) = analyse(text)
    assert (quote._.speaker, quote._.speaker_type) == ("", "anonymous")
    assert quote._.speaker_description == "a Department of Health and Social Care spokesperson"


def test_a_returning_unnamed_source_keeps_its_introduction(analyse):
    text = ("A Downing Street spokesperson said the government was determined.\n"
            "The spokesperson added that the new powers were “one part of the picture”.")
    (quote,) = [q for q in analyse(text) if q._.kind == "partial"]
    assert (quote._.speaker, quote._.speaker_type) == ("", "anonymous")
    assert quote._.speaker_description == "a Downing Street spokesperson"


def test_a_nested_quote_repeating_an_earlier_quote_after_he_said_is_its_speakers(analyse):
    text = ("\"I'd call that an upgrade,\" said Mayor Stuart Baird. Councillor Tom Reid voted with him.\nHelen Cross "
            "was unimpressed. \"He stood up and said, 'I'd call that an upgrade,' like we should be grateful,\" she said.")
    outer, inner = sorted((s for s in analyse(text) if s._.quote.start > 60), key=lambda s: s._.quote.depth)
    assert (outer._.speaker, inner._.speaker, inner._.method) == ("Helen Cross", "Stuart Baird", "echo")


@pytest.mark.parametrize("pronoun, is_person", [("who", True), ("which", False)])
def test_who_after_a_name_the_tagger_calls_a_body_makes_it_a_person(pronoun, is_person):
    words = ["Aimee-Leigh", "D’Costa", ",", pronoun, "won", ",", "said"]
    doc = Doc(Vocab(), words=words, heads=[1, 6, 1, 4, 1, 1, 6],
              deps=["compound", "nsubj", "punct", "nsubj", "relcl", "punct", "ROOT"],
              ents=["B-ORG", "I-ORG", "O", "O", "O", "O", "O"])
    assert _described_with_who(doc.ents[0]) is is_person


# the titles newsrooms in the US, Australia, New Zealand, Canada, South Africa, the Philippines, the Gulf, Malaysia and
# Britain put in front of a name
NEWSROOM_TITLES = ["Ald.", "Alderwoman", "Councilmember", "Councilwoman", "Supervisor", "Assemblywoman", "Delegate",
                   "Trustee", "Deputy Mayor", "Acting Commissioner", "Coroner", "Magistrate", "Solicitor General",
                   "MPP", "MHA", "MLC", "MEC", "Premier", "Deputy Premier", "CEO", "Cr", "Coun.", "Atty.", "Engr.", "Adv", "Sheikha", "Datuk", "Msgr",
                   "Fr.", "Snr Const", "Const.", "Acting Sgt", "Det Snr Sgt", "DS", "Pte", "Cdr", "Cmdr.", "Maj.", "Brig.", "L/Cpl", "Cpl."]


@pytest.mark.parametrize("title", NEWSROOM_TITLES)
def test_a_title_before_a_name_is_no_part_of_the_speaker(analyse, title):
    text = (f"{title} Jane Doe spoke at the meeting on Monday.\n“We will fight this,” {title} Doe said.\n“It is not "
            f"over,” she added.\n“We have the votes,” said {title} Doe.")
    assert [q._.speaker for q in analyse(text)] == ["Jane Doe"] * 3


# titles before a name whose first name the name list lacks, which the small model then tags a body
@pytest.mark.parametrize("title", ["Alhaji", "Alhaja", "Otunba", "Barr.", "Comrade", "Tan Sri", "Puan Sri", "Datuk Seri",
                                   "Tun", "Smt.", "Cllr", "Recorder", "Bishop", "Sheriff", "Deputy Governor",
                                   "Detective Sergeant", "Superintendent", "DCI", "ACP"])
def test_a_title_makes_a_person_of_a_name_the_first_name_list_lacks(analyse, title):
    texts = [f"“We will not back down,” said {title} Adebayo Okonkwo.",
             f"{title} Adebayo Okonkwo said: “We will not back down.”",
             f"“We will not back down,” {title} Adebayo Okonkwo told reporters."]
    assert [q._.speaker for text in texts for q in analyse(text)] == ["Adebayo Okonkwo"] * 3


# cue verbs of every register, some of which the small model's lemmatiser cuts wrongly ("texted" -> "texte")
@pytest.mark.parametrize("verb", ["texted", "piped up", "raged", "opined", "weighed in", "chuckled", "reiterated",
                                  "confided", "enthused", "hissed", "clarified", "bragged"])
def test_a_cue_verb_of_any_register_finds_its_speaker(analyse, verb):
    text = f"Mayor Jane Doe spoke on Monday.\n“We will win this,” Doe {verb}.\n“We have the votes,” she {verb}."
    assert [q._.speaker for q in analyse(text)] == ["Jane Doe", "Jane Doe"]


def test_a_constituency_in_brackets_describes_the_speaker_without_them(analyse):
    text = "Hon. Blessing Orode (Isoko North), who seconded the motion, said the buses were “nowhere to be seen”."
    (quote,) = [q for q in analyse(text) if q._.kind == "partial"]
    assert (quote._.speaker, quote._.speaker_description) == ("Blessing Orode", "Isoko North")

#!/usr/bin/env bats
# news-quotes: invented articles (tests/fixtures/news-quotes/*.txt) with the
# expected rows beside them (*.out), then the stream behaviour.

load helper

F=$FIXTURES/news-quotes

# Expected rows but the speaker_type column (6th), which is the tagger's
# call and is checked on its own below.
golden() {
	run --separate-stderr pipe "news-quotes $* < '$F/$CASE.${EXT:-txt}' | cut -f1-5,7-"
	assert_success
	assert_output "$(cut -f1-5,7- "$F/$CASE${SUFFIX:-}.out")"
}

@test "\"A,\" said X, the director. \"B.\" is one quotation, inverted speaker, appositive kept in mention only; \"A,\" X said \"B.\" (no comma) is one too" {
	CASE=split-attribution golden
}

@test "an inverted speaker's mention keeps a role, an age (with the home town after it) or a who-clause appositive, not ', of the town's feud', ', referring to …'; a quotation inside the appositive ('one of the original \"big four\" negotiators', 'who said there were \"…\"') neither takes the attribution nor ends up in the mention; 'Shortly after' is no name; U.S. ends no sentence" {
	CASE=appositive golden
}

@test "a partial quotation without a cue: the sentence's subject after 'But', or a described one" {
	CASE=partial-subject golden
}

@test "present-tense cues (notes, jokes), opined, confessed, surmised, beamed, sang ('As X sang, \"…\"'); a party-state tag (R-Pa.) between name and cue" {
	CASE=present-cues golden
}

@test "he after a quotation is not the person the quotation talks about" {
	CASE=pronoun-inside golden
}

@test "he is not the object of its own cue: 'he told Whitcombe', 'he said of Renard', 'told Channel 9's Tom Baxter'" {
	CASE=pron-cue-object golden
}

@test "a one-word name after a kin or role noun is a person of its gender: 'His wife, Marguerite, …' she said" {
	CASE=pron-kin-name golden
}

@test "a subject after an opening word ('Though Reyes', 'And even Dobbs') and a name ending in III are antecedents" {
	CASE=pron-subject-opener golden
}

@test "a name that modifies a noun ('a Walter Brand supporter', 'the Walter Brand campaign office') is no antecedent" {
	CASE=pron-name-modifier golden
}

@test "a capitalised role noun before a first name is no part of the name ('Comedian Mark Tullis'), which he can refer to" {
	CASE=pron-cap-role golden
}

@test "a first name that begins an organisation's name elsewhere ('Sandy Hollow Elementary School') is a place there, no antecedent for he" {
	CASE=pron-place-name golden
}

@test "'Name, who … the county seat, Merced, said': a name in apposition to the noun ending a relative clause is no speaker" {
	CASE=relative-apposition golden
}

@test "a name after a lower-case role noun ('union spokesman Tjeerd Hoekstra') is a person for he/she, whatever its first name" {
	CASE=pron-role-name golden
}

@test "a name the tagger finds whole as a person is an antecedent for she, whatever its first name" {
	CASE=pron-tagged-name golden
}

@test "a surname shared by two people named once each: the one who was a subject, not one in an aside" {
	CASE=shared-surname-subject golden
}

@test "a capitalised plural opening a sentence is an ordinary word when its singular is written in lower case ('Audiences'); 'police said', 'federal officials said', '…after the protest, police said'" {
	CASE=plural-common golden
}

@test "a quotation without attribution after reported speech in its paragraph takes that speaker" {
	CASE=reported-then-quote golden
}

@test "a later surname and he/she resolve to the full name; told reporters that: indirect" {
	CASE=pronoun golden
}

@test "organisations as speakers (the Kremlin said, NATO said, according to the ministry); a partial quote comes with its reported clause" {
	CASE=org-speakers golden
}

@test "speaker types: PER for people, ORG or LOC for the Kremlin and NATO" {
	run --separate-stderr pipe "news-quotes < '$F/org-speakers.txt' | cut -f5,6"
	assert_success
	assert_line --regexp '^Kremlin	(ORG|LOC)$'
	assert_line --regexp '^NATO	(ORG|LOC)$'
	run --separate-stderr pipe "printf '\"It was a cover-up,\" Harvest Watch reported.\\n' | news-quotes | cut -f5,6"
	assert_line "$(printf 'Harvest Watch\tORG')"
	run --separate-stderr pipe "news-quotes < '$F/pronoun.txt' | cut -f5,6"
	assert_line --index 1 "$(printf 'Ilya Marchenko\tPER')"
}

@test "text that writes one paragraph a line: a quotation on a line of its own is its paragraph's, so it goes to the speaker the line before names (\"Holt dismissed the criticism.\"), not to the last cue's; \"A,\" X said. \"B.\" on one line stays one quotation" {
	CASE=line-pars golden
}

@test "scare quotes (three words or fewer, no cue), a subheading in capitals on its own line, titles after the kind of work (\"her memoir, …\") or before its star or host, labels (\"Related:\") and markup attribute values are left out, partial quotes with a cue or of four words kept" {
	CASE=scare golden
}

@test "mention extents: a name written with a combining accent (n + U+0303) is one word; a described subject ends before its verb ('the ad targets a …', 'the director held a …', 'the Coast Guard lists “…”', 'didn’t'); 'a reporter can be heard asking', 'was quoted as saying'; 'his recent remarks' is a noun, no cue; 'The U.N. panel' is a described speaker; 'Mayor Okafor's first three callers' (a count after the possessive), 'the harbour pilot known as Fitz', 'A union flyer released Tuesday' (a participle and its day), not 'X (D-Ore.), said after the vote …' (a verb of saying is no appositive); 'Okafor and Lind issued …', '"…," Okafor and Lind said': two names joined by 'and' speak together; 'Her harbour plan promises to "…"' ends before its verb; 'former Kestrel County Gov. and harbour board chairman Ed Tully' (a second title after 'and'), and the speaker of 'former Kestrel County Gov. Ann Ruiz' is Ann Ruiz; 'wrote the authors of the "Harbour Renewal Plan,"' keeps its quoted title; 'Lawyers for the ferry line' opening a sentence is a described speaker; 'The mayor's port director' keeps the role after the possessive's noun; 'The union circulated a news article saying': the subject, not the past tense's object; 'Another featured three dock workers telling': 'Another' alone" {
	CASE=mention-extent golden
}

@test "mention extents: a relative clause about the speaking itself ('who said he …', 'who spoke on the condition of anonymity', 'who declined to comment') ends the mention; a surname alone before its cue drops its ', who …,' aside; a first mention keeps its relative clause, an inverted surname too" {
	CASE=mention-relative golden
}

@test "described speakers: 'a spokesman for the shipping company said', 'the bespectacled, 71-year-old engineer', 'a voice-over in the new advertisement says'; an issuer, not the addressee ('sent an email to supporters saying'); a subject ends before 'put' or 'emailed'; an of/for-phrase stays in it; 'the introducer, actress Dana Holm' is Dana Holm; 'Lind's spokeswoman' is the spokeswoman; 'the former top aide to Governor Anna K. Lindqvist' keeps the initial" {
	CASE=described golden
}

@test "credits: '\"…,\" read one' and 'read another'; 'began by saying'; 'told \"Morning Report\"' (or '\"Harbour Hour,\"' with the sentence's comma) is a programme, not a quotation; a quotation credited by the next paragraph '- Marta Kell, at …'; '(Additional reporting by …)' is no attribution" {
	CASE=credits golden
}

@test "after a closing quotation, 'A spokesman later walked back the remarks, saying that …\"…\"' is a new sentence with its own speaker; 'The ferry company's statement'; 'In what … have ever agreed, the dock workers say': the speaker after the comma" {
	CASE=boundaries golden
}

@test "long names: 'Ilse Varga of the Baltic Institute for Energy and Nuclear Studies wrote', 'of the Council on Northern Security'; 'both of the harbour ministers', 'the harbour ministers of both towns'; '\"…,\" the two ministers said in a joint statement.' reports no indirect speech 'in a joint statement'" {
	CASE=long-names golden
}

@test "'The crowd shouted back, \"A,\" and \"B.\"': the partial quotation joined by 'and' shares the attribution before the first, not the cue of the next sentence; 'the audience screamed back'; a count of people opens a subject ('Hundreds of striking dockers marched …, chanting', 'about 200 drivers')" {
	CASE=crowd-chants golden
}

@test "'the council said …, and the mayor said the plan \"…\"': a later clause with its own speaker (and, but) reports the partial quotation" {
	CASE=coordinated golden
}

@test "'X used to back it, but now says Y has \"…\"': the name before the finite verb is reported, the speaker is the subject of the coordinated cue" {
	CASE=reported-subject golden
}

@test "', writing \"…\"' is a cue; the participle's subject is the sentence's, past a quoted name inside it" {
	CASE=writing-participle golden
}

@test "'When X shouted, \"A,\" Y joked, \"B\"': the quotation in the opening clause is X's, apart from Y's" {
	CASE=clause-cue golden
}

@test "'According to some at the rally, X was \"…\"': the source no name opens is the speaker of the sentence's quotation" {
	CASE=according-source golden
}

@test "', Ilse Dahl said, adding, \"…\"': the comment clause's speaker; 'Hours later,' is no speaker; 'the Senate goes on recess' and 'goes on to argue': no cue 'go on', and 'goes' ends the subject; 'Preceded … by X, the sheriff, Olsen …': Olsen" {
	CASE=comment-clause golden
}

@test "sentence-initial ordinary words (Eight, Filling, Aides, Across) are no names; 'Marchetti supporters are calling' is the supporters; a described speaker ends before 'have'; 'said the Republican candidate for …'; 'The Republican candidate …, saying X would': not X; a plural possessive in an appositive" {
	CASE=ordinary-words golden -D
}

@test "a dateline is no speaker; 'X, 22, of Tralee, Co. Kerry, said'; 'X later Thursday told'; ', then parish priest at …' is an appositive; 'X … and later said, \"…\"': X, a military rank stripped; 'a source, who was not authorised to speak, told X': the source; 'X, during a visit to Cork, Ireland, said': X, not the country; a city and state stay in the mention" {
	CASE=asides golden -D
}

@test "an unattributed quotation after a sentence of narration is its subject's; a partial one opening its sentence takes the speaker before; 'Another said'; 'Early in …, X': X; barked; which-clauses and \$2,400 inside an appositive" {
	CASE=narration golden -D
}

@test "passives and owners: 'X's conclusion that … \"badly kept\"' is X's; 'labelled \"…\" by X', 'has been called \"…\" by X', '\"…\" tender – as described by X'; 'X, however, insist'; a subject after the second comma of an opening phrase; 'X was asked by Y whether …', 'was told by Y that …' are Y's" {
	CASE=passive golden -D
}

@test "polls: 'In a … poll, 62 percent of residents said \"…\"', '…, according to a survey released Tuesday', 'The X poll finds that six in 10 voters say' are the poll's" {
	CASE=polls golden -D
}

@test "subjects: 'X himself said'; 'a source close to the board says the operator is spending' (no clause as a speaker); 'X wrote in a letter to the Gazette explaining' is X; 'at a meeting in Cobh, County Cork, X went after'; 'with X calling it'; 'Independent mayoral candidate Dr. X (Ind.)'; 'as a heckler shouted: \"…\"'; ', via email' ends an appositive; 'a few days later, X'; 'the councillor and Labour spokesman'; 'X issued a statement saying'; 'Group Chairman X' is X; 'X denounced Y's remarks as' is X's; 'X, 41, of Cobh, County Cork, said'; 'said a former E.U. official who oversaw …'; a long attribution between two pieces; 'said undecided Labour voter X of Y'; remembered, chiding; 'X issued the following statement:' introduces the next paragraph; 'X, appositive, repeated …, calling' keeps the appositive; 'X attacked Y, with whom …, calling him': X; 'Likewise,' is no name; 'Former EU commissioner for transport X'" {
	CASE=subjects golden -D
}

@test "'wrote a regular who runs the account @X'; an appositive goes through 'islanders’'; 'said Finance ranking Republican X'; 'said X of regional consulting firm Y'; 'said harbour union boss X'; 'said master of ceremonies X'; '\"…,\" X, the economist who wrote the study tweeted' (no closing comma); riffed; 'said one of those skippers, who …'; 'this source told'; 'Halloran's office shrugged off …, telling' is the office; 'says J.R. Okonkwo'; 'As the Gazette's Mira Lund puts it': Mira Lund; 'wrote a Wednesday editorial in …'; 'said a person close to the board' runs to the clause end; an unclosed appositive is no mention; reacted; a described speaker is the person last given that role: 'the senator' after 'Sen. X', 'the Ohio governor' (not the Michigan one), 'the retired captain' after 'X, a retired ferry captain'; 'the Florida senator' after 'Sen. X (R-Fla.)' (a party-state label gives the state); a vice president is no president" {
	CASE=roles golden -D
	run --separate-stderr pipe "news-quotes -D < '$F/roles.txt' | cut -f5,6"
	assert_line "$(printf 'Dario Lenz\tPER')"
}

@test "'… does not surprise engineer X: \"…\"'; 'X revised his statement explaining', 'X released an ad calling': X; a name before an introducing colon speaks ('X: \"…\"', '- X: \"…\"'), 'From X's newsletter:' is X's, 'X makes a case: \"…\"' is X; 'the 61-year-old forecaster', 'read the statement'; a title inside the appositive; 'X said of Dahl's latest request:' is X's; 'Moreover,' opens no name" {
	CASE=colon-names golden -D
}

@test "--all reports scare quotes too" {
	CASE=scare SUFFIX=-all golden --all
}

@test "a quotation over two paragraphs (no closing mark, next opens) is one row" {
	CASE=multipar golden
}

@test "low-high, guillemets, single quotes with apostrophes, nested quotes" {
	CASE=marks golden
}

@test "colon and semicolon introducers, the colon closing the paragraph before; '\"…,\" X said: that …' introduces no quotation, the one before is X's" {
	CASE=colon golden
}

@test "a quoted document is its own speaker" {
	CASE=document golden
}

@test "sentence rows from news-split: par and sent pass through from the starting row" {
	CASE=sentences EXT=tsv golden
}

@test "paragraph rows without par get par and sent columns" {
	run --separate-stderr pipe "printf 'doc\ttext\nx\tIt rained.\nx\t\"We stay,\" said Ana Lima. She left.\n' | news-quotes"
	assert_success
	assert_line --index 0 "$(printf 'doc\tpar\tsent\tquote\tspeaker\tspeaker_type\tmention\tcue\tkind\ttext')"
	assert_line --index 1 "$(printf 'x\t2\t2\t1\tAna Lima\tPER\tAna Lima\tsay\tdirect\t\"We stay,\"')"
}

@test "--no-indirect keeps only quotations in marks" {
	run --separate-stderr news-quotes --no-indirect < "$F/pronoun.txt"
	assert_success
	refute_output --partial indirect
	assert_output --partial "direct"
}

@test "empty input writes the header only" {
	run --separate-stderr news-quotes < /dev/null
	assert_success
	assert_output "$(printf 'doc\tpar\tsent\tquote\tspeaker\tspeaker_type\tmention\tcue\tkind\ttext')"
}

@test "unterminated quote at end of input, binary junk and a huge line do not crash" {
	run --separate-stderr pipe "{ printf '\"Never closed and '; head -c 300000 /dev/zero | tr '\\\\0' x; printf '\\n\\n\\xff\\xfe said Bo.\\n'; } | news-quotes --raw | wc -l"
	assert_success
}

@test "a first document with nothing to report, and one opening with a one-letter word, run clean (make check: no UB)" {
	run --separate-stderr pipe "printf 'doc\\ttext\\n1\\tNo quotation here at all\\n2\\ts the Mr. country, including the harbour board, warned that the sky was falling.\\n' | news-quotes | wc -l"
	assert_success
	assert_output 1
	[ -z "$stderr" ]
}

@test "a usage error exits 2; --help exits 0" {
	run --separate-stderr news-quotes --bogus
	[ "$status" -eq 2 ]
	run --separate-stderr news-quotes a b
	[ "$status" -eq 2 ]
	run --separate-stderr news-quotes --help
	assert_success
	assert_output --partial "Usage: news-quotes"
}

@test "write error exits 1; closed pipe is quiet" {
	run --separate-stderr pipe "news-quotes < '$F/pronoun.txt' > /dev/full"
	[ "$status" -eq 1 ]
	# no pipefail: news-quotes may end by SIGPIPE (status 141) once its
	# output passes the pipe's buffer, which is the quiet end wanted here
	run --separate-stderr bash -c "cat '$F'/*.txt '$F'/*.txt | news-quotes | head -n 1"
	assert_success
	assert_output --partial "quote"
	[ -z "$stderr" ]
}

@test "same input, same bytes" {
	a=$(cat "$F"/*.txt | news-quotes | md5sum)
	b=$(cat "$F"/*.txt | news-quotes | md5sum)
	[ "$a" = "$b" ]
}

@test "news-split | news-quotes gives the same rows as news-quotes on the text" {
	[ -x "$NF_BIN/news-split" ] || skip "news-split not built"
	for f in "$F"/*.txt; do
		a=$(news-quotes < "$f")
		b=$(news-split < "$f" | news-quotes)
		[ "$a" = "$b" ] || { echo "$f differs" >&2; return 1; }
	done
}

@test "\"She said:\" introduces the next quotation, not the one before" {
	run --separate-stderr pipe "printf 'He said: \"Go now.\" She said: \"No way.\" He said: \"Why?\"\n' | news-quotes | cut -f7,10"
	assert_success
	assert_output "$(printf 'mention\ttext\nHe\t"Go now."\nShe\t"No way."\nHe\t"Why?"')"
}

@test "indirect speech: ', X said.', 'As for the tolls, X said they …' (the clause, not the opening phrase), 'According to X,', 'Moscow warned that', 'DESC, X, said CLAUSE', they and it for organisations; 'A, X said, B' reports A and B, not an occasion ('In an interview with …'); a closing ', X said.' beats a cue inside the sentence; ', X told the Courier.'; the content ends before ', but …' (which may report more) and ', who …'; 'A according to X, but …' reports A; 'A, according to X, B' both; the content ends before a cue's participle (', noting that …', ', calling it \"…\"'), and a cue ending an opening 'By the time …,' / 'When …,' clause reports nothing; the content keeps its 'that'; 'said nothing at all' reports nothing, 'said nothing had changed' does" {
	CASE=indirect golden
}

@test "a document naming thousands of speakers stays fast" {
	run --separate-stderr pipe "awk 'BEGIN { printf \"doc\ttext\nx\t\"; for (i = 0; i < 5000; i++) printf \"\\\"Yes,\\\" said John Q%dz. He said it twice. \", i; print \"\" }' | timeout 20 news-quotes | wc -l"
	assert_success
	assert_output 5001
}

@test "a surname that also named an organisation (\"the X of old\") still finds its person for he" {
	CASE=pron-person-word golden
}

@test "a name before a role (\"Ortiz strategist Marta Delgado\") only modifies: she is the person after the role" {
	CASE=pron-role golden
}

@test "a name with an age (\"Zofrana Kweller, 61,\") is a person for she, whatever the first name" {
	CASE=pron-age golden
}

@test "a name run stops at a sentence end (\"on Sea Log. Orlov disagreed\"): the next subject is seen" {
	CASE=pron-sentence-end golden
}

@test "the subject after an opening phrase (\"Growing up near the harbour, Erik Halvorsen watched\") is the next he" {
	CASE=pron-opener golden
}

@test "a name earlier in the pronoun's sentence (\"Asked about … Erik Halvorsen, he said\") does not beat the subject" {
	CASE=pron-asked-about golden
}

@test "a name in apposition to a described subject (\"One farmer, Zofrana Kweller, 61, drove\") is the subject" {
	CASE=pron-appositive-subject golden
}

@test "a long quotation does not push its speaker out of reach of he: recency counts narrative sentences" {
	CASE=pron-long-quote golden
}

@test "he does not take a place that was taken for a speaker (\"People in Santa Cruz said\")" {
	CASE=pron-place golden
}

@test "a person introduced after the last speaker, first name of either gender (\"Angel Moreno came\"), takes the next he" {
	CASE=pron-either-gender golden
}

@test "a cue verb in a clause (\"noting that … Erik Halvorsen had praised\") does not unseat the sentence subject for he" {
	CASE=pron-clause-subject golden
}

@test "a man's first name the gazetteers give to women (Adel) still takes he" {
	run --separate-stderr pipe "printf 'Adel Nefzi spoke first. \"We will win,\" he said.\\n' | news-quotes --no-header | cut -f5,7"
	assert_success
	assert_output "$(printf 'Adel Nefzi\the')"
}

@test "a surname two people share goes to the one the article names most (Greta Lund), not the last named (Erik Lund)" {
	CASE=shared-surname golden -D
}

@test "a naming participle after a comma (', calling it \"…\"') takes its quotation from a cue before it: the subject's, not the complainant's" {
	CASE=naming-participle golden
}

@test "'Moreover, …' and 'A year later, …' open a sentence; the subject after them speaks the partial quotation" {
	CASE=opening-adverbs golden
}

@test "a partial quotation in an opening phrase ('In calling it \"…,\" the union …', 'From X's \"…\" to …, Brask attacked') or an opening 'as'-clause is its subject's; a dateline ('KILBRACK — Sen. X …') is no subject" {
	CASE=opening-phrase golden
}

@test "two partial quotations joined by 'and' share the attribution after the second; 'Nothing the minister said \"…,\" the senator said.': a closing attribution right after the comma beats the cue before, not after an opening 'When …' clause; one closing the sentence after later commas ('no \"…,\" apart from …, said X, the chair, on Friday') takes every partial quotation before it, not a passive's agent ('called the \"…\" by the sailors'); role words may open it (', harbour authority counsel X wrote.')" {
	CASE=shared-attribution golden
}

@test "'when X knocked Y and called him \"…\"' is X's; a speaker after a comma ends the content of a cue before it; 'X, later claiming …, said' keeps no participle aside; 'the levy, which X had called \"…\" and vowed to \"…\"' is X's" {
	CASE=clause-speakers golden
}

@test "a direct quotation after a comma with no cue is the clause subject's, not the previous speaker's: 'X released a statement, \"…\"'" {
	CASE=comma-subject golden
}

@test "a short quotation inside the speaker's aside does not hide the attribution: '\"…,\" X, wearing \"Kasich\" pins, said'" {
	CASE=inner-quote-aside golden
}

@test "'X, R-Utah, said': a party and state label is no speaker; 'Subcommittee Chairwoman Rep. Dana Whitcombe' loses both titles; 'Jr. (D-Ore.)' keeps its label and the appositive after it" {
	CASE=party-label golden
}

@test "a name right after 'the' ('the Jordan Valley Water Compact') is no antecedent for he or she" {
	CASE=the-name golden
}

@test "a headline's own attribution ('Margit Lund Says Harbor Plan …') ends the name at the verb" {
	CASE=headline-says golden
}

@test "'Introduced at the rally by X, the county party chair, Dan Brennan launched …': the participle is no name, the appositive no subject" {
	CASE=opening-participle golden
}

@test "a one-word name before ', who' ('Meanwhile Amarachi, who received …') is a person for he/she" {
	CASE=who-name golden
}

@test "'his colleague wrote', 'their lawyer said': a past-tense cue after a possessive's noun is a verb (not 'his recent remarks')" {
	CASE=owner-noun-verb golden
}

@test "'the campaign manager said' resolved by role speaks on for a later he; 'the senator' is the salient senator, not the one named last" {
	CASE=role-speaks-on golden
}

@test "'Then there's Quist.': a name after there's is what the sentence is about, the antecedent of the next he" {
	CASE=existential golden
}

@test "'his views on Victor Osei's continued popularity': a possessive name before a cue-like word is no subject, the next he stays the speaker" {
	CASE=pron-possessive-cue golden
}

@test "a he naming himself as a modifier ('The Brandt supporters …,' he wrote) may still be Brandt" {
	CASE=pron-self-modifier golden
}

@test "'He said … and noted that Senator Ray Holloway himself has conceded': the name after 'that' is no subject for the next he" {
	CASE=pron-that-clause golden
}

@test "'In the capital, President Lindqvist released …': a titled surname named first as the subject is a person, the next he" {
	CASE=pron-titled-surname golden
}

@test "'X backs \"a,\" opposes \"b\" and recalled …: \"…\"': a second verb after a quotation has the sentence's subject" {
	CASE=second-verb golden
}

@test "a thing as a verb's object ('released a parody timetable mocking \"…\"', 'a 2015 history class called \"…\"') speaks for the sentence's subject, a person ('a supporter calling') for itself; 'Three weeks before the vote,' is a time phrase; 'in Bardwell, Ky.,' is no subject" {
	CASE=object-things golden
}

@test "a name after in, on, at or to before a colon ('quoting X in Irish:', 'later that month on Harbour Radio:') is a language, place or channel, not the one quoted" {
	CASE=colon-where golden
}

@test "a participle right after a clause that when, as, while or where opens has that clause's subject ('…, when X supporters interrupted her, shouting', 'the pier, where about 40 crew members had gathered, chanting'); 'as a ladder to …' is no clause; ', with X telling reporters' ends the content of a cue before it" {
	CASE=clause-participle golden
}

@test "no speaker from an opener: 'Based on', 'Alongside' (prepositions), 'Hastily blaming' (an adverb before a participle), 'Wait, it gets better:' (a word before a comma and a pronoun); after 'and emphasized' what follows is no inverted speaker" {
	CASE=opener-words golden
}

@test "'Band member Kip shared …, writing \"…\"': an ordinary word capitalised only as the sentence's first, before a person noun and a one-word name, is a modifier; the name is the speaker" {
	CASE=role-one-name golden
}

@test "a pull quote credited by the next line with no dash, 'Name, Organisation.', is that name's; a place alone after a quotation is no credit" {
	CASE=credit-line golden
}

@test "an embedded tweet written out as text: a quotation before '— Name (@handle) Date' with no attribution of its own is the tweet author's" {
	CASE=tweet-credit golden
}

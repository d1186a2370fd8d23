"""Verbal events from speech: what a speaker says about another actor.

News codes much criticism and praise without a verb of criticism: "Martin Lee sagte, dies sei
Demokratie nach chinesischem Vorbild" or "„Das ist eine Schande für China“, sagte der Minister".
For every quote found by ``lb_quotes`` whose speaker is an actor, the words of the quote are
weighed with ``evaluations.tsv``: a word of obligation ("müsse", "sollten") makes a DEMAND on
the actors it names, else more negative than positive words make a DISAPPROVE event, more
positive ones a SUPPORT event. Its trigger is the speech cue ("sagte"), its source the
speaker, its target the actors named in the quote (never the speaker). A quote whose sentence
already has a verbal event of that speaker (from a verb such as "kritisierte") adds nothing, and
a quote that names no other actor is an opinion about the world, not an event.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lexicon import Lexicon
from .mentions import Mention

# a quote this evaluative is an event even when it names no other actor (its target then comes
# from the context, as for any verbal act)
STRONG = 2
# one judging word ("sei eine schwerwiegende Verletzung des Abkommens", "existenziell enttäuscht")
# is enough when the quote names no other actor (its target then comes from the context); words
# that only name a bad thing ("Terror", "Katastrophe", "Proteste": ``topical``) need STRONG.
# False: every quote naming no actor needs STRONG
JUDGING_ALONE = True
# a quote as positive as negative leans negative when a negative word judges ("nicht hinnehmbar")
# while the positive ones only name good things ("Respekt", "Vertrauen"); False: no event
JUDGING_BREAKS_TIE = True
VERBAL = ("DISAPPROVE", "SUPPORT", "DEMAND", "REJECT", "THREATEN")
# a quote that says a named actor must or should act is a DEMAND on it ("must" words)
DEMANDS = True
# a quote that denies a charge or knowledge ("er sei unschuldig", "von solchen Absprachen nichts zu
# wissen": ``deny`` in evaluations.tsv) is a REJECT of its speaker, also when it names no one
DENIALS = True
# "Die USA hielten sich an die Anti-Folterkonvention", "Die Steuerbescheide entsprächen den geltenden Gesetzen", "keine
# Gesetze oder Regeln gebrochen zu haben": a quote claiming that its side kept to the law (``comply`` with a ``rule_noun``
# in one clause, no negator; or a ``breach`` participle after "kein…") answers a charge: a REJECT of its speaker, as a
# ``deny`` phrase (3 of 3 such quotes of the development parts coded REJECT). Not in a relative clause ("Firmen, die
# sich an die Gesetze halten"). False: only the ``deny`` phrases
COMPLIANCE_DENIES = True
# "kein" right before a charge word denies the charge ("keine Vorstrafen wegen Gewaltverbrechen",
# ``no_charge`` in evaluations.tsv); False: only the ``deny`` phrases
NEGATED_CHARGE = True
# what is reported, confirmed or quoted carries the reporter's news, not the reporter's stance
# (speech cues starting with a "report" stem of evaluations.tsv)
REPORTS_ARE_NO_STANCE = True
# praise is coded from its own words ("lobte", "begrüßte", "Mitgefühl"); a quote that merely leans
# positive is mostly a report of success or a hope, not support aimed at an actor: a positive quote
# is SUPPORT only after a naming cue ("nannte Shultz einen „wahren Patrioten“"; ``naming`` in
# evaluations.tsv). False: every positive quote is SUPPORT.
NAMED_SUPPORT_ONLY = True
# an obligation is a demand only when laid on someone else: not the speaker's or everyone's own
# ("wir sollten", "muss man") and not a condition ("wenn … sollte"); False: any obligation word
OWN_OBLIGATION = True
# "nach Angaben der Kirche", "laut Polizeiberichten": the quote's cue names a source of
# information (the "nach Angaben von": not a participant), the facts it gives are no stance
INFORMATION_SOURCES = True
# a word that judges well after "nicht"/"kein" judges badly ("Das sei nicht sehr redlich", "keine
# gute Idee", "nicht akzeptabel": ``negated_pos`` in evaluations.tsv); False: such words count as
# they stand (a positive one as praise, the others not at all)
NEGATED_PRAISE = True
# a quote naming no actor needs a judging word (``neg`` but not ``topical``) however many bad
# things it names: "Unfall, Verbrechen und vor allem Terror", "Wir kehren nicht zurück zu
# Unterdrückung und Diktatur" describe the world, they blame no one; False: STRONG topical words
# alone make an event
TOPICAL_ALONE_NO_STANCE = True
# "die Zehnjährige erlag ihren schweren Verletzungen, sagte der Sprecher der Rettung", "Vier Patienten seien ihren
# Verletzungen erlegen, teilte die Ministerin mit" were DISAPPROVE events of the speaker (three uncoded 10kGNAD
# articles): the neg stem "verletz" (a breach: "verletze das Völkerrecht") also names wounds. Its phrases of
# wounds (``injury`` in evaluations.tsv: "schweren Verletzungen", "ihren Verletzungen", "Verletzungen erlegen")
# judge no one, like the ``plain`` words; "Menschenrechtsverletzungen", "Verletzung des Abkommens" still judge.
# False: only the ``plain`` words are left out
INJURY_NOT_BREACH = True
# whom a quote is about may stand outside it, in the cue's clause: "sagte über Janukowitsch: „…“",
# "nannte die Absage des Ministers einen „Vertrauensbruch“": the actor after "über" (any cue) or
# the object between a naming cue and the quote is the target; False: only actors in the quote
ABOUT_TARGET = True
# a quote part that is the question put to the speaker ("Auf die Frage, ob diese Leute Rassisten
# seien, sagte er: …"; ``question`` in evaluations.tsv) holds the interviewer's words, not the
# speaker's: it is not weighed. False: the question's words count as the speaker's
QUESTION_NOT_SPOKEN = True
# a bare country name after "in"/"im" in a quote says where, not whom ("dass ähnliche Verbrechen
# auch in Libyen und im Jemen verübt würden"): no target; False: every actor named is a target
COUNTRY_IN_IS_PLACE = True
# "einer Verschwörungstheorie, laut der das Militär die Bevölkerung manipuliert", "dem Bericht,
# wonach …": a "laut"/"nach"/"zufolge" with a relative pronoun (a relative word followed by an
# article or pronoun: "laut der das", "laut denen") or a cue such as "wonach" (``relative_cue`` in
# evaluations.tsv) reports what a text or theory says, not an actor's stance; False: the words
# after the relative pronoun are taken as the speaker ("der das Militär")
RELATIVE_CUE = True
# "Laut Gericht lag ein Verstoß gegen die Richtlinie vor", "der Kommission zufolge stammt das Geld
# aus der Korruption": a cue that attributes facts to a source (``attribution`` in evaluations.tsv)
# names where the news comes from, not a stance of the source; its negative words make no
# DISAPPROVE, its positive ones no SUPPORT (the Wikinews coders coded 2 of 9 such quotes); an
# obligation laid on an actor ("müssen diese laut Ministerium dafür sorgen") stays a DEMAND.
# False: such quotes are weighed like any other
ATTRIBUTION_NO_STANCE = True
# "Dieser feige Anschlag zeigt, dass Extremisten den Frieden gefährden, erklärte X": lb_quotes takes
# "zeigt" for a cue of its own and gives X's quote only the dass-clause, so "feige" was never weighed
# and no DISAPPROVE came of it. The clause right before the quote that names neither X nor X's cue is
# the quote's own main clause: its judging words are X's too (whom X judges is still read from the
# quote and the context; an obligation or denial only from the quote). False: only the quote counts
MATRIX_OF_QUOTE = True
# "Der Minister forderte mehr Geld für die Schulen. Die Länder müssten endlich handeln.": lb_quotes
# gives a sentence in Konjunktiv after attributed speech to the last speaker, but without a cue, and
# such quotes were skipped, so the demand in running indirect speech was lost (the coders code it as
# a DEMAND of that speaker, one per sentence). A cue-less continuation makes a DEMAND when one of its
# sentences lays a Konjunktiv obligation (``must_running`` in evaluations.tsv: "müsse", "müssten",
# "solle", "sollten") on a named actor of that sentence; not an expectation ("müsse mit einer Strafe
# rechnen": ``must_expect``) and not a passive ("müsse … übergeben werden"), whose subject is acted
# on, not the one who must act. The trigger is the obligation word. False: no event of such quotes
RUNNING_DEMANDS = True
# "Der Verband kritisierte das Gesetz. Es verstoße gegen die Verfassung.", "Besonders bedenklich seien die Pläne zur
# Speicherung": a sentence of running indirect speech (Konjunktiv after a speaker's sentence, no cue of its own) made an
# event only when it laid an obligation (RUNNING_DEMANDS), so a speaker's criticism told on in such sentences was lost
# (the coders code each such sentence as one more DISAPPROVE of the speaker). A cue-less continuation sentence whose
# words judge (``neg`` stems that are not ``topical``, negated praise) and lean negative is a DISAPPROVE of the
# speaker, aimed at the actors it names, else at the target of the speaker's DISAPPROVE right before. The trigger is
# the first judging word. False: such sentences make no DISAPPROVE
RUNNING_CRITICISM = True
# "Außerdem fordert Walser die Entpolitisierung der Schulverwaltung. Parallel dazu müsse es mehr Mittel
# geben.": an obligation in running speech that names no actor (also a passive: "müsse mehr für die
# Sicherheit getan werden") goes on with the demand of the sentence right before, by the same speaker:
# a DEMAND on that demand's target. False: such obligations make no event
RUNNING_DEMAND_GOES_ON = True
# "Die Ministerin forderte Hilfe von der EU. Man habe zu wenig Platz. Nach dem Winter müsse die Lage
# neu bewertet werden.": a speaker's list of demands is often broken by a sentence that gives a reason
# and demands nothing; the obligation after it goes on with the demand all the same (the gnad coders
# code it as one more DEMAND of the speaker). The demand it goes on with may stand this many sentences
# before the obligation's sentence (1: only the sentence right before, as RUNNING_DEMAND_GOES_ON had it)
RUNNING_DEMAND_LOOKBACK = 3
# "Was ihn störe, sei die grüne Hetze gegen Autofahrer. In der Nacht-U-Bahn müsse mehr für die Sicherheit getan
# werden.": a "müsse" (``must_konj1``, the Konjunktiv I of reported speech, no conditional reading) in a cue-less
# sentence of running speech that names no one to act (or a passive) made an event only after a DEMAND of the same
# speaker (RUNNING_DEMAND_GOES_ON); the gnad coders code every such obligation of a speaker as one more DEMAND. With
# this flag it is a DEMAND of the speaker also without a demand before it, aimed at the target of the speaker's
# latest verbal event in the RUNNING_DEMAND_LOOKBACK sentences before, else at no one. Only in a sentence of one
# clause ("Es müsse respektiert werden, wenn …", "Die Frage müsse gestellt werden, welches …" frame another clause;
# dev parts: 3 of 3 such added events wrong) and not when the speaker's own side is named as the one who must act.
# Measured (session 31, helper d1s31): pooled dev type 2611 → 2614 (3 added, 3 right), tuple 1782 → 1785, type F1
# .6671 → .6676; uncoded news 3 added, 2 right in type (a state premier's and a minister's demands; a trade office's
# legal criteria wrong). False: only after a DEMAND
RUNNING_UNNAMED_DEMAND = True
# the speaker of running speech is often an actor with a sector and no country yet ("Der Oppositionsführer":
# OPP), while the demand it goes on with already carries the article's country (DEUOPP): the two are one
# actor when the sector part agrees. False: the codes must be equal
SPEAKER_SECTOR_MATCH = True
# "Die Sozialpartnerschaft müsse sich komplett ändern, deponierte Mitterlehner", "welches der Russischen
# Föderation übergeben werden müsse, nach Meinung Russlands": an obligation in the Konjunktiv I of reported
# speech (``must_konj1`` in evaluations.tsv: "müsse", which has no conditional reading; "solle" also reports
# plans, "Die Firma solle nur noch für Tesla produzieren") that names no actor was no event; the gnad and
# Wikinews coders code it as a DEMAND of the speaker, its addressee left to the context. Only for a quote
# with a cue of its own (running speech keeps RUNNING_DEMAND_GOES_ON); not after a cue of belief ("glaubt,
# dass die Politik sie ernstnehmen müsse": ``belief`` in evaluations.tsv), not an expectation ("müsse mit
# einer Strafe rechnen"), not the speaker's or everyone's own duty ("dass man … müsse"), not after a
# condition. False: such obligations make no event
UNNAMED_DEMAND = True
# "Wobei mehr in die Schulpsychologie investiert werden sollte, sagt Preitler", "Es sollte dort eine Reduktion der
# Arbeitszeit geben, sagte er", "Es muss möglich sein, dass Bundesländer zu Modellregionen werden, sagt Walser":
# UNNAMED_DEMAND took only "müsse", so a speaker's "should" (Konjunktiv II "sollte", which in a quote with a cue
# states what ought to be done) and a quoted indicative "muss" that name no one to act made no event; the gnad
# coders code them as the speaker's DEMAND. These words (``must_unnamed`` in evaluations.tsv) count like "müsse"
# with the same exclusions, and not when the word opens its clause ("Sollte es regnen, …": a condition, or a
# question), nor with a word of a schedule or a year in its clause (``must_plan``: "Das Treffen sollte am Montag
# stattfinden", "2016 sollten fünf Flugzeuge abgezogen werden" are plans), not after a perfect infinitive
# ("abgeschrieben haben muss": a supposition), not in a relative or question clause (``relative``: "Studien, die
# präsentiert werden sollten", "wie viel Geld verlagert werden sollte") and not after a cue that attributes facts
# ("laut X", "nach Einschätzung"). False: only ``must_konj1``
UNNAMED_SHOULD = True
# "Die Grundrechte seien nicht ausreichend geschützt", "Die Rechtssicherheit ist nicht gewährleistet", "bringt die
# Migranten nicht schnell genug zum Festland": a word of sufficiency or assurance after a negator (``negated_enough``
# in evaluations.tsv) finds fault with whoever is in charge, as a negated word of praise does (NEGATED_PRAISE); the
# coders code such quotes as DISAPPROVE (5 of 5 quotes of the development parts, 4 articles). False: such words
# count for nothing
NEGATED_SUFFICIENCY = True
# "Ban klagte, es habe wieder Bombardierungen durch Kräfte der Regierung gegeben", "Die Medien klagten darüber, dass sie
# von den Behörden behindert würden": a quote after a cue of complaint (``complain`` in evaluations.tsv: "klagte") is a
# criticism of the actors it names even when its words judge no one (a complaint tells of a wrong done, in neutral
# words); the quote must name an actor (the farmers' "klagen, dass der Regen die Ernte vernichtet habe" blames no one),
# and an obligation or a denial in it keeps its DEMAND or REJECT. False: such quotes are weighed like any other
COMPLAINT_CUES = True
# "Sollte Lustenau nicht verkaufen, werde die Firma woanders bauen, sagt der Bürgermeister", "Sollten die Richter
# ihn befragen wollen, sei er bereit": a "should" that opens its sentence (``must_condition`` in evaluations.tsv)
# is the verb-first form of a condition ("if"), no obligation; it made DEMANDs on whoever the condition names
# (uncoded 10kGNAD, five articles). After a fronted clause the verb stands right after a comma ("Solange …,
# sollten keine Wahlen stattfinden") and stays an obligation. False: such words oblige like any other
VERB_FIRST_CONDITION = True
# "die illegale Migration sei fast zum Stillstand gekommen, sagte der Minister", "Tausende hielten sich illegal im Land
# auf, begründete der Botschafter", "zeigt, wie professionell der illegale Handel organisiert ist": "illegal" before a
# noun or a verb names a kind of act (migration, trade, entry), it judges no one; these made DISAPPROVE events of their
# speakers (uncoded news: 7 of 8 such quotes wrong, six articles). A word of such a stem (``kind_of_act`` in
# evaluations.tsv) counts as a judgement only in its bare form used as a predicate: after a copula, "als" or "für" in its
# clause, or before a copula ("``predicate``": "die Siedlungen seien illegal", "betrachten den Bau als illegal",
# "dass die Abschiebung illegal sei"). False: every such word judges
KIND_NOT_JUDGED = True
# "Keine Hinweise auf einen Terroranschlag, sagte der Polizeisprecher", "Mein Volk will keine schuldigen Abgeordneten
# sehen", "wollte keine Flüge streichen": NEGATED_CHARGE took a charge word up to three words after "kein…" as denied, so
# these were REJECT events of their speakers (uncoded news: 1 of 5 such REJECTs right; development parts 1 of 3). The
# "kein…" denies a charge only when the charge word is the noun it negates: the next capitalised word after it (only
# lower-case words, adjectives, between: "kein schwerer Verstoß", "kein Rassist"), or a "wegen" phrase right after that
# noun ("keine Vorstrafen wegen Gewaltverbrechen"); not a word of a phrase after another noun ("keine Hinweise auf
# einen Anschlag"), not an adjective of another noun ("keine schuldigen Abgeordneten"), not a ``plain`` word ("Flüge"
# holds "lüge"). False: any charge word up to three words after "kein…"
CHARGE_IS_NEGATED_NOUN = True
# "will die Korruptionsstaatsanwaltschaft keine Angaben machen, erklärte …", "werde die Schulden nicht begleichen können und
# brauche eine Umschuldung", "eine harte Reaktion sei nötig, um Flüchtlinge daran zu hindern, sich selbst zu verletzen":
# a judging stem inside a word that names an office, a financial operation or a harm done to oneself made DISAPPROVE
# events of their speakers (uncoded news: 3 such quotes, all wrong, three articles). The stems inside a
# ``neutral_word`` of evaluations.tsv do not count, like those inside a ``plain`` word. False: they count
NEUTRAL_WORDS = True
# "Das Land müsse immer wieder Menschen vom Nachbarn zurücknehmen", "Die Schüler müssten oft länger lernen als ihre
# Eltern arbeiten", "Die Agentur müsse jedes Jahr Tausende Zelte beschaffen": an obligation word with a word of
# frequency in its clause (``habitual`` in evaluations.tsv: "oft", "immer wieder", "jedes Jahr") tells what someone has
# to do again and again, a fact or a burden, not a demand; these made DEMAND events (uncoded news: 2 of 2 wrong, two
# articles; development parts: 1 of 1 wrong). False: such obligations oblige like any other
HABITUAL_NO_DEMAND = True
# "Der Präsident habe bei seinem Besuch selbst gesagt, dass ein Dialog folgen müsse, betonte der Minister", "Sie sollten
# zu Hause bleiben, hieß es in dem Flugblatt, sagte der Sprecher", "sein Land habe darauf bestanden, dass die Übernahme
# gewährleistet werden müsse": an obligation in a "dass" clause after a word of saying or demanding inside the quote
# (``inner_speech`` in evaluations.tsv), or in a quoted sentence handed to another source (``hearsay``: "hieß es"), is
# what that other one said or demanded; it made DEMAND events of the quote's speaker (uncoded news: 2 of 2 wrong, two
# articles; development parts: 1 of 1 wrong). The inner act has its own event where its verb is one ("bestanden").
# Not when "ich" or "wir" said it ("Wir haben immer gesagt, dass …": the speaker's own words). False: such
# obligations oblige like any other
REPORTED_OBLIGATION = True
# "Das sei weniger besorgniserregend, als es auf den ersten Blick scheine, betonen die Forscher", "Die Stimmung ist
# schlechter als die Lage, sagte der Ökonom", "die Stimmung könne noch schlechter werden, sagt der Experte": a neg word
# after a lessening word (``lessening`` in evaluations.tsv: "weniger") or in a comparative that compares ("schlechter
# als", "noch schlechter": ``comparison``) measures one state against another and judges no one; such quotes made
# DISAPPROVE events of their speakers (uncoded news: 1 of 1 wrong; development parts: 2 of 2 wrong; three articles).
# A bare neg word ("sei schlecht") and a superlative ("der schlechteste Plan") still judge. False: they count
COMPARISON_NOT_JUDGED = True


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _names_information(full: str, cue: dict, lex: Lexicon) -> bool:
    """True for a cue "nach" or "laut" whose next word or the one after it is a source of
    information (``info_end`` in function_words.tsv, also as the end of a compound): "nach Angaben
    der Polizei", "nach israelischen Armeeangaben", "laut Medienberichten"."""
    if full[cue["start"]:cue["end"]].lower() not in ("nach", "laut"):
        return False
    ends = lex.info_ends
    return any(w.lower().strip(".,;:").endswith(ends) for w in full[cue["end"]:cue["end"] + 60].split()[:2])


def _relative_cue(full: str, cue: dict, speaker: dict, lex: Lexicon) -> bool:
    """True for a cue that opens a relative clause about a text rather than naming a speaker:
    ``relative_cue`` words ("wonach"), or "laut"/"nach"/"zufolge" whose speaker phrase starts with
    a relative pronoun followed by an article or pronoun ("laut der das Militär …", "nach denen")."""
    word = full[cue["start"]:cue["end"]].lower()
    if word in lex.evaluations.get("relative_cue", ()):
        return True
    if word not in ("laut", "nach", "zufolge"):
        return False
    sp = full[speaker["start"]:speaker["end"]].lower().split()
    fw = lex.function_words
    if not sp or "relative" not in fw.get(sp[0], ()):
        return False
    if "article" not in fw.get(sp[0], ()):
        return True  # "denen", "welcher": never an article
    return len(sp) > 1 and ("article" in fw.get(sp[1], ()) or sp[1] in lex.evaluations.get("self", ())
                            or sp[1] in ("er", "sie", "es"))


def _opens_sentence_condition(words: list[str], i: int, lex: Lexicon, first_opens: bool = True) -> bool:
    """True when word ``i`` of ``words`` (lower case, punctuation attached or as words of its own) is a
    conditional "should" (``must_condition`` in evaluations.tsv) opening its sentence: the verb-first
    form of a condition, "Sollte es regnen, …" (``VERB_FIRST_CONDITION``). ``first_opens``: whether the
    first word of ``words`` opens a sentence (a quote cut after "Laut Merkel" does not)."""
    if not VERB_FIRST_CONDITION or words[i].strip("\"„“”«»().,;:!?") not in lex.evaluations.get("must_condition", ()):
        return False
    j = i - 1
    while j >= 0 and words[j] in ("", "\"", "„", "“", "”", "«", "»", "("):
        j -= 1  # an opening quotation mark
    return first_opens if j < 0 else words[j].endswith((".", "!", "?", ":"))


def _opens_sentence(full: str, start: int) -> bool:
    """True when offset ``start`` of ``full`` opens a sentence: nothing but quotation marks and spaces
    after the text's start or after a sentence's closing mark."""
    before = full[:start].rstrip(" \n\t\"„“”«»(")
    return not before or before.endswith((".", "!", "?", ":"))


def obliges(text: str, lex: Lexicon, first_opens: bool = True) -> bool:
    """True when ``text`` has a word of obligation (``must`` in ``evaluations.tsv``) laid on
    someone else: not next to a generic or first-person subject ("das muss man sehen", "wir
    sollten") and not in a conditional clause ("wenn sich herausstellen sollte")."""
    must = lex.evaluations.get("must", ())
    if not must:
        return False
    own, cond = lex.evaluations.get("self", ()), lex.evaluations.get("condition", ())
    words = [w.strip("\"„“”«»()") for w in text.lower().split()]
    for i, raw in enumerate(words):
        if raw.strip(".,;:!?") not in must:
            continue
        if OWN_OBLIGATION and any(w.strip(".,;:!?") in own for w in words[max(0, i - 2):i + 3]):
            continue  # the speaker's own or everyone's duty
        if OWN_OBLIGATION and _in_condition(words, i, cond):
            continue
        if _opens_sentence_condition(words, i, lex, first_opens):
            continue  # "Sollte X nicht verkaufen, …": a condition
        if _habitual(words, *_word_clause(words, i), lex):
            continue  # "müssten oft länger arbeiten": what happens again and again
        if _reported_inside(words, i, lex):
            continue  # "habe gesagt, dass … müsse": someone else's words
        return True
    return False


_SENTENCE_END = (".", "!", "?")


def _reported_inside(words: list[str], i: int, lex: Lexicon | None) -> bool:
    """True when the obligation word ``i`` of ``words`` (a quote's words, lower case, punctuation attached
    or as words of its own) is someone else's: its sentence has a "dass" before it right after an
    ``inner_speech`` word not said by "ich"/"wir" ("habe gesagt, dass"), or a ``hearsay`` phrase ("hieß es");
    see REPORTED_OBLIGATION."""
    if lex is None or not REPORTED_OBLIGATION:
        return False
    inner, hearsay = lex.evaluations.get("inner_speech", ()), lex.evaluations.get("hearsay", ())
    s = i
    while s > 0 and not words[s - 1].endswith(_SENTENCE_END):
        s -= 1
    e = i
    while e < len(words) - 1 and not words[e].endswith(_SENTENCE_END):
        e += 1
    plain = [w.strip("\"„“”«»().,;:!?–-") for w in words[s:e + 1]]
    for j in range(i - s - 1, -1, -1):
        if plain[j] != "dass":
            continue
        h = j - 1
        while h >= 0 and plain[h] in ("", "darauf", "davon", "darüber"):
            h -= 1  # "darauf bestanden, dass", the comma as a word of its own
        if h < 0 or plain[h] not in inner:
            continue
        a = h
        while a > 0 and not words[s + a - 1].endswith((",", ";", ":")) and plain[a - 1] != "":
            a -= 1
        if not any(w in ("ich", "wir") for w in plain[a:h]):
            return True
    joined = " " + " ".join(w for w in plain if w) + " "
    return any(" " + c + " " in joined for c in hearsay)


def _word_clause(words: list[str], i: int) -> tuple[int, int]:
    """The indexes [a, b) of the clause of word ``i`` of ``words`` (punctuation attached): from the word
    after the last clause mark before it to the first word ending with one."""
    marks = (",", ";", ":", ".", "!", "?")
    a = i
    while a > 0 and not words[a - 1].endswith(marks):
        a -= 1
    b = i
    while b < len(words) - 1 and not words[b].endswith(marks):
        b += 1
    return a, b + 1


def _habitual(words: list[str], a: int, b: int, lex: Lexicon | None) -> bool:
    """True when the clause ``words[a:b]`` (lower case) holds a word or phrase of frequency (``habitual`` in
    evaluations.tsv: "oft", "immer wieder"), which makes an obligation in it a habit (HABITUAL_NO_DEMAND)."""
    hab = lex.evaluations.get("habitual", ()) if lex is not None and HABITUAL_NO_DEMAND else ()
    if not hab:
        return False
    clause = " " + " ".join(w.strip("\"„“”«»().,;:!?–-") for w in words[a:b]) + " "
    return any(" " + h + " " in clause for h in hab)


def denies(text: str, lex: Lexicon) -> bool:
    """True when ``text`` has a phrase denying a charge or knowledge (``deny`` in
    ``evaluations.tsv``: "sei unschuldig", "nichts zu wissen", "entbehrten jeder Grundlage")."""
    low = " ".join(text.lower().split())
    for word in lex.evaluations.get("deny_not", ()):
        low = low.replace(word, " ")  # "unwahrscheinlich" holds "unwahr" and denies nothing
    if any(phrase in low for phrase in lex.evaluations.get("deny", ())):
        return True
    if COMPLIANCE_DENIES and _claims_compliance(low, lex):
        return True
    if not NEGATED_CHARGE:
        return False
    # a charge word right after "kein": "keine Vorstrafen wegen Gewaltverbrechen", "kein Verstoß
    # gegen das Abkommen" deny the charge
    stems = _charge_stems(lex)
    negs = lex.evaluations.get("no_charge", ())
    if CHARGE_IS_NEGATED_NOUN:
        return _negated_charge_noun(text, stems, negs, lex.evaluations.get("plain", ()))
    words = [w.strip("\"„“”«»(),.;:!?") for w in low.split()]
    # (the negator test first: it is cheap and rarely true, the stem scan runs over hundreds of stems)
    return any(any(v in negs for v in words[max(0, i - 3):i]) and any(st in w for st in stems)
               for i, w in enumerate(words))


def _negated_charge_noun(text: str, stems: list[str], negs: tuple, plains: tuple) -> bool:
    """True when a "kein…" word of ``text`` negates a charge noun (CHARGE_IS_NEGATED_NOUN): the next capitalised word
    after it, past lower-case words only ("kein schwerer Verstoß"), holds a charge stem and is no ``plain`` word, or a
    "wegen" phrase right after that noun does ("keine Vorstrafen wegen Gewaltverbrechen")."""
    words = [w.strip("\"„“”«»(),.;:!?–-") for w in text.split()]

    def charge(word: str) -> bool:
        low = word.lower()
        return any(st in low for st in stems) and not any(p in low for p in plains)

    for i, w in enumerate(words):
        if w.lower() not in negs:
            continue
        k = i + 1
        while k < len(words) and k - i <= 3 and words[k][:1].islower():
            k += 1  # adjectives before the noun ("keine größeren Schäden")
        if k >= len(words) or not words[k][:1].isupper():
            continue
        if charge(words[k]) or (k + 2 < len(words) and words[k + 1] == "wegen"
                                and any(charge(x) for x in words[k + 2:k + 4])):
            return True
    return False


def _claims_compliance(low: str, lex: Lexicon) -> bool:
    """True when a clause of ``low`` (lower case) says rules were kept: a ``comply`` phrase and a ``rule_noun``
    with no negator ("hielten sich an die Konvention"), or a ``breach`` participle with "kein…" and a ``rule_noun``
    ("keine Gesetze gebrochen"); not a clause opened by a relative word ("Firmen, die sich an die Gesetze halten")."""
    ev = lex.evaluations
    comply, breach, rules = ev.get("comply", ()), ev.get("breach", ()), ev.get("rule_noun", ())
    negators, relative = ev.get("negators", ()), ev.get("relative", ())
    keeps = re.compile(r"\b(?:" + "|".join(re.escape(c) + (r"\b" if " " in c else "") for c in comply) + ")") \
        if comply else None
    for n, clause in enumerate(re.split(r"[,;:]", low)):
        words = [w.strip("\"„“”«»().!?") for w in clause.split()]
        if not words or (n and words[0] in relative) or not any(r in clause for r in rules):
            continue  # (a clause after a comma opened by "die", "der" … is a relative clause)
        negated = any(w in negators for w in words)
        if not negated and keeps is not None and keeps.search(clause):
            return True
        if any(w.startswith("kein") for w in words) and any(w in breach for w in words):
            return True
    return False


# id of an evaluations table -> (the table, kept alive so that its id is never reused; its one-word neg stems)
_CHARGE_STEMS: dict[int, tuple] = {}


def _charge_stems(lex: Lexicon) -> list[str]:
    """The ``neg`` stems without a space (the charge words of NEGATED_CHARGE), built once per
    lexicon (denies runs per quote)."""
    key = id(lex.evaluations)
    hit = _CHARGE_STEMS.get(key)
    if hit is None or hit[0] is not lex.evaluations:
        hit = _CHARGE_STEMS[key] = (lex.evaluations, [s for s in lex.evaluations.get("neg", ()) if " " not in s])
    return hit[1]


def _in_condition(words: list[str], i: int, cond: tuple) -> bool:
    """True when a condition word opens the clause of word ``i`` (no clause mark in between)."""
    for j in range(i - 1, -1, -1):
        w = words[j]
        if w.endswith((",", ";", ":", ".", "!", "?")):
            return False
        if w in cond:
            return True
    return False


def polarity(text: str, lex: Lexicon) -> int:
    """Negative minus positive evaluative stems in ``text`` (lower-cased words). Stems inside a
    ``plain`` word of ``evaluations.tsv`` do not count: that word only looks evaluative
    ("Verletzte" are casualties, "Schulden" debts, "unschuldig" the opposite of a charge)."""
    low = _not_compared(_kinds_not_judged(_no_wounds(_plain_text(text), lex), lex), lex)
    turned, turned_pos, turned_neg = _negated_praise(low, lex)
    return (_count(low, lex.evaluations.get("neg", ()), lex) - turned_neg + turned
            - (_count(low, lex.evaluations.get("pos", ()), lex) - turned_pos))


def _negated_praise(low: str, lex: Lexicon) -> tuple[int, int, int]:
    """How many words of praise in ``low`` stand after a negator ("nicht redlich", "keine gute
    Idee", "nicht sehr zielführend"), how many ``pos`` stems those words hold (they no longer count
    as praise), and how many ``neg`` stems stand right after a negator ("kein schlechter Vorschlag":
    they no longer count as blame). A negator reaches over at most one word ("nicht sehr redlich")."""
    if not NEGATED_PRAISE:
        return 0, 0, 0
    ev = lex.evaluations
    starts, exact, negators = ev.get("negated_pos", ()), ev.get("negated_pos_exact", ()), ev.get("negators", ())
    if NEGATED_SUFFICIENCY:
        starts = starts + ev.get("negated_enough", ())  # "nicht ausreichend", "nicht schnell genug"
    pos, neg = ev.get("pos", ()), ev.get("neg", ())
    words = [w.strip(".,;:!?()-–") for w in low.split()]
    n = n_pos = n_neg = 0
    for i, w in enumerate(words):
        if i and words[i - 1] in negators:
            n_neg += sum(w.count(stem) for stem in neg)
        if not (w in exact or (starts and w.startswith(starts))):
            continue
        if any(v in negators for v in words[max(0, i - 2):i]):
            n += 1
            n_pos += sum(w.count(stem) for stem in pos)
    return n, n_pos, n_neg


def judging(text: str, lex: Lexicon, turned: bool = True) -> int:
    """Negative stems in ``text`` that judge (``neg`` but not ``topical`` in ``evaluations.tsv``):
    "ein Verstoß gegen das Abkommen", "existenziell enttäuscht", not "Terror" or "Katastrophe",
    which name a bad thing without judging anyone. ``turned``: words of praise after a negator
    ("nicht hilfreich") count as judging too."""
    low = _not_compared(_kinds_not_judged(_no_wounds(_plain_text(text), lex), lex), lex)
    return _count(low, _judging_stems(lex), lex) + (_negated_praise(low, lex)[0] if turned else 0)


# id of an evaluations table -> (the table, kept alive so that its id is never reused; its judging stems)
_JUDGING_STEMS: dict[int, tuple] = {}


def _judging_stems(lex: Lexicon) -> tuple:
    """The ``neg`` stems that are not ``topical``, built once per lexicon (judging runs per quote)."""
    key = id(lex.evaluations)
    if key not in _JUDGING_STEMS:
        topical = lex.evaluations.get("topical", ())
        _JUDGING_STEMS[key] = (lex.evaluations, tuple(s for s in lex.evaluations.get("neg", ()) if s not in topical))
    return _JUDGING_STEMS[key][1]


def _plain_text(text: str) -> str:
    """``text`` lower-cased without quotation marks, so that a phrase read across a quote mark
    counts ("fehle es „an einem Konzept“" has "fehle es an")."""
    return text.lower().translate(_NO_QUOTES)


_NO_QUOTES = str.maketrans("", "", "„“”\"«»‚‘’")


def _kinds_not_judged(low: str, lex: Lexicon) -> str:
    """``low`` with each word of a ``kind_of_act`` stem that is not a predicate blanked ("die illegale Migration",
    "sich illegal aufhalten", "Illegalität"), so that it judges no one (KIND_NOT_JUDGED); the bare word after a
    ``predicate`` word of its clause ("sei illegal", "als illegal") or right before one ("illegal sei") stays."""
    stems = lex.evaluations.get("kind_of_act", ())
    if not KIND_NOT_JUDGED or not stems or not any(st in low for st in stems):
        return low
    pred = lex.evaluations.get("predicate", ())
    words = low.split()
    for i, raw in enumerate(words):
        word = raw.strip(".,;:!?()-–")
        if not any(st in word for st in stems):
            continue
        if word in stems:
            before = []
            for w in reversed(words[max(0, i - 4):i]):
                if w.endswith((",", ";", ":", ".", "!", "?", "–")):
                    break  # (the clause ends there)
                before.append(w.strip("()"))
            after = [w.strip(".,;:!?()-–") for w in words[i + 1:i + 3]]
            if raw.endswith((",", ";", ":", ".", "!", "?")):
                after = []
            negators = lex.evaluations.get("negators", ())
            if any(w in pred for w in before) or (after and after[0] in pred) \
                    or (len(after) == 2 and after[0] in negators and after[1] in pred):
                continue  # "sei illegal", "als illegal", "illegal sei", "illegal nicht seien": a judgement
        words[i] = "_" * len(raw)
    return " ".join(words)


_COMPARATIVE_ENDINGS = ("er", "ere", "eren", "erem", "erer", "eres")


def _not_compared(low: str, lex: Lexicon) -> str:
    """``low`` with each word holding a ``neg`` stem blanked when a ``lessening`` word stands right before it ("weniger
    besorgniserregend") or when it is the comparative of the stem ("schlechter") with an "als" right after it or a
    ``comparison`` word right before it ("noch schlechter"): it compares states, it judges no one
    (COMPARISON_NOT_JUDGED)."""
    ev = lex.evaluations
    lessening, comparison = ev.get("lessening", ()), ev.get("comparison", ())
    if not COMPARISON_NOT_JUDGED or (" als " not in low and not any(w in low for w in lessening + comparison)):
        return low
    stems = ev.get("neg", ())
    words = low.split()
    for i, raw in enumerate(words):
        word = raw.strip(".,;:!?()-–")
        hits = [st for st in stems if st in word]
        if not hits:
            continue
        prev = words[i - 1].strip(".,;:!?()-–") if i and not words[i - 1].endswith((",", ";", ":", ".", "!", "?")) \
            else ""
        nxt = words[i + 1].strip(".,;:!?()-–") if i + 1 < len(words) and not raw.endswith(
            (",", ";", ":", ".", "!", "?")) else ""
        comparative = any(word[word.find(st) + len(st):] in _COMPARATIVE_ENDINGS for st in hits)
        if prev in lessening or (comparative and (nxt == "als" or prev in comparison)):
            words[i] = "_" * len(raw)
    return " ".join(words)


def _no_wounds(low: str, lex: Lexicon) -> str:
    """``low`` with the "verletz" of each phrase of wounds (``injury`` in evaluations.tsv: "ihren schweren
    Verletzungen erlegen") spelt "wund", so that it judges no one (INJURY_NOT_BREACH); not where a genitive or
    "gegen" phrase follows, which names the rule broken ("schwere Verletzungen des Abkommens")."""
    if INJURY_NOT_BREACH and "verletz" in low:
        for phrase in lex.evaluations.get("injury", ()):
            if phrase in low:
                low = re.sub(re.escape(phrase) + _NOT_BREACH_TAIL, phrase.replace("verletz", "wund"), low)
    return low


# the rest of the word, then no genitive or "gegen" phrase: what is broken ("Verletzungen des Völkerrechts")
_NOT_BREACH_TAIL = r"(?!\w*\s+(?:des|der|eines|einer|gegen|von)\b)"


def _count(low: str, stems: tuple, lex: Lexicon) -> int:
    """How often ``stems`` occur in ``low``, less their occurrences inside ``plain`` words."""
    n = sum(map(low.count, stems))  # (map: no generator frame per stem; this runs over hundreds of stems per quote)
    plains = lex.evaluations.get("plain", ()) + (lex.evaluations.get("neutral_word", ()) if NEUTRAL_WORDS else ())
    for plain, k in zip(plains, map(low.count, plains)):
        if k:
            n -= k * sum(plain.count(stem) for stem in stems)
    return n


def opinion_frames(doc, sents, lex: Lexicon, toks: list | None = None) -> list[dict]:
    """Quote-like records for opinions framed by "nach Ansicht des Generalanwalts", "nach Meinung
    der SPD", "aus Sicht der Gewerkschaft": the frame noun is the cue, the actor after it the
    speaker, the rest of the sentence what is said (the same shape as ``doc._.quotes``).
    ``toks``: the document's tokens if the caller built them already."""
    nouns = lex.function_words
    out = []
    toks = toks if toks is not None else list(doc)
    for sent in sents:
        for i in range(sent.start, sent.end - 2):
            if toks[i].lower_ not in ("nach", "aus") or "opinion_noun" not in nouns.get(toks[i + 1].lower_, ()):
                continue
            j = i + 2
            if j < sent.end and toks[j].lower_ == "von":
                j += 1
            # the holder: articles, capitalised words and adjectives before one ("der Europäischen
            # Union", "des UN-Generalsekretärs"); a verb or preposition ends it (tags may be absent)
            k = j
            while k < sent.end and k - j < 5 and not toks[k].is_punct and (
                    "article" in nouns.get(toks[k].lower_, ()) or toks[k].text[:1].isupper()
                    or (toks[k].lower_.endswith(("e", "en", "er", "es", "em")) and k + 1 < sent.end
                        and toks[k + 1].text[:1].isupper())):
                k += 1
            if k == j:
                continue
            rest = [(toks[sent.start].idx, toks[i].idx), (toks[k].idx if k < sent.end else toks[sent.end - 1].idx,
                                                          toks[sent.end - 1].idx + len(toks[sent.end - 1].text))]
            out.append({"cue": {"start": toks[i + 1].idx, "end": toks[i + 1].idx + len(toks[i + 1].text)},
                        "speaker": {"start": toks[j].idx, "end": toks[k - 1].idx + len(toks[k - 1].text),
                                    "text": doc.text[toks[j].idx:toks[k - 1].idx + len(toks[k - 1].text)]},
                        "quote": [{"start": a, "end": b} for a, b in rest if b > a]})
    return out


def quote_events(doc, mentions: list[Mention], events: list[dict], lex: Lexicon, make_event,
                 extra: list[dict] | None = None) -> list[dict]:
    """Events of the evaluating quotes of ``doc`` (see the module docstring), and of ``extra``
    quote-like records (:func:`opinion_frames`).

    ``make_event(cue_start, cue_end, type_, source, target)`` builds the contract dict (the
    extractor's date, place and evidence rules); ``events`` are the events found so far.
    """
    quotes = list((doc._.quotes or []) if doc.has_extension("quotes") else []) + list(extra or [])
    if not quotes:
        return []
    starts = [doc[m.start].idx for m in mentions]
    full = doc.text  # spaCy joins the tokens on each access: once per document
    out: list[dict] = []
    taken = {(e["trigger"]["start"]) for e in events}
    for q in quotes:
        cue, speaker = q.get("cue") or {}, q.get("speaker") or {}
        if RUNNING_DEMANDS and cue.get("start") is None and speaker.get("start") is not None \
                and q.get("type") == "IndirectFreeIndirect":
            source = _speaker_source(doc, mentions, starts, speaker)
            if source:
                out.extend(_running_demands(doc, mentions, starts, q, source, events + out, taken, lex,
                                            make_event))
                if RUNNING_CRITICISM:
                    out.extend(_running_criticism(doc, mentions, starts, q, source, events + out, taken, lex,
                                                  make_event))
            continue
        if cue.get("start") is None or speaker.get("start") is None or cue["start"] in taken:
            continue
        if REPORTS_ARE_NO_STANCE and full[cue["start"]:cue["end"]].lower().startswith(
                lex.evaluations.get("report", ())):
            continue  # "berichtete die Zeitung", "bestätigte der Sprecher": a report, no stance
        if INFORMATION_SOURCES and _names_information(full, cue, lex):
            continue  # "nach Angaben der Kirche", "nach Kirchenangaben": whose facts, not whose stance
        if RELATIVE_CUE and _relative_cue(full, cue, speaker, lex):
            continue  # a text's or a theory's content, no actor's stance
        parts = q.get("quote") or []
        matrix = _matrix_part(q, parts, full) if MATRIX_OF_QUOTE else []
        if QUESTION_NOT_SPOKEN:
            parts = [p for p in parts if not _plain_text(full[p["start"]:p["end"]]).lstrip().startswith(
                lex.evaluations.get("question", ()) or ("\0",))]
        text = " ".join(full[p["start"]:p["end"]] for p in parts)
        # (the main clause's words judge; an obligation or a denial is read in the quote alone, and
        # the actors named in it stay the targets)
        weighed = " ".join([full[p["start"]:p["end"]] for p in matrix] + [text])
        score = polarity(weighed, lex)
        if score == 0 and JUDGING_BREAKS_TIE and judging(weighed, lex) > 0:
            score = 1  # "… als durch Respekt …, halten wir … für nicht hinnehmbar": the judgement wins
        demand = DEMANDS and obliges(text, lex, first_opens=bool(parts) and _opens_sentence(full, parts[0]["start"]))
        deny = DENIALS and denies(text, lex)
        complaint = COMPLAINT_CUES and not demand and not deny and full[cue["start"]:cue["end"]].lower().startswith(
            lex.evaluations.get("complain", ()) or ("\0",))
        if complaint:
            score = max(score, 1)  # a complaint blames whoever it names, whatever its words
        if score == 0 and not demand and not deny:
            continue
        type_ = "REJECT" if deny else "DEMAND" if demand else "DISAPPROVE" if score > 0 else "SUPPORT"
        if ATTRIBUTION_NO_STANCE and type_ in ("DISAPPROVE", "SUPPORT") and full[cue["start"]:cue["end"]].lower() \
                in lex.evaluations.get("attribution", ()):
            continue  # the source of the facts, not a judge of them
        if type_ == "SUPPORT" and NAMED_SUPPORT_ONLY and not full[cue["start"]:cue["end"]].lower().startswith(
                lex.evaluations.get("naming", ())):
            continue  # "teilte mit, dass sie aus Solidarität …": a report, not praise of an actor
        source = _speaker_source(doc, mentions, starts, speaker)
        if not source:
            continue
        codes = {m.code for m in source}
        # a government speaking of its own state speaks for it, not about it ("Griechenland werde
        # sich nicht erpressen lassen", said the Greek prime minister)
        codes |= {(m.code or "")[:3] for m in source if (m.code or "").endswith("GOV") and len(m.code) == 6}
        target = []
        for p in parts:
            for m in _in_range(mentions, starts, p["start"], p["end"]):
                if COUNTRY_IN_IS_PLACE and (m.actor_id or "").startswith("cty:") and len(m.code or "") == 3 \
                        and m.start > 0 \
                        and doc[m.start - 1].lower_ in ("in", "im"):
                    continue  # where the quote's events happen
                if m.code not in codes and not m.is_place and m.code and m.kind not in ("group",):
                    target.append(m)
                    codes.add(m.code)
        if ABOUT_TARGET:
            for m in _about(doc, mentions, starts, cue, parts, full, lex):
                if m.code not in codes and not m.is_place and m.code and m.kind not in ("group",):
                    target.append(m)
                    codes.add(m.code)
        if not target and not deny and demand and not (
                UNNAMED_DEMAND and _konj1_obligation(text, lex, should=full[cue["start"]:cue["end"]].lower() not in (
                    lex.evaluations.get("attribution", ()) + ("nach",))) and not full[cue["start"]:cue["end"]].lower().startswith(
                    lex.evaluations.get("belief", ()) or ("\0",))):
            continue  # an opinion about the world, not about an actor ("glaubt, dass … müsse": a belief)
        if not target and complaint and judging(weighed, lex) == 0:
            continue  # a complaint that names no one and judges no one: a hardship, not a criticism
        if not target and not deny and not demand and abs(score) < STRONG and not (
                JUDGING_ALONE and score > 0 and judging(weighed, lex) > 0):
            continue  # an opinion about the world, not about an actor
        if not target and TOPICAL_ALONE_NO_STANCE and type_ == "DISAPPROVE" and judging(weighed, lex) == 0:
            continue  # bad things named, no one judged: news, not a stance
        if any(e["type"] in VERBAL and e["evidence"]["start"] <= cue["start"] < e["evidence"]["end"]
               and {a.get("actor_code") for a in e["source"]} & {m.code for m in source} for e in events):
            continue
        if any(e["evidence"]["start"] <= cue["start"] < e["evidence"]["end"] and e["type"] == type_ for e in out):
            continue  # a quote and an opinion frame in one sentence state one stance
        out.append(make_event(cue["start"], cue["end"], type_, source, target[:3]))
        taken.add(cue["start"])
    return out


def _speaker_source(doc, mentions: list[Mention], starts: list[int], speaker: dict) -> list[Mention]:
    """The actor a quote's ``speaker`` span names: the first mention inside it, else the actor the
    document resolved for the span (a coreference or generic agent); empty when it names none."""
    source = _in_range(mentions, starts, speaker["start"], speaker["end"])[:1]
    if source:
        return source
    a = doc.actor_at(speaker["start"], speaker["end"])
    if not a or not (a.get("actor_code") or a.get("country") or a.get("actor_id")):
        return []
    tok = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    return [Mention(tok.start, tok.end, a.get("name") or speaker.get("text"), a.get("actor_code"),
                    a.get("country"), "entity", a.get("actor_id"))]


def _running_demands(doc, mentions: list[Mention], starts: list[int], q: dict, source: list[Mention],
                     events: list[dict], taken: set, lex: Lexicon, make_event) -> list[dict]:
    """DEMAND events of a cue-less continuation quote ``q`` (running indirect speech of ``source``):
    one per sentence of the quote that lays a Konjunktiv obligation on an actor it names (see
    ``RUNNING_DEMANDS``). The trigger is the obligation word, the target the obligation's subject:
    the actors of its clause before it, else the first one after it (never the speaker)."""
    ev = lex.evaluations
    must, expect = ev.get("must_running", ()), ev.get("must_expect", ())
    own, cond = ev.get("self", ()), ev.get("condition", ())
    speaker = _speaker_codes(source)
    out = []
    for p in q.get("quote") or []:
        for lo, hi, sent in _quote_sentences(doc, p):
            toks = [doc[k] for k in range(lo, hi)]
            if any(e["type"] in VERBAL and e["evidence"]["start"] <= toks[0].idx < e["evidence"]["end"]
                   for e in events + out):
                continue  # the sentence states its verbal act already
            k, passive = _running_obligation(toks, must, expect, own, cond, lex,
                                             lo == sent.start or _opens_sentence(doc.text, toks[0].idx))
            if k is None or toks[k].idx in taken:
                continue
            a, b = _clause_bounds(toks, k)
            codes = set(speaker)
            named = []
            for m in _in_range(mentions, starts, toks[a].idx, toks[b - 1].idx + 1):
                if COUNTRY_IN_IS_PLACE and (m.actor_id or "").startswith("cty:") and len(m.code or "") == 3 \
                        and m.start > 0 and doc[m.start - 1].lower_ in ("in", "im"):
                    continue
                if m.code not in codes and not m.is_place and m.code and m.kind not in ("group",):
                    named.append(m)
                    codes.add(m.code)
            # the one who must act is the subject: the actors before the obligation word, else (an
            # inverted clause: "Deshalb müsse die Regierung …") the first one after it; the others
            # are parties of the demanded act ("Russland müsse seine Truppen aus der Ukraine abziehen")
            target = [m for m in named if m.start < toks[k].i] or named[:1]
            if any(toks[j].lower_ in ev.get("expletive", ()) for j in (k - 1, k + 1) if a <= j < b):
                target = []  # "müsse es mehr Lehrer geben": no one is named to act, "Lehrer" is what is wanted
            t = toks[k]
            if not target and RUNNING_DEMAND_GOES_ON:
                before = _verbal_before(doc, sent, events + out, speaker, "DEMAND")
                if before is None and RUNNING_UNNAMED_DEMAND and t.lower_ in ev.get("must_konj1", ()) \
                        and a == 0 and b == len(toks) \
                        and not any(m.code in speaker and not any(doc[j].pos_ == "ADP" for j in range(
                            max(0, m.start - 2), m.start)) for m in _in_range(mentions, starts, toks[a].idx,
                                                                             toks[b - 1].idx + 1)):
                    # (a sentence of one clause: "Es müsse respektiert werden, wenn …", "Die Frage müsse
                    # gestellt werden, welches …" frame a condition or a question, "…, dass keiner im Freien
                    # übernachten müsse" is a subordinate clause; and not the speaker's own side's duty:
                    # "müsse Österreich selbst Grenzen setzen", said the Austrian government, though "mit der
                    # Regierung" after a preposition is a partner, not the one who must act)
                    before = _verbal_before(doc, sent, events + out, speaker, None) or {"target": []}
                if before is not None:
                    ev_ = make_event(t.idx, t.idx + len(t.text), "DEMAND", source, [])
                    ev_["target"] = [dict(x) for x in before["target"]]
                    out.append(ev_)
                    taken.add(t.idx)
                continue
            if not target or passive:
                continue  # an obligation of no one named: an opinion about the world
            out.append(make_event(t.idx, t.idx + len(t.text), "DEMAND", source, target[:3]))
            taken.add(t.idx)
    return out


def _speaker_codes(source: list[Mention]) -> set:
    """The actor codes a running quote's speaker goes by: its own, and a government's country too
    ("VENGOV" speaks as "VEN")."""
    codes = {m.code for m in source}
    return codes | {(m.code or "")[:3] for m in source if (m.code or "").endswith("GOV") and len(m.code) == 6}


def _quote_sentences(doc, p: dict) -> list:
    """The sentences of ``doc`` that quote part ``p`` (a char span) overlaps, each cut to the part:
    a list of (first token index, end token index, sentence)."""
    span = doc.char_span(p["start"], p["end"], alignment_mode="expand")
    if span is None:
        return []
    if doc.has_annotation("SENT_START") and not (
            "sents" in doc.user_hooks or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks):
        # the sentences the part overlaps, in order, from one pass over the sentence starts
        # (``t.sent`` walked back to its sentence's start for every token of the part)
        sents = [s for s in doc.sents if s.start < span.end and span.start < s.end]
    else:
        sents = list({t.sent.start: t.sent for t in span}.values())
    return [(max(s.start, span.start), min(s.end, span.end), s) for s in sents]


def _running_criticism(doc, mentions: list[Mention], starts: list[int], q: dict, source: list[Mention],
                       events: list[dict], taken: set, lex: Lexicon, make_event) -> list[dict]:
    """DISAPPROVE events of a cue-less continuation quote ``q`` (running indirect speech of ``source``):
    one per sentence of the quote whose words judge and lean negative (see ``RUNNING_CRITICISM``), unless
    the sentence states a verbal act already. The target: the actors the sentence names (not the speaker),
    else that of the speaker's DISAPPROVE in the sentences right before."""
    speaker = _speaker_codes(source)
    out = []
    for p in q.get("quote") or []:
        for lo, hi, sent in _quote_sentences(doc, p):
            if hi <= lo:
                continue
            toks = [doc[k] for k in range(lo, hi)]
            text = doc.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
            if any(e["type"] in VERBAL and sent.start_char <= e["evidence"]["start"] < sent.end_char
                   for e in events + out):
                continue  # the sentence states its verbal act already
            if polarity(text, lex) <= 0 or judging(text, lex) == 0:
                continue
            trig = next((t for t in toks if judging(t.text, lex, turned=False)), None)
            if trig is None:
                trig = next((t for t in toks if t.pos_ in ("VERB", "AUX")), toks[0])
            if trig.idx in taken:
                continue
            codes = set(speaker)
            target = []
            for m in _in_range(mentions, starts, toks[0].idx, toks[-1].idx + 1):
                if COUNTRY_IN_IS_PLACE and (m.actor_id or "").startswith("cty:") and len(m.code or "") == 3 \
                        and m.start > 0 and doc[m.start - 1].lower_ in ("in", "im"):
                    continue
                if m.code not in codes and not m.is_place and m.code and m.kind not in ("group",):
                    target.append(m)
                    codes.add(m.code)
            before = _verbal_before(doc, sent, events + out, speaker, "DISAPPROVE")
            if before is None:
                continue  # no criticism of the speaker's goes on here: an opinion about the world
            ev_ = make_event(trig.idx, trig.idx + len(trig.text), "DISAPPROVE", source, target[:3])
            if not target:
                ev_["target"] = [dict(x) for x in before["target"]]
            out.append(ev_)
            taken.add(trig.idx)
    return out


def _verbal_before(doc, sent, events: list[dict], speaker: set, type_: str | None) -> dict | None:
    """The latest ``type_`` event (None: any verbal event) of ``speaker`` (a set of actor codes) in the ``RUNNING_DEMAND_LOOKBACK``
    sentences right before ``sent``, or None."""
    if sent.start == 0:
        return None
    first = sent
    for _ in range(max(1, RUNNING_DEMAND_LOOKBACK)):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    best = None
    for e in events:
        if (e["type"] == type_ if type_ else e["type"] in VERBAL) and first.start_char <= e["evidence"]["start"] < sent.start_char \
                and _codes_with_sectors(e["source"]) & speaker \
                and (best is None or e["evidence"]["start"] > best["evidence"]["start"]):
            best = e
    return best


def _after_condition(words: list[str], i: int, cond: tuple) -> bool:
    """True when the clause before the clause of word ``i`` opens with a condition word ("wenn es
    regne, müsse das Fest abgesagt werden": what follows from a condition, no demand)."""
    j = i - 1
    while j >= 0 and not words[j].endswith((",", ";", ":", ".", "!", "?")):
        j -= 1
    if j < 0 or not words[j].endswith(","):
        return False
    k = j - 1
    while k >= 0 and not words[k].endswith((",", ";", ":", ".", "!", "?")):
        k -= 1
    return k + 1 <= j and words[k + 1].strip("\"„“”«»()") in cond


def _konj1_obligation(text: str, lex: Lexicon, should: bool = True) -> bool:
    """True when ``text`` (a quote) lays an obligation in the Konjunktiv I of reported speech
    (``must_konj1`` in evaluations.tsv: "müsse") on someone else: not the speaker's or everyone's own
    ("müsse man", "dass man … müsse"), not in or after a condition, not an expectation ("müsse mit einer
    Strafe rechnen", the word's clause up to the next comma); see ``UNNAMED_DEMAND``."""
    ev = lex.evaluations
    konj1, own, cond, expect = ev.get("must_konj1", ()), ev.get("self", ()), ev.get("condition", ()), \
        ev.get("must_expect", ())
    # (not after a cue that attributes facts, "laut Jung", "nach Einschätzung der Ermittler": there "sollte"
    # tells a plan or a supposition)
    should = ev.get("must_unnamed", ()) if UNNAMED_SHOULD and should else ()
    words = [w.strip("\"„“”«»()") for w in text.lower().split()]
    for i, raw in enumerate(words):
        word = raw.strip(".,;:!?")
        if word not in konj1 and word not in should:
            continue
        if word in should and (i == 0 or words[i - 1].endswith((",", ";", ":", ".", "!", "?"))):
            continue  # "Sollte es zu keiner Einigung kommen, …": verb-first, a condition or a question
        if word in should and words[i - 1].strip(".,;:!?") in ("haben", "sein"):
            continue  # "abgeschrieben haben muss", "gewesen sein sollte": a supposition about the past
        if any(w.strip(".,;:!?") in own for w in words[max(0, i - 2):i + 3]) or _in_condition(words, i, cond) \
                or _after_condition(words, i, cond):
            continue
        h = i
        while h > 0 and not words[h - 1].endswith((",", ";", ":", ".", "!", "?")):
            h -= 1
        if any(w.strip(".,;:!?") in own for w in words[h:i]):
            continue  # "dass man die Flüchtlingsströme eindämmen müsse": everyone's duty
        j = i
        while j + 1 < len(words) and not words[j].endswith((",", ";", ":", ".")):
            j += 1
        clause = [w.strip(".,;:!?") for w in words[i:j + 1]]
        if any(w in expect for w in clause) or _habitual(words, h, j + 1, lex):
            continue
        if word in should and any(w.strip(".,;:!?") in ev.get("must_plan", ()) or _YEAR.match(w.strip(".,;:!?"))
                                  for w in words[h:j + 1]):
            continue  # "Das Treffen sollte am Montag stattfinden", "2016 sollten …": a schedule, no demand
        if word in should and 0 < h < i and words[h - 1].endswith(",") and words[h] in ev.get("relative", ()):
            continue  # "zwei Studien, die präsentiert werden sollten": what a thing was meant for, no demand
        return True
    return False


def _codes_with_sectors(side: list[dict]) -> set:
    """The actor codes of an event's side, and with ``SPEAKER_SECTOR_MATCH`` also their sector part
    without the country ("DEUOPP" -> "OPP")."""
    codes = {a.get("actor_code") for a in side}
    if SPEAKER_SECTOR_MATCH:
        codes |= {c[3:] for c in codes if c and len(c) > 3}
    return codes


def _running_obligation(toks: list, must: tuple, expect: tuple, own: tuple, cond: tuple,
                        lex: Lexicon | None = None, first_opens: bool = True) -> tuple[int | None, bool]:
    """Index in ``toks`` of a Konjunktiv obligation word laid on someone else in a sentence of
    running indirect speech: not next to a generic or first-person subject, not in a condition and
    not before an expectation verb of its clause ("mit einer Strafe rechnen"), not a "should" opening
    its sentence ("Sollten die Richter …": a condition; ``first_opens``: whether ``toks`` opens one); and
    whether its clause is a passive ("werden"/"worden" in it). (None, False) when there is none."""
    words = [t.lower_ for t in toks]
    for i, w in enumerate(words):
        if w not in must:
            continue
        if any(x in own for x in words[max(0, i - 2):i + 3]) or _in_condition(words, i, cond):
            continue
        if lex is not None and _opens_sentence_condition(words, i, lex, first_opens):
            continue  # "Sollten die Richter ihn befragen wollen, …": a condition
        a, b = _clause_bounds(toks, i)
        clause = words[a:b]
        if any(x in expect for x in clause):
            continue  # an expectation, not a demand
        if _habitual(words, a, b, lex):
            continue  # "müsse immer wieder … zurücknehmen": a habit, not a demand
        if _reported_inside(words, i, lex):
            continue  # "habe gesagt, dass … müsse": someone else's words
        # a passive: the one who must act is not named
        return i, any(x in ("werden", "worden") for x in clause)
    return None, False


def _clause_bounds(toks: list, i: int) -> tuple[int, int]:
    """The indexes [a, b) of the clause of token ``i``: up to the nearest comma, semicolon, colon or
    dash on each side (quotation marks do not end it)."""
    stops = (",", ";", ":", "–", "-")
    a = i
    while a > 0 and toks[a - 1].text not in stops:
        a -= 1
    b = i + 1
    while b < len(toks) and toks[b].text not in stops:
        b += 1
    return a, b


def _matrix_part(q: dict, parts: list[dict], full: str) -> list[dict]:
    """The frame part of quote ``q`` that is the quote's own main clause ("Dieser feige Anschlag
    zeigt," before ", dass …, erklärte X"): it ends right before the first quote part (only a comma
    or spaces between) and holds neither the cue nor the speaker. Empty when there is none."""
    if not parts:
        return []
    first = min(p["start"] for p in parts)
    cue, speaker = q.get("cue") or {}, q.get("speaker") or {}
    for f in q.get("frame") or []:
        if f["end"] > first or full[f["end"]:first].strip(" ,") or f["end"] - f["start"] < 3:
            continue
        if any(x.get("start") is not None and f["start"] <= x["start"] < f["end"] for x in (cue, speaker)):
            continue
        return [{"start": f["start"], "end": f["end"]}]
    return []


def _about(doc, mentions: list[Mention], starts: list[int], cue: dict, parts: list[dict], full: str,
           lex: Lexicon) -> list[Mention]:
    """Actors the cue's own clause says the quote is about: those in a phrase of "über" between the
    cue and the quote that follows it (else the sentence end), and after a naming cue ("nannte",
    ``naming`` in evaluations.tsv) every actor in that stretch ("nannte die Absage des Ministers
    einen „Vertrauensbruch“")."""
    try:
        sent = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")[0].sent
    except (IndexError, TypeError, ValueError):
        return []
    end = min([p["start"] for p in parts if p["start"] >= cue["end"]] + [sent.end_char])
    naming = full[cue["start"]:cue["end"]].lower().startswith(lex.evaluations.get("naming", ()))
    out = []
    for m in _in_range(mentions, starts, cue["end"], end):
        if naming or _after_about(doc, m.start, sent.start):
            out.append(m)
    return out


def _after_about(doc, i: int, first: int) -> bool:
    """True when "über" opens the phrase of token ``i``: at most four words before it with no
    punctuation between ("über Putin", "über die Pläne der deutschen Regierung")."""
    for j in range(i - 1, max(first, i - 5) - 1, -1):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ == "über":
            return True
    return False


def _in_range(mentions: list[Mention], starts: list[int], a: int, b: int) -> list[Mention]:
    return mentions[bisect_left(starts, a):bisect_right(starts, b - 1)]

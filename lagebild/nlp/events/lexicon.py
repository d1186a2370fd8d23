"""The event lexicon: trigger words, cues and fallback actors, loaded from data files.

Every file under ``lagebild/resources/de/events/`` starts with a ``# FORMAT:`` header and has
``# EXAMPLE:`` lines that ``tests/nlp/test_events.py`` runs through the component. Each line
becomes one typed, frozen record; :func:`load_lexicon` builds the lookup tables once per process
and returns an immutable :class:`Lexicon`.

Verbs are listed once by infinitive with their principal parts; the inflected forms German news
uses (present, past, subjunctive, participle, zu-infinitive, and for separable verbs the split
finite form plus its particle) are generated here, so a trigger matches without a lemmatiser.
When ``lb_morph`` provides lemmas they are looked up as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from ...paths import resource

RESOURCE_DIR = "events"
# participles also in their adjective forms ("geforderte", "ausgehandelten"), for the extractor's
# attributive rules to judge
INFLECTED_PARTICIPLES = True
# strong participles in -en inflected too ("festgenommener", "eingesperrten"): the extractor reads
# them as it reads the weak ones ("inhaftierter"); False: only participles in -t are inflected
INFLECTED_STRONG_PARTICIPLES = True

# Verb prefixes that never separate and block the ge- of the participle.
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "über", "unter", "hinter", "wider")

# Form tags: how a matched word form relates to its verb or noun.
INF, FIN, PART, ZUINF, SPLIT, NOUN = "INF", "FIN", "PART", "ZUINF", "SPLIT", "NOUN"


@dataclass(frozen=True)
class TriggerEntry:
    """One trigger: a verb or noun lemma with its PLOVER type, mode and conditions.

    ``type`` is a PLOVER type or ``LIGHT`` for a support verb ("abhalten", "verhängen") that
    carries a nominal trigger's event ("eine Gesprächsrunde abgehalten").
    """

    lemma: str
    pos: str                       # "V", "N" or "A" (predicative adjective)
    type: str
    mode: str | None
    particle: str | None = None    # separable verb particle ("ab" in ab|halten)
    reflexive: bool = False        # needs "sich" / a reflexive pronoun in the clause
    needs_negation: bool = False   # only with a negation, which it consumes ("nicht anerkannt")
    compound: bool = False         # noun also matches as the head of a compound
    genitive_role: str = "source"  # what a genitive / country adjective on the noun is
    objects: tuple[str, ...] = ()  # needs a word starting with one of these in the clause
    objects_also: tuple[str, ...] = ()  # and a word with one of these too ("Randalierer … in Brand")
    joint_type: str | None = None  # type when the actor is several parties or "gemeinsam"
    state_type: str | None = None  # type when states act ("Frankreich protestierte" -> DISAPPROVE)
    swap: bool = False             # the subject is the recipient ("empfing den Gast")
    prep: str | None = None        # needs this preposition in the clause ("sprach mit")
    without: tuple[str, ...] = ()  # only when none of these words is in the clause ("drohen" without "mit")
    carrier: bool = False          # a noun trigger object gives the type ("eine Protestnote schicken")
    verbal_type: str | None = None  # type when a person or civil office acts ("griff X an" -> words)
    alone_type: str | None = None   # LIGHT only: type when no noun trigger is carried ("sicherte zu, dass")
    needs_actor: bool = False       # an event only when a party is named ("mit Hilfe der Suchseite")
    answers: bool = False           # with no target, aimed at the last other party ("erwiderten das Feuer")
    abroad_type: str | None = None  # type when the forces go to another country ("schickte Soldaten nach Osttimor")
    agentless: bool = False         # only in a passive that names no doer ("Ihm wird Mord vorgeworfen")
    failed: bool = False            # names the act's failure: the event is negated ("das Scheitern der Gespräche")
    consents: bool = False          # consents, invites or promises: the talks or aid it takes as object are planned
    object_rest: bool = False       # object words may stand anywhere after it in the sentence
    object_sentence: bool = False   # object words may stand anywhere in the sentence (a passive's subject)
                                    # ("wird vorgeworfen, … vergewaltigt zu haben")
    conflict_only: bool = False     # an event only in a text about political conflict (conflict.tsv):
                                    # saving lives in a flood or a ferry accident is no AID
    text_stems: tuple[str, ...] = ()  # needs these stems at least twice in the whole text: in a
                                      # report about hacking "die Angriffe" are cyber attacks
    no_modifiers: tuple[str, ...] = ()  # as a compound head, no act after these modifiers
                                        # ("Mietvertrag", "Arztbesuch", "Sozialhilfe")
    only_modifiers: tuple[str, ...] = ()  # as a compound head, an act only after these modifiers
                                          # ("Demonstrationsverbot", not "Spekulationsverbot")
    no_hazard: bool = False  # no act with no named doer in a sentence naming a natural hazard (hazards.tsv)
    holder: str | None = None  # the actors after this preposition hold the stance, the subject is
                               # what they take it on ("kommt für die SPÖ nicht in Frage")
    no_dass: bool = False  # no act when a dass-clause follows right after it ("sind sich einig, dass …" shares an opinion)
    prep_act: bool = False  # needs an act noun right after its prep= preposition ("sprach sich für die Aufhebung … aus")
    degree: bool = False  # pos A: only right after "zu" and closing its clause ("Das ist den Grünen zu wenig.")
    judge: bool = False  # obj= is met by any judging word of evaluations.tsv too ("bezeichnete das Urteil als Unrecht")


@dataclass(frozen=True)
class Cue:
    """A negation, modality or attribution cue word."""

    form: str
    kind: str    # negation | hypothetical | future | demanded | embed_demanded | embed_negated |
                 # embed_future | hedge_prefix | speech | hedge_subject
    scope: str   # clause | np | sentence | next


@dataclass(frozen=True)
class ActorEntry:
    """A fallback actor word used when no entity with an actor covers the token."""

    kind: str            # country | adj | prefix | city | sector | person | igo | group | institution | abbreviation
    form: str
    code: str
    country: str | None
    name: str


@dataclass(frozen=True)
class FunctionWord:
    """A grammatical word the role rules look at (prepositions, auxiliaries, pronouns)."""

    form: str
    kind: str    # prep_target | prep_source | prep_agent | prep_place | prep_ignore | prep_dir |
                 # aux_passive | aux_sein | aux_haben | aux_modal | relative | possessive |
                 # coord | filler | dative | reflexive | both
    note: str = ""


@dataclass(frozen=True)
class DefaultRoles:
    """Who does an act and whom it hits when the text names nobody (``defaults.tsv``)."""

    type: str
    source: str | None           # sector code or None
    source_country: bool         # take the country from the place or setting
    target: str | None
    target_country: bool


@dataclass(frozen=True)
class Lexicon:
    """All lookup tables of the event component (read-only)."""

    verb_forms: MappingProxyType          # lower-case form -> ((entry, tag), ...)
    noun_forms: MappingProxyType          # form as written -> ((entry, tag), ...)
    noun_heads: MappingProxyType          # lower-case compound head -> ((entry, tag), ...)
    lemmas: MappingProxyType              # lemma (no "|") -> (entry, ...)
    cues: MappingProxyType                # lower-case form -> (Cue, ...)
    multiword_cues: tuple                 # ((word, word, ...), Cue)
    actors: MappingProxyType              # form -> ActorEntry (country, city, igo, person, ...)
    adjectives: tuple                     # (stem, ActorEntry) for country adjectives
    adjective_forms: MappingProxyType     # lower-case inflected adjective -> ActorEntry
    prefixes: tuple                       # ("US-", ActorEntry) compound prefixes
    function_words: MappingProxyType      # lower-case form -> frozenset of kinds
    contexts: tuple = field(default=())   # (stem, PLOVER context) pairs
    examples: tuple = field(default=())   # (file name, example text)
    agent_heads: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # head -> agent
    info_ends: tuple = field(default=())  # endings of information nouns ("Armeeangaben")
    # kinds of function_words.tsv marked ``lexical`` (content words one rule looks for: "Polizei", "besuchen")
    lexical_kinds: frozenset = field(default=frozenset())
    evaluations: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # neg|pos -> stems
    defaults: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # type -> DefaultRoles
    conflict_stems: tuple = field(default=())  # stems of political conflict (conflict.tsv)
    mission_stems: tuple = field(default=())  # stems of a mission abroad (missions.tsv)
    hazard_stems: tuple = field(default=())  # stems of natural disasters (hazards.tsv)
    # words of the non-political beats, sport, technology and culture (beats.tsv): whole words, word
    # starts ("fußball*"), phrases
    beat_words: frozenset = field(default=frozenset())
    beat_prefixes: tuple = field(default=())
    beat_phrases: tuple = field(default=())
    participle_adjectives: frozenset = field(default=frozenset())  # "geforderte": participles inflected as adjectives
    # abbreviations of a body that name it only as the first part of a role compound ("AK-Präsident"):
    # actors.tsv kind "abbreviation", kept out of ``actors`` ("AK Parti", "Heinrich IV." name no body)
    abbreviations: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    # predicative adjectives of degree (triggers.tsv flag degree: "zu wenig"), kept out of ``verb_forms``: the
    # extractor reads one only right after "zu" at its clause's end, so "auf wenig Gegenliebe" keeps no verb
    degree_forms: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))


def _data_lines(name: str) -> tuple[list[list[str]], list[str]]:
    """Return the tab-separated records and the EXAMPLE lines of one data file."""
    text = resource(f"{RESOURCE_DIR}/{name}").read_text(encoding="utf-8")
    rows, examples = [], []
    for line in text.splitlines():
        if line.startswith("# EXAMPLE:"):
            examples.append(line[len("# EXAMPLE:"):].strip())
            continue
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows, examples


def _weak_parts(stem: str, prefixed: bool) -> tuple[str, str]:
    """Past stem and participle of a weak verb stem ("vereinbar" -> "vereinbarte", "vereinbart")."""
    # e-insertion after t/d and after a consonant + m/n ("arbeitete", "öffnete")
    needs_e = stem.endswith(("t", "d", "chn", "ffn", "tm", "gn")) or (
        len(stem) > 1 and stem[-1] in "mn" and stem[-2] not in "aeiouäöülrhmn")
    t = "et" if needs_e else "t"
    past = stem + ("ete" if needs_e else "te")
    part = stem + t if prefixed or stem.endswith("ier") else "ge" + stem + t
    return past, part


def verb_forms(lemma: str, spec: str) -> list[tuple[str, str]]:
    """Return ``(form, tag)`` pairs for a verb ``lemma`` ("ab|halten") and its principal parts.

    ``spec`` is ``weak`` or ``3sg/past/participle[/subjunctive II]`` of the base verb
    ("hält/hielt/gehalten/hielte"). Tags: INF, FIN, PART, ZUINF, and SPLIT for the finite base
    forms of a separable verb, which match only with their particle later in the clause.
    """
    particle, _, base = lemma.rpartition("|")
    if base.endswith(("eln", "ern")) and not base.endswith("ieren"):
        stem = base[:-1]
    else:
        stem = base[:-2] if base.endswith("en") else base[:-1]
    prefixed = base.startswith(_INSEPARABLE) and len(base) > 5
    if spec == "weak":
        past, part = _weak_parts(stem, prefixed)
        third = stem + ("et" if part.endswith("et") and not past.endswith("ierte") else "t")
        subj2 = past
    else:
        bits = spec.split("/")
        third, past, part = bits[0], bits[1], bits[2]
        subj2 = bits[3] if len(bits) > 3 else past + ("" if past.endswith("e") else "e")
    past_pl = past + ("n" if past.endswith("e") else "en")
    # no second person singular: rare in news, and "äußerst", "meist" are adverbs
    finite = {stem + "e", third, stem + "t", stem + "en", stem + "et", base,
              past, past_pl, past + ("t" if past.endswith("e") else "t"),
              subj2, subj2 + ("n" if subj2.endswith("e") else "en")}
    finite.discard("")
    out: list[tuple[str, str]] = []
    if particle:
        out.append((particle + base, INF))
        out.append((particle + "zu" + base, ZUINF))
        out.append((particle + part, PART))
        out.extend((particle + f, FIN) for f in finite)  # verb-final clauses: "die … abhielten"
        out.extend((f, SPLIT) for f in finite)
    else:
        out.append((base, INF))
        out.append((part, PART))
        out.extend((f, FIN) for f in finite if f != base)
    return out


def noun_forms(lemma: str, extra: str) -> list[str]:
    """Return the forms of a noun: the lemma, its usual endings and the listed extra forms."""
    forms = {lemma}
    if not lemma.endswith(("s", "x", "z", "ß")):
        forms.update({lemma + "s", lemma + "es"})
    if lemma.endswith("e"):
        forms.update({lemma + "n"})
    elif lemma.endswith(("ung", "heit", "keit", "ion", "schaft", "tät")):
        forms.update({lemma + "en"})
    else:
        forms.update({lemma + "e", lemma + "en", lemma + "n"})
    if extra and extra != "-":
        forms.update(f.strip() for f in extra.split(",") if f.strip())
    return sorted(forms)


# triggers.tsv flags: flag -> (TriggerEntry field, value from the text after "=")
_TRIGGER_FLAGS = {
    "refl": ("reflexive", lambda v: True),
    "neg": ("needs_negation", lambda v: True),
    "compound": ("compound", lambda v: True),
    "gen": ("genitive_role", str),
    "obj": ("objects", lambda v: tuple(x.lower() for x in v.split("|"))),
    "obj2": ("objects_also", lambda v: tuple(x.lower() for x in v.split("|"))),
    "joint": ("joint_type", str),
    "state": ("state_type", str),
    "swap": ("swap", lambda v: True),
    "prep": ("prep", str),
    "without": ("without", lambda v: tuple(v.split("|"))),
    "carrier": ("carrier", lambda v: True),
    "verbal": ("verbal_type", str),
    "alone": ("alone_type", str),
    "actor": ("needs_actor", lambda v: True),
    "answer": ("answers", lambda v: True),
    "abroad": ("abroad_type", str),
    "agentless": ("agentless", lambda v: True),
    "objrest": ("object_rest", lambda v: True),
    "objsent": ("object_sentence", lambda v: True),
    "failed": ("failed", lambda v: True),
    "conflict": ("conflict_only", lambda v: True),
    "consent": ("consents", lambda v: True),
    "text": ("text_stems", lambda v: tuple(x.lower() for x in v.split("|"))),
    "nomod": ("no_modifiers", lambda v: tuple(x.lower() for x in v.split("|"))),
    "onlymod": ("only_modifiers", lambda v: tuple(x.lower() for x in v.split("|"))),
    "nohazard": ("no_hazard", lambda v: True),
    "holder": ("holder", str),
    "nodass": ("no_dass", lambda v: True),
    "prepact": ("prep_act", lambda v: True),
    "degree": ("degree", lambda v: True),
    "judge": ("judge", lambda v: True),
}


# what the type column of triggers.tsv may hold: PLOVER's sixteen event types and LIGHT (a support verb)
TRIGGER_TYPES = frozenset({"AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND",
                           "DISAPPROVE", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION", "SUPPORT",
                           "THREATEN", "LIGHT"})


def _parse_trigger(row: list[str]) -> TriggerEntry:
    lemma, pos, type_, mode = row[0], row[1], row[2], row[3]
    # a malformed line (a merge that fused two lines, a typo) must fail loudly, not match nothing
    if type_ not in TRIGGER_TYPES:
        raise ValueError(f"triggers.tsv: unknown type {type_!r} for {lemma}")
    if pos not in ("V", "N", "A"):
        raise ValueError(f"triggers.tsv: unknown part of speech {pos!r} for {lemma}")
    flags = row[5].split(",") if len(row) > 5 and row[5] != "-" else []
    kw: dict = {}
    for flag in flags:
        key, _, value = flag.strip().partition("=")
        if not key:
            continue
        if key not in _TRIGGER_FLAGS:
            raise ValueError(f"triggers.tsv: unknown flag {flag!r} for {lemma}")
        field_name, convert = _TRIGGER_FLAGS[key]
        kw[field_name] = convert(value)
    particle = lemma.split("|")[0] if "|" in lemma else None
    return TriggerEntry(lemma=lemma, pos=pos, type=type_, mode=None if mode == "-" else mode,
                        particle=particle, **kw)


def read_function_words(rows: list[list[str]]) -> tuple[dict[str, set], list[str], frozenset]:
    """Read the lines of function_words.tsv: return each lower-case form's kinds, the endings of
    information nouns (kind ``info_end``: endings, not words) and the kinds marked ``lexical`` in the
    optional third column.

    A kind may span several lines; they must agree on the mark, and a third column other than
    ``lexical`` is refused: a mark lost or mistyped in a merge would otherwise quietly turn
    content words ("Polizei") into grammatical words for every rule that asks.
    """
    fw: dict[str, set] = {}
    info_ends: list[str] = []
    marked: dict[str, bool] = {}
    for row in rows:
        kind, forms = row[0], row[1]
        mark = row[2] if len(row) > 2 else ""
        if mark not in ("", "lexical") or len(row) > 3:
            raise ValueError(f"function_words.tsv: unknown third column {row[2:]!r} for {kind}")
        if marked.setdefault(kind, mark == "lexical") != (mark == "lexical"):
            raise ValueError(f"function_words.tsv: {kind} is marked lexical on some of its lines only")
        if kind == "info_end":  # word endings, not words
            info_ends.extend(f.lower() for f in forms.split(";"))
            continue
        for form in forms.split(";"):
            fw.setdefault(form.lower(), set()).add(kind)
    return fw, info_ends, frozenset(kind for kind, lexical in marked.items() if lexical)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load every events data file once and return the read-only :class:`Lexicon`."""
    verb_forms_: dict[str, list] = {}
    noun_forms_: dict[str, list] = {}
    noun_heads: dict[str, list] = {}
    lemmas: dict[str, list] = {}
    examples: list[tuple[str, str]] = []

    degree_forms: dict[str, list] = {}
    rows, ex = _data_lines("triggers.tsv")
    examples += [("triggers.tsv", e) for e in ex]
    for row in rows:
        entry = _parse_trigger(row)
        spec = row[4] if len(row) > 4 else "-"
        lemmas.setdefault(entry.lemma.replace("|", ""), []).append(entry)
        if entry.pos == "V":
            for form, tag in verb_forms(entry.lemma, spec):
                verb_forms_.setdefault(form.lower(), []).append((entry, tag))
        elif entry.pos == "A" and entry.degree:
            degree_forms.setdefault(entry.lemma.lower(), []).append((entry, FIN))
        elif entry.pos == "A":
            # a predicative adjective ("verhandlungsbereit", "sich einig"): only its uninflected
            # form, which German uses after a copula; the extractor reads it as its clause's verb
            verb_forms_.setdefault(entry.lemma.lower(), []).append((entry, FIN))
        else:
            for form in noun_forms(entry.lemma, spec):
                noun_forms_.setdefault(form, []).append((entry, NOUN))
                if entry.compound:
                    noun_heads.setdefault(form.lower(), []).append((entry, NOUN))

    if INFLECTED_PARTICIPLES:
        # the participle used as an adjective ("die geforderte Freilassung", "der ausgehandelten
        # Einigung"): matched as a participle; the extractor decides whether it names an act
        inflected: dict[str, list] = {}
        for form, hits in verb_forms_.items():
            for entry, tag in hits:
                if tag != PART or not (form.endswith("t") or (INFLECTED_STRONG_PARTICIPLES and form.endswith("en"))):
                    continue
                # (a participle in -en takes the endings after its -en: "festgenommen" + "er")
                for end in ("e", "en", "er", "es", "em"):
                    if form + end not in verb_forms_:
                        inflected.setdefault(form + end, []).append((entry, PART))
        for form, hits in inflected.items():
            verb_forms_[form] = hits
    else:
        inflected = {}

    cues: dict[str, list] = {}
    multi: list = []
    rows, ex = _data_lines("cues.tsv")
    examples += [("cues.tsv", e) for e in ex]
    for form, kind, scope in rows:
        cue = Cue(form=form, kind=kind, scope=scope)
        if " " in form:
            multi.append((tuple(form.lower().split()), cue))
        else:
            cues.setdefault(form.lower(), []).append(cue)

    actors: dict[str, ActorEntry] = {}
    adjectives: list = []
    prefixes: list = []
    abbreviations: dict[str, ActorEntry] = {}
    rows, ex = _data_lines("actors.tsv")
    examples += [("actors.tsv", e) for e in ex]
    for kind, forms, code, country, name in rows:
        for form in forms.split(";"):
            entry = ActorEntry(kind=kind, form=form, code=code,
                               country=None if country == "-" else country, name=name)
            if kind == "adj":
                adjectives.append((form, entry))
            elif kind == "prefix":
                prefixes.append((form, entry))
            elif kind == "abbreviation":
                abbreviations[form] = entry
            else:
                actors.setdefault(form, entry)
                if kind in ("country", "city", "person") and not form.endswith(("s", "x", "z", "ß")):
                    actors.setdefault(form + "s", entry)  # genitive: Russlands, Venezuelas

    # every country's adjectives and demonyms from the actor KB's word list, where the events
    # word list has none: "zwei Iraner" (IRNCVL), "die kenianische Polizei" (KENCOP)
    from ...kb.loader import adjective_forms as kb_adjective_forms
    from ...kb.loader import load_countries
    kb_adjectives: dict[str, ActorEntry] = {}
    for c in load_countries():
        name = c.names[0] if c.names else c.iso3
        for stem in c.adjectives:
            for form in kb_adjective_forms(stem):
                kb_adjectives.setdefault(form.lower(), ActorEntry("adj", stem, c.iso3, c.iso3, name))
        for dem in c.demonyms:
            actors.setdefault(dem, ActorEntry("group", dem, c.iso3 + "CVL", c.iso3, dem))

    # generic agents (agents.tsv): sector nouns as written, and compound heads ("Grenzpolizisten")
    agent_heads: dict[str, ActorEntry] = {}
    rows, ex = _data_lines("agents.tsv")
    examples += [("agents.tsv", e) for e in ex]
    for sector, forms, heads, name in rows:
        for form in forms.split(";"):
            actors.setdefault(form, ActorEntry(kind="sector", form=form, code=sector, country=None, name=name))
        for head in heads.split(";") if heads != "-" else ():
            agent_heads.setdefault(head, ActorEntry(kind="sector", form=head, code=sector, country=None,
                                                    name=name))

    rows, ex = _data_lines("function_words.tsv")
    examples += [("function_words.tsv", e) for e in ex]
    fw, info_ends, lexical_kinds = read_function_words(rows)

    rows, ex = _data_lines("evaluations.tsv")
    examples += [("evaluations.tsv", e) for e in ex]
    evaluations = {polarity: tuple(s.strip() for s in stems.split(";") if s.strip()) for polarity, stems in rows}

    rows, ex = _data_lines("defaults.tsv")
    examples += [("defaults.tsv", e) for e in ex]
    defaults = {t: DefaultRoles(t, None if src == "-" else src, sc == "context", None if tgt == "-" else tgt,
                                tc == "context") for t, src, sc, tgt, tc in rows}

    rows, ex = _data_lines("contexts.tsv")
    examples += [("contexts.tsv", e) for e in ex]
    contexts = tuple((stem.lower(), ctx) for stem, ctx in rows)

    rows, ex = _data_lines("conflict.tsv")
    examples += [("conflict.tsv", e) for e in ex]
    conflict_stems = tuple(row[0].lower() for row in rows)
    rows, ex = _data_lines("missions.tsv")
    examples += [("missions.tsv", e) for e in ex]
    mission_stems = tuple(row[0].lower() for row in rows)
    rows, ex = _data_lines("hazards.tsv")
    examples += [("hazards.tsv", e) for e in ex]
    hazard_stems = tuple(row[0].lower() for row in rows)
    rows, ex = _data_lines("beats.tsv")
    examples += [("beats.tsv", e) for e in ex]
    beat = [row[1].lower() for row in rows]
    beat_phrases = tuple(w for w in beat if " " in w)
    beat_prefixes = tuple(w[:-1] for w in beat if w.endswith("*") and " " not in w)
    beat_words = frozenset(w for w in beat if not w.endswith("*") and " " not in w)

    freeze = lambda d: MappingProxyType({k: tuple(v) for k, v in d.items()})  # noqa: E731
    return Lexicon(
        verb_forms=freeze(verb_forms_), noun_forms=freeze(noun_forms_), degree_forms=freeze(degree_forms),
        noun_heads=freeze(noun_heads), lemmas=freeze(lemmas), cues=freeze(cues),
        multiword_cues=tuple(multi), actors=MappingProxyType(actors),
        adjectives=tuple(sorted(adjectives, key=lambda a: -len(a[0]))),
        adjective_forms=MappingProxyType({**kb_adjectives, **{stem.lower() + end: entry for stem, entry in adjectives
                                                              for end in ("", "e", "en", "er", "es", "em")}}),
        prefixes=tuple(prefixes),
        function_words=MappingProxyType({k: frozenset(v) for k, v in fw.items()}),
        lexical_kinds=lexical_kinds,
        contexts=contexts,
        examples=tuple(examples),
        agent_heads=MappingProxyType(agent_heads),
        info_ends=tuple(info_ends),
        evaluations=MappingProxyType(evaluations),
        defaults=MappingProxyType(defaults),
        conflict_stems=conflict_stems,
        mission_stems=mission_stems,
        hazard_stems=hazard_stems,
        beat_words=beat_words, beat_prefixes=beat_prefixes, beat_phrases=beat_phrases,
        participle_adjectives=frozenset(inflected),
        abbreviations=MappingProxyType(abbreviations),
    )

"""Statements read from sentence structure: who said what, quoted or reported.

Two passes over the dependency parse (:mod:`libya_events.syntax`):

* **Reported speech.** A token whose lemma is in the speech-verb table
  (``data/speech_verbs.tsv``) is a speech verb; its speaker is its subject (climbing
  from a participle, conjunct or "quoted as saying" to the clause that has one; the
  antecedent of "who"; the agent of a passive), one statement per conjoined speaker; its
  content is the argument the table names (clausal complement, object, to-infinitive or
  prepositional object), bounded by the parse: non-restrictive clauses and appositions
  after a comma and conjoined speech verbs are cut off. "According to X" makes X the
  speaker of the rest of its clause.
* **Quotations.** Words in straight, curly or single quotes belong to the speech verb of
  their own sentence, else continue the quotation just before (same or previous
  paragraph), else take the speaker of the paragraph's attribution; never a later
  paragraph's. A quote split around its speaker is one statement.

Every span slices the input text; the module never imports spaCy.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from libya_events.dates import TimeExpression
from libya_events.extraction._coref import DESCRIPTIONS, PRONOUNS, SINGULAR_BODY_HEADS, Coreference
from libya_events.extraction._events import StatementDraft
from libya_events.extraction._interview import Transcript
from libya_events.extraction._kb import normalize_alias
from libya_events.extraction._kin import kin_named_before, kin_phrase_hit
from libya_events.extraction._lexicon import CHANNELS, TITLE_WORDS, Channel
from libya_events.extraction._media import MEDIUM_HEADS
from libya_events.extraction._mentions import BODY_KINDS, Hit, publishers_staff
from libya_events.extraction._offices import office_holder_hit
from libya_events.gazetteer import NATIONALITY_WORDS
from libya_events.model import ActorKind, EventDate, Span
from libya_events.syntax import ParsedSentence, Token
from libya_events.text import Sentence, find_preamble

__all__ = [
    "SPEECH_CUE",
    "SpeechVerb",
    "find_statements",
    "heading_spans",
    "inside_spans",
    "speech_nouns",
    "speech_verbs",
]

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSAL = frozenset({"ccomp"})
OBJECTS = frozenset({"dobj"})
OPEN_COMPLEMENTS = frozenset({"xcomp"})
CLIMB = frozenset({"conj", "advcl", "xcomp", "pcomp", "acl", "prep", "dobj", "pobj"})
"""Relations a subjectless speech verb climbs through to find its speaker ("..., saying",
"and added", "quoted as saying", "issued a statement welcoming")."""
NON_RESTRICTIVE = frozenset({"relcl"})
"""Dependents cut from reported content when a comma opens them ("Sirte, which is ..."), but for
a reported clause's closing relative that tells past events (:func:`_narrative_relative`)."""
NARRATIVE_TAGS = frozenset({"VBD"})
"""Tags of a finite past verb or auxiliary ("which the LNA had held", "where they were cornered")."""
TAILS = frozenset({"advcl", "acl", "xcomp", "conj"})
"""Relations of an "-ing" tail (", dealing a blow to ..."): cut from the end of the content."""
EDGE_TRIM = frozenset({"punct", "cc", "mark", "prep"})
WHEN = frozenset({"DATE", "TIME"})
"""Entity labels of a time expression that opens the content ("said Monday its forces ...")."""
OBJECT_PREPS = frozenset({"of", "for", "over"})
"""Prepositions that complete an object's content ("accused X of ...", "thanked X for ...")."""
RELATIVES = frozenset({"who", "which", "that", "whose"})
CHANNEL_WORDS = frozenset(
    {"phone", "telephone", "video", "email", "letter", "statement", "radio", "satellite"}
)
"""Objects of "by" that say how something was said, not who said it."""
PLACE_LABELS = frozenset({"GPE", "LOC", "DATE"})
"""Entity labels of a second "subject" the parser made of a dateline ("Geneva, 23 October -")."""
REFUSALS = frozenset({"decline", "refuse", "fail"})
"""Heads under which a speech verb reports nothing ("declined to say")."""


_RELEASE = re.compile(r"\b(?:PRESS\s+RELEASE|Press\s+release|STATEMENT|Statement\s+by|COMMUNIQU[EÉ])\b")


class SpeechVerb(NamedTuple):
    """A row of the speech-verb table."""

    lemma: str
    # where the content is, in order: ccomp, dobj, dobj:that, dobj:to, dobj:of, xcomp,
    # prep:<word>, acl:that (a noun's own "that" clause)
    args: tuple[str, ...]
    channel: str | None


_ARGS = re.compile(r"ccomp|dobj|dobj:that|dobj:to|dobj:of|xcomp|prep:[a-z]+|acl:that")
NOUN_ARGS = re.compile(r"prep:[a-z]+|acl:that")
"""The arguments a speech noun may name: a preposition's object ("call for calm") or its own
"that" clause ("his demand that the council leave")."""


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, SpeechVerb]:
    """The packaged speech-verb table, keyed by lemma (``data/speech_verbs.tsv``)."""
    raw = resources.files("libya_events.extraction").joinpath("data", "speech_verbs.tsv").read_text("utf-8")
    return parse_table(raw)


@lru_cache(maxsize=1)
def speech_nouns() -> dict[str, SpeechVerb]:
    """The packaged speech-noun table ("the announcement by X of Y"), keyed by lemma
    (``data/speech_nouns.tsv``; only ``prep:`` and ``acl:that`` arguments)."""
    raw = resources.files("libya_events.extraction").joinpath("data", "speech_nouns.tsv").read_text("utf-8")
    return parse_noun_table(raw)


def parse_noun_table(raw: str) -> dict[str, SpeechVerb]:
    """The speech-noun table's rows, whose arguments may only be ``NOUN_ARGS``."""
    table = parse_table(raw, "speech_nouns.tsv")
    for row in table.values():
        if not all(NOUN_ARGS.fullmatch(a) for a in row.args):
            raise ValueError(f"speech_nouns.tsv: {row.lemma!r} may only name prepositions or acl:that")
    return table


def parse_table(raw: str, name: str = "speech_verbs.tsv") -> dict[str, SpeechVerb]:
    """Rows ``lemma<TAB>args<TAB>channel``; ``#`` comments and the header are skipped."""
    table: dict[str, SpeechVerb] = {}
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "lemma\t")):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or not cells[0].isalpha() or cells[0] != cells[0].lower():
            raise ValueError(f"{name} line {number}: expected 'lemma<TAB>args<TAB>channel'")
        args = tuple(cells[1].split())
        if not args or not all(_ARGS.fullmatch(a) for a in args):
            raise ValueError(f"{name} line {number}: bad args {cells[1]!r}")
        if cells[0] in table:
            raise ValueError(f"{name} line {number}: {cells[0]!r} listed twice")
        table[cells[0]] = SpeechVerb(cells[0], args, None if cells[2] == "-" else cells[2])
    return table


IRREGULAR = (
    "said", "told", "wrote", "written", "swore", "sworn", "thought", "spoke", "spoken", "speaks?",
    "speaking", "talk(?:s|ed|ing)?", "according", "statements?", "quot(?:e|es|ed|ing)",
)  # fmt: skip
"""Forms the inflections of a lemma do not give, and words of attribution that are no verb."""


def _forms(lemma: str) -> str:
    """A pattern for the inflected forms of a regular verb ("note": note, notes, noted,
    noting; "deny": denies, denied; "admit": admitted)."""
    if lemma.endswith("e"):
        return lemma[:-1] + "(?:e|es|ed|ing)"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "(?:y|ies|ied|ying)"
    return lemma + "(?:s|es|ed|ing|[a-z](?:ed|ing))?"


def _cue(lemmas: Iterable[str]) -> re.Pattern[str]:
    words = "|".join([*sorted(map(_forms, lemmas), key=lambda w: (-len(w), w)), *IRREGULAR])
    quotes = "[\"\u201c\u201d\u2018]|(?<![A-Za-z])['\u2019]|['\u2019](?![A-Za-z])"
    return re.compile(rf"\b(?:{words})\b|{quotes}", re.IGNORECASE)


SPEECH_CUE = _cue([*speech_verbs(), *speech_nouns()])
"""Cheap test of whether a sentence may hold a statement (for choosing what to parse): a
form of a speech verb of the table, a word of attribution, or a quotation mark."""


# --------------------------------------------------------------------------- context


class _Context:
    """One article's indexes: actor mentions by offset, quotes, paragraphs, coreference."""

    def __init__(
        self,
        text: str,
        folded: str,
        sents: Sequence[Sentence],
        parsed: Sequence[ParsedSentence],
        hits: Sequence[Hit],
        entries: Sequence[int],
    ) -> None:
        self.text, self.folded = text, folded
        self.actors = sorted((h for h in hits if h.is_actor), key=lambda h: (h.start, -h.end))
        self.starts = [h.start for h in self.actors]
        self.place_spans = sorted((h.start, h.end) for h in hits if h.place is not None and not h.is_actor)
        self.coref = Coreference(hits, entries, asides=folded)
        self.parsed = sorted(parsed, key=lambda s: s.start)
        self.parsed_starts = [s.start for s in self.parsed]
        self.sents = list(sents)
        self.sent_starts = [s.start for s in self.sents]
        self.sent_paragraphs = [s.paragraph for s in self.sents]  # in text order: never decreasing
        self.quotes = find_quotes(folded)
        self.quote_starts = [a for a, _ in self.quotes]
        self.headings = _headings(text)  # asked by quotes and by the final filter
        self.heading_starts = [a for a, _ in self.headings]
        self.verbs = speech_verbs()
        self.entries = entries
        self.singular: set[str] = set()  # keys of unnamed single sources ("a witness")
        self.speech: dict[int, list[tuple[Token, SpeechVerb]]] = {}
        self.speakers: dict[int, list[Hit]] = {}
        self.subjects: dict[tuple[int, int], list[Token]] = {}
        self.holding: dict[tuple[int, int], Hit | None] = {}
        self.according: dict[int, list[tuple[Token, Token]]] = {}
        self.appos_names: dict[tuple[int, int], Token | None] = {}
        self.topics: list[Hit] = []
        self.topic_starts: list[int] = []
        self.groups: list[_Group] = []  # named people joined by "and" in a main clause, in text order
        self.countries: dict[str, list[Hit]] | None = None  # country actors by name stem
        self.movers: list[tuple[int, Hit]] = []  # (trigger start, person) of each move told
        self.proposed: dict[tuple[int, int], Hit] = {}
        self.proposed = _propose_speakers(self)
        if self.proposed:
            self.coref = Coreference([*hits, *self.proposed.values()], entries, asides=folded)
        _collect_topics(self)

    def topic_floor(self, pos: int) -> int:
        """How far back a pronoun at ``pos`` looks for a topic: to the start of the previous
        paragraph, at most ``TOPIC_REACH`` characters."""
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        if k < 0:
            return 0
        # the first sentence of the previous paragraph (by bisection: a walk back per pronoun
        # grew with the square of a long paragraph)
        first = bisect.bisect_left(self.sent_paragraphs, self.sents[k].paragraph - 1, 0, k)
        return max(self.sent_starts[first], pos - TOPIC_REACH)

    def actors_in(self, start: int, end: int) -> list[Hit]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [h for h in self.actors[lo:hi] if h.end <= end]

    def paragraph(self, pos: int) -> int:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sents[k].paragraph if k >= 0 else -1

    def sentence_at(self, pos: int) -> ParsedSentence | None:
        k = bisect.bisect_right(self.parsed_starts, pos) - 1
        if k >= 0 and self.parsed[k].start <= pos < self.parsed[k].end:
            return self.parsed[k]
        return None

    def in_quote(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, start) - 1
        return k >= 0 and end <= self.quotes[k][1]

    def quotes_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Quotes that overlap ``[lo, hi)`` (quotes never overlap each other)."""
        first = max(0, bisect.bisect_left(self.quote_starts, lo) - 1)
        last = bisect.bisect_left(self.quote_starts, hi)
        return [q for q in self.quotes[first:last] if q[1] > lo]


# --------------------------------------------------------------------------- quotes

_DOUBLE = re.compile(r'"([^"\n]{1,1200}?)"|"([^"\n]{20,1200})$', re.MULTILINE)
_SINGLE = re.compile(
    r"(?<![\w'])'(?=[A-Za-z0-9])"
    r"((?:[^'\n]|(?<=\w)'(?=\w)|(?<=\s)'[^'\n]{1,60}?[\w.!?]'(?=[\s,.;:!?])){1,600}?[\w.,!?])'(?!\w)"
)
"""Single quotes; inside them an apostrophe ("Libya's") or a short quote of their own
('mosques called for 'jihad' today')."""


def find_quotes(folded: str) -> list[tuple[int, int]]:
    """Spans of quoted words (without the marks): double quotes, then single quotes
    outside them ("'a crime'", not the apostrophe of "Libya's"); an unclosed quote runs to
    the end of its line (a quotation continued in the next paragraph)."""
    spans: list[tuple[int, int]] = []
    for m in _DOUBLE.finditer(folded):
        group = 1 if m.group(1) is not None else 2
        spans.append((m.start(group), m.end(group)))
    for m in _SINGLE.finditer(folded):
        if not any(a - 1 <= m.start() < b + 1 for a, b in spans):
            spans.append((m.start(1), m.end(1)))
    return sorted(spans)


# --------------------------------------------------------------------------- speakers


def _chain(sent: ParsedSentence, tok: Token) -> list[Token]:
    """``tok`` and the tokens conjoined to it ("A and B said": both speak), also where the
    parser hung the next conjunct on the first one's apposition ("the council's head, A, and
    the prime minister, B, said": "the prime minister" a conjunct of "A")."""
    tok = _owned_by_name(sent, tok)
    out = [tok]
    for c in sent.children(tok, "conj"):
        out.extend(_chain(sent, c))
    for appos in sent.children(tok, "appos"):
        for c in sent.children(appos, "conj"):
            if _apposed_conjunct(sent, appos, c):
                out.extend(_chain(sent, c))
    return out


SINGULAR_POSSESSIVES = frozenset({"'s", "\u2019s"})
"""A singular owner's possessive ending: a plural's bare apostrophe mostly stays inside a name
("the Ministry of Displaced Persons' Affairs")."""


def _owned_by_name(sent: ParsedSentence, tok: Token) -> Token:
    """The body a long name's possessive owns, where the parser read the name's head as the
    phrase's head ("The Government of National Accord's Ministry of Interior said": "Ministry",
    not "Government"): a capitalised name, "of", a capitalised owner with no determiner and its
    "'s", and a capitalised noun it owns; ``tok`` itself otherwise ("the head of the GNA's army"
    keeps "head"; "the Ministry of Displaced Persons' Affairs" is one name)."""
    if tok.pos != "PROPN":
        return tok
    for prep in sent.children(tok, "prep"):
        if prep.lower != "of" or prep.i != tok.i + 1:
            continue
        for owned in sent.children(prep, "pobj"):
            if not owned.text[:1].isupper():
                continue
            for owner in sent.children(owned, "poss"):
                singular = any(c.lower in SINGULAR_POSSESSIVES for c in sent.children(owner, "case"))
                if singular and owner.pos == "PROPN" and _subtree_first(sent, owner) == prep.i + 1:
                    return owned
    return tok


def _apposed_conjunct(sent: ParsedSentence, appos: Token, conj: Token) -> bool:
    """A conjunct of an apposition that is a speaker of its own: after a comma and "and"
    (", and the prime minister, B,") or a name listed with the apposed name ("the two
    commanders, A and B,"); not a word of a compound title ("search and rescue representative",
    "the UN Resident and Humanitarian Coordinator": a capitalised title word joined with no comma)."""
    first = _subtree_first(sent, conj)
    after_comma = first >= 2 and sent.tokens[first - 1].dep == "cc" and sent.tokens[first - 2].text == ","
    if appos.pos == "PROPN" and conj.pos == "PROPN":
        return after_comma or conj.lower not in TITLE_WORDS
    return after_comma


def _subject_of(ctx: _Context, sent: ParsedSentence, verb: Token) -> list[Token]:
    """The speakers' head tokens for ``verb`` (computed once per verb: proposing speakers
    and finding a statement's speakers both ask)."""
    key = (sent.start, verb.i)
    found = ctx.subjects.get(key)
    if found is None:
        found = ctx.subjects[key] = _find_subject(ctx, sent, verb)
    return found


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
"""Pronouns that cannot be a subject: a speech verb's "subject" among them is a misparse."""


def _relative_finder(sent: ParsedSentence, verb: Token) -> Token | None:
    """'"...," a fighter who found him said': the parser reads "him said" as a clause inside the
    relative clause; the speaker is the noun the relative clause is about."""
    if verb.dep != "ccomp":
        return None  # most speech verbs: not a clause inside another
    subj = next(sent.children(verb, "nsubj"), None)
    if subj is None or subj.lower not in OBJECT_PRONOUNS:
        return None
    clause = sent.head_of(verb)
    if clause.dep != "relcl" or not any(c.lower in RELATIVES for c in sent.children(clause, "nsubj")):
        return None
    noun = sent.head_of(clause)
    part = _partitive_of(sent, noun)
    return part if part is not None else noun  # "one of the men who found him": the one


def _partitive_of(sent: ParsedSentence, noun: Token) -> Token | None:
    """The partitive word that picks from ``noun`` ("one" in "one of the men"), if any."""
    if noun.dep != "pobj":
        return None
    prep = sent.head_of(noun)
    if prep.lower != "of" or prep.dep != "prep":
        return None
    part = sent.head_of(prep)
    return part if part.lower in PARTITIVE_WORDS else None


def _verbless_root_speech(sent: ParsedSentence, verb: Token) -> bool:
    """ "The UN envoy, X, called on both sides to ...": with a title and the name in apposition
    between commas, the parser may take the speech verb for a participle on the title and make
    the title the sentence's root; a sentence has a verb, so the verb after the closing comma is
    its main one and the titled name its subject (a name with a description in apposition, "X,
    a former army chief, announced ...", is left as the parse has it)."""
    if verb.dep != "acl" or verb.i < 1 or sent.tokens[verb.i - 1].text != ",":
        return False
    head = sent.head_of(verb)
    if head.dep != "ROOT" or head.pos != "NOUN":
        return False
    return any(a.i < verb.i and a.pos == "PROPN" for a in sent.children(head, "appos"))


NOUN_ROOTS = frozenset({"NOUN", "PROPN"})


def _finite_verb_on_root_noun(sent: ParsedSentence, verb: Token) -> bool:
    """ "The UN mission called on all parties to ...": the parser may make the subject the
    sentence's root and hang the speech verb on it as a clause, yet tag the verb a plain past
    (VBD), not a participle (a reduced relative, "the mission called X", would be VBN); a
    sentence has a verb, so this one is its main verb and the root noun its subject. Only right
    after the noun's words: after a comma the titled or described subject has rules of its own
    (``_verbless_root_speech``, ``_root_name_with_clause``)."""
    if verb.dep != "acl" or verb.tag != "VBD" or verb.head == verb.i:
        return False
    if sent.tokens[verb.i - 1].text == ",":
        return False
    head = sent.head_of(verb)
    return head.dep == "ROOT" and head.pos in NOUN_ROOTS and head.i < verb.i


def _root_name_with_clause(sent: ParsedSentence, verb: Token) -> bool:
    """ "X, commander of the army, announced on Wednesday that his forces ...": after a name with
    a description in apposition, the parser may take the speech verb for a participle on the
    name and make the name the sentence's root. A participle cannot carry a "that" clause of
    its own (a passive report would read "it was announced that"), so a speech verb after the
    closing comma with one is the sentence's main verb and the name its subject (MISREAD_MAIN_VERB).
    So is one whose "that" clause the parser hung on the channel after it ("X, an alliance of
    brigades, announced in a statement posted online that its fighters ..."), and one after a
    relative clause set between commas ("X, which includes A and B, announced that ...")."""
    if verb.dep != "acl" or verb.tag != "VBN" or verb.i < 1 or sent.tokens[verb.i - 1].text != ",":
        return False
    head = sent.head_of(verb)
    if head.dep != "ROOT" or head.pos != "PROPN":
        return False
    described = any(sent.children(head, "appos")) or any(r.i < verb.i for r in sent.children(head, "relcl"))
    if not described:
        return False
    own = any(
        m.lower == "that" for clause in sent.children(verb, "ccomp") for m in sent.children(clause, "mark")
    )
    return own or _that_clause(sent, verb) is not None


ASIDE_CLAUSE_MARKS = frozenset({"since", "after", "before", "when", "until", "as", "because", "while"})
"""Words opening an adverbial clause that may close a relative clause set between commas
("which has struggled since X's fall,")."""


def _verb_after_relative_aside(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "The government of X, which has struggled to disarm the brigades since Y's fall, called
    for calm": the parser reads the speech verb after the relative clause's closing comma as the
    verb of an adverbial clause in it ("since Y's fall called ..."), with the clause's noun for
    its subject, and leaves the sentence no verb, its root the subject noun. A noun opened by
    a mark of time or cause (ASIDE_CLAUSE_MARKS) and closed by the comma right before the verb
    is no subject: the verb is the sentence's main verb and the root noun, whose relative clause
    holds the misread one, its speaker."""
    if verb.dep != "advcl" or verb.i < 1 or sent.tokens[verb.i - 1].text != ",":
        return None
    subj = next(sent.children(verb, "nsubj"), None)
    mark = next((m for m in sent.children(verb, "mark") if m.lower in ASIDE_CLAUSE_MARKS), None)
    if subj is None or mark is None or not mark.i < subj.i < verb.i:
        return None
    if sent.subtree(subj)[1] > sent.tokens[verb.i - 1].end:
        return None  # the subject's words must end at the comma
    clause = sent.head_of(verb)
    while clause.dep != "relcl" and clause.dep in ("xcomp", "conj", "advcl") and clause.head != clause.i:
        clause = sent.head_of(clause)
    if clause.dep != "relcl":
        return None
    owner = sent.head_of(clause)
    root = owner
    while root.head != root.i and root.dep in ("pobj", "prep", "appos", "compound"):
        root = sent.head_of(root)
    if root.dep != "ROOT" or root.pos not in NOUN_ROOTS or root.i > verb.i:
        return None
    return root


OCCASION_PARTICIPLE_TAGS = frozenset({"VBG"})
"""The participle that opens a sentence with the occasion of speech ("Speaking at the daily
briefing in X, ..."), whose last noun the parser may take the speaker for an apposition of."""


def _apposed_to_occasion(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "Speaking at the daily briefing in Naples, the mission's spokesman, Colonel Y, said ...":
    the parser may read the speaker, between the participle's closing comma and the verb, as an
    apposition of the participle's last noun ("Naples") and leave the speech verb no subject. An
    apposition inside an opening participle (OCCASION_PARTICIPLE_TAGS) after a comma, whose
    words end at the comma right before the subjectless verb, is the verb's speaker."""
    if verb.i < 2 or sent.tokens[verb.i - 1].text != "," or any(sent.children(verb, *SUBJECTS)):
        return None
    before_comma = sent.tokens[verb.i - 2].end
    for clause in sent.children(verb, "advcl"):
        if (
            clause.tag not in OCCASION_PARTICIPLE_TAGS
            or clause.i > verb.i
            or any(sent.children(clause, *SUBJECTS))
        ):
            continue
        for tok in sent.tokens[clause.i + 1 : verb.i - 1]:
            if tok.dep != "appos" or sent.head_of(tok).dep == "appos" or not _opens_after_comma(sent, tok):
                continue
            if sent.subtree(tok)[1] == before_comma and clause.i in {a.i for a in sent.ancestors(tok)}:
                return tok
    return None


def _opens_after_comma(sent: ParsedSentence, tok: Token) -> bool:
    first = _subtree_first(sent, tok)
    return first >= 1 and sent.tokens[first - 1].text == ","


OBJECT_RELATIVES = frozenset({"whom", "who"})
"""Relative pronouns that open a clause about a named speaker ("X, whom the council named, said")."""


def _closed_relative_speaker(sent: ParsedSentence, verb: Token) -> Token | None:
    """'"...," X, whom the council named as governor, told reporters': the parser reads the
    speech verb after the relative clause's closing comma as part of that clause, with the
    clause's subject for its own; a relative pronoun right after the name's comma and a comma
    right before the verb mark the clause as set between commas, and the name spoke."""
    if verb.dep != "relcl" or verb.i < 1 or sent.tokens[verb.i - 1].text != ",":
        return None
    head = sent.head_of(verb)
    if head.pos != "PROPN" or head.i + 2 >= verb.i:
        return None
    comma, relative = sent.tokens[head.i + 1], sent.tokens[head.i + 2]
    if comma.text != "," or relative.lower not in OBJECT_RELATIVES:
        return None
    subj = next(sent.children(verb, "nsubj"), None)
    return head if subj is not None and relative.i < subj.i < verb.i else None


QUOTING_VERBS = frozenset({"quote", "cite"})
"""Verbs of relaying another's words: their passive's agent is the medium, not the speaker."""


def _find_subject(ctx: _Context, sent: ParsedSentence, verb: Token) -> list[Token]:
    """The speakers' head tokens for ``verb``: its subject, a passive's agent, the antecedent
    of "who", or the subject of the clause a subjectless verb hangs from."""
    named = _name_as_auxiliary(ctx, sent, verb)
    if named is not None:
        return [named]
    if _verbless_root_speech(sent, verb):
        return _chain(sent, sent.head_of(verb))  # "The envoy, X, called on both sides to ...": the envoy
    if _finite_verb_on_root_noun(sent, verb):
        return _chain(sent, sent.head_of(verb))  # "The UN mission called on all parties to ...": the mission
    if _root_name_with_clause(sent, verb):
        return _chain(sent, sent.head_of(verb))  # "X, commander of Y, announced that ...": X
    closed = _closed_relative_speaker(sent, verb)
    if closed is not None:
        return _chain(sent, closed)  # '"...," X, whom the council named, told reporters': X
    verbless = _verb_after_relative_aside(sent, verb)
    if verbless is not None:
        return _chain(sent, verbless)  # "The government, which has struggled since X's fall, called for calm"
    finder = _relative_finder(sent, verb)
    if finder is not None:
        return _chain(sent, finder)  # '"...," one of the men who found him said': the men
    occasion = _apposed_to_occasion(sent, verb)
    if occasion is not None:
        return _chain(
            sent, occasion
        )  # "Speaking at the briefing in X, the spokesman, Y, said": the spokesman
    if _reduced_passive_report(sent, verb):
        return []  # "X, reported captured by the rebels, appeared": X is what is reported
    if _misread_channel_agent(sent, verb):
        return _chain(sent, sent.head_of(verb))  # '"...," the leader, X, declared by telephone'
    owner = _relayed_owner(sent, verb)
    if owner is not None:
        return _chain(sent, owner)  # "read a statement from the council insisting that": the council
    relative = _relative_read_as_clause(sent, verb)
    if relative is not None:
        return _chain(sent, next(sent.children(relative, "nsubj")))  # "Families interviewed at X said"
    tok = verb
    joined = False  # whether the climb came to ``tok`` from a conjunct
    for _ in range(6):
        passive, agents, subjects = _dependents(ctx, sent, tok)
        agent = next((p for a in agents for p in sent.children(a, "pobj")), None)
        if tok.tag != "VBN" or (agent is not None and agent.lemma in CHANNEL_WORDS):
            agent = None  # "said by phone": a means, not a passive's agent
        if joined:
            agent = None  # "it was alarmed by the reports and called for ...": a conjunct shares the subject
        if tok is not verb and tok.lemma in QUOTING_VERBS:
            agent = None  # "X was quoted by the agency as saying": the agency only relays X
            quoted = next((o for o in sent.children(tok, *OBJECTS) if o.i < verb.i), None)
            if quoted is not None:
                return _chain(sent, quoted)  # "the agency quoted the minister as saying": the minister
        if agent is not None:
            return _chain(sent, agent)
        subj = _main_subject(sent, tok, subjects)
        subj = _past_dateline(sent, subj) if subj is not None else None
        if subj is not None and tok is verb and subj.lower in PERSON_RELATIVES and _misattached(sent, tok):
            before = _unattached_antecedent(sent, subj)
            if before is not None:
                return _chain(sent, before)  # "according to a source, who added that ...": the source
        if subj is not None and subj.lower in RELATIVES and tok.dep == "relcl":
            # "Sarraj, who has said ..."; a conjunct after the clause is not told of by it
            # ("between A, which has said it backs X, and B": A alone)
            return [t for t in _chain(sent, _relative_antecedent(sent, tok, subj)) if t.i < tok.i]
        if subj is not None and tok.dep == "relcl" and _whose_members(sent, subj):
            return _chain(sent, sent.head_of(tok))  # "the commission, whose members called for ..."
        if subj is not None and tok is not verb and _restated_speaker(ctx, sent, tok, subj):
            return _subject_of(ctx, sent, sent.head_of(tok))  # "X said they ... and urged": X urged
        if subj is not None and tok is verb and _stolen_subject(sent, verb) is subj:
            return _chain(sent, _apposed_before(sent, verb) or subj)
        if subj is not None and not (tok is verb and passive):
            return _chain(sent, subj)
        if tok is verb and passive:
            return []  # "is reported to have", "it was announced": nobody named
        before = _noun_before(sent, verb) if tok is verb else None
        if before is None:
            before = _opening_name_as_modifier(sent, tok)  # also for a conjunct's first verb
        if before is None and tok is verb:
            before = _apposed_outside_quote(ctx, sent, tok) or _closing_speaker(sent, tok)
        if before is not None:
            return _chain(sent, before)  # a subject the parser hung elsewhere
        if tok.dep == "relcl":
            return _chain(sent, sent.head_of(tok))
        if tok.dep not in CLIMB or tok.head == tok.i:
            return []
        voiced = _voiced_by_reporter(ctx, sent, tok)
        joined = voiced is None and tok.dep == "conj"
        tok = voiced or sent.head_of(tok)
    return []


def _relative_read_as_clause(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "Families interviewed at the checkpoint said ...": the parser reads the subject and its
    reduced relative as a clause of their own fronted before the subjectless speech verb (the
    subject as the participle's subject), or as the main clause the speech verb is joined to.
    A participle with no auxiliary that runs into the verb with no mark between them is no
    fronted content, which a comma would close, nor a predicate "and" would join. Returns
    that participle, whose subject is the speaker."""
    if any(c.dep in SUBJECTS for c in sent.children(verb)):
        return None
    if verb.dep == "conj" and verb.head < verb.i:
        clause: Token | None = sent.head_of(verb)
    else:
        clause = next((c for c in sent.children(verb, *CLAUSAL) if c.i < verb.i), None)
    if clause is None or clause.tag not in MISREAD_HOST_TAGS:
        return None
    if any(c.dep in ("aux", "auxpass") for c in sent.children(clause)):
        return None
    if not any(c.dep == "nsubj" and c.i < clause.i for c in sent.children(clause)):
        return None
    between = sent.tokens[clause.i + 1 : verb.i]
    return None if any(t.pos == "PUNCT" or t.lower in CLAUSE_JOINS for t in between) else clause


def _voiced_by_reporter(ctx: _Context, sent: ParsedSentence, tok: Token) -> Token | None:
    """ "X said the clashes proved Y, and renewed his call for Z": the parser joins "renewed"
    to the reported clause; its subject is the reporter's, so the climb goes to "said". So too
    for a speech verb whose object opens with a quote ("X denied that the town had fallen and
    blamed \"foreign agents\""): quoted words are the reporter's, not the clause subject's."""
    if not (
        _voicing_conj(ctx, sent, tok) or _quoting_conj(ctx, sent, tok) or _continuing_conj(ctx, sent, tok)
    ):
        return None
    return sent.head_of(sent.head_of(tok))


PERSON_RELATIVES = frozenset({"who"})
"""Relative pronouns that stand only for people, so never open a clause of their own."""


def _misattached(sent: ParsedSentence, clause: Token) -> bool:
    """A "who" clause the parser hung on a verb (the main verb, or "according") rather than a
    noun: not a relative clause of any noun, or one whose head is no noun."""
    if clause.dep != "relcl":
        return True
    return sent.head_of(clause).pos in ("VERB", "AUX")


def _unattached_antecedent(sent: ParsedSentence, relative: Token) -> Token | None:
    """ "..., according to a security source in the city, who added that ...": the parser hung
    the "who" clause on the sentence's main verb or on "according" instead of the noun before
    its comma. The antecedent is that noun: the phrase ending right before the comma, climbed
    from a place or owner in its prepositional phrase ("in the city") to the noun it describes
    ("source")."""
    if relative.i < 2 or sent.tokens[relative.i - 1].text != ",":
        return None
    tok = sent.tokens[relative.i - 2]
    if tok.pos not in ("NOUN", "PROPN"):
        return None
    while tok.dep == "pobj":
        prep = sent.head_of(tok)
        owner = sent.head_of(prep)
        if prep.dep != "prep" or owner.pos not in ("NOUN", "PROPN") or owner.i > tok.i:
            break
        tok = owner
    return tok


def _relative_antecedent(sent: ParsedSentence, clause: Token, relative: Token) -> Token:
    """The noun a relative clause tells about. The parser may hang a "who" clause on the name
    after "from" ("armed men from Misrata, who said ..."): "who" is the people, not the town."""
    head = sent.head_of(clause)
    if relative.lower != "who" or head.pos != "PROPN" or head.dep != "pobj":
        return head
    prep = sent.head_of(head)
    owner = sent.head_of(prep)
    return owner if prep.lower == "from" and prep.dep == "prep" and owner.pos == "NOUN" else head


def _stolen_subject(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "Their retreat, a shopkeeper near X said, changes nothing": the parser made the split
    clause's subject the subject of the attribution set between commas, and the speaker an
    apposition; the subject before the apposed speaker belongs to the clause."""
    if verb.dep != "parataxis" or verb.head < verb.i:
        return None
    speaker = _apposed_before(sent, verb)
    subj = next((c for c in sent.children(verb, *SUBJECTS) if c.i < verb.i), None)
    if speaker is None or subj is None or _subtree_first(sent, speaker) <= subj.i:
        return None
    return subj


def _misread_channel_agent(sent: ParsedSentence, verb: Token) -> bool:
    """'"...," the movement's leader, X, declared by telephone': the parser reads "by
    telephone" as a passive's agent and hangs the verb on the speaker's noun as a participle;
    a channel is no agent, and the noun before the comma is who spoke."""
    if verb.dep != "acl" or verb.i == 0:
        return False
    if not (verb.tag == "VBN" and sent.tokens[verb.i - 1].text == ",") and not _closing_noun_attribution(
        sent, verb
    ):
        return False
    agents = [p for a in sent.children(verb, "agent") for p in sent.children(a, "pobj")]
    return bool(agents) and all(p.lemma in CHANNEL_WORDS for p in agents)


PLACE_ADVERBS = frozenset({"there", "here"})
"""Adverbs that may stand between an unnamed source and its speech verb ("an engineer there
said by telephone"), placing the source, not the saying."""


def _closing_noun_attribution(sent: ParsedSentence, verb: Token) -> bool:
    """'X took over the terminal and told staff to stop loading, an engineer there said by
    telephone': the parser makes the source an object of the clause it reports and the speech
    verb a participle on it. The source's phrase opens right after a comma, only a place adverb
    (:data:`PLACE_ADVERBS`) stands between it and the verb, and the verb's phrase closes the
    sentence: a closing attribution, the noun its speaker and its clause the content."""
    noun = sent.head_of(verb)
    if noun.pos != "NOUN" or noun.i >= verb.i or noun.dep == "ROOT":
        return False
    if any(t.lower not in PLACE_ADVERBS for t in sent.tokens[noun.i + 1 : verb.i]):
        return False
    first = _subtree_first(sent, noun)
    if first == 0 or sent.tokens[first - 1].text != ",":
        return False
    return all(t.pos == "PUNCT" for t in sent.tokens[_subtree_last(sent, noun) + 1 :])


def _subtree_last(sent: ParsedSentence, tok: Token) -> int:
    lo, hi = sent.subtree(tok)
    return sent.tokens_in(lo, hi)[-1].i


RELAYED_NOUNS = frozenset({"statement", "message", "letter", "communique", "declaration", "announcement"})
"""Nouns of a text one party relays for another ("aired a statement from the ministry saying ...")."""


def _relayed_owner(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "The channel aired a statement by the ministry saying that ...": a subjectless
    participle hung on a relayed text (or on the verb that relays it) is said by the text's
    owner, the "from"/"by" phrase or possessive on that noun, not by who relays it."""
    if verb.tag != "VBG" or any(sent.children(verb, *SUBJECTS)) or verb.head == verb.i:
        return None
    head = sent.head_of(verb)
    if verb.dep == "acl":
        nouns = [head]
    elif verb.dep == "advcl" and head.pos == "VERB":
        nouns = [c for c in sent.children(head, "dobj") if c.i < verb.i]
    else:
        return None
    for noun in nouns:
        if noun.lemma not in RELAYED_NOUNS:
            continue
        owners = [
            o for p in sent.children(noun, "prep") if p.lower in OWNER_MARKS for o in sent.children(p, "pobj")
        ]
        owners += [c for c in sent.children(noun, "poss") if c.pos in ("PROPN", "NOUN")]
        if owners:
            return owners[0]
    return None


SELF_PRONOUNS = frozenset({"they", "he", "she", "it", "we"})
"""Subjects of a reported clause that may be its speaker again ("X said they were
concerned")."""


def _restated_speaker(ctx: _Context, sent: ParsedSentence, clause: Token, subj: Token) -> bool:
    """A speech verb conjoined to another's reported clause whose subject is a pronoun ("X
    said they were concerned and urged ..."): the parser hung the second verb on the clause,
    and its speaker is the first verb's."""
    head = sent.head_of(clause)
    return clause.dep == "ccomp" and subj.lower in SELF_PRONOUNS and head.lemma in ctx.verbs


MEMBER_NOUNS = frozenset({"member", "members"})
"""Nouns of a body's own people: "whose members said" is the body speaking."""


def _whose_members(sent: ParsedSentence, subj: Token) -> bool:
    return subj.lemma in MEMBER_NOUNS and any(c.lower == "whose" for c in sent.children(subj, "poss"))


HEDGE_PARTICIPLE_DEPS = frozenset({"advcl", "acl"})
"""Relations of a reduced passive that hedges what it hangs on (", believed to be the work of
X", "men thought to be fighters"): the parser may tag its participle a past tense, or read it
as a conjunct when a comma alone joins it."""


def _reduced_passive_report(sent: ParsedSentence, verb: Token) -> bool:
    """ "reported captured", "said killed" with no auxiliary: a participle of report on a noun
    (the noun is what is told of), whatever the parser hung it on. So too a subjectless
    participle with a to-infinitive (", believed to be the work of X", "said to have fled"):
    a hedge on what it hangs from, nobody's speech."""
    if verb.tag not in ("VBN", "VBD") or any(True for _ in sent.children(verb, "aux", "auxpass")):
        return False
    if verb.tag == "VBN" and any(c.tag == "VBN" for c in sent.children(verb, "xcomp")):
        return True
    after_comma = verb.i > 0 and sent.tokens[verb.i - 1].text == ","
    return (
        (verb.dep in HEDGE_PARTICIPLE_DEPS or (verb.dep == "conj" and after_comma))
        and not any(True for _ in sent.children(verb, *SUBJECTS, *OBJECTS))
        and any(c.lower == "to" for x in sent.children(verb, "xcomp") for c in sent.children(x, "aux"))
    )


def _dependents(ctx: _Context, sent: ParsedSentence, tok: Token) -> tuple[bool, list[Token], list[Token]]:
    """In one pass over ``tok``'s dependents: whether it is passive, its agents, and its
    subjects outside quotes."""
    passive = False
    agents: list[Token] = []
    subjects: list[Token] = []
    for c in sent.children(tok):
        if c.dep == "auxpass":
            passive = True
        elif c.dep == "agent":
            agents.append(c)
        elif c.dep in SUBJECTS and not ctx.in_quote(c.start, c.end):
            subjects.append(c)
    return passive, agents, subjects


def _apposed_outside_quote(ctx: _Context, sent: ParsedSentence, verb: Token) -> Token | None:
    """ "... we," Ahmed Mismari said: the parser took the quotation's last word for the
    verb's subject and the speaker after the closing mark for its apposition."""
    for subj in sent.children(verb, *SUBJECTS):
        if not ctx.in_quote(subj.start, subj.end):
            continue
        for c in sent.children(subj, "appos"):
            if not ctx.in_quote(c.start, c.end) and c.i < verb.i:
                return c
    return None


APPOSED_SPEAKER_WORDS = 8
"""The longest phrase a post-posed speaker the parser hung as an apposition may have."""


def _apposed_before(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "Rebels reached the port, a commander from the town said": the parser hung the
    speaker after the comma on the reported clause's last noun as its apposition and left the
    verb with no subject; the apposition that ends right before the verb speaks."""
    if verb.i < 2:
        return None
    tok = sent.tokens[verb.i - 1]
    for _ in range(APPOSED_SPEAKER_WORDS):
        if tok.dep == "appos" and tok.pos in ("NOUN", "PROPN") and tok.i < verb.i:
            first = _subtree_first(sent, tok)
            if first > 0 and sent.tokens[first - 1].text == ",":
                return tok
            return None
        if tok.head == tok.i or tok.head >= verb.i:
            return None
        tok = sent.head_of(tok)
    return None


def _conjoined_before(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "Shells hit the port as a ship loaded workers, rebels and aid officials said": the
    parser hung a closing pair of speakers on the reported clause's last noun as two more
    conjuncts and left the verb with no subject; the pair joined by "and" that ends right
    before the verb, set off from the clause by a comma, speaks (its first noun returned)."""
    if verb.i < 4 or not any(c.i < verb.i for c in sent.children(verb, *CLAUSAL)):
        return None
    tok = sent.tokens[verb.i - 1]
    for _ in range(APPOSED_SPEAKER_WORDS):
        if tok.dep == "conj" and tok.pos in NOUN_ROOTS:
            break
        if tok.head == tok.i or tok.head >= verb.i:
            return None
        tok = sent.head_of(tok)
    else:
        return None
    first = sent.head_of(tok)
    if first.dep != "conj" or first.pos not in NOUN_ROOTS or first.i >= tok.i:
        return None
    if not any(c.lower == "and" and c.i < tok.i for c in sent.children(first, "cc")):
        return None
    start = _subtree_first(sent, first)
    if start == 0 or sent.tokens[start - 1].text != ",":
        return None
    return first


def _closing_speaker(sent: ParsedSentence, verb: Token) -> Token | None:
    """The speaker the parser hung on the reported clause before a subjectless speech verb: an
    apposition (:func:`_apposed_before`) or a closing pair of conjuncts (:func:`_conjoined_before`)."""
    return _apposed_before(sent, verb) or _conjoined_before(sent, verb)


def _name_as_auxiliary(ctx: _Context, sent: ParsedSentence, verb: Token) -> Token | None:
    """ "IS claimed victory": an actor's capitalised abbreviation that the parser took for
    the verb's auxiliary ("is") is its subject."""
    for c in sent.children(verb, "aux", "auxpass"):
        if c.i < verb.i and len(c.text) > 1 and c.text.isupper() and _holding(ctx, c) is not None:
            return c
    return None


MISATTACHED = frozenset({"conj", "pobj", "dobj"})
"""Relations of a noun phrase that the parser hung elsewhere though the speech verb right
after it has no subject ("sent tanks and television channels said ...")."""


def _noun_before(sent: ParsedSentence, verb: Token) -> Token | None:
    if verb.i == 0:
        return None
    prev = sent.tokens[verb.i - 1]
    if prev.pos not in ("NOUN", "PROPN"):
        return None
    if verb.dep == "conj" and prev.dep in MISATTACHED and prev.head < prev.i:
        return prev
    if prev.dep == "compound" and prev.head == verb.i and verb.tag == "VBZ":
        return prev  # "MSF denounces the ...": a name the parser made the verb's compound
    return None


MISREAD_SUBJECT_DEPS = frozenset({"advmod", "npadvmod"})
"""Labels the parser gives a bare name that opens a sentence when a comma-fenced phrase parts it
from its verb ("Bashagha, in a televised address, accused ...": "Bashagha" an adverb)."""


CAPITALISED_OPENERS = frozenset(
    {
        "later",
        "earlier",
        "meanwhile",
        "however",
        "separately",
        "yesterday",
        "today",
        "instead",
        "still",
        "then",
        "now",
        "again",
        "also",
        "finally",
        "initially",
        "previously",
        "afterwards",
    }
)
"""Sentence adverbs that open a sentence with a capital and a comma: never a speaker."""


def _opening_name_as_modifier(sent: ParsedSentence, verb: Token) -> Token | None:
    """The subject of a speech verb that has none, misread as its modifier: a capitalised word
    opening the sentence, hung on the verb with a label of MISREAD_SUBJECT_DEPS and fenced off by
    a comma ("Bashagha, in a televised address, accused X of ...", "Dbeibah, speaking on
    Sunday, said ..."). A sentence adverb of CAPITALISED_OPENERS ("Later, in a statement, ...")
    stays an adverb."""
    if verb.i < 3 or any(sent.children(verb, *SUBJECTS)):
        return None
    first = sent.tokens[0]
    if first.dep not in MISREAD_SUBJECT_DEPS or first.head != verb.i or not first.text[:1].isupper():
        return None
    if sent.tokens[1].text != "," or first.lower in CAPITALISED_OPENERS:
        return None
    return first


def _main_subject(sent: ParsedSentence, verb: Token, subjects: list[Token]) -> Token | None:
    """Of several subjects the parser gave one verb, the one after a comma nearest the verb
    ("In Misurata, the port city ..., a rebel official said"), never a dateline's place
    ("Geneva, 23 October - The mission welcomes")."""
    if len(subjects) < 2:
        return subjects[0] if subjects else None  # one subject: a dateline's or not, it is the one
    named = [c for c in subjects if not _dateline_like(sent, c)] or subjects
    if len(named) < 2:
        return named[0] if named else None
    after_comma = [c for c in named if c.i < verb.i and _after_comma(sent, c)]
    if after_comma:
        return after_comma[-1]
    first, second = named[0], named[1]
    left = min(_kept(sent, second, frozenset()))
    if first.tag == "NN" and second.pos == "PROPN" and left > 0 and sent.tokens[left - 1].text.isalpha():
        return second  # "the head of the team Ali Salem said": a title, then the name
    return first


def _dateline_like(sent: ParsedSentence, tok: Token) -> bool:
    """A place, or a name with a date hung on it ("Misrata, 4 May -")."""
    if tok.ent_type in PLACE_LABELS or any(c.ent_type == "DATE" for c in sent.children(tok)):
        return True
    return any(c.dep == "appos" and c.pos == "NUM" for c in sent.children(tok))  # "Geneva, 23 October"


DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014", ",", ":"})


def _past_dateline(sent: ParsedSentence, subj: Token) -> Token:
    """ "ISTANBUL - Turkey's president said": the parser made the dateline's place the
    subject and the real one its apposition; the apposition speaks."""
    if subj.i > 2 or subj.ent_type not in PLACE_LABELS:
        return subj
    for c in sent.children(subj, "appos"):
        between = sent.tokens[subj.i + 1 : c.i]
        if c.pos in ("NOUN", "PROPN") and any(t.text in DATELINE_DASHES for t in between):
            return c
    return subj


def _after_comma(sent: ParsedSentence, tok: Token) -> bool:
    """The phrase of ``tok`` follows a comma and is no relative clause ("..., whose death")."""
    left = min(_kept(sent, tok, frozenset()))
    return left > 0 and sent.tokens[left - 1].text == "," and sent.tokens[left].lower not in RELATIVES


def _speaker_hits(ctx: _Context, sent: ParsedSentence, heads: Iterable[Token]) -> list[Hit]:
    out: list[Hit] = []
    for head in heads:
        if head.lemma in STATEMENT_NOUNS:
            issued = _speaker_hits(ctx, sent, _issued_by(sent, head))
            definite = _is_definite(sent, head)
            if not issued and definite:
                issued = _issuers(ctx, sent, head)
            if not issued:
                issued = _described_issuer(ctx, sent, head)
            if issued or definite:
                out.extend(h for h in issued if all(h.key != o.key for o in out))
                continue
        joint = [ctx.proposed.get((a.start, a.end)) for a in _joint_adjectives(sent, head)]
        if joint and all(joint):
            out.extend(h for h in joint if h is not None and all(h.key != o.key for o in out))
            continue
        group = _pronoun_group(ctx, sent, head) or _pair_of(ctx, sent, head)
        if group:
            out.extend(h for h in group if all(h.key != o.key for o in out))
            continue
        hit = _hit_for(ctx, sent, head)
        if hit is not None and all(h.key != hit.key for h in out):
            out.append(hit)
    return out


def _hit_for(ctx: _Context, sent: ParsedSentence, head: Token) -> Hit | None:
    """The actor a subject's head token names: the mention holding it, a pronoun's or a
    description's antecedent, the first actor named inside the noun phrase, else an unnamed
    source or a name the knowledge base lacks, read from the phrase itself."""
    whole = _partitive_whole(sent, head)
    if whole is not None and _holding(ctx, head) is None:
        if whole.lower in GROUP_PRONOUNS:
            named = _appos_name_of(ctx, sent, head) is not None  # "one of them, Ali, said": Ali
            found = None if named else _group_before(ctx, whole)
        else:
            found = None if whole.pos == "PRON" else _known_hit(ctx, sent, whole)
        if found is not None:
            return found  # "one of the fighters told", "several of them said": the group
    name = _appos_name_of(ctx, sent, head)
    if name is not None and (head.pos == "NOUN" or head.lower in TITLE_WORDS or _unnamed_holder(ctx, head)):
        head = name  # "a spokesman, Mustafa al-Majei, said": the name speaks (a capitalised title too)
    proposed = ctx.proposed.get((head.start, head.end))
    if proposed is not None and head.pos == "PROPN":
        return proposed
    kin = kin_phrase_hit(sent, head, ctx.text, _holding(ctx, head), lambda o: _is_place_word(ctx, o))
    if kin is not None:
        relative = kin_named_before(sent, head, ctx.actors_in)
        # "Gaddafi's son said", "relatives of the man told": the kin, not the owner
        return relative or proposed or kin
    holder = office_holder_hit(sent, head, ctx.text, _holding(ctx, head), lambda o: _kind_held(ctx, o))
    if holder is not None:
        return holder  # "Russia's envoy said": the envoy, not Russia
    found = _known_hit(ctx, sent, head)
    if found is None and head.pos == "PRON" and head.lower in RELEASE_VOICE_PRONOUNS:
        found = _release_issuer(ctx, head)  # "We call on the authorities to ...": the release's body
    return found if found is not None else proposed


RELEASE_VOICE_PRONOUNS = frozenset({"we"})
"""Pronouns outside quotation marks that, in a press release, are the body issuing it."""
RELEASE_OPENING_VERBS = frozenset(
    """is are calls call urges urge welcomes welcome condemns condemn expresses express reiterates
    reiterate reaffirms reaffirm deplores deplore notes note announces announce""".split()
)
"""Present-tense words that follow a body's name opening a press release in its own voice ("X is
alarmed by ...", "X calls on all parties ...", "X welcomes ..."). Extend freely."""
RELEASE_OPENING_CHARS = 600
"""How far into the text the issuing body's opening sentence may start (after heading lines
and a dateline)."""
_RELEASE_OPENING = re.compile(
    r"(?<!\s)(?:\s*+\([^()\n]{1,40}+\))?+\s++(?:"
    + "|".join(sorted(RELEASE_OPENING_VERBS, key=len, reverse=True))
    + r")\b"
)


def _release_issuer(ctx: _Context, pronoun: Token) -> Hit | None:
    """The body a press release speaks for, whose "we" outside quotation marks ("We call on the
    authorities to ...") is that body: the first actor named in the opening
    (:data:`RELEASE_OPENING_CHARS`), an organisation that opens a sentence as the subject of a
    present-tense :data:`RELEASE_OPENING_VERBS` word ("Benghazi, 3 March - The X Network is
    alarmed by ...", "X (XN) welcomes ..."). A story that names anyone else first, or whose
    first body reports in the past ("X said on Monday"), has no such voice (a headline's
    "X welcomes ..." names the same body)."""
    if ctx.in_quote(pronoun.start, pronoun.end):
        return None
    for hit in ctx.actors:
        if hit.start > min(RELEASE_OPENING_CHARS, pronoun.start) or hit.actor_kind is ActorKind.PERSON:
            return None  # a story that quotes a person first: its "we" is no body's
        if hit.actor_kind is ActorKind.ORGANIZATION and _RELEASE_OPENING.match(ctx.text, hit.end):
            return hit
    return None


PARTITIVE_WORDS = frozenset({"one", "two", "three", "several", "some", "many", "most", "few", "none"})
"""Words that pick part of a group ("one of the fighters", "several of them"): the part
speaks as (or for) the group."""


SINGLE_PARTS = frozenset({"one"})
"""Partitive words that pick one person of a group ("one of them said"): a later "he" or
"she" may continue that one, who speaks for the group."""
GROUP_PRONOUNS = frozenset({"them", "those"})
"""Pronouns that stand for the group a partitive picks from ("several of them told")."""
GROUP_KINDS = frozenset({ActorKind.COLLECTIVE, ActorKind.ARMED_GROUP})
"""Kinds of actor a partitive pronoun may pick from: groups of people, not bodies or states."""


def _group_before(ctx: _Context, pronoun: Token) -> Hit | None:
    """The group "them" in "several of them said" picks from: the latest group of people
    named before it in its own sentence or the one before (a body or a state is no group of
    people: "one of them" after "the ministry" says nothing)."""
    k = bisect.bisect_left(ctx.sent_starts, pronoun.start) - 1
    floor = ctx.sent_starts[k - 1] if k >= 1 else 0
    groups = [
        h
        for h in [*ctx.actors_in(floor, pronoun.start), *ctx.proposed.values()]
        if floor <= h.start
        and h.end <= pronoun.start
        and h.actor_kind in GROUP_KINDS
        and not ctx.in_quote(h.start, h.end)  # '"The guards ran," one of them said': not guards
        and not _one_body(ctx, h)
    ]
    return max(groups, key=lambda h: h.end, default=None)


ONE_BODY_WORDS = SINGULAR_BODY_HEADS | {"navy", "guard", "coastguard"}
"""Last words of a mention of one body ("the coast guard", "the brigade"): no group of people
"several of them" picks from ("migrants intercepted by the coast guard ... several of them
said": the migrants)."""


def _one_body(ctx: _Context, hit: Hit) -> bool:
    words = ctx.text[hit.start : hit.end].lower().split()
    return bool(words) and words[-1] in ONE_BODY_WORDS


def _partitive_whole(sent: ParsedSentence, head: Token) -> Token | None:
    """The group of a partitive subject: "men" in "one of the young men who found him"."""
    if head.lower not in PARTITIVE_WORDS:
        return None
    return next(
        (
            o
            for prep in sent.children(head, "prep")
            if prep.lower == "of"
            for o in sent.children(prep, "pobj")
        ),
        None,
    )


def _unnamed_holder(ctx: _Context, head: Token) -> bool:
    """No actor mention holds the token, or only an unnamed one ("the Minister of Health")."""
    holding = _holding(ctx, head)
    return holding is None or holding.actor_kind is ActorKind.COLLECTIVE


def _appos_name_of(ctx: _Context, sent: ParsedSentence, head: Token) -> Token | None:
    """:func:`_appos_name`, found once per token (proposing speakers and naming them ask)."""
    key = (sent.start, head.i)
    if key in ctx.appos_names:
        return ctx.appos_names[key]
    found = _appos_name(sent, head) or _appos_person(ctx, sent, head)
    ctx.appos_names[key] = found
    return found


def _appos_person(ctx: _Context, sent: ParsedSentence, head: Token) -> Token | None:
    """A name in apposition to the subject that the article's mentions know for a person,
    whatever label the recogniser gave it ("the Acting Special Representative of the
    Secretary-General, Stephanie Koury"), also when the parser hung it on the object of the
    title's remit ("the Coordinator for Libya, Jean-Marie Dufour, said", the hyphenated name
    read as an organisation's)."""
    tok: Token | None = head
    for _ in range(APPOS_REMIT_DEPTH):
        if tok is None:
            return None
        for c in sent.children(tok, "appos"):
            held = _holding(ctx, c)
            if held is not None and held.actor_kind is ActorKind.PERSON:
                return c
        prep = next((c for c in sent.children(tok, "prep") if c.i > tok.i), None)
        tok = next(sent.children(prep, "pobj"), None) if prep is not None else None
    return None


APPOS_REMIT_DEPTH = 4
"""How many "of"/"for" objects down a subject's phrase a person's name in apposition may hang."""


def _appos_name(sent: ParsedSentence, head: Token) -> Token | None:
    """The name in apposition to a subject, also when the parser hung it on the subject's
    last noun ("the head of the team in Derna, Ali Salem, said")."""
    tok: Token | None = head
    for _ in range(APPOS_REMIT_DEPTH):
        if tok is None:
            return None
        name = next(
            (
                c
                for c in sent.children(tok, "appos")
                if (c.pos == "PROPN" and c.ent_iob == "") or (c.ent_type == "PERSON" and c.pos in NAME_TAGS)
            ),
            None,
        )
        if name is not None or tok is head:
            name = name or next(
                (
                    c
                    for c in sent.children(tok, "appos")
                    if c.pos == "PROPN" and not _renames_object(sent, tok, c)
                ),
                None,
            )
            name = name or _called(sent, tok) or _relative_name(sent, tok)
        if name is not None:
            return name
        prep = next((c for c in sent.children(tok, "prep") if c.i > tok.i), None)
        tok = next(sent.children(prep, "pobj"), None) if prep is not None else None
        if prep is not None and tok is not None and _comma_named(sent, prep, tok):
            return tok  # "the envoy for the Mediterranean, Vincent Cochetel," parsed as one object
    return None


def _comma_named(sent: ParsedSentence, prep: Token, obj: Token) -> bool:
    """A person's name the parser made the preposition's object though a comma sets it off
    from the words before it ("for the Mediterranean, Vincent Cochetel")."""
    return obj.ent_type == "PERSON" and any(t.text == "," for t in sent.tokens[prep.i + 1 : obj.i])


def _renames_object(sent: ParsedSentence, head: Token, appos: Token) -> bool:
    """ "The commander of the group, Libya Shield, said": a name that is no person's, right
    after the head's prepositional object, names that object (the parser hung it on the head)."""
    if appos.ent_type == "PERSON":
        return False
    return any(
        head.i < obj.i < appos.i for p in sent.children(head, "prep") for obj in sent.children(p, "pobj")
    )


NAME_TAGS = frozenset({"PROPN", "NOUN", "ADV", "ADJ"})
"""Parts of speech the tagger gives a person's name in apposition ("Abdoulaye Bathily" as ADV)."""

NAMING = frozenset({"call", "name", "identify"})
"""Participles that give a name ("a spokesman, called Kalefa, said")."""


def _called(sent: ParsedSentence, tok: Token) -> Token | None:
    """The name a participle of naming gives ``tok`` ("a rebel spokesman, named Ali Salem")."""
    for acl in sent.children(tok, "acl"):
        if acl.lemma in NAMING and acl.tag == "VBN":
            found = next(
                (c for c in sent.children(acl, "oprd", "attr", "dobj", "xcomp") if c.pos == "PROPN"), None
            )
            if found is None and acl.lemma == "identify":
                prep = next((c for c in sent.children(acl, "prep") if c.lower == "as"), None)
                found = next(sent.children(prep, "pobj"), None) if prep is not None else None
            if found is not None and found.pos == "PROPN":
                return found
    return None


RELATIVE_NAMING_PREPS = frozenset({"as", "by"})
"""Prepositions that carry the name in a relative clause of naming ("who is known as X", "who
goes by X", "who gave his name as X")."""
NAME_CARRYING_NOUNS = frozenset({"name", "nickname", "alias", "pseudonym"})
"""Nouns that stand for a name and carry it in apposition ("who goes by the name Abu Bakr")."""
RELATIVE_NAMING_VERBS = frozenset({"go", "know", "call", "name", "give", "use", "identify"})
"""Verbs of a relative clause that names its head noun ("a commander, who goes by the name X",
"who is known as X", "who calls himself X", "who gave his name as X", "who uses the name X")."""


SELF_NAMING_VERBS = frozenset({"call", "describe", "name", "style"})
"""Verbs whose "-ing" form with a reflexive object names its head noun ("a group calling
itself X", "a group describing itself as X")."""


def _self_naming(sent: ParsedSentence, clause: Token) -> bool:
    """ "calling itself", "describing itself as": a naming participle with a reflexive object."""
    return (
        clause.tag == "VBG"
        and clause.lemma in SELF_NAMING_VERBS
        and any(o.lower in REFLEXIVES for o in sent.children(clause, *OBJECTS))
    )


def _relative_name(sent: ParsedSentence, tok: Token) -> Token | None:
    """The name a relative clause of naming gives ``tok``: "Their commander, who goes by the
    name Abu Bakr, said" speaks as Abu Bakr, as an apposed name would; so does a naming
    participle with a reflexive object ("A group calling itself X said": X)."""
    for rel in sent.children(tok, "relcl", "acl"):
        if rel.dep == "acl" and not _self_naming(sent, rel):
            continue
        if rel.dep == "relcl" and rel.lemma not in RELATIVE_NAMING_VERBS:
            continue
        slots = list(sent.children(rel, "oprd", "attr", "dobj"))
        slots += [
            o
            for p in sent.children(rel, "prep")
            if p.lower in RELATIVE_NAMING_PREPS
            for o in sent.children(p, "pobj")
        ]
        for slot in slots:
            if slot.pos == "PROPN":
                return slot
            if slot.lemma in NAME_CARRYING_NOUNS:
                name = next((c for c in sent.children(slot, "appos") if c.pos == "PROPN"), None)
                if name is not None:
                    return name
    return None


BODY_PLACE_PREPS = frozenset({"of", "in"})
BODY_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _placed_body(ctx: _Context, sent: ParsedSentence, head: Token) -> bool:
    """An unnamed body placed by its own phrase ("the social council of Zawiya", "the local
    council in Tarhuna") or by a place named before its head ("the Souq al-Juma social council",
    "the Zintan municipal council"): a new source that says where it sits, not a name's stand-in."""
    if head.lower not in SOURCE_NOUNS:
        return False
    if any(
        o.ent_type in BODY_PLACE_LABELS
        for prep in sent.children(head, "prep")
        if prep.lower in BODY_PLACE_PREPS
        for o in sent.children(prep, "pobj")
    ):
        return True
    return any(c.i < head.i and _is_place_word(ctx, c) for c in sent.children(head, *BODY_PLACE_MODIFIERS))


BODY_PLACE_MODIFIERS = ("compound", "nmod")
"""Dependencies of a place named before a body's head noun ("the Zintan council")."""


def _is_place_word(ctx: _Context, tok: Token) -> bool:
    """Whether a place mention covers the token."""
    k = bisect.bisect_right(ctx.place_spans, (tok.start, len(ctx.text) + 1)) - 1
    return k >= 0 and ctx.place_spans[k][0] <= tok.start and tok.end <= ctx.place_spans[k][1]


AGE_WORDS = frozenset({"old"})
"""The adjective of an age given in a description ("the 46-year-old teacher")."""


def _aged_description(sent: ParsedSentence, head: Token) -> bool:
    """ "the 46-year-old schoolteacher said": a person described by age and calling stands, as a
    pronoun does, for the person named before (news copy gives the age of whom it has named)."""
    return head.pos == "NOUN" and any(
        a.lower in AGE_WORDS and any(n.lower == "year" for n in sent.children(a, "npadvmod"))
        for a in sent.children(head, "amod")
    )


def _known_hit(ctx: _Context, sent: ParsedSentence, head: Token) -> Hit | None:
    holding = _holding(ctx, head)
    if holding is not None:
        return holding
    aged = _aged_description(sent, head)
    if head.lower in PRONOUNS or ((head.lower in PEOPLE or aged) and _is_definite(sent, head)):
        found = _antecedent(ctx, head, PEOPLE.get(head.lower, "he" if aged else head.lower))
        if found is not None:
            return found
    if (
        head.lower in DESCRIPTIONS
        and (_is_definite(sent, head) or _owned_title(sent, head))
        and not _placed_body(ctx, sent, head)
    ):
        found = ctx.coref.resolve(head.start, head.lower)
        if found is not None:
            return found
    owner = _office_owner(ctx, sent, head)
    if owner is not None:
        return owner
    lo, hi = _phrase_bounds(sent, head)
    inside = ctx.actors_in(lo, hi)
    if head.pos == "NOUN" and head.lower in SOURCE_NOUNS and all(h.start > head.end for h in inside):
        return None  # "a spokesman for the government": an unnamed source, not the body it serves
    if _bare_unit(sent, head) and all(h.start > head.end for h in inside):
        return None  # "the brigade, aligned with X, said": the brigade, not whom it serves
    if _close_people(sent, head):
        return None  # "people close to him": a source of their own, not the man they know
    return inside[0] if inside else None


OFFICE_NOUNS = frozenset({"office", "branch"})
"""Head nouns of a body's own office ("the brigade's media office", "its press office", "its
Zawiya branch"): it speaks for the body that owns it."""


def _office_owner(ctx: _Context, sent: ParsedSentence, head: Token) -> Hit | None:
    """The body whose office speaks: its name, or what "its" or "the brigade" stands for; a
    person's office ("his office") is an actor of its own and is found by name."""
    if head.lower not in OFFICE_NOUNS:
        return None
    owner = next(sent.children(head, "poss"), None)
    if owner is None:
        return None
    found = _holding(ctx, owner)
    if found is None and (owner.lower in ("its", "their") or owner.lower in DESCRIPTIONS):
        found = ctx.coref.resolve(owner.start, owner.lower)
    return found if found is not None and found.actor_kind in BODY_KINDS else None


STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "declaration"})
"""Nouns of an issued statement: "the statement said" speaks for whoever issued it."""


OWNER_PREPS = frozenset({"of", "by", "from"})
"""Prepositions that name a statement's issuers ("a joint statement of the government and army")."""


def _issued_by(sent: ParsedSentence, head: Token) -> list[Token]:
    """The issuers a statement noun names itself: "a statement by X", "the statement,
    issued by X and Y, said" (the agent of a participle hung on the noun), "the ministry's
    statement" or "its statement" (the owner)."""
    preps = [c for c in sent.children(head, "prep") if c.lower in OWNER_PREPS]
    preps.extend(a for acl in sent.children(head, "acl") for a in sent.children(acl, "agent"))
    owners = [o for p in preps for c in sent.children(p, "pobj") for o in _chain(sent, c)]
    return owners + [o for c in sent.children(head, "poss") for o in _chain(sent, c)]


def _described_issuer(ctx: _Context, sent: ParsedSentence, head: Token) -> list[Hit]:
    """ "according to a council statement", "a ministry statement said": a common noun of a
    body before the statement noun is a description of the body named before it (its latest
    earlier mention of that kind, as "the council" would be); with none told before, the body
    the word names speaks itself ("An army statement issued on Sunday said": the army,
    :data:`ISSUING_BODY_NOUNS`). A name before the noun ("the Interior Ministry statement")
    is its issuer."""
    for c in sent.children(head, *ISSUING_MODIFIERS):
        held = _holding(ctx, c)
        if held is not None and held.actor_kind in BODY_KINDS:
            return [held]
        if c.pos in ISSUING_PARTS and c.lower in DESCRIPTIONS and held is None:
            hit = ctx.coref.resolve(c.start, c.lower) or ctx.proposed.get((c.start, c.end))
            if hit is not None:
                return [hit]
    return []


ISSUING_BODY_NOUNS: dict[str, ActorKind] = {
    "army": ActorKind.ARMED_GROUP,
    "military": ActorKind.ARMED_GROUP,
    "ministry": ActorKind.GOVERNMENT,
    "government": ActorKind.GOVERNMENT,
    "parliament": ActorKind.GOVERNMENT,
    "navy": ActorKind.ARMED_GROUP,
    "coastguard": ActorKind.ARMED_GROUP,
}
"""Common nouns of a body before a statement noun ("an army statement said") that, with no such
body told before, name the issuer themselves (an actor of the kind given). "Council" stays out:
a municipal, military, tribal or national council is too many bodies for "according to a council
statement" to name one (round 32a). Extend with nouns that name one body."""


SOURCE_BODY_KINDS: dict[str, ActorKind] = {
    **ISSUING_BODY_NOUNS,
    "ministries": ActorKind.GOVERNMENT,
    "airport": ActorKind.ORGANIZATION,
}
"""Heads of an unnamed source (:data:`SOURCE_NOUNS`) that name a body, not people: "the ministry
said" is the government office "a ministry statement said" names (:data:`ISSUING_BODY_NOUNS`),
"the navy said" an armed group (SCHEMA: a government's forces are armed groups). Other source
heads speak as a collective."""
SOURCE_BODY_COMPOUNDS: dict[tuple[str, str], ActorKind] = {
    ("coast", "guard"): ActorKind.ARMED_GROUP,
    **{(word, "council"): ActorKind.GOVERNMENT for word in ("municipal", "local", "city", "town")},
}
"""A source head that names a body only after its compound or adjective ("the coast guard said": an
armed group; "a guard said": a person, a collective source). A town's own council ("Zuwara's
municipal council", "the local council") is its government (SCHEMA gold: a government body), so
a later "it said" or "the council warned" is that council, not a government named before it."""


ISSUING_MODIFIERS = ("compound", "amod")
"""Dependencies of a word before a statement noun that may name its issuer ("an army statement",
"a military statement")."""
ISSUING_PARTS = frozenset({"NOUN", "ADJ"})
"""Parts of speech of a common word that names an issuing body (:data:`ISSUING_BODY_NOUNS`)."""


def _statement_body(ctx: _Context, sent: ParsedSentence, head: Token) -> Hit | None:
    """The body a common word before a statement noun names ("An army statement issued on
    Sunday said", "a military statement said") or its "from"/"by" phrase names ("a statement
    from the army said"), where no mention holds it and no earlier body of its kind is told."""
    words = [*sent.children(head, *ISSUING_MODIFIERS), *_issued_by(sent, head)]
    for c in words:
        kind = ISSUING_BODY_NOUNS.get(c.lower)
        if kind is None or c.pos not in ISSUING_PARTS or _holding(ctx, c) is not None:
            continue
        if ctx.coref.resolve(c.start, c.lower) is None:
            return Hit(
                c.start, c.end, "speaker:" + normalize_alias(c.text), c.text, "speaker", actor_kind=kind
            )
    return None


def _issuers(ctx: _Context, sent: ParsedSentence, head: Token) -> list[Hit]:
    """Who issued "the statement": in the latest earlier sentence (within a pronoun's reach)
    that tells of a statement, its owners ("a statement by X") or the subject of the verb it
    hangs from ("X said in a statement", "X issued a statement")."""
    floor = ctx.topic_floor(head.start)
    k = bisect.bisect_left(ctx.parsed_starts, sent.start)
    for earlier in reversed(ctx.parsed[max(0, k - 6) : k]):
        if earlier.end <= floor:
            break
        for tok in earlier.tokens:
            if tok.lemma not in STATEMENT_NOUNS or ctx.in_quote(tok.start, tok.end):
                continue
            preps = [c for c in earlier.children(tok, "prep") if c.lower in OWNER_PREPS]
            owners = [o for p in preps for c in earlier.children(p, "pobj") for o in _chain(earlier, c)]
            verb = next((a for a in earlier.ancestors(tok) if a.pos == "VERB"), None)
            if not owners and verb is not None:
                owners = _subject_of(ctx, earlier, verb)
            hits = _speaker_hits(ctx, earlier, owners)
            if hits:
                return hits
    return []


# --------------------------------------------------------------------------- topics

TOPIC_REACH = 1000
"""How many characters back (at most) a pronoun looks for the subject of a main clause."""


def _main_clause(sent: ParsedSentence, verb: Token, verbs: dict[str, SpeechVerb]) -> bool:
    """The sentence's root, a verb conjoined to it, or a speech verb."""
    if verb.lemma in verbs:
        return True
    while verb.dep == "conj":
        verb = sent.head_of(verb)
    return verb.dep == "ROOT"


def _collect_topics(ctx: _Context) -> None:
    """The actors that are subjects of main clauses (and speakers), in text order: what a
    later "he" or "they" most likely continues to talk about. The source an "according to"
    cites is a speaker too ("..., according to the spokesman, Omar Hmeidan. He told
    reporters ...": "he" is the spokesman), a topic where its phrase stands; a record it
    cites ("according to a police report", ``RECORD_NOUNS``) is no one a pronoun continues.
    Where the writer is the subject ("I met Amina Saleh ... She told me", "we spoke to X";
    ``NARRATOR_SUBJECTS``), the person met is the topic."""
    for sent in ctx.parsed:
        sources = {s.i for _, s in _according_in(ctx, sent) if s.lower not in RECORD_NOUNS}
        met: set[int] = set()
        for tok in sent.tokens:  # the cheap test of the word's link first: most tokens fail it
            if tok.i in sources or tok.i in met:
                _add_topic(ctx, sent, tok, ActorKind.PERSON if tok.i in met else None)
                continue
            if tok.dep not in SUBJECTS and (tok.dep != "pobj" or not _framing(sent, tok)):
                continue
            if ctx.in_quote(tok.start, tok.end):
                continue
            if tok.dep in SUBJECTS and not _main_clause(sent, sent.head_of(tok), ctx.verbs):
                continue
            if tok.lower in NARRATOR_SUBJECTS:
                met.update(o.i for o in _met_by_writer(sent, sent.head_of(tok)))
                continue
            _collect_group(ctx, sent, tok)
            _add_topic(ctx, sent, tok)


NARRATOR_SUBJECTS = frozenset({"i", "we"})
"""Subjects outside quotation marks that are the writer, whose main clause's object (or "to",
"with" object), a person, is whom the story then follows ("At the crossing I met X. She told
me ..."); a body ("we urge the council to ...", a release's own "we") is not."""
MET_PREPS = frozenset({"to", "with"})


def _met_by_writer(sent: ParsedSentence, verb: Token) -> list[Token]:
    """The object of the writer's verb, or the object of its "to" or "with" ("spoke to X")."""
    met = [o for o in sent.children(verb, *OBJECTS) if o.i > verb.i]
    for prep in sent.children(verb, "prep"):
        if prep.lower in MET_PREPS and prep.i > verb.i:
            met.extend(sent.children(prep, "pobj"))
    return met


def _add_topic(ctx: _Context, sent: ParsedSentence, tok: Token, kind: ActorKind | None = None) -> None:
    """Record the actor ``tok`` names as the latest topic (only one of ``kind``, if given)."""
    hit = _hit_for(ctx, sent, tok)
    if hit is not None and (kind is None or hit.actor_kind is kind):
        if hit.actor_kind is ActorKind.COLLECTIVE and (tok.tag == "NN" or tok.lower in SINGLE_PARTS):
            ctx.singular.add(hit.key)  # "a witness said ... the man told"; "one of them said ... he"
        ctx.topics.append(hit)
        ctx.topic_starts.append(tok.start)


class _Group(NamedTuple):
    """Named people joined by "and" as a main clause's subject or object ("A and B met",
    "the mission invited A and B"): whom a later "they" may mean."""

    start: int  # the first conjunct's start
    role: str  # "subject" or "object"
    members: list[Hit]


GROUP_ROLES = {"nsubj": "subject", "dobj": "object"}
"""The links a conjoined group of people is read from, by role."""
GROUP_KINDS_OF_PRONOUN = frozenset({ActorKind.PERSON})
"""Kinds whose conjoined names "they" can stand for (one person never is "they"; a body may be)."""


def _collect_group(ctx: _Context, sent: ParsedSentence, subj: Token) -> None:
    """Record the conjoined named people that are the main clause's subject ``subj`` or the
    object of its verb (once per clause: from its subject)."""
    verb = sent.head_of(subj)
    if subj.dep != "nsubj" or verb.pos != "VERB":
        return
    for head in (subj, *sent.children(verb, "dobj")):
        tokens = [head]
        while len(tokens) < 6:
            nxt = next(sent.children(tokens[-1], "conj"), None)
            if nxt is None:
                break
            tokens.append(nxt)
        if len(tokens) < 2:
            continue
        members = [h for h in (_holding(ctx, t) for t in tokens) if h is not None]
        if len(members) == len(tokens) and all(h.actor_kind in GROUP_KINDS_OF_PRONOUN for h in members):
            keys = {h.key for h in members}
            if len(keys) == len(members):
                ctx.groups.append(_Group(head.start, GROUP_ROLES[head.dep], members))


PAIR_NOUNS: dict[str, frozenset[ActorKind]] = {
    **dict.fromkeys(
        ("men", "leaders", "rivals", "commanders", "ministers", "politicians", "envoys"),
        frozenset({ActorKind.PERSON}),
    ),
    **dict.fromkeys(("countries", "states", "nations"), frozenset({ActorKind.COUNTRY})),
    "governments": frozenset({ActorKind.COUNTRY, ActorKind.GOVERNMENT}),
    **dict.fromkeys(
        ("sides", "parties", "camps", "factions"),
        frozenset({ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT, ActorKind.COUNTRY}),
    ),
    **dict.fromkeys(("militias", "brigades"), frozenset({ActorKind.ARMED_GROUP})),
}
"""Plural nouns that, as "both N" or "the two N", stand for the two actors of their kinds named
last ("X met Y in Istanbul. The two leaders said": X and Y; "X clashed with Y. Both sides
said": X and Y, the parties to a fight). Extend with a noun and its kinds."""
PAIR_WORDS = frozenset({"both", "two"})


def _pair_of(ctx: _Context, sent: ParsedSentence, head: Token) -> list[Hit]:
    """The two actors "both men" or "the two leaders" stand for: the last two of the noun's
    kinds (``PAIR_NOUNS``) named before it, both in one sentence, in the same or the
    previous paragraph; none when a third of those kinds is named in that sentence."""
    kinds = PAIR_NOUNS.get(head.lower)
    if kinds is None or not any(
        c.lower in PAIR_WORDS for c in sent.children(head, "det", "predet", "nummod")
    ):
        return []
    floor = ctx.topic_floor(head.start)
    named: list[Hit] = []
    for hit in reversed(ctx.actors_in(floor, head.start)):
        if hit.actor_kind in kinds and all(h.key != hit.key for h in named):
            named.append(hit)
        if len(named) == 2:
            break
    if len(named) < 2:
        return []
    first_sent = ctx.sentence_at(named[1].start)
    if first_sent is None or ctx.sentence_at(named[0].start) is not first_sent:
        return []
    others = {h.key for h in ctx.actors_in(first_sent.start, first_sent.end) if h.actor_kind in kinds}
    return [named[1], named[0]] if len(others) == 2 else []


def _pronoun_group(ctx: _Context, sent: ParsedSentence, head: Token) -> list[Hit]:
    """The people a speaking "they" stands for when the clause it continues named them
    joined by "and": the subject ("A and B met in Paris. They said"), or the object when
    the subject cannot be "they" or is a body the people were set against ("the mission
    invited A and B. They said": A and B). The group must be the latest named people
    before the pronoun, with no main-clause subject after its clause's."""
    if head.lower != "they" or head.dep not in SUBJECTS:
        return []
    floor = ctx.topic_floor(head.start)
    k = bisect.bisect_left(ctx.groups, head.start, key=lambda g: g.start)
    if not k:
        return []
    group = ctx.groups[k - 1]
    if group.start < floor:
        return []
    t = bisect.bisect_left(ctx.topic_starts, head.start)
    latest = ctx.topic_starts[t - 1] if t else -1
    group_sent = ctx.sentence_at(group.start)
    if group_sent is None or latest >= group_sent.end:
        return []  # a main clause told since: "they" continues it
    if group.role == "object" and latest > group.start:
        return []
    return list(group.members)


FRAMING_PREPS = frozenset({"for", "to"})
"""Prepositions that open a sentence with whose view it tells ("For Salem, the test is
simple."): their object is the topic a later "he said" continues."""


def _framing(sent: ParsedSentence, tok: Token) -> bool:
    """The object of a framing preposition that opens the sentence and a comma closes."""
    if tok.dep != "pobj":
        return False
    prep = sent.head_of(tok)
    if prep.i != 0 or prep.lower not in FRAMING_PREPS:
        return False
    after = tok.i + 1
    return after < len(sent.tokens) and sent.tokens[after].text == ","


PERSONAL = frozenset({"he", "him", "his", "she", "her"})
MILITARY_RANKS = ("colonel", "brigadier", "lieutenant", "sergeant", "marshal", "admiral", "commodore")
"""Ranks that, as "the colonel said", stand for the officer named before (news copy names an
officer once with his rank, then calls him by it)."""
PEOPLE = {
    "man": "he",
    "woman": "she",
    **dict.fromkeys(
        ("politician", "lawmaker", "legislator", "diplomat", "analyst", "lawyer", "expert"), "he"
    ),
    **dict.fromkeys(MILITARY_RANKS, "he"),
}
"""Definite descriptions that stand for the person last spoken of, like a pronoun ("the
politician said": the person named before, whatever the gender; "the colonel said": the officer)."""


def _antecedent(ctx: _Context, head: Token, word: str) -> Hit | None:
    """A pronoun's actor: the latest compatible subject of a main clause in its paragraph or
    the one before (the speaker of the previous statement, not the last name mentioned),
    else the nearest compatible mention."""
    floor = ctx.topic_floor(head.start)
    nearest = ctx.coref.resolve(head.start, word)
    inside = _parenthetical_floor(ctx, head)
    if nearest is not None and nearest.start >= inside:
        nearest = None  # "The fighters, they said, had left": "they" are not the fighters
    k = bisect.bisect_left(ctx.topic_starts, head.start)
    for pos, hit in zip(reversed(ctx.topic_starts[:k]), reversed(ctx.topics[:k]), strict=True):
        if pos >= inside:
            continue
        if pos < floor:
            break
        if hit.end <= head.start and (
            Coreference([hit], ctx.entries).resolve(head.start, word) is hit
            or (word in PERSONAL and hit.key in ctx.singular)
        ):
            if nearest is not None and nearest.start > pos and ctx.sentence_at(nearest.start) is None:
                return nearest  # named in a sentence left unparsed: no grammar to weigh it by
            return _mover_since(ctx, pos, head.start, word) or hit
    return nearest


def _parenthetical_floor(ctx: _Context, pronoun: Token) -> int:
    """Where a pronoun's antecedent cannot start: the sentence's own start when the pronoun
    speaks in an attribution set inside the clause it reports ("The fighters, they said, had
    left": parataxis), whose words are what was said, not who said it; else past the pronoun."""
    sent = ctx.sentence_at(pronoun.start)
    if sent is None or pronoun.dep not in SUBJECTS:
        return pronoun.start + 1
    verb = sent.head_of(pronoun)
    if verb.dep != "parataxis" or verb.lemma not in ctx.verbs:
        return pronoun.start + 1
    return sent.start


def _mover_since(ctx: _Context, after: int, before: int, word: str) -> Hit | None:
    """ "X said ... Y drove to the hotel. 'We hold the city,' he told reporters": the latest
    person told moving in a sentence after the topic's, when the pronoun fits (a move inside
    the topic's own sentence, "the camp that Y visited", is the topic's to tell)."""
    sent = ctx.sentence_at(after)
    after = sent.end if sent is not None else after
    k = bisect.bisect_left(ctx.movers, before, key=lambda m: m[0])
    for at, hit in reversed(ctx.movers[:k]):
        if at <= after:
            return None
        if (
            after < hit.start
            and hit.end <= before
            and Coreference([hit], ctx.entries).resolve(before, word) is hit
        ):
            return hit
    return None


SOURCE_NOUNS = frozenset(
    """witness witnesses resident residents official officials source sources spokesman spokeswoman
    spokesperson representative representatives commander commanders diplomat diplomats activist
    activists doctor doctors medic medics analyst analysts observer observers journalist journalists
    correspondent channel channels television agency media family families fighter fighters rebel
    rebels tribesman tribesmen worker workers leader leaders officer officers police monitor monitors
    minister ministry ministries lawmaker lawmakers elder elders survivor survivors team teams
    authorities authority official's spokesmen administration office chief head centre center
    command headquarters committee commission embassy municipality mayor governor ambassador
    envoy member members crew operator company airline hospital clinic charity coalition
    eyewitness eyewitnesses locals villagers protesters demonstrators engineers navy division
    unit spokespeople inhabitants insurgents militants gunmen soldiers groups
    broadcaster politician politicians lawyer lawyers expert experts relatives relative brother sister
    father mother son daughter wife husband cousin uncle
    engineer driver drivers nurse nurses teacher teachers farmer farmers volunteer volunteers local
    council councils commentator commentators critic critics shopkeeper shopkeepers
    comrade comrades colleague colleagues neighbour neighbours neighbor neighbors paramedic
    paramedics rescuer rescuers negotiator negotiators delegate delegates investigator
    investigators researcher researchers staff captors kidnappers abductors hijacker hijackers contact contacts
    management schoolteacher schoolteachers grocer grocers trader traders merchant merchants vendor
    vendors baker bakers butcher butchers pharmacist pharmacists respondent respondents
    airport
    associate associates aide aides confidant confidants friend friends supporter supporters
    guard guards director directors manager managers chairman coordinator prosecutor prosecutors
    captain captains skipper skippers pilot pilots sailor sailors interviewee interviewees
    migrant migrants refugee refugees herder herders shepherd shepherds fisherman fishermen
    passenger passengers student students employee employees lecturer lecturers professor professors
    academic academics clerk clerks receptionist receptionists school schools university universities
    coastguard""".split()
)
"""Head nouns of unnamed sources that speak ("a security source", "witnesses", "residents",
and ordinary people a report lets speak: "shepherds reported", "migrants said");
a plural the list lacks speaks by its singular ("ambulance crews said": "crew")."""


CLOSE_ADJECTIVES = frozenset({"close", "familiar", "near"})
PEOPLE_NOUNS = frozenset({"people", "person"})


def _close_people(sent: ParsedSentence, tok: Token) -> bool:
    """ "people close to him", "a person familiar with the talks": an unnamed source."""
    return tok.lower in PEOPLE_NOUNS and any(a.lower in CLOSE_ADJECTIVES for a in sent.children(tok, "amod"))


DESCRIBED_PEOPLE = frozenset({"man", "men", "woman", "women"})
"""Nouns of people that speak as an unnamed source only with a word that describes them ("two
Sudanese men told us", "a woman from Eritrea said"); "the men", bare, are mostly whom the
report is about ("denied that the men had been mistreated")."""
DESCRIBING_DEPS = frozenset({"amod", "nummod", "compound", "prep"})


def _source_noun(tok: Token, sent: ParsedSentence | None = None) -> bool:
    """A common noun heading an unnamed source, in the listed form or by its lemma (a noun of
    :data:`DESCRIBED_PEOPLE` with a describing word, when ``sent`` is given)."""
    if tok.pos != "NOUN":
        return False
    if tok.lower in SOURCE_NOUNS or tok.lemma in SOURCE_NOUNS:
        return True
    return sent is not None and tok.lower in DESCRIBED_PEOPLE and any(sent.children(tok, *DESCRIBING_DEPS))


PERSON_TITLES = frozenset(
    """official spokesman spokeswoman spokesperson commander minister representative resident
    witness doctor medic analyst journalist correspondent leader officer lawmaker elder member
    mayor governor ambassador envoy chief head activist diplomat director president adviser
    advisor deputy colonel general""".split()
)
"""Nouns in apposition that make a name the recogniser did not label a person's."""
NAMED = frozenset({"PERSON", "ORG"})
"""Entity labels of a speaker the knowledge base may lack."""


def _propose_speakers(ctx: _Context) -> dict[tuple[int, int], Hit]:
    """Speakers no mention covers: unnamed sources and names the recogniser finds, keyed by
    their head token's span (these become collective or new actors)."""
    out: dict[tuple[int, int], Hit] = {}
    for sent in ctx.parsed:
        heads = [h for verb, _spec in _speech_tokens(ctx, sent) for h in _subject_of(ctx, sent, verb)]
        heads.extend(h for _tok, source in _according_in(ctx, sent) for h in _chain(sent, source))
        for head in heads:
            body = _statement_body(ctx, sent, head) if head.lemma in STATEMENT_NOUNS else None
            if body is not None:
                out[(body.start, body.end)] = body
                continue
            head = _appos_name_of(ctx, sent, head) or head
            if _holding(ctx, head) is None and (head.pos == "PROPN" or _known_hit(ctx, sent, head) is None):
                hit = _proposal(ctx, sent, head)
                if hit is not None:
                    out[(head.start, head.end)] = hit
            base = _holding(ctx, head) or out.get((head.start, head.end))
            if base is not None:
                out.update(_joint_proposals(sent, head, base))
    return out


def _joint_adjectives(sent: ParsedSentence, head: Token) -> list[Token]:
    """Conjoined adjectives that split one noun into several speakers ("the Spanish and
    Greek rescue teams"): each adjective names one."""
    for amod in sent.children(head, "amod"):
        chain = [t for t in _chain(sent, amod) if t.pos == "ADJ"]
        if len(chain) > 1:
            return chain
    return []


def _joint_proposals(sent: ParsedSentence, head: Token, hit: Hit) -> dict[tuple[int, int], Hit]:
    """One collective speaker per adjective, named in the singular, keyed by the adjective."""
    adjectives = _joint_adjectives(sent, head)
    if head.pos != "NOUN" or not adjectives:
        return {}
    between = [t for t in sent.tokens if adjectives[-1].i < t.i < head.i]
    rest = " ".join([*(t.text for t in between), head.lemma if head.tag == "NNS" else head.text])
    out: dict[tuple[int, int], Hit] = {}
    for adj in adjectives:
        name = f"{adj.text} {rest}"
        out[(adj.start, adj.end)] = Hit(
            hit.start, hit.end, "speaker:" + normalize_alias(name), name, "speaker", actor_kind=hit.actor_kind
        )
    return out


def _people_part(sent: ParsedSentence, head: Token) -> bool:
    """A partitive subject whose group is people ("one of the young men", "some of the
    fighters")."""
    whole = _partitive_whole(sent, head)
    return whole is not None and whole.pos == "NOUN" and (_source_noun(whole) or whole.lemma in HUMAN_NOUNS)


FORCE_NOUNS = frozenset({"forces", "troops", "militias", "brigades"})
"""Plural heads of an armed side no knowledge-base name covers; with a describing word
("anti-regime forces", "pro-government troops") they speak as the group they describe."""


def _proposal(ctx: _Context, sent: ParsedSentence, head: Token) -> Hit | None:
    unlabelled = head.ent_iob == ""  # a pipeline without an entity recogniser
    described = not head.ent_type and _described_name(sent, head)
    if head.pos == "PROPN" and (
        head.ent_type in NAMED or unlabelled or described or any(sent.children(head, "appos"))
    ):
        lo, hi = _name_bounds(sent, head) if unlabelled or described else _entity_bounds(sent, head)
        titled = any(c.lemma in PERSON_TITLES for c in sent.children(head, "appos")) or (
            head.dep == "appos" and sent.head_of(head).lemma in PERSON_TITLES
        )
        titled = titled or _named_as_speaker(sent, sent.head_of(head)) is not None  # "gave his name as X"
        kind = ActorKind.PERSON if head.ent_type == "PERSON" or titled else ActorKind.ORGANIZATION
    elif _people_part(sent, head):
        lo, hi = _phrase_bounds(sent, head)
        kind = ActorKind.COLLECTIVE  # "one of the young men who found him said"
    elif _acronym(head):
        lo, hi, kind = head.start, head.end, ActorKind.ORGANIZATION  # "broadcaster ERT said"
    elif _unit_number(sent, head):
        return _numbered_unit(ctx, head)  # "444 said it would ..."
    elif _source_noun(head, sent) or _close_people(sent, head):
        lo, hi = _phrase_bounds(sent, head)
        kind = _source_kind(sent, head)  # an unnamed source; one person when singular
    elif head.pos == "NOUN" and head.lower in FORCE_NOUNS and any(sent.children(head, "amod", "compound")):
        lo, hi = _phrase_bounds(sent, head)
        kind = ActorKind.ARMED_GROUP  # "anti-regime forces declared ...": a described armed side
    elif _bare_unit(sent, head):
        lo, hi, kind = head.start, head.end, ActorKind.ARMED_GROUP  # "the brigade said", none named before
    elif _office_title(sent, head):
        lo, hi = _office_bounds(sent, head)
        kind = ActorKind.COLLECTIVE  # "The Special Rapporteur on Torture said": an unnamed source (SCHEMA)
    else:
        return None
    lo = _skip_determiners(sent, lo, head)
    while lo < hi and ctx.text[lo].isspace():
        lo += 1
    name = ctx.text[lo:hi].strip()
    if not name or len(name) > 60:
        return None
    key = "speaker:" + normalize_alias(name)
    if head.tag == "NN" and kind is ActorKind.COLLECTIVE:
        ctx.singular.add(key)
    return Hit(lo, hi, key, name, "speaker", actor_kind=kind)


def _source_kind(sent: ParsedSentence, head: Token) -> ActorKind:
    """The kind of an unnamed source: the body its head names (:data:`SOURCE_BODY_KINDS`,
    :data:`SOURCE_BODY_COMPOUNDS`), else a collective."""
    kind = SOURCE_BODY_KINDS.get(head.lower)
    for c in sent.children(head, *ISSUING_MODIFIERS) if kind is None else ():
        kind = SOURCE_BODY_COMPOUNDS.get((c.lower, head.lower), kind)
    return kind or ActorKind.COLLECTIVE


def _bare_unit(sent: ParsedSentence, head: Token) -> bool:
    """ "the brigade", "the battalion" (:data:`SINGULAR_BODY_HEADS`) with no word before the
    noun but "the": one armed body, the one of that head named before (coreference) or, with
    none, an unnamed armed group of its own."""
    return (
        head.pos == "NOUN"
        and head.lower in SINGULAR_BODY_HEADS
        and _is_definite(sent, head)
        and all(c.i > head.i or (c.dep == "det" and c.lower == "the") for c in sent.children(head))
    )


OFFICE_TOPIC_PREPS = frozenset({"for", "on", "of"})
"""Prepositions of an office's remit after its title ("Coordinator for Libya", "Rapporteur on
Torture")."""


def _office_title(sent: ParsedSentence, head: Token) -> bool:
    """A definite capitalised title (:data:`TITLE_WORDS`) the recogniser left unlabelled ("The
    Deputy Humanitarian Coordinator for Libya said", "The Special Rapporteur on Torture said")."""
    return (
        head.pos == "PROPN"
        and not head.ent_type
        and head.lower in TITLE_WORDS
        and head.text[:1].isupper()
        and any(c.lower == "the" for c in sent.children(head, "det"))
    )


def _office_bounds(sent: ParsedSentence, head: Token) -> tuple[int, int]:
    """The title's capitalised words before its head and a capitalised remit after it."""
    lo = head.i
    while lo > 0 and sent.tokens[lo - 1].head == head.i and sent.tokens[lo - 1].dep in ("compound", "amod"):
        if not sent.tokens[lo - 1].text[:1].isupper():
            break
        lo -= 1
    end = head.end
    for prep in sent.children(head, "prep"):
        if prep.lower in OFFICE_TOPIC_PREPS and prep.i == head.i + 1:
            objs = [o for o in sent.children(prep, "pobj") if o.text[:1].isupper() and o.pos == "PROPN"]
            if objs:
                end = sent.tokens[_subtree_last(sent, objs[0])].end
    return sent.tokens[lo].start, end


BODY_NOUNS = frozenset(
    """platform outlet site website page agency channel station broadcaster newspaper group
    movement brigade battalion militia party""".split()
)
"""Common nouns set before a name the recogniser missed ("the media platform Hakomitna",
"the armed group Ghnewa"): the name is a body's."""


def _described_name(sent: ParsedSentence, head: Token) -> bool:
    """A proper noun after a noun that says what kind of body it names."""
    return any(
        c.pos == "NOUN" and c.i < head.i and c.lemma in BODY_NOUNS for c in sent.children(head, "compound")
    )


def _unit_number(sent: ParsedSentence, tok: Token) -> bool:
    """A bare number of three or more digits that speaks names a numbered unit ("444 said")."""
    return (
        tok.pos == "NUM"
        and tok.dep in SUBJECTS
        and len(tok.text) >= 3
        and tok.text.isdigit()
        and not tok.children
    )


def _numbered_unit(ctx: _Context, head: Token) -> Hit | None:
    """The unit named before by its number ("the 444 Brigade ... 444 said"), else none."""
    prefix = head.text + " "
    named = [h for h in ctx.actors if h.end <= head.start and ctx.text[h.start : h.end].startswith(prefix)]
    return named[-1] if named else None


def _acronym(tok: Token) -> bool:
    """An all-capital word the tagger took for a common noun ("ERT", "NOC")."""
    return tok.pos == "NOUN" and 2 <= len(tok.text) <= 6 and tok.text.isalpha() and tok.text.isupper()


def _name_bounds(sent: ParsedSentence, head: Token) -> tuple[int, int]:
    """The run of proper nouns (and the hyphens inside them) around ``head``."""
    toks = sent.tokens

    def part(k: int) -> bool:
        return toks[k].pos == "PROPN" or (
            toks[k].text == "-" and 0 < k < len(toks) - 1 and toks[k + 1].pos == "PROPN"
        )

    lo = hi = head.i
    while lo > 0 and part(lo - 1):
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].pos == "PROPN":
        hi += 1
    return toks[lo].start, toks[hi].end


def _entity_bounds(sent: ParsedSentence, head: Token) -> tuple[int, int]:
    lo = hi = head.i
    toks = sent.tokens
    while lo > 0 and toks[lo].ent_iob == "I" and toks[lo - 1].ent_type == head.ent_type:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].ent_iob == "I":
        hi += 1
    return toks[lo].start, toks[hi].end


def _skip_determiners(sent: ParsedSentence, lo: int, head: Token) -> int:
    for tok in sent.tokens:
        if (
            tok.start >= lo
            and tok.i < head.i
            and (tok.dep in ("det", "poss", "predet", "case") or tok.pos == "DET")
        ):
            if tok.dep == "poss" and tok.pos == "PROPN":
                break  # "Sabratha's municipal council": the owner's name is part of the body's
            lo = tok.end
            continue
        if tok.start >= lo:
            break
    return lo


def _kind_held(ctx: _Context, tok: Token) -> ActorKind | None:
    """The kind of actor the mention holding ``tok`` names, if any."""
    hit = _holding(ctx, tok)
    return hit.actor_kind if hit is not None else None


def _holding(ctx: _Context, head: Token) -> Hit | None:
    """The longest actor mention whose span holds the token (asked several times per token:
    remembered for the article)."""
    key = (head.start, head.end)
    if key in ctx.holding:
        return ctx.holding[key]
    holding = [  # a name may run past its head ("the UN Support Mission in Libya")
        h
        for h in ctx.actors_in(head.start - 200, head.end + 200)
        if h.start <= head.start and head.end <= h.end
    ]
    found = ctx.holding[key] = max(holding, key=lambda h: h.end - h.start) if holding else None
    return found


def _owned_title(sent: ParsedSentence, head: Token) -> bool:
    """ "Turkey's president", "Egypt's foreign minister": a person's title owned by a
    country or body names the person holding it, not the owner."""
    return head.lower in PERSON_TITLES and any(
        c.dep == "poss" and c.pos == "PROPN" for c in sent.children(head)
    )


def _is_definite(sent: ParsedSentence, head: Token) -> bool:
    return any(c.dep == "det" and c.lower in ("the", "this", "that") for c in sent.children(head))


SET_OFF_MODIFIERS = ("amod",)
"""Dependencies of a modifier that, after its noun and set off by a comma ("the navy, loyal to
the government, said"), describes the noun as an apposition does: no part of its name."""


def _phrase_bounds(sent: ParsedSentence, head: Token) -> tuple[int, int]:
    """A noun phrase without its conjuncts, relative clauses and appositions (nor the comma
    that closes one: "a politician from X, which was bombed in 2019, told")."""
    keep = _kept(sent, head, frozenset({"conj", "cc", "relcl", "appos", "acl"}))
    for c in sent.children(head, *SET_OFF_MODIFIERS):
        if c.i > head.i + 1 and sent.tokens[c.i - 1].lower == ",":
            keep -= _kept(sent, c, frozenset())  # "the navy, loyal to X, said": set off, as an apposition
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    while hi > head.i and sent.tokens[hi].pos == "PUNCT":
        hi -= 1
    while lo < head.i and sent.tokens[lo].pos == "PUNCT":
        lo += 1  # a closing quote the parser hung on the speaker ('..." two of the women said')
    return sent.tokens[lo].start, sent.tokens[hi].end


def _kept(sent: ParsedSentence, root: Token, cut: frozenset[str]) -> set[int]:
    """Indices of ``root``'s subtree, not descending into relations in ``cut`` (walks the
    children's indices directly: this runs for most content spans)."""
    tokens = sent.tokens
    keep = {root.i}
    stack = [root]
    while stack:
        for i in stack.pop().children:
            child = tokens[i]
            if child.dep not in cut and i not in keep:
                keep.add(i)
                stack.append(child)
    return keep


# --------------------------------------------------------------------------- content


class _Content(NamedTuple):
    root: Token  # the head of the reported content
    extra: Token | None  # a to-infinitive after an object ("urged the council to act")
    clausal: bool  # a clause ("said that ...", "vowed to ..."); else a noun phrase
    with_verb: bool = False  # an object keeps its verb ("announced the capture")


PROCLAIMING_VERBS = frozenset({"declare", "proclaim", "predict", "forecast"})
"""Verbs whose object is the whole of what was proclaimed or foretold ("declared the liberation
of X": "the liberation of X", "predicted victory within weeks": "victory within weeks"), unlike
"announced the capture", whose verb the content keeps."""


OBSERVED_OBJECT_VERBS = frozenset({"report"})
"""Verbs whose object is what the speaker saw or heard, reported without the verb ("residents
reported heavy gunfire": "heavy gunfire"), unlike "announced the capture", whose verb the
content keeps."""


def _content_root(sent: ParsedSentence, verb: Token, spec: SpeechVerb) -> _Content | None:
    """Where the reported content is, trying the table's arguments in order."""
    addressed = False  # the object is whom the verb addressed, its "of" phrase what was said
    if _convened(sent, verb):
        return None  # "had called the general strike": an event organised, nothing said
    for arg in spec.args:
        found: Token | None
        if arg == "ccomp":
            misread = _relative_read_as_clause(sent, verb)
            clause = next(
                (
                    c
                    for c in sent.children(verb, *CLAUSAL)
                    if not _semicolon_apart(sent, verb, c) and c is not misread
                ),
                None,
            )
            found = clause or _that_clause(sent, verb)  # not "X; he said Y"'s X
            found = found or _attributed_clause(sent, verb) or _stranded_content(sent, verb)
            if found is None and not OBJECT_ARGS & set(spec.args):
                found = _subject_read_as_object(sent, verb)
        elif arg == "xcomp":
            found = next(sent.children(verb, *OPEN_COMPLEMENTS), None)
        elif arg == "dobj":
            found = next(sent.children(verb, *OBJECTS), None)
            if found is None:
                label = _folded_verdict(sent, verb)
                if label is not None:
                    return _Content(label, None, False)  # "called the Tobruk meeting unconstitutional"
        elif arg == "dobj:that":
            found = _object_that_clause(sent, verb)
            if found is not None:
                return _Content(found, None, sent.head_of(found).lemma not in OCCASION_NOUNS)
            continue
        elif arg == "acl:that":
            found = _noun_that_clause(sent, verb)
            if found is not None:
                return _Content(found, None, True)  # "his demand that the council leave"
            continue
        elif arg == "dobj:to":
            found = _object_told_to(sent, verb)
            if found is None:
                continue  # "told Reuters": whom it was told to, not what
            arg = "dobj"  # "told residents to leave": the object and its infinitive, as "urged"
        elif arg == "dobj:of":
            found = _object_reminded_of(sent, verb)
            if found is None:
                continue  # "reminded reporters": whom it was said to, not what
            arg, addressed = "dobj", True  # "reminded all sides of their duty": as "urged X to"
        else:
            word = arg.split(":", 1)[1]
            prep = next((c for c in sent.children(verb, "prep") if c.lower == word), None)
            prep = prep or _after_channel(sent, verb, word)
            found = next(sent.children(prep, "pobj", "pcomp"), None) if prep is not None else None
            if found is None:
                found = _marked_clause(sent, verb, word)
                if found is not None:
                    return _Content(found, None, True)
        if found is None or _not_content(sent, verb, found, arg):
            continue
        if arg == "dobj" and found.i < verb.i:
            found = next((c for c in sent.children(verb, "oprd") if c.i > verb.i), None)
            if found is None:
                continue  # "which it denied": the content is elsewhere
            return _Content(found, None, False)
        if arg == "ccomp":
            subject = _that_misread_as_determiner(sent, verb, found) or _subject_misread_as_object(
                sent, verb, found
            )
            if subject is not None:
                return _Content(subject, found, True)  # "warned that fuel would run out"
            first_half = _first_coordinate(sent, verb, found)
            if first_half is not None:
                return _Content(first_half, found, True)  # "A, but B, witnesses said": A and B
            more = [c for c in sent.children(verb, *CLAUSAL) if c.i > found.i]
            return _Content(found, more[-1] if more else None, True)  # a clause parsed in two
        extra = next((c for c in sent.children(verb, *OPEN_COMPLEMENTS, "oprd") if c.i > found.i), None)
        if extra is None and arg == "dobj":
            extra = _infinitive_after(sent, verb, found)  # "urged volunteers without arms to go home"
        if extra is None and arg in ADDRESSED_PREP_ARGS:
            extra = _infinitive_after(sent, verb, found) or _infinitive_as_prep(sent, verb, found)
        if extra is None and arg.startswith("prep:"):
            extra = _repeated_preposition(sent, found)  # "complained of A and of B": both
        if extra is None and arg == "dobj":
            extra = (
                next(
                    (
                        c
                        for c in sent.children(verb, "prep")
                        if c.i > found.i
                        and (
                            c.lower in OBJECT_PREPS
                            or (c.lower == "as" and verb.lemma in AS_VERBS | AS_VERDICT_VERBS)
                        )
                    ),
                    None,
                )
                or _verdict_read_as_clause(sent, verb, found)
                or _object_tail(sent, verb, found)
                or _foretold_when(sent, verb, found)
                or _observed_setting(sent, verb, found)
            )
        if (
            arg == "dobj"
            and extra is None
            and _told_after(sent, verb, found)
            and not _clause_on_object(sent, _Content(found, None, False))
        ):
            continue  # "condemned the attack, saying that ...": what was said follows
        with_verb = arg == "dobj" and (verb.lemma not in VERDICT_OBJECT_VERBS or verb.dep == "acl")
        with_verb = (
            with_verb and verb.lemma not in PROCLAIMING_VERBS | OBSERVED_OBJECT_VERBS and not addressed
        )
        if verb.lemma in VERDICT_VERBS and extra is not None and _unquoted_label(sent, extra):
            with_verb = False  # "called the vote illegal": the thing judged and its label
        return _Content(found, extra if arg != "xcomp" else None, arg == "xcomp", with_verb=with_verb)
    return None


def _repeated_preposition(sent: ParsedSentence, found: Token) -> Token | None:
    """ "complained of power cuts and of long queues": the content's preposition said again
    after "and", which the parser joins to the first preposition (or hangs beside it on the
    verb), not to its object; the second phrase is part of what was said."""
    prep = sent.head_of(found)
    if prep.dep != "prep" or found.dep not in ("pobj", "pcomp"):
        return None
    joined = sent.children(prep, "conj")
    beside = (c for c in sent.children(sent.head_of(prep), "prep") if sent.tokens[c.i - 1].dep == "cc")
    return next((c for c in (*joined, *beside) if c.lower == prep.lower and c.i > found.i), None)


SAYING_VERBS = frozenset({"say", "tell", "add", "state", "explain", "insist", "argue"})
"""Plain verbs of saying, which after an object verb give what was said ("denied the report
and said ...")."""


def _told_after(sent: ParsedSentence, verb: Token, obj: Token) -> bool:
    """A bare object followed by the same speaker's clause of saying ("condemned the attack,
    saying that ...", "denied the raid and said it was not responsible"): the object only
    names what the words are about; the clause is the statement (gold records it alone)."""
    return any(
        c.i > obj.i
        and c.lemma in SAYING_VERBS
        and not any(sent.children(c, *SUBJECTS))
        and any(sent.children(c, *CLAUSAL))
        for c in sent.children(verb, "conj", "advcl")
    )


def _that_misread_as_determiner(sent: ParsedSentence, verb: Token, clause: Token) -> Token | None:
    """ "warned that fuel would run out": the parser reads "that fuel" as the verb's object and
    leaves the clause without a subject; the object is the clause's subject."""
    if clause.i < verb.i or any(sent.children(clause, *SUBJECTS)) or verb.i + 1 >= len(sent.tokens):
        return None
    that = sent.tokens[verb.i + 1]
    if that.lower != "that" or that.dep != "det":
        return None
    obj = sent.head_of(that)
    return obj if obj.dep in OBJECTS and obj.head == verb.i and obj.i < clause.i else None


ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "brief", "remind", "notify", "warn", "promise"})
"""Speech verbs whose object is the person told, never the subject of what was said."""


OBJECT_ARGS = frozenset({"dobj", "dobj:that", "dobj:to", "dobj:of"})
"""Table arguments that make a speech verb's object what was said or whom it was said to."""


def _subject_read_as_object(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "Witnesses said long convoys of trucks left overnight and headed south": with no clause,
    the parser reads the reported subject as the object of a verb that takes none and the
    clause's past verb as a participle on it (a reduced relative, :data:`MISREAD_HOST_TAGS`,
    with no auxiliary and no "by" agent); the object's phrase is the reported clause."""
    obj = next((c for c in sent.children(verb, *OBJECTS) if c.i > verb.i), None)
    if obj is None or obj.pos not in ("NOUN", "PROPN"):
        return None
    lo, hi = sent.subtree(obj)
    for tok in sent.tokens_in(lo, hi):
        if tok.dep != "acl" or tok.tag not in MISREAD_HOST_TAGS or tok.i < obj.i:
            continue
        if not any(sent.children(tok, "aux", "auxpass", "agent")):
            return obj
    return None


def _subject_misread_as_object(sent: ParsedSentence, verb: Token, clause: Token) -> Token | None:
    """ "said fighters from X, a brigade formed in 2011, were among the crowd": a long subject
    with an apposition that the parser reads as the verb's object, leaving the clause after
    it without a subject; the object is the clause's subject."""
    if verb.lemma in ADDRESSEE_VERBS or clause.i < verb.i or any(sent.children(clause, *SUBJECTS)):
        return None
    obj = next((c for c in sent.children(verb, *OBJECTS) if verb.i < c.i < clause.i), None)
    return obj if obj is not None and obj.pos in ("NOUN", "PROPN", "PRON") else None


def _channel_nouns(sent: ParsedSentence, verb: Token) -> Iterator[Token]:
    """The verb's channel nouns ("called in a statement": "statement")."""
    for prep in sent.children(verb, "prep"):
        if prep.lower in CHANNEL_PREPS:
            yield from (n for n in sent.children(prep, "pobj") if n.lemma in CHANNEL_NOUNS)


def _after_channel(sent: ParsedSentence, verb: Token, word: str) -> Token | None:
    """The preposition the parser hung on the verb's channel ("called in a statement for
    calm": "for" under "statement"): the verb's own."""
    return next(
        (c for noun in _channel_nouns(sent, verb) for c in sent.children(noun, "prep") if c.lower == word),
        None,
    )


def _marked_clause(sent: ParsedSentence, verb: Token, word: str) -> Token | None:
    """A clause the parser hung on the verb (or its channel) with the preposition as its marker
    ("called for the weapons to be handed over": "for" marks the infinitive clause): what was
    called for."""
    for head in (verb, *_channel_nouns(sent, verb)):
        for c in sent.children(head, "advcl", "ccomp", "xcomp", "acl", "relcl"):
            if any(m.lower == word for m in sent.children(c, "mark")):
                return c
    return None


def _object_told_to(sent: ParsedSentence, verb: Token) -> Token | None:
    """The object of "told residents to leave": only with a to-infinitive after it (the
    object alone is whom the verb addressed)."""
    obj = next((c for c in sent.children(verb, *OBJECTS) if c.i > verb.i), None)
    if obj is None:
        return None
    after = [c for c in sent.children(verb, *OPEN_COMPLEMENTS) if c.i > obj.i and _to_infinitive(sent, c)]
    return obj if after or _infinitive_after(sent, verb, obj) is not None else None


def _object_reminded_of(sent: ParsedSentence, verb: Token) -> Token | None:
    """The object of "reminded all sides of their duty", "informed the council of its
    decision": only with an "of" phrase after it, hung on the verb or on the object (the
    object alone is whom the verb addressed)."""
    obj = next((c for c in sent.children(verb, *OBJECTS) if c.i > verb.i), None)
    if obj is None:
        return None
    of = [
        c
        for c in (*sent.children(verb, "prep"), *sent.children(obj, "prep"))
        if c.i > obj.i and c.lower == "of"
    ]
    return obj if any(any(sent.children(c, "pobj", "pcomp")) for c in of) else None


ADDRESSED_PREP_ARGS = frozenset({"prep:on", "prep:to"})
"""Table arguments whose object is who was addressed, with what they were asked in the
to-infinitive after it ("called on all parties to protect civilians", "appealed to the
brigades to leave"): the content is both."""


def _infinitive_as_prep(sent: ParsedSentence, verb: Token, addressee: Token) -> Token | None:
    """ "called on both sides to spare hospitals": the parser read the infinitive's "to" as a
    preposition of the verb, right after the addressee; that phrase is what was asked."""
    after = max(_kept(sent, addressee, frozenset())) + 1
    return next(
        (
            c
            for c in sent.children(verb, "prep")
            if c.i == after and c.lower == "to" and any(sent.children(c))
        ),
        None,
    )


def _infinitive_after(sent: ParsedSentence, verb: Token, obj: Token) -> Token | None:
    """A to-infinitive the parser hung on the verb as an adverbial clause after its object
    ("urged volunteers without weapons to go home"): what the object was urged to do."""
    return next(
        (
            c
            for c in sent.children(verb, "advcl")
            if c.i > obj.i and any(a.tag == "TO" and a.i < c.i for a in sent.children(c, "aux"))
        ),
        None,
    )


CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def _attributed_clause(sent: ParsedSentence, verb: Token) -> Token | None:
    """'X shelled the town, insurgents said, after ...': the parser hangs a mid-sentence
    attribution on the clause it reports (parataxis); that clause is the content. So it does
    where the attribution splits the clause between commas ("The attack, the ministry said,
    killed four"), the clause's subject before it and its verb after."""
    named = _named_as_speaker(sent, verb)
    if named is not None:
        root = next(sent.ancestors(named), None)
        while root is not None and root.dep != "ROOT":
            root = sent.head_of(root)
        return root if root is not None and root.pos in CLAUSE_HEADS else None
    if verb.dep in TAIL_ATTRIBUTION_DEPS and _closing_attribution(sent, verb):
        head = sent.tokens[verb.head]
        while head.dep == "conj" and head.head < head.i:
            head = sent.head_of(head)  # "X stormed the hotel and took hostages, a source said": both
        return head if head.pos in CLAUSE_HEADS else None
    if _closing_noun_attribution(sent, verb):
        head = sent.head_of(sent.head_of(verb))  # the clause the parser made the source a part of
        while head.dep == "conj" and head.head < head.i:
            head = sent.head_of(head)  # "took over X and told staff ..., an engineer said": both
        return head if head.pos in CLAUSE_HEADS else None
    if verb.dep != "parataxis" or verb.head == verb.i:
        return None
    head = sent.tokens[verb.head]
    before = _clause_before_coordinator(sent, verb, head)
    if before is not None:
        return before
    if head.pos not in CLAUSE_HEADS:
        return None
    if verb.head > verb.i and (verb.lemma in HEDGING_VERBS or not _between_commas(sent, verb, head)):
        return None
    return head


NEXT_CLAUSE_DEPS = frozenset({"advcl", "conj"})
"""How the parser hangs the clause after a mid-sentence attribution on the clause before it."""


def _clause_before_coordinator(sent: ParsedSentence, verb: Token, head: Token) -> Token | None:
    """ "X had withdrawn from the square, residents said, and police took over the gate": the
    parser hangs the attribution between commas on the clause after it, which its own "and"
    (COORDINATORS) opens; what was said is the clause before, on which that next clause hangs
    (NEXT_CLAUSE_DEPS)."""
    if head.i < verb.i or head.dep not in NEXT_CLAUSE_DEPS:
        return None
    if not any(c.i > verb.i and c.lower in COORDINATORS for c in sent.children(verb, "cc")):
        return None
    before = sent.head_of(head)
    return before if before.i < verb.i and before.pos in CLAUSE_HEADS else None


STRANDED_DEPS = frozenset({"npadvmod", "dep", "nsubj", "advcl"})
"""Relations the parser gives the reported sentence it failed to read as a clause before a
closing "he added" ("Militants who fled X regrouped Y, he added": "Militants" an npadvmod)."""


CLOSING_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod"})
"""Dependents that may follow a sentence-closing speech verb: whom it was told to, how and
when ("..., a source told Reuters by phone on Monday")."""


COORDINATORS = frozenset({"but", "and", "yet"})
"""Conjunctions that join the two halves of a reported sentence ("A, but B, witnesses said")."""


def _first_coordinate(sent: ParsedSentence, verb: Token, clause: Token) -> Token | None:
    """ "The brigade sent men to the port, but they made no attempt to enter, witnesses said":
    the parser joined the closing speech verb to the first half (the sentence's root) and gave
    it only the second half; the first half is said too. Read so when the speech verb closes
    the sentence as a conjunct of a root that says nothing, and a "but"/"and" of the root opens
    the second half right after the root's comma."""
    if verb.dep != "conj" or clause.i > verb.i or not _closes_sentence(sent, verb):
        return None
    root = sent.head_of(verb)
    if root.dep != "ROOT" or root.lemma in speech_verbs() or root.i > clause.i:
        return None
    first = _subtree_first(sent, clause)
    cc = next((c for c in sent.children(root, "cc") if c.lower in COORDINATORS and c.i == first - 1), None)
    if cc is None or sent.tokens[cc.i - 1].text != ",":
        return None
    return root


def _closes_sentence(sent: ParsedSentence, verb: Token) -> bool:
    """Nothing follows ``verb`` but punctuation and its own listener, channel or time."""
    after = [c for c in sent.children(verb, *CLOSING_DEPS) if c.i > verb.i]
    allowed = {t.i for c in after for t in sent.tokens_in(*sent.subtree(c))}
    return all(t.pos == "PUNCT" or t.i in allowed for t in sent.tokens[verb.i + 1 :])


def _stranded_content(sent: ParsedSentence, verb: Token) -> Token | None:
    """The words before a sentence-closing "<pronoun or name> said/added" (or "told
    Reuters") the parser left without a clause: the verb's one dependent whose subtree runs
    from the sentence's start to the comma before the speaker (the comma may hang inside it).
    Of two subjects the parser gave the verb (the content's own subject and the speaker), the
    speaker is the one nearest the verb."""
    if verb.dep != "ROOT" or not _closes_sentence(sent, verb):
        return None
    subject = max((c for c in sent.children(verb, "nsubj") if c.i < verb.i), key=lambda c: c.i, default=None)
    if subject is None or subject.i == 0 or sent.tokens[_subtree_first(sent, subject) - 1].text != ",":
        return None
    comma = _subtree_first(sent, subject) - 1
    start = _past_fronted(sent, verb, comma)
    for c in sent.children(verb, *STRANDED_DEPS):
        if _addressed_participle(sent, c):
            continue  # 'Asked whether ..., X said: "Never."': the question put, not the answer
        if c.i < comma and _subtree_first(sent, c) == start:
            lo, hi = sent.subtree(c)
            last = sent.tokens_in(lo, hi)[-1].i
            return c if last in (comma - 1, comma) else None
    return None


FRONTED_DEPS = frozenset({"prep", "npadvmod", "advmod"})
"""Relations of a time or place phrase that opens a reported sentence and that the parser hung
on a closing "an official said" ("On Sunday, a convoy crossed into X, an official said"), or that
is fronted in a reported clause ("By noon the fighters had left", "Late on Monday the brigade ...")."""


def _past_fronted(sent: ParsedSentence, verb: Token, comma: int) -> int:
    """Where the stranded content of a sentence-closing speech verb starts: past the opening
    phrases, each closed by a comma, that the parser hung on the verb ("On Sunday, ..." or
    "Late on Monday, ..."): they open the reported sentence, not the attribution."""
    start = 0
    while True:
        fronted = next(
            (
                c
                for c in sent.children(verb, *FRONTED_DEPS)
                if _subtree_first(sent, c) == start and c.i < comma
            ),
            None,
        )
        if fronted is None:
            return start
        last = sent.tokens_in(*sent.subtree(fronted))[-1].i
        if last + 1 >= comma or sent.tokens[last + 1].text != ",":
            return start
        start = last + 2


NAME_NOUNS = frozenset({"name"})


def _named_as_speaker(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "X reached Y, a fighter who gave his name as Omar told reporters": the parser reads
    "as Omar told" as a clause inside the relative clause; the noun the relative clause
    describes, set after a comma and closing the sentence, is the attribution's place (returned)."""
    if verb.dep != "advcl" or not any(m.lower == "as" for m in sent.children(verb, "mark")):
        return None
    giving = sent.head_of(verb)
    if giving.dep != "relcl" or not any(o.lemma in NAME_NOUNS for o in sent.children(giving, "dobj")):
        return None
    noun = sent.head_of(giving)
    first = _subtree_first(sent, noun)
    lo, hi = sent.subtree(noun)
    last = sent.tokens_in(lo, hi)[-1].i
    if first == 0 or sent.tokens[first - 1].text != ",":
        return None
    return noun if all(t.pos == "PUNCT" for t in sent.tokens[last + 1 :]) else None


TAIL_ATTRIBUTION_DEPS = frozenset({"conj", "advcl"})
"""Relations the parser gives a closing attribution it joins to the clause it reports ("X
withdrew to Zintan, a commander said by telephone": "said" a conjunct or adverbial clause)."""
JOINING_DEPS = frozenset({"cc", "mark", "preconj"})


def _closing_attribution(sent: ParsedSentence, verb: Token) -> bool:
    """The speech verb (no participle) follows its head clause after a comma, is joined by
    no conjunction or subordinator, and closes the sentence."""
    if verb.head >= verb.i or verb.tag == "VBG" or any(c.dep in JOINING_DEPS for c in sent.children(verb)):
        return False  # "..., confirming that": a participle's own content, found elsewhere
    between = sent.tokens[verb.head + 1 : verb.i]
    joining = [t.i for t in between if t.dep == "cc" and t.head == verb.head]
    if joining and not any(t.dep == "conj" and t.head == verb.head and t.i > joining[-1] for t in between):
        return False  # "X withdrew and a commander said ...": two reports (not "X left and crossed Y, a commander said")
    lo, hi = sent.subtree(verb)
    inside = sent.tokens_in(lo, hi)
    first, last = inside[0].i, inside[-1].i
    speaker = _apposed_before(sent, verb)
    if speaker is not None:
        first = min(first, _subtree_first(sent, speaker))
    if first == 0 or sent.tokens[first - 1].text != ",":
        return False
    return all(t.pos == "PUNCT" for t in sent.tokens[last + 1 :])


def _subtree_first(sent: ParsedSentence, tok: Token) -> int:
    lo, hi = sent.subtree(tok)
    return sent.tokens_in(lo, hi)[0].i


HEDGING_VERBS = frozenset(
    {"believe", "think", "suspect", "expect", "fear", "hope", "doubt", "reckon", "estimate"}
)
"""Verbs of belief that, set between commas inside a clause ("Any push, analysts suspect,
could ..."), hedge it rather than report it."""


def _between_commas(sent: ParsedSentence, verb: Token, head: Token) -> bool:
    """A parenthetical attribution: commas on both sides of the speech verb's own words, and
    the clause it splits begun before them (its subject or another dependent)."""
    lo, hi = sent.subtree(verb)
    inside = sent.tokens_in(lo, hi)
    first, last = inside[0].i, inside[-1].i
    speaker = _apposed_before(sent, verb)
    if speaker is not None:  # "Their retreat, a shopkeeper near X said, changes nothing"
        first = (
            _subtree_first(sent, speaker)
            if _stolen_subject(sent, verb)
            else min(first, _subtree_first(sent, speaker))
        )
    if sent.tokens[first].text != ",":
        first -= 1
    if sent.tokens[last].text != ",":
        last += 1
    if (
        first < 0
        or last >= len(sent.tokens)
        or sent.tokens[first].text != ","
        or sent.tokens[last].text != ","
    ):
        return False
    return any(c < first for c in head.children) or _stolen_subject(sent, verb) is not None


AS_VERBS = frozenset({"describe"})
"""Speech verbs whose object is content only with its verdict ("described the raid as a crime");
"described the scene" says nothing."""
AS_VERDICT_VERBS = frozenset(
    """condemn denounce criticise criticize hail praise reject dismiss slam blast decry deplore
    welcome applaud laud salute brand""".split()
)
"""Speech verbs whose "as" after the object is the verdict, part of what was said ("condemned
the raids as a violation of sovereignty"); the object says something without it."""
VERDICT_OBJECT_VERBS = AS_VERDICT_VERBS | {"deny", "commend", "blame", "accuse", "describe"}
"""Speech verbs whose object is the thing judged, the content without the verb ("welcomed the
pullout": "the pullout", "blamed the LNA": "the LNA", "accused the brigade of looting shops":
"the brigade of looting shops", however the parser hangs the gerund; "described the vote as
illegal": "the vote as illegal"); an announcing verb
keeps it ("announced the capture"), and so does a participle on a speech noun ("a statement
welcoming the offensive")."""
RECIPIENT_VERBS = frozenset({"threaten", "promise", "offer", "welcome", "call", "dismiss"})
"""Speech verbs whose object, when a person, is who was addressed (or received, or removed
from office), not what was said ("threatened the crew", "welcomed the envoy", "a decree
dismissing the governor"; "dismissed the reports" still says something)."""
PERSON_LABELS = frozenset({"PERSON", "NORP"})
HUMAN_NOUNS = frozenset(
    """driver crew migrant civilian passenger staff people family child man woman refugee prisoner
    detainee volunteer rescuer survivor resident worker journalist delegation guest""".split()
)
"""Lemmas of nouns for people (beside the unnamed sources) that a speech verb may address."""


def _complemented(sent: ParsedSentence, verb: Token, obj: Token) -> bool:
    """The object has a complement after it ("called Haftar a war criminal", "promised them to ...")."""
    return any(c.i > obj.i for c in sent.children(verb, "oprd", "xcomp", "ccomp"))


def _a_person(sent: ParsedSentence, tok: Token) -> bool:
    """A noun phrase (or any of its conjuncts) that names people."""
    return any(
        t.pos == "PRON"
        or t.ent_type in PERSON_LABELS
        or (t.pos == "NOUN" and (t.lower in SOURCE_NOUNS or t.lemma in HUMAN_NOUNS))
        for t in _chain(sent, tok)
    )


TIME_NOUNS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december day morning afternoon evening night
    week weekend month year""".split()
)
"""Nouns of a time, which a preposition of the table ("called on ...") may have when it only
dates the act ("called the meeting unconstitutional on Saturday")."""


def _not_content(sent: ParsedSentence, verb: Token, found: Token, arg: str) -> bool:
    """A clause that only explains the object or stands past a semicolon; a person
    addressed ("threatened survivors with arrest", "called the ministry"): whom, not what; a
    time a preposition names ("on Saturday")."""
    if arg.startswith("prep:") and found.lower in TIME_NOUNS:
        return True
    if arg in ("dobj", "ccomp") and _announces_words(sent, found):
        return True  # 'described what came next: "..."': the words after the colon are what was said
    if arg == "ccomp" and verb.lemma in EXPECTING_VERBS and _to_infinitive(sent, found):
        return True  # "analysts expect the army to push north": a forecast held, nothing said
    if arg == "ccomp":
        return _elaborates(sent, verb, found) or _semicolon_apart(sent, verb, found)
    if arg == "dobj" and verb.lemma in NAMING and _given_a_name(sent, verb, found):
        return True
    if arg == "dobj" and verb.lemma in VERDICT_VERBS and _quoted_verdict_after(sent, found):
        return True  # 'called the arrest "the last bullet"': the quoted words are what was said
    if arg == "dobj" and _restated_object(sent, verb, found):
        return True
    if arg == "dobj" and verb.lemma in PROCLAIMING_VERBS and _decreed(sent, found):
        return True  # "declared three days of mourning": an order given, not something said
    if arg == "dobj" and _habitual_label(verb):
        return True  # "his supporters call him a hero": a standing view, not a thing said
    if arg == "dobj" and verb.lemma in LABELLING_VERBS and found.lower in REFLEXIVES:
        return True  # "who described himself as a spokesman": who the speaker is, nothing said
    if arg == "dobj" and verb.lemma in AS_VERBS:
        return not _as_after_object(sent, verb, found)
    if arg == "dobj" and verb.lemma in RECIPIENT_VERBS:
        if _a_place(found) and not _complemented(sent, verb, found):
            return True  # "threatened the coast road": a place put at risk, nothing said
        return (
            _a_person(sent, found)
            and not _complemented(sent, verb, found)
            and not _judged_as(sent, verb, found)
        )
    return False


def _judged_as(sent: ParsedSentence, verb: Token, obj: Token) -> bool:
    """ "dismissed the rebels as small armed gangs", "hailed the volunteers as heroes": a person
    object with an "as" verdict after it is judged, not addressed or removed from office; the
    verdict is what was said."""
    return verb.lemma in AS_VERDICT_VERBS and _as_after_object(sent, verb, obj)


ANNOUNCING_WH = frozenset({"what", "how"})
"""Words opening a clause that only announces the words a colon brings ("described what came
next:", "recalled how it began:")."""
ANNOUNCING_MARKS = frozenset({":"})


def _announces_words(sent: ParsedSentence, found: Token) -> bool:
    """'A woman described what came next: "I stayed four months."': a "what" or "how" clause
    right before a colon names no content of its own; the quotation after it is the statement."""
    lo, hi = sent.subtree(found)
    first = sent.token_at(lo)
    if first is None or first.lower not in ANNOUNCING_WH:
        return False
    after = next((t for t in sent.tokens[found.i :] if t.start >= hi), None)
    return after is not None and after.text in ANNOUNCING_MARKS


def _as_after_object(sent: ParsedSentence, verb: Token, obj: Token) -> bool:
    """ "described the raid as a crime": an "as" phrase after the object, on the verb or, as
    the parser often hangs it, on the object itself ("described the council's arrival as
    illegal"), or read as a clause ("as lies spread by ...", _verdict_read_as_clause)."""
    return any(
        c.lower == "as" and c.i > obj.i for c in (*sent.children(verb, "prep"), *sent.children(obj, "prep"))
    ) or (verb.lemma in AS_VERBS | AS_VERDICT_VERBS and _verdict_read_as_clause(sent, verb, obj) is not None)


MISREAD_VERDICT_TAGS = frozenset({"VBN", "VBG"})
"""Tags of the participle that, in a verdict with a reduced relative ("as lies spread by X",
"as a plot serving foreign powers"), the parser makes the head of an "as" clause."""


def _verdict_read_as_clause(sent: ParsedSentence, verb: Token, obj: Token) -> Token | None:
    """ "dismissed the reports as lies spread by rival channels": a verdict whose noun carries
    a participle is parsed as an adverbial clause that "as" opens, the verdict noun its subject
    and the participle its head. For a verb of verdict (AS_VERBS, AS_VERDICT_VERBS) that
    clause, when it follows the object, has no auxiliary, a noun right after "as" as its
    subject and a participle for its head (tagged so, or with a "by" agent, which only a
    passive has), is the verdict and part of what was said. A real clause has a finite verb
    ("as fighters pulled back") and is left alone."""
    if verb.lemma not in AS_VERBS | AS_VERDICT_VERBS:
        return None
    for clause in sent.children(verb, "advcl"):
        participle = clause.tag in MISREAD_VERDICT_TAGS or any(sent.children(clause, "agent"))
        if clause.i < obj.i or not participle or any(sent.children(clause, "aux", "auxpass")):
            continue
        mark = next((m for m in sent.children(clause, "mark") if m.lower == "as"), None)
        subject = next(sent.children(clause, "nsubj"), None)
        if mark is None or subject is None or subject.pos not in ("NOUN", "PROPN") or mark.i > subject.i:
            continue
        return clause
    return None


LABELLING_VERBS = frozenset({"call", "describe", "brand", "label", "dub"})
"""Verbs that put a label on their object ("call him a hero", "describe the camps as unsafe")."""
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves"})
"""Objects with which a labelling verb tells who the speaker is ("a man who called himself a
commander", "who described himself as a spokesman"): an identity given, no statement."""
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def _habitual_label(verb: Token) -> bool:
    """A labelling verb in the simple present ("critics call him a spoiler", "the panel describes
    him as a warlord"): how someone is regarded, which gold does not record as a statement (the
    past tense tells of an occasion: "described the raid as a crime")."""
    return verb.lemma in LABELLING_VERBS and verb.tag in PRESENT_TAGS


EXPECTING_VERBS = HEDGING_VERBS | {"forecast", "project"}
"""Verbs of belief or forecast: with a to-infinitive clause ("expect the front to hold") they
tell what someone anticipates, not what was said (a "that" clause after them still reports)."""


def _to_infinitive(sent: ParsedSentence, clause: Token) -> bool:
    """A clause headed by a to-infinitive ("the army to push north")."""
    return any(a.tag == "TO" and a.i < clause.i for a in sent.children(clause, "aux"))


POINTING_DETERMINERS = frozenset({"the", "this", "these", "those", "such"})
"""Determiners of an object that only points back at what was told ("dismissed the claim")."""
TOLD_NOUNS = frozenset(
    {"claim", "report", "allegation", "accusation", "charge", "account", "story", "rumour", "rumor", "remark"}
)
"""Nouns for something said, which an object can point back at ("denied the reports")."""


DECREE_NOUNS = frozenset({"mourning", "holiday", "emergency", "majeure", "alert"})
"""Nouns of days or of a state a body decrees by declaring them ("declared three days of mourning",
"declared a public holiday", "declared a state of emergency", "declared force majeure at the
port", "declared a state of maximum alert"): an observance or a legal state ordered, not a
statement (a curfew declared is one: the round-3 tests keep "declared a curfew over X in a
statement"; so is a general mobilisation, as genre-174's gold has it)."""


CONVENING_VERBS = frozenset({"call"})
LABEL_SLOTS = ("oprd", "xcomp", "ccomp", "attr", "acomp")
"""Where a labelling verb puts the label it gives its object."""
"""Speech verbs that also mean to convene or organise an event named by their object."""
CONVENED_NOUNS = frozenset(
    {
        "strike",
        "meeting",
        "session",
        "election",
        "vote",
        "referendum",
        "protest",
        "demonstration",
        "rally",
        "march",
        "boycott",
        "conference",
        "summit",
    }
)
"""Events a body calls in the sense of convening them ("called a general strike", "called an
emergency session", "called early elections"): the event is organised, nothing is reported as
said. A call FOR one ("called for a strike") is a demand and stays a statement; a truce or a
ceasefire called is left out of this table, as it is often told as an announcement."""


def _convened(sent: ParsedSentence, verb: Token) -> bool:
    """A convening verb whose direct object is an event it organises (:data:`CONVENED_NOUNS`),
    with no label after it ("called the strike illegal", "called the meeting a failure" are said)."""
    if verb.lemma not in CONVENING_VERBS or any(sent.children(verb, *LABEL_SLOTS)):
        return False
    objects = [o for o in sent.children(verb, "dobj") if o.lemma in CONVENED_NOUNS]
    return bool(objects) and not any(_complemented(sent, verb, o) for o in objects)


def _decreed(sent: ParsedSentence, obj: Token) -> bool:
    """The object, or the noun its "of" phrase names ("days of mourning"), is decreed."""
    if obj.lemma in DECREE_NOUNS:
        return True
    return any(
        n.lemma in DECREE_NOUNS
        for prep in sent.children(obj, "prep")
        if prep.lower == "of"
        for n in sent.children(prep, "pobj")
    )


def _restated_object(sent: ParsedSentence, verb: Token, obj: Token) -> bool:
    """ "Dismissed the claim, saying the planes were old": an object that only points back
    ("the claim") whose content the "saying" after it gives, in a statement of its own."""
    kids = list(sent.children(obj))
    if obj.lemma not in TOLD_NOUNS or not kids:
        return False
    if any(c.dep != "det" or c.lower not in POINTING_DETERMINERS for c in kids):
        return False
    return any(c.lower == "saying" and c.i > obj.i for c in sent.children(verb, "advcl", "xcomp"))


PLACE_LABELS_OBJECT = frozenset({"LOC", "FAC"})
PLACE_NOUNS = frozenset(
    """road highway town city village port airport base field terminal border crossing area
    region coast capital district suburb neighbourhood neighborhood checkpoint refinery""".split()
)
"""Lemmas of nouns for places: a speech verb's object that is one was acted on, not said (a town
or country named may be the addressee: "threatened Turkey with sanctions")."""


def _a_place(tok: Token) -> bool:
    return tok.ent_type in PLACE_LABELS_OBJECT or (tok.pos == "NOUN" and tok.lemma in PLACE_NOUNS)


VERDICT_VERBS = frozenset({"call", "dub", "term", "brand", "label"})
"""Verbs that pass a verdict on their object in the words that follow it ("called the raid
'a crime'")."""


def _quoted_verdict_after(sent: ParsedSentence, obj: Token) -> bool:
    """'who called the arrest "the last bullet ..."': a quotation right after the object is the
    verdict (a direct statement of its own, however the parser hung it); the object only names
    what was judged and is no reported content."""
    hi = sent.subtree(obj)[1]
    after = next((t for t in sent.tokens[obj.i + 1 :] if t.start >= hi), None)
    return after is not None and after.text in _QUOTE_MARKS


def _given_a_name(sent: ParsedSentence, verb: Token, obj: Token) -> bool:
    """ "calls the new campaign Operation Dignity": the object is given a proper name,
    which names it, and says nothing (a quoted or common-noun verdict does: "called the
    raid a crime"). The parser may read both as one phrase: a common noun, then the name."""
    if any(c.i > obj.i and c.pos == "PROPN" for c in sent.children(verb, "oprd")):
        return True
    nouns = [c.i for c in sent.children(obj, "compound") if c.pos == "NOUN"]
    names = [c.i for c in sent.children(obj, "compound") if c.pos == "PROPN"]
    return obj.pos == "PROPN" and bool(nouns) and bool(names) and max(nouns) < min(names)


HALF_BREAKS = frozenset({";", ":"})
"""Marks that end a sentence's first half: a clause before the speech verb past one of them is
that half, not what was said ("A warplane crashed; IS claimed ...", "They may have been
rotated: the monitor reported that ...", where the colon opens what explains it)."""


def _semicolon_apart(sent: ParsedSentence, verb: Token, clause: Token) -> bool:
    """ "A warplane crashed; IS claimed to have shot it down": a clause before the verb past
    a semicolon or colon (``HALF_BREAKS``) is the sentence's other half, not what was said."""
    if clause.i > verb.i:
        return False
    return any(t.text in HALF_BREAKS for t in sent.tokens[clause.i : verb.i])


def _elaborates(sent: ParsedSentence, verb: Token, clause: Token) -> bool:
    """A clause after a colon that follows the verb's object ("announced the end of the
    offensive: the militia was gone") explains the object; the object is what was said."""
    colon = any(c.lower == ":" and c.i < clause.i for c in sent.children(clause, "punct"))
    return colon and any(verb.i < c.i < clause.i for c in sent.children(verb, *OBJECTS))


FORETELLING_VERBS = frozenset({"predict", "forecast"})
"""Verbs whose object is an outcome foretold: a phrase of the verb right after the object
("predicted a quick win in the south", "forecast a deal by the summer") is part of
what was foretold, its when or where, not when the words were said."""


def _foretold_when(sent: ParsedSentence, verb: Token, obj: Token) -> Token | None:
    """The prepositional phrase of a foretelling verb right after its object."""
    if verb.lemma not in FORETELLING_VERBS:
        return None
    after = max(_kept(sent, obj, frozenset())) + 1
    return next((c for c in sent.children(verb, "prep") if c.i == after), None)


SETTING_DEPS = frozenset({"prep", "npadvmod", "advmod"})
"""Relations of the phrases after an observed object that tell where and when it was seen."""


def _observed_setting(sent: ParsedSentence, verb: Token, obj: Token) -> Token | None:
    """ "reported heavy gunfire near the airport on Thursday night": the place and time phrases
    the parser hung on the verb right after an observed object belong to what was reported; the
    last of the unbroken run of them (or None)."""
    if verb.lemma not in OBSERVED_OBJECT_VERBS:
        return None
    after, last = max(_kept(sent, obj, frozenset())) + 1, None
    for c in sent.children(verb, *SETTING_DEPS):
        if c.i < after:
            continue
        if c.i != after or _names_channel(sent, c):
            break  # a gap, or the channel it was said in ("in a statement", "on its Facebook page")
        last, after = c, max(_kept(sent, c, frozenset())) + 1
    return last


def _names_channel(sent: ParsedSentence, prep: Token) -> bool:
    """A channel phrase: "in a statement", "on its Facebook page" (the platform a compound)."""
    return prep.lower in CHANNEL_PREPS and any(
        _channel_noun(t) for o in sent.children(prep, "pobj") for t in (o, *sent.children(o, "compound"))
    )


def _object_tail(sent: ParsedSentence, verb: Token, obj: Token) -> Token | None:
    """A prepositional phrase of the verb right after its object that carries a clause
    ("announced the end of the search in sweeping the rubble"), not a when or a channel."""
    after = max(_kept(sent, obj, frozenset())) + 1
    prep = next((c for c in sent.children(verb, "prep") if c.i == after), None)
    if prep is None:
        return None
    return prep if any(c.pos == "VERB" for c in sent.children(prep, "pcomp")) else None


def _object_that_clause(sent: ParsedSentence, verb: Token) -> Token | None:
    """The "that" clause of the verb's object ("issued a warning that ...", "published
    news that ..."); a relative clause ("a report that was read out") is none."""
    for obj in sent.children(verb, *OBJECTS):
        for clause in sent.children(obj, "acl", "ccomp", "relcl"):
            if any(c.dep == "mark" and c.lower == "that" for c in sent.children(clause)):
                return clause
            if obj.lemma in OCCASION_NOUNS and _misread_that(sent, clause):
                return clause
    return None


OCCASION_NOUNS = frozenset({"conference", "briefing", "meeting", "gathering", "rally", "session", "crowd"})
"""Occasions one tells something to ("told a news conference that ..."); the parser may read the
"that" clause after them as a relative clause."""


def _misread_that(sent: ParsedSentence, clause: Token) -> bool:
    """A "relative clause" that opens with "that" and has a subject of its own ("a news
    conference that Gaddafi had died"): a reported clause, not one about the occasion."""
    words = list(sent.children(clause))
    opener = next((c for c in words if c.lower == "that"), None)
    return (
        opener is not None
        and opener.i < clause.i
        and opener.dep not in ("nsubj", "nsubjpass")
        and any(c.dep in ("nsubj", "nsubjpass") and c.lower not in RELATIVES for c in words)
    )


def _noun_that_clause(sent: ParsedSentence, noun: Token) -> Token | None:
    """The "that" clause a speech noun governs, after it ("his demand that the council leave",
    "the army's claim that the road was open")."""
    return next(
        (
            c
            for c in sent.children(noun, "acl", "ccomp")
            if c.i > noun.i and any(m.dep == "mark" and m.lower == "that" for m in sent.children(c))
        ),
        None,
    )


HOST_PARTICIPLE_TAGS = frozenset({"VBN"})
"""A participle on the channel after a speech verb ("in a letter dated 27 April", "in a note
sent to the council") on which the parser may hang the verb's "that" clause."""


def _that_clause(sent: ParsedSentence, verb: Token) -> Token | None:
    """A "that" clause the parser hung on the verb's prepositional object ("said in a
    statement that ..."), on a participle describing it ("informed the panel in a letter dated
    27 April that ..."), on a passive's agent ("was told by an official that ...") or on a
    time phrase after the verb ("said the following day that ...")."""
    hosts = [obj for prep in sent.children(verb, "prep", "agent") for obj in sent.children(prep, "pobj")]
    hosts += [
        o
        for h in hosts
        for p in sent.children(h, "prep")
        if p.lower in HOST_NOUN_PREPS
        for o in sent.children(p, "pobj")
    ]
    hosts += [t for t in sent.children(verb, "npadvmod") if t.i > verb.i]
    hosts += [p for obj in hosts for p in sent.children(obj, "acl") if p.tag in HOST_PARTICIPLE_TAGS]
    for obj in hosts:
        for clause in sent.children(obj, "acl", "ccomp", "relcl"):
            if any(_that_opener(sent, clause, c) for c in sent.children(clause)):
                return clause
    return None


HOST_NOUN_PREPS = frozenset({"of"})
"""The preposition of a time phrase's own noun ("said at the end of the meeting that ..."): the
parser may hang the verb's "that" clause on that noun."""
THAT_ADVERB_TAGS = frozenset({"WDT"})
"""The tag of a "that" the parser reads as a relative adverb ("said at the time that the road
was closed": "the time that ..." to the parser)."""
THAT_COMPLEMENTIZER_TAGS = frozenset({"IN"})
"""The tag of a "that" the tagger reads as a complementizer though the parser links it as a
relative's object ("said at the end of the meeting that the road would reopen")."""


def _that_opener(sent: ParsedSentence, clause: Token, tok: Token) -> bool:
    """``tok`` is the "that" opening the reported ``clause``: its mark, or (after a time noun) a
    relative adverb or a complementizer the parser linked otherwise, where the clause has a
    subject of its own (:func:`_misread_that`)."""
    if tok.lower != "that" or tok.i > clause.i:
        return False
    if tok.dep == "mark":
        return True
    misread = tok.tag in THAT_COMPLEMENTIZER_TAGS or (tok.dep == "advmod" and tok.tag in THAT_ADVERB_TAGS)
    return misread and _misread_that(sent, clause)


def _content_tokens(
    ctx: _Context, sent: ParsedSentence, verb: Token, content: _Content
) -> tuple[int, int] | None:
    """Token range of the content: the root's subtree without a trailing comma-opened
    clause or apposition or a conjoined speech verb, trimmed of edge punctuation and "that".
    A noun-phrase content keeps its verb ("announced the capture")."""
    keep = _content_set(ctx, sent, content.root)
    if verb.i in keep:
        keep -= _kept(sent, verb, frozenset())  # "X happened, Y said, after ...": not the attribution
        stolen = _stolen_subject(sent, verb)
        if stolen is not None:  # "Their retreat, a shopkeeper said, changes ...": the clause's own
            keep |= _kept(sent, stolen, frozenset()) - _kept(
                sent, _apposed_before(sent, verb) or stolen, frozenset()
            )
    speaker = _closing_speaker(sent, verb) if not any(sent.children(verb, *SUBJECTS)) else None
    if speaker is not None and speaker.i in keep:
        keep -= _kept(sent, speaker, frozenset())  # "X reached Y, a commander said": not the speaker
    named = _named_as_speaker(sent, verb)
    if named is not None:
        keep -= _kept(sent, named, frozenset())  # "..., a fighter who gave his name as X told"
    if _closing_noun_attribution(sent, verb):
        keep -= _kept(sent, sent.head_of(verb), frozenset())  # "..., an engineer there said": the source
    if content.extra is not None:
        keep |= _content_set(ctx, sent, content.extra)
        for c in sent.children(verb, "prep"):  # "urged volunteers without weapons to go"
            if content.root.i < c.i < content.extra.i and all(
                o.ent_type not in WHEN for o in sent.children(c)
            ):
                keep |= _content_set(ctx, sent, c)
    if content.with_verb and not _clause_on_object(sent, content):
        keep |= set(range(verb.i, content.root.i))
    keep |= _stray_before_attribution(sent, verb, content.root, keep, ctx.verbs)
    keep |= _share_scope(sent, verb, content.root)
    keep -= _channel_phrases(sent, keep, (verb.i, content.root.i))
    keep -= _closing_channel(sent, keep, content.root.i)
    lo, hi = _run_around(keep, content.root.i)
    if content.extra is not None and content.extra.i in keep:
        hi = max(hi, _run_around(keep, content.extra.i)[1])
    hi = _without_tail(sent, lo, hi, _narrative_relative(ctx, sent) if content.clausal else None)
    hi = _before_contrasting_report(ctx, sent, lo, hi)
    toks = sent.tokens
    fronted = _fronted_starts(sent, verb, content.root)
    while (
        lo not in fronted
        and lo < hi
        and (
            toks[lo].dep in EDGE_TRIM
            or toks[lo].pos == "PUNCT"
            or toks[lo].ent_type in WHEN
            or toks[lo].lower == "that"
        )
    ):
        lo += 1
    while hi > lo and (toks[hi].dep in ("punct", "cc") or toks[hi].pos == "PUNCT"):
        hi -= 1
    return (lo, hi) if hi >= lo else None


SHARE_NOUNS = frozenset({"role", "involvement", "part", "hand", "participation", "complicity"})
"""Nouns of a share in something, whose "in" phrase tells what in ("denied any role in the attack")."""
SHARE_PREPS = frozenset({"in"})


def _share_scope(sent: ParsedSentence, verb: Token, root: Token) -> set[int]:
    """ "X, who has denied any role in the 2012 attack, ...": the parser may hang the share noun's
    "in" phrase (:data:`SHARE_NOUNS`, :data:`SHARE_PREPS`) on the verb; right after the object it
    is still the object's, part of what was denied (returned: the indices to add)."""
    if root.dep != "dobj" or root.lemma not in SHARE_NOUNS or root.head != verb.i:
        return set()
    end = max(_kept(sent, root, frozenset())) + 1
    prep = next((c for c in sent.children(verb, "prep") if c.i == end and c.lower in SHARE_PREPS), None)
    return _kept(sent, prep, frozenset()) if prep is not None else set()


def _fronted_starts(sent: ParsedSentence, verb: Token, root: Token) -> frozenset[int]:
    """ "By noon the fighters had left the port, witnesses said": a phrase of time or place
    (FRONTED_DEPS) that opens a reported clause the attribution follows is part of what was
    said, as the gold sets keep it; the edge trim that drops the verb's own "on Monday"
    ("said on Monday its forces ...") stops at such a phrase. Returns the first word of each
    phrase fronted on the clause's head (none when the attribution comes first)."""
    if root.i > verb.i:
        return frozenset()
    return frozenset(_subtree_first(sent, c) for c in sent.children(root, *FRONTED_DEPS) if c.i < root.i)


def _stray_before_attribution(
    sent: ParsedSentence, verb: Token, root: Token, keep: set[int], verbs: dict[str, SpeechVerb]
) -> set[int]:
    """ "X withdrew from the compound, a former barracks, after firing into the air, witnesses
    said": a reported clause that opens the sentence runs up to the comma before the closing
    attribution's speaker. The parser may hang an apposition or an adverbial phrase of the
    clause on the speech verb (even read the apposition as a second subject); those words are
    still what was reported, so they join the content (returned: the indices to add). Words
    the content left out that hold a speech verb of their own ("... and called for calm, his
    office said") stay out."""
    if root.dep != "ccomp" or verb.dep != "ROOT" or root.i > verb.i or not keep:
        return set()
    subjects = [c for c in sent.children(verb, *SUBJECTS) if c.i < verb.i]
    if not subjects:
        return set()
    first = _subtree_first(sent, subjects[-1])
    lo = min(keep)
    opening = next((t.i for t in sent.tokens if t.pos != "PUNCT"), 0)
    if lo != opening or first <= lo + 1 or sent.tokens[first - 1].text != ",":
        return set()
    if any(t.dep == "cc" and t.head == verb.i for t in sent.tokens[lo:first]):
        return set()  # "X withdrew, and a commander said ...": two clauses, not one report
    stray = set(range(lo, first - 1)) - keep
    if any(sent.tokens[i].lemma in verbs and sent.tokens[i].pos == "VERB" for i in stray):
        return set()  # "X reached Y and called for calm, his office said": a speech of its own
    return stray


def _clause_on_object(sent: ParsedSentence, content: _Content) -> bool:
    """An object with a clause of its own after it, an infinitive ("urged both sides to stop
    fighting") or an "of" gerund ("accused the brigade of arresting ..."): the object and its
    clause are what was said, as a reported clause is, without the verb."""
    extra = content.extra
    if extra is not None and extra.dep in ("xcomp", "advcl"):
        return True
    return any(
        g.tag == "VBG"
        for prep in (extra, *sent.children(content.root, "prep"))
        if prep is not None and prep.lower == "of"
        for g in sent.children(prep, "pcomp")
    )


CHANNEL_PREPS = frozenset({"in", "on", "via", "during", "through"})
CHANNEL_NOUNS = frozenset(
    """statement communique release interview speech address video post tweet briefing
    conference letter broadcast""".split()
)
"""How something was said ("welcomed the deal in a statement", "denied on Twitter"): said
of the verb, not part of what was said."""
CHANNEL_PLATFORMS = frozenset({"twitter", "facebook"})
"""Platforms, named as such, that say where something was posted ("confirmed the hijacking on
Twitter", "announced the capture on Facebook"): how it was said, as a channel noun is."""


def _channel_noun(tok: Token) -> bool:
    return tok.lemma in CHANNEL_NOUNS or tok.lower in CHANNEL_PLATFORMS


def _channel_phrases(sent: ParsedSentence, keep: set[int], heads: tuple[int, int]) -> set[int]:
    """Tokens of the prepositional phrases on the verb or its object that name the channel
    ("denied in a press statement any intention ...")."""
    out: set[int] = set()
    tokens = sent.tokens
    # the dependents of the two heads (and a head that is its own, cut loose from the parse)
    for i in {j for h in heads for j in (h, *tokens[h].children) if j in keep}:
        tok = tokens[i]
        if tok.dep != "prep" or tok.lower not in CHANNEL_PREPS or tok.head not in heads:
            continue
        if any(_channel_noun(c) for c in sent.children(tok, "pobj")):
            out |= _kept(sent, tok, frozenset())
    return out


def _closing_channel(sent: ParsedSentence, keep: set[int], root: int) -> set[int]:
    """A channel phrase that closes the content wherever the parser hung it ("claimed
    responsibility for the attack in a statement posted online": "in a statement" on
    "attack"): how it was said, not what (its tokens, or none)."""
    if not keep:
        return set()
    last = max(keep)
    while last > root and sent.tokens[last].pos == "PUNCT":
        last -= 1
    for i in sorted(keep):
        tok = sent.tokens[i]
        if i <= root or tok.dep != "prep" or tok.lower not in CHANNEL_PREPS:
            continue
        if not any(_channel_noun(c) for c in sent.children(tok, "pobj")):
            continue
        phrase = _kept(sent, tok, frozenset())
        if max(phrase) >= last and phrase <= keep:
            return phrase
    return set()


RESUMING_PREPS = frozenset({"to", "into", "toward", "towards"})
"""Prepositions of a destination that, after the comma closing an "-ing" aside, resume the
clause before it ("diverted the plane, carrying 80 passengers, to Malta")."""


def _resumes(sent: ParsedSentence, participle: Token) -> bool:
    """An "-ing" phrase set between commas after which the clause goes on with the verb's
    place ("diverted an airliner, carrying 111 passengers, to Malta"): the parser hangs the
    closing place on the participle, but the comma before it ends the aside, so the phrase
    is no tail."""
    lo, hi = sent.subtree(participle)
    toks = sent.tokens_in(lo, hi)
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if t.text == "," and nxt.dep == "prep" and nxt.head == participle.i and nxt.lower in RESUMING_PREPS:
            return sent.subtree(nxt)[1] >= hi
    return False


def _narrative_relative(ctx: _Context, sent: ParsedSentence) -> Callable[[Token], bool]:
    """Whether a relative clause closing a reported clause is part of what was reported: one that
    tells past events in the report's own narrative ("said it had retaken the airport, which the
    LNA had held since April", "said the gunmen fled to the 24th floor, where they were cornered"),
    with a finite past verb or auxiliary (:data:`NARRATIVE_TAGS`). A present one is the reporter's
    standing background on a place or body ("to Libya, where Ankara is supporting ...", "Sirte,
    which is the gateway to ..."), and a passive speech verb's is a second source for the clause
    ("four were killed, which was confirmed by X"): both stay cut."""

    def narrative(rel: Token) -> bool:
        if rel.lemma in ctx.verbs and any(sent.children(rel, "auxpass")):
            return False  # "which was confirmed by X": a second source for the whole clause
        return rel.tag in NARRATIVE_TAGS or any(
            c.tag in NARRATIVE_TAGS for c in sent.children(rel, "aux", "auxpass")
        )

    return narrative


def _without_tail(
    sent: ParsedSentence, lo: int, hi: int, kept_relative: Callable[[Token], bool] | None = None
) -> int:
    """Cut trailing non-restrictive relative clauses (", which is ...": :data:`NON_RESTRICTIVE`,
    but one ``kept_relative`` keeps), appositions and "-ing" tails (", dealing a blow to ...");
    an "-ing" clause with a subject of its own (", most of them heading north") tells of the
    content's event and stays."""
    hi = _before_emphasised_aside(sent, lo, hi)
    changed = True
    while changed:
        changed = False
        for tok in sent.tokens[lo + 1 : hi + 1]:
            if (
                (tok.dep not in NON_RESTRICTIVE or (kept_relative is not None and kept_relative(tok)))
                and not (tok.dep in TAILS and tok.tag == "VBG")
                and not _comment_on_clause(sent, tok)
                and not _closing_description(sent, tok)
            ):
                continue
            if tok.dep in TAILS and _absolute(sent, tok):
                continue
            if tok.dep in TAILS and tok.tag == "VBG" and _resumes(sent, tok):
                continue
            subtree = _kept(sent, tok, frozenset())
            a, b = min(subtree), max(subtree)
            opener = a - 1
            while opener > lo and sent.tokens[opener].text in _QUOTE_MARKS:
                opener -= 1  # ', "prompting concern ..."': a quoted tail is a tail too
            if a > lo and b >= _last_word(sent, hi) and sent.tokens[opener].text in _OPENERS:
                hi, changed = opener, True
                break
    return hi


EMPHASIS_ADVERBS = frozenset({"especially", "particularly", "notably"})
EMPHASIS_MARKS = frozenset({"with", "as", "since", "after", "because", "given", "when", "amid", "following"})
"""An adverb of emphasis after a comma and a word that opens an adjunct (", especially with
news that ...", ", particularly as ..."): the reporter's aside on the clause, a tail."""


def _before_emphasised_aside(sent: ParsedSentence, lo: int, hi: int) -> int:
    """The content's last token before an aside of emphasis (:data:`EMPHASIS_ADVERBS`) that runs
    to its end: "patrols were deployed on the coast, especially with news that ..." ends at
    "coast"."""
    toks = sent.tokens
    for i in range(lo + 2, hi):
        if (
            toks[i].lower in EMPHASIS_ADVERBS
            and toks[i - 1].text == ","
            and toks[i + 1].lower in EMPHASIS_MARKS
            and i - 2 > lo
        ):
            return i - 2
    return hi


COMMENT_NOUNS = frozenset(
    """change move step shift decision development reversal setback blow sign signal claim
    turnaround u-turn departure concession gesture""".split()
)
"""Nouns of a reporter's comment on the whole clause before it (", a change that residents put
down to foreign money", ", a move seen as a snub"): the parser hangs them on the clause's last
noun as its apposition."""


def _comment_on_clause(sent: ParsedSentence, tok: Token) -> bool:
    """An indefinite comment noun in apposition (", a move that ..."): the reporter's words."""
    return (
        tok.dep == "appos"
        and tok.lemma in COMMENT_NOUNS
        and any(c.lower in ("a", "an") for c in sent.children(tok, "det"))
    )


DESCRIBING_DETERMINERS = frozenset({"the"})
"""Articles that open a description set in apposition after a name or a noun (", the last
stronghold of the rebels"); an indefinite one (", an end to ...") is as often a list item
the parser misread."""
LIST_MARKS = frozenset({",", ";", "and", "or"})
"""Words inside an apposition that tell a list (or a clause going on after it), not a closing
description."""


def _closing_description(sent: ParsedSentence, tok: Token) -> bool:
    """A common noun with an article in apposition (", the coastal town where ...", ", the
    deputy minister who ..."): the writer's description of the thing named before it, not part
    of what was reported (cut only where it closes the content, like a relative clause). A
    name in apposition (", Ali Salem") names, and one holding a comma or a conjunction
    (:data:`LIST_MARKS`) may be a list or a clause the parser misread, so both stay."""
    if tok.dep != "appos" or tok.pos != "NOUN":
        return False
    if not any(c.lower in DESCRIBING_DETERMINERS for c in sent.children(tok, "det")):
        return False
    lo, hi = sent.subtree(tok)
    return not any(t.lower in LIST_MARKS for t in sent.tokens_in(lo, hi))


def _absolute(sent: ParsedSentence, participle: Token) -> bool:
    """An absolute "-ing" clause: the participle has a subject of its own ("most of them
    heading north", "several of them carrying wounded")."""
    return any(sent.children(participle, "nsubj"))


_OPENERS = frozenset({",", "-", "\u2013", "\u2014", "("})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u2018", "'"})


def _last_word(sent: ParsedSentence, hi: int) -> int:
    while hi > 0 and sent.tokens[hi].pos == "PUNCT":
        hi -= 1
    return hi


def _content_set(ctx: _Context, sent: ParsedSentence, root: Token) -> set[int]:
    tokens = sent.tokens
    keep = {root.i}
    stack = [root]
    while stack:
        for i in stack.pop().children:
            c = tokens[i]
            if i in keep or (
                c.dep == "conj"
                and c.lemma in ctx.verbs
                and c.pos == "VERB"
                and not any(sent.children(c, *SUBJECTS))
                and not any(sent.children(c, "auxpass"))
                and not _joined_in_content(sent, c, ctx.verbs)
            ):
                continue  # "... and called for ...": a new speech verb, a new statement ("and were
                # briefed": a passive says nothing of its own and stays in the content)
            if _voicing_conj(ctx, sent, c):
                continue  # "said X, and renewed his call for Y": a statement of its own
            if c.dep == "advcl" and _past_occasion(sent, c):
                continue  # "called on them to return after convoys arrived": the reporter's when
            keep.add(i)
            stack.append(c)
    return keep


CONTRASTING_MARKS = frozenset({"while", "whereas", "though", "although"})
"""Marks of a clause set against the one before it ("..., while the army said ...")."""


def _before_contrasting_report(ctx: _Context, sent: ParsedSentence, lo: int, hi: int) -> int:
    """The content's last token before a contrasting report that runs to its end
    (:func:`_contrasting_report`); ``hi`` where there is none. Cut after the tails are trimmed:
    what stood before the contrasting clause was no tail of the sentence."""
    for tok in sent.tokens[lo + 1 : hi + 1]:
        if not _contrasting_report(ctx, sent, tok):
            continue
        first = _subtree_first(sent, tok)
        if (
            lo < first - 1
            and sent.tokens[first - 1].text == ","
            and max(_kept(sent, tok, frozenset())) >= _last_word(sent, hi)
        ):
            return first - 2  # the word before the comma
    return hi


def _contrasting_report(ctx: _Context, sent: ParsedSentence, clause: Token) -> bool:
    """A contrasting clause after a comma whose head is a speech verb with a subject of its own
    ("said the crossing would reopen, while the army said it would stay closed"; "..., though
    it did not say which units"): another report (or the narrator's remark on one), which the
    parser hung inside the first content; a new speech verb starts a new statement."""
    if clause.dep != "advcl" or clause.pos != "VERB" or clause.lemma not in ctx.verbs:
        return False
    if not any(sent.children(clause, *SUBJECTS)):
        return False
    mark = next((m for m in sent.children(clause, "mark") if m.lower in CONTRASTING_MARKS), None)
    return mark is not None and mark.i > 0 and sent.tokens[mark.i - 1].text == ","


OCCASION_MARKS = frozenset({"after", "following", "since", "when", "as"})


def _past_occasion(sent: ParsedSentence, clause: Token) -> bool:
    """A past-tense "after ..." clause on a requested infinitive ("to return to their barracks
    after armed convoys arrived"): when the request was made, not part of what was asked."""
    if clause.dep != "advcl" or clause.tag != "VBD":
        return False
    if not any(m.lower in OCCASION_MARKS for m in sent.children(clause, "mark")):
        return False
    head = sent.head_of(clause)
    if head.tag != "VB" or not any(a.tag == "TO" for a in sent.children(head, "aux")):
        return False
    return sent.head_of(head).lemma in REQUEST_VERBS


REQUEST_VERBS = frozenset(
    {
        "call",
        "urge",
        "ask",
        "appeal",
        "demand",
        "order",
        "instruct",
        "request",
        "invite",
        "press",
        "encourage",
    }
)
"""Speech verbs whose to-infinitive is what was asked for."""

ACCUSING_VERBS = frozenset({"accuse", "blame", "charge"})
"""Speech verbs that lay a fault on someone ("accused NATO of ...", "blamed the militias for
..."). After a bare "and" that joins them to another speech verb's content clause they rejoin
the reporter as a request does: the content's subject, where it is no name or pronoun ("said the
army had lost ground and accused NATO of ..."), is what is told of, not a second speaker."""


# --------------------------------------------------------------------------- reported speech


class _Found(NamedTuple):
    verb: Token
    sent: ParsedSentence
    speakers: list[Hit]
    content: tuple[int, int]  # character span
    clausal: bool = True  # the content is a clause (not the verb's object)
    root: int = -1  # token index of the content's head
    gap: tuple[int, int] | None = None  # the attribution inside the content ("X, he said, Y")


def _speech_tokens(ctx: _Context, sent: ParsedSentence) -> list[tuple[Token, SpeechVerb]]:
    """The sentence's speech verbs that report something (computed once per sentence)."""
    found = ctx.speech.get(sent.start)
    if found is None:
        found = ctx.speech[sent.start] = list(_find_speech_tokens(ctx, sent))
    return found


def _speakers_of(ctx: _Context, sent: ParsedSentence, verb: Token) -> list[Hit]:
    """The speakers of a speech verb (computed once per verb)."""
    found = ctx.speakers.get(verb.start)
    if found is None:
        reporter = _reporter(sent, verb, ctx.verbs) or _rejoined_reporter(sent, verb, ctx.verbs)
        if reporter is not None:
            found = _speakers_of(ctx, sent, reporter)
        else:
            subjects = _subject_of(ctx, sent, verb)
            found = (
                _titled_people(ctx, sent, verb, subjects)
                or _speaker_hits(ctx, sent, subjects)
                or _participle_speakers(ctx, sent, verb)
            )
        ctx.speakers[verb.start] = found
    return found


NAME_LIST_PARTS = frozenset({"PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT", "ADV", "AUX"})
"""Parts of speech of a subject that only lists titled people ("Interior minister X and army
chief Y"): names, titles and the words joining them (and an adverb or auxiliary before the verb:
"X and Y have also said")."""
NAME_LIST_JOINS = frozenset({"and", ","})
"""Words between the listed people (", and" joins once: an empty part is skipped)."""
NAME_LIST_SKIPPED = frozenset({"PUNCT", "ADV", "AUX"})
"""Parts of speech of a listed subject's words that belong to no one person's part."""


def _titled_people(ctx: _Context, sent: ParsedSentence, verb: Token, subjects: Sequence[Token]) -> list[Hit]:
    """ "Interior minister X and Foreign minister Y said": a subject right before its verb that
    only lists people, each with a title, joined by "and" (and commas). The parser often misreads such a
    list (the second title a conjunct of its own, the first name a modifier of the second), so
    each part between the joins that holds one named person speaks; a part that holds none or
    several, or any other word in the list, leaves the subject to the parse."""
    if not subjects:
        return []
    lo = min(_subtree_first(sent, s) for s in subjects)
    toks = sent.tokens[lo : verb.i]
    if not any(t.lower == "and" for t in toks) or any(t.pos not in NAME_LIST_PARTS for t in toks):
        return []
    parts: list[list[Token]] = [[]]
    for t in toks:
        if t.lower in NAME_LIST_JOINS:
            parts.append([])
        elif t.pos not in NAME_LIST_SKIPPED or t.text == "-":
            parts[-1].append(t)
    out: list[Hit] = []
    for part in filter(None, parts):
        people = {
            h.key: h for h in ctx.actors_in(part[0].start, part[-1].end) if h.actor_kind is ActorKind.PERSON
        }
        if len(people) != 1:
            return []
        out.extend(people.values())
    return out if len({h.key for h in out}) == len(out) else []


def _reporter(sent: ParsedSentence, verb: Token, verbs: dict[str, SpeechVerb]) -> Token | None:
    """ "He said the militia seized the base, noting that ...": a subjectless participle hung
    on a clause that is another speech verb's content belongs to that speech verb."""
    if verb.tag != "VBG" or verb.dep not in CLIMB or any(sent.children(verb, *SUBJECTS)):
        return None
    if verb.i == 0 or sent.tokens[verb.i - 1].text != ",":
        return None  # "X issued a statement welcoming ..., a spokesman said": X welcomed
    tok = verb
    for _ in range(6):
        if (tok.dep not in CLIMB and tok.dep != "ccomp") or tok.head == tok.i:
            return None
        head = sent.head_of(tok)
        if tok.dep == "ccomp" and head.lemma in verbs and head.pos == "VERB":
            return head if tok is not verb else None
        tok = head
    return None


def _rejoined_reporter(sent: ParsedSentence, verb: Token, verbs: dict[str, SpeechVerb]) -> Token | None:
    """ "X said that clinics had run out of fuel, and warned that ...": a subjectless speech verb
    after ", and" that the parser joined to the content clause of another speech verb goes back
    to that verb's speaker (the comma closes the content), not to the content's subject. A
    request after a bare "and" does too where the content's subject is no name or pronoun ("said
    the strikes could amount to crimes and called for safe passage"): a thing cannot ask, so the
    appeal is the reporter's own; a named subject keeps it ("said Italy was concerned and urged").
    An accusation (``ACCUSING_VERBS``) after a bare "and" is read the same way ("denied that the
    army had lost ground and accused NATO of ...").
    So does any speech verb after a bare "and" where the content is a backshifted passive and the
    speech verb an active plain past ("told reporters that the army had not been defeated and said
    ..."): the content's "had been" cannot carry it, so the plain past is the narrator's (an active
    "had met ... and announced" shares its "had" and its subject). A past the tagger read as a
    participle counts where no auxiliary could carry it (:func:`_past_read_as_participle`)."""
    if verb.dep != "conj" or any(sent.children(verb, *SUBJECTS)):
        return None
    if verb.i < 2 or sent.tokens[verb.i - 1].lower != "and":
        return None
    bare = sent.tokens[verb.i - 2].text != ","
    first = sent.head_of(verb)
    if verb.tag != "VBD" and not _past_read_as_participle(sent, verb, first):
        return None
    if bare and verb.lemma not in REQUEST_VERBS | ACCUSING_VERBS and not _backshifted(sent, first):
        return None  # without the comma only a request or an accusation rejoins: "said X could Y and called for Z"
    if first.head == first.i or first.lemma in verbs:
        return None
    if first.dep != "ccomp" and _channel_clause_verb(sent, first) is None:
        return None
    if (
        bare
        and not _verdict_on_subject(sent, first)
        and any(s.pos in ("PROPN", "PRON") for s in sent.children(first, *SUBJECTS))
    ):
        return None  # "France said Italy was concerned and urged ...": a named subject may ask
    head = sent.head_of(first) if first.dep == "ccomp" else _channel_clause_verb(sent, first)
    return head if head is not None and head.lemma in verbs and head.pos == "VERB" else None


def _past_read_as_participle(sent: ParsedSentence, verb: Token, first: Token) -> bool:
    """A past the tagger read as a participle after a list ("said troops held the port and its
    refinery and accused ..."): tagged "VBN" with no auxiliary of its own, nor one on the verb it
    is joined to that it could share ("had taken the port and accused": the army accused)."""
    return (
        verb.tag == "VBN"
        and not any(sent.children(verb, "aux", "auxpass"))
        and not any(sent.children(first, "aux"))
    )


def _backshifted(sent: ParsedSentence, verb: Token) -> bool:
    """Whether a content clause's verb is a backshifted passive ("had been defeated", "would be
    reopened"): the tense and voice of reported speech, which an active plain past verb joined to
    it cannot share."""
    return any(c.lower in BACKSHIFTED for c in sent.children(verb, "aux")) and any(
        sent.children(verb, "auxpass")
    )


def _channel_clause_verb(sent: ParsedSentence, clause: Token) -> Token | None:
    """ "said in a statement that X ...": the parser hangs the "that" clause on the channel
    noun; the speech verb the channel phrase hangs on (or None)."""
    if clause.dep != "acl":
        return None
    noun = sent.head_of(clause)
    if noun.lemma not in CHANNEL_NOUNS or noun.dep != "pobj":
        return None
    prep = sent.head_of(noun)
    return sent.head_of(prep) if prep.dep == "prep" and prep.lower in CHANNEL_PREPS else None


def _verdict_on_subject(sent: ParsedSentence, clause: Token) -> bool:
    """A clause that names what its subject is ("Libya Dawn was a terrorist group"): the
    reporter's verdict on it, so a request joined to it ("... and asked the UN to act") is the
    reporter's too (a state, "Italy was concerned", leaves the subject able to ask)."""
    return clause.lemma == "be" and any(sent.children(clause, "attr"))


def _participle_speakers(ctx: _Context, sent: ParsedSentence, verb: Token) -> list[Hit]:
    """ "..., arguing that ...": when climbing found no actor, the actor subject of the
    nearest clause before the participle (the parser often hangs it on the wrong verb)."""
    if verb.tag != "VBG" or any(sent.children(verb, *SUBJECTS)):
        return []
    for tok in reversed(sent.tokens[: verb.i]):
        if tok.pos not in ("VERB", "AUX") or ctx.in_quote(tok.start, tok.end):
            continue
        subjects = [c for c in sent.children(tok, *SUBJECTS) if c.lower not in RELATIVES]
        if subjects:
            return _speaker_hits(ctx, sent, _chain(sent, subjects[0]))
    return []


def _find_speech_tokens(ctx: _Context, sent: ParsedSentence) -> Iterator[tuple[Token, SpeechVerb]]:
    verbs = ctx.verbs
    for tok in sent.tokens:
        spec = verbs.get(tok.lemma)
        if spec is None or tok.pos not in ("VERB", "AUX") or tok.tag == "MD":
            continue
        if ctx.in_quote(tok.start, tok.end) or _silenced(ctx, sent, tok) or _addressed_only(sent, tok, spec):
            continue
        if _anonymity_request(sent, tok):
            continue
        if _joined_in_content(sent, tok, verbs):
            continue
        yield tok, spec


BACKSHIFTED = frozenset({"had", "would", "could"})


def _joined_in_content(sent: ParsedSentence, verb: Token, verbs: dict[str, SpeechVerb]) -> bool:
    """ "said it had ordered the forces back and had asked the ministry to ...": a predicate
    joined, with no subject of its own, to another speech verb's content is part of it (its
    own "had" or "would" tells it is told from the content's time: "urged" alone may be the
    speaker's own act)."""
    if verb.dep != "conj" or any(sent.children(verb, *SUBJECTS)):
        return False
    if not any(c.lower in BACKSHIFTED for c in sent.children(verb, "aux")):
        return False
    first = sent.head_of(verb)
    if (
        (first.lemma in verbs and not _told_to_it(sent, first))
        or first.dep != "ccomp"
        or first.head == first.i
    ):
        return False
    return sent.head_of(first).lemma in verbs


def _told_to_it(sent: ParsedSentence, verb: Token) -> bool:
    """ "said it had not been told of the raid and had asked ...": a speech verb in the passive
    tells what the content's subject was told, no report of its own, so a predicate joined to
    it stays in the same content."""
    return any(sent.children(verb, "auxpass"))


def _addressed_only(sent: ParsedSentence, verb: Token, spec: SpeechVerb) -> bool:
    """ "his unit called the ministry", "gunmen threatened the crew": a person addressed and
    nothing said; the verb is no attribution either."""
    if verb.lemma not in RECIPIENT_VERBS:
        return False
    obj = next(sent.children(verb, *OBJECTS), None)
    return obj is not None and _a_person(sent, obj) and _content_root(sent, verb, spec) is None


ANONYMITY_ASKING = frozenset({"ask", "request", "demand"})
"""Speech verbs with which a source asks to stay unnamed ("asked that her name be withheld")."""
IDENTITY_NOUNS = frozenset({"name", "identity", "anonymity"})
"""What a source asks to keep back: its name or identity, or asks for: anonymity."""
HIDING_VERBS = frozenset({"withhold", "publish", "use", "give", "disclose", "reveal", "print", "identify"})
"""Verbs of a source's name kept back or made known ("her name be withheld", "not be published")."""


def _anonymity_request(sent: ParsedSentence, verb: Token) -> bool:
    """ "a nurse, who asked that her name be withheld, said ...", "officials, who requested
    anonymity, said ...": a source asking to stay unnamed remarks on itself, it makes no
    statement (the statement is the one its "said" then makes)."""
    if verb.lemma not in ANONYMITY_ASKING:
        return False
    if any(c.lemma in IDENTITY_NOUNS for c in sent.children(verb, "dobj")):
        return True  # "requested anonymity"
    for clause in sent.children(verb, "ccomp"):
        kept = sent.children(clause, "nsubjpass", "nsubj", "dobj")
        if clause.lemma in HIDING_VERBS and any(_own_identity(sent, k) for k in kept):
            return True  # "asked that her name be withheld", "that his name not be used"
    return False


def _own_identity(sent: ParsedSentence, noun: Token) -> bool:
    """ "her name", "their identities": a name the speaker's own pronoun owns (not "the name of
    the new governor", which the speaker asks to be made known)."""
    return noun.lemma in IDENTITY_NOUNS and any(p.pos == "PRON" for p in sent.children(noun, "poss"))


HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "will", "'ll", "\u2019ll"})
"""Modals under which a speech verb tells what may or will be said, not what was."""
PURPOSES = frozenset({"advcl", "acl", "relcl", "xcomp"})
"""Relations of a to-infinitive of purpose ("seized the field to demand wages")."""


OTHER_SENSE_PARTICLES = frozenset(
    {("call", "off"), ("call", "up"), ("warn", "off"), ("warn", "away"), ("write", "off"), ("tell", "apart")}
)
"""(Lemma, particle) pairs whose phrasal verb is an act, not speech: "called off the offensive",
"called up reservists", "warned off a warship" say nothing."""


ADDRESSED_PARTICIPLES = frozenset({"ask", "question", "press", "tell"})
"""Verbs whose bare participle opening a clause puts the question to the main clause's
subject ("Asked whether troops would go, X said ..."): what was asked is not X's to say."""


def _addressed_participle(sent: ParsedSentence, verb: Token) -> bool:
    """ "Asked about the clashes, the minister said ...": a participle with no auxiliary and
    no subject of its own, hung on the clause after it as an adverbial clause."""
    if verb.lemma not in ADDRESSED_PARTICIPLES or verb.tag != "VBN" or verb.dep != "advcl":
        return False
    if verb.head < verb.i:
        return False
    return not any(c.dep in ("aux", "auxpass") or c.dep in SUBJECTS for c in sent.children(verb))


def _silenced(ctx: _Context, sent: ParsedSentence, verb: Token) -> bool:
    """ "has not said", "declined to say", "seized it to demand pay", "called off the attack",
    "Asked whether ...": nothing was said."""
    if _addressed_participle(sent, verb):
        return True
    for c in sent.children(verb):  # a negation or a modal of what may be said, outside quotes
        if c.dep == "prt" and (verb.lemma, c.lower) in OTHER_SENSE_PARTICLES:
            return True
        unsaid = c.dep == "neg" or (c.dep == "aux" and c.lower in HYPOTHETICAL)
        if unsaid and not ctx.in_quote(c.start, c.end):
            return True
    head = sent.head_of(verb)
    if verb.dep == "xcomp" and head.lemma in REFUSALS:
        return True
    infinitive = verb.tag == "VB" and any(c.dep == "aux" and c.lower == "to" for c in sent.children(verb))
    return (
        infinitive
        and verb.dep in PURPOSES
        and head.lemma not in ctx.verbs
        and not _voiced_purpose(sent, head)
    )


def _voiced_purpose(sent: ParsedSentence, head: Token) -> bool:
    """ "went on television to accuse X of ...", "held a news conference to announce ...",
    "posted a video to deny ...": the act a speech infinitive is the purpose of is itself a way
    of speaking (a channel noun, platform, occasion or broadcast medium as its object or its
    :data:`CHANNEL_PREPS` phrase's object), so the speech was made, not only meant."""
    held = [
        *sent.children(head, *OBJECTS),
        *(
            o
            for p in sent.children(head, "prep")
            if p.lower in CHANNEL_PREPS
            for o in sent.children(p, "pobj")
        ),
    ]
    return any(_channel_noun(o) or o.lemma in OCCASION_NOUNS or o.lower in MEDIUM_HEADS for o in held)


def _split_attribution(ctx: _Context, sent: ParsedSentence, verb: Token) -> tuple[int, int] | None:
    """ "X happened, the IOM said." parsed as two sentences, the second only its speaker and
    verb: the content is the sentence before, to its closing comma."""
    toks = sent.tokens
    if verb.dep != "ROOT" or verb.i == 0 or any(t.dep in CLAUSAL or t.dep in OBJECTS for t in toks):
        return None
    if any(t.pos == "VERB" and t.i != verb.i for t in toks) or toks[-1].i > verb.i + 1:
        return None  # more than "[the speaker] said."
    k = bisect.bisect_left(ctx.parsed_starts, sent.start) - 1
    before = ctx.parsed[k] if k >= 0 else None
    if before is None or len(before.tokens) < 4 or ctx.paragraph(before.start) != ctx.paragraph(sent.start):
        return None
    if toks[0].text == ",":  # the comma opens the attribution's part or closes the one before
        return (before.start, before.tokens[-1].end)
    return (before.start, before.tokens[-2].end) if before.tokens[-1].text == "," else None


def _unlinked_trailing_report(ctx: _Context, sent: ParsedSentence, verb: Token) -> Iterator[_Found]:
    """ "Hundreds of families returned on Friday, a local official said": in a long sentence
    the parser may hang the report's subject on the speech verb as a second subject, or its
    verb on a noun, and leave the speech verb no clause. A root speech verb that ends its
    sentence (or a clause the comma after it closes off), with its speaker after a comma (the
    subject, or a description in apposition to a misread one: "after 9 am, a correspondent at
    the scene said"), reports all before that comma, when those words hold a finite verb and
    no quotation (a quote has its own reading)."""
    toks = sent.tokens
    if verb.dep != "ROOT" or verb.pos != "VERB" or verb.i + 1 >= len(toks):
        return
    after = toks[verb.i + 1]
    if after.text != "," and not all(t.pos == "PUNCT" for t in toks[verb.i + 1 :]):
        return
    subjects = [c for c in sent.children(verb, "nsubj") if c.i < verb.i]
    if not subjects:
        return
    subj = max(subjects, key=lambda c: c.i)
    comma = min(_kept(sent, subj, frozenset())) - 1
    if comma < 1 or toks[comma].text != ",":
        subj = next((a for a in sent.children(subj, "appos") if a.i < verb.i), subj)
        comma = min(_kept(sent, subj, frozenset())) - 1
        if comma < 1 or toks[comma].text != ",":
            return
    words = toks[:comma]
    if not any(_reads_finite(t) for t in words) or any(t.text in _QUOTE_MARKS for t in words):
        return
    first = next((t for t in words if t.pos != "PUNCT"), None)
    speakers = _speaker_hits(ctx, sent, _chain(sent, subj))
    if first is not None and speakers and not ctx.in_quote(first.start, toks[comma - 1].end):
        yield _Found(verb, sent, speakers, (first.start, toks[comma - 1].end))


def _reads_finite(tok: Token) -> bool:
    """A finite verb or auxiliary, or a past form the misparse took for a participle ("staff
    from two embassies crossed into Tunisia", read "embassies crossed" as a reduced relative)."""
    return tok.tag in FINITE_AUX_TAGS or (tok.pos == "VERB" and tok.tag == "VBN")


POINTER_WORDS = frozenset({"following"})
"""Words that end a content only to point at what comes after it ("informs the Libyan people of
the following:", "announced the following:"): a communique's heading, which says nothing itself."""


def _pointer_content(sent: ParsedSentence, bounds: tuple[int, int]) -> bool:
    """A content that ends with "the following": only a pointer to the text after it."""
    last = sent.tokens[bounds[1]]
    return last.lower in POINTER_WORDS and any(d.lower == "the" for d in sent.children(last, "det"))


def _reported(ctx: _Context, sent: ParsedSentence) -> Iterator[_Found]:
    for verb, spec in _speech_tokens(ctx, sent):
        content = _content_root(sent, verb, spec)
        if content is None:
            span = _split_attribution(ctx, sent, verb) if "ccomp" in spec.args else None
            speakers = _speakers_of(ctx, sent, verb) if span is not None else []
            if span is not None and speakers:
                yield _Found(verb, sent, speakers, span)
            elif span is None and "ccomp" in spec.args:
                yield from _unlinked_trailing_report(ctx, sent, verb)
            continue
        bounds = _content_tokens(ctx, sent, verb, content)
        if bounds is None or _pointer_content(sent, bounds):
            continue
        span = (sent.tokens[bounds[0]].start, sent.tokens[bounds[1]].end)
        gap = _split_by(sent, verb, content.root, bounds[0])
        if gap is not None:
            span = (sent.tokens[gap[0]].start, span[1])
            gap = (sent.tokens[gap[1]].start, sent.tokens[bounds[0]].start)
        speakers = _speakers_of(ctx, sent, verb)
        if speakers:
            yield _Found(verb, sent, speakers, span, content.clausal, content.root.i, gap)
    yield from _according(ctx, sent)
    yield from _nominal(ctx, sent)
    yield from _tolls(ctx, sent)
    yield from _colon_messages(ctx, sent)


MESSAGE_NOUNS = frozenset({"message", "position", "answer", "response", "reply", "verdict", "stance"})
"""Nouns of what someone said that, owned and said to be "clear" or "blunt", bring the words after
a colon ("X's message was clear: the army would not stop")."""
MESSAGE_OWNER_MARKS = frozenset({"from", "of", "by"})


def _colon_messages(ctx: _Context, sent: ParsedSentence) -> Iterator[_Found]:
    """ "The council's position was clear: no foreign troops would be accepted", "The message
    from the army was blunt: ...": an owned :data:`MESSAGE_NOUNS` noun, the subject of "be"
    with an adjective, and a colon right after that adjective; what follows the colon, up to
    the sentence's end, is the owner's reported statement (a quote after the colon is left to
    the quotations)."""
    for noun in sent.tokens:
        if noun.lemma not in MESSAGE_NOUNS or noun.pos != "NOUN" or noun.dep != "nsubj":
            continue
        copula = sent.head_of(noun)
        verdict = next((c for c in sent.children(copula, "acomp") if c.i > noun.i), None)
        if copula.lemma != "be" or verdict is None or ctx.in_quote(noun.start, noun.end):
            continue
        colon = verdict.i + 1
        if colon + 1 >= len(sent.tokens) or sent.tokens[colon].text != ":":
            continue
        first = sent.tokens[colon + 1]
        if first.text in _QUOTE_MARKS:
            continue
        owners = [c for c in sent.children(noun, "poss") if c.pos in ("PROPN", "NOUN")]
        owners += [
            o
            for prep in sent.children(noun, "prep")
            if prep.lower in MESSAGE_OWNER_MARKS
            for o in sent.children(prep, "pobj")
        ]
        speakers = _speaker_hits(ctx, sent, [o for h in owners for o in _chain(sent, h)])
        last = _last_word(sent, len(sent.tokens) - 1)
        if speakers and last > colon + 1:
            yield _Found(noun, sent, speakers, (first.start, sent.tokens[last].end))


TOLL_VERBS = frozenset({"put", "raise", "revise", "lower", "place", "bring", "update"})
TOLL_NOUNS = frozenset({"toll", "figure", "tally", "count"})
"""A source that puts or raises a count reports it ("the ministry put the death toll at 43")."""


def _toll_end(sent: ParsedSentence, verb: Token, lo: int, prep: Token) -> int:
    """The count runs to the end of the verb's phrase ("at 43, with more than 100 wounded"),
    short of a trailing clause of time or cause (", after two more bodies were found")."""
    hi = _without_tail(sent, lo, max(_kept(sent, verb, frozenset())))
    for clause in sent.children(verb, "advcl"):
        first = min(_kept(sent, clause, frozenset()))
        marks = {c.lower for c in sent.children(clause, "mark")}
        if first > prep.i and sent.tokens[first - 1].text == "," and marks - {"with", "without"}:
            hi = min(hi, first - 1)
    while hi > lo and sent.tokens[hi].pos == "PUNCT":
        hi -= 1
    return hi


def _split_by(sent: ParsedSentence, verb: Token, root: Token, lo: int) -> tuple[int, int] | None:
    """ "The attack, the ministry said, killed four": the content's words before the
    attribution, as (first token, the comma opening the attribution); None when the
    attribution does not split the content."""
    if verb.dep != "parataxis" or verb.head != root.i or verb.i > root.i:
        return None
    before = [i for i in _kept(sent, root, frozenset()) if i < verb.i and i < lo]
    if not before:
        return None
    first = min(before)
    comma = max(i for i in before if sent.tokens[i].text == "," or i == first)
    while comma > first and sent.tokens[comma].text != ",":
        comma -= 1
    if sent.tokens[comma].text != ",":
        return None
    while first < comma and (sent.tokens[first].pos == "PUNCT" or sent.tokens[first].ent_type in WHEN):
        first += 1
    return (first, comma) if first < comma else None


def _tolls(ctx: _Context, sent: ParsedSentence) -> Iterator[_Found]:
    """ "The ministry raised the toll to 32 dead": the count is the ministry's statement."""
    for verb in sent.tokens:
        if verb.lemma not in TOLL_VERBS or verb.pos != "VERB" or ctx.in_quote(verb.start, verb.end):
            continue
        obj = next((c for c in sent.children(verb, *OBJECTS) if c.lemma in TOLL_NOUNS), None)
        prep = next((c for c in sent.children(verb, "prep") if c.lower in ("at", "to")), None)
        if obj is None or prep is None or prep.i < obj.i or _silenced(ctx, sent, verb):
            continue
        lo = min(_kept(sent, obj, frozenset()))
        hi = _toll_end(sent, verb, lo, prep)
        speakers = _speakers_of(ctx, sent, verb)
        if speakers and hi > lo:
            yield _Found(verb, sent, speakers, (sent.tokens[lo].start, sent.tokens[hi].end), False, obj.i)


def _content_after_owner(
    sent: ParsedSentence, spec: SpeechVerb, after: int, owners: list[Token]
) -> _Content | None:
    """ "the announcement by the ministry in Tripoli of a curfew": the parser hung the
    content's preposition inside the owner's phrase; the first one past the owner's name."""
    words = {a.split(":", 1)[1] for a in spec.args}
    inside = set().union(*(_kept(sent, o, frozenset()) for o in owners))
    for i in sorted(inside):
        prep = sent.tokens[i]
        if prep.dep == "prep" and prep.lower in words and prep.start >= after:
            obj = next(sent.children(prep, "pobj"), None)
            return _Content(obj, None, False) if obj is not None else None
    return None


OWNER_MARKS = frozenset({"by", "from"})
"""Prepositions that name who made a speech noun's statement ("a call from the UN for ...")."""


def _nominal(ctx: _Context, sent: ParsedSentence) -> Iterator[_Found]:
    """ "the announcement by X of Y", "X's call for Y": X said Y (``data/speech_nouns.tsv``)."""
    nouns = speech_nouns()
    for tok in sent.tokens:
        spec = nouns.get(tok.lemma)
        if spec is None or tok.pos != "NOUN" or ctx.in_quote(tok.start, tok.end):
            continue
        owners = [c for c in sent.children(tok, "poss") if c.pos in ("PROPN", "NOUN")]
        owners += [
            o for p in sent.children(tok, "prep") if p.lower in OWNER_MARKS for o in sent.children(p, "pobj")
        ]
        speakers = _speaker_hits(ctx, sent, [o for h in owners for o in _chain(sent, h)])
        if not owners and _owned_by_pronoun(sent, tok):
            speakers = _speaker_hits(ctx, sent, _subject_of(ctx, sent, sent.head_of(tok)))
        if not owners and not speakers:
            speakers = _national_owner(ctx, sent, tok)
        content = _content_root(sent, tok, spec) if speakers else None
        if content is None and speakers:
            content = _content_after_owner(sent, spec, max(h.end for h in speakers), owners)
        if content is None:
            continue
        if content.extra is None and tok.dep in OBJECTS:  # "reiterates its call on all parties to refrain"
            request = _infinitive_after(sent, sent.head_of(tok), content.root)
            content = content._replace(extra=request) if request is not None else content
        bounds = _content_tokens(ctx, sent, tok, content)
        if bounds is not None:
            span = (sent.tokens[bounds[0]].start, sent.tokens[bounds[1]].end)
            yield _Found(tok, sent, speakers, span, False, content.root.i)


NATIONAL_STEM = 4
"""Letters a nationality adjective shares with its country's name ("Turkish", "Turkey";
"Egyptian", "Egypt")."""


def _national_owner(ctx: _Context, sent: ParsedSentence, noun: Token) -> list[Hit]:
    """ "Turkish statements about an attack", "Egyptian warnings of ...": a nationality
    adjective on a speech noun names its owner, the country of that nationality that the
    story names as an actor (the latest before the noun, else the first after it); none
    when the story names no such country ("French" is not "France" by its letters: no
    owner rather than a guess)."""
    stems = {
        a.lower[:NATIONAL_STEM]
        for a in sent.children(noun, "amod")
        if a.lower in NATIONALITY_WORDS and len(a.lower) > NATIONAL_STEM
    }
    if not stems:
        return []
    if ctx.countries is None:  # indexed once per article, by stem, in text order
        ctx.countries = {}
        for h in ctx.actors:
            if h.actor_kind is ActorKind.COUNTRY:
                ctx.countries.setdefault(h.name.casefold()[:NATIONAL_STEM], []).append(h)
    out: list[Hit] = []
    for stem in sorted(stems):
        named = ctx.countries.get(stem, [])
        k = bisect.bisect_right(named, noun.start, key=lambda h: h.end)
        if named:
            out.append(named[k - 1] if k else named[0])
    return out


OWNING_PRONOUNS = frozenset({"his", "her", "its", "their"})
VOICING_VERBS = frozenset({"renew", "reiterate", "repeat", "restate", "issue", "make", "voice", "echo"})
"""Verbs whose subject utters the speech noun it owns by a pronoun ("renewed his call for X");
others do not ("ignored his call")."""


CONTINUING_VERBS = frozenset(
    {
        "add",
        "repeat",
        "reiterate",
        "restate",
        "stress",
        "emphasise",
        "emphasize",
        "underline",
        "insist",
        "note",
    }
)
"""Speech verbs a teller goes on with ("X said A and added that B", "and repeated that B"): joined
with no subject to the clause reported before, their speaker is the teller, not that clause's
subject (the clause's subject said nothing)."""


def _continuing_conj(ctx: _Context, sent: ParsedSentence, verb: Token) -> bool:
    """A continuing speech verb (:data:`CONTINUING_VERBS`) without a subject whose own clause
    opens with "that", that the parser joined to another speech verb's reported clause ("said the
    agency remained concerned and repeated that X": the teller repeated)."""
    if verb.dep != "conj" or verb.lemma not in CONTINUING_VERBS or any(sent.children(verb, *SUBJECTS)):
        return False
    if not any(m.lower == "that" for c in sent.children(verb, *CLAUSAL) for m in sent.children(c, "mark")):
        return False
    first = sent.head_of(verb)
    return first.dep == "ccomp" and first.head != first.i and sent.head_of(first).lemma in ctx.verbs


def _voicing_conj(ctx: _Context, sent: ParsedSentence, verb: Token) -> bool:
    """A voicing verb with a pronoun-owned speech noun ("and renewed his call for Z"), without
    a subject, that the parser joined to another speech verb's reported clause."""
    if verb.dep != "conj" or verb.lemma not in VOICING_VERBS or any(sent.children(verb, *SUBJECTS)):
        return False
    nouns = speech_nouns()
    if not any(o.lemma in nouns and _owned_by_pronoun(sent, o) for o in sent.children(verb, *OBJECTS)):
        return False
    first = sent.head_of(verb)
    return first.dep == "ccomp" and first.head != first.i and sent.head_of(first).lemma in ctx.verbs


def _quoting_conj(ctx: _Context, sent: ParsedSentence, verb: Token) -> bool:
    """A speech verb without a subject whose object, or a preposition's object, opens with a
    quote mark ("and accused \"parties seeking to wreck the vote\" of ...", "and called the raid
    \"a crime\"", "and blamed them for \"the looting\""), that
    the parser joined to another speech verb's reported clause, or to a speech noun's "that"
    clause: the quote is the first speech verb's speaker's, as a partial quote in a report is.
    So is one whose own clause quotes words ("said the ministry had been told nothing and
    suggested the decision \"may have been hasty\""): the ministry is not quoted, the teller is."""
    if verb.dep != "conj" or verb.lemma not in ctx.verbs or any(sent.children(verb, *SUBJECTS)):
        return False
    held = [
        *sent.children(verb, *OBJECTS),
        *(o for p in sent.children(verb, "prep") for o in sent.children(p, "pobj")),
    ]
    clauses = sent.children(verb, *CLAUSAL)
    if not any(_opens_with_quote(sent, o) for o in held) and not any(_quotes_in(sent, c) for c in clauses):
        return False
    first = sent.head_of(verb)
    if first.head == first.i:
        return False
    report = sent.head_of(first)
    if first.dep == "acl":  # "said in a statement that X had ... and accused": the noun's clause
        return report.lemma in speech_nouns() and any(m.lower == "that" for m in sent.children(first, "mark"))
    return first.dep == "ccomp" and report.lemma in ctx.verbs


def _quotes_in(sent: ParsedSentence, clause: Token) -> bool:
    """A quote mark among the clause's words."""
    return any(sent.tokens[i].text in _QUOTE_MARKS for i in _kept(sent, clause, frozenset()))


def _opens_with_quote(sent: ParsedSentence, obj: Token) -> bool:
    """The object's words start right after a quote mark, or a quoted span follows its head
    ("called the raid \"a crime\"": the quote opens after the object's head)."""
    first = _subtree_first(sent, obj)
    if sent.tokens[first].text in _QUOTE_MARKS or (first > 0 and sent.tokens[first - 1].text in _QUOTE_MARKS):
        return True  # the opening mark hung on the object or left before it
    nxt = obj.i + 1
    return nxt < len(sent.tokens) and sent.tokens[nxt].text in _QUOTE_MARKS


def _owned_by_pronoun(sent: ParsedSentence, noun: Token) -> bool:
    """ "renewed his call for X": a speech noun its verb's subject owns, by a pronoun."""
    return (
        noun.dep in OBJECTS
        and sent.head_of(noun).lemma in VOICING_VERBS
        and any(c.lower in OWNING_PRONOUNS for c in sent.children(noun, "poss"))
    )


def _seconded(ctx: _Context, found: Sequence[_Found]) -> list[_Found]:
    """ "He said four were killed, which was confirmed by a tribal elder": the agent of a
    passive speech verb in a relative clause right after a report says the same."""
    out: list[_Found] = []
    for f in found:
        if f.verb.lower == "according" or f.verb.pos == "NOUN":
            continue
        for verb, _spec in _speech_tokens(ctx, f.sent):
            relative = next((c for c in f.sent.children(verb, "nsubjpass") if c.lower == "which"), None)
            if verb.dep != "relcl" or relative is None or not 0 <= relative.start - f.content[1] <= 3:
                continue
            speakers = [h for h in _speakers_of(ctx, f.sent, verb) if all(h.key != g.key for g in f.speakers)]
            if speakers and any(f.sent.children(verb, "agent")):
                out.append(_Found(verb, f.sent, speakers, f.content, f.clausal, f.root))
    return out


def _according_in(ctx: _Context, sent: ParsedSentence) -> list[tuple[Token, Token]]:
    """The sentence's "according to X" (computed once per sentence)."""
    found = ctx.according.get(sent.start)
    if found is None:
        found = ctx.according[sent.start] = list(_according_sources(sent, ctx.verbs))
    return found


ACCORDING_WH = frozenset({"what"})
"""Words that open a speech clause after "according to" ("according to what the spokesman told
the agency"), the way translated Arabic press cites its source."""


def _according_sources(sent: ParsedSentence, verbs: Mapping[str, object]) -> Iterator[tuple[Token, Token]]:
    """ "according to X": the word "according" and X's head token; in "according to what X
    said (told Y, stated to Y)" X is the subject of that speech verb."""
    for tok in sent.tokens:
        if tok.lower != "according" or tok.head == tok.i:
            continue
        to = next((c for c in sent.children(tok) if c.lower == "to"), None)
        source = next(sent.children(to, "pobj"), None) if to is not None else None
        if source is None and to is not None:
            source = _according_what(sent, to, verbs)
        if source is not None:
            yield tok, _record_keeper(sent, source) or source


RECORD_NOUNS = frozenset(
    """figures figure data statistics numbers estimates estimate testimonies testimony accounts
    account report reports records count tally findings survey documents""".split()
)
"""Nouns of a record or a set of accounts that "according to" may cite through whoever put it
out ("according to figures published by X", "according to testimonies collected by X's teams")."""


def _record_keeper(sent: ParsedSentence, source: Token) -> Token | None:
    """The agent of a participle on a cited record ("figures published by the IOM", "data
    compiled by the mission"): who published, compiled or collected it is the source."""
    if source.pos != "NOUN" or source.lower not in RECORD_NOUNS:
        return None
    for acl in sent.children(source, "acl"):
        if acl.tag != "VBN":
            continue
        for agent in sent.children(acl, "agent"):
            keeper = next(sent.children(agent, "pobj"), None)
            if keeper is not None:
                return keeper
    return None


def _according_what(sent: ParsedSentence, to: Token, verbs: Mapping[str, object]) -> Token | None:
    """The speaker of "according to what X said": the subject of the speech verb "to" takes as
    its clause, when a wh-word opens that clause."""
    said = next((c for c in sent.children(to, "pcomp") if c.lemma in verbs), None)
    if said is None or not any(c.lower in ACCORDING_WH for c in sent.children(said)):
        return None
    return next(sent.children(said, "nsubj"), None)


def _according(ctx: _Context, sent: ParsedSentence) -> Iterator[_Found]:
    """ "According to X, ..." / "..., according to X": X said the rest of the clause."""
    for tok, source in _according_in(ctx, sent):
        speakers = _speaker_hits(ctx, sent, _chain(sent, source) + _according_also(sent, tok))
        misread = _source_clause(sent, tok)
        head = sent.head_of(misread) if misread is not None else _according_head(ctx, sent, tok)
        phrase = _kept(sent, tok, frozenset()) | (_kept(sent, misread, frozenset()) if misread else set())
        keep = _content_set(ctx, sent, head) - phrase
        run = _run_around(keep, head.i)
        toks = sent.tokens
        lo, hi = run[0], _without_tail(sent, run[0], run[1])
        while lo < hi and toks[lo].pos == "PUNCT":
            lo += 1
        while hi > lo and toks[hi].pos == "PUNCT":
            hi -= 1
        gap = _according_inside(sent, keep, phrase, lo)
        if gap is not None:
            lo, gap = gap[0], (toks[gap[1]].end, toks[lo].start)
        if speakers and hi > lo:
            yield _Found(tok, sent, speakers, (toks[lo].start, toks[hi].end), True, head.i, gap)


def _according_also(sent: ParsedSentence, tok: Token) -> list[Token]:
    """The sources of the "to" phrases conjoined to the first one ("according to officials and
    to several diplomats", the parser hanging the second "to" on the first): each speaks."""
    out: list[Token] = []
    for to in sent.children(tok):
        if to.lower != "to":
            continue
        for again in sent.children(to, "conj"):
            if again.lower == "to":
                out.extend(t for source in sent.children(again, "pobj") for t in _chain(sent, source))
    return out


SOURCE_CLAUSE_DEPS = frozenset({"ccomp", "advcl"})
"""Relations by which the parser hangs a relative clause on the source of a fronted "according to"
("According to detainees our teams spoke to, ...") onto the main verb after the comma."""


def _source_clause(sent: ParsedSentence, tok: Token) -> Token | None:
    """ "According to detainees our teams have spoken to, armed men forced their way in": the
    parser reads the relative clause on the source (no "who" or "whom") as a clause of its own
    that "according" hangs on, itself hung on the main verb after the comma. Such a clause (one
    of :data:`SOURCE_CLAUSE_DEPS`, with its own subject) that ends before the first comma after
    the phrase while its head stands after that comma is the source's description: returns its
    verb, else None."""
    clause = sent.head_of(tok)
    if clause.i <= tok.i or clause.dep not in SOURCE_CLAUSE_DEPS:
        return None
    if not any(c.dep in SUBJECTS and tok.i < c.i < clause.i for c in sent.children(clause)):
        return None
    comma = next((t.i for t in sent.tokens[tok.i + 1 :] if t.text == ","), None)
    host = sent.head_of(clause)
    if comma is None or not (clause.i < comma < host.i):
        return None
    return clause if max(_kept(sent, clause, frozenset())) < comma else None


def _according_inside(
    sent: ParsedSentence, keep: set[int], phrase: set[int], lo: int
) -> tuple[int, int] | None:
    """ "The ministry, according to two officials, had ordered ...": an "according to" set
    between commas inside its clause; the clause's words before it are said too. Returns
    the first of those words and the last (the phrase and its commas are left out)."""
    first, last = min(phrase), max(phrase)
    if not all(sent.tokens[k].pos == "PUNCT" for k in range(last + 1, lo)):
        return None  # the content does not resume right after the phrase
    end = first - 1
    while end >= 0 and sent.tokens[end].pos == "PUNCT":
        end -= 1
    if end < 0 or end not in keep or end == first - 1:
        return None  # nothing of the clause before it, or no comma to set it off
    start = end
    while start - 1 in keep:
        start -= 1
    while start < end and sent.tokens[start].pos == "PUNCT":
        start += 1
    return start, end


def _according_head(ctx: _Context, sent: ParsedSentence, tok: Token) -> Token:
    """The clause "according to X" speaks for: the one it hangs on, or the whole sentence
    when it closes the sentence after a comma ("the toll rose to 13: 38 of whom left the
    hospital, according to the ministry" - the parser hangs it on the last clause)."""
    head = _misread_relative_host(sent, sent.head_of(tok))
    last = max(_kept(sent, tok, frozenset()))
    closing = (
        tok.i > 0
        and sent.tokens[tok.i - 1].text == ","
        and all(t.pos == "PUNCT" for t in sent.tokens[last + 1 :])
    )
    if not closing:
        return head
    root = next((a for a in [head, *sent.ancestors(head)] if a.dep == "ROOT"), head)
    return head if root.lemma in ctx.verbs else root


FINITE_AUX_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of an auxiliary that makes its clause finite ("did not resist", "has held")."""


MISREAD_HOST_TAGS = frozenset({"VBD", "VBN"})
"""Tags of a reduced relative's participle the parser takes for the main verb ("paid", "employed")."""
CLAUSE_JOINS = frozenset({",", ";", "and", "but", "or"})
"""Words that join two predicates of one subject; with none between them the second is the first's
subject's real predicate ("Guards employed to protect it did not resist")."""


def _misread_relative_host(sent: ParsedSentence, clause: Token) -> Token:
    """ "Guards paid to protect the bank did not resist, according to staff": the parser reads
    the participle of a reduced relative ("paid") as the main verb and the real predicate, a
    finite clause with no subject of its own and nothing joining it to that verb, as its
    adverbial clause or conjunct; the clause "according to" speaks for is then the misread
    verb's, which holds the subject. Else ``clause``."""
    if clause.dep not in ("advcl", "conj") or any(c.dep in SUBJECTS for c in sent.children(clause)):
        return clause
    if not any(c.tag in FINITE_AUX_TAGS for c in sent.children(clause, "aux", "auxpass")):
        return clause
    host = sent.head_of(clause)
    if host.dep != "ROOT" or host.tag not in MISREAD_HOST_TAGS or host.i >= clause.i:
        return clause
    if any(t.lower in CLAUSE_JOINS for t in sent.tokens[host.i + 1 : clause.i]):
        return clause
    return host if any(c.dep in SUBJECTS and c.i < host.i for c in sent.children(host)) else clause


def _run_around(keep: set[int], i: int) -> tuple[int, int]:
    lo = hi = i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    return lo, hi


def _nested(found: Sequence[_Found]) -> list[_Found]:
    """Reports inside reports ("X said that, a day after they reported capturing it, ..."):
    both stand, except that one that only relays another ("added that witnesses stated
    that ...", "said that, according to X, ...") gives way to it."""
    by_sent = _by_sentence(found)
    return [
        f
        for f in found
        if not any(
            _relays(f, g, by_sent[f.sent.start])
            or _restates(g, f, by_sent[f.sent.start])
            or _pledge_attributed(g, f)
            or _requested_speech(g, f)
            for g in by_sent.get(f.sent.start, [])
        )
    ]


REQUESTED_FORMS = frozenset({"VB", "VBP"})
"""Tags of a verb that can be asked for: the infinitive ("to explain") and the bare subjunctive
the tagger reads as a present ("demanded that Washington explain")."""


def _requested_speech(outer: _Found, inner: _Found) -> bool:
    """ "X demanded that Washington explain how ...", "urged the council to clarify ...": a
    speech verb in the base form heading a request's content is what the requester asks for,
    not something its subject said; the request stands and the asked-for speech is no
    statement."""
    if inner is outer or inner.verb.tag not in REQUESTED_FORMS:
        return False
    if outer.verb.lemma not in REQUEST_VERBS or outer.verb.pos != "VERB":
        return False
    asked = inner.verb.dep == "xcomp" and inner.verb.head == outer.verb.i  # "urged X to explain"
    return asked or outer.root == inner.verb.i


def _pledge_attributed(outer: _Found, inner: _Found) -> bool:
    """ "Italy has offered to train the coast guard, the foreign ministry said" (or "the
    ministry said Italy has offered ..."): a pledge or offer (a speech verb with a
    to-infinitive) that heads another speaker's reported content is what that speaker
    reports, not a statement of its own. So is a request (``REQUEST_VERBS``: "a spokesman
    said the council had asked Egypt for arms", "the mayor said the army had urged families
    to leave", "... had told residents to leave"): the teller reports what was asked, the
    whole clause."""
    if inner is outer or outer.root != inner.verb.i:
        return False
    if inner.root < 0 or {h.key for h in inner.speakers} == {h.key for h in outer.speakers}:
        return False
    if inner.verb.lemma in REQUEST_VERBS and inner.verb.pos == "VERB":
        return True
    if inner.verb.lemma in ADDRESSEE_VERBS and inner.sent.tokens[inner.root].dep in OBJECTS:
        return True  # "the mayor said the army had told residents to leave": an order, as a request
    content = inner.sent.tokens[inner.root]
    return content.dep == "xcomp" and content.head == inner.verb.i


def _restates(outer: _Found, inner: _Found, group: Sequence[_Found] = ()) -> bool:
    """A speaker's short report inside their own longer one ("said the rout was the end
    of what he called their adventure"): the longer one already says it. A report that
    gives way to the "according to" ``inner`` it holds (:func:`_relays`: "A, according to
    residents, but B, they said") does not also swallow it, or neither would stand."""
    if inner is outer or not outer.content[0] <= inner.verb.start < outer.content[1]:
        return False
    if inner.verb.lower == "according" and _relays(outer, inner, group):
        return False
    if outer.root == inner.verb.i and _coordinated_beyond(outer, inner, group):
        return True  # "said it welcomed the truce but was troubled that ...": the whole report
    if {h.key for h in inner.speakers} != {h.key for h in outer.speakers}:
        return False
    told = inner.content[1] - min(inner.content[0], inner.verb.start)  # "welcomed the truce"
    return told * 2 < outer.content[1] - outer.content[0]


def _relays(outer: _Found, inner: _Found, group: Sequence[_Found] = ()) -> bool:
    """``inner``'s speech verb heads ``outer``'s content, or its "according to" hangs there."""
    if inner is outer or _pledge_attributed(outer, inner) or _requested_speech(outer, inner):
        return False
    if inner.verb.lower == "according":
        return inner.verb.head == outer.root  # "According to X, ... , Y said": X is the source
    if not outer.content[0] <= inner.verb.start < outer.content[1]:
        return False
    if {h.key for h in inner.speakers} == {h.key for h in outer.speakers}:
        inner_len, outer_len = inner.content[1] - inner.content[0], outer.content[1] - outer.content[0]
        if inner_len * 2 >= outer_len:
            return True  # "reported an account of what it said was ...": one report, told once
    if inner.verb.tag == "VBG" and inner.verb.dep in ("advcl", "xcomp", "acl"):
        head = inner.sent.head_of(inner.verb)
        if head.i == outer.root or (head.dep in OBJECTS and head.head == outer.root):
            return True  # "X issued a statement welcoming ..., a spokesman said"
    if _told_in_private(inner):
        return False  # "the council said Haftar had told envoys that ...": both reports stand
    return outer.root == inner.verb.i and not _coordinated_beyond(outer, inner, group)


def _told_in_private(inner: _Found) -> bool:
    """A report told to someone ("Haftar had told the envoys that ...", "had assured the
    council that ...") inside another speaker's report: the teller's own report of an
    exchange it was party to or learned of, which stands beside what it relays."""
    verb = inner.verb
    if verb.lemma not in ADDRESSEE_VERBS or verb.pos != "VERB":
        return False
    return any(c.dep in ("dobj", "dative") and c.i != inner.root for c in inner.sent.children(verb))


def _coordinated_beyond(outer: _Found, inner: _Found, group: Sequence[_Found]) -> bool:
    """Whether the speech verb heading ``outer``'s content has a coordinated predicate of its
    own past ``inner``'s content that reports nothing itself ("said it welcomed the truce but
    was troubled that ..."): the content says more than the inner report does."""
    verb = outer.sent.tokens[outer.root]
    speech = {g.verb.i for g in group}
    return any(
        c.pos in ("VERB", "AUX") and c.start >= inner.content[1] and c.i not in speech
        for c in outer.sent.children(verb, "conj")
    )


def _by_sentence(found: Iterable[_Found]) -> dict[int, list[_Found]]:
    out: dict[int, list[_Found]] = {}
    for f in found:
        out.setdefault(f.sent.start, []).append(f)
    return out


# --------------------------------------------------------------------------- channels and dates


_ANY_CHANNEL = re.compile("|".join(f"(?:{channel.pattern.pattern})" for channel in CHANNELS), re.IGNORECASE)
"""One scan that tells whether any channel is named at all (most windows name none)."""


_X_CUE = re.compile(r"(?:on|via|tweet|tweeted|his|her|its)\s*x\b|x (?:account|post)")
"""What the patterns for X need around its letter (``on X``, ``tweeted X``, ``X account``): the
cue ``"x"`` of ``CHANNELS`` stands for this."""


def _channel_candidates(window: str) -> list[Channel]:
    """The channels whose pattern may match: substring tests of each channel's cues on the
    lowered text are much cheaper than the patterns' scans, and most windows hold none of the
    cues (non-ASCII text, which case-insensitive matching may fold to ASCII letters, keeps
    every pattern)."""
    if not window.isascii():
        return list(CHANNELS)
    low = window.lower()
    x_named = "x" in low and _X_CUE.search(low) is not None
    out: list[Channel] = []
    for channel in CHANNELS:
        for cue in channel.cues:
            if x_named if cue == "x" else cue in low:
                out.append(channel)
                break
    return out


def channel_of(window: str, *, nearest: bool = False) -> str | None:
    """The channel a window of text names; with ``nearest``, the one named first in it."""
    candidates = _channel_candidates(window)
    if not candidates:
        return None
    if not nearest:
        return next((c.name for c in candidates if c.pattern.search(window) is not None), None)
    first = _ANY_CHANNEL.search(window)
    if first is None:
        return None
    # the joint pattern stops where the earliest channel starts: of the patterns that match
    # there, the first name in alphabetical order (as sorting by (start, name) gives)
    at = first.start()
    return min(c.name for c in candidates if c.pattern.match(window, at) is not None)


def _outside(ctx: _Context, lo: int, hi: int, skip: tuple[int, int]) -> str:
    """The folded text of ``[lo, hi)`` with quotes and the content blanked out."""
    out = ctx.folded[lo:hi]
    for a, b in [*ctx.quotes_in(lo, hi), skip]:
        a, b = max(a, lo), min(b, hi)
        if a < b:  # each blanking keeps the length, so offsets stay those of the text
            out = out[: a - lo] + " " * (b - a) + out[b - lo :]
    return out


MEDIA = (
    r"AFP|Agence France-Presse|Reuters|AP|Associated Press|BBC|CNN|Al[- ]Jazeera|Al[- ]Arabiya|Anadolu|"
    r"Sky News|Xinhua|DPA|[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:television|TV|[Cc]hannel|newspaper|[Rr]adio|daily)|"
    r"(?:[A-Z][\w-]* )*(?:Observer|Herald|Times|Post|Tribune|Guardian|Journal|Gazette|Telegraph|Monitor)|"
    r"(?:\w+ )?(?:radio|television|TV|news) (?:station|channel|agency|network)|(?:\w+ )?newspaper"
)
_TOLD_MEDIA = re.compile(
    r"\b(?:told|tells?|telling|(?:[Ss]poke|[Ss]peaking|[Tt]alking|talked|talks?|speaks?) to|in (?:comments|remarks) to)"
    rf"\s+(?:(?:the|a|an)\s+)?(?:{MEDIA})\b"
)
"""Speaking to a news outlet is an interview ("told AFP", "speaking to Al Jazeera")."""
_TOLD_CUES = ("told", "tell", "poke", "peak", "alk", "comments", "remarks")
"""Letters one of which ``_TOLD_MEDIA`` needs (it is case-sensitive): most windows lack all."""


def _told_media(window: str) -> bool:
    return any(cue in window for cue in _TOLD_CUES) and _TOLD_MEDIA.search(window) is not None


def _channel_for(ctx: _Context, f: _Found, spec: SpeechVerb | None, opens: int | None = None) -> str | None:
    """The channel the table gives, else the attribution's words, else the sentence before
    (``opens``: where the statement begins, when before its attribution's sentence)."""
    if spec is not None and spec.channel is not None:
        return spec.channel
    window = _outside(ctx, f.sent.start, f.sent.end, _said(f))
    near = None
    if _channel_candidates(window):  # none in the window: none in its tail either (most windows)
        near = channel_of(window[max(0, f.verb.start - f.sent.start - 60) :], nearest=True) or channel_of(
            window
        )
    if near == "statement":
        platform = channel_of(_STATEMENT_WORD.sub("", window))
        near = platform if platform in PLATFORMS else near  # "a statement posted on Facebook"
    told = "interview" if _told_media(window) else None
    return near or told or _scene_channel(ctx, f, f.sent.start if opens is None else min(opens, f.sent.start))


def _scene_channel(ctx: _Context, f: _Found, opens: int) -> str | None:
    """The channel of the sentence before, in the same paragraph, that names the same
    speaker ("X spoke to Al Jazeera from the compound. 'We have won,' he said.")."""
    k = bisect.bisect_right(ctx.sent_starts, opens) - 1
    if k < 1 or ctx.sents[k - 1].paragraph != ctx.sents[k].paragraph:
        return None
    prev = ctx.sents[k - 1]
    keys = {h.key for h in f.speakers}
    if not any(h.key in keys for h in ctx.actors_in(prev.start, prev.end)):
        return None
    window = _outside(ctx, prev.start, prev.end, (prev.start, prev.start))
    return channel_of(window, nearest=True) or ("interview" if _told_media(window) else None)


def _said(f: _Found) -> tuple[int, int]:
    """The content's span without the verb an object keeps ("denied in a press statement
    any intention ...": the channel stands between the verb and the object)."""
    if f.root < 0 or f.verb.pos == "NOUN" or f.verb.lower == "according":
        return f.content
    first = min(_kept(f.sent, f.sent.tokens[f.root], frozenset()))
    return (max(f.content[0], f.sent.tokens[first].start), f.content[1])


PLATFORMS = frozenset({"Facebook", "Twitter"})
"""Channels that say where a statement was posted: they name its channel more closely."""
_STATEMENT_WORD = re.compile(r"\bstatements?\b", re.IGNORECASE)


class _Times:
    """Dated time expressions by offset."""

    def __init__(self, times: Iterable[TimeExpression]) -> None:
        self.items = sorted((t for t in times if t.date is not None), key=lambda t: t.span.start)
        self.starts = [t.span.start for t in self.items]

    def between(self, lo: int, hi: int) -> list[TimeExpression]:
        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]


def _date_for(times: _Times, f: _Found, quoted: Sequence[tuple[int, int]] = ()) -> EventDate | None:
    """When it was said: the time expression of the attribution's clause nearest its verb
    (never one inside what was said or quoted: "missing since 2017," he said)."""
    said = [f.content, *quoted]
    pool = [
        t
        for t in times.between(f.sent.start, f.sent.end)
        if t.date is not None and not any(a <= t.span.start < b for a, b in said)
    ]
    if not pool:
        return None
    return min(pool, key=lambda t: abs(t.span.start - f.verb.start)).date


# --------------------------------------------------------------------------- quotations


def _verb_for_quote(ctx: _Context, quote: tuple[int, int], by_sent: dict[int, list[_Found]]) -> _Found | None:
    """The attributed speech verb of the quote's own sentence(s), nearest the quote."""
    sents = {s.start for s in (ctx.sentence_at(quote[0]), ctx.sentence_at(max(quote[0], quote[1] - 1))) if s}
    best: _Found | None = None
    for f in (f for start in sorted(sents) for f in by_sent.get(start, [])):
        if best is None or _distance(f, quote) < _distance(best, quote):
            best = f
    return best


def _distance(f: _Found, quote: tuple[int, int]) -> int:
    return quote[0] - f.verb.end if f.verb.end <= quote[0] else max(0, f.verb.start - quote[1])


def _attributions(ctx: _Context) -> list[_Found]:
    """Every speech verb with a speaker, whatever its content (for quotes to hang on)."""
    out: list[_Found] = []
    for sent in ctx.parsed:
        for verb, _spec in _speech_tokens(ctx, sent):
            speakers = _speakers_of(ctx, sent, verb)
            if speakers:
                out.append(_Found(verb, sent, speakers, (verb.start, verb.start)))
        out.extend(_according(ctx, sent))
    return out


class _Quote(NamedTuple):
    parts: list[tuple[int, int]]
    speakers: list[Hit]
    found: _Found | None


class _Attributions:
    """Attributed speech verbs, by sentence and by offset."""

    def __init__(self, found: Iterable[_Found]) -> None:
        self.items = sorted(found, key=lambda f: f.verb.start)
        self.starts = [f.verb.start for f in self.items]
        self.by_sent = _by_sentence(self.items)

    def between(self, lo: int, hi: int) -> list[_Found]:
        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def before(self, pos: int) -> _Found | None:
        k = bisect.bisect_left(self.starts, pos)
        return self.items[k - 1] if k else None


def _group_quotes(ctx: _Context, attributed: _Attributions) -> list[_Quote]:
    """Attribute every quote; continue or join quotes that have no speaker of their own.
    A quote in a heading restates the body and continues nothing."""
    out: list[_Quote] = []
    headings, starts = ctx.headings, ctx.heading_starts
    for q in ctx.quotes:
        if not ctx.text[q[0] : q[1]].strip() or inside_spans(headings, starts, q[0]):
            continue
        f = _verb_for_quote(ctx, q, attributed.by_sent)
        colon = (
            (_colon_speaker(ctx, q) or _directive_speaker(ctx, q) or _commander_before(ctx, q))
            if f is None
            else None
        )
        if colon is not None:
            out.append(_Quote([q], [colon], None))  # 'X: "we will ..."', a new attribution
            continue
        prev = out[-1] if out else None
        if prev is not None and (f is None or f is prev.found) and _continues(ctx, prev, q, f, attributed):
            prev.parts.append(q)
            continue
        if f is not None:
            out.append(_Quote([q], list(f.speakers), f))
            continue
        speakers = _paragraph_speakers(ctx, q, attributed)
        if speakers:
            out.append(_Quote([q], speakers, None))
    return out


_COLON_BEFORE = re.compile(r":\s*+[\"\u201c\u2018']?+$")
"""A quote opened right after a colon ('... Salah: "The authorities ...'), read backwards
from the quote's first word."""
COLON_SPEECH_IDIOMS = ("put it", "puts it", "summed it up", "sums it up", "summed up", "sums up")
"""Verb phrases that say nothing themselves but hand over to a quote after a colon ("X put it
bluntly:", "X summed it up:"): extend with the idiom's words."""
_COLON_GAP = re.compile(
    r"(?:\s++(?:in|from|at|of)\s++[A-Z][\w'-]*+(?:\s++[A-Z][\w'-]*+)?+)?+"  # "a diplomat in Tripoli"
    r"(?:,?+\s++(?:was|is|were|are)(?:\s++[a-z]++){1,2}+"
    r"|\s++(?:"
    + "|".join(w.replace(" ", r"\s++") for w in COLON_SPEECH_IDIOMS)
    + r")(?:\s++[a-z]++){0,2}+)?+\s*+"
)
"""What may stand between a speaker and the colon: nothing ("X:"), a copula and a word or
two ("X was blunt:", "X is more cautious:"), or a COLON_SPEECH_IDIOMS phrase ("X put it
bluntly:"), after an optional place ("a diplomat in Tripoli")."""
COLON_KINDS = frozenset(
    {
        ActorKind.PERSON,
        ActorKind.ORGANIZATION,
        ActorKind.GOVERNMENT,
        ActorKind.ARMED_GROUP,
        ActorKind.COLLECTIVE,
    }
)
"""Kinds of actor that speak in a colon attribution (a country before a colon is a heading's)."""


def _colon_speaker(ctx: _Context, q: tuple[int, int]) -> Hit | None:
    """The speaker of a quote a colon introduces with no speech verb in its sentence: the
    actor named right before the colon, in the same line ('HRW researcher Hanan Salah: "..."',
    'Mismari was blunt: "..."')."""
    line_start = ctx.text.rfind("\n", 0, q[0]) + 1
    before = ctx.text[max(line_start, q[0] - 3) : q[0]]
    m = _COLON_BEFORE.search(before)
    if m is None:
        return None
    colon = q[0] - len(before) + m.start()
    for hit in reversed(ctx.actors_in(line_start, colon)):
        if hit.actor_kind in COLON_KINDS and _COLON_GAP.fullmatch(ctx.text, hit.end, colon):
            return hit
    return _colon_clause_person(ctx, colon)


def _personal_noun(tok: Token) -> bool:
    """A source noun that names one person ("officer", "resident"), not a body ("council",
    "ministry"): its description table row, if any, allows a person, and it is no ``BODY_NOUNS``."""
    kinds = DESCRIPTIONS.get(tok.lower)
    return (
        tok.lemma not in BODY_NOUNS
        and tok.lemma not in BODY_SOURCES
        and (kinds is None or ActorKind.PERSON in kinds)
    )


BODY_SOURCES = frozenset(
    """ministry authority administration office centre center command headquarters committee
    commission embassy municipality team crew company airline hospital clinic charity coalition
    navy division unit management channel television agency media council""".split()
)
"""Source nouns that name a body, not one person: a colon after their clause sets out words
they did not say themselves."""


def _clause_before(sent: ParsedSentence, tok: Token, limit: int) -> Token:
    """The highest verb above ``tok`` that still stands before index ``limit`` (the clause a
    colon closes, when the parser made the quote after the colon that clause's head)."""
    best = tok
    for up in sent.ancestors(tok):
        if up.i >= limit:
            break
        if up.pos == "VERB":
            best = up
    return best


def _colon_clause_person(ctx: _Context, colon: int) -> Hit | None:
    """'Dr X spent the afternoon checking the clinic: "Every bed ..."': a colon that closes a
    clause whose subject is a person (a body's or a report's clause sets out words it did not
    say) introduces that person's words."""
    sent = ctx.sentence_at(colon)
    mark = sent.token_at(colon) if sent is not None else None
    if sent is None or mark is None or mark.text != ":":
        return None
    clause = sent.head_of(mark)
    if clause.i > mark.i and mark.i > 0:
        clause = _clause_before(
            sent, sent.tokens[mark.i - 1], mark.i
        )  # the parser hung the colon on the quote
    if clause.i > mark.i or clause.pos != "VERB" or clause.lemma in ctx.verbs:
        return None  # a speech verb's own colon is found with its verb
    subj = next((c for c in sent.children(clause, "nsubj") if c.i < clause.i), None)
    if subj is None:
        return None
    hit = _hit_for(ctx, sent, subj)
    if hit is None and subj.tag == "NN" and _source_noun(subj) and _personal_noun(subj):
        hit = _proposal(ctx, sent, subj)  # "A Misratan officer put it bluntly:": one unnamed source
    if hit is None:
        return None
    single = hit.actor_kind is ActorKind.COLLECTIVE and hit.key in ctx.singular
    person = hit.actor_kind is ActorKind.PERSON or subj.ent_type == "PERSON" or single
    titled = subj.pos == "NOUN" and any(a.pos == "PROPN" for a in sent.children(subj, "appos"))
    return hit if person or titled else None  # "Our coordinator, Dr X,": a person by her title


DIRECTIVE_VERBS = frozenset({"order", "instruct", "command", "direct"})
"""Verbs of command whose quoted instruction ('ordered the units "to hold the road"') is the
commander's own words: the quote belongs to the verb's subject, not to the paragraph's last
speaker. An order with no quote is no statement (``_not_content``); extend with a verb of command."""
DIRECTIVE_PATH = frozenset({"xcomp", "ccomp", "aux", "dobj", "advcl"})
"""Links that lead from the quote's first word up to the verb of command it completes."""
DIRECTIVE_REACH = 4


def _directive_speaker(ctx: _Context, q: tuple[int, int]) -> Hit | None:
    """The speaker of a quote with no speech verb in its sentence that completes a verb of
    command (``DIRECTIVE_VERBS``) after the verb: that verb's subject (climbing conjuncts,
    "put his men on alert and ordered them"), when the subject names an actor."""
    sent = ctx.sentence_at(q[0])
    tok = sent.token_at(q[0]) if sent is not None else None
    if sent is None or tok is None:
        return None
    for _ in range(DIRECTIVE_REACH):
        if tok.dep not in DIRECTIVE_PATH or tok.head == tok.i:
            return None
        head = sent.head_of(tok)
        if head.lemma in DIRECTIVE_VERBS and head.pos == "VERB" and head.i < tok.i:
            hits = _speaker_hits(ctx, sent, _subject_of(ctx, sent, head))
            return hits[0] if len(hits) == 1 else None
        tok = head
    return None


def _commander_before(ctx: _Context, q: tuple[int, int]) -> Hit | None:
    """The speaker of a quote with no attribution that opens the sentence right after an order
    ('X ordered his men to hold the bridge. "Not one more metre."'): whoever gave the order
    (the subject of a ``DIRECTIVE_VERBS`` verb that is that sentence's root or a conjunct of it),
    not the speaker of an earlier quote."""
    k = bisect.bisect_right(ctx.sent_starts, q[0]) - 1
    if k < 1 or ctx.text[ctx.sents[k].start : q[0]].strip().strip("\"'\u201c\u2018"):
        return None
    before = ctx.sents[k - 1]
    if not 0 <= ctx.sents[k].paragraph - before.paragraph <= 1:
        return None
    sent = ctx.sentence_at(before.start)
    if sent is None or ctx.in_quote(before.start, before.end):
        return None
    for verb in sent.tokens:
        main = verb.dep == "ROOT" or (verb.dep == "conj" and sent.head_of(verb).dep == "ROOT")
        if main and verb.lemma in DIRECTIVE_VERBS and verb.pos == "VERB":
            hits = _speaker_hits(ctx, sent, _subject_of(ctx, sent, verb))
            return hits[0] if len(hits) == 1 else None
    return None


def _continues(
    ctx: _Context, prev: _Quote, q: tuple[int, int], f: _Found | None, attributed: _Attributions
) -> bool:
    """A quote with no new attribution continues the one just before it (same or the
    previous paragraph); a quote split around its speaker continues too."""
    last = prev.parts[-1]
    if f is not None:
        return ctx.paragraph(q[0]) == ctx.paragraph(last[0])
    if any(not _same_verb(g, prev.found) and not _aside(g) for g in attributed.between(last[1], q[0])):
        return False  # someone else spoke in between
    return 0 <= ctx.paragraph(q[0]) - ctx.paragraph(last[0]) <= 1 and q[0] - last[1] < 1500


def _aside(f: _Found) -> bool:
    """A speech verb in a relative clause with a to-infinitive ("the fighter, who asked to be
    called Salem", "a resident who asked not to be named"): a remark on the speaker, which
    neither starts a statement nor ends the quotation around it."""
    return f.verb.dep == "relcl" and any(f.sent.children(f.verb, "xcomp"))


def _same_verb(f: _Found, other: _Found | None) -> bool:
    return other is not None and f.verb.start == other.verb.start


def _paragraph_speakers(ctx: _Context, q: tuple[int, int], attributed: _Attributions) -> list[Hit]:
    """The speaker of the latest attribution earlier in the quote's paragraph, or in the
    paragraph just before when the quote opens its own ('X said Y.' then a paragraph that is
    only '"..."': X's words)."""
    before = attributed.before(q[0])
    if before is None:
        return []
    gap = ctx.paragraph(q[0]) - ctx.paragraph(before.verb.start)
    if gap == 1 and _opens_paragraph(ctx, q[0]):
        return list(before.speakers)
    return list(before.speakers) if gap == 0 else []


def _opens_paragraph(ctx: _Context, pos: int) -> bool:
    """Nothing but white space and an opening quote mark stands between the line's start
    and ``pos``."""
    return not ctx.text[ctx.text.rfind("\n", 0, pos) + 1 : pos].strip().strip("\"'\u201c\u2018")


def _partial(ctx: _Context, q: tuple[int, int], by_sent: dict[int, list[_Found]]) -> bool:
    """Words quoted inside a reported clause are part of it ('said Gharyan was "liberated"');
    a quote that is the speech verb's own object stays a direct statement ('called the
    attack "a crime"')."""
    words = ctx.text[q[0] : q[1]].split()
    return any(
        f.content[0] <= q[0]
        and q[1] <= f.content[1]
        and (f.clausal or len(words) < 2)
        and not _characterising_quote(ctx, f, q)
        and not _mostly_quoted(ctx, *f.content)
        for f in _sentence_group(ctx, q, by_sent)
    )


def _characterising_quote(ctx: _Context, f: _Found, q: tuple[int, int]) -> bool:
    """A quote right after the "as" (CHARACTERISING) of a verb of verdict (AS_VERBS,
    AS_VERDICT_VERBS) is the verdict the describer gave, a direct statement: of a single word
    on the found verb's own object ('described the damage as "catastrophic"', which the
    parser may hang on the object), or of any length in a free relative inside the found
    content ('said they stopped at what she described as "an illegal checkpoint"', 'welcomed
    what he called ...'), which is not the outer verb's words. Words quoted inside a
    reported clause ('said the raid was "reckless"') stay part of it."""
    start = max(f.sent.start, q[0] - 8)
    lead = ctx.folded[start : q[0]].rstrip(" \"'")
    mark = f.sent.token_at(start + len(lead) - 1) if lead else None
    if mark is None or mark.lower not in CHARACTERISING:
        return False
    judge = f.sent.head_of(mark)
    if judge.dep == "dobj":
        judge = f.sent.head_of(judge)  # "described the damage as ...": "as" hung on the object
    if judge.lemma not in AS_VERBS | AS_VERDICT_VERBS:
        return False
    if judge.i == f.verb.i:
        return not f.clausal
    return any(c.lower in FREE_RELATIVE_OBJECTS for c in f.sent.children(judge, "dobj"))


FREE_RELATIVE_OBJECTS = frozenset({"what"})
"""Objects that make a verb of verdict a free relative ("what she described as ..."): the
thing judged is named outside it, the quote after "as" is the describer's own words."""


def _sentence_group(ctx: _Context, q: tuple[int, int], by_sent: dict[int, list[_Found]]) -> list[_Found]:
    sent = ctx.sentence_at(q[0])
    return by_sent.get(sent.start, []) if sent is not None else []


# --------------------------------------------------------------------------- entry point


def find_statements(
    text: str,
    folded: str,
    sents: Sequence[Sentence],
    parsed: Sequence[ParsedSentence],
    hits: Sequence[Hit],
    times: Sequence[TimeExpression],
    entries: Sequence[int] = (),
    movers: Sequence[tuple[int, Hit]] = (),
) -> list[StatementDraft]:
    """Every statement of one article, quoted and reported, in text order. ``movers`` are the
    article's movements as (trigger start, actor): a person told moving is who "he" then is."""
    ctx = _Context(text, folded, sents, parsed, hits, entries)
    ctx.movers = sorted(((at, h) for at, h in movers if h.actor_kind is ActorKind.PERSON), key=lambda m: m[0])
    reported = _nested([f for s in ctx.parsed for f in _reported(ctx, s)])
    reported += _seconded(ctx, reported)
    dated = _Times(times)
    out = _indirect_drafts(ctx, reported, dated)
    out.extend(_direct_drafts(ctx, reported, dated))
    headline = _headline_end(text)
    headings, starts = ctx.headings, ctx.heading_starts
    out = [
        d
        for d in out
        if d.text_span.start >= headline
        and not inside_spans(headings, starts, d.text_span.start)
        and not (d.speaker is not None and publishers_staff(folded, d.speaker.start, d.speaker.end))
    ]  # "our correspondent says ...": the publication's own narration, no one's statement
    transcript = Transcript(text, hits, headline)
    if transcript.answers:  # a transcript's answers are the interviewee's, whole (no quote inside is apart)
        out = [d for d in out if not any(lo <= d.text_span.start < hi for lo, hi in transcript.answers)]
        asked, asked_starts = transcript.questions, [lo for lo, _ in transcript.questions]
        out = [
            d for d in out if not inside_spans(asked, asked_starts, d.text_span.start)
        ]  # the interviewer's
        out.extend(transcript.drafts(text))
    out.sort(key=lambda d: (d.text_span.start, d.speaker.start if d.speaker else 0))
    _same_source(text, out)
    _release_channel(folded, out)
    _inherit_channels(out)
    return out


SAME_SOURCE = re.compile(r"\bsame\s+$", re.IGNORECASE)
"""What before an unnamed source says it is the one just quoted ("according to the same source")."""
SAME_SOURCE_CHARS = 600


def _same_source(text: str, out: Sequence[StatementDraft]) -> None:
    """ "Five soldiers were killed, according to the same source": the speaker of the
    statement just before (within a paragraph or two) speaks again."""
    for k, d in enumerate(out):
        who = d.speaker
        if who is None or who.actor_kind is not ActorKind.COLLECTIVE or k == 0:
            continue
        if not SAME_SOURCE.search(text, max(0, who.start - 8), who.start):
            continue
        prev = out[k - 1]
        if prev.speaker is not None and d.text_span.start - prev.text_span.end <= SAME_SOURCE_CHARS:
            d.speaker = prev.speaker


def _headline_end(text: str) -> int:
    """Where the body starts: the headline's lines before it (:func:`~libya_events.text.find_preamble`)
    restate the body ("Erdogan says troops already deployed")."""
    return find_preamble(text).body


_HEADING = re.compile(r"^[ \t]*+([^\n]{0,119}?\S)[ \t]*+$(?=\n\s*+\S)", re.MULTILINE)
HEADING_END = frozenset(".!?\"'\u201d\u2019:;,")
"""Characters that close a line of body text; a line without one is a heading."""


def _headings(text: str) -> list[tuple[int, int]]:
    """Short lines of their own with no closing punctuation, followed by more text: section
    and live-blog entry headings ("14:30 GMT - UN calls for calm"), which restate the body."""
    return [(m.start(1), m.end(1)) for m in _HEADING.finditer(text) if _unclosed(m.group(1))]


def heading_spans(text: str) -> list[tuple[int, int]]:
    """The headline (the lines before the body) and the section or live-blog headings, in
    text order: lines that restate the body."""
    headline = _headline_end(text)
    return [(0, headline)] * (headline > 0) + [h for h in _headings(text) if h[0] >= headline]


CLOSING_QUOTES = "\"'\u201d\u2019"


def _unclosed(line: str) -> bool:
    """No closing punctuation; a closing quote mark counts only with a stop before it
    ('LNA spokesman: "a quick operation"' is a heading, 'he said "we won."' is not)."""
    bare = line.rstrip(CLOSING_QUOTES)
    return line[-1] not in HEADING_END or (bare != line and bool(bare) and bare[-1] not in HEADING_END)


def inside_spans(spans: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans`` (``starts``: their starts)."""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


def _indirect_drafts(ctx: _Context, found: Sequence[_Found], times: _Times) -> list[StatementDraft]:
    out: list[StatementDraft] = []
    for f in found:
        lo, hi = f.content
        lo = _past_entry_stamp(ctx.folded, lo, hi)
        hi = _before_free_relative(ctx, f, lo, _before_quoted_clause(ctx, lo, hi))
        if _mostly_quoted(ctx, lo, hi) or hi - lo < 4 or _quoted_characterisation(ctx, f, lo, hi):
            continue
        if ctx.folded[lo:hi].count('"') % 2 and ctx.folded[hi : hi + 1] == '"':
            hi += 1  # close a quotation the content opened
        spec = (speech_nouns() if f.verb.pos == "NOUN" else ctx.verbs).get(f.verb.lemma)
        channel, date = _channel_for(ctx, f, spec), _date_for(times, f)
        sent_span = Span(f.sent.start, f.sent.end)
        said = ctx.text[lo:hi]
        if f.gap is not None and lo < f.gap[0] < f.gap[1] < hi:
            said = f"{ctx.text[lo : f.gap[0]].rstrip()} {ctx.text[f.gap[1] : hi].lstrip()}"
        for who in f.speakers:
            out.append(StatementDraft(Span(lo, hi), said, False, sent_span, who, channel, date))
    return out


def _before_free_relative(ctx: _Context, f: _Found, lo: int, hi: int) -> int:
    """Where reported content ends before a closing phrase that quotes someone's verdict in a
    free relative ('said the units withdrew, in what he described as "a regrouping"', 'called
    on them to fight against what she called "an invasion"'): the quote is the describer's
    direct statement (:func:`_characterising_quote`), and the preposition that opens the
    phrase and what follows it leave the reported content; content that is only such a free
    relative ('welcomed what she called "real progress"') is no reported statement at all.
    Read once over the content's words; an unquoted verdict stays."""
    sent = f.sent
    for tok in sent.tokens_in(lo, hi):
        if tok.lower not in FREE_RELATIVE_OBJECTS or tok.dep != "dobj":
            continue
        judge = sent.head_of(tok)
        if judge.i == f.verb.i or judge.lemma not in AS_VERBS | AS_VERDICT_VERBS:
            continue
        if not any(c.lower in CHARACTERISING for c in sent.children(judge, "prep")):
            continue
        if not ctx.quotes_in(judge.end, hi):
            continue
        if tok.start == lo and judge.head == f.verb.i:
            return lo  # 'welcomed what she described as "..."': the quote is all that was said
        prep = sent.head_of(judge)
        if judge.dep == "pcomp" and prep.start > lo:
            return lo + len(ctx.folded[lo : prep.start].rstrip(" ,;"))
    return hi


ENTRY_STAMP = re.compile(
    r"[ \t]*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|CEST|EET|EEST|local(?:\s+time)?)?\s*[-:|]?\s*)?"
    r"(?:(?:UPDATE|BREAKING)\b[^\n:|]{0,30}[-:|]\s*)?"
)
"""A live-blog entry's opening stamp ("19:45 ", "14:05 GMT - ", "UPDATE 2: "): no words of a statement."""


def _past_entry_stamp(folded: str, lo: int, hi: int) -> int:
    """Where reported content that opens a line starts, after the line's entry stamp."""
    if lo > 0 and folded[lo - 1] != "\n":
        return lo
    m = ENTRY_STAMP.match(folded, lo, hi)
    return m.end() if m is not None and m.end() > lo and m.end() < hi else lo


CHARACTERISING = frozenset({"as"})
"""Words that open what an object is called ("dismissed the plan as ...")."""


def _quoted_characterisation(ctx: _Context, f: _Found, lo: int, hi: int) -> bool:
    """'dismissed the plan as "stillborn"', 'described what he saw as "catastrophic"': the
    object is only what the quoted words characterise; the quote is the statement (a
    direct one), and no reported statement stands beside it."""
    for tok in f.sent.tokens[f.verb.i + 1 :]:
        if tok.lower not in CHARACTERISING or tok.start < lo or ctx.folded[hi : tok.start].strip():
            continue
        opening = ctx.folded[tok.end : tok.end + 3].lstrip()
        quote = ctx.quotes_in(tok.end, tok.end + 4)
        if opening[:1] == '"' and quote and quote[-1][1] >= hi - 2:
            return True  # the quote closes the content
    return _quoted_verdict(ctx, f, lo, hi)


VERDICT_OBJECT_WORDS = 6
"""How many words the object before a quoted verdict may have ("called the victory "...")."""


RELATIVE_DEPS = frozenset({"relcl", "acl"})
FOLDED_OBJECT_DEPS = frozenset({"det", "compound", "poss", "amod", "nsubj"})
"""Words of an object the parser folds into the label after it ("the Tobruk meeting")."""


LABEL_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _unquoted_label(sent: ParsedSentence, label: Token) -> bool:
    """A verdict's label in the verdict slot and not in quotation marks ("called the vote
    illegal"; 'called the truce "a trap"' is a quoted verdict, :func:`_quoted_verdict`'s)."""
    return label.dep == "oprd" and not any(c.text in LABEL_QUOTES for c in sent.children(label, "punct"))


def _folded_verdict(sent: ParsedSentence, verb: Token) -> Token | None:
    """ "called the Tobruk meeting unconstitutional": with no object, the parser hangs the object's
    words on the verdict (an "oprd" with a determiner or noun before it); the verdict's phrase is
    the object and its label, what was said. A bare label ("was called unconstitutional") is no
    content; nor is one in a relative clause, which describes its noun ("the house where he had
    once called his opponents rats")."""
    if verb.lemma not in VERDICT_VERBS or verb.dep in RELATIVE_DEPS or _habitual_label(verb):
        return None  # "calls the offensive X": a standing name or view, as for an object
    label = next((c for c in sent.children(verb, "oprd") if c.i > verb.i), None)
    if label is None or not _unquoted_label(sent, label) or label.pos == "PROPN":
        return None  # "called the operation Desert Shield": a name given, nothing said
    return label if any(c.i < label.i for c in sent.children(label, *FOLDED_OBJECT_DEPS)) else None


def _quoted_verdict(ctx: _Context, f: _Found, lo: int, hi: int) -> bool:
    """'called the victory "an important step"': the quoted words are the verdict, a direct
    statement; no reported statement stands beside it (an unquoted verdict is one:
    "called the news historic")."""
    if f.verb.lemma not in VERDICT_VERBS or f.verb.pos != "VERB" or not lo <= f.verb.start < hi:
        return False
    quotes = ctx.quotes_in(f.verb.end, hi)
    if not quotes:
        return False
    between = ctx.folded[f.verb.end : quotes[0][0]].rstrip().rstrip("\"'\u201c\u2018")
    return not any(c in between for c in ',;:"') and len(between.split()) <= VERDICT_OBJECT_WORDS


def _before_quoted_clause(ctx: _Context, lo: int, hi: int) -> int:
    """'said X, but that "there was no response."': a second "that" clause in quotes
    closing the content is a direct statement; the reported content ends before it."""
    quotes = ctx.quotes_in(lo, hi)
    if not quotes or quotes[-1][0] <= lo or quotes[-1][1] < hi - 1:
        return hi
    head = _without_joint(ctx.folded[lo : quotes[-1][0]])
    return lo + len(head) if head else hi


def _without_joint(text: str) -> str | None:
    """``text`` without a closing ', but that "' (or ' and that "'); None if it has none."""
    rest = text.rstrip()
    if not rest.endswith('"'):
        return None
    rest = rest[:-1].rstrip()
    if not rest.endswith("that") or rest[-5:-4].isalnum():
        return None
    rest = rest[:-4].rstrip()
    joined = False
    for conj in ("but", "and"):
        if rest.endswith(conj) and not rest[-len(conj) - 1 : -len(conj)].isalnum():
            rest, joined = rest[: -len(conj)].rstrip(), True
            break
    if rest.endswith(","):
        return rest[:-1].rstrip()
    return rest if joined else None


def _mostly_quoted(ctx: _Context, lo: int, hi: int) -> bool:
    quoted = sum(max(0, min(b, hi) - max(a, lo)) for a, b in ctx.quotes_in(lo, hi))
    return quoted * 2 >= hi - lo


def _direct_drafts(ctx: _Context, reported: Sequence[_Found], times: _Times) -> list[StatementDraft]:
    out: list[StatementDraft] = []
    by_sent = _by_sentence(reported)
    for quote in _group_quotes(ctx, _Attributions(_attributions(ctx))):
        # words quoted inside a reported clause stay in it, also where a quote that is a verb's
        # own object comes first ('called it "a step" and said they had "agreed"'): only the
        # other parts make the direct statement
        parts = [part for part in quote.parts if not _partial(ctx, part, by_sent)]
        f = quote.found
        for run in _runs_by_clause(ctx, parts, by_sent):
            body = " ".join(_strip_quote(ctx.text[a:b]) for a, b in run).strip()
            if not body:
                continue
            lo, hi = run[0][0], run[-1][1]
            sent = ctx.sentence_at(lo)
            sent_span = Span(sent.start, sent.end) if sent is not None else Span(lo, hi)
            channel = _channel_for(ctx, f, ctx.verbs.get(f.verb.lemma), lo) if f is not None else None
            date = _date_for(times, f, quote.parts) if f is not None else None
            for who in quote.speakers:
                out.append(StatementDraft(Span(lo, hi), body, True, sent_span, who, channel, date))
    return out


def _runs_by_clause(
    ctx: _Context, parts: Sequence[tuple[int, int]], by_sent: dict[int, list[_Found]]
) -> list[list[tuple[int, int]]]:
    """A quote group's parts, split where a part lies in the clause of a speech verb said
    between it and the part before: 'called it "a step" and said they had "agreed"' is two
    statements (SCHEMA: a new speech verb starts a new statement). A quote split around its
    attribution, or one going on after "so that", stays one."""
    runs: list[list[tuple[int, int]]] = []
    for part in parts:
        if runs and not _new_verb_holds(ctx, runs[-1][-1], part, by_sent):
            runs[-1].append(part)
        else:
            runs.append([part])
    return runs


def _new_verb_holds(
    ctx: _Context, before: tuple[int, int], part: tuple[int, int], by_sent: dict[int, list[_Found]]
) -> bool:
    """Whether ``part`` lies in the reported clause of a speech verb standing between the end
    of the quote ``before`` and ``part``."""
    return any(
        f.content[0] <= part[0] and part[1] <= f.content[1] and before[1] <= f.verb.start < part[0]
        for f in _sentence_group(ctx, part, by_sent)
    )


def _strip_quote(part: str) -> str:
    return part.strip().rstrip(",.;:").strip()


def _release_channel(folded: str, out: Sequence[StatementDraft]) -> None:
    """A press release or statement speaks as a statement throughout."""
    if not _RELEASE.search(folded[:300]):
        return
    for d in out:
        if d.channel is None and d.speaker is not None and d.speaker.actor_kind is not ActorKind.PERSON:
            d.channel = "statement"


def _inherit_channels(statements: Sequence[StatementDraft]) -> None:
    """A statement with no channel of its own takes the channel of the same speaker's
    statement just before it ("appealed for calm on Twitter. 'Conflict cannot ...'"), else
    of the one right after it ("said on Sunday that ... He told CNN that ...")."""
    for k, d in enumerate(statements):
        if d.channel is not None or d.speaker is None:
            continue
        for prev in reversed(statements[max(0, k - 3) : k]):
            if d.text_span.start - prev.text_span.end > 400:
                break
            if prev.speaker is not None and prev.speaker.key == d.speaker.key and prev.channel:
                d.channel = prev.channel
                break
    for k, d in enumerate(statements):
        if d.channel is not None or d.speaker is None or k + 1 >= len(statements):
            continue
        nxt = statements[k + 1]
        if nxt.speaker is not None and nxt.speaker.key == d.speaker.key and nxt.channel:
            if nxt.text_span.start - d.text_span.end <= 400:
                d.channel = nxt.channel

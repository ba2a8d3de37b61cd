"""The project's own light parse records: tokens and sentences with character offsets.

Nothing here imports spaCy. :mod:`libya_events.syntax._spacy` turns a spaCy ``Doc`` into
these records; every other module of the package reads only these, so another dependency
parser could stand in by producing the same records.

Offsets are into the original article (not the parsed fragment), so a token's
``text[start:end]`` slices the article, and every span built from tokens does too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import NamedTuple

__all__ = [
    "ParsedSentence",
    "Token",
    "label_unlabelled",
    "reattach_apposed_subjects",
    "reattach_fronted_years",
    "reattach_noun_read_verbs",
    "reattach_stranded_prepositions",
    "subtree_bounds",
]


class Token(NamedTuple):
    """One token of a dependency parse.

    ``i`` is the token's index in its :class:`ParsedSentence`; ``head`` is the index of its
    syntactic head in the same sentence (the root is its own head); ``children`` lists the
    indices of its dependents in order.
    """

    i: int
    start: int
    end: int
    text: str
    lower: str
    lemma: str
    pos: str  # universal part of speech: VERB, NOUN, PROPN, AUX, ADP, ...
    tag: str  # fine-grained (Penn) tag: VBD, VBN, NNS, ...
    dep: str  # dependency label: nsubj, nsubjpass, dobj, pobj, agent, prep, relcl, ...
    head: int
    children: tuple[int, ...]
    ent_type: str  # entity label from the pipeline's recogniser, "" when none
    ent_iob: str  # "B", "I", "O" or "" (no recogniser)

    @property
    def is_root(self) -> bool:
        return self.dep == "ROOT"


class ParsedSentence(NamedTuple):
    """A parsed sentence: its tokens and its character bounds in the article."""

    start: int
    end: int
    tokens: tuple[Token, ...]

    def head_of(self, tok: Token) -> Token:
        return self.tokens[tok.head]

    def children(self, tok: Token, *deps: str) -> Iterator[Token]:
        """``tok``'s dependents, only those with one of ``deps`` when any are given."""
        for c in tok.children:
            child = self.tokens[c]
            if not deps or child.dep in deps:
                yield child

    def ancestors(self, tok: Token) -> Iterator[Token]:
        """``tok``'s heads, nearest first, up to the root."""
        seen = 0
        while tok.head != tok.i and seen <= len(self.tokens):
            tok = self.tokens[tok.head]
            seen += 1
            yield tok

    def subtree(self, tok: Token) -> tuple[int, int]:
        """Character bounds of ``tok`` and all its dependents."""
        return subtree_bounds(self.tokens, tok.i)

    def token_at(self, offset: int) -> Token | None:
        """The token whose span holds the character ``offset``, if any."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.tokens) and self.tokens[lo].start <= offset < self.tokens[lo].end:
            return self.tokens[lo]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens that overlap the character range ``[start, end)``.

        Tokens follow each other without overlapping, so both their starts and their ends
        ascend: two binary searches find the run (asked once per mention, it costs the
        logarithm of the sentence's length, not the length)."""
        tokens = self.tokens
        lo = bisect.bisect_right(tokens, start, key=_token_end)  # the first that ends after ``start``
        hi = bisect.bisect_left(
            tokens, end, lo, key=_token_start
        )  # the first that starts at ``end`` or later
        return list(tokens[lo:hi])


_token_start = attrgetter("start")
_token_end = attrgetter("end")


def subtree_bounds(tokens: Sequence[Token], i: int) -> tuple[int, int]:
    """Character bounds of token ``i`` and all its dependents (iterative, no recursion)."""
    lo, hi = tokens[i].start, tokens[i].end
    stack = [i]
    seen = {i}
    while stack:
        tok = tokens[stack.pop()]
        lo = min(lo, tok.start)
        hi = max(hi, tok.end)
        for c in tok.children:
            if c not in seen:
                seen.add(c)
                stack.append(c)
    return lo, hi


def label_unlabelled(
    parsed: Sequence[ParsedSentence], spans: Sequence[tuple[int, int, str]]
) -> list[ParsedSentence]:
    """Give tokens the recogniser never looked at (``ent_iob == ""``) the label of a known span.

    ``spans`` are ``(start, end, label)`` character ranges, such as the places the gazetteer
    named ("GPE") and the time expressions found ("DATE"); a token takes the label of the
    span that holds it. Tokens the recogniser labelled keep its labels. One pass over tokens
    and spans in order; sentences with nothing to change are returned as they are.
    """
    ordered = sorted(spans)
    out: list[ParsedSentence] = []
    k = 0
    active: list[tuple[int, int, str]] = []  # spans begun before the token and not yet over
    for sent in sorted(parsed, key=lambda s: s.start):
        tokens = sent.tokens
        if tokens and active:  # what the first token's pass drops anyway
            active = [a for a in active if a[1] > tokens[0].start]
        if not active and (k == len(ordered) or not tokens or ordered[k][0] > tokens[-1].start):
            out.append(sent)  # no span reaches this sentence: nothing to label
            continue
        changed: list[Token] | None = None
        for tok in tokens:
            while k < len(ordered) and ordered[k][0] <= tok.start:
                active.append(ordered[k])
                k += 1
            if not active:
                continue
            active = [a for a in active if a[1] > tok.start]
            if tok.ent_iob or not active:
                continue
            label: str | None = None
            for _, end, lab in active:  # a loop, not next(...): it runs for most tokens
                if tok.end <= end:
                    label = lab
                    break
            if label is None:
                continue
            if changed is None:
                changed = list(sent.tokens)
            before = changed[tok.i - 1] if tok.i > 0 else None
            inside = (
                before is not None
                and before.ent_type == label
                and any(
                    start <= before.start and tok.end <= end for start, end, lab in active if lab == label
                )
            )
            # ent_type and ent_iob are the last fields (``_replace`` is several times slower)
            changed[tok.i] = Token(*tok[:-2], label, "I" if inside else "B")
        out.append(sent if changed is None else ParsedSentence(sent.start, sent.end, tuple(changed)))
    return out


FRONTING_PREPOSITIONS = frozenset({"in", "by", "since", "until"})
"""Prepositions that front a year with no comma after it ("In 2011 rebels entered Tripoli")."""
YEAR = re.compile(r"(?:1[89]|20)[0-9][0-9]")
"""A year written in figures."""
BARE_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
"""Tags of a plural noun with no determiner, which the parser reads as counted by the year."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def reattach_fronted_years(parsed: Sequence[ParsedSentence]) -> list[ParsedSentence]:
    """Undo the misparses of a year fronted with no comma before a bare plural subject.

    "In 2011 rebels entered Tripoli": the parser counts the rebels by the year ("2011 rebels",
    ``nummod``), and either makes them the object of "In", leaving "entered" with no subject,
    or leaves "In" with no object. Where a fronting preposition (:data:`FRONTING_PREPOSITIONS`)
    on a verb is followed by a year (:data:`YEAR`) that counts a plural noun
    (:data:`BARE_PLURAL_TAGS`) before the verb, the year becomes the preposition's object; a
    noun the preposition governed becomes the verb's subject where the verb has none.
    Sentences with nothing to change are returned as they are.
    """
    out: list[ParsedSentence] = []
    for sent in parsed:
        tokens = sent.tokens
        fixed: list[Token] | None = None
        for prep in tokens[:-2]:
            if prep.lower not in FRONTING_PREPOSITIONS or prep.dep != "prep":
                continue
            year = tokens[prep.i + 1]
            if year.dep != "nummod" or YEAR.fullmatch(year.text) is None:
                continue
            noun, verb = tokens[year.head], tokens[prep.head]
            if noun.tag not in BARE_PLURAL_TAGS or verb.pos not in ("VERB", "AUX") or noun.i > verb.i:
                continue
            governed = noun.head == prep.i and noun.dep == "pobj"
            if governed and any(tokens[c].dep in SUBJECT_DEPS for c in verb.children):
                continue
            if not governed and not (noun.head == verb.i and noun.dep in SUBJECT_DEPS):
                continue
            fixed = list(tokens) if fixed is None else fixed
            fixed[year.i] = year._replace(dep="pobj", head=prep.i)
            kept = tuple(c for c in fixed[noun.i].children if c != year.i)
            prep_children = {*fixed[prep.i].children, year.i}
            if governed:
                passive = any(tokens[c].dep == "auxpass" for c in verb.children)
                fixed[noun.i] = fixed[noun.i]._replace(
                    dep="nsubjpass" if passive else "nsubj", head=verb.i, children=kept
                )
                prep_children.discard(noun.i)
                fixed[verb.i] = fixed[verb.i]._replace(
                    children=tuple(sorted({*fixed[verb.i].children, noun.i}))
                )
            else:
                fixed[noun.i] = fixed[noun.i]._replace(children=kept)
            fixed[prep.i] = fixed[prep.i]._replace(children=tuple(sorted(prep_children)))
        out.append(sent if fixed is None else ParsedSentence(sent.start, sent.end, tuple(fixed)))
    return out


NOUN_READ_VERBS = frozenset({"report"})
"""Plain present verbs of reporting that the parser may read as a noun after a prepositional
phrase ("aid workers on the ground report", read as "the ground report"). Add a verb by adding
its plain form (the form a plural subject takes)."""
REPORTING_SUBJECT_TAGS = frozenset({"NNS", "NNPS"})
"""Tags of the plural noun that a misread plain present verb agrees with."""
PLACING_PREPOSITIONS = frozenset({"on", "in", "at", "from", "inside", "near", "across"})
"""Prepositions that place a source ("partners on the ground", "workers in the city")."""


def reattach_noun_read_verbs(parsed: Sequence[ParsedSentence]) -> list[ParsedSentence]:
    """Undo the misparse of a plain present reporting verb read as the head of a place phrase.

    "The militia pulled back, aid workers on the ground report." and "Partners in the city
    report that the road is open.": after a plural source placed by a preposition
    (:data:`PLACING_PREPOSITIONS`), the parser reads the verb (:data:`NOUN_READ_VERBS`) as a
    noun with the place as its modifier ("the ground report"). A singular noun with no article
    of its own cannot follow the place's noun that way, so where the verb either closes the
    sentence after a source that opens after a comma, or is followed by a "that" clause, the
    place's noun becomes the preposition's object, the verb a verb whose subject is the source,
    and the sentence it closes (or the "that" clause) its clausal complement. Sentences with
    nothing to change are returned as they are.
    """
    return _each_repaired(parsed, _noun_read_verbs_fixed)


def _noun_read_verbs_fixed(sent: ParsedSentence) -> list[Token] | None:
    """``sent``'s tokens repaired as :func:`reattach_noun_read_verbs` tells; None where nothing needs it."""
    tokens = sent.tokens
    fixed: list[Token] | None = None
    for verb in tokens[2:]:
        if verb.lower not in NOUN_READ_VERBS or verb.pos != "NOUN":
            continue
        if _clausal_noun(sent, verb):  # "Partners report/NN the brigade moved ...": a verb
            fixed = list(tokens) if fixed is None else fixed
            fixed[verb.i] = fixed[verb.i]._replace(pos="VERB", tag="VBP")
            continue
        if verb.dep != "pobj":
            continue
        place, prep = tokens[verb.i - 1], tokens[verb.head]
        if place.head != verb.i or place.dep != "compound" or place.pos not in ("NOUN", "PROPN"):
            continue
        if prep.lower not in PLACING_PREPOSITIONS or prep.head == prep.i:
            continue
        source = _placed_source(sent, tokens[prep.head])
        if source.tag not in REPORTING_SUBJECT_TAGS or source.i > prep.i:
            continue
        clause = _reported_clause(sent, source, verb)
        if clause is None:
            continue
        fixed = list(tokens) if fixed is None else fixed
        for c in verb.children:
            if c < place.i:
                fixed[c] = fixed[c]._replace(head=place.i)
        fixed[place.i] = fixed[place.i]._replace(dep="pobj", head=prep.i)
        if clause.i < verb.i:  # the verb closes the sentence: it becomes the root
            fixed[verb.i] = fixed[verb.i]._replace(pos="VERB", tag="VBP", dep="ROOT", head=verb.i)
            for c in clause.children:
                if c > source.i and tokens[c].pos == "PUNCT":
                    fixed[c] = fixed[c]._replace(head=verb.i)
        else:  # the verb takes the place of the source (or of the clause the source is in)
            anchor = clause if source.head == clause.i else source
            root = anchor.head == anchor.i
            fixed[verb.i] = fixed[verb.i]._replace(
                pos="VERB",
                tag="VBP",
                dep="ROOT" if root else anchor.dep,
                head=verb.i if root else anchor.head,
            )
        fixed[clause.i] = fixed[clause.i]._replace(dep="ccomp", head=verb.i)
        fixed[source.i] = fixed[source.i]._replace(dep="nsubj", head=verb.i)
    return fixed


STRANDED_PREPOSITIONS = frozenset({"to", "with"})
"""Prepositions a contact relative clause may end on ("an official we spoke to", "a man I
talked with"), which the parser may read as the "to" of an infinitive after it."""
FINITE_AFTER_TO_TAGS = frozenset({"VBD", "VBN"})
"""Tags of a verb that no infinitive's "to" can precede: a past form after a stranded
preposition is the sentence's own verb ("an official we spoke to described ...")."""
CONTACT_CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
"""How the parser hangs that verb on the relative clause when it reads the preposition as "to"."""


def reattach_stranded_prepositions(parsed: Sequence[ParsedSentence]) -> list[ParsedSentence]:
    """Undo the misparse of a relative clause without a pronoun that ends on its preposition.

    "A ministry official we spoke to described the attack as ...": the parser reads the
    stranded "to" (:data:`STRANDED_PREPOSITIONS`) as an infinitive's and hangs the past verb
    after it (:data:`FINITE_AFTER_TO_TAGS`, which no "to" can take) on the relative clause,
    leaving the noun the sentence's root. Where the preposition follows the relative clause's
    verb directly and the past verb follows the preposition directly, the past verb takes the
    noun's place in the sentence, the noun becomes its subject, the preposition the relative
    clause's, and the punctuation after the verb the verb's. Read once over the words; sentences
    with nothing to change are returned as they are."""
    return _each_repaired(parsed, _stranded_prepositions_fixed)


def _stranded_prepositions_fixed(sent: ParsedSentence) -> list[Token] | None:
    """``sent``'s tokens repaired as :func:`reattach_stranded_prepositions` tells; None where nothing needs it."""
    tokens = sent.tokens
    fixed: list[Token] | None = None
    for prep in tokens[2:-1]:
        verb, relcl = tokens[prep.i + 1], tokens[prep.i - 1]
        if prep.lower not in STRANDED_PREPOSITIONS or prep.dep != "aux" or prep.head != verb.i:
            continue
        if verb.tag not in FINITE_AFTER_TO_TAGS or verb.dep not in CONTACT_CLAUSE_DEPS:
            continue
        if verb.head != relcl.i or relcl.dep != "relcl" or relcl.i == relcl.head:
            continue
        noun = tokens[relcl.head]
        if noun.pos not in ("NOUN", "PROPN") or noun.i > relcl.i:
            continue
        fixed = list(tokens) if fixed is None else fixed
        root = noun.head == noun.i
        fixed[verb.i] = fixed[verb.i]._replace(
            dep="ROOT" if root else noun.dep, head=verb.i if root else noun.head
        )
        fixed[noun.i] = fixed[noun.i]._replace(dep="nsubj", head=verb.i)
        fixed[prep.i] = fixed[prep.i]._replace(dep="prep", head=relcl.i, pos="ADP", tag="IN")
        for c in relcl.children:
            if c > verb.i and tokens[c].pos == "PUNCT":
                fixed[c] = fixed[c]._replace(head=verb.i)
    return fixed


SUBJECTLESS_PAST_TAGS = frozenset({"VBD"})
"""Tags of a verb that, hung on a noun as a participle ("acl") with no subject, is really a
past tense whose subject the parser read as an apposition."""


def reattach_apposed_subjects(parsed: Sequence[ParsedSentence]) -> list[ParsedSentence]:
    """Undo the misparse of a relative clause without a pronoun whose subject was read as an
    apposition.

    "He opened a school, a venture his brother Salem described as ...": the parser hangs "his
    brother" on "a venture" as an apposition and "described", a past tense
    (:data:`SUBJECTLESS_PAST_TAGS`), on it as a participle with no subject. Where the words
    right before the verb are such an apposition of the verb's own noun (or an apposition of
    one, "Salem" of "his brother"), the apposition becomes the verb's subject and the verb a
    relative clause of the noun. "In Misrata, a member of the council said ...": the parser
    hangs the subject on the opening place as an apposition (or a conjunct) and leaves the
    finite root with none (:func:`_fronted_place_subject`); it becomes the root's subject.
    Read once over the words; sentences with nothing to change are returned as they are."""
    return _each_repaired(parsed, _apposed_subjects_fixed)


def _apposed_subjects_fixed(sent: ParsedSentence) -> list[Token] | None:
    """``sent``'s tokens repaired as :func:`reattach_apposed_subjects` tells; None where nothing needs it."""
    tokens = sent.tokens
    fixed: list[Token] | None = None
    for verb in tokens[2:]:
        if verb.dep != "acl" or verb.tag not in SUBJECTLESS_PAST_TAGS or verb.head >= verb.i:
            continue
        if any(tokens[c].dep in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        subject = tokens[verb.i - 1]
        hops = 0
        while subject.dep == "appos" and subject.head != verb.head and hops < 2:
            subject, hops = tokens[subject.head], hops + 1  # "Salem", apposed to "his brother"
        if subject.dep != "appos" or subject.head != verb.head or subject.pos not in ("NOUN", "PROPN"):
            continue
        fixed = list(tokens) if fixed is None else fixed
        fixed[subject.i] = fixed[subject.i]._replace(dep="nsubj", head=verb.i)
        fixed[verb.i] = fixed[verb.i]._replace(dep="relcl")
    root = tokens[tokens[0].head] if tokens else None
    opener = _fronted_place_subject(tokens, root) if root is not None else None
    if root is not None and opener is not None:
        fixed = list(tokens) if fixed is None else fixed
        fixed[opener.i] = fixed[opener.i]._replace(dep="nsubj", head=root.i)
    return fixed


FRONTED_PLACE_PREPS = frozenset({"in", "inside", "at"})
"""Prepositions of a place phrase that opens a sentence ("In Misrata, a member of the council
said ..."), after which the parser may read the sentence's subject as an apposition or a
conjunct of the place."""
FINITE_ROOT_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""Tags of a finite verb, the root a subject read into the opening place phrase belongs to."""
PLACE_MISREAD_LINKS = frozenset({"appos", "conj"})
"""Links on which the parser hangs that subject on the place ("In Zawiya, the council and
the armed groups said": "council" a conjunct of "Zawiya")."""
SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _fronted_place_subject(tokens: Sequence[Token], root: Token) -> Token | None:
    """The subject of the finite ``root`` (which has none) that the parser hung on the name of
    the place opening the sentence ("In X, <subject> <root> ..."): a noun after the place's
    comma, whose phrase ends right before the root. None where the sentence is not so."""
    if root.dep != "ROOT" or root.tag not in FINITE_ROOT_TAGS or root.i < 4:
        return None
    if any(tokens[c].dep in SUBJECT_LINKS for c in root.children):
        return None
    prep = tokens[0]
    if prep.lower not in FRONTED_PLACE_PREPS or prep.dep != "prep" or prep.head != root.i:
        return None
    place = next((tokens[c] for c in prep.children if tokens[c].dep == "pobj"), None)
    if place is None or place.pos != "PROPN" or place.i + 1 >= root.i or tokens[place.i + 1].text != ",":
        return None
    subject = next(
        (tokens[c] for c in place.children if c > place.i + 1 and tokens[c].dep in PLACE_MISREAD_LINKS), None
    )
    if subject is None or subject.pos not in ("NOUN", "PROPN"):
        return None
    _, end = subtree_bounds(tokens, subject.i)
    return subject if end == tokens[root.i - 1].end else None


TRAILING_PARTICIPLE_TAGS = frozenset({"VBG"})
"""Tags of an "-ing" participle that, after a speaker named behind its verb, the parser may read as
a clause of its own with the speaker as its subject."""


def reattach_trailing_participles(parsed: Sequence[ParsedSentence]) -> list[ParsedSentence]:
    """Undo the misparse of a speaker named after its verb and described by an "-ing" participle.

    '"We are staying," said a fighter manning a checkpoint near X': the parser reads "manning"
    (:data:`TRAILING_PARTICIPLE_TAGS`, no auxiliary) as a second clause of "said", with "a
    fighter" as its subject, and leaves "said" with no subject. Where that verb has no subject,
    a clause of its own before it (the quote's) and the participle's subject stands after the
    verb right before the participle, the noun becomes the verb's subject and the participle a
    modifier of the noun. Read once over the words; sentences with nothing to change are
    returned as they are."""
    return _each_repaired(parsed, _trailing_participles_fixed)


def _trailing_participles_fixed(sent: ParsedSentence) -> list[Token] | None:
    """``sent``'s tokens repaired as :func:`reattach_trailing_participles` tells; None where nothing needs it."""
    tokens = sent.tokens
    fixed: list[Token] | None = None
    for part in tokens[2:]:
        if part.tag not in TRAILING_PARTICIPLE_TAGS or part.dep != "ccomp" or part.head >= part.i:
            continue
        noun, verb = tokens[part.i - 1], tokens[part.head]
        if (
            noun.dep != "nsubj"
            or noun.head != part.i
            or noun.pos not in ("NOUN", "PROPN")
            or noun.i <= verb.i
        ):
            continue
        kids = [tokens[c] for c in verb.children]
        if any(k.dep in ("nsubj", "nsubjpass") for k in kids) or not any(
            k.dep == "ccomp" and k.i < verb.i for k in kids
        ):
            continue
        if any(tokens[c].dep in ("aux", "auxpass") for c in part.children):
            continue
        fixed = list(tokens) if fixed is None else fixed
        fixed[noun.i] = fixed[noun.i]._replace(dep="nsubj", head=verb.i)
        fixed[part.i] = fixed[part.i]._replace(dep="acl", head=noun.i)
    return fixed


def _each_repaired(
    parsed: Sequence[ParsedSentence], repair: Callable[[ParsedSentence], list[Token] | None]
) -> list[ParsedSentence]:
    """Each sentence as ``repair`` fixes it (its children recomputed), or as it is where
    ``repair`` finds nothing."""
    out: list[ParsedSentence] = []
    for sent in parsed:
        fixed = repair(sent)
        out.append(sent if fixed is None else ParsedSentence(sent.start, sent.end, _rebuilt(fixed)))
    return out


def _rebuilt(fixed: Sequence[Token]) -> tuple[Token, ...]:
    """``fixed`` with every token's children recomputed from the heads."""
    kids: list[list[int]] = [[] for _ in fixed]
    for tok in fixed:
        if tok.head != tok.i:
            kids[tok.head].append(tok.i)
    return tuple(tok._replace(children=tuple(kids[tok.i])) for tok in fixed)


def _reported_clause(sent: ParsedSentence, source: Token, verb: Token) -> Token | None:
    """The clause a misread reporting verb reports: the sentence's root verb when the source
    opens after a comma and the verb closes the sentence ("X pulled back, workers in the town
    report."), else the verb of a "that" clause right after it ("... report that X ...")."""
    tokens = sent.tokens
    after = verb.i + 1
    while after < len(tokens) and tokens[after].pos == "PUNCT":
        after += 1  # a walk to the next word, not a copy of the rest: linear however many verbs
    if after == len(tokens):
        first = source.i
        while first > 0 and tokens[first - 1].head == source.i:
            first -= 1
        root = tokens[source.head]
        if (
            first == 0
            or tokens[first - 1].text != ","
            or root.head != root.i
            or root.pos not in ("VERB", "AUX")
        ):
            return None
        return root if root.i < source.i else None
    mark = tokens[verb.i + 1]
    if mark.lower != "that" or mark.dep != "mark":
        return None
    clause = tokens[mark.head]
    return clause if clause.pos in ("VERB", "AUX") and clause.i > verb.i else None


def _clausal_noun(sent: ParsedSentence, verb: Token) -> bool:
    """Whether a misread reporting verb has both a subject and a clausal complement of its own:
    the parser hung a verb's dependents on it and only mistook its part of speech."""
    deps = {sent.tokens[c].dep for c in verb.children}
    return "nsubj" in deps and "ccomp" in deps


PLACING_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
"""Tags of a participle between a source and its place ("agencies working in Sirte")."""


def _placed_source(sent: ParsedSentence, head: Token) -> Token:
    """The source a place phrase hangs on: the noun itself, or the noun that a participle
    carrying the phrase describes ("aid agencies working in Sirte report")."""
    if head.tag in PLACING_PARTICIPLE_TAGS and head.dep == "acl" and head.head != head.i:
        return sent.tokens[head.head]
    return head

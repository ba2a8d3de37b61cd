"""Movements and statements: what happened and what was said, clause by clause.

Both work on the mentions found earlier (:mod:`._mentions`) and on the sentence
segmentation of :mod:`libya_events.text`. Each record keeps the span of its sentence
(or quotation) and of its trigger words.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from attrs import define

from libya_events.dates import TimeExpression
from libya_events.extraction._lexicon import MOVEMENT_TRIGGERS
from libya_events.extraction._mentions import Hit, Word, words_of
from libya_events.model import ActorKind, EventDate, LocationKind, Modality, MovementKind, Span
from libya_events.text import Sentence

__all__ = ["MovementDraft", "StatementDraft", "find_movements"]


@define
class MovementDraft:
    kind: MovementKind
    trigger: Span
    sentence: Span
    actor: Hit | None
    origin: Hit | None
    destination: Hit | None
    date: EventDate | None
    modality: Modality


@define
class StatementDraft:
    text_span: Span
    text: str
    direct: bool
    sentence: Span
    speaker: Hit | None
    channel: str | None
    date: EventDate | None


_T = TypeVar("_T")


class _Sorted(Generic[_T]):
    """Items sorted by start offset, with fast range queries (keeps every rule linear)."""

    def __init__(self, items: Sequence[_T], start: Callable[[_T], int]) -> None:
        self.items = sorted(items, key=start)
        self.starts = [start(x) for x in self.items]

    def between(self, lo: int, hi: int) -> list[_T]:
        """Items whose start lies in ``[lo, hi)``."""
        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def index_before(self, pos: int) -> int:
        """The number of items that start before ``pos``."""
        return bisect.bisect_left(self.starts, pos)


class _Cover:
    """Whether an offset lies in any of some ``[start, end)`` intervals, in log time."""

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos


def _alternation(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


_TRIGGER = re.compile(
    r"\b(?:" + "|".join(f"(?P<{kind}>{_alternation(p)})" for kind, p in MOVEMENT_TRIGGERS.items()) + r")\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"(?<!as far )(?<!such )(?<!as well )\bas\s+(?=[a-z]+\s+(?!as\b))|"
    r";|:|\s-\s|,\s+(?=(?:and|but|while|whereas|after|before|as|which|who|whose|where|when|although|though|"
    r"saying|adding|said|according)\b)|\s(?=(?:and|but|after|before|while|as|then)\s+(?:on|in|late|early|"
    r"they|he|she|it|the|its|their|his|government|forces|troops)\b)|\b(?:after|before|while|because|since|until|when)\s"
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:they|it|he|she|the group|the force|the militia|the army)\s*$", re.IGNORECASE
)
_FORCE_SUBJECT = re.compile(
    r"\b(?:units|troops|forces|fighters|soldiers|convoys?|columns?|brigades?|reinforcements)\s+(?:have\s+|had\s+|were\s+)?$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"(?<![a-z])[a-z]+(?:ed|en|wn)\b|(?:sent|overrun|held|lost|won|shot|hit|left|fled|taken)\b", re.IGNORECASE
)
_PASSIVE_BY = re.compile(r"(?<!\s)\s*+(?:(?<![\w-])[\w-]++\s++){0,3}?by\s+", re.IGNORECASE)
_ATTEMPTED = re.compile(
    r"(?:did not succeed in|didn't succeed in|failed to|failing to|tried to|trying to|attempt(?:ed|ing|s)? to|"
    r"sought to|seeking to|in a bid to|bid to)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:denied|denies|deny|rejected claims)\b[^.;]{0,60}$", re.IGNORECASE)
_PLANNED = re.compile(
    r"\b(?:would|will|shall|plans? to|planning to|planned to|intends? to|is due to|are due to|was due to|"
    r"set to|expected to|to|going to|ready to|prepared to|vowed to|threatened to|aims? to)\s+(?:also\s+|soon\s+|then\s+)?"
    r"(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ORIGIN_PREP = re.compile(r"\b(?:from|out of|away from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DEST_PREP = re.compile(
    r"\b(?:to|towards?|into|in|at|on|as far as|for|toward|reach(?:ed)?|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
_PEOPLE_KINDS = frozenset({ActorKind.PERSON})
_TOWARD = re.compile(
    r"\b(?:to|towards?|into|for|as\s+far\s+as|on\s+to)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE
)
_CAPTURE_OBJECT = re.compile(
    r"(?:\b(?:control|hold|grip|takeover|capture|seizure|town|city|village|oasis|port|base|airport|field|"
    r"area|district|suburbs?|parts?|centre|center|outskirts|rest|whole|most)\s+of\s+(?:the\s+)?|\b(?:into|over)\s+(?:the\s+)?|"
    r"\b(?:sites|positions|facilities|areas|parts|neighbou?rhoods|districts|buildings|headquarters|installations|"
    r"checkpoints|posts|bases|villages|towns)\s+(?:in|at|of|near|around)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_ORDERED = re.compile(r"\bordered\s+((?:[\w'()-]+\s+){1,7}?)to\s+$", re.IGNORECASE)
_REQUEST = re.compile(
    r"\b(?:urged|urging|asked|asking|told|telling|called\s+on|calling\s+on|encouraged|"
    r"appealed\s+to|warned|allow|allowed|permit|permitted)\s+(?:[\w'-]+\s+){1,5}to\s+$",
    re.IGNORECASE,
)
_COMPLEMENTIZER = re.compile(
    r"\b(?:said|says|say|told|tells|that|sure|claimed|claims|believed|believes|thought|denied|denies|"
    r"confirmed|confirms|announced|reported|added)\b",
    re.IGNORECASE,
)
_DIRECTION_OF = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west)(?:ern)?(?:\s+(?:part|outskirts|edge|side))?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_TRIGGER_HEADS = frozenset(
    """
    gained regained took taken take taking takes seized seize seizing seizes assumed wrested won retook retaken
    retake retaking retakes recaptured recapture recapturing secured securing tightened extended extending
    established imposed completed complete drove driven driving swept rolled stormed burst moved pushed poured
    overran overrun overrunning storming storm captured capture capturing captures entered enter entering
    enters liberated liberate liberating fell falling launched started advanced advancing advance advances
    pushing push pushes moving move moves marched marching march closed closing close headed heading head heads
    reached reaching reach converged converging sent sending send sends dispatched dispatching dispatch
    deployed deploying deploy deploys airlifted shipped ferried flown flew mobilised mobilized brought bringing
    set were was been reinforcements fled ran raced streamed withdrew withdrawn withdraw withdrawing withdraws
    retreated retreat retreating retreats flee fleeing flees escaped escape escaping pulled pulling pull pulls
    fall abandoned abandoning abandon abandons evacuated evacuating evacuate left leaving leave quit tried
    flying fly flies arrived arriving arrive arrives landed landing lands travelled traveled travelling
    traveling travel travels went go goes going returned returning return returns came come visited visiting
    visit visits toured touring tour tours
    """.split()
)


def _scan(
    rx: re.Pattern[str], heads: frozenset[str], folded: str, words: Sequence[Word], start: int, end: int
) -> list[re.Match[str]]:
    """``rx.finditer(folded, start, end)``, tried only where a head word starts (much faster)."""
    out: list[re.Match[str]] = []
    taken = start
    for i in range(_first_at(words, start), len(words)):  # no words[lo:]: a copy per sentence is quadratic
        w = words[i]
        if w.start >= end:
            break
        if w.start < taken or w.key not in heads:
            continue
        m = rx.match(folded, w.start, end)
        if m is not None and m.end() > m.start():
            out.append(m)
            taken = m.end()
    return out


def _first_at(words: Sequence[Word], pos: int) -> int:
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if words[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _clause_bounds(folded: str, sent: Span, pos: int) -> tuple[int, int]:
    start, end = sent.start, sent.end
    for m in _CLAUSE_BREAK.finditer(folded, sent.start, sent.end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _date_near(
    times: Sequence[TimeExpression], clause: tuple[int, int], sent: Span, pos: int
) -> EventDate | None:
    in_clause = [t for t in times if t.date is not None and clause[0] <= t.span.start < clause[1]]
    pool = in_clause or [t for t in times if t.date is not None and sent.start <= t.span.start < sent.end]
    if not pool:
        return None
    return min(pool, key=lambda t: abs(t.span.start - pos)).date


def _kind_for(kind: str, trigger: str, actor: Hit | None, folded_clause_after: str) -> MovementKind | None:
    """Refine a trigger's kind by who moves: people travel, forces deploy or capture."""
    person = actor is not None and actor.actor_kind in _PEOPLE_KINDS
    civil = actor is not None and actor.actor_kind in (ActorKind.ORGANIZATION, ActorKind.COLLECTIVE)
    t = trigger.lower()
    if (
        civil
        and kind in ("travel", "deploy")
        and t.startswith(("flew", "flown", "fly", "arriv", "travel", "return"))
    ):
        return MovementKind.TRAVEL  # an agency's team or refugees travel
    if kind == "travel" and not person:
        if t.startswith(("flew", "flown", "fly")) or "moved" in t or "moving" in t:
            return MovementKind.DEPLOY
        if t.startswith(("arriv", "head", "drove", "came", "went", "go")):
            return MovementKind.ADVANCE
        if t.startswith(("return",)):
            return MovementKind.ADVANCE
        if t.startswith(("visit", "tour")):
            return (
                None if actor is None or actor.actor_kind is not ActorKind.GOVERNMENT else MovementKind.TRAVEL
            )
    if kind == "capture" and person:
        if t.startswith(("enter", "took", "taken", "taking")):
            return MovementKind.TRAVEL
    if kind == "deploy" and person and t.startswith(("flew", "flown", "moved")):
        return MovementKind.TRAVEL
    if kind == "withdraw" and t.startswith(("left", "leav", "quit")) and not person and actor is None:
        return None
    if kind == "advance" and t.startswith("reach") and person:
        return MovementKind.TRAVEL
    return MovementKind(kind)


def find_movements(
    folded: str,
    sentences: Sequence[Sentence],
    hits: Sequence[Hit],
    times: Sequence[TimeExpression],
    words: Sequence[Word] | None = None,
    boundaries: Sequence[int] = (),
) -> list[MovementDraft]:
    """Movements, clause by clause. ``boundaries`` are offsets where a new, independent
    entry starts (a live blog's timestamps): no actor or date is carried across them."""
    words = words if words is not None else words_of(folded)
    actor_index = _Sorted([h for h in hits if h.is_actor], _hit_start)
    place_index = _Sorted([h for h in hits if h.place is not None], _hit_start)
    time_index = _Sorted(list(times), _time_start)
    out: list[MovementDraft] = []
    last_actor: Hit | None = None
    entry = 0
    out_from = 0
    for sent in sentences:
        s_span = sent.span
        here = bisect.bisect_right(boundaries, s_span.start)
        if here != entry:
            entry, last_actor = here, None
            out_from = len(out)
        sent_actors = actor_index.between(s_span.start, s_span.end)
        sent_places = place_index.between(s_span.start, s_span.end)
        sent_times = time_index.between(s_span.start, s_span.end)
        for m in _scan(_TRIGGER, _TRIGGER_HEADS, folded, words, sent.start, sent.end):
            kind = m.lastgroup
            if kind is None:
                continue
            t_start, t_end = m.start(), m.end()
            if any(a.start <= t_start < a.end for a in sent_actors) or any(
                p.start <= t_start < p.end for p in sent_places
            ):
                continue
            clause = _clause_bounds(folded, s_span, t_start)
            before = folded[max(clause[0], t_start - 60) : t_start]
            if _NEGATED.search(before) and not _ATTEMPTED.search(before):
                continue
            if _REQUEST.search(before):
                continue  # "urged residents to leave": asked for, not done
            # the actor: passive "by X", a relative clause's antecedent, the clause's first actor, a pronoun
            actor: Hit | None = None
            passive = re.search(r"\b(?:was|were|been|being|is|are)\s+(?:[\w-]+\s+)?$", before, re.IGNORECASE)
            if passive and not _PARTICIPLE.match(folded, t_start):
                passive = None  # "are advancing on": progressive, not passive
            fell_to = re.match(r"f(?:e|a)ll(?:s|ing|en)?\s+to$", folded[t_start:t_end], re.IGNORECASE)
            if fell_to:
                # "Tarhuna fell to government forces": the agent follows, the place came first
                actor = next((a for a in sent_actors if a.start >= t_end and a.start - t_end <= 30), None)
                if actor is None and re.match(r"\s+(?:them|it)\b", folded[t_end : t_end + 6]):
                    actor = last_actor  # "Tarhuna fell to them two days later"
                passive = fell_to  # like a passive: the place before the trigger is what fell
            if passive and actor is None:
                by = _PASSIVE_BY.match(folded, t_end, min(clause[1] + 40, s_span.end))
                if by:
                    actor = next(
                        (a for a in sent_actors if a.start >= by.end() and a.start - by.end() <= 30), None
                    )
            ordered = _ORDERED.search(before)
            if actor is None and ordered is not None:
                # "Haftar ordered his forces to march on Tripoli": the ordered move
                at = t_start - len(before) + ordered.start(1)
                told = [a for a in sent_actors if at <= a.start < t_start]
                if told:
                    actor = told[0]
            if actor is None:
                who = re.search(
                    r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+|then\s+|later\s+)?$", before
                )
                if who is not None:
                    who_at = t_start - len(before) + who.start()
                    prior = [a for a in sent_actors if a.end <= who_at and who_at - a.end <= 3]
                    if prior:
                        actor = prior[-1]
            if actor is None:
                rel = _relative_antecedent(folded, clause, sent_actors, s_span)
                if rel is not None:
                    actor = rel
            if actor is None:
                in_clause = [a for a in sent_actors if clause[0] <= a.start and a.end <= t_start]
                in_clause = [a for a in in_clause if not _is_object(folded, clause[0], a)]
                comps = list(_COMPLEMENTIZER.finditer(folded, clause[0], t_start))
                comp = comps[-1] if comps else None
                if comp is not None:
                    inner = [a for a in in_clause if a.start >= comp.end()]
                    if inner:
                        in_clause = inner
                if in_clause:
                    actor = _head_actor(in_clause, folded)
            if actor is None and passive is None:
                subject = folded[clause[0] : t_start]
                pron = _PRONOUN_SUBJECT.search(subject) or re.match(
                    r"(?<!\s)\s*+(?:they|it|he|she)\b", subject, re.IGNORECASE
                )
                if pron:
                    word = pron.group().strip().lower()
                    actor = _antecedent(word, sent_actors, t_start - len(subject) + pron.start())
                    if actor is None and word in ("he", "she"):
                        # the last person named in the sentences before
                        lo = max(s_span.start - 600, boundaries[entry - 1] if entry else 0)
                        people = [
                            a
                            for a in actor_index.between(lo, s_span.start)
                            if a.actor_kind is ActorKind.PERSON
                        ]
                        actor = people[-1] if people else None
                    actor = actor or last_actor
                elif not [a for a in sent_actors if a.start < t_start]:
                    actor = None
                else:
                    pre = [
                        a for a in sent_actors if a.end <= t_start and not _is_object(folded, s_span.start, a)
                    ]
                    actor = _head_actor(pre, folded) if pre else None
            if (
                actor is not None
                and actor.actor_kind is ActorKind.PERSON
                and actor.entry is not None
                and actor.entry.affiliation
                and _FORCE_SUBJECT.search(folded[max(actor.end, clause[0]) : t_start])
            ):
                # "on Haftar's orders, several military units moved": the person's forces move
                actor = Hit(
                    actor.start,
                    actor.end,
                    "forces-of:" + actor.entry.affiliation,
                    actor.entry.affiliation,
                    "forces",
                    ActorKind.ARMED_GROUP,
                )
            trigger_text = folded[t_start:t_end]
            mkind = _kind_for(kind, trigger_text, actor, folded[t_end : clause[1]])
            if mkind is None:
                continue
            # places: the first after the trigger is the destination (or origin, for leaving)
            origin: Hit | None = None
            destination: Hit | None = None
            region_end = clause[1]
            after = place_index.between(t_end, region_end)
            prev_end = t_end
            for p in after:
                lead = folded[t_end : p.start]
                local = folded[prev_end : p.start]
                if prev_end == t_end and mkind is not MovementKind.CAPTURE:
                    local = folded[t_start : p.start]  # "moved from Derna": the trigger's own preposition
                prev_end = p.end
                if _ORIGIN_PREP.search(local[-40:]):
                    if origin is None:
                        origin = p
                    continue
                if _DIRECTION_OF.search(lead[-40:]):
                    continue  # "a checkpoint west of the capital": the place is only a reference
                bare = _without_mentions(folded, t_end, p.start, sent_actors)
                if mkind is MovementKind.WITHDRAW and not _TOWARD.search(local[-40:]):
                    if origin is None and (not bare.strip() or len(bare.split()) <= 3):
                        origin = p  # "abandoned Gharyan", "fled the town"
                    continue
                if mkind is MovementKind.CAPTURE and bare.strip() and not _CAPTURE_OBJECT.search(lead[-60:]):
                    area = p.place is not None and p.place.kind in (LocationKind.REGION, LocationKind.COUNTRY)
                    held_thing = len(bare.split()) > 3 and re.search(
                        r"\b(?:at|in|near|outside)\s+(?:the\s+)?$", lead
                    )
                    if area or held_thing:
                        continue  # "seized the last stronghold of X in western Libya", "seized a system at the base"
                if destination is None and (
                    not bare.strip()
                    or _DEST_PREP.search(local[-60:])
                    or (len(bare.split()) <= 3 and "," not in bare)
                ):
                    destination = p
                    break
            if passive and destination is None:
                subj = place_index.between(clause[0], t_start)
                if subj and mkind in (MovementKind.CAPTURE, MovementKind.WITHDRAW):
                    if mkind is MovementKind.CAPTURE:
                        destination = subj[0]
            if (
                mkind is MovementKind.DEPLOY
                and destination is not None
                and re.search(r"\btowards?\b", folded[t_end : destination.start])
            ):
                mkind = MovementKind.ADVANCE  # "moved forces towards western Libya"
            if origin is None and destination is None:
                continue
            if actor is None:
                continue
            if (
                actor.actor_kind is ActorKind.COLLECTIVE
                and origin is not None
                and mkind
                in (
                    MovementKind.TRAVEL,
                    MovementKind.DEPLOY,
                )
            ):
                mkind = MovementKind.WITHDRAW  # families moving away from a place are leaving it
            if actor.actor_kind is ActorKind.COLLECTIVE and mkind not in (
                MovementKind.WITHDRAW,
                MovementKind.TRAVEL,
            ):
                continue
            modality = Modality.REPORTED
            if _ATTEMPTED.search(before) or re.match(
                r"(?:tried|trying|attempted)\s+to\b", trigger_text, re.IGNORECASE
            ):
                modality = Modality.ATTEMPTED
            elif _DENIED.search(folded[s_span.start : t_start]):
                modality = Modality.DENIED
            elif _PLANNED.search(before):
                modality = Modality.PLANNED
            date = _date_near(sent_times, clause, s_span, t_start)
            if date is None:
                lo = boundaries[entry - 1] if entry else 0
                date = _inherited_date(out[out_from:] if entry else out, time_index, t_start, lo)
            movers = [actor, *_coordinated(folded, actor, sent_actors, t_start)]
            targets = [destination, *_conjoined(folded, destination, sent_places, clause[1])]
            for mover in movers:
                for target in targets:
                    if any(
                        d.actor is not None
                        and d.actor.key == mover.key
                        and d.kind is mkind
                        and _same_place(d.destination, target)
                        and (d.sentence == s_span or (target is not None and t_start - d.trigger.end < 600))
                        for d in out[-6:]
                    ):
                        continue  # the same event told again in the next sentences
                    out.append(
                        MovementDraft(
                            mkind, Span(t_start, t_end), s_span, mover, origin, target, date, modality
                        )
                    )
            last_actor = actor
        firsts = [a for a in sent_actors if a.actor_kind is not ActorKind.COLLECTIVE]
        if (firsts and not out) or (out and out[-1].sentence != s_span and firsts):
            last_actor = firsts[0]
    return out


def _antecedent(pronoun: str, sent_actors: Sequence[Hit], pos: int) -> Hit | None:
    """The nearest earlier actor in the sentence that "they"/"it" (groups) or "he"/"she" can mean."""
    people = pronoun in ("he", "she")
    for a in reversed([a for a in sent_actors if a.end <= pos]):
        if a.actor_kind is ActorKind.COLLECTIVE:
            continue
        if (a.actor_kind is ActorKind.PERSON) == people:
            return a
    return None


def _inherited_date(
    done: Sequence[MovementDraft], times: _Sorted[TimeExpression], pos: int, lo: int = 0
) -> EventDate | None:
    """A movement with no date of its own takes the story's last date before it (after ``lo``)."""
    if done and done[-1].date is not None:
        return done[-1].date
    last = times.index_before(pos)
    for k in range(last - 1, max(-1, last - 40), -1):
        t = times.items[k]
        if t.span.start < lo:
            break
        if t.date is not None and t.span.end <= pos:
            return t.date
    return None


def _hit_start(hit: Hit) -> int:
    return hit.start


def _time_start(time: TimeExpression) -> int:
    return time.span.start


_AND_SUBJECT = re.compile(r"(?<!\s)(?:\s*+,[^,;\"]{1,120})?(?:\s*+,)?\s++and\s+")


def _coordinated(folded: str, actor: Hit, sent_actors: Sequence[Hit], limit: int) -> list[Hit]:
    """Other subjects joined by "and": "Haftar and Aguila Saleh, ..., flew to Cairo".

    An earlier subject with its own apposition counts too: "Menfi, who heads the council,
    and al-Mishri, head of the High Council of State, also travelled".
    """
    out: list[Hit] = []
    for other in reversed([a for a in sent_actors if a.end <= actor.start]):
        if other.actor_kind is actor.actor_kind and other.key != actor.key:
            if _AND_SUBJECT.fullmatch(folded[other.end : actor.start]):
                out.append(other)
            break
    last = actor
    for other in sent_actors:
        if other.start <= last.start or other.start >= limit:
            continue
        if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", folded[last.end : other.start]):
            if other.actor_kind is actor.actor_kind and other.key != actor.key:
                out.append(other)
                last = other
    return out


_AND_PLACE = re.compile(
    r"(?<!\s)\s*+(?:,[^,;]{1,120},\s*+)?(?:and|,\s*and|and\s+(?:then\s+)?on\s+to|and\s+(?:then\s+)?to)(?:\s+the)?\s*"
)


def _conjoined(folded: str, place: Hit | None, places: Sequence[Hit], limit: int) -> list[Hit]:
    """Further places joined by "and": "out of Sabratha and Surman"."""
    out: list[Hit] = []
    if place is None:
        return out
    last = place
    for other in places:
        if other.start <= last.start or other.start >= limit:
            continue
        gap = folded[last.end : other.start]
        if _AND_PLACE.fullmatch(gap):
            out.append(other)
            last = other
        elif other.start - last.end > 160:
            break
    return out


def _same_place(a: Hit | None, b: Hit | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.key == b.key


def _without_mentions(folded: str, start: int, end: int, actors: Sequence[Hit]) -> str:
    """The text between two offsets with actor mentions blanked out."""
    chars = list(folded[start:end])
    for a in actors:
        if a.end > start and a.start < end:
            for k in range(max(a.start, start), min(a.end, end)):
                chars[k - start] = " "
    return re.sub(r"\s*'s\b", " ", "".join(chars))


def _relative_antecedent(
    folded: str, clause: tuple[int, int], sent_actors: Sequence[Hit], sent: Span
) -> Hit | None:
    """In "X, who flew to ...", the mover is X."""
    m = re.match(r"\s*(?:who|which)\s", folded[clause[0] : clause[0] + 8], re.IGNORECASE)
    if not m:
        return None
    cands = [a for a in sent_actors if a.end <= clause[0]]
    return cands[-1] if cands else None


def _is_object(folded: str, clause_start: int, hit: Hit) -> bool:
    """An actor inside a prepositional phrase ("allied to X", "with X") is not the subject."""
    before = folded[max(clause_start, hit.start - 24) : hit.start]
    if re.search(
        r"\b(?:by|in|on|at|after|before|during|until|since)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:evening|morning|night|dawn|"
        r"dusk|noon|midnight|nightfall|afternoon|then|now|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|weekend|week|month|year|\d{4}|january|february|march|april|may|june|july|august|september|"
        r"october|november|december)\s*,?\s*(?:(?:the|a|an|its|his|their)\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return False
    if re.search(
        r"\b(?:members|some|hundreds|thousands|dozens|scores|units|remnants|part|most|many|one|several|"
        r"fighters|troops|forces|elements)\s+of\s+(?:the\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return False
    return (
        bool(
            re.search(
                r"\b(?:to|with|against|for|of|from|by|between|on|at|in|toward|towards|into|over|under|alongside|"
                r"backed|allied|loyal|including)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|their\s+)?(?:[\w'-]+\s+){0,2}$",
                before,
                re.IGNORECASE,
            )
        )
        and before.strip() != ""
    )


_TITLE_GAP = re.compile(
    r"(?:\s|'s\b|[A-Z][\w.-]*|secretary-general|spokesman|spokeswoman|chief|commander|head|envoy|minister|"
    r"son|daughter|brother|wife|deputy|aide|adviser|leader|president|premier)*"
)


def _head_actor(cands: Sequence[Hit], folded: str = "") -> Hit:
    """The head of a subject: the first actor, unless the noun phrase goes on to another.

    "Haftar's Libyan National Army" is the army; "UN Secretary-General Antonio Guterres"
    is Guterres.
    """
    head = cands[0]
    for other in cands[1:]:
        gap = folded[head.end : other.start] if folded else ""
        group_follows = other.start - head.end <= 3 and other.actor_kind is ActorKind.ARMED_GROUP
        person_follows = (
            bool(gap) and bool(_TITLE_GAP.fullmatch(gap)) and other.actor_kind is ActorKind.PERSON
        )
        if not (group_follows or person_follows):
            break
        head = other
    return head

"""Movements and statements: what happened and what was said, clause by clause.

Both work on the mentions found earlier (:mod:`._mentions`) and on the sentence
segmentation of :mod:`libya_events.text`. Each record keeps the span of its sentence
(or quotation) and of its trigger words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from attrs import define

from libya_events.dates import TimeExpression
from libya_events.extraction._lexicon import CHANNELS, MOVEMENT_TRIGGERS, SPEECH_VERBS
from libya_events.extraction._mentions import Hit, Word, words_of
from libya_events.model import ActorKind, EventDate, Modality, MovementKind, Span
from libya_events.text import Sentence

__all__ = ["MovementDraft", "StatementDraft", "find_statements"]


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


def _alternation(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


_TRIGGER = re.compile(
    r"\b(?:" + "|".join(f"(?P<{kind}>{_alternation(p)})" for kind, p in MOVEMENT_TRIGGERS.items()) + r")\b",
    re.IGNORECASE,
)


_SPEECH_HEADS = frozenset(verb.split("\\")[0] for verb in SPEECH_VERBS)


def _scan(
    rx: re.Pattern[str], heads: frozenset[str], folded: str, words: Sequence[Word], start: int, end: int
) -> list[re.Match[str]]:
    """``rx.finditer(folded, start, end)``, tried only where a head word starts (much faster)."""
    out: list[re.Match[str]] = []
    lo = _first_at(words, start)
    taken = start
    for w in words[lo:]:
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


def _date_near(
    times: Sequence[TimeExpression], clause: tuple[int, int], sent: Span, pos: int
) -> EventDate | None:
    in_clause = [t for t in times if t.date is not None and clause[0] <= t.span.start < clause[1]]
    pool = in_clause or [t for t in times if t.date is not None and sent.start <= t.span.start < sent.end]
    if not pool:
        return None
    return min(pool, key=lambda t: abs(t.span.start - pos)).date


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


def _same_place(a: Hit | None, b: Hit | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.key == b.key


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


# --------------------------------------------------------------------------- statements

_QUOTE = re.compile(r'"([^"\n]{2,1200}?)"|"([^"\n]{20,1200})$', re.MULTILINE)
_SPEECH = "(?:" + "|".join(SPEECH_VERBS) + ")"
_SPEECH_RE = re.compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
_PRONOUNS = re.compile(
    r"\b(?:he|she|they|it|the spokesman|the minister|the official|the commander)$", re.IGNORECASE
)
_THAT = re.compile(r"^\s*(?:,\s*)?(?:(?:on|in|late|early|at)\s+[^,]{0,40}?\s+)?(?:that\s+)?", re.IGNORECASE)


_APPOSITIVE_GAP = re.compile(r"\s*,[^,;\"]{1,140},\s*")


def _speaker_before(pos: int, speakers: Sequence[Hit], folded: str, lo: int) -> Hit | None:
    """Who speaks at the verb at ``pos``: the actor just before it, skipping an apposition.

    "Osama Hamad, prime minister of the eastern-based administration, said" is Hamad;
    failing an adjacent actor, the subject of the clause ("Ban called the news historic
    but cautioned").
    """
    cands = [h for h in speakers if lo <= h.start and h.end <= pos]
    if not cands:
        return None
    # "X, the LNA spokesman, said": the apposition may hold another actor
    for h in cands:
        if h.actor_kind is not ActorKind.COLLECTIVE and _APPOSITIVE_GAP.fullmatch(folded[h.end : pos]):
            gap = folded[h.end : pos]
            if not re.search(r"\b(?:said|says|told)\b", gap) and not re.match(r"\s*,\s*which\b", gap):
                return h
    best = cands[-1]
    gap = folded[best.end : pos]
    if len(gap.strip(" ,")) <= 3 or re.fullmatch(r"\s*\([^)]*\)\s*", gap):
        return _head_actor([best], folded)
    subjects = [h for h in cands if not _is_object(folded, lo, h)]
    if subjects and not re.search(r"[;\"]", folded[subjects[0].end : pos]):
        return _head_actor(subjects, folded)
    return None


def _speaker_after(pos: int, speakers: Sequence[Hit], folded: str, hi: int) -> Hit | None:
    cands = [h for h in speakers if pos <= h.start < hi]
    if not cands:
        return None
    first = cands[0]
    gap = folded[pos : first.start]
    return first if len(gap.strip()) <= 12 else None


def _plural_for_singular(hit: Hit, kinds: tuple[ActorKind, ...]) -> bool:
    """A plural group ("residents") cannot be "he" or "she"."""
    return ActorKind.PERSON in kinds and hit.actor_kind is ActorKind.COLLECTIVE and hit.name.endswith("s")


def _pronoun_kinds(word: str) -> tuple[ActorKind, ...]:
    """Whom a pronoun can stand for: he/she a person (or a singular source), they/it a body."""
    if word.strip().lower().split()[-1] in ("he", "she"):
        return (ActorKind.PERSON, ActorKind.COLLECTIVE)
    if word.strip().lower() in ("they", "it"):
        return (
            ActorKind.ARMED_GROUP,
            ActorKind.GOVERNMENT,
            ActorKind.ORGANIZATION,
            ActorKind.COUNTRY,
            ActorKind.COLLECTIVE,
        )
    return (ActorKind.PERSON,)


def _channel(window: str, *, nearest: bool = False) -> str | None:
    """The channel a window of text names; with ``nearest``, the one named first in it."""
    found: list[tuple[int, str]] = []
    for pattern, name in CHANNELS:
        m = pattern.search(window)
        if m is not None:
            if not nearest:
                return name
            found.append((m.start(), name))
    return min(found)[1] if found else None


def find_statements(
    text: str,
    folded: str,
    sentences: Sequence[Sentence],
    hits: Sequence[Hit],
    times: Sequence[TimeExpression],
    words: Sequence[Word] | None = None,
    boundaries: Sequence[int] = (),
) -> list[StatementDraft]:
    words = words if words is not None else words_of(folded)
    speaker_index = _Sorted([h for h in hits if h.is_actor], _hit_start)
    time_index = _Sorted(list(times), _time_start)
    sentence_starts = [s.start for s in sentences]
    out: list[StatementDraft] = []
    quoted: list[tuple[int, int]] = []
    attributions: list[tuple[int, int]] = []
    spoken: list[tuple[int, int, Hit]] = []  # (where, order, who) of every attributed statement so far
    last_speaker: Hit | None = None

    def sentence_index(pos: int) -> int | None:
        k = bisect.bisect_right(sentence_starts, pos) - 1
        if k >= 0 and sentences[k].start <= pos < sentences[k].end:
            return k
        return None

    def sentence_of(pos: int) -> Span:
        k = sentence_index(pos)
        return sentences[k].span if k is not None else Span(pos, pos)

    def resolve_pronoun(pos: int, *, kinds: tuple[ActorKind, ...] = (ActorKind.PERSON,)) -> Hit | None:
        """He/she: the subject of this sentence before ``pos``, else of the sentences before."""
        index = sentence_index(pos)
        if index is None:
            return None
        here = sentences[index]
        entry_start = (
            boundaries[bisect.bisect_right(boundaries, pos) - 1] if boundaries and boundaries[0] <= pos else 0
        )
        subjects = [
            h
            for h in speaker_index.between(here.start, pos)
            if here.start <= h.start
            and h.end <= pos
            and h.actor_kind in kinds
            and not _plural_for_singular(h, kinds)
            and not _is_object(folded, here.start, h)
        ]
        if subjects:
            return _head_actor(subjects, folded)
        recent_lo = max(sentences[max(0, index - 2)].start, entry_start)
        lo_k = bisect.bisect_left(spoken, (recent_lo, -1))
        hi_k = bisect.bisect_left(spoken, (pos, -1))
        recent = [h for _, _, h in spoken[lo_k:hi_k] if h.actor_kind in kinds]
        if recent:
            return recent[-1]
        for k in range(index, max(-1, index - 4), -1):
            sent_k = sentences[k]
            if sent_k.start < entry_start:
                break
            hi = pos if k == index else sent_k.end
            people = [
                h for h in speaker_index.between(sent_k.start, hi) if h.end <= hi and h.actor_kind in kinds
            ]
            people = [
                h
                for h in people
                if not _is_object(folded, sent_k.start, h) and not _plural_for_singular(h, kinds)
            ]
            if people:
                return _head_actor(people, folded)
        return last_speaker if not boundaries or entry_start == 0 else None

    # direct quotations
    quotes = list(_QUOTE.finditer(folded))
    i = 0
    while i < len(quotes):
        q = quotes[i]
        group = 1 if q.group(1) is not None else 2
        q_start, q_end = q.start(group), q.end(group)
        parts = [(q_start, q_end)]
        quote_words = folded[q_start:q_end].split()
        if not quote_words:
            i += 1
            continue
        after = folded[q.end() : q.end() + 160]
        q_sent = sentence_of(q.start())
        if len(quote_words) <= 5 and _EMBEDDED_IN_SPEECH.search(folded[q_sent.start : q.start()]):
            i += 1  # 'said that troops were "gradually" moving': a word quoted inside reported speech
            continue
        speaker: Hit | None = None
        attribution: tuple[int, int] | None = None
        m_after = re.match(
            rf"\s*,?\s*(?P<who>[^\"\n]{{0,90}}?)\s*\b(?P<verb>{_SPEECH})\b(?P<tail>[^\"\n]{{0,80}}?)(?:[.,:]|\s*$|(?=\s*\"))",
            after,
            re.IGNORECASE,
        )
        m_inverted = re.match(
            r"\s*,?\s*(?P<verb>said|says|added|told)\s+(?P<who>[^\"\n,.]{1,90})", after, re.IGNORECASE
        )
        if m_inverted and not re.match(
            r"\s*(?:he|she|they|it|that|on|in|at|to)\b", m_inverted.group("who"), re.IGNORECASE
        ):
            who_start = q.end() + m_inverted.start("who")
            who_hi = q.end() + m_inverted.end("who")
            speaker = _speaker_after(who_start, speaker_index.between(who_start, who_hi), folded, who_hi)
            attribution = (q.end(), q.end() + m_inverted.end())
        if speaker is None and m_after:
            who_start, who_end = q.end() + m_after.start("who"), q.end() + m_after.end("who")
            who = m_after.group("who").strip()
            cands = [h for h in speaker_index.between(who_start, who_end + 1) if h.end <= who_end + 1]
            if cands:
                speaker = cands[-1] if not re.search(r",", who) else cands[0]
            elif re.fullmatch(r"(?:he|she|they|it)", who, re.IGNORECASE) or _PRONOUNS.search(who):
                speaker = resolve_pronoun(q.start(), kinds=_pronoun_kinds(who))
            attribution = (q.end(), q.end() + m_after.end())
        if speaker is None:
            before = folded[max(q_sent.start, q.start() - 200) : q.start()]
            m_before = re.search(rf"\b(?P<verb>{_SPEECH})\b[^\"\n]{{0,80}}?[:,]?\s*$", before, re.IGNORECASE)
            if m_before and len(quote_words) <= 5 and _EMBEDDED.search(folded[q_sent.start : q.start()]):
                # 'said that Gharyan had been fully "liberated"': a word quoted inside reported speech
                i += 1
                continue
            if m_before:
                verb_pos = max(q_sent.start, q.start() - 200) + m_before.start()
                speaker = _speaker_before(
                    verb_pos, speaker_index.between(q_sent.start, verb_pos), folded, q_sent.start
                )
                pron_before = re.search(
                    r"\b(he|she|they|it)\s+$", folded[max(0, verb_pos - 6) : verb_pos], re.IGNORECASE
                )
                if speaker is None and pron_before:
                    speaker = resolve_pronoun(q.start(), kinds=_pronoun_kinds(pron_before.group(1)))
                attribution = (verb_pos, q.start())
        # a quote split around its speaker: "...," X said, "..."
        if attribution is not None and i + 1 < len(quotes):
            nxt = quotes[i + 1]
            bridge = folded[q.end() : nxt.start()]
            if (
                attribution[1] >= q.end()
                and re.fullmatch(r"[^\"\n]{0,140}?[,:]\s*", bridge)
                and q.group(1) is not None
            ):
                g2 = 1 if nxt.group(1) is not None else 2
                parts.append((nxt.start(g2), nxt.end(g2)))
                i += 1
        if speaker is None and len(quote_words) <= 3:
            i += 1
            continue  # a scare-quoted word with nobody saying it
        body = " ".join(_strip_quote(folded[a:b]) for a, b in parts).strip()
        if not body:
            i += 1
            continue
        window = (
            folded[q_sent.start : q_sent.end] + " " + folded[attribution[0] : attribution[1]]
            if attribution
            else folded[q_sent.start : q_sent.end]
        )
        outside = re.sub(r'"[^"]*"', " ", window)
        att_lo, att_hi = attribution if attribution else (q_sent.start, q_sent.end)
        date = _date_near(
            [
                t
                for t in time_index.between(q_sent.start, max(q_sent.end, parts[-1][1] + 200))
                if not (parts[0][0] <= t.span.start < parts[-1][1])
            ],
            (min(att_lo, q_sent.start), max(att_hi, q_sent.end)),
            q_sent,
            att_lo,
        )
        out.append(
            StatementDraft(
                Span(parts[0][0], parts[-1][1]), body, True, q_sent, speaker, _channel(outside), date
            )
        )
        quoted.extend(parts)
        if attribution is not None:
            attributions.append(attribution)
        if speaker is not None:
            last_speaker = speaker
            bisect.insort(spoken, (q.start(), len(spoken), speaker), key=lambda item: item[:2])
        i += 1

    # reported speech
    for sent in sentences:
        taken_until = sent.start
        for m in _scan(_SPEECH_RE, _SPEECH_HEADS, folded, words, sent.start, sent.end):
            if m.start() < taken_until:
                continue
            v_start, v_end = m.start(), m.end()
            if any(a <= v_start < b for a, b in attributions):
                continue  # the attribution of a direct quotation
            if any(a <= v_start < b for a, b in quoted):
                continue
            verb = m.group().lower()
            lead = folded[sent.start : v_start]
            if _NOT_SPOKEN.search(lead[-40:]):
                continue  # "is reported to have", "has not said", "declined to say"
            inverted = _speaker_after(
                v_end, speaker_index.between(v_end, v_end + 4), folded, min(sent.end, v_end + 4)
            )
            who = re.search(r",\s+who\s+(?:has\s+|had\s+|also\s+)?$", lead)
            if (
                inverted is not None
                and re.search(r",\s*$", lead)
                and inverted.actor_kind is not None
                and re.match(r"\s*(?:[,.;]|$)", folded[inverted.end : inverted.end + 3])
            ):
                # "at least 46 people died, said Abdel-Rahim Mazek"
                speaker = inverted
            elif who:
                before_who = [
                    h
                    for h in speaker_index.between(sent.start, sent.start + who.start())
                    if h.end <= sent.start + who.start()
                ]
                speaker = before_who[-1] if before_who else None
            else:
                speaker = _speaker_before(
                    v_start, speaker_index.between(sent.start, v_start), folded, sent.start
                )
            if speaker is None:
                pron = re.search(
                    r"\b(he|she|they|it)\s+(?:also\s+|later\s+|had\s+|has\s+)?$", lead, re.IGNORECASE
                )
                if pron:
                    kinds = (
                        (ActorKind.PERSON, ActorKind.COLLECTIVE)
                        if pron.group(1).lower() in ("he", "she")
                        else (
                            ActorKind.ARMED_GROUP,
                            ActorKind.GOVERNMENT,
                            ActorKind.ORGANIZATION,
                            ActorKind.COUNTRY,
                        )
                    )
                    speaker = resolve_pronoun(v_start, kinds=kinds)
            tail_start = v_end
            content: tuple[int, int] | None = None
            if verb.startswith("according to"):
                # "..., according to the IOM" / "According to the IOM, ..."
                source = _speaker_after(v_end, speaker_index.between(v_end, v_end + 6), folded, v_end + 6)
                if source is None or source.actor_kind is None:
                    continue
                speaker = source
                if folded[sent.start : v_start].strip(" ,-"):
                    content = (sent.start, v_start)
                else:
                    comma = folded.find(",", source.end, sent.end)
                    if comma == -1:
                        continue
                    content = (comma + 1, sent.end)
            # "..., residents said." : the content comes before
            rest = folded[v_end : sent.end]
            if speaker is inverted and speaker is not None:
                c_end = folded.rfind(",", sent.start, v_start)
                if c_end > sent.start:
                    content = (sent.start, c_end)
            elif (
                speaker is not None
                and re.match(r"\s*(?:on|in|late|early|at|via)?[^,;]{0,50}?[.!?]?\s*$", rest)
                and "," in lead
            ):
                c_end = folded.rfind(",", sent.start, speaker.start)
                if c_end > sent.start:
                    content = (sent.start, c_end)
            if content is None:
                if speaker is None:
                    # "said X" after the verb? inverted reporting
                    continue
                told = (
                    re.match(
                        r"\s*(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}|reporters|journalists|us|him|her|them|me|the\s+\w+)\s+",
                        folded[v_end : v_end + 40],
                    )
                    if verb.startswith(("told", "tell"))
                    else None
                )
                if told:
                    tail_start = v_end + told.end()
                that = re.match(
                    r"[^,;\"]{0,110}?\bthat\s+", folded[tail_start : min(sent.end, tail_start + 120)]
                )
                if verb.split()[0] in ("denied", "denies", "deny", "rejected", "rejects", "dismissed"):
                    c_start = v_start  # a denial keeps its verb: "denied that its forces had entered"
                elif that and not re.search(r"\b(?:said|says|told)\b", that.group()):
                    c_start = tail_start + that.end()
                elif verb.split()[0] in _VERB_IN_CONTENT:
                    c_start = v_start
                else:
                    tm = _THAT.match(folded, tail_start, sent.end)
                    c_start = tm.end() if tm else tail_start
                c_end = sent.end
                stop = _CONTENT_STOP.search(folded, c_start, c_end)
                if stop is not None:
                    c_end = stop.start()
                while c_end > c_start and folded[c_end - 1] in ' .,"\n':
                    c_end -= 1
                if c_end - c_start < 12:
                    continue
                content = (c_start, c_end)
            if speaker is None or speaker.actor_kind is None:
                continue
            c_start, c_end = content
            while c_end > c_start and folded[c_end - 1] in ' .,"\n':
                c_end -= 1
            body = text[c_start:c_end].strip()
            if not body or folded[c_start:c_end].lstrip().startswith('"'):
                continue
            date = _date_near(
                time_index.between(sent.start, sent.end),
                (speaker.start, min(sent.end, v_end + 60)),
                sent.span,
                v_start,
            )
            if verb.startswith("issued") or "statement" in verb:
                channel: str | None = "statement"
            else:
                channel = _channel(
                    folded[v_start : min(sent.end, v_end + 60)], nearest=True
                ) or _channel_before(folded, sent.start, v_start)
            out.append(StatementDraft(Span(c_start, c_end), body, False, sent.span, speaker, channel, date))
            last_speaker = speaker
            bisect.insort(spoken, (v_start, len(spoken), speaker), key=lambda item: item[:2])
            taken_until = max(c_end, v_end)
    if _RELEASE.search(folded[:300]):
        for d in out:  # a press release or statement speaks as a statement throughout
            if d.channel is None and d.speaker is not None and d.speaker.actor_kind is not ActorKind.PERSON:
                d.channel = "statement"
    _inherit_channels(out)
    return out


_CONTENT_STOP = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?!that\b)|\s+and\s+(?:said|added|told|insisted|warned|stressed)\b|;|\s[-\u2014]\s|,\s+the\s+(?:seat|capital|home|base)\s+of\b|"
    r"\s+(?:on|in|via|during)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:official\s+)?"
    r"(?:Facebook|Twitter|X\b|statement|televised|video|interview|news\s+conference|press\s+conference|speech)",
    re.IGNORECASE,
)

_EMBEDDED_IN_SPEECH = re.compile(rf"\b{_SPEECH}\b[^\"]*?\b(?:that|as)\b[^\"]{{3,}}$", re.IGNORECASE)
_EMBEDDED = re.compile(
    r"\b(?:that|as)\b[^\"]{3,}$|\b(?:would|will|had|has|have|was|were|is|are)\b[^\"]{0,40}$"
)

_NOT_SPOKEN = re.compile(
    r"\b(?:is|are|was|were|been|being|be|not|never|n't|declined\s+to|refused\s+to|did\s+not|has\s+not|have\s+not)\s+$",
    re.IGNORECASE,
)

_VERB_IN_CONTENT = frozenset(
    {
        "appealed",
        "called",
        "calls",
        "cautioned",
        "announced",
        "welcomed",
        "welcomes",
        "condemned",
        "condemns",
        "urged",
        "urges",
        "vowed",
        "pledged",
        "promised",
        "demanded",
        "rejected",
        "rejects",
        "threatened",
        "warned",
    }
)


_RELEASE = re.compile(r"\b(?:PRESS\s+RELEASE|Press\s+release|STATEMENT|Statement\s+by|COMMUNIQU[EÉ])\b")


def _inherit_channels(statements: list[StatementDraft]) -> None:
    """A statement with no channel of its own takes the channel of the same speaker's
    statement just before it ("appealed for calm on Twitter. 'Conflict cannot ...'")."""
    ordered = sorted(statements, key=lambda d: d.text_span.start)
    for k, d in enumerate(ordered):
        if d.channel is not None or d.speaker is None:
            continue
        for prev in reversed(ordered[max(0, k - 3) : k]):
            if d.text_span.start - prev.text_span.end > 400:
                break
            if prev.speaker is not None and prev.speaker.key == d.speaker.key and prev.channel:
                d.channel = prev.channel
                break


def _channel_before(folded: str, lo: int, pos: int) -> str | None:
    window = folded[max(lo, pos - 50) : pos]
    return _channel(window) if re.search(r"\b(?:in|on|via|during)\b", window) else None


def _strip_quote(part: str) -> str:
    return part.strip().rstrip(",.;:").strip()

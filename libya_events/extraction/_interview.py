"""Question-and-answer interviews: each answer is the interviewee's own words.

A transcript marks its turns with labels at the start of a line ("Q: When did ..." /
"A: In the last week of May ..."). The answers carry no quotation marks and no speech verb,
yet each is what the interviewee said, word for word: a direct statement with the channel
``interview``. The interviewee is the first person the article names before the first
question (the introduction presents who is being interviewed). An answer runs until the next
question; its paragraphs are joined by a space, as a quotation continued over paragraphs is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from libya_events.extraction._events import StatementDraft
from libya_events.extraction._mentions import Hit
from libya_events.model import ActorKind, Span
from libya_events.text import find_preamble

_TURN = re.compile(r"^[ \t]*+(Q|A|Question|Answer)[ \t]*+:[ \t]*+", re.MULTILINE)
"""A turn label at the start of a line: "Q:", "A:", "Question:", "Answer:"."""
_QUESTIONS = frozenset({"Q", "Question"})
_PARAGRAPH = re.compile(r"\n[ \t]*+\n")
"""A blank line: the end of a paragraph."""
INTERVIEW_CHANNEL = "interview"


def answer_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of a transcript's answers, each from after its label to the next
    question (the last answer to the end of its paragraph); none unless the text has both a
    question and an answer label."""
    turns = [(m.group(1) in _QUESTIONS, m.start(), m.end()) for m in _TURN.finditer(text)]
    if not any(q for q, _, _ in turns) or all(q for q, _, _ in turns):
        return []
    spans: list[tuple[int, int]] = []
    for k, (question, _, begin) in enumerate(turns):
        if question:
            continue
        later = [start for q, start, _ in turns[k + 1 :] if q]
        end = later[0] if later else _paragraph_end(text, begin)
        end = len(text[:end].rstrip())
        if end > begin:
            spans.append((begin, end))
    return spans


def _paragraph_end(text: str, begin: int) -> int:
    blank = _PARAGRAPH.search(text, begin)
    return blank.start() if blank else len(text)


_ASKS = re.compile(r"(?<![ \t])[ \t]++(?:(?:spoke|talked)[ \t]++(?:to|with)\b|interviewed\b)")
"""What follows the interviewer's name ("Layla Haddad spoke to ..."): not the one who answers."""


def interviewee(hits: Sequence[Hit], body: int, first_turn: int, text: str = "") -> Hit | None:
    """The first named person between the body's start and the first turn label, passing over
    one who speaks to or interviews someone (the interviewer)."""
    people = sorted(
        (
            h
            for h in hits
            if h.actor_kind is ActorKind.PERSON and h.source != "pronoun" and body <= h.start < first_turn
        ),
        key=lambda h: h.start,
    )
    answering = [h for h in people if not (text and _ASKS.match(text, h.end))]
    return answering[0] if answering else None


FIRST_PERSON_PLURAL = frozenset({"we", "us"})
FIRST_PERSON_OWNERS = frozenset({"our", "my"})
"""An answer's "we", "our units", "my men": the interviewee's own side."""
THIRD_PERSON_OWNERS = frozenset({"his", "her"})
"""The introduction's "his men": the interviewee's side."""


class Transcript:
    """A question-and-answer transcript's answers and who gives them; ``body`` is where the
    article's body starts (by default, after its preamble)."""

    def __init__(self, text: str, hits: Sequence[Hit], body: int | None = None) -> None:
        self.answers = answer_spans(text)
        self.speaker: Hit | None = None
        self.intro = (0, 0)  # from the interviewee's first mention to the first turn
        if self.answers:
            first = _TURN.search(text)
            turn = first.start() if first else len(text)
            start = find_preamble(text).body if body is None else body
            self.speaker = interviewee(hits, start, turn, text)
            if self.speaker is not None:
                self.intro = (self.speaker.end, turn)

    def drafts(self, text: str) -> list[StatementDraft]:
        """One direct statement per answer, spoken by the interviewee; none when the text is no
        transcript or names no one before its first turn."""
        if self.speaker is None:
            return []
        out = []
        for begin, end in self.answers:
            said = " ".join(p.strip() for p in _PARAGRAPH.split(text[begin:end]) if p.strip())
            span = Span(begin, end)
            out.append(StatementDraft(span, said, True, span, self.speaker, INTERVIEW_CHANNEL, None))
        return out

    def introduced(self, start: int) -> bool:
        """Whether ``start`` lies in the introduction after the interviewee is named, where
        "he" and "his men" are the interviewee and his forces ("we spoke to him ... after his
        men reached X")."""
        return self.intro[0] <= start < self.intro[1]

    def side(self, start: int, end: int) -> Hit | None:
        """The interviewee's own forces, as a mention over ``[start, end)`` inside an answer
        ("we", "our units") or the introduction ("his men"); None elsewhere or without an
        interviewee."""
        inside = any(lo <= start < hi for lo, hi in self.answers) or self.introduced(start)
        if self.speaker is None or not inside:
            return None
        who = self.speaker
        return Hit(start, end, f"side:{who.key}", f"forces of {who.name}", "group", ActorKind.ARMED_GROUP)

    def person(self, start: int) -> Hit | None:
        """The interviewee, for an answer's "I"."""
        if self.speaker is None or not any(lo <= start < hi for lo, hi in self.answers):
            return None
        return self.speaker

"""Question-and-answer interviews: each answer is the interviewee's own words.

A transcript marks its turns with labels at the start of a line ("Q: When did ..." /
"A: In the last week of May ..."). The answers carry no quotation marks and no speech verb,
yet each is what the interviewee said, word for word: a direct statement with the channel
``interview``. The interviewee is the first person the article names before the first
question (the introduction presents who is being interviewed). An answer runs until the next
question; its paragraphs are joined by a space, as a quotation continued over paragraphs is.

A news-conference or hearing transcript names each speaker in capitals instead
("IBRAHIM SALEM (ministry spokesman): We ..." and later "SALEM: ..."): each such turn, to the end
of its paragraph, is that speaker's direct statement (:func:`named_turns`). A broadcast's own
presenter or correspondent ("Presenter: Salma Idris", "our correspondent Nabil Triki") reads
the news rather than making a statement: such a turn is narration, and the speech it reports
("Residents say ...", "the spokesman told reporters that ...") is its speakers' own
(:func:`broadcast_staff`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from libya_events.extraction._events import StatementDraft
from libya_events.extraction._mentions import BODY_KINDS, Hit
from libya_events.model import ActorKind, Span
from libya_events.text import find_preamble

_TURN = re.compile(r"^[ \t]*+(Q|A|Question|Answer|QUESTION|ANSWER)[ \t]*+:[ \t]*+", re.MULTILINE)
"""A turn label at the start of a line: "Q:", "A:", "Question:", "Answer:" (also in capitals,
as a briefing transcript writes "QUESTION:")."""
_QUESTIONS = frozenset({"Q", "Question", "QUESTION"})
_LABELS = frozenset({"Q", "A", "QUESTION", "ANSWER"})
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


def question_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of a transcript's questions ("Q: Ankara says its troops only
    train. Do you believe that?"), each from its label to the next turn label or the end of
    its paragraph, whichever comes first. The interviewer's words, a claim told in them too,
    are no one's statement."""
    spans: list[tuple[int, int]] = []
    for m in _TURN.finditer(text):
        if m.group(1) not in _QUESTIONS:
            continue
        end = _paragraph_end(text, m.end())
        later = _TURN.search(text, m.end(), end) or _NAMED.search(text, m.end(), end)
        spans.append((m.start(), later.start() if later else end))
    return spans


_NAMED = re.compile(
    r"^[ \t]*+([A-Z][A-Z'\u2019.-]++(?:[ \t][A-Z][A-Z'\u2019.-]++){0,4})"
    r"(?:[ \t]*+\(([^()\n:]{1,60})\))?+[ \t]*+:[ \t]*+(?=\S)",
    re.MULTILINE,
)
"""A speaker's label in capitals at the start of a line, with an optional title in brackets:
"AHMED SALEM (spokesman): ...", "SALEM: ...". The words are letters, hyphens, apostrophes, dots."""
BRIEFING = re.compile(r"\b(?:news|press)[ \t]++conference|\bbriefing\b", re.IGNORECASE)
"""A transcript of a briefing: its turns were said at a news conference."""
BRIEFING_CHANNEL = "news conference"


def _folded_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\u2019'-]++", name.casefold()) if w and w != "al"]


ROLE_LABEL_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""A turn label that names a role rather than a person ("SPOKESMAN: Good afternoon ..."), as a
briefing transcript labels the one who holds the briefing; extend with other such roles."""
_APPOSED_ROLE = re.compile(
    r"(?<![ \t])[ \t]*+,[ \t]*+(?:(?:the|a|deputy|chief|official)[ \t]++)?+(spokesman|spokeswoman|spokesperson)\b",
    re.IGNORECASE,
)
"""A role apposed to a person's name: "Stephane Dujarric, Spokesman for the Secretary-General"."""


def _role_holder(role: str, start: int, people: Sequence[Hit], text: str) -> Hit | None:
    """The person the text introduces with ``role`` before a role label at ``start``: the last
    one titled with it or followed by it in apposition ("... by Stephane Dujarric, Spokesman
    for the Secretary-General")."""
    holder = None
    for h in people:
        if h.start >= start:
            break
        apposed = _APPOSED_ROLE.match(text, h.end)
        if (apposed is not None and apposed.group(1).casefold() == role) or role in _folded_words(
            h.title or ""
        ):
            holder = h
    return holder


def _label_speaker(
    label: str, title: str | None, start: int, people: Sequence[Hit], named: dict[str, Hit], text: str = ""
) -> Hit | None:
    """Who a label names: a person the text names whose name ends with the label's last word,
    an earlier full label with that surname, the person introduced with the role a role label
    names ("SPOKESMAN:"), or (given a bracketed title or a full name the text repeats as a
    short label) a new person named by the label itself."""
    words = _folded_words(label)
    if not words:
        return None
    for h in people:
        if _folded_words(h.name)[-len(words) :] == words:
            return h
    if words[-1] in named:
        return named[words[-1]]
    if words[-1] in ROLE_LABEL_WORDS:
        holder = _role_holder(words[-1], start, people, text)
        if holder is not None:
            named[words[-1]] = holder
        return holder
    if len(words) < 2 or title is None:
        return None
    name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in label.casefold().split())
    name = re.sub(r"\b(?:Al|El)-", lambda m: m.group(0).lower(), name)
    who = Hit(
        start, start + len(label), f"speaker:{name}", name, "speaker", ActorKind.PERSON, title=title.strip()
    )
    named[words[-1]] = who
    return who


def named_turns(text: str, hits: Sequence[Hit]) -> list[tuple[int, int, Hit]]:
    """A transcript's named turns: (start, end, speaker), each from after its label to the end
    of its paragraph; none unless at least two labels name people."""
    people: list[Hit] | None = None  # listed at the first label: most articles have none
    named: dict[str, Hit] = {}
    turns: list[tuple[int, int, Hit]] = []
    for m in _NAMED.finditer(text):
        if m.group(1) in _LABELS:
            continue
        if people is None:
            people = sorted(
                (h for h in hits if h.actor_kind is ActorKind.PERSON and h.source != "pronoun"),
                key=lambda h: h.start,
            )
        who = _label_speaker(m.group(1), m.group(2), m.start(1), people, named, text)
        if who is not None:
            end = len(text[: _paragraph_end(text, m.end())].rstrip())
            turns.append((m.end(), end, who))
    return turns if len(turns) >= 2 else []


BROADCAST_ROLES = (
    "presenter",
    "anchor",
    "anchorman",
    "anchorwoman",
    "host",
    "newsreader",
    "correspondent",
    "reporter",
)
"""The roles of a broadcast's own staff, named before their names ("correspondent Nabil Triki")
or crediting them ("Presenter: Salma Idris"); extend with a programme's other roles."""
CREDIT_LEAD = r"reporting\b[^:\n]{0,40}"
"""A credit line's lead-in that names no role word ("Reporting from the border: Nabil Triki")."""
_ROLE = "|".join(BROADCAST_ROLES)


def broadcast_staff(text: str, name: str) -> bool:
    """Whether the text presents ``name`` as the broadcast's own presenter or correspondent:
    right after a role word ("our correspondent Nabil Triki") or in a credit ("Presenter:
    Salma Idris", "Reporting from the Tunisian border: Nabil Triki")."""
    who = re.escape(name)
    named = rf"\b(?:{_ROLE})s?[ \t]++{who}\b"
    credited = rf"\b(?:(?:{_ROLE})|{CREDIT_LEAD})[ \t]*+:[ \t]*+{who}\b"
    return re.search(f"{named}|{credited}", text, re.IGNORECASE) is not None


def _staff_turn(text: str, who: Hit) -> bool:
    """Whether a named turn is the broadcast's own staff reading: its label's title names a
    broadcast role ("HODA NASR (anchor): ...") or the text presents the speaker as one."""
    title = re.split(r"\W+", (who.title or "").casefold())
    return any(w in BROADCAST_ROLES for w in title) or broadcast_staff(text, who.name)


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
    """A transcript's answers (or named turns) and who gives each; ``body`` is where the
    article's body starts (by default, after its preamble)."""

    def __init__(self, text: str, hits: Sequence[Hit], body: int | None = None) -> None:
        self.answers = answer_spans(text)
        self.questions: list[tuple[int, int]] = []
        self.speaker: Hit | None = None
        self.intro = (0, 0)  # from the interviewee's first mention to the first turn
        self.channel: str | None = INTERVIEW_CHANNEL
        self._speakers: list[Hit | None] = []
        self._bodies = {h.name: h for h in hits if h.actor_kind in BODY_KINDS}
        if self.answers:
            first = _TURN.search(text)
            turn = first.start() if first else len(text)
            start = find_preamble(text).body if body is None else body
            self.speaker = interviewee(hits, start, turn, text)
            if self.speaker is not None:
                self.intro = (self.speaker.end, turn)
            self._speakers = [self.speaker] * len(self.answers)
            self.questions = question_spans(text)
            return
        turns = [t for t in named_turns(text, hits) if not _staff_turn(text, t[2])]
        if turns:
            self.questions = question_spans(text)
            self.answers = [(lo, hi) for lo, hi, _ in turns]
            self._speakers = [who for _, _, who in turns]
            self.channel = BRIEFING_CHANNEL if BRIEFING.search(text) else None

    def _turn_speaker(self, start: int) -> Hit | None:
        return next(
            (who for (lo, hi), who in zip(self.answers, self._speakers, strict=True) if lo <= start < hi),
            None,
        )

    def drafts(self, text: str) -> list[StatementDraft]:
        """One direct statement per answer or turn, spoken by the interviewee or the turn's
        speaker; none when the text is no transcript or names no one before its first turn."""
        out = []
        for (begin, end), who in zip(self.answers, self._speakers, strict=True):
            if who is None:
                continue
            said = " ".join(p.strip() for p in _PARAGRAPH.split(text[begin:end]) if p.strip())
            span = Span(begin, end)
            out.append(StatementDraft(span, said, True, span, who, self.channel, None))
        return out

    def introduced(self, start: int) -> bool:
        """Whether ``start`` lies in the introduction after the interviewee is named, where
        "he" and "his men" are the interviewee and his forces ("we spoke to him ... after his
        men reached X")."""
        return self.intro[0] <= start < self.intro[1]

    def side(self, start: int, end: int) -> Hit | None:
        """The speaker's own forces, as a mention over ``[start, end)`` inside an answer or turn
        ("we", "our units") or the introduction ("his men"); None elsewhere or without a
        speaker."""
        who = self.person(start) or (self.speaker if self.introduced(start) else None)
        if who is None:
            return None
        body = self._bodies.get(who.affiliation or "")
        if body is not None:  # a spokesman's "our forces": the body the text names him for
            return Hit(start, end, body.key, body.name, "group", body.actor_kind, entry=body.entry)
        return Hit(start, end, f"side:{who.key}", f"forces of {who.name}", "group", ActorKind.ARMED_GROUP)

    def person(self, start: int) -> Hit | None:
        """The interviewee or the turn's speaker, for an answer's "I"."""
        return self._turn_speaker(start)

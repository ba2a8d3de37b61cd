"""An article's preamble: headline lines, bylines, publication lines, captions and the dateline.

Real articles reach the parser with a few short lines before the body: a headline (and
perhaps a standfirst), a byline ("By Jane Doe"), a publication line ("Published 12 March
2020", "Reuters, Sunday 10 Jun 2012"), a photo caption, and then the body, whose first
paragraph may open with a dateline ("TRIPOLI, April 5 (Reuters) -", "BENGHAZI, Libya (AP) -",
"Misrata - ", "Geneva, 23 October 2020 - "). A dateline may also stand on a line of its own
("Tripoli, 26 April 2015:").

:func:`find_preamble` reads the leading lines once and says where the body starts
(:attr:`Preamble.body`: what comes before it is no event), which spans are no prose at all
(:attr:`Preamble.notes`: no actor, no statement) and where the dateline is.

>>> p = find_preamble("Rebels take port\\nBy Jane Doe\\nMISRATA, Libya (AP) - Rebels took the port.")
>>> p.headline_lines, p.dateline.agency, p.body
(1, 'AP', 29)
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from libya_events.model import Span
from libya_events.text._segment import fold, paragraphs

__all__ = ["Dateline", "Preamble", "find_dateline", "find_preamble"]


@frozen
class Dateline:
    """The wire-copy dateline ("TRIPOLI (Reuters) -"): its span, its place names (none in
    "(Reuters) -") and its agency."""

    span: Span
    places: tuple[Span, ...]
    agency: str | None


@frozen
class Preamble:
    """What comes before an article's body.

    ``body`` is where the body starts (0 with no preamble): the lines before it are the
    headline (``headline_lines`` of them: kept for who and where, never an event) and
    ``notes``: bylines, publication lines and photo credits, which are no prose at all.
    ``dateline`` is the dateline, at the head of the body or on a line of its own.
    """

    body: int
    headline_lines: int
    notes: tuple[Span, ...]
    dateline: Dateline | None


PREAMBLE_LINES = 6
"""Leading lines (at most) that can be a preamble."""
HEADLINE_LINES = 4
"""Preamble lines (at most) that can be a headline or a release's header."""
PREAMBLE_LINE_CHARS = 200
"""A longer line is body text; the patterns here only ever read one line of at most this
many characters (the body's first line is read no further)."""
PREAMBLE_SCAN_CHARS = 4000
"""Leading characters read for the preamble."""
HEADLINE_END = frozenset(".!?\"'\u201d\u2019:;,")
"""Characters that close a line of body text; a line without one can be a headline."""

_AGENCY = r"(?:Reuters|REUTERS|AP|AFP|Xinhua|XINHUA|Anadolu|ANA|dpa|DPA|UPI|IANS|LANA|Libya\s+Observer|Libya\s+Herald)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:\.|day\b|(?=[\s,]))|(?:Wednes|Satur)day\b"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:(?:{_WEEKDAY}),?\s+)?(?:{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})(?!\w)"
)
_PLACE = r"[A-Z][\w.'-]+(?:[ \t](?:al-|el-|de[ \t]|du[ \t])?[A-Z][\w.'-]+){0,3}"
_PLACES = rf"{_PLACE}(?:[ \t]*+(?:/|\band\b|&)[ \t]*+{_PLACE})*+"

_DATELINE = re.compile(
    rf"""[ \t]*(?:(?P<agency1>{_AGENCY})[ \t]*,[ \t]*)?
    (?:(?P<date1>{_DATE})[ \t]*,[ \t]*)?
    (?P<places>{_PLACES})
    (?P<tail>(?:[ \t]*,[ \t]*(?:{_DATE}|[A-Z][A-Za-z]+\.?(?:[ \t][A-Z][A-Za-z]+)?))*+)
    (?:,?[ \t]*[(\[](?P<agency2>[^)\]\n]{{1,30}})[)\]](?:,?[ \t]*(?P<date2>{_DATE}))?)?
    (?P<end>[ \t]*(?:-+|:)[ \t]*|[ \t]*$)""",
    re.VERBOSE | re.MULTILINE,
)
"""A dateline, ended by a dash or colon (then the body) or by the end of its line; its date may
stand before the places, among them ("TRIPOLI, 4 April 2019 (Agency) -") or after the agency
("TRIPOLI (Agency) 4 April 2019 -")."""
_GLUED = re.compile(rf"[ \t]*(?P<date1>{_DATE}),[ \t]*(?P<places>{_PLACE}(?:,[ \t]*{_PLACE})*?)(?=[A-Z])")
"""A dated dateline glued to the body by a scrape ("22 March 2024, Rome, ItalyGeo Barents ...")."""
_AGENCY_ONLY = re.compile(rf"[(\[](?P<agency2>{_AGENCY})[)\]][ \t]*(?:-+|:)[ \t]*")
"""A dateline that only names the agency ("(Reuters) - ")."""
_DATED = re.compile(_DATE)
_MONTH_WORD = re.compile(rf"(?:{_MONTH}|{_WEEKDAY})\Z")
_PLACE_PART = re.compile(r"[A-Z][\w.'-]*(?:[ \t](?:al-|el-|de[ \t]|du[ \t])?[A-Z][\w.'-]*)*")
_AGENCY_WORD = re.compile(rf"{_AGENCY}\Z")
_NOT_PLACES = frozenset({"AND", "THE", "IN", "BRIEF", "LIVE", "UPDATE", "BREAKING"})

_FUNCTION_WORDS = r"(?:and|of|the|at|on|in|as|by|for|from|local|time|am|pm|a\.m\.|p\.m\.)"
_DATE_LINE = re.compile(
    rf"""[ \t]*(?:(?:As[ \t]+of|Published|First[ \t]+published|Last[ \t]+updated|Updated|Posted|Issued|Modified|Date)\b
        [: \t]*(?:on\b|at\b)?)?
    (?:{_DATE}|(?:{_WEEKDAY})|\d{{1,2}}[:.]\d{{2}}|[,|/\u00b7:()+-]|[A-Z][\w.'&-]*|\d+|{_FUNCTION_WORDS}\b|[ \t]+)*+$""",
    re.VERBOSE,
)
"""A publication or source line: dates, times, names and separators only."""
SOURCE_WORDS = 3
"""Capitalised words (at most) besides dates and times in a publication line ("Reuters", "Ahram Online")."""
_CAPITALISED = re.compile(r"[A-Z][\w.'&-]*")
_TIME_WORDS = frozenset(
    {"GMT", "UTC", "AM", "PM", "As", "Published", "Updated", "Last", "First", "Posted", "Date", "Issued"}
)
_PUBLISHED = re.compile(
    r"[ \t]*(?:Published|First[ \t]+published|Last[ \t]+updated|Updated|Posted|Issued|Modified)\b"
)
_HAS_DATE = re.compile(rf"{_DATE}|(?<!\w)(?:{_WEEKDAY})|\d{{1,2}}[:.]\d{{2}}\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?)")
_BYLINE = re.compile(
    r"[ \t]*By[ \t]+[A-Z][\w.'-]*+(?:[ \t]*+(?:[,&|]|\b(?:and|in|for|of|the)\b)?[ \t]*+(?:[ae]l-)?+[A-Z][\w.'-]*+)*+[ \t]*$"
)
"""A byline: "By" and names ("By Jane Doe and John Roe, Reuters"); a surname may open with the
Arabic article ("By Hana al-Mismari, Sirte")."""
_SIGNATURE = re.compile(
    r"[ \t]*[A-Z][\w.'-]+(?:[ \t]+[A-Z][\w.'-]+){1,3}[ \t]*,?"
    r"(?:[ \t]+(?:[A-Z][\w'-]*|senior|chief|foreign|security|defence|defense|political|staff|special|freelance)){0,2}"
    r"[ \t]+(?:editor|correspondent|reporter|writer|journalist|contributor)s?"
    r"(?:[ \t]+(?:in|for|at)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*)?[ \t]*$"
)
"""A byline without "By": a name and a reporter's title ("Jane Roe, North Africa correspondent")."""
_SOURCE = re.compile(
    rf"[ \t]*(?:{_AGENCY}|Agencies|News[ \t]+agencies|(?:[A-Z][\w]+[ \t]+){{1,3}}Staff)"
    rf"(?:[ \t]*(?:/|,|&|\band\b)[ \t]*(?:{_AGENCY}|(?:news[ \t]+)?agencies))*+[ \t]*$"
)
"""A line that only names the agency ("AFP", "Reuters/AP", "Agencies")."""
_CREDIT = re.compile(
    r"[ \t]*(?:FILE[ \t]+PHOTO|File[ \t]+photo|PHOTO|Photo|Photograph|Image|Picture|Caption|"
    r"(?:Photo|Image)[ \t]+credit|Credit)[ \t]*:(?:(?:[ \t]*+(?:[A-Z][\w.'-]*+|[/|,&]))*+[ \t]*$)?"
    r"|[(\[](?:(?:Photo|Image|Picture|File)[^)\]\n]{0,40}|[^)\]\n]{0,40}(?:Getty|REUTERS|Reuters|AFP|EPA|Anadolu)"
    r"[^)\]\n]{0,40})[)\]][ \t]*$"
    r"|\b(?:REUTERS|AFP|AP|EPA|Anadolu|Getty[ \t]Images)[ \t]*/[ \t]*[A-Z][^\n]{0,60}$"
)
"""A photo caption's label or credit ("FILE PHOTO:", "(Photo: AFP)", "REUTERS/Jane Doe")."""


def find_dateline(text: str) -> Dateline | None:
    """The article's dateline, at the top or at the head of the body after a preamble, or None.

    >>> find_dateline("TRIPOLI, April 5 (Reuters) - Forces advanced.").agency
    'Reuters'
    """
    return find_preamble(text).dateline


@functools.lru_cache(maxsize=64)  # more than a batch of Parser.pipe (32), whose stages each ask
def find_preamble(text: str) -> Preamble:
    """The preamble of ``text``: its leading headline lines, notes and dateline (see :class:`Preamble`)."""
    folded = fold(text[:PREAMBLE_SCAN_CHARS])
    lines = [_trimmed(folded, p) for p in paragraphs(folded)[: PREAMBLE_LINES + 1]]
    notes: list[Span] = []
    titles = 0
    standfirst = _standfirst_end(folded, lines)
    for k, line in enumerate(lines[:PREAMBLE_LINES]):
        last = k == len(lines) - 1
        if line.end - line.start > PREAMBLE_LINE_CHARS or last:
            found = _body(text, folded, line, titles, notes)
            glued = _glued_headline(text, folded, line) if k == 0 and _loose(folded, found) else None
            return found if glued is None else Preamble(glued.span.start, 1, (), glued)
        whole = _whole_line_dateline(text, folded, line)
        if whole is not None:
            body = k + 1
            while body < len(lines) - 1 and _BYLINE.match(folded, lines[body].start, lines[body].end):
                notes.append(lines[body])  # "Tripoli, 27 July 2014:" then "By Jane Doe"
                body += 1
            return Preamble(lines[body].start, titles, tuple(notes), whole)
        if _is_note(folded, line):
            notes.append(line)
            continue
        if titles < HEADLINE_LINES and (k < standfirst or _is_title(folded, line)):
            titles += 1
            notes.extend(_credits(folded, line))
            continue
        return _body(text, folded, line, titles, notes)
    body = lines[PREAMBLE_LINES].start if len(lines) > PREAMBLE_LINES else len(text)
    return Preamble(body, titles, tuple(notes), None)


def _trimmed(folded: str, line: Span) -> Span:
    """A line without the spaces (and carriage return) around it."""
    start, end = line.start, line.end
    while end > start and folded[end - 1].isspace():
        end -= 1
    while start < end and folded[start].isspace():
        start += 1
    return Span._unchecked(start, end)  # 0 <= start <= end: a valid line, trimmed


def _standfirst_end(folded: str, lines: list[Span]) -> int:
    """The index of the preamble's last byline or publication line ("By ...", "Published ...");
    the short lines before it are the headline and standfirst, even a standfirst that is a
    full sentence."""
    end = 0
    for k, line in enumerate(lines[: PREAMBLE_LINES - 1]):
        if line.end - line.start > PREAMBLE_LINE_CHARS or _BULLET.match(folded, line.start, line.end):
            break
        if (
            _BYLINE.match(folded, line.start, line.end)
            or _SIGNATURE.match(folded, line.start, line.end)
            or (_PUBLISHED.match(folded, line.start, line.end) and _is_note(folded, line))
        ):
            end = k
    return end


def _body(text: str, folded: str, line: Span, titles: int, notes: list[Span]) -> Preamble:
    return Preamble(line.start, titles, tuple(notes), _dateline_at(text, folded, line))


_BULLET = re.compile(r"[ \t]*[-*\u2022\u25aa\u25cf][ \t]")
"""A list item's mark: a bullet is body text, never a headline."""


def _is_title(folded: str, line: Span) -> bool:
    """A short line with no closing punctuation (a headline, standfirst or caption)."""
    if _BULLET.match(folded, line.start, line.end):
        return False
    return (
        folded[line.end - 1] not in HEADLINE_END
        or _CREDIT.search(folded, line.start, line.end) is not None
        or _closed_title(folded, line)
    )


TITLE_CLOSES = frozenset("?!\"'")
"""Marks a headline may end with (a question, an exclamation, a quotation's close)."""
TITLE_WORDS = 16
"""Words (at most) of a headline that ends with a question mark or a quotation."""


def _closed_title(folded: str, line: Span) -> bool:
    """A short line of one sentence that ends with a question or exclamation mark or a closing
    quotation mark, with no full stop, comma or colon before it ("Can the rebels hold X?",
    'Rebels vow to "march on X"'): a headline, not the body's first sentence."""
    if folded[line.end - 1] not in TITLE_CLOSES:
        return False
    words = folded[line.start : line.end].rstrip("\"'")
    if not words or words[-1] in ".,;:" or len(words.split()) > TITLE_WORDS:
        return False
    return _SENTENCE_END.search(folded, line.start, line.end) is None


def _is_note(folded: str, line: Span) -> bool:
    """A byline, or a publication or source line (dates, times, names and separators only)."""
    if any(p.match(folded, line.start, line.end) for p in (_BYLINE, _SIGNATURE, _SOURCE)):
        return True
    if _labelled_date(folded, line):
        return True
    if _DATE_LINE.match(folded, line.start, line.end) is None:
        return False
    if _HAS_DATE.search(folded, line.start, line.end) is None:
        return False
    words = _CAPITALISED.findall(folded, line.start, line.end)
    return sum(1 for w in words if w not in _TIME_WORDS and not _MONTH_WORD.match(w)) <= SOURCE_WORDS


LABEL_WORDS = 6
"""Words (at most) of a label before a date line's bar ("Policy brief | 14 August 2024")."""


def _labelled_date(folded: str, line: Span) -> bool:
    """A short label of words, a bar, then a date line: "Policy brief | 14 August 2024", "From
    our correspondent in Ajdabiya | Saturday 25 February 2012"."""
    bar = folded.find("|", line.start, line.end)
    if bar < 0:
        return False
    words = folded[line.start : bar].split()
    if not 0 < len(words) <= LABEL_WORDS or not all(
        w.replace("-", "").replace("'", "").isalpha() for w in words
    ):
        return False
    rest = Span(bar + 1, line.end)
    return (
        _DATE_LINE.match(folded, rest.start, rest.end) is not None
        and _HAS_DATE.search(folded, rest.start, rest.end) is not None
    )


def _credits(folded: str, line: Span) -> list[Span]:
    """The label and credit of a photo caption ("FILE PHOTO:", "(Photo: AFP)"): no prose."""
    return [Span(m.start(), m.end()) for m in _CREDIT.finditer(folded, line.start, line.end)]


def _whole_line_dateline(text: str, folded: str, line: Span) -> Dateline | None:
    """A dateline alone on its line ("Tripoli, 26 April 2015:", "Reuters, TOBRUK, Libya")."""
    m = _DATELINE.match(folded, line.start, line.end)
    if m is None or m.end() != line.end or not (_dated(m) or _agency(m) or _placed(m)):
        return None
    return _make(text, m)


def _dateline_at(text: str, folded: str, line: Span) -> Dateline | None:
    """A dateline at the head of the body's first line, followed by its text."""
    stop = min(line.end, line.start + PREAMBLE_LINE_CHARS)  # a dateline is short: its patterns see no more
    m = _DATELINE.match(folded, line.start, stop)
    if m is not None and m.end() < line.end and _ends_dateline(m.group("end")) and _strong(folded, m):
        return _make(text, m)
    a = _AGENCY_ONLY.match(folded, line.start, stop)
    if a is not None and a.end() < line.end:
        return Dateline(Span(a.start(), a.end()), (), a.group("agency2"))
    g = _GLUED.match(folded, line.start, stop)
    if g is not None and folded[g.end() - 1].islower():
        return _make(text, g)
    return None


GLUED_HEADLINE_CHARS = 300
"""How far into a text without line breaks a dateline may stand after a glued headline."""
_AGENCY_MARK = re.compile(rf"[(\[](?:{_AGENCY})[)\]][ \t]*(?:-+|:)[ \t]*")
_WORD_START = re.compile(r"(?<=[ \t])[A-Z(\[]")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?[ \t]+[A-Z\"'\u201c]")


def _glued_headline(text: str, folded: str, line: Span) -> Dateline | None:
    """A wire dateline inside the first line of a text whose line breaks were lost: a headline,
    then "TRIPOLI, Jan 5 (Reuters) -" (places in capitals, an agency in brackets and a dash),
    "(Reuters) -" or "ISTANBUL -" (places in capitals and a spaced dash), then the body. The
    words before it are the headline."""
    stop = min(line.end, line.start + GLUED_HEADLINE_CHARS)
    mark = _AGENCY_MARK.search(folded, line.start, stop) or _SPACED_DASH.search(folded, line.start, stop)
    if mark is None or mark.end() >= line.end:
        return None
    first_end = _SENTENCE_END.search(folded, line.start, mark.start())
    agency = mark.re is _AGENCY_MARK
    for w in _WORD_START.finditer(folded, line.start + 1, mark.start() + 1):
        if first_end is not None or len(folded[line.start : w.start()].split()) < MIN_HEADLINE_WORDS:
            continue
        if agency and w.start() == mark.start():
            return Dateline(Span(mark.start(), mark.end()), (), mark.group().strip("([)] \t-:"))
        m = _DATELINE.match(folded, w.start(), mark.end())
        if m is not None and m.end() == mark.end() and _capital_places(m, agency):
            after = folded[m.end() : m.end() + 1]
            return _make(text, m) if agency or after.isupper() or after in "\"'" else None
    return None


_SPACED_DASH = re.compile(r"[ \t]-+[ \t]")
"""A dash set off by spaces: where a dateline without an agency ends ("ISTANBUL - ")."""
GLUED_PLACE_LETTERS = 4
"""Letters (at least) of a glued dateline's capitals without an agency: a place ("SIRTE",
"ROME"), not an acronym in a headline ("LNA - GNA talks")."""


def _capital_places(m: re.Match[str], agency: bool) -> bool:
    """Places in capitals; without an agency, with no lower-case word in the dateline's tail
    (but a country: "BENGHAZI, Libya") and with enough letters to be a place's name."""
    places = m.group("places")
    if places.upper() != places:
        return False
    if agency:
        return True
    letters = sum(c.isalpha() for c in places)
    tail = m.group("tail")
    return (
        letters >= GLUED_PLACE_LETTERS
        and places not in _NOT_PLACES
        and (not tail or _COUNTRY_TAIL.match(tail) is not None or _DATED.search(tail) is not None)
    )


def _loose(folded: str, found: Preamble) -> bool:
    """No dateline at the head of the text, or one whose "place" mixes words in capitals with
    others ("Unity Forces Advance TRIPOLI"): a capitalised headline glued to the dateline."""
    if found.dateline is None:
        return True
    words = " ".join(folded[p.start : p.end] for p in found.dateline.places).split()
    caps = [w.upper() == w and any(c.isalpha() for c in w) for w in words]
    return any(caps) and not all(caps)


MIN_HEADLINE_WORDS = 3
"""Words (at least) before a glued dateline for them to be a headline."""


def _ends_dateline(end: str) -> bool:
    """A colon, or a dash set off by a space ("TRIPOLI -", not "GNA-aligned")."""
    mark = end.strip()
    return mark == ":" or (mark.startswith("-") and (end != mark or len(mark) > 1))


def _agency(m: re.Match[str]) -> bool:
    return bool(m.group("agency1") or m.group("agency2"))


_COUNTRY_TAIL = re.compile(r"[ \t]*,[ \t]*[A-Z][A-Za-z]+[ \t]*\Z")
"""A dateline's tail that is one word: the country ("TRIPOLI, Libya")."""


def _placed(m: re.Match[str]) -> bool:
    """Places in capitals and their country ("TRIPOLI, Libya")."""
    places = m.group("places")
    return places.upper() == places and _COUNTRY_TAIL.match(m.group("tail") or "") is not None


def _dated(m: re.Match[str]) -> bool:
    return bool(m.group("date1") or m.group("date2")) or _DATED.search(m.group("tail") or "") is not None


BARE_PLACE_WORDS = 3
"""Words (at most) of a mixed-case place with no date or agency ("Misrata - ")."""


def _strong(folded: str, m: re.Match[str]) -> bool:
    """All-capital places, a date or an agency; or a short place name (and its country), a
    spaced dash and a capital ("Misrata - Forces ...", "Tripoli, Libya - The ...")."""
    places = m.group("places")
    if places.upper() == places or _dated(m) or m.group("agency1") or m.group("agency2"):
        return True
    end = m.group("end")
    after = folded[m.end() : m.end() + 1]
    return (
        (not m.group("tail") or _COUNTRY_TAIL.match(m.group("tail")) is not None)
        and len(places.split()) <= BARE_PLACE_WORDS
        and end.strip().startswith("-")
        and end[:1].isspace()
        and (after.isupper() or after in "\"'")
    )


def _make(text: str, m: re.Match[str]) -> Dateline | None:
    start = m.start("places")
    places = [
        Span(start + p.start(), start + p.end())
        for p in _PLACE_PART.finditer(m.group("places"))
        if p.group() not in _NOT_PLACES
        and not _MONTH_WORD.match(p.group())
        and not _AGENCY_WORD.match(p.group())
    ]
    if not places:
        return None
    agency = m.groupdict().get("agency1") or m.groupdict().get("agency2")
    span_start = m.start() + len(m.group()) - len(m.group().lstrip())
    return Dateline(Span(span_start, m.end()), tuple(places), agency)

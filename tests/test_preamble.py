"""Article preambles: headline lines, bylines, publication lines, captions and the dateline.

Every text here is written for these tests; the wire styles are those of the agencies and
outlets that report on Libya (a dateline in capitals or not, with a date, an agency, a
country; on a line of its own or at the head of the body).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from libya_events import parse_article
from libya_events.text import find_dateline, find_preamble

BODY = "Forces loyal to the government entered Sirte on Monday, a military spokesman said."


def _dateline(text: str) -> tuple[str, list[str], str | None] | None:
    d = find_dateline(text)
    if d is None:
        return None
    return text[d.span.start : d.span.end].strip(), [text[p.start : p.end] for p in d.places], d.agency


@pytest.mark.parametrize(
    ("head", "places", "agency"),
    [
        ("TRIPOLI, April 5 (Reuters) - ", ["TRIPOLI"], "Reuters"),
        ("BENGHAZI, Libya (AP) \u2014 ", ["BENGHAZI"], "AP"),
        ("Tripoli (AFP) - ", ["Tripoli"], "AFP"),
        ("TRIPOLI, Libya, June 3, 2019 (AFP) - ", ["TRIPOLI"], "AFP"),
        ("TRIPOLI, May 2 (Xinhua) -- ", ["TRIPOLI"], "Xinhua"),
        ("ZAWIYA/GHARYAN, Libya - ", ["ZAWIYA", "GHARYAN"], None),
        ("ISTANBUL \u2013 ", ["ISTANBUL"], None),
        ("Misrata \u2013 ", ["Misrata"], None),
        ("Tripoli, Libya \u2013 ", ["Tripoli"], None),
        ("Geneva, 14 November 2021 - ", ["Geneva"], None),
        ("New York, 2 March 2022 \u2013 ", ["New York"], None),
        ("June 9, Ghat \u2014 ", ["Ghat"], None),
        ("BENGHAZI, Libya: ", ["BENGHAZI"], None),
        ("TOBRUK, LIBYA \u2014 ", ["TOBRUK"], None),
        ("(Reuters) - ", [], "Reuters"),
    ],
)
def test_a_dateline_heads_the_body_after_a_headline(head: str, places: list[str], agency: str | None) -> None:
    for preamble in ("", "Government forces enter Sirte\n", "Government forces enter Sirte\nBy Jane Roe\n\n"):
        text = preamble + head + BODY
        assert _dateline(text) == (head.strip(), places, agency), text
        assert find_preamble(text).body == len(preamble)


@pytest.mark.parametrize(
    "line",
    [
        "Tobruk, 7 July 2016:",
        "Tobruk and Derna, 7 July 2016:",
        "Tobruk, July 7, 2016",
        "TOBRUK, Libya",
        "TOBRUK, LIBYA",
        "Reuters, TOBRUK, Libya",
    ],
)
def test_a_dateline_on_a_line_of_its_own(line: str) -> None:
    text = f"Government forces enter Sirte\n{line}\n{BODY}"
    found = _dateline(text)
    assert found is not None
    assert found[0] == line
    assert "Tobruk" in found[1] or "TOBRUK" in found[1]
    assert find_preamble(text).body == text.index(BODY)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe",
        "By Jane Roe and Omar Said, Reuters",
        "By Omar Said in Tunis.",
        "Published 12 March 2020",
        "Last updated: 12 March 2020 10:45 GMT",
        "Published On 5 Apr 2019",
        "Reuters , Sunday 10 Jun 2012",
        "Saturday 4 June 2022",
        "3 February 2016:",
        "As of 1 May 2023",
        "Jane Roe, North Africa correspondent",
        "Omar Said Diplomatic editor",
        "AFP",
        "Reuters/AP",
        "Al Jazeera Staff",
        "Omar Said |05.04.2019",
        "Issued on: 05/04/2019 - 10:45",
        "Sat 6 Apr 2019 13.43 BST",
        "Photo: Reuters",
        "Photograph: Jane Roe/AFP/Getty Images",
    ],
)
def test_bylines_and_publication_lines_are_notes(line: str) -> None:
    text = f"Government forces enter Sirte\n{line}\n{BODY}"
    p = find_preamble(text)
    assert [text[n.start : n.end] for n in p.notes] == [line]
    assert p.body == text.index(BODY)
    assert p.headline_lines in (1, 2)


def test_a_headline_naming_a_reporter_is_no_byline() -> None:
    text = f"Libyan army detains reporter in Tripoli\n{BODY}"
    assert find_preamble(text).notes == ()
    assert find_preamble(text).headline_lines == 1


def test_a_standfirst_before_a_byline_is_part_of_the_headline() -> None:
    text = (
        "Government forces enter Sirte\n"
        "The city fell after a week of fighting on its southern edge.\n"
        "By Jane Roe\n"
        f"{BODY}"
    )
    p = find_preamble(text)
    assert p.headline_lines == 2
    assert p.body == text.index(BODY)


def test_a_photo_caption_keeps_its_words_but_not_its_credit() -> None:
    text = (
        "Government forces enter Sirte\n"
        "FILE PHOTO: Fighters of the unity government near Sirte, Libya June 2, 2016. REUTERS/Jane Roe\n"
        f"{BODY}"
    )
    p = find_preamble(text)
    assert [text[n.start : n.end] for n in p.notes] == ["FILE PHOTO:", "REUTERS/Jane Roe"]
    assert p.headline_lines == 2
    assert p.body == text.index(BODY)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "GNA-aligned forces entered Sirte on Monday.\nThe town was calm.",
        "Haftar \u2013 the eastern commander \u2013 said his forces had entered Sirte.",
        "Sirte: forces entered the town on Monday.",
        "Clashes Erupt In Tripoli On Monday Night\n" + BODY,
        "Forces entered Sirte on Monday\n",
        "HAFTAR, SARRAJ AND THE UN ENVOY MEET\n" + BODY,
    ],
)
def test_prose_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_a_lone_unpunctuated_line_is_the_body_not_a_headline() -> None:
    assert find_preamble("Forces entered Sirte on Monday").body == 0
    assert find_preamble("Forces entered Sirte on Monday\nThe town was calm.").headline_lines == 1


def test_windows_line_ends_change_nothing() -> None:
    text = (
        "Government forces enter Sirte\nBy Jane Roe\nMISRATA, Libya (AP) - Rebels took the port.\nMore here."
    )
    crlf = text.replace("\n", "\r\n")
    assert find_preamble(crlf).headline_lines == 1
    assert crlf[find_preamble(crlf).body :].startswith("MISRATA")
    body = "Forces took the port.\r\nThey held it.\r\nThe town was calm.\r\n"
    assert find_preamble(body).body == 0


def test_bullets_are_body_not_headline() -> None:
    text = "Flash update on the floods\n- 5,000 people displaced in Derna\n- Roads to Soussa closed"
    assert find_preamble(text).body == text.index("- 5,000")


# ---------------------------------------------------------------- through the parser


@pytest.mark.parametrize("city", ["ISTANBUL", "TUNIS", "ANKARA"])
def test_the_dateline_city_after_a_headline_is_a_place_not_a_speaker(city: str) -> None:
    text = (
        "Ankara says more advisers sent to Libya\n\n"
        f"{city} \u2013 Turkey's defence minister said Tuesday that more military advisers had been sent to Tripoli.\n\n"
        "The advisers arrived in Tripoli on Monday, the minister said."
    )
    article = parse_article(text, published="2020-01-07")
    assert city not in {a.name for a in article.actors}
    # one minister speaks both times (named "Turkey's defence minister" where Turkey is found,
    # an office of a state; "the minister" takes it up); the dateline city never does
    speakers = [s.speaker for s in article.statements]
    assert len(speakers) == 2
    assert len(set(speakers)) == 1
    assert speakers[0].endswith("minister")
    assert any(loc.name.upper() == city for loc in article.locations)


def test_the_agency_of_a_dateline_with_no_place_is_no_actor() -> None:
    text = (
        "Unity forces take Tarhuna\n"
        "(Reuters) - Forces of the unity government took the town of Tarhuna on Friday.\n"
        "More fighting was reported."
    )
    assert "Reuters" not in {a.name for a in parse_article(text, published="2020-06-06").actors}


def test_a_byline_and_a_publication_line_add_no_actor() -> None:
    text = (
        "Unity forces take Tarhuna\n"
        "By Khalid Mansour, Reuters\n"
        "Published 6 June 2020\n"
        "Forces of the unity government took the town of Tarhuna on Friday, a spokesman said."
    )
    article = parse_article(text, published="2020-06-06")
    names = {a.name for a in article.actors}
    assert "Khalid Mansour" not in names
    assert "Reuters" not in names


def test_a_headline_after_which_a_dateline_comes_is_not_a_second_movement() -> None:
    text = (
        "Unity forces take Tarhuna\n\n"
        "TRIPOLI, June 5 (Reuters) - Forces of the unity government took the town of Tarhuna on Friday."
    )
    article = parse_article(text, published="2020-06-06")
    assert len(article.movements) == 1
    assert article.movements[0].span.start > text.index("TRIPOLI")


_WIRE_DATELINES = [
    ("TRIPOLI, June 5 (Reuters) - ", ["TRIPOLI"], "Reuters"),
    ("SIRTE, Libya (AP) \u2014 ", ["SIRTE"], "AP"),
    ("ZAWIYA/GHARYAN, Libya, June 5 (AFP) - ", ["ZAWIYA", "GHARYAN"], "AFP"),
    ("(Reuters) - ", [], "Reuters"),
    ("ISTANBUL \u2013 ", ["ISTANBUL"], None),
    ("BENGHAZI, Libya, June 5 - ", ["BENGHAZI"], None),
]


@pytest.mark.parametrize(("head", "places", "agency"), _WIRE_DATELINES)
def test_a_wire_dateline_after_a_headline_glued_to_it_starts_the_body(
    head: str, places: list[str], agency: str | None
) -> None:
    """A scrape that lost the line breaks: "<headline> TRIPOLI, June 5 (Reuters) - <body>"."""
    headline = "Unity forces take Tarhuna after a week of fighting "
    text = headline + head + BODY
    assert _dateline(text) == (head.strip(), places, agency)
    preamble = find_preamble(text)
    assert (preamble.body, preamble.headline_lines) == (len(headline), 1)


@pytest.mark.parametrize(
    "text",
    [
        "Forces took the port. Officials in SIRTE (AP) - a local agency - confirmed it.",
        "Port taken (Reuters) - officials said.",  # two words are no headline
        "Forces loyal to the government entered Sirte on Monday, the AP (Reuters) said.",
    ],
)
def test_an_agency_in_brackets_inside_prose_is_no_glued_dateline(text: str) -> None:
    assert find_preamble(text).body == 0
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Forces advance on the city of SIRTE - residents flee as shells land near the port.",
        "Talks between LNA - GNA delegations stall again as envoys leave Geneva for the weekend.",
    ],
)
def test_capitals_and_a_dash_inside_a_headline_are_no_glued_dateline(text: str) -> None:
    """Without an agency, a glued dateline is a place's name in capitals ("ISTANBUL - "), not an
    acronym, followed by the body's capital; a capitalised place name in a sentence-case
    headline is no dateline when the headline runs on in lower case ("... SIRTE - residents")."""
    assert find_dateline(text) is None
    assert find_preamble(text).body == 0


def test_a_glued_headline_is_not_a_second_movement() -> None:
    text = (
        "Unity forces take Tarhuna TRIPOLI, June 5 (Reuters) - Forces of the unity government "
        "took the town of Tarhuna on Friday."
    )
    article = parse_article(text, published="2020-06-06")
    assert len(article.movements) == 1
    assert article.movements[0].span.start > text.index("TRIPOLI")
    assert "Reuters" not in {a.name for a in article.actors}


def test_a_standfirst_statement_adds_nothing_before_a_byline() -> None:
    text = (
        "Spokesman says town taken\n"
        "Mohamed Gnono said the units had reached the centre of Tarhuna.\n"
        "By Jane Roe\n"
        "A military spokesman said the unity forces had taken the town of Tarhuna."
    )
    found = parse_article(text, published="2020-06-06").statements
    assert len(found) == 1
    assert found[0].span.start > text.index("By Jane")


# ---------------------------------------------------------------- properties

_HEADLINES = st.sampled_from(
    [
        "Forces advance on the capital",
        "UN envoy urges calm in Tripoli",
        "By Jane Roe",
        "Published 3 May 2021",
        "Monday 3 May 2021",
        "PRESS RELEASE",
        "Rival governments trade blame over blackout",
    ]
)
_DATELINES = st.sampled_from(
    [
        "TRIPOLI, May 3 (Reuters) - ",
        "SIRTE, Libya (AP) \u2014 ",
        "Benghazi (AFP) - ",
        "Geneva, 3 May 2021 - ",
        "MISRATA \u2013 ",
        "May 3, Kufra \u2014 ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_HEADLINES, max_size=3), _DATELINES, st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_a_dateline_is_found_after_any_short_preamble(lines: list[str], dateline: str, sep: str) -> None:
    head = "".join(line + sep for line in lines)
    text = head + dateline + BODY
    found = find_dateline(text)
    assert found is not None
    assert text[found.span.start : found.span.end] == dateline
    assert find_preamble(text).body == len(head)
    for place in found.places:
        assert found.span.start <= place.start < place.end <= found.span.end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["forces", "advance", "on", "the", "capital", "Unity", "Rival", "port"]),
        min_size=3,
        max_size=9,
    ),
    st.sampled_from(_WIRE_DATELINES),
)
def test_a_wire_dateline_is_found_after_any_glued_headline(
    words: list[str], dateline: tuple[str, list[str], str | None]
) -> None:
    """Any headline in sentence case; one of four capitalised words alone before "(Reuters) -"
    reads as a place ("New York (Reuters) -"), which text alone cannot tell apart."""
    assume(any(w.islower() for w in words))
    head, places, agency = dateline
    headline = " ".join(words) + " "
    text = headline + head + BODY
    found = find_dateline(text)
    assert found is not None
    assert (text[found.span.start : found.span.end], found.agency) == (head, agency)
    assert [text[p.start : p.end] for p in found.places] == places
    assert find_preamble(text).body == len(headline)


@settings(max_examples=300, deadline=dt.timedelta(seconds=5))
@given(st.text(max_size=400))
def test_the_preamble_never_raises_and_its_spans_slice_the_text(text: str) -> None:
    p = find_preamble(text)
    assert 0 <= p.body <= len(text)
    for note in p.notes:
        assert 0 <= note.start < note.end <= len(text)
        assert text[note.start : note.end].strip()
    if p.dateline is not None:
        span = p.dateline.span
        assert 0 <= span.start < span.end <= len(text)
        assert all(span.start <= q.start < q.end <= span.end for q in p.dateline.places)


@settings(max_examples=200, deadline=dt.timedelta(seconds=5))
@given(st.lists(st.text(alphabet="ABCDEFGHIJ abcdefghij,:-/()0123456789\u2013\n", max_size=80), max_size=8))
def test_the_preamble_of_line_noise_never_raises(lines: list[str]) -> None:
    text = "\n".join(lines)
    p = find_preamble(text)
    assert 0 <= p.body <= len(text)


# ---------------------------------------------------------------- whole articles

_EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
_PREAMBLES = [
    "Report from the front line\nBy Jane Roe and Omar Said\nPublished 5 May 2020 10:30 GMT\n\n",
    "Report from the front line\n\nJane Roe, North Africa correspondent\nSat 5 May 2020 10.30 BST\n",
    "Report from the front line\nA standfirst that restates what the story says.\nBy Jane Roe\n",
]


def _records(
    text: str,
) -> tuple[list[str], list[str], list[tuple[str | None, str]], list[tuple[str | None, str]]]:
    a = parse_article(text, published="2020-05-05")
    return (
        sorted({x.name for x in a.actors}),
        sorted({x.name for x in a.locations}),
        sorted((m.actor, m.kind.value) for m in a.movements),
        sorted((s.speaker, s.text) for s in a.statements),
    )


@pytest.mark.parametrize("path", _EXAMPLES, ids=lambda p: p.name)
def test_a_preamble_before_an_article_changes_none_of_its_records(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    alone = _records(text)
    for preamble in _PREAMBLES:
        assert _records(preamble + text) == alone, preamble

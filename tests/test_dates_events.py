"""How movements get their dates: year words and seasons, background clauses, onset
participles, and the article's own date line when no published date is passed."""

from __future__ import annotations

import datetime as dt

import pytest

from libya_events import Parser

PARSER = Parser()


def dated(text: str, published: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """(trigger, destination or else origin, ISO date) of each movement."""
    article = PARSER.parse(text, published=published)
    out = []
    for m in article.movements:
        place = m.destination or m.origin
        out.append(
            (m.trigger.text, None if place is None else place.name, None if m.date is None else m.date.iso)
        )
    return out


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Forces loyal to the government pulled out of Sirte in June last year.",
            "2020-09-03",
            [("pulled out", "Sirte", "2019-06")],
        ),
        (
            "The Libyan National Army captured Gharyan on 2 April of last year.",
            "2020-09-03",
            [("captured", "Gharyan", "2019-04-02")],
        ),
        (
            "Libya Dawn, a coalition of militias, took over Tripoli last summer.",
            "2015-05-21",
            [("took over", "Tripoli", "2014-06-01/2014-08-31")],
        ),
    ],
)
def test_a_year_word_or_a_season_dates_the_move(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dated(text, published) == expected


def test_a_move_in_a_relative_clause_lends_no_date_to_later_sentences() -> None:
    text = (
        "Forces of the Libyan National Army captured Sirte on Sunday. The unity government that "
        "arrived in Tripoli in March has condemned the offensive.\n\n"
        "The Libyan National Army then advanced on Misrata."
    )
    got = {(t, d): iso for t, d, iso in dated(text, "2016-06-07")}
    assert got[("arrived", "Tripoli")] == "2016-03"  # its own date stays
    assert got[("advanced", "Misrata")] == "2016-06-05"  # the story's date, not the background's


def test_a_starting_participle_dates_the_move_above_it() -> None:
    text = "Army units attacked the district around Jufra from several directions starting late on Thursday."
    assert dated(text, "2017-06-04") == [("attacked", "Jufra", "2017-06-01")]


def test_the_articles_date_line_is_the_reference_without_a_published_date() -> None:
    text = (
        "Rebels press west\nTripoli, March 5, 2011\nRebel fighters entered Zawiya on Friday, witnesses said."
    )
    article = PARSER.parse(text)
    assert article.published == dt.date(2011, 3, 5)
    assert [m.date.iso for m in article.movements if m.date is not None] == ["2011-03-04"]
    assert PARSER.parse(text, published="2011-03-09").published == dt.date(2011, 3, 9)  # the caller's wins


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters entered Zawiya on Friday, witnesses said.",  # no date line
        "Rebels press west\nTripoli, March 5\nRebel fighters entered Zawiya on Friday.",  # no year
        "Rebels press west\nTripoli, March 5, 2191\nRebel fighters entered Zawiya on Friday.",  # the future
    ],
)
def test_no_reference_date_without_a_full_stated_date(text: str) -> None:
    assert PARSER.parse(text).published is None

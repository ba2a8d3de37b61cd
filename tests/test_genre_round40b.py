"""Round 40b: a capital named by its nationality, and the place a purpose's object stands in.

"Haftar travelled to the Russian capital": a foreign capital named only through its country's
nationality word is that country's capital in the gazetteer (``extraction._capitals``), so the
trip has a destination even where the capital's own name comes later or never. "The Libyan
capital" and "the capital" stay the gazetteer's own aliases for Tripoli.

"The army sent troops to guard the warehouse in Benghazi": a force sent for a purpose goes where
the purpose's object stands, when that object is no place of its own ("the warehouse", "the oil
fields") and a preposition of place on it names one (``PURPOSE_OBJECT_PREPS`` in
``extraction._movements``).

"Rome, which has its own channels to Tripoli, said ...": a capital standing for its government
still acts when a non-restrictive relative clause comes between it and its verb
(``Parser._RELATIVE_NEXT`` in ``extraction._pipeline``); a capital after a preposition ("flew to
Moscow, which ...") stays a place.

'Macron called the meeting "a historic step" and said the leaders had "agreed to work
together"': a quote that is a verb's object and words quoted in a later speech verb's clause are
two statements, not one joined quote (SCHEMA: a new speech verb starts a new statement;
``_runs_by_clause`` in ``extraction._statements``); words quoted inside a reported clause that is
not mostly quotation stay in the reported statement only. A quote going on after "so that", or
split around its attribution, stays one.
"""

from __future__ import annotations

from libya_events import parse_article


def _trips(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.actor or "", m.kind.value, m.destination.name if m.destination else None)
        for m in parse_article(text, published="2020-01-10").movements
    ]


def _places(text: str) -> list[str]:
    return [p.name for p in parse_article(text, published="2020-01-10").locations]


def test_the_russian_capital_is_moscow() -> None:
    text = "Haftar travelled to the Russian capital twice last year."
    assert _trips(text) == [("Khalifa Haftar", "travel", "Moscow")]


def test_other_nationalities_name_their_capitals() -> None:
    assert _trips("A delegation flew to the Egyptian capital on Monday for talks.") == [
        ("delegation", "travel", "Cairo")
    ]
    assert _places("Bashagha held talks in the Turkish capital on Friday.") == ["Ankara"]


def test_the_capital_alone_is_still_tripoli() -> None:
    assert _places("Fighters from Misrata reached the capital on Sunday.") == ["Misrata", "Tripoli"]


def test_the_libyan_capital_is_left_to_the_gazetteer() -> None:
    assert _places("The minister returned to the Libyan capital on Sunday.") == ["Tripoli"]


def test_a_capital_ship_is_no_city() -> None:
    assert _places("The Russian capital ship sailed past Tobruk on Wednesday.") == ["Tobruk"]


def test_troops_sent_to_guard_a_building_in_a_town_go_to_the_town() -> None:
    text = "The army sent troops to guard the election warehouse in Benghazi after a raid."
    assert _trips(text) == [("army", "deploy", "Benghazi")]


def test_units_deployed_to_protect_fields_near_a_town() -> None:
    text = "The LNA deployed police units to protect the oil fields near Ubari."
    assert _trips(text) == [("Libyan National Army", "deploy", "Ubari")]


def test_a_place_on_the_purpose_verb_itself_is_not_the_objects() -> None:
    text = "The LNA sent troops to guard the warehouse after a raid in Benghazi."
    assert _trips(text) == [("Libyan National Army", "deploy", None)]


def _speakers(text: str) -> list[str]:
    return [st.speaker or "" for st in parse_article(text, published="2020-01-10").statements]


def test_a_capital_speaks_across_a_relative_clause() -> None:
    text = "Rome, which keeps its own channels to Misrata, said it backed a vote only when security allowed."
    assert _speakers(text) == ["Rome"]


def test_a_capital_warns_across_a_whose_clause() -> None:
    text = "Cairo, whose army is massed at the border, has said Sirte is a red line."
    assert _speakers(text) == ["Cairo"]


def test_a_capital_after_a_preposition_stays_a_place() -> None:
    text = "He flew to Moscow, which he visited twice, said his aides."
    assert "Moscow" not in _speakers(text)
    assert _places(text) == ["Moscow"]


def _statements(text: str) -> list[tuple[str, bool, str]]:
    return [
        (st.speaker or "", st.direct, st.text)
        for st in parse_article(text, published="2020-01-10").statements
    ]


def test_an_object_quote_and_a_later_said_quote_are_two_statements() -> None:
    text = 'Macron called the meeting "a turning point" and said the leaders had "agreed to cooperate".'
    assert _statements(text) == [
        ("Emmanuel Macron", True, "a turning point"),
        ("Emmanuel Macron", True, "agreed to cooperate"),
    ]


def test_a_warning_after_a_labelled_offensive_is_its_own_statement() -> None:
    text = 'Erdogan called the offensive "a serious error" and warned that Ankara would "not stay silent".'
    assert [t for _, _, t in _statements(text)] == ["a serious error", "not stay silent"]


def test_words_quoted_in_a_reported_clause_stay_in_it() -> None:
    text = 'The envoy described the meeting as "a useful first step" and said both delegations had "shown flexibility".'
    assert _statements(text) == [
        ("envoy", True, "a useful first step"),
        ("envoy", False, 'both delegations had "shown flexibility"'),
    ]


def test_a_quote_going_on_after_so_that_stays_one() -> None:
    text = 'The council urged "every side to hold fire" so that "the wounded can be moved to hospitals".'
    assert [t for _, d, t in _statements(text) if d] == [
        "every side to hold fire the wounded can be moved to hospitals"
    ]


def test_a_quote_split_around_its_attribution_stays_one() -> None:
    text = '"We will hold the line," the commander said, "until the last of our men is out."'
    assert [t for _, _, t in _statements(text)] == ["We will hold the line until the last of our men is out"]

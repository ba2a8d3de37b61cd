"""Round 34a: classes found by four blind genre articles (genre-117..120)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _moves(
    parser: Parser, text: str, published: str = "2021-07-30"
) -> list[tuple[str | None, str, str | None]]:
    article = parser.parse(text, published=published)
    return [
        (m.actor, m.kind.value, m.destination.name if m.destination is not None else None)
        for m in article.movements
    ]


# ---------------------------------------------------------------- "moved back": a side withdraws, people return


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Units of the Libyan National Army moved back toward Sirte on Thursday.", None),
        ("The Misrata brigades moved back from Abu Grein on Tuesday after the truce.", "Abu Grein"),
        ("On Sunday the 9th Brigade moved back to Tarhuna, leaving its forward posts empty.", None),
    ],
)
def test_armed_side_moving_back_withdraws(parser: Parser, text: str, origin: str | None) -> None:
    movements = parser.parse(text, published="2021-07-30").movements
    assert [m.kind.value for m in movements] == ["withdraw"]
    assert (movements[0].origin.name if movements[0].origin is not None else None) == origin


def test_people_moving_back_travel(parser: Parser) -> None:
    moves = _moves(parser, "Hundreds of families moved back to Sirte on Monday once the shelling stopped.")
    assert [(kind, dest) for _, kind, dest in moves] == [("travel", "Sirte")]


@pytest.mark.parametrize(
    "text",
    [
        "Within days the Samoud Brigade had moved back into the capital from Misrata.",
        "On Monday the 9th Brigade moved back into Tarhuna after a week away.",
    ],
)
def test_moving_back_into_a_place_is_a_return_not_a_withdrawal(parser: Parser, text: str) -> None:
    moves = _moves(parser, text, published="2019-06-01")
    assert [kind for _, kind, _ in moves] == ["deploy"]


def test_moving_forward_is_still_no_withdrawal(parser: Parser) -> None:
    moves = _moves(parser, "Units of the Libyan National Army moved forward toward Sirte on Thursday.")
    assert "withdraw" not in [kind for _, kind, _ in moves]


# ---------------------------------------------------------------- nationals and looters are collectives


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "About 3,000 Turkish nationals left Benghazi on Saturday aboard a chartered ship.",
            "Turkish nationals",
        ),
        ("Foreign nationals fled Sirte on Monday as the fighting spread.", "Foreign nationals"),
        ("Dozens of expatriates left Tripoli on Friday by road.", "expatriates"),
    ],
)
def test_nationals_who_leave_are_a_collective(parser: Parser, text: str, actor: str) -> None:
    moves = _moves(parser, text, published="2011-02-27")
    assert [(kind, a) for a, kind, _ in moves] == [("withdraw", actor)]


def test_looters_are_a_collective(parser: Parser) -> None:
    article = parser.parse(
        "Looters burned the site office near Ajdabiya on Thursday.", published="2011-02-27"
    )
    assert "looters" in [a.name.lower() for a in article.actors]


# ---------------------------------------------------------------- the text's spelling of a transliterated name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LNA forces took Aziziya on Friday after a short battle.", "Aziziya"),
        ("Government troops were sent to Khums on Monday to guard the port.", "Khums"),
        ("The 9th Brigade withdrew to Asabaa on Sunday.", "Asabaa"),
    ],
)
def test_text_spelling_names_a_place_that_differs_only_by_article(
    parser: Parser, text: str, name: str
) -> None:
    article = parser.parse(text, published="2019-04-06")
    assert name in [loc.name for loc in article.locations]
    assert [m.destination.name for m in article.movements if m.destination is not None] == [name]


def test_other_spelling_is_the_texts_name(parser: Parser) -> None:
    # round 65: a spelling the gazetteer lists names the town as the text writes it
    article = parser.parse(
        "Government troops were sent to Khoms on Monday to guard the port.", published="2019-04-06"
    )
    assert [loc.name for loc in article.locations] == ["Khoms"]


# ---------------------------------------------------------------- airliners and ferries are sent by their owner


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("Britain sent a chartered airliner to Tripoli on Saturday to collect its citizens.", "Tripoli"),
        ("Italy sent a ferry to Misrata on Monday for the wounded.", "Misrata"),
        ("Turkey dispatched two airliners to Benghazi on Sunday.", "Benghazi"),
    ],
)
def test_airliner_or_ferry_sent_is_the_owners_deployment(parser: Parser, text: str, dest: str) -> None:
    moves = _moves(parser, text, published="2011-02-27")
    assert [(kind, d) for _, kind, d in moves] == [("deploy", dest)]


# ---------------------------------------------------------------- a convoy of goods is no side's; drivers travel


@pytest.mark.parametrize(
    "text",
    [
        "LNA units moved back toward Sirte on Thursday. "
        "The first convoy, some twenty trucks loaded with flour and fuel, set off from Misrata at dawn.",
        "GNA forces advanced on Tarhuna on Monday. The convoy, carrying food and medicine, reached Bani Walid at noon.",
        "Rebel fighters took Brega on Friday. The column of lorries with bread and water left Benghazi on Saturday.",
    ],
)
def test_supply_convoy_is_not_the_side_told_before(parser: Parser, text: str) -> None:
    moves = _moves(parser, text, published="2021-07-30")
    assert len(moves) == 1  # only the side's own move


@pytest.mark.parametrize(
    "convoy",
    ["The convoy", "The convoy, carrying rockets and ammunition,"],
)
def test_convoy_with_no_goods_goes_on_with_the_side(parser: Parser, convoy: str) -> None:
    text = f"GNA forces advanced on Tarhuna on Monday. {convoy} reached Bani Walid on Tuesday."
    moves = _moves(parser, text, published="2020-06-05")
    assert [(kind, dest) for _, kind, dest in moves] == [("advance", "Tarhuna"), ("advance", "Bani Walid")]


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("The first trucks left Misrata at dawn. Its drivers reached Sirte by early afternoon.", "Sirte"),
        ("Truck drivers crossed into Tunisia at Ras Jedir on Monday.", None),
        ("Dozens of bus drivers drove to Benghazi on Sunday to protest.", "Benghazi"),
    ],
)
def test_drivers_are_a_collective(parser: Parser, text: str, dest: str | None) -> None:
    article = parser.parse(text, published="2021-07-30")
    assert any("driver" in a.name.lower() for a in article.actors)
    if dest is not None:
        assert dest in [m.destination.name for m in article.movements if m.destination is not None]


# ---------------------------------------------------------------- "X's sons": a following "he" is not X


@pytest.mark.parametrize(
    "text",
    [
        "Few expected much of Saddam Haftar. Yet the youngest of Khalifa Haftar's sons now greets presidents. "
        "In May he flew to Rome.",
        "Observers once dismissed Saif al-Islam. The second of Muammar Gaddafi's sons now courts the tribes. "
        "In May he flew to Rome.",
        "Diplomats met Hannibal Gaddafi in Tripoli. The brother of Muammar Gaddafi's eldest son was at ease. "
        "In May he flew to Rome.",
    ],
)
def test_he_after_a_fathers_sons_is_not_the_father(parser: Parser, text: str) -> None:
    movements = parser.parse(text, published="2024-11-15").movements
    assert [m.actor for m in movements if m.destination is not None and m.destination.name == "Rome"] != [
        "Khalifa Haftar"
    ]
    assert all(m.actor not in ("Khalifa Haftar", "Muammar Gaddafi") for m in movements)


def test_he_after_the_father_named_as_subject_is_the_father(parser: Parser) -> None:
    text = "Khalifa Haftar met his sons in Benghazi. In May he flew to Rome."
    movements = parser.parse(text, published="2024-11-15").movements
    assert [(m.actor, m.destination.name if m.destination is not None else None) for m in movements] == [
        ("Khalifa Haftar", "Rome")
    ]

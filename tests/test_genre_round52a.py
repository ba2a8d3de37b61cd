"""Round 52a: classes found by four blind genre articles (genre-241..244)."""

from __future__ import annotations

import pytest
from _movement_records import kind_first_moves

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


# ------------- "fought their way to X": a force's advance on X


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("The rebels fought their way to the centre of Brega on Sunday.", "Brega"),
        (
            "By nightfall the rebels had fought their way to within two kilometres of the port of Brega.",
            "Brega",
        ),
        ("Government troops battled their way towards Sirte after a week of shelling.", "Sirte"),
    ],
)
def test_fought_their_way_to_a_place_is_an_advance(parser: Parser, text: str, destination: str) -> None:
    moves = kind_first_moves(parser, text, "2011-09-25")
    assert any(kind == "advance" and dest == destination for kind, _actor, _origin, dest in moves)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels fought to the death in the old town.",
        "The two sides fought to a standstill outside Brega.",
    ],
)
def test_fighting_to_an_end_is_no_move(parser: Parser, text: str) -> None:
    assert kind_first_moves(parser, text, "2011-09-25") == []


# ------------- an airline's plane flies a journey, told leaving and landing


@pytest.mark.parametrize(
    ("text", "airline", "origin", "destination"),
    [
        (
            "A Libyan Airlines plane left Mitiga International Airport shortly after noon and touched "
            "down at Benina International Airport about an hour later.",
            "Libyan Airlines",
            "Mitiga International Airport",
            "Benina International Airport",
        ),
        (
            "An Afriqiyah Airways jet left Tripoli on Friday and landed in Benghazi an hour later.",
            "Afriqiyah Airways",
            "Tripoli",
            "Benghazi",
        ),
        (
            "An Afriqiyah Airways plane departed from Misrata on Friday morning and touched down in "
            "Benghazi ninety minutes later.",
            "Afriqiyah Airways",
            "Misrata",
            "Benghazi",
        ),
    ],
)
def test_an_airline_plane_leaving_and_landing_is_one_journey(
    parser: Parser, text: str, airline: str, origin: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2020-10-24")
    assert ("travel", airline, origin, destination) in moves


def test_an_airline_plane_landing_is_a_journey(parser: Parser) -> None:
    text = "A Libyan Airlines plane touched down at Benina International Airport on Friday."
    moves = kind_first_moves(parser, text, "2020-10-24")
    assert ("travel", "Libyan Airlines", None, "Benina International Airport") in moves


# ------------- "ordered units of the X force into Y": the goal the parser hangs on the whole


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Defence on Tuesday ordered units of the Libya Shield force into the Mizdah area.",
        "The Ministry of Defence ordered units of the Libya Shield force into Mizdah on Tuesday.",
    ],
)
def test_units_of_a_force_ordered_into_a_place(parser: Parser, text: str) -> None:
    moves = kind_first_moves(parser, text, "2012-06-13")
    assert any(kind == "deploy" and dest == "Mizdah" for kind, _actor, _origin, dest in moves)


def test_units_of_a_force_based_somewhere_are_sent_nowhere(parser: Parser) -> None:
    text = "The army sent units of the brigade based in Sirte on Monday."
    moves = kind_first_moves(parser, text, "2012-06-13")
    assert not any(dest == "Sirte" for _kind, _actor, _origin, dest in moves)


# ------------- "as far as the edge of X", "as far as the approaches to X"


@pytest.mark.parametrize(
    "text",
    [
        "GNA forces pushed east as far as the western approaches to Sirte in June.",
        "GNA forces advanced as far as the edge of Sirte in June.",
        "Pro-government units pushed along the coast as far as the southern edge of Sirte last month.",
    ],
)
def test_as_far_as_the_edge_of_a_town_reaches_it(parser: Parser, text: str) -> None:
    moves = kind_first_moves(parser, text, "2020-10-24")
    assert any(kind == "advance" and dest == "Sirte" for kind, _actor, _origin, dest in moves)


# ------------- "fled X and the surrounding villages for Y": the goal hung on the conjunct


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        (
            "More than 300 families have fled Mizdah and the surrounding villages for Gharyan.",
            "Mizdah",
            "Gharyan",
        ),
        ("Residents abandoned Kikla and the nearby farms for Gharyan on Sunday.", "Kikla", "Gharyan"),
        ("Families fled Tawergha and the nearby farms for Benghazi.", "Tawergha", "Benghazi"),
    ],
)
def test_fled_a_town_and_villages_for_a_place(
    parser: Parser, text: str, origin: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2012-06-13")
    assert any(
        kind == "withdraw" and orig == origin and dest == destination for kind, _actor, orig, dest in moves
    )


# ------------- a column of pick-up trucks from a town is that town's side


@pytest.mark.parametrize(
    ("text", "side", "destination"),
    [
        (
            "Columns of pick-up trucks from Misrata rolled along the coastal highway into Sirte at dawn.",
            "Misrata forces",
            "Sirte",
        ),
        ("A column of technicals from Misrata entered Sirte on Sunday.", "Misrata forces", "Sirte"),
        ("A column of pickup trucks from Zintan drove into Gharyan on Sunday.", "Zintan", "Gharyan"),
    ],
)
def test_a_column_of_vehicles_from_a_town_is_its_side(
    parser: Parser, text: str, side: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2011-09-25")
    assert any(side in actor and dest == destination for _kind, actor, _origin, dest in moves)


# ------------- people counted after a group of people are that group


@pytest.mark.parametrize(
    ("text", "group", "origin"),
    [
        (
            "Long lines of cars carrying families headed the other way. Thousands of people have "
            "streamed out of Sirte since Friday.",
            "families",
            "Sirte",
        ),
        (
            "The shelling has hit homes where displaced families were sheltering. Hundreds of people "
            "fled Tawergha on Monday.",
            "families",
            "Tawergha",
        ),
    ],
)
def test_counted_people_after_a_group_move_as_that_group(
    parser: Parser, text: str, group: str, origin: str
) -> None:
    moves = kind_first_moves(parser, text, "2011-09-25")
    assert any(kind == "withdraw" and group in actor and orig == origin for kind, actor, orig, _dest in moves)

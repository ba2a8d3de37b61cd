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


# ------------- an airline's plane its owner sends, told leaving and landing


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
def test_an_airline_plane_leaving_and_landing_is_one_deployment(
    parser: Parser, text: str, airline: str, origin: str, destination: str
) -> None:
    moves = kind_first_moves(parser, text, "2020-10-24")
    assert ("deploy", airline, origin, destination) in moves


def test_an_airline_plane_landing_is_its_owners_deployment(parser: Parser) -> None:
    text = "A Libyan Airlines plane touched down at Benina International Airport on Friday."
    moves = kind_first_moves(parser, text, "2020-10-24")
    assert ("deploy", "Libyan Airlines", None, "Benina International Airport") in moves


def test_an_airline_flying_its_routes_moves_nothing(parser: Parser) -> None:
    text = "Afriqiyah Airways flew several of its routes to Benghazi on Friday."
    assert kind_first_moves(parser, text, "2020-10-24") == []


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


# ------------- an agentless capture right after a side's advance that named no place


@pytest.mark.parametrize(
    ("text", "side", "places"),
    [
        (
            "The LNA answered with air strikes before its ground forces moved back in. On Thursday "
            "its spokesman announced that Es Sider and Ras Lanuf had both been retaken.",
            "Libyan National Army",
            {"Es Sider", "Ras Lanuf"},
        ),
        (
            "Rebel units pushed forward on Monday. Brega was captured on Tuesday, a rebel spokesman said.",
            "Rebel units",
            {"Brega"},
        ),
    ],
)
def test_agentless_capture_after_a_placeless_advance_is_that_sides(
    parser: Parser, text: str, side: str, places: set[str]
) -> None:
    moves = kind_first_moves(parser, text, "2011-08-10")
    taken = {dest for kind, actor, _origin, dest in moves if kind == "capture" and actor == side}
    assert places <= taken


def test_agentless_capture_after_an_advance_on_another_place_stays_untold(parser: Parser) -> None:
    text = "Rebel fighters advanced on Monday towards Brega. Ajdabiya was captured on Tuesday."
    moves = kind_first_moves(parser, text, "2011-08-10")
    assert not any(kind == "capture" for kind, _actor, _origin, _dest in moves)


# ------------- a move told in a "since" clause gives later moves no date


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "On 14 June, fighters loyal to Jadhran stormed Es Sider. Jadhran had not been seen in the "
            "area since the LNA drove his guards out of the terminals in September 2016. LNA units "
            "fell back east toward Brega.",
            "2018-07-06",
            "2018-06-14",
        ),
        (
            "Rebel fighters took Brega on Monday. The town had been quiet since government troops "
            "pulled out of it in March. Loyalist units later fell back toward Sirte.",
            "2011-07-06",
            "2011-07-04",
        ),
    ],
)
def test_since_clause_date_is_no_story_date(parser: Parser, text: str, published: str, day: str) -> None:
    article = parser.parse(text, published=published)
    falls = [m for m in article.movements if m.trigger.text.startswith("fell")]
    assert falls
    assert falls[0].date is not None
    assert falls[0].date.start.isoformat() == day


# ------------- a tribe the knowledge base lacks, named before "tribe", is a side


@pytest.mark.parametrize(
    ("text", "tribe"),
    [
        (
            "Clashes broke out between Zintan and the Mashashiya tribe on Sunday. Mashashiya fighters "
            "pulled out of two positions near Mizdah on Tuesday.",
            "Mashashiya",
        ),
        (
            "Elders of the Qadhadhfa tribe met in Sabha. Qadhadhfa fighters withdrew from the "
            "Tamahind air base on Friday.",
            "Qadhadhfa",
        ),
    ],
)
def test_a_tribe_named_before_tribe_is_a_side(parser: Parser, text: str, tribe: str) -> None:
    moves = kind_first_moves(parser, text, "2012-06-13")
    assert any(kind == "withdraw" and actor == tribe for kind, actor, _origin, _dest in moves)


@pytest.mark.parametrize(
    "text",
    [
        "Each clan sent fighters to Mizdah on Sunday.",
        "The tribe said its fighters had withdrawn from Mizdah.",
    ],
)
def test_a_word_opening_a_sentence_before_tribe_names_no_tribe(parser: Parser, text: str) -> None:
    article = parser.parse(text, published="2012-06-13")
    assert not any(a.name in {"Each", "The"} for a in article.actors)


def test_a_town_named_before_tribe_stays_a_town(parser: Parser) -> None:
    text = (
        "Elders of the Zintan tribe met on Monday. Fighters from Zintan entered Gharyan on Tuesday. "
        "Forces later entered Tarhuna."
    )
    article = parser.parse(text, published="2012-06-13")
    assert "Zintan" in {loc.name for loc in article.locations}
    assert not any(a.name == "Zintan" for a in article.actors)

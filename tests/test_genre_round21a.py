"""Genre round 21a: failure classes found by four blind genre articles (tests/genre/genre-41..44).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from _movement_records import movement_records
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import MovementKind, Parser

PARSER = Parser()


# ------------------------------------------- leaving the bases in X: a withdraw from X, not a deploy


def test_leaving_their_bases_in_a_region_withdraws_from_it() -> None:
    found = movement_records(PARSER, "The FACT left its bases in the Jufra region on Sunday.", "2021-04-20")
    assert found == [(MovementKind.WITHDRAW, "Front for Change and Concord in Chad", None, "Jufra")]


def test_a_participle_of_leaving_bases_sets_out_from_them() -> None:
    text = "FACT fighters, leaving their bases in the Jufra region, crossed the border into Chad."
    found = movement_records(PARSER, text, "2021-04-20")
    assert all(dest != "Jufra" for _kind, _actor, dest, _origin in found)
    assert ("Jufra" in {origin for *_rest, origin in found}) is True


@settings(max_examples=15, deadline=None)
@given(
    base=st.sampled_from(["bases", "base", "camp", "positions", "strongholds"]),
    verb=st.sampled_from(["left", "abandoned", "evacuated"]),
    place=st.sampled_from(["Sirte", "Jufra", "Bani Walid", "Tarhuna"]),
)
def test_a_base_left_is_never_the_destination(base: str, verb: str, place: str) -> None:
    text = f"The LNA {verb} its {base} in {place} on Sunday."
    for kind, actor, dest, _origin in movement_records(PARSER, text, "2020-06-10"):
        assert dest != place, (text, kind, actor)


# ------------------------------------------------------- "regrouped at X": fell back to X


def test_regrouping_at_a_named_place_is_a_withdraw_to_it() -> None:
    text = "After the failed assault, LNA units regrouped in Ajdabiya."
    assert movement_records(PARSER, text, "2016-09-15") == [
        (MovementKind.WITHDRAW, "Libyan National Army", "Ajdabiya", None)
    ]


def test_regrouping_with_no_place_named_is_no_movement() -> None:
    assert movement_records(PARSER, "The LNA regrouped and waited.", "2016-09-15") == []


# --------------------------------------------- "departure from power": an office, not a place


@settings(max_examples=12, deadline=None)
@given(
    post=st.sampled_from(["power", "office", "the presidency", "his post"]),
    noun=st.sampled_from(["departure", "withdrawal", "exit"]),
)
def test_leaving_an_office_is_no_movement(post: str, noun: str) -> None:
    text = f'"We will keep fighting until the {noun} of Haftar from {post}," the GNA said on Monday.'
    assert movement_records(PARSER, text, "2019-05-10") == []


def test_a_withdrawal_from_a_town_is_still_a_movement() -> None:
    text = "LNA forces completed their withdrawal from Gharyan on Monday."
    found = movement_records(PARSER, text, "2019-06-27")
    assert [(k, a, o) for k, a, _d, o in found] == [
        (MovementKind.WITHDRAW, "Libyan National Army", "Gharyan")
    ]


# ------------------------------------- a quote's own time words do not date when it was said


def test_a_date_inside_a_quote_is_not_the_date_it_was_said() -> None:
    text = '"Some of the men we found had been missing since 2017," a forensic doctor said.'
    (statement,) = PARSER.parse(text, published="2021-06-14").statements
    assert statement.direct
    assert statement.date is None


def test_the_attribution_date_still_dates_a_quote() -> None:
    text = '"We have been waiting since March," a resident of Tarhuna said on Monday.'
    (statement,) = PARSER.parse(text, published="2021-06-14").statements
    assert statement.date is not None
    assert statement.date.start.isoformat() == "2021-06-14"


# --------------------------------------------------- places: the Libyan south, Chad's towns


@settings(max_examples=8, deadline=None)
@given(
    side=st.sampled_from([("south", "southern Libya"), ("east", "eastern Libya"), ("west", "western Libya")])
)
def test_the_libyan_side_is_the_region(side: tuple[str, str]) -> None:
    word, region = side
    text = f"The rebels had been based in the Libyan {word} for years."
    assert region in [loc.name for loc in PARSER.parse(text, published="2021-04-20").locations]


def test_kanem_nokou_and_aziziya_are_placed() -> None:
    text = "The column reached Kanem and fought near Nokou. Convoys crossed Aziziya."
    found = {loc.name: loc for loc in PARSER.parse(text, published="2021-04-20").locations}
    for name in ("Kanem", "Nokou", "Aziziya"):
        assert name in found
    assert found["Nokou"].point is not None
    assert abs(found["Nokou"].point.lat - 14.58) < 0.1
    assert found["Aziziya"].point is not None
    assert abs(found["Aziziya"].point.lat - 32.53) < 0.05


# ---------------------------- a situation report's line headed by a place: its moves happen there

SITREP = """WEEKLY UPDATE
Period: 1-7 June 2019.

FRONT LINES
- Qasr bin Ghashir: LNA units advanced under cover of shelling on 2 June.
- Ain Zara: The district changed hands. It was captured by the LNA on 3 June.
- Tajoura: A GNA battalion from Zawiya was sent to the area on 4 June.
- Khallat al-Furjan: GNA forces pulled back on 5 June.
"""


def test_a_line_label_is_the_place_of_its_unplaced_moves() -> None:
    found = movement_records(PARSER, SITREP, "2019-06-08")
    assert (MovementKind.ADVANCE, "Libyan National Army", "Qasr bin Ghashir", None) in found
    assert (MovementKind.CAPTURE, "Libyan National Army", "Ain Zara", None) in found
    assert [d for k, _a, d, _o in found if k is MovementKind.DEPLOY] == ["Tajoura"]


def test_a_named_place_on_the_line_is_kept_over_its_label() -> None:
    text = "FRONT LINES\n- Ain Zara: LNA units advanced on Wadi Rabie on 2 June.\n"
    found = movement_records(PARSER, text, "2019-06-08")
    assert [(k, d) for k, _a, d, _o in found] == [(MovementKind.ADVANCE, "Wadi Rabie")]


def test_a_label_that_is_no_place_places_nothing() -> None:
    text = "UPDATE\n- Military: LNA units advanced under cover of shelling on 2 June.\n"
    found = movement_records(PARSER, text, "2019-06-08")
    assert [(k, d) for k, _a, d, _o in found] == [(MovementKind.ADVANCE, None)]


@settings(max_examples=10, deadline=None)
@given(
    place=st.sampled_from(["Ain Zara", "Tajoura", "Wadi Rabie", "Gharyan"]),
    bullet=st.sampled_from(["- ", "* ", "\u2022 ", ""]),
)
def test_any_bullet_or_none_before_a_place_label(place: str, bullet: str) -> None:
    text = f"FRONT LINES\n{bullet}{place}: LNA units advanced under cover of shelling on 2 June.\n"
    found = movement_records(PARSER, text, "2019-06-08")
    assert [(k, d) for k, _a, d, _o in found] == [(MovementKind.ADVANCE, place)]


# ----------------------------------------- "advanced two kilometres": a distance, not a thing moved


@settings(max_examples=8, deadline=None)
@given(distance=st.sampled_from(["two kilometres", "5 km", "three miles", "a few kilometers"]))
def test_a_distance_object_leaves_the_advance(distance: str) -> None:
    found = movement_records(PARSER, f"LNA forces advanced {distance} on Monday.", "2019-05-10")
    assert found == [(MovementKind.ADVANCE, "Libyan National Army", None, None)]


# ------------------------ '"...," the leader, X, declared by telephone': a channel is no agent


@settings(max_examples=10, deadline=None)
@given(
    verb=st.sampled_from(["declared", "said", "stated", "added"]),
    channel=st.sampled_from(["telephone", "phone"]),
)
def test_a_quote_declared_by_telephone_is_the_apposed_speakers(verb: str, channel: str) -> None:
    text = f'"We will fight on," the movement\'s leader, Mahamat Mahdi Ali, {verb} by {channel} to AFP.'
    found = [(s.speaker, s.direct) for s in PARSER.parse(text, published="2021-04-20").statements]
    assert found == [("Mahamat Mahdi Ali", True)]


def test_a_thing_announced_by_telephone_has_no_speaker() -> None:
    text = "The truce, announced by telephone, held through the night."
    assert PARSER.parse(text, published="2021-04-20").statements == ()


# ------------------------------ a story datelined in another capital: "the capital" is that city


def test_the_capital_of_a_foreign_dateline_is_that_city() -> None:
    text = "N'DJAMENA, 20 April 2021 - Rebels were some 300 km north of the capital on Sunday."
    article = PARSER.parse(text, published="2021-04-20")
    assert [loc.name for loc in article.locations] == ["N'Djamena"]
    (relative,) = article.relative_locations
    assert relative.anchor.name == "N'Djamena"
    assert relative.point is not None
    assert abs(relative.point.lat - 14.82) < 0.05


def test_the_capital_of_a_libyan_dateline_is_still_tripoli() -> None:
    text = "MISRATA, 20 April 2019 - Forces were some 30 km south of the capital on Sunday."
    (relative,) = PARSER.parse(text, published="2019-04-20").relative_locations
    assert relative.anchor.name == "Tripoli"


# ------------------------------ "according to the same source": the source just quoted, again


@settings(max_examples=6, deadline=None)
@given(source=st.sampled_from(["source", "official", "sources", "spokesman"]))
def test_the_same_source_is_the_previous_speaker(source: str) -> None:
    text = (
        "On Monday the Chadian army said that it had killed more than 300 rebels. "
        f"Five soldiers were wounded, according to the same {source}."
    )
    article = PARSER.parse(text, published="2021-04-20")
    assert [s.speaker for s in article.statements] == ["Chadian army", "Chadian army"]
    assert [a.name for a in article.actors] == ["Chadian army"]


def test_a_foreign_dateline_on_a_libyan_story_keeps_tripoli_as_the_capital() -> None:
    text = (
        "CAIRO, 20 June 2020 - Egypt warned that GNA forces had pushed Haftar's units from the outskirts "
        "of the capital and were moving toward Sirte and Jufra."
    )
    names = [loc.name for loc in PARSER.parse(text, published="2020-06-20").locations]
    assert "Tripoli" in names
    assert "Cairo" in names


# --------------------- "X was seized by A and recaptured by B": the conjoined verb is passive too


@settings(max_examples=8, deadline=None)
@given(
    place=st.sampled_from(["Wadi Rabie", "Gharyan", "Tarhuna"]),
    second=st.sampled_from(["recaptured", "retaken", "taken back"]),
)
def test_a_conjoined_passive_capture_is_the_second_agents(place: str, second: str) -> None:
    text = f"{place} was seized by the LNA on 3 May and {second} by GNA forces two days later."
    found = movement_records(PARSER, text, "2019-05-10")
    assert (MovementKind.CAPTURE, "Libyan National Army", place, None) in found
    assert (MovementKind.CAPTURE, "Government of National Accord forces", place, None) in found

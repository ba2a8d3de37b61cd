"""Relative-location phrasings seen in real news text: abbreviated and misspelt units,
definite-description anchors, elliptical phrases with no anchor, and borders."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libya_events import GeoError, Relation, parse_article
from libya_events.geo import find_relative_phrases, parse_relative, resolve_relative
from libya_events.geo._relative import UNIT_EDIT_TOLERANCE, _edit_distance, _unit_of


def _offsets(text: str) -> list[tuple[str, float | None, float | None, str, str]]:
    return [
        (p.text, p.distance_km, p.bearing_deg, p.anchor_text, p.anchor_kind)
        for p in find_relative_phrases(text)
        if p.is_relative_location
    ]


# --------------------------------------------------------------------------- class 1: "k", parentheses


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("Shelling hit Surman, 60 k east of Zuwara, overnight.", 60.0),
        ("Shelling hit Surman, 60 K east of Zuwara, overnight.", 60.0),
        ("The convoy stopped 40 km (25 miles) north of Sabha at dawn.", 40.0),
        ("The convoy stopped 25 miles (40 km) north of Sabha at dawn.", 40.0),
        ("The convoy stopped 40 k (25 miles) north of Sabha at dawn.", 40.0),
    ],
)
def test_abbreviated_unit_and_parenthetical(text: str, km: float) -> None:
    [(_, distance, bearing, anchor, kind)] = _offsets(text)
    assert distance == km
    assert bearing in (0.0, 90.0)
    assert anchor in ("Zuwara", "Sabha")
    assert kind == "name"


@pytest.mark.parametrize("text", ["They raised 50k from donors in Misrata.", "A grant of 50 k from Tripoli."])
def test_bare_k_needs_a_direction(text: str) -> None:
    assert _offsets(text) == []


# --------------------------------------------------------------------------- class 2: misspellings


@pytest.mark.parametrize(
    "unit",
    ["kilomtres", "kilometers", "kilometeres", "killometres", "kilmoetres", "kms", "klm", "klms", "km"],
)
def test_misspelt_kilometres(unit: str) -> None:
    p = parse_relative(f"some 35 {unit} south of Bani Walid")
    assert p.distance_km == 35.0
    assert p.unit == "km"
    assert p.anchor_text == "Bani Walid"


@pytest.mark.parametrize("unit", ["miels", "mile", "milse"])
def test_misspelt_miles(unit: str) -> None:
    assert parse_relative(f"10 {unit} west of Sirte").unit == "mi"


@pytest.mark.parametrize(
    "word",
    ["kilos", "kilograms", "kids", "kg", "kilowatts", "million", "mines", "mills", "military", "minutes"],
)
def test_unrelated_words_are_no_unit(word: str) -> None:
    assert _unit_of(word) is None
    assert _offsets(f"They counted 30 {word} west of Tobruk.") == []


_KM_FORMS = ("kilometre", "kilometres", "kilometer", "kilometers")


@st.composite
def _misspelt_km(draw: st.DrawFn) -> str:
    """A kilometre word with up to UNIT_EDIT_TOLERANCE edits after its first three letters
    (a swap of two letters costs two edits, as the edit distance counts it)."""
    word = list(draw(st.sampled_from(_KM_FORMS)))
    budget = draw(st.integers(0, UNIT_EDIT_TOLERANCE))
    while budget > 0:
        at = draw(st.integers(3, len(word) - 1))
        op = draw(
            st.sampled_from(
                ("drop", "double", "swap", "change") if budget >= 2 else ("drop", "double", "change")
            )
        )
        budget -= 2 if op == "swap" else 1
        if op == "drop":
            del word[at]
        elif op == "double":
            word.insert(at, word[at])
        elif op == "swap" and at + 1 < len(word):
            word[at], word[at + 1] = word[at + 1], word[at]
        else:
            word[at] = draw(st.sampled_from("aeiorst"))
    return "".join(word)


@given(_misspelt_km(), st.integers(1, 999))
def test_any_close_spelling_reads_as_kilometres(unit: str, figure: int) -> None:
    assert min(_edit_distance(unit, w, UNIT_EDIT_TOLERANCE) for w in _KM_FORMS) <= UNIT_EDIT_TOLERANCE
    p = parse_relative(f"{figure} {unit} east of Misrata")
    assert p.distance_km == float(figure)
    assert p.unit == "km"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_unit_words_are_close_to_a_unit(word: str) -> None:
    unit = _unit_of(word)
    if unit == "km" and len(word) > 5:
        assert min(_edit_distance(word, w, UNIT_EDIT_TOLERANCE) for w in _KM_FORMS) <= UNIT_EDIT_TOLERANCE
    if unit is not None:
        assert word[0] in "kmn"


# --------------------------------------------------------------------------- class 3: definite anchors


def test_definite_description_anchor_is_the_latest_town() -> None:
    text = (
        "Fighters entered Ajdabiya on Monday after a week of clashes.\n\n"
        "They took a depot some 15 km east of the town centre by nightfall."
    )
    article = parse_article(text)
    [rel] = article.relative_locations
    assert rel.anchor.name == "Ajdabiya"
    assert rel.distance_km == 15.0
    assert rel.point is not None
    assert rel.text == "some 15 km east of the town centre"


def test_definite_description_without_a_town_is_dropped() -> None:
    article = parse_article("Gunmen struck a farm 10 km west of the town on Sunday.")
    assert article.relative_locations == ()


def test_definite_anchor_phrase_parses_but_does_not_resolve_alone() -> None:
    p = parse_relative("20 km south of the city center")
    assert p.anchor_kind == "definite"
    assert p.anchor_text == "the city center"
    with pytest.raises(GeoError, match="names no place"):
        resolve_relative(p)


def test_the_town_of_names_the_town() -> None:
    [(_, _, _, anchor, kind)] = _offsets("A camp 8 km north of the town of Gharyan burned.")
    assert anchor == "Gharyan"
    assert kind == "name"


# --------------------------------------------------------------------------- class 4: ellipsis


@pytest.mark.parametrize(
    ("text", "bearing"),
    [("the depot, 120km to the south-west, was hit", 225.0), ("some 30 km to the south.", 180.0)],
)
def test_elliptical_phrase_parses_without_anchor(text: str, bearing: float) -> None:
    [p] = [p for p in find_relative_phrases(text) if p.is_relative_location]
    assert p.anchor_kind == "ellipsis"
    assert p.anchor_text == ""
    assert p.bearing_deg == bearing


def test_to_the_direction_of_is_no_ellipsis() -> None:
    [(_, _, _, anchor, kind)] = _offsets("a village 20 km to the north-east of Derna")
    assert anchor == "Derna"
    assert kind == "name"


def test_elliptical_anchor_is_the_latest_place_before() -> None:
    article = parse_article(
        "Troops massed in Sabha on Friday. A second column waited some 60 km to the north."
    )
    [rel] = article.relative_locations
    assert rel.anchor.name == "Sabha"
    assert rel.bearing_deg == 0.0
    assert rel.point is not None
    assert rel.point.lat > 27.0


def test_elliptical_phrase_beside_places_locates_them() -> None:
    text = (
        "The brigade was based in Tobruk for a year.\n\n"
        "It later raided the oil ports of Es Sider and Ras Lanuf, 300km to the west, in March."
    )
    [rel] = parse_article(text).relative_locations
    assert rel.anchor.name == "Tobruk"
    assert rel.relation is Relation.OFFSET


def test_elliptical_phrase_with_no_place_before_is_dropped() -> None:
    assert parse_article("Reports said a column stood some 30 km to the south.").relative_locations == ()


# --------------------------------------------------------------------------- class 5: borders


def test_border_anchor_is_the_country_without_a_point() -> None:
    p = parse_relative("about 140 kilometres to the east of the border with Tunisia")
    assert p.anchor_text == "Tunisia"
    assert p.anchor_kind == "border"
    assert p.bearing_deg == 90.0
    rel = resolve_relative(p)
    assert rel.anchor.name == "Tunisia"
    assert rel.point is None
    assert rel.distance_km == 140.0


def test_border_in_an_article() -> None:
    article = parse_article("Tobruk lies some 140 km west of the border with Egypt, officials said.")
    [rel] = article.relative_locations
    assert rel.anchor.name == "Egypt"
    assert rel.point is None
    assert rel.bearing_deg == 270.0


def test_border_without_direction_is_not_kept() -> None:
    assert _offsets("The camp is 10 km from the border with Chad.") == []

"""Round 40a: classes found by four blind genre articles (genre-161..164)."""

from __future__ import annotations

import pytest

from libya_events import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def _direct(parser: Parser, text: str) -> list[tuple[str | None, str]]:
    """(speaker, text) of each direct statement."""
    return [(s.speaker, s.text) for s in parser.parse(text, published="2021-11-30").statements if s.direct]


# ------------------------------------- a quoting speech verb joined to a reported clause


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "A government official in Tripoli denied that the army had abandoned the east and blamed"
            ' "paid agitators" for the riots.',
            "government official",
            "paid agitators",
        ),
        (
            "The brigade's spokesman, Omar Belkheir, said in a televised statement that no fighter of"
            ' the brigade had entered the courthouse and accused "saboteurs of the vote" of spreading rumours.',
            "Omar Belkheir",
            "saboteurs of the vote",
        ),
        (
            "The envoy said on Monday that the gunmen had left the port and blamed them for"
            ' "the looting of the warehouses".',
            "envoy",
            "the looting of the warehouses",
        ),
    ],
)
def test_quoting_conjunct_is_the_reporters(parser: Parser, text: str, speaker: str, quote: str) -> None:
    """A subjectless speech verb whose object opens with a quote, hung by the parser on the
    reported clause, quotes the reporter, not that clause's subject."""
    assert (speaker, quote) in _direct(parser, text)


def test_quoting_conjunct_in_a_main_clause_keeps_its_subject(parser: Parser) -> None:
    """Not a reported clause's conjunct: the subject of the first verb speaks."""
    text = 'The council met in Sabha on Sunday and called the blockade "an assault on the courts".'
    assert [s for s, _ in _direct(parser, text)] == ["council"]


# ------------------------------------- a person who flies forces somewhere deploys them


def _moves(parser: Parser, text: str) -> list[tuple[str, str, str | None]]:
    """(actor, kind, destination) of each movement."""
    return [
        (m.actor, m.kind.value, m.destination.name if m.destination is not None else None)
        for m in parser.parse(text, published="2011-02-21").movements
    ]


@pytest.mark.parametrize(
    ("text", "actor", "dest"),
    [
        (
            "Gaddafi flew reinforcements into Benina airport late on Saturday.",
            "Muammar Gaddafi",
            "Benina International Airport",
        ),
        ("General Ali Kanna flew two battalions to Sabha on Monday.", "Ali Kana", "Sabha"),
        (
            "Abdelhakim Belhaj flew fighters from Misrata to Tripoli at night.",
            "Abdel Hakim Belhaj",
            "Tripoli",
        ),
    ],
)
def test_person_flying_forces_deploys(parser: Parser, text: str, actor: str, dest: str) -> None:
    """A person who flies forces somewhere sends them (a deploy by their owner), not travels."""
    assert (actor, "deploy", dest) in _moves(parser, text)


def test_person_flying_alone_travels(parser: Parser) -> None:
    """Flying with no forces carried ("flew to Rome with two advisers") stays a journey."""
    assert ("Fayez al-Sarraj", "travel", "Rome") in _moves(
        parser, "Fayez al-Serraj flew to Rome with two advisers."
    )


# ------------------------------------- police move as a force


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("Police were deployed to the Zawiya refinery on Monday.", "Zawiya refinery"),
        ("Hundreds of police deployed around Martyrs Square in Tripoli on Friday.", "Martyrs' Square"),
        ("A police unit was sent from Sabha to Ubari after the clashes.", "Ubari"),
    ],
)
def test_police_deploy_as_a_force(parser: Parser, text: str, dest: str) -> None:
    """Unnamed police sent or deployed somewhere deploy, as a force does, rather than travel."""
    assert any(kind == "deploy" and d == dest for _, kind, d in _moves(parser, text))


def test_police_sent_from_a_town_deploy(parser: Parser) -> None:
    """Police sent from a town set out as a force; they do not flee it."""
    kinds = [
        kind for _, kind, _ in _moves(parser, "A convoy of police vehicles was sent from Ubari on Saturday.")
    ]
    assert kinds == ["deploy"]


def test_evacuated_police_officers_still_withdraw(parser: Parser) -> None:
    """Police officers evacuated out of the country leave it, as anyone evacuated does."""
    assert [
        k for _, k, _ in _moves(parser, "Indian police officers were evacuated to Tunisia on Sunday.")
    ] == ["withdraw"]


# ------------------------------------- a capitalised opening preposition is no word of a unit's name


def _actor_names(parser: Parser, text: str) -> list[str]:
    return [a.name for a in parser.parse(text, published="2016-09-22").actors]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Under Operation Hippocrates, some 300 personnel are being deployed to Misrata.", "Under Operation"),
        ("During Operation Sunrise, the fighters moved on Sidra.", "During Operation"),
        ("Despite Zintan Brigade objections, the convoy left for Tripoli.", "Despite Zintan Brigade"),
    ],
)
def test_opening_preposition_is_not_part_of_a_unit_name(parser: Parser, text: str, wrong: str) -> None:
    """ "Under Operation X, ...": the sentence's preposition names no unit or operation."""
    assert wrong not in _actor_names(parser, text)


def test_unit_name_after_an_opening_preposition_is_kept(parser: Parser) -> None:
    """The name after the preposition is still the unit's ("Despite Zintan Brigade objections")."""
    assert "Zintan Brigade" in _actor_names(
        parser, "Despite Zintan Brigade objections, the convoy left for Tripoli."
    )

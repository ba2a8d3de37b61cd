"""Round 23: actors and speakers on unseen-style text.

Every sentence is written for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2013-05-14") -> Article:
    return PARSER.parse(text, published=published)


# --------------------------------------------------------------------- a bare "the army"


def test_the_army_that_speaks_with_no_army_named_is_an_actor() -> None:
    article = _parse("The army said on Tuesday that its units had cleared the road to Sabha.")
    armies = [a for a in article.actors if a.name == "army"]
    assert len(armies) == 1
    assert armies[0].kind is ActorKind.ARMED_GROUP
    assert [s.speaker for s in article.statements] == ["army"]


def test_the_army_that_acts_inside_reported_speech_is_an_actor() -> None:
    article = _parse("A town elder told reporters that the army had entered Bani Walid on Friday.")
    assert "army" in {a.name for a in article.actors}


def test_every_bare_army_mention_is_one_actor() -> None:
    text = (
        "The army announced on Monday that the rebels had been pushed back.\n\n"
        "On Wednesday the army said that its units held the crossing."
    )
    article = _parse(text)
    armies = [a for a in article.actors if a.name == "army"]
    assert len(armies) == 1
    assert len(armies[0].mentions) >= 2


def test_the_army_is_the_named_army_when_the_article_names_one() -> None:
    text = (
        "The Libyan National Army said it had reached the port.\n\n"
        "The army said its units would stay there for a week."
    )
    article = _parse(text, "2019-06-10")
    assert "army" not in {a.name for a in article.actors}
    assert {s.speaker for s in article.statements} == {"Libyan National Army"}


def test_an_army_only_told_of_adds_no_actor() -> None:
    for text in (
        "A field clinic run by the army's doctors opened in Derna on Sunday.",
        "Residents fear the army could return to the valley next month.",
        "Hundreds of families waited for the army outside the town.",
    ):
        assert "army" not in {a.name for a in _parse(text).actors}, text


def test_a_described_army_keeps_its_own_name() -> None:
    article = _parse("The Chadian army said it had killed dozens of rebels near the border.", "2021-04-20")
    names = {a.name for a in article.actors}
    assert "army" not in names


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["said", "announced", "confirmed", "reported"]))
def test_a_speaking_bare_army_is_never_dropped(verb: str) -> None:
    article = _parse(f"The army {verb} on Monday that the checkpoint had been reopened.")
    assert any(s.speaker == "army" for s in article.statements)


# ------------------------------------------------- unnamed sources by a plural or a new noun


def test_a_plural_source_noun_speaks_by_its_singular() -> None:
    article = _parse("Ambulance crews reported that they could not reach the old market for two days.")
    assert [s.speaker for s in article.statements] == ["Ambulance crews"]
    crews = [a for a in article.actors if a.name == "Ambulance crews"]
    assert crews
    assert crews[0].kind is ActorKind.COLLECTIVE


def test_a_former_comrade_is_an_unnamed_source() -> None:
    article = _parse('"He never backed down from a fight," a former comrade said on Sunday.')
    assert [(s.speaker, s.direct) for s in article.statements] == [("former comrade", True)]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["Rescuers", "Paramedics", "Negotiators", "Investigators", "Neighbours"]))
def test_new_source_nouns_speak(noun: str) -> None:
    article = _parse(f"{noun} said the coast road had been closed since Friday.")
    assert [s.speaker for s in article.statements] == [noun]


def test_a_plural_that_is_no_source_does_not_speak() -> None:
    article = _parse("The convoys said to be heading south were never seen in Sabha.")
    assert not article.statements


def test_crews_only_suffered_upon_are_no_actor() -> None:
    article = _parse("Shelling wounded two ambulance crews near the port on Monday.")
    assert not any("crews" in a.name.lower() for a in article.actors)


# ------------------------------------------- a closing attribution the parser joined wrongly


def test_a_closing_attribution_after_an_apposed_speaker_reports_the_clause() -> None:
    article = _parse(
        "Rebel fighters pushed into the suburbs of Zliten, a commander from the town said by telephone."
    )
    assert [(s.speaker, s.text) for s in article.statements] == [
        ("commander", "Rebel fighters pushed into the suburbs of Zliten")
    ]


def test_a_closing_attribution_parsed_as_a_conjunct_reports_the_clause() -> None:
    text = "The tribal units withdrew south towards their home town of Zintan, a commander from the town said by telephone."
    article = _parse(text)
    assert len(article.statements) == 1
    statement = article.statements[0]
    assert statement.speaker == "commander"
    assert statement.text.startswith("The tribal units withdrew south")
    assert "commander" not in statement.text


def test_a_conjunct_speech_verb_after_and_is_its_own_report() -> None:
    article = _parse("The rebels withdrew to Zintan and a commander said the road was open.")
    assert [s.text for s in article.statements] == ["the road was open"]


def test_a_closing_participle_is_no_attribution_of_the_clause() -> None:
    text = "The authority declared its mission in the port over, confirming the safety of its divers."
    article = _parse(text)
    assert not any(s.text.startswith("The authority announced") for s in article.statements)


# ------------------------------------------------------------------ televised statements


@settings(max_examples=6, deadline=None)
@given(
    st.sampled_from(["announced on state television", "said on television", "said on national television"])
)
def test_speaking_on_television_is_a_televised_address(words: str) -> None:
    article = _parse(f"Ali Zeidan {words} that the airport would reopen.")
    assert [s.channel for s in article.statements] == ["televised address"]


def test_an_interview_on_television_stays_an_interview() -> None:
    article = _parse("Ali Zeidan said in an interview on state television that the airport would reopen.")
    assert [s.channel for s in article.statements] == ["interview"]


# ---------------------------------------------- audiences and single sources are no "they"


def test_an_audience_told_is_no_antecedent_of_their() -> None:
    text = (
        "Rebels said on Tuesday that their units had reached the port. Omar Salem told reporters "
        "in Misrata. Their advance was slowed by mines."
    )
    article = _parse(text)
    assert not any("reporters" in a.name for a in article.actors)
    assert not any(m.actor == "reporters" for m in article.movements)


def test_a_single_source_is_no_antecedent_of_their() -> None:
    text = (
        "Rebel units reached the edge of Dafniya, a fighter told reporters by telephone. "
        "Their advance on Dafniya was slowed by mines, he said."
    )
    article = _parse(text)
    assert not any(m.actor == "fighter" for m in article.movements)
    assert {s.speaker for s in article.statements} == {"fighter"}


def test_reporters_who_act_remain_actors() -> None:
    article = _parse("Reporters fled the hotel in Tripoli on Monday after it was shelled.")
    assert any(a.name.lower() == "reporters" for a in article.actors)


# ------------------------------------------- a move prevented by a named actor is not done


@settings(max_examples=6, deadline=None)
@given(st.sampled_from(["The LNA", "Haftar's forces", "The army"]))
def test_a_move_after_prevent_from_is_no_movement(subject: str) -> None:
    article = _parse(
        f"{subject} blocked the road to prevent GNA forces from moving into Tripoli.", "2019-06-10"
    )
    assert not article.movements


def test_a_move_beside_a_prevention_is_still_a_movement() -> None:
    article = _parse("The LNA entered Gharyan on Tuesday to prevent attacks on the road.", "2019-06-10")
    assert [(m.actor, m.kind.value) for m in article.movements] == [("Libyan National Army", "capture")]

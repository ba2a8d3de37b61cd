"""Round 40: actors the rules missed or invented.

Every sentence is written for these tests.
"""

from __future__ import annotations

from libya_events import Parser
from libya_events.model import ActorKind, Article

PARSER = Parser()


def _parse(text: str, published: str = "2020-06-10") -> Article:
    return PARSER.parse(text, published=published)


def _movers(article: Article) -> list[str]:
    return [m.actor for m in article.movements]


def _speakers(article: Article) -> list[str | None]:
    return [s.speaker for s in article.statements]


def _mentions(article: Article, name: str) -> list[str]:
    return [m.text for a in article.actors if a.name == name for m in a.mentions]


def _places(article: Article) -> list[str]:
    return [place.name for place in article.locations]


# ------------------------------------------------ "the Turks": a state named by its people


def test_definite_plural_people_speaks_as_the_state() -> None:
    article = _parse("The Egyptians warned on Tuesday that any push on Sirte would be met with force.")
    assert _speakers(article) == ["Egypt"]
    assert _mentions(article, "Egypt") == ["Egyptians"]
    assert {a.name: a.kind for a in article.actors}["Egypt"] is ActorKind.COUNTRY


def test_definite_plural_people_moves_as_the_state() -> None:
    article = _parse("The Emiratis flew more air defence systems to al-Khadim air base in May.")
    assert _movers(article) == ["United Arab Emirates"]
    assert "United Arab Emirates" not in _places(article)  # the people are no place


def test_definite_plural_people_in_a_quotation_is_the_state() -> None:
    article = _parse('"The Turks are shipping fighters to Misrata," an LNA officer said on Monday.')
    assert _movers(article) == ["Turkey"]
    assert _mentions(article, "Turkey") == ["Turks"]


def test_counted_or_described_people_are_no_state() -> None:
    article = _parse(
        "Three Turks were wounded in the shelling. The Russians who ran the radar left Jufra on Friday."
    )
    names = [a.name for a in article.actors]
    assert "Turkey" not in names
    assert "Russia" not in names


def test_people_asked_to_act_are_no_state() -> None:
    article = _parse("Elders in Bani Walid said they had asked the Russians to leave the town at once.")
    assert "Russia" not in [a.name for a in article.actors]


# ------------------------------------- "Turkey's defence minister": the holder, not the state


def test_office_of_a_state_moves_as_its_holder() -> None:
    article = _parse("Egypt's foreign minister arrived in Benghazi on Sunday for talks with Haftar.")
    assert _movers(article) == ["Egypt's foreign minister"]
    kinds = {a.name: a.kind for a in article.actors}
    assert kinds["Egypt's foreign minister"] is ActorKind.COLLECTIVE
    assert "minister" not in kinds  # the phrase is one actor, not its head word as another


def test_office_of_a_state_speaks_as_its_holder() -> None:
    article = _parse("Qatar's envoy said on Thursday that Doha backed a new round of talks.")
    assert _speakers(article) == ["Qatar's envoy"]


def test_office_holder_goes_on_as_he() -> None:
    article = _parse(
        "Turkey's defence minister toured Misrata on Monday. He said the training mission would go on."
    )
    assert _movers(article) == ["Turkey's defence minister"]
    assert _speakers(article) == ["Turkey's defence minister"]


def test_dated_role_of_a_body_moves_as_the_person() -> None:
    article = _parse("The GNA's interior minister travelled to Sabha on Monday.", published="2020-06-10")
    assert _movers(article) == ["Fathi Bashagha"]


def test_office_with_the_holder_named_moves_as_the_name() -> None:
    article = _parse("Italy's defence minister Lorenzo Guerini landed in Misrata on Saturday.")
    assert _movers(article) == ["Lorenzo Guerini"]


# --------------------------------- a town's forces named by the force noun the story uses


def _armed(article: Article) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in article.actors if a.kind is ActorKind.ARMED_GROUP}


def test_fighters_from_a_town_are_named_by_their_noun() -> None:
    article = _parse("Fighters from Zuwara reached the Ras Ajdir crossing on Monday.")
    assert _armed(article) == {"Zuwara fighters": ["Fighters from Zuwara"]}
    assert _movers(article) == ["Zuwara fighters"]


def test_town_brigades_keep_their_noun_and_one_actor_per_town() -> None:
    article = _parse(
        "Gharyan brigades moved north towards Aziziya on Friday. Gunmen from Gharyan later entered the town."
    )
    armed = _armed(article)
    assert list(armed) == ["Gharyan brigades"]  # named as first told, one side per town
    assert armed["Gharyan brigades"] == ["Gharyan brigades", "Gunmen from Gharyan"]


def test_a_demonym_before_units_names_the_town_and_the_noun() -> None:
    article = _parse("Zuwari units deployed to Abu Kammash on Tuesday.")
    assert _movers(article) == ["Zuwara units"]


def test_town_forces_the_knowledge_base_names_keep_its_name() -> None:
    article = _parse("Fighters from Misrata pushed into Sirte's outskirts on Sunday.")
    assert _movers(article) == ["Misrata forces"]


# -------------------------------------- "entered X before pulling back": leaves X again


def test_withdrawal_told_next_after_an_entry_leaves_that_place() -> None:
    article = _parse("Fighters from Zuwara entered Zaltan on Monday before pulling back the next day.")
    withdrawals = [m for m in article.movements if m.kind.value == "withdraw"]
    assert [(m.actor, m.origin.name if m.origin else None) for m in withdrawals] == [
        ("Zuwara fighters", "Zaltan")
    ]


def test_withdrawal_after_reaching_a_place_leaves_it() -> None:
    article = _parse("LNA units reached Abu Grein before withdrawing under heavy fire.")
    withdrawals = [m for m in article.movements if m.kind.value == "withdraw"]
    assert [m.origin.name if m.origin else None for m in withdrawals] == ["Abu Grein"]


def test_withdrawal_before_a_later_move_keeps_its_own_origin() -> None:
    article = _parse("GNA forces entered Sirte after withdrawing from Abu Grein.")
    withdrawals = [m for m in article.movements if m.kind.value == "withdraw"]
    assert [m.origin.name if m.origin else None for m in withdrawals] == ["Abu Grein"]


# ------------------------------------------ "a ferry hired by Beijing": the capital acts


def _governments(article: Article) -> list[str]:
    return [a.name for a in article.actors if a.kind is ActorKind.GOVERNMENT]


def test_capital_as_agent_of_a_regular_participle_is_its_government() -> None:
    article = _parse("About 2,000 workers left Benghazi on a ferry chartered by Beijing on Sunday.")
    assert _governments(article) == ["Beijing"]


def test_capital_as_agent_of_an_irregular_participle_is_its_government() -> None:
    article = _parse("Hundreds of Egyptians crossed at Salloum on buses sent by Cairo.")
    assert _governments(article) == ["Cairo"]


def test_capital_passed_by_stays_a_place() -> None:
    article = _parse("The convoy passed by Cairo on its way to the Salloum crossing.")
    assert _governments(article) == []
    assert "Cairo" in _places(article)


def test_capital_that_blames_or_condemns_is_its_government() -> None:
    article = _parse("Ansar al-Sharia, which Washington blames for the raid, left Buatni on Friday.")
    assert _governments(article) == ["Washington"]
    article = _parse("Ankara condemned the strike on the airport and recalled its envoy.")
    assert _governments(article) == ["Ankara"]


def test_capital_after_to_stays_a_place_before_a_stance_verb() -> None:
    article = _parse("Haftar flew to Cairo, demands for a truce having gone unanswered.")
    assert _governments(article) == []


# ---------------------------------------- "the air force had struck": a side's air arm


def test_the_air_force_that_strikes_is_an_armed_group() -> None:
    article = _parse("An LNA spokesman said the air force had bombed a column near Abu Grein.")
    assert _armed(article) == {"air force": ["air force"]}


def test_an_owned_air_force_that_acts_is_an_armed_group() -> None:
    article = _parse("Our air force flew five sorties over Wadi Kaam, the operations room said.")
    assert "air force" in _armed(article)


def test_air_force_as_a_modifier_or_a_name_adds_no_air_arm() -> None:
    article = _parse("The air force commander said jets had used the air force base at Jufra.")
    assert "air force" not in _armed(article)
    article = _parse("The Libyan Air Force bought two transport planes in 2013.")
    assert "air force" not in _armed(article)

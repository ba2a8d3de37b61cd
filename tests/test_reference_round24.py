"""Round 24: a bare "the city" / "the town" after a town named in passing.

Every sentence is written for these tests.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import Parser
from libya_events.extraction._mentions import Hit
from libya_events.extraction._storytown import STORY_MARGIN, story_town
from libya_events.gazetteer import Gazetteer
from libya_events.model import Article

PARSER = Parser()


def _parse(text: str, published: str = "2016-03-02") -> Article:
    return PARSER.parse(text, published=published)


def _town_of(article: Article, start: int) -> str | None:
    for loc in article.locations:
        if any(m.span.start == start for m in loc.mentions):
            return loc.name
    return None


# A story about Zawiya that names Surman once, in passing, then goes back to "the city".
STORY = (
    "Zawiya clashes enter third day\n\n"
    "Gunmen fought near the port of Zawiya on Monday. Residents of Zawiya said the shooting "
    "went on all night, and the hospital in Zawiya asked for blood.\n\n"
    "Several families drove west to stay with relatives in Surman.\n\n"
    "A shopkeeper said militiamen had set up a checkpoint outside the city on Tuesday."
)


def test_the_city_after_a_town_named_in_passing_is_the_story_town() -> None:
    article = _parse(STORY)
    assert _town_of(article, STORY.index("the city")) == "Zawiya"


def test_the_city_in_the_sentence_of_the_town_just_named_is_that_town() -> None:
    text = STORY.replace(
        "A shopkeeper said militiamen had set up a checkpoint outside the city on Tuesday.",
        "Gunmen also drove into Surman, and residents said the city was tense on Tuesday.",
    )
    article = _parse(text)
    assert _town_of(article, text.index("the city")) == "Surman"


def test_a_sentence_set_in_another_town_keeps_that_town() -> None:
    text = STORY.replace(
        "Several families drove west to stay with relatives in Surman.",
        "In Surman, the council met on Monday.",
    )
    article = _parse(text)
    assert _town_of(article, text.index("the city")) == "Surman"


def test_a_story_naming_both_towns_equally_keeps_the_latest() -> None:
    text = (
        "Fighting in Gharyan and Tarhuna\n\n"
        "Shells fell on Gharyan on Monday. Later, fighters entered Tarhuna from the south.\n\n"
        "A doctor said the town had no power on Tuesday."
    )
    article = _parse(text)
    assert _town_of(article, text.index("the town")) == "Tarhuna"


def test_the_town_never_means_the_capital() -> None:
    text = (
        "Tripoli talks stall\n\n"
        "Delegates met in Tripoli on Monday, and Tripoli officials said talks in Tripoli would go on. "
        "Some of them had come from Nalut by road.\n\n"
        "Residents said the town had been quiet."
    )
    article = _parse(text)
    assert _town_of(article, text.index("the town")) == "Nalut"


def test_a_movement_out_of_the_city_goes_to_the_story_town() -> None:
    text = (
        "Benghazi fighting\n\n"
        "Rebels in Benghazi said on Saturday that shells hit Benghazi's port, and doctors in Benghazi "
        "treated dozens. Many families fled east toward Tobruk.\n\n"
        "By evening, rebel fighters had pushed the attackers out of the city."
    )
    article = _parse(text, published="2011-03-20")
    ends = {(m.kind.value, m.origin.name if m.origin else None) for m in article.movements}
    assert ("withdraw", "Tobruk") not in ends
    assert _town_of(article, text.index("the city")) == "Benghazi"


def test_a_town_a_verb_acts_on_keeps_the_city_after_it() -> None:
    text = STORY.replace(
        "Several families drove west to stay with relatives in Surman.",
        "Later the gunmen stormed Surman on Monday night.",
    )
    article = _parse(text)
    assert _town_of(article, text.index("the city")) == "Surman"


def test_the_headline_town_is_the_story_town() -> None:
    text = (
        "Relief convoy reaches Ghat after long drive\n\n"
        "Trucks of flour arrived in Ghat on Sunday. The convoy had passed through Sabha and Ubari "
        "on its way south.\n\n"
        "A council member said the town still lacked fuel."
    )
    article = _parse(text)
    assert _town_of(article, text.index("the town")) == "Ghat"


def test_without_a_headline_the_latest_town_named_once_more_stays() -> None:
    text = (
        "Trucks of flour arrived in Ghat on Sunday. The convoy had passed through Sabha and Ubari "
        "on its way south.\n\n"
        "A council member said the town still lacked fuel."
    )
    article = _parse(text)
    assert _town_of(article, text.index("the town")) == "Ubari"


# --------------------------------------------------------------------- "X's men"


def _actor_of(article: Article, phrase: str, text: str) -> tuple[str, str] | None:
    start = text.index(phrase)
    for actor in article.actors:
        if any(
            m.span.start <= start < m.span.end or start <= m.span.start < start + len(phrase)
            for m in actor.mentions
        ):
            if actor.kind.value != "person":
                return actor.name, actor.kind.value
    return None


def test_an_unknown_commanders_men_are_his_group_not_him() -> None:
    text = "Shooting was heard in Gharyan on Friday. Salem Bakkoush's men seized the depot on Saturday."
    article = _parse(text)
    assert [m.actor for m in article.movements] == ["Bakkoush's forces"]
    assert {a.name: a.kind.value for a in article.actors}["Salem Bakkoush"] == "person"
    assert _actor_of(article, "Salem Bakkoush's men", text) == ("Bakkoush's forces", "armed_group")


def test_fighters_loyal_to_an_unknown_commander_are_his_group() -> None:
    text = "Shooting was heard in Gharyan on Friday. Fighters loyal to Salem Bakkoush seized the depot."
    article = _parse(text)
    assert [m.actor for m in article.movements] == ["Bakkoush's forces"]


def test_a_commanders_brother_is_no_force() -> None:
    text = "Shooting was heard in Gharyan on Friday. Salem Bakkoush's brother said the depot was quiet."
    article = _parse(text)
    assert not any(a.name.endswith("'s forces") for a in article.actors)


def test_a_known_commanders_forces_stay_his_side() -> None:
    text = "Shooting was heard in Gharyan on Friday. Khalifa Haftar's men seized the depot on Saturday."
    article = _parse(text)
    assert [m.actor for m in article.movements] == ["Libyan National Army"]


GAZ = Gazetteer.default()


def _hit(start: int, name: str) -> Hit:
    place = next(p for p in GAZ.lookup(name) if p.country_code == "LY" and p.populated)
    return Hit(start, start + len(name), place.id, place.name, "gazetteer", place=place)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=6))
def test_story_town_prefers_a_town_only_by_the_margin(often: int, latest_count: int) -> None:
    words: list[str] = []
    hits: list[Hit] = []
    pos = 0
    for name, count in (("Misrata", often), ("Sirte", latest_count + 1)):
        for _ in range(count):
            hits.append(_hit(pos + len("from "), name))
            words.append(f"from {name}. ")
            pos += len(f"from {name}. ")
    folded = "".join(words) + "the city"
    chosen = story_town(folded, hits[-1], hits, pos, "city")
    expect = "Misrata" if often >= latest_count + 1 + STORY_MARGIN else "Sirte"
    assert chosen.name == expect

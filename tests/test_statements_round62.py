"""Round 62: a long name's possessive, institutions that speak, and hedges that say nothing.

* "The Government of National Accord's Ministry of Interior said": the ministry speaks, not the
  government the parser read as the phrase's head.
* "schools and the University of Tripoli said": a named university or hospital that speaks is
  a body (and still a site); schools and universities speak as unnamed sources.
* "Gunmen stormed a hotel, believed to be the work of X": a hedging participle is nobody's
  speech.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import kinds, speakers
from _statement_views import PARSER, PUBLISHED, statements

from libya_events.model import ActorKind

# ------------------------------------ a long name's possessive


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Government of National Accord's Ministry of Interior said 14 suspects were held in Zawiya.",
            "Ministry of Interior",
        ),
        (
            "The Government of National Unity's Ministry of Defence said its units had secured the port.",
            "Ministry of Defence",
        ),
        (
            "The Government of National Unity's Ministry of Health said two clinics in Janzour were shut.",
            "Ministry of Health",
        ),
    ],
)
def test_a_long_names_possessive_credits_the_owned_body(sentence: str, body: str) -> None:
    assert [s.speaker for s in statements(sentence)] == [body]


def test_a_title_of_an_owned_noun_keeps_its_head() -> None:
    # "the head of the GNA's army": the head speaks, not the army
    found = statements("The head of the GNA's army said his men had come under fire near Gharyan.")
    assert [s.speaker for s in found] == ["head of the GNA's army"]


# ------------------------------------ institutions that speak


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Schools and the University of Tripoli said lessons would stop until the fighting ended.",
            ["Schools", "University of Tripoli"],
        ),
        (
            "The municipality and the University of Benghazi said the campus would open again on Sunday.",
            ["The municipality", "University of Benghazi"],
        ),
        (
            "The University of Tripoli announced that exams would be held a week later.",
            ["University of Tripoli"],
        ),
    ],
)
def test_a_named_university_that_speaks_is_a_speaker(sentence: str, expected: list[str]) -> None:
    article = PARSER.parse(sentence, published=PUBLISHED)
    assert sorted(s or "" for s in speakers(article)) == sorted(expected)
    assert kinds(article)["University of " + expected[-1].split()[-1]] is ActorKind.ORGANIZATION
    assert any(loc.name == expected[-1] for loc in article.locations)  # still a site


def test_schools_speak_as_an_unnamed_source() -> None:
    found = statements("The council ordered shops to close, and schools said lessons were cancelled.")
    assert "schools" in [s.speaker for s in found]


def test_people_at_a_university_speak_not_the_university() -> None:
    article = PARSER.parse(
        "Students at the University of Benghazi said they had slept in the library.", published=PUBLISHED
    )
    assert speakers(article) == ["Students"]
    assert "University of Benghazi" not in kinds(article)


# ------------------------------------ a hedge is no speech


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen stormed a hotel in Tripoli on Tuesday, believed to be the work of Islamic State.",
        "Militants blew up a checkpoint near Sirte, thought to be the work of a local gang.",
        "Masked men shot dead a judge in Derna, said to be the third such killing this month.",
    ],
)
def test_a_hedging_participle_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == []


def test_a_conjoined_claim_still_speaks() -> None:
    # "and claimed to have ...": the subject's own claim, not a hedge
    found = statements("The LNA seized Gharyan and claimed to have killed 40 fighters.")
    assert [s.speaker for s in found] == ["Libyan National Army"]


# ------------------------------------ an unnamed office that speaks


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "The Deputy Humanitarian Coordinator for Libya said food had reached Murzuq by road.",
            "Deputy Humanitarian Coordinator for Libya",
        ),
        (
            "The Special Rapporteur on Torture said detainees in Tarhuna had been beaten.",
            "Special Rapporteur on Torture",
        ),
        (
            "The Deputy Special Representative said the talks would go on in Geneva.",
            "Deputy Special Representative",
        ),
    ],
)
def test_an_unnamed_office_speaks_as_an_unnamed_source(sentence: str, office: str) -> None:
    article = PARSER.parse(sentence, published=PUBLISHED)
    assert speakers(article) == [office]
    assert kinds(article)[office] is ActorKind.COLLECTIVE  # unnamed sources are collective


def test_a_named_holder_keeps_the_statement() -> None:
    found = statements("The Special Rapporteur on Torture, Lena Ortiz, said detainees had been beaten.")
    assert [s.speaker for s in found] == ["Lena Ortiz"]

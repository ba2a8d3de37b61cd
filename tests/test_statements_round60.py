"""Round 60: a press release's body calls on parties in the issuer's name.

"The network calls on all parties to ...", after a release that opens with "The Sahel Relief
Network is alarmed by ...": the description by the name's own head ("the network", "the
association") is the issuing body, even with another body named in between.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import speakers

from libya_events import Parser

PARSER = Parser()


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Sahel Relief Network", "network"),
        ("Coastal Aid Association", "association"),
        ("Fezzan Health Foundation", "foundation"),
    ],
)
def test_a_release_calls_on_parties_in_its_issuers_name(body: str, head: str) -> None:
    text = (
        f"Benghazi, 3 March 2021 - The {body} is alarmed by reports of shelling near the detention "
        "centres of Tripoli.\n\n"
        "UNHCR said last week that it had moved 120 refugees out of one of the centres.\n\n"
        f"The {head} calls on all parties to keep civilians out of harm's way and urges the authorities "
        "to release the most vulnerable detainees."
    )
    article = PARSER.parse(text, published="2021-03-03")
    assert speakers(article) == ["UNHCR", body, body]


def test_a_head_no_body_is_named_by_stays_with_the_latest_body() -> None:
    text = (
        "UNHCR said on Monday that it had moved 120 refugees out of a centre in Tripoli.\n\n"
        "The agency calls on all parties to keep civilians out of harm's way."
    )
    article = PARSER.parse(text, published="2021-03-03")
    assert speakers(article) == ["UNHCR", "UNHCR"]


# ------------------------------------ a release's own "we"


@pytest.mark.parametrize(
    "opening",
    [
        "Benghazi, 3 March 2021 - The Sahel Relief Network is alarmed by reports of shelling near the "
        "detention centres of Tripoli.",
        "Benghazi, 3 March 2021 - Doctors Without Borders (MSF) is alarmed by reports of shelling near "
        "the detention centres of Tripoli.",
        "The Sahel Relief Network welcomes the release of 40 detainees from a centre in Tripoli.",
    ],
)
def test_a_releases_we_is_its_issuer(opening: str) -> None:
    text = opening + "\n\nWe urge the authorities to release the most vulnerable detainees at once."
    article = PARSER.parse(text, published="2021-03-03")
    issuer = article.statements[-1].speaker
    assert issuer in ("Sahel Relief Network", "Doctors Without Borders")
    assert article.statements[-1].text.startswith("the authorities to release")


@pytest.mark.parametrize(
    "opening",
    [
        "MSF said on Monday that shelling had hit a detention centre in Tripoli.",  # a report in the past
        "Ali Salem, who runs a clinic in Tripoli, said MSF is alarmed by the shelling.",  # a person first
    ],
)
def test_a_storys_we_is_no_bodys(opening: str) -> None:
    text = opening + "\n\nWe urge the authorities to release the most vulnerable detainees at once."
    article = PARSER.parse(text, published="2021-03-03")
    assert all("release" not in s.text for s in article.statements)

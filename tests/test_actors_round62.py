"""Round 62: a capitalised group word inside a title ("the Resident Coordinator") adds no mention.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from _actor_views import mentions
from _statement_views import PARSER, PUBLISHED


@pytest.mark.parametrize(
    "sentence",
    [
        "Lena Ortiz, the Resident Coordinator, said the floods had cut off three villages.",
        "Lena Ortiz, the Resident Representative, said the floods had cut off three villages.",
        "Lena Ortiz, the Resident Coordinator for Libya, warned that the wells were spoiled.",
    ],
)
def test_a_title_word_is_no_mention_of_its_holder(sentence: str) -> None:
    article = PARSER.parse(sentence, published=PUBLISHED)
    assert mentions(article, "Lena Ortiz") == ["Lena Ortiz"]


def test_a_resident_still_speaks() -> None:
    article = PARSER.parse(
        "A resident of Derna said the water had reached the second floor.", published=PUBLISHED
    )
    assert [s.speaker for s in article.statements] == ["resident"]

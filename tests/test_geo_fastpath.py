"""The fast candidate scan of find_relative_phrases agrees with the plain _TRIGGER.search scan."""

from __future__ import annotations

import random

import pytest
from _shared import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events.geo import find_relative_phrases
from libya_events.geo._relative import _GATE_FIX, _find_reference

HANDWRITTEN = [
    "GHARYAN, Libya - Fighters entered Qasr, a village some 12 km (7 miles) north-east of Gharyan,\n"
    "on Monday. Others gathered on the southern outskirts of the capital and near Sirte, while a convoy\n"
    "was seen 650 km from Benghazi. Talks between Sirte and Misrata stalled. A camp south of Sabha was\n"
    "hit; residents of the south of Libya fled to within 25 km of Derna.",
    "about 650 km (404 miles) south of Tripoli",
    "It lies some 250 km (155\nmiles) east of Benghazi, on the coast.",
    "a town 80 km south of Tripoli On Monday and 20 km west of Misrata's port",
    "two thousand three hundred and five km north of Derna; a hundred miles from Sirte; eighty-km west of Hun",
    "just over 5 km of Tripoli, no more than 3 km from Sirte, not more than 4 km from Derna, an estimated 9 km of X",
    "handsome 5 km from Tripoli; Hanover 6 km from Sirte; whereabout 7 km of Derna",
    "Keast of Tripoli; Pluto the south of Sirte; the south of Libya; to the  south of Sabha; To The West Of Gharyan",
    "45km ESE of Sirte, 9 km NNE of Libya's capital, Tripoli; WNNE of Derna; the US of America; IS of Sirte",
    "NORTH OF TRIPOLI, 80 KM SOUTH OF SIRTE, NEAR BENGHAZI, BETWEEN SIRTE AND MISRATA, Near Derna",
    "It received $50m from Qatar. A grant of 50m from Italy. The road runs 80 km. Then it ends. 5 m north of Sirte",
    "12 nautical miles north of Derna; 12 nm off Derna; 3 nmi from Sirte; 4 mi east of Hun; 800 metres west of Sirte",
    "on the north-western outskirts of Tripoli; the eastern outskirts of Sirte; just outside Misrata; outside of Derna",
    "nearby Sirte; close to Sirte; next to Derna; in the vicinity of Sabha; not far from Hun; on the edge of Ubari",
    "within 90 km (56 miles) of the capital Tripoli; less than 3 km from Sirte; up to 9 km from Derna",
    "1,000 kilometres east of Tripoli; 2.5 km north of Sirte; 1,234,567 km from Mars; 1.2.3 km of Sirte; x,5 km of Y",
    "80 km of 1,000 (km south-southwest of the between near " * 3,
    "south-southwest of Gharyan; north east of Sirte; north--east of Derna; northeastern of X; south\u2013west of Hun",
    "some 30 miles east of Benghazi, roughly 150 kilometers south-southeast of Tripoli, approx. 5 km of Sirte",
    "\u0130n the vicinity of Sirte; \u017fouth of Tripoli; 5 \u212am west of Derna; w\u0131th\u0131n 5 km of Hun",
    "circa    5 km of Sirte; about       5 km of Sirte; 5\tkm\tof\tSirte; five\nmiles\nfrom\nDerna",
    "at 5 km; 5km; 5-km-long road; the 5 km of road to Sirte; 5 km away from Misrata; 5 km due north of Sirte",
]

VOCAB = (
    "80 5 1,000 2.5 12 one two eighty hundred thousand a an and km kms kilometres miles mile mi m nm nmi "
    "nautical metres of from away due to the north south east west north-east south-southwest N S E W NNE "
    "ESE SW about some within just over under more than no not less up approx. estimated close next near "
    "nearby outside outskirts on in vicinity far edge between Tripoli Sirte Misrata Bani Walid Al-Khums "
    "capital city town ( ) , . ; - \n Keast Pluto US IS handsome"
).split()


def _same(text: str) -> None:
    assert find_relative_phrases(text) == _find_reference(text)


@pytest.mark.parametrize("text", HANDWRITTEN)
def test_fast_path_matches_reference_on_handwritten_texts(text: str) -> None:
    _same(text)


def test_fast_path_matches_reference_on_generated_word_salad() -> None:
    rng = random.Random(20261123)
    for _ in range(3000):
        words = rng.choices(VOCAB, k=rng.randint(1, 25))
        seps = [rng.choice([" ", " ", " ", "  ", "\n", "-", "", "       "]) for _ in words]
        _same("".join(w + s for w, s in zip(words, seps, strict=True)))


def test_fast_path_matches_reference_on_dev_articles() -> None:
    from libya_events.text import fold

    paths = sorted((SHARED / "eval" / "dev").glob("*.txt"))
    if not paths:
        pytest.skip("no dev articles next to the repository")
    for path in paths:
        text = fold(path.read_text(encoding="utf-8"))
        _same(text)
        _same(text.upper())
        _same(text.lower())


@settings(max_examples=300)
@given(st.lists(st.sampled_from(VOCAB), max_size=30).map(" ".join))
def test_fast_path_matches_reference_on_vocabulary(text: str) -> None:
    _same(text)


@given(st.text(alphabet=st.sampled_from(list("5km ofnorthsesNSEW,.-()ta\n\u0130\u017f\u212aT")), max_size=60))
def test_fast_path_matches_reference_on_trigger_characters(text: str) -> None:
    _same(text + " of Tripoli")


@given(st.text())
def test_fast_path_matches_reference_on_any_text(text: str) -> None:
    _same(text)


def test_gate_copy_covers_every_case_insensitive_ascii_letter() -> None:
    """The lower-cased copy the fast path scans has, wherever the text has a character that
    re.IGNORECASE matches to an ASCII letter, that letter, and keeps every offset."""
    import re

    letters = [(x, re.compile(x, re.IGNORECASE)) for x in "abcdefghijklmnopqrstuvwxyz"]
    for cp in (*range(0x80, 0x3000), 0x212A, 0xFB05, 0xFB06):
        c = chr(cp)
        low = c.translate(_GATE_FIX).lower()
        assert len(low) == 1, hex(cp)
        for x, pattern in letters:
            if pattern.fullmatch(c):
                assert low == x, hex(cp)

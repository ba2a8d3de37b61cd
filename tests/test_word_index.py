"""The frozen alias index (libya_events.extraction._mentions._WordIndex) finds what a scan of
every alias sharing the first word finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events.extraction._mentions import _WordIndex, words_of

_WORDS = ["al", "government", "of", "national", "accord", "unity", "army", "Sirte", "the", "Libyan"]
_ALIASES = st.lists(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5).map(" ".join), min_size=1, max_size=25
)
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", "-", ", ", "\n"])), max_size=20
).map(lambda pairs: "".join(w + g for w, g in pairs))


@settings(max_examples=300, deadline=None)
@given(_ALIASES, _TEXTS)
def test_frozen_matches_are_the_scanned_matches(aliases: list[str], text: str) -> None:
    index = _WordIndex()
    for n, alias in enumerate(aliases):
        index.add(alias, ("kb", n, False))
    index.freeze()
    words = words_of(text)
    keys = tuple(w.key for w in words)
    for i in range(len(words)):
        # the scan over the first word's aliases (sorted longest first by freeze) is the reference
        assert index.matches(words, keys, i, text) == index._matches_unfrozen(words, keys, i, text)


def test_an_alias_cut_off_by_the_end_of_the_text_is_not_found() -> None:
    index = _WordIndex()
    index.add("government of national accord", ("kb", 1, False))
    index.add("government of national", ("kb", 2, False))
    index.freeze()
    words = words_of("the government of national")
    keys = tuple(w.key for w in words)
    assert index.matches(words, keys, 1, "the government of national") == [(3, ("kb", 2, False))]

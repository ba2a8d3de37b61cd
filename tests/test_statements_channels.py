"""The channel finder's cheap word tests never change what the channel patterns find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events.extraction._lexicon import CHANNELS
from libya_events.extraction._statements import channel_of


def _plain_channel_of(window: str, *, nearest: bool = False) -> str | None:
    """Every pattern searched in turn: the first named, or the one that starts first."""
    found: list[tuple[int, str]] = []
    for pattern, name in CHANNELS:
        m = pattern.search(window)
        if m is not None:
            if not nearest:
                return name
            found.append((m.start(), name))
    return min(found)[1] if found else None


WORDS = (
    *("on", "via", "his", "her", "its", "posted", "wrote", "in", "a", "post", "by", "the", "state"),
    *("X", "x", "Twitter", "tweet", "tweeted", "tweets", "account", "Facebook", "televised"),
    *("television", "address", "speech", "broadcast", "news", "press", "conference", "briefing"),
    *("phone", "telephone", "call", "interview", "video", "statement", "communique", "communiqué"),
    *("box", "next", "onx", "ſtatement", "\u212aX", "minister", "said", "Tripoli", "\u201cwe\u201d"),
)
SEPARATORS = (" ", "  ", "\t", ", ", ". ", "-", "", "\n")


@st.composite
def windows(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=12))
    text = "".join(word + sep for word, sep in parts)
    upper = draw(st.booleans())
    return text.upper() if upper else text


@settings(max_examples=400)
@given(windows(), st.booleans())
def test_channel_of_agrees_with_every_pattern_searched(window: str, nearest: bool) -> None:
    assert channel_of(window, nearest=nearest) == _plain_channel_of(window, nearest=nearest)


def test_nearest_channel_is_the_one_named_first() -> None:
    window = "speaking by phone after a video posted on X"
    assert channel_of(window) == "Twitter"
    assert channel_of(window, nearest=True) == "telephone"
    assert channel_of("nothing of the kind was said") is None

"""The channel finder's cheap word tests (each channel's cues) never change what the channel
patterns find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events.extraction._lexicon import CHANNELS, Channel, _channel
from libya_events.extraction._statements import channel_of


def _plain_channel_of(window: str, *, nearest: bool = False) -> str | None:
    """Every pattern searched in turn: the first named, or the one that starts first."""
    found: list[tuple[int, str]] = []
    for channel in CHANNELS:
        m = channel.pattern.search(window)
        if m is not None:
            if not nearest:
                return channel.name
            found.append((m.start(), channel.name))
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


EXAMPLES = (
    "posted on X",
    "tweeted",
    "on Facebook",
    "in a televised speech",
    "a news conference",
    "by phone",
    "the interview",
    "a video",
    "a statement",
)
"""One window per channel, written only with ``WORDS``: a channel none of them names has no
words in the vocabulary above, so the agreement test could not see its cues go wrong."""


@pytest.mark.parametrize("channel", CHANNELS, ids=[f"{c.name}:{c.cues[0]}" for c in CHANNELS])
def test_the_vocabulary_names_every_channel(channel: Channel) -> None:
    hits = [
        window for window in EXAMPLES if channel.pattern.search(window) and channel_of(window) is not None
    ]
    assert hits, "add words that name this channel to WORDS and an example to EXAMPLES"
    for window in hits:
        assert all(word in WORDS for word in window.split())


@pytest.mark.parametrize("cues", [(), ("",), ("Twitter",)])
def test_a_channel_row_needs_lower_case_cues(cues: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="cues"):
        _channel(r"\bpodcast\b", "podcast", cues)

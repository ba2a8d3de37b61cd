"""Word gates (libya_events.text._gate) find exactly what the plain whole-text scans find."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import libya_events
from libya_events.extraction._mentions import _NAME, _name_starts, words_of
from libya_events.text._gate import FirstWords, HeadWords, WordGate, finditer_at


def _gated() -> dict[str, FirstWords | HeadWords]:
    found: dict[str, FirstWords | HeadWords] = {}
    for info in pkgutil.walk_packages(libya_events.__path__, "libya_events."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (FirstWords, HeadWords)):
                found[f"{info.name}.{name}"] = value
    return found


GATED = _gated()


def _same(first: FirstWords | HeadWords, text: str) -> None:
    gate = WordGate(text, words_of(text))
    assert [m.span() for m in gate.finditer(first)] == [m.span() for m in first.pattern.finditer(text)]


def test_the_gated_patterns_are_found() -> None:
    assert len(GATED) >= 12
    for first in GATED.values():
        assert first.pattern.pattern.startswith("\\b"), first.pattern.pattern
        assert first.words == {w.lower() for w in first.words}


HANDWRITTEN = [
    "Forces loyal to the Government of National Accord and troops backing the GNA moved in. Its forces,\n"
    "his men and THEIR fighters held the town; pro-government militias and the government's troops too.",
    "An official said one resident and another witness saw it. The town's mayor, the local governor and "
    "a senior military source spoke; The mayor left. It was over, said a man.",
    "In eastern Libya, the east of the country, the South and central regions; north-east of it; "
    "the that the city, that town, the eastern city's port, the oil field; toward Sirte, towards Derna, "
    "into Hun, near Al-Jufra, outside Ubari, at Ghat, from Zuwara to Sabratha around Surman.",
    "_forces loyal to X; forces_loyal to Y; 5forces loyal to Z; it's it_ it1 IT. the__ east-west thecity",
    "the\n\nthe  the\tcity it\nit forces\n\nloyal to him; his\n office; its own forces; their units",
    "The 166 Brigade, the al-Samood Brigade and Tripoli Revolutionaries Brigades; the Nawasi militia, "
    "Misrata's Halbous battalion; the Interior Ministry, the Ministry of Foreign Affairs and Cooperation, "
    "local government ministry, the Italian parliament, Zawiya municipality, Sirte municipal council; "
    "armed Chadian rebels and mercenaries, rival tribal fighters; the Operations Room; Operation Volcano; "
    "National Oil Corporation, the Brega Company; al-Kaniyat's 7th Brigade; X-brigade; O'Neil\tBrigade.",
    "the 444 Combat Al Marsous el Bunyan Brigade left; Joint Al Bunyan Al Marsous Operations Room; "
    "the Abu-Salim Martyrs Nawasi militias; the Tripoli Revolutionaries Halbous brigade; the Libyan Central "
    "Region Joint Operation; of al Farouk Brigade",
    "a brigade called the Desert Lions, a spokesman, named Omar Ali, and a group known as Fajr told Libya "
    "Channel and the broadcaster Al-Nabaa TV; the daily Al-Wasat, news agency LANA, radio Tripoli FM; "
    "pro-Haftar fighters, Pro-GNA troops; his office and her media office; Camp 27, Bridge 17, University "
    "of Tripoli; the Heera checkpoint, the main road, Martyrs Square; the mountainous west, the southern "
    "desert; Souq al-Jouma, Wadi Zamzam",
    "a senior U.S. military official said; one local Libyan oil official; another GNA medical official "
    "spoke; The town's mayor and the local governor; an official source; a man Ali; the old coastal "
    "oil-rich city's port, that strategic air base, the eastern-most oil field; THE TOWN; the Dam",
]


HEAD_VOCAB = (
    "the The Al al el of al-Bunyan Marsous 444 7th Combat Joint Tripoli Abu-Salim O'Neil Martyrs X_Y "
    "Brigade brigade Battalion battalions militia militias Operations Room Operation Ministry Command "
    "Company Corporation parliament municipality municipal council Interior local government Italian "
    "Libyan GNA armed tribal rebels fighters and a an one another senior U.S. U.N. military official "
    "source man woman mayor governor town's city's coastal oil-rich city town air base field port"
).split()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(HEAD_VOCAB), max_size=30),
    st.lists(st.sampled_from([" ", " ", " ", "  ", "\n", "-", ", "]), min_size=30, max_size=30),
)
def test_head_gates_agree_on_generated_names(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    for first in GATED.values():
        if isinstance(first, HeadWords):
            _same(first, text)


VOCAB = (
    "forces troops fighters units soldiers militias men loyalists convoys loyal to backing commanded by led "
    "allied with aligned under government Government GNA pro-government the The THE a A an An one another "
    "official source mayor governor town's local senior it It IT its his their own that city town oil field "
    "east eastern South north-east central Libya country part of in near outside around at from into "
    "towards toward Sirte Al-Jufra Haftar 's , . ; - _ 5 ( ) \n "
    "Brigade brigade brigades Battalion battalion Ministry ministry Command Corporation Company Operations "
    "Room operation Operation militia militias parliament municipality municipal council Interior "
    "interior defence local Libyan Italian GNA Islamist armed rival tribal gunmen fighters 166 al-Samood "
    "O'Neil X-brigade 7th Nawasi Revolutionaries and called named known as broadcaster daily news agency "
    "TV Channel channel Radio radio told with by on Camp camp Bridge University checkpoint road square "
    "pro-Haftar Pro-GNA pro his her office media mountainous western southern desert Sahara"
).split()


@pytest.mark.parametrize("name", sorted(GATED))
@pytest.mark.parametrize("text", HANDWRITTEN)
def test_gates_agree_on_handwritten_texts(name: str, text: str) -> None:
    _same(GATED[name], text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(VOCAB), max_size=40),
    st.lists(st.sampled_from([" ", " ", " ", "  ", "\n", "", "-", "_"]), min_size=40, max_size=40),
)
def test_gates_agree_on_generated_texts(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    for first in GATED.values():
        _same(first, text)


def test_a_text_with_other_characters_is_scanned_whole() -> None:
    text = "\u212aurds and forces loyal to the government; \u017foldiers loyal to him; it"
    for first in GATED.values():
        _same(first, text)


NAME_VOCAB = (
    "Khalifa Haftar al-Sarraj Al-Mismari el-Obeidi Abdel-Hamid Abu-Bakr Ben Bin bin ibn Ould Bani al el "
    "McCain O'Neil Dbeibah's UNSMIL GNA U.N. Said Aguila Saleh Issa the said Ahmed-Ali Mr Gen. -Zawi - ' "
    "Al Abdul Abdul-Rahman X Ab Mohammed ElSisi a"
).split()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(NAME_VOCAB), max_size=30),
    st.lists(st.sampled_from([" ", " ", "  ", "\n", "", "-", ", ", "."]), min_size=30, max_size=30),
)
def test_name_starts_hold_every_name(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    gated = [m.span() for m in finditer_at(_NAME, text, _name_starts(text))]
    assert gated == [m.span() for m in _NAME.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(VOCAB), max_size=40),
    st.lists(st.sampled_from([" ", " ", "  ", "\n", "", "-", ","]), min_size=40, max_size=40),
)
def test_gates_agree_on_a_lower_case_copy(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    gate = WordGate(text, words_of(text))
    lower = text.lower()
    for first in GATED.values():
        found = [m.span() for m in gate.finditer(first, on=lower)]
        assert found == [m.span() for m in first.pattern.finditer(lower)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=30), st.sampled_from(VOCAB))
def test_word_lookups_agree_with_a_scan(words: list[str], extra: str) -> None:
    text = " ".join(words)
    found = words_of(text)
    gate = WordGate(text, found)
    keys = {w.key for w in words_of(" ".join([*words[:3], extra]))}
    assert gate.positions(keys) == [i for i, w in enumerate(found) if w.key in keys]
    assert gate.has_any(keys) == any(w.key in keys for w in found)


OTHER_CHARACTERS = [
    "\u00e9",  # e with an acute accent: a word character
    "\u015e",  # S with a cedilla
    "\u00df",  # sharp s (upper case: two letters)
    "\u0301",  # a combining acute accent: no word character
    "\u2026",  # an ellipsis
    "\u00a0",  # a no-break space
    "\u2009",  # a thin space
    "\u00b0",  # a degree sign
    "\u2019",  # a right single quote, which some patterns name
    "\u212a",  # the Kelvin sign: "k" when the case is ignored
    "\u017f",  # the long s: "s" when the case is ignored
    "\u0131",  # the dotless i
    "\u0663",  # an Arabic-Indic digit three
]
OTHER_WORDS = ["forc\u00e9s", "\u00c9mile", "Salam\u00e9", "Erdo\u011fan", "Sch\u00fctz", "\u00e9troops"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(VOCAB + OTHER_WORDS), max_size=40),
    st.lists(
        st.sampled_from([" ", " ", "  ", "\n", "", "-", "_", *OTHER_CHARACTERS]), min_size=40, max_size=40
    ),
)
def test_gates_agree_on_texts_with_other_characters(words: list[str], gaps: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    gate = WordGate(text, words_of(text))
    lower = text.lower()
    for first in GATED.values():
        _same(first, text)
        if len(lower) == len(text):
            found = [m.span() for m in gate.finditer(first, on=lower)]
            assert found == [m.span() for m in first.pattern.finditer(lower)]


def test_a_text_with_accented_names_is_gated_by_its_ascii_words() -> None:
    """The speed of the gate holds for a text with "Salam\u00e9" or an ellipsis in it."""
    text = "Forces loyal to Ghassan Salam\u00e9 moved\u2026 and pro-government troops followed."
    gate = WordGate(text, words_of(text))
    for first in GATED.values():
        assert gate._ascii_gate(first.pattern, None) is not None
        _same(first, text)
    kelvin = WordGate(text + " \u212a", words_of(text + " \u212a"))
    assert all(kelvin._ascii_gate(first.pattern, None) is None for first in GATED.values())

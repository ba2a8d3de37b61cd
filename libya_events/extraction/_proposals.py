"""Names the dictionaries miss, read from the parse: places in place slots, unknown actors.

The knowledge base and the gazetteer name entities by exact aliases; the parse tells where a
name sits. Two proposals use that:

* :func:`place_slot_hits` — a proper name in a slot only a place fills (the object of "in",
  "near", "from"; a conjunct of a named place; the modifier of "area", "suburb") is looked up
  with the gazetteer's spelling-tolerant matching ("Ghariyan", "Zawiyya", "Sawkna").
* :func:`actor_proposals` — the pipeline's entity recogniser (PERSON, ORG) proposes actors the
  knowledge base and the genre patterns do not know; head nouns ("brigade", "council",
  "authority") give an organisation its kind, and the knowledge base links a proposal it knows.

Both return :class:`~libya_events.extraction._mentions.Hit` objects with spans into the
article; both only read the project's own parse records.
"""

from __future__ import annotations

from collections.abc import Sequence

from libya_events.extraction._lexicon import COMMON_CAPITALISED
from libya_events.extraction._mentions import Hit
from libya_events.gazetteer import Gazetteer, Place
from libya_events.model import LocationKind
from libya_events.syntax import ParsedSentence, Token

__all__ = ["PLACE_NOUNS", "PLACE_PREPOSITIONS", "place_slot_hits"]

PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "into", "towards", "toward", "outside", "around", "inside", "via"}
)
"""Prepositions whose object, when a proper name, is most likely a place."""

PLACE_NOUNS = frozenset(
    {
        "area",
        "suburb",
        "district",
        "town",
        "village",
        "city",
        "neighbourhood",
        "neighborhood",
        "oasis",
        "outskirts",
    }
)
"""Common nouns that a place name modifies ("the Sheiha area") or follows ("the town of X")."""

NAME_PARTS = frozenset({"PROPN"})
NAME_LINKS = frozenset({"al", "el", "-", "bin", "ben", "abu"})
COMPOUNDS = frozenset({"compound", "nmod", "amod"})
CONJUNCTS = frozenset({"conj", "appos"})
OBJECTS = frozenset({"pobj"})


def place_slot_hits(parsed: Sequence[ParsedSentence], hits: Sequence[Hit], gazetteer: Gazetteer) -> list[Hit]:
    """Places the dictionary pass missed, found by their slot and a tolerant lookup."""
    spans = sorted((h.start, h.end) for h in hits)
    places = [h for h in hits if h.place is not None]
    out: list[Hit] = []
    for sent in parsed:
        for tok in sent.tokens:
            if tok.pos not in NAME_PARTS or _inside_name(sent, tok):
                continue
            first = _name_start(sent, tok)
            start, end = sent.tokens[first].start, tok.end
            if _overlaps(spans, start, end) or not _place_slot(sent, tok, places):
                continue
            place = _lookup(sent.tokens, first, tok.i, gazetteer)
            if place is not None:
                hit = Hit(start, end, place.id, place.name, "fuzzy", place=place, candidates=(place,))
                out.append(hit)
                places.append(hit)  # a later conjunct may lean on it
    return out


def _inside_name(sent: ParsedSentence, tok: Token) -> bool:
    """Whether ``tok`` is not the last word of its name (the next token continues it)."""
    nxt = tok.i + 1
    return (
        nxt < len(sent.tokens)
        and sent.tokens[nxt].pos in NAME_PARTS
        and sent.tokens[nxt].start == tok.end + 1
    )


def _name_start(sent: ParsedSentence, tok: Token) -> int:
    """Index of the first word of the proper name ending at ``tok``."""
    i = tok.i
    while i > 0:
        prev = sent.tokens[i - 1]
        if prev.end not in (sent.tokens[i].start, sent.tokens[i].start - 1):
            break
        if prev.pos not in NAME_PARTS and prev.lower not in NAME_LINKS:
            break
        i -= 1
    while i < tok.i and sent.tokens[i].lower in NAME_LINKS - {"al", "el"}:
        i += 1
    return i


def _place_slot(sent: ParsedSentence, tok: Token, places: Sequence[Hit]) -> bool:
    head = sent.head_of(tok)
    if tok.dep in OBJECTS:
        return head.lower in PLACE_PREPOSITIONS or (
            head.lower == "of" and sent.head_of(head).lemma in PLACE_NOUNS
        )
    if tok.dep in COMPOUNDS:
        return head.lemma in PLACE_NOUNS
    if tok.dep in CONJUNCTS:
        return any(p.start <= head.start and head.end <= p.end for p in places)
    return False


def _lookup(tokens: Sequence[Token], first: int, last: int, gazetteer: Gazetteer) -> Place | None:
    words = [t.text for t in tokens[first : last + 1]]
    if words[-1].lower() in COMMON_CAPITALISED:
        return None
    name = tokens[first].text
    for prev, t in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True):
        name += (" " if t.start > prev.end else "") + t.text
    found = gazetteer.lookup(name) or gazetteer.fuzzy_lookup(name)
    libyan = [p for p in found if p.country_code == "LY" and p.kind is not LocationKind.COUNTRY]
    return libyan[0] if libyan else None


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)

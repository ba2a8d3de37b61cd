"""The town a story is about, for a bare "the city" or "the town" named away from its antecedent.

A bare "the city" usually means the latest town named before it, but a story names other towns
in passing (where people fled to, where a convoy came from, a town a column passed through)
and then goes back to its own town: "Families fled to Surman ... a mother told us outside the
city" is the story's town, not Surman. So where the latest town lies in an earlier sentence and
the story has named another town clearly more often so far, the bare noun means that town.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from libya_events.extraction._mentions import LOYAL_FORCE_WORDS, LOYAL_UNIT_NOUNS, Hit
from libya_events.model import LocationKind

__all__ = ["STORY_MARGIN", "TownTally", "dominant_town", "kept_town", "owner_town", "story_town"]

STORY_MARGIN = 2
"""How many more times the story's town must have been named than the latest town."""
TOWN_FEATURES = frozenset({"populated_place", "capital", "district", "oil_terminal"})
"""Features of a place a bare "the city" may mean (the same as for the latest town)."""
TOWN_HEADS = frozenset({"city", "town", "village"})
"""Heads that mean a whole town ("the neighbourhood", "the area" mean the part just named)."""
TITLE_BONUS = 2
"""What a town named in the headline counts beyond its one mention: the story is about it."""
TITLE_MAX_CHARS = 200
"""How long a first line may be to be read as a headline."""
PASSING_WORDS = frozenset({"from", "to", "toward", "towards", "through", "via", "in", "near", "outside"})
"""Words before a town named in passing: where people fled to or came from, a route, a stay."""
LIST_WORDS = frozenset({"and", "or"})
PASSING_LOOK_CHARS = 80
HOME_GROUP_NOUNS = LOYAL_FORCE_WORDS | {n for n in LOYAL_UNIT_NOUNS if " " not in n}
"""Group nouns a town may stand before as the group's home ("the Misrata brigade", "Zintan
fighters"): a town named so is named in passing, where its fighters come from, not the scene."""
HOME_LOOK_CHARS = 16
SMALL_HEADS = frozenset({"town", "village"})
"""Heads that never mean a country's capital."""
SENTENCE_ENDS = (". ", ".\n", "? ", "! ", "\n")
TOPIC_OPENERS = ("\nIn ", ". In ", "\nAt ", ". At ")
"""A sentence opened by "In X," sets its scene in X: a bare "the city" after it means X."""

MOVER_TOWN_CHARS = 200
"""How far before a bare "the city" that is left the town named as its mover's owner may stand."""
LEFT_TOWN_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:from|out\s++of|left|leaves?+|leaving|fled|flees?+|fleeing|quit|abandoned)\s++\Z",
    re.IGNORECASE,
)
"""Words that make the bare town noun right after them a place left ("from the city", "left the
village")."""
TOWN_OWNER = re.compile(r"(?<![\w'\u2019-])([A-Z][\w-]*+(?:\s[A-Z][\w-]*+)?)['\u2019]s\s")
"""A possessive name ("Misrata's brigades", "Nawfaliya's local council")."""


def owner_town(folded: str, begin: int, floor: int, towns: Mapping[str, Hit]) -> Hit | None:
    """ "Misrata's brigades, which rushed men south from the city", "a member of Nawfaliya's
    council, who left the village": a bare "the city" left by movers named for a town by its
    possessive in the same sentence is that town, though the possessive lies inside the movers'
    mention and names no place itself; only when the latest place named (ending at ``floor``)
    lies in an earlier sentence ("X fell, and Misrata's brigades left the city" leaves X).
    ``towns`` maps a town's lower-cased name to a mention of it elsewhere in the story."""
    if not LEFT_TOWN_BEFORE.search(folded, max(floor, begin - 20), begin):
        return None
    low = max(0, begin - MOVER_TOWN_CHARS)
    for end in SENTENCE_ENDS:
        k = folded.rfind(end, low, begin)
        if k >= 0:
            low = k + len(end)
    if floor > low:
        return None
    found: Hit | None = None
    for m in TOWN_OWNER.finditer(folded, low, begin):
        name = m.group(1).lower()  # "On Saturday Zintan's": the name may be its last word alone
        found = towns.get(name) or towns.get(name.rpartition(" ")[2]) or found
    return found


def story_town(folded: str, latest: Hit, places: Sequence[Hit], begin: int, head: str) -> Hit:
    """``latest``, or the town the story has named clearly more often before ``begin`` when
    ``latest`` lies in an earlier sentence and was named in passing. ``places`` are the article's place hits by start."""
    place = latest.place
    if head not in TOWN_HEADS or place is None or place.kind is not LocationKind.CITY:
        return latest
    between = folded[latest.end : begin]
    if not any(end in between for end in SENTENCE_ENDS):
        return latest  # "Forces reached Sirte and entered the city": the town just named
    if _opens_topic(folded, latest) or not _in_passing(folded, latest):
        return latest  # "In Benghazi, the battle ...", "Our forces entered Sirte. The city ..."
    counts, last = _town_counts(folded, places, begin, capitals=head not in SMALL_HEADS)
    if not counts:
        return latest
    best = max(counts, key=lambda k: counts[k])
    if best != place.id and counts[best] >= counts.get(place.id, 0) + STORY_MARGIN:
        return last[best]
    return latest


REPEAT_REACH_CHARS = 600
"""How far back a bare "the town" told before may be for one told again to keep its town."""


def kept_town(folded: str, latest: Hit, previous: Hit | None, begin: int, head: str) -> Hit | None:
    """ "The militia, which had held the town, fled towards X. Our columns drove into the town":
    a bare "the town" (``previous``, resolved to its town) told again keeps meaning that town
    when the only town named since (``latest``, in an earlier sentence than ``begin``) was
    named in passing: where others fled to, came from or went through. None when it does not."""
    if previous is None or previous.place is None or latest.place is None or head not in TOWN_HEADS:
        return None
    if previous.end > latest.start or begin - previous.end > REPEAT_REACH_CHARS:
        return None
    if previous.place.id == latest.place.id:
        return None
    if not any(end in folded[latest.end : begin] for end in SENTENCE_ENDS):
        return None  # "fled to X and entered the town": the town just named
    if _opens_topic(folded, latest) or not _in_passing(folded, latest):
        return None
    return previous


def dominant_town(folded: str, places: Sequence[Hit], begin: int) -> Hit | None:
    """The latest mention of the town the story has named clearly more often than any other
    before ``begin`` (by STORY_MARGIN, a headline town counting extra), if there is one."""
    counts, last = _town_counts(folded, places, begin, capitals=True)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < ranked[1] + STORY_MARGIN):
        return None
    return last[max(counts, key=lambda k: counts[k])]


class TownTally:
    """``dominant_town`` for many offsets of one article: one pass over the places (on the first
    question) notes the answer after each place, so each question after it is a binary search,
    whatever the order the offsets come in."""

    def __init__(self, folded: str, places: Sequence[Hit]) -> None:
        self._folded = folded
        self._places = places
        self._reach: list[int] = []  # the furthest end of the places up to each one
        self._answers: list[Hit | None] = []  # the answer once the first k places are counted

    def dominant(self, begin: int) -> Hit | None:
        """The latest mention of the town named clearly more often than any other before ``begin``."""
        if not self._answers:
            self._count()
        # ``_town_counts`` stops at the first place that ends after ``begin``
        return self._answers[bisect.bisect_right(self._reach, begin)]

    def _count(self) -> None:
        title_end = _title_end(self._folded)
        counts: dict[str, int] = {}
        last: dict[str, Hit] = {}
        top, top_count, second_count = "", 0, 0  # counts only grow: the two largest run on
        reach = -1
        self._answers.append(None)
        for h in self._places:
            reach = max(reach, h.end)
            self._reach.append(reach)
            p = h.place
            if p is not None and p.kind is LocationKind.CITY and p.feature in TOWN_FEATURES:
                n = counts[p.id] = counts.get(p.id, 0) + (1 + TITLE_BONUS if h.end <= title_end else 1)
                last[p.id] = h
                if p.id == top:
                    top_count = n
                elif n > top_count:
                    top, top_count, second_count = p.id, n, top_count
                else:
                    second_count = max(second_count, n)
            clear = len(counts) == 1 or top_count >= second_count + STORY_MARGIN
            self._answers.append(last[top] if counts and clear else None)


def _town_counts(
    folded: str, places: Sequence[Hit], begin: int, *, capitals: bool
) -> tuple[dict[str, int], dict[str, Hit]]:
    """How often each town is named before ``begin`` (a headline mention counting extra), and
    its latest mention there."""
    counts: dict[str, int] = {}
    last: dict[str, Hit] = {}
    title_end = _title_end(folded)
    for h in places:
        if h.end > begin:
            break
        p = h.place
        if p is None or p.kind is not LocationKind.CITY or p.feature not in TOWN_FEATURES:
            continue
        if not capitals and p.feature == "capital":
            continue
        counts[p.id] = counts.get(p.id, 0) + (1 + TITLE_BONUS if h.end <= title_end else 1)
        last[p.id] = h
    return counts, last


def _opens_topic(folded: str, hit: Hit) -> bool:
    """Whether ``hit`` is the town a sentence opens with ("In Benghazi, the battle ...")."""
    before = folded[max(0, hit.start - 5) : hit.start]
    return before.endswith(TOPIC_OPENERS) and folded[hit.end : hit.end + 1] == ","


def _title_end(folded: str) -> int:
    """Where the headline ends: the first line, when it is short and a line break ends it."""
    end = folded.find("\n", 0, TITLE_MAX_CHARS)
    return end if end > 0 else 0


def _in_passing(folded: str, hit: Hit) -> bool:
    """Whether ``hit`` is named after a word of passing ("fled to X", "from X", "through A and
    X"), or as the home of a group ("the Misrata brigade", "Zintan fighters"), not as what a
    verb acts on ("entered X", "march on X")."""
    after = folded[hit.end : hit.end + HOME_LOOK_CHARS].split(maxsplit=1)
    if after and after[0].lower().rstrip(",.'’s") in HOME_GROUP_NOUNS:
        return True
    words = folded[max(0, hit.start - PASSING_LOOK_CHARS) : hit.start].split()
    listed = False
    for word in reversed(words):
        low = word.lower().rstrip(",")
        if low in LIST_WORDS:
            listed = True
            continue
        if listed and (word[:1].isupper() or low.startswith(("al-", "el-"))):
            continue  # the list's earlier members ("through Jalu and X")
        return low in PASSING_WORDS
    return False

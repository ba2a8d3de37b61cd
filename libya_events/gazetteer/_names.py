"""Name normalisation for place lookup: exact keys, transliteration-variant keys, stop words.

Three levels of key, from strict to loose:

* :func:`normalize_name` — casefold, strip diacritics and apostrophes, hyphens to
  spaces, drop one leading article (``al``, ``el``, ``the``...), collapse spaces.
* :func:`variant_key` — also drops every article token and folds common
  transliteration variants (doubled letters, ``ou``→``u``, ``o``→``u``, ``e``→``i``,
  ``y``→``i``, final ``-ah``→``-a``, final ``-e`` after a consonant, ``gh``/``kh``/
  ``q``/``c`` digraphs, a word's first ``i`` or ``e`` before two consonants to ``a``), so
  *Zawiya*, *Zawiyah* and *Az Zawiyah* share a key, and so do *Ajdabiya* and *Ijdabiya*.
* :func:`lookalike_key` — :func:`variant_key` with each word's first short vowel (``a``, ``e``
  or ``i`` after the word's first consonants) as ``a``: English writes the unwritten Arabic
  vowel of a first syllable as any of them (*Sebaa*/*Sabaa*, *Sirte*/*Sarte*). Too loose to name
  a place by itself; it only offers other readings of a name to a story whose other places
  tell which one it means.
* :func:`skeleton_key` — the first letter of each word plus its consonants (``g`` and
  ``k`` as one letter, the qaf of *Qasr*/*Gasr*/*Kasr*), for vowel-only differences
  (*Misrata*/*Misurata*, *Derna*/*Darnah*, *Sabha*/*Sebha*); used only as a guarded last
  resort.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARTICLES",
    "STOP_WORDS",
    "bounded_edit_distance",
    "is_stop_word",
    "lookalike_key",
    "normalize_name",
    "skeleton_key",
    "variant_key",
]

#: Leading articles dropped by :func:`normalize_name` (Arabic article spellings and "the").
ARTICLES: frozenset[str] = frozenset({"al", "el", "az", "as", "ad", "ash", "at", "ar", "an", "the"})

_APOSTROPHES = "'’‘ʿʾ`´ʼʻ\u02bc\u02bb"
_HYPHENS = "-‐‑‒–—―"
_DROP = str.maketrans(dict.fromkeys(_APOSTROPHES + "."))
_SPACE = str.maketrans(dict.fromkeys(_HYPHENS + ',;:/()[]{}"!?&_+*', " "))
_WS = re.compile(r"\s+")

_STOP_TEXT = """
room rooms border borders battle battles karama operation operations
village villaggio sultan marhaba serraj sarraj haftar dbeibah dbeibeh bashagha sisi erdogan putin
macron batman ahmad ahmed mohammed muhammad mohamed ali omar hassan hussein salem ibrahim abdullah
mustafa khalifa allah
a about above across after again against all also am among and any are army around as at away back
base be because been before being below between both but by call called camp can capital centre
center chief city clash clashes coast come commander conference council country court day de del der
des di die do does don down during each east eastern el en end et every few field fields for force
forces foreign forum from front gate general get go government group groups had has have he her here
hers him his home hope house how however i if in including into is it its just last late le les like
local made main make man many may me men military minister ministry more most much must my national
near new news next no none nor north northern not now of off office official oil on once one only or
other our out over own party people place police port power press president prime public rebel
rebels region report reported said same say says second see she should since so some south southern
spokesman state states still such support take than that the their them then there these they this
those through time to today told too town under united until up upon very via war was water way
we week well were west western what when where which while who whom why will with within without
would year years yes yet you your monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december twitter facebook
reuters afp youtube telegram whatsapp instagram government army navy air airport airbase mission
embassy parliament congress senate duma house chamber assembly committee cabinet court tribunal agency
bureau brigade battalion division regiment militia militias unit units troops soldiers fighters
guard guards guardian security defence defense interior justice health education presidency
presidential council commission authority authorities leader leaders male female victoria
independence liberty freedom peace union unity hope mobile split nice bath reading marine marines
dawn dignity storm volcano rage bridge road street square hospital hotel mosque school university
prison station tower market palace stadium museum centre center valley river lake sea gulf bay
island islands mountain mountains hill hills desert oasis well wells plain plains ben bin abu ibn
bint umm bir ras wadi jebel jabal sidi ain bab qasr gasr forty urban van adam leon marc silk dorp
siren saleh sas mus bar mark rock cape hall port hope western eastern southern northern central
"""

NATIONALITY_WORDS: frozenset[str] = frozenset(
    """american british french italian turkish russian egyptian libyan european arab arabs african
    afghan albanian algerian angolan argentine argentinian armenian australian austrian
    azerbaijani bahraini bangladeshi belarusian belgian beninese bolivian bosnian brazilian
    bulgarian burkinabe burundian cambodian cameroonian canadian chadian chilean chinese
    colombian congolese croatian cuban cypriot czech danish djiboutian dutch ecuadorian emirati
    eritrean estonian ethiopian filipino finnish gabonese gambian georgian german ghanaian greek
    guinean haitian hungarian icelandic indian indonesian iranian iraqi irish israeli ivorian
    jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lebanese liberian
    lithuanian macedonian malagasy malawian malaysian malian maltese mauritanian mexican moldovan
    mongolian montenegrin moroccan mozambican namibian nepalese nigerian nigerien norwegian omani
    pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian
    rwandan saudi senegalese serbian slovak slovenian somali spanish sudanese swedish swiss
    syrian taiwanese tajik tanzanian thai togolese tunisian turkmen ugandan ukrainian uruguayan
    uzbek venezuelan vietnamese yemeni zambian zimbabwean asian sahelian maghrebi""".split()
)
"""Nationality adjectives: never a place, however close a transliteration variant comes
("Korean" folds to within one letter of a spelling of Gharyan)."""
_NATIONAL_PLURALS = frozenset(w + "s" for w in NATIONALITY_WORDS if w.endswith(("an", "i", "ot")))

#: Common English words (and news vocabulary) that are never taken as place names,
#: even when some gazetteer source has them as an alternate name.
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split()) | NATIONALITY_WORDS | _NATIONAL_PLURALS


def is_stop_word(key: str) -> bool:
    """True if ``key`` (already normalised) is a common word that is never a place."""
    return key in STOP_WORDS


@lru_cache(maxsize=65536)
def _strip_marks(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_name(s: str) -> str:
    """The exact lookup key of a place name.

    Casefolds, strips diacritics, drops apostrophes (``'’‘ʿʾ``) and dots, turns
    hyphens and punctuation into spaces, collapses whitespace and drops one leading
    article (``al``, ``el``, ``az``, ``as``, ``ad``, ``ash``, ``at``, ``ar``, ``an``,
    ``the``) — unless what is left is a common word, so that "the east" and "the
    capital" keep their own keys apart from "East" and "Capital".

    >>> normalize_name("Az-Zāwīyah")
    'zawiyah'
    >>> normalize_name("  The  Ra’s Lānūf ")
    'ras lanuf'
    """
    t = s.casefold() if s.isascii() else _strip_marks(s.casefold()).casefold()
    t = t.translate(_DROP).translate(_SPACE)
    words = t.split()
    if len(words) > 1 and words[0] in ARTICLES:
        rest = " ".join(words[1:])
        # "the east", "the capital": keep the article when the rest alone is a common word
        return " ".join(words) if rest in STOP_WORDS else rest
    return " ".join(words)


_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"[^a-z0-9 $]", ""),
        (r"dj", "j"),
        (r"gh", "g"),
        (r"kh", "x"),
        (r"(?:sh|ch)", "$"),
        (r"th", "t"),
        (r"dh", "d"),
        (r"ph", "f"),
        (r"ck|q|c", "k"),
        (r"\baw(?=[^aeiouy ])", "u"),
        (r"ou", "u"),
        (r"o", "u"),
        (r"e", "i"),
        (r"y", "i"),
        (r"(?<=[aiu])h\b", ""),
        (r"(.)\1+", r"\1"),
        # a word's first vowel before two consonants is a hamza's, which English writes a, e
        # or i (Ajdabiya, Ejdabiya, Ijdabiya; Ras Ajdir, Ras Ejdir)
        (r"\bi(?=[^aiu ][^aiu ])", "a"),
    )
)
_FINAL_E = re.compile(r"(?<=[^aeiou ][^aeiou ])e\b|(?<=[aeiou][^aeiou ])e\b")


def _fold_once(key: str) -> str:
    words = [w for w in key.split() if w not in ARTICLES]
    t = " ".join(words) if words else key
    t = _FINAL_E.sub("", t) if len(t) > 3 else t
    for pattern, repl in _FOLDS:
        t = pattern.sub(repl, t)
    return " ".join(t.split())


@lru_cache(maxsize=65536)
def _variant_of_key(key: str) -> str:
    # folded again until nothing changes, so a variant key is its own variant key ("adh"
    # folds to "ad", an article, which the next round drops)
    t = _fold_once(key)
    for _ in range(8):
        again = _fold_once(t)
        if again == t:
            break
        t = again
    return t


def variant_key(s: str) -> str:
    """A looser key that folds transliteration variants of the same name.

    >>> variant_key("Az Zawiyah") == variant_key("Zawiya") == variant_key("Zawia")
    True
    >>> variant_key("Tarhouna") == variant_key("Tarhuna")
    True
    """
    return _variant_of_key(normalize_name(s))


_FIRST_SHORT_VOWEL = re.compile(r"(?<!\S)([^aiu $\s]++)i(?=[^aiu ])")
"""A word's first vowel, when ``i`` (``e`` and ``i`` of :func:`variant_key`) after its first
consonants and before another consonant."""


@lru_cache(maxsize=65536)
def _lookalike_of_variant(v: str) -> str:
    return _FIRST_SHORT_VOWEL.sub(r"\1a", v)


def lookalike_key(s: str) -> str:
    """A loose key: :func:`variant_key` with each word's first short vowel as ``a``.

    >>> lookalike_key("Sebaa") == lookalike_key("Sabaa")
    True
    >>> lookalike_key("Sabaa") == lookalike_key("Sabha")
    False
    """
    return _lookalike_of_variant(variant_key(s))


_VOWELS = re.compile(r"[aiu]")
_QAF = str.maketrans("g", "k")


@lru_cache(maxsize=65536)
def _skeleton_of_variant(v: str) -> str:
    out = []
    for w in v.split():
        if not w:
            continue
        rest = _VOWELS.sub("", w[1:])
        # the qaf is q, g or k in English (Qasr, Gasr, Kasr; Qarabulli, Garabulli)
        out.append((w[0] + re.sub(r"(.)\1+", r"\1", rest)).translate(_QAF))
    return " ".join(out)


def skeleton_key(s: str) -> str:
    """The consonant skeleton of :func:`variant_key`: each word's first letter and its consonants.

    >>> skeleton_key("Misurata") == skeleton_key("Misrata")
    True
    """
    return _skeleton_of_variant(variant_key(s))


def bounded_edit_distance(a: str, b: str, bound: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``bound + 1`` once it must exceed ``bound``."""
    la, lb = len(a), len(b)
    if abs(la - lb) > bound:
        return bound + 1
    if la > lb:
        a, b, la, lb = b, a, lb, la
    previous = list(range(lb + 1))
    for i in range(1, la + 1):
        ca = a[i - 1]
        current = [i] + [0] * lb
        lo = max(1, i - bound)
        hi = min(lb, i + bound)
        if lo > 1:
            current[lo - 1] = bound + 1
        row_min = current[lo - 1] if lo > 1 else i
        for j in range(lo, hi + 1):  # the least of three, compared inline (min() costs a call)
            v = previous[j - 1] + (ca != b[j - 1])
            if previous[j] < v:
                v = previous[j] + 1
            if current[j - 1] < v:
                v = current[j - 1] + 1
            current[j] = v
            if v < row_min:
                row_min = v
        if hi < lb:
            for j in range(hi + 1, lb + 1):
                current[j] = bound + 1
        if row_min > bound:
            return bound + 1
        previous = current
    return min(previous[lb], bound + 1)

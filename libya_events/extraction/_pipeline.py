"""The article parser: text in, an :class:`~libya_events.Article` with evidence out.

Pipeline (each stage keeps spans into the original text)::

    text --fold--> folded copy (same length)
         --> sentences, dateline, words
         --> time expressions (libya_events.dates)
         --> relative phrases (libya_events.geo)
         --> mentions: knowledge-base and gazetteer matches, then genre patterns
         --> actors (merged mentions), locations (gazetteer points), relative locations
         --> movements and statements (clause rules over the mentions)
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import functools
import gc
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from attrs import Factory, define, evolve

from libya_events._errors import GeoError, InputTypeError, LibyaEventsError
from libya_events.dates import (
    TimeExpression,
    find_time_expressions,
    in_dateline_sections,
    in_day_sections,
    in_publication_month,
    parse_published,
    publication_month,
)
from libya_events.dates._timex import stated_published
from libya_events.extraction._acronyms import (
    affiliated_force_hits,
    foreign_acronym_hits,
    named_team_hits,
    short_name_hits,
    spelled_out_names,
)
from libya_events.extraction._antecedents import antecedents, town_sides
from libya_events.extraction._capitals import national_capital_hits, national_capitals
from libya_events.extraction._commanders import commander_forces
from libya_events.extraction._commandof import command_of_hits
from libya_events.extraction._described import described_then_named, known_as_aliases
from libya_events.extraction._events import (
    MovementDraft,
    StatementDraft,
    _hit_start,
    _Sorted,
)
from libya_events.extraction._kb import ActorEntry, ActorKB, normalize_alias
from libya_events.extraction._kin import KIN_SOURCE
from libya_events.extraction._lexicon import (
    COMMON_CAPITALISED,
    GIVEN_NAME_CUES,
    LANGUAGE_NAMES,
    NAME_CONNECTORS,
    TITLE_WORDS,
)
from libya_events.extraction._long import LONG_TEXT_CHARS, PartMerger, split_long
from libya_events.extraction._media import media_slot_hits, places_inside_media
from libya_events.extraction._mentions import (
    COUNTED_PEOPLE_KEY,
    FOREIGN_ARMY_KEY,
    FOREIGN_GOVERNMENT_KEY,
    HURT_PEOPLE_KEY,
    STATE_PEOPLE_SOURCE,
    Hit,
    MentionFinder,
    titles_before_names,
    words_of,
)
from libya_events.extraction._movements import find_movements
from libya_events.extraction._offices import OFFICE_SOURCE
from libya_events.extraction._places import (
    described_region_hits,
    drop_places_in_longer_names,
    joined_libyan_names,
    landforms_far_from_story,
    old_quarter_hits,
    on_side,
    placed_by_relative,
    places_in_roles,
    prefer_named_countries,
    prefer_story_places,
    variant_place_hits,
    variant_word_hits,
)
from libya_events.extraction._proposals import (
    Roles,
    actor_proposals,
    mention_roles,
    place_slot_hits,
    towns_that_send,
    unnamed_army_hits,
)
from libya_events.extraction._sideunits import ROOM_KEY, operations_room_hits, side_unit_hits
from libya_events.extraction._sites import (
    anchor_sites,
    part_hits,
    site_hits,
    sites_that_speak,
    without_region_buildings,
    without_street_towns,
)
from libya_events.extraction._spans import SpanIndex
from libya_events.extraction._statements import find_quotes, find_statements, heading_spans, inside_spans
from libya_events.extraction._storytown import TOWN_HEADS, kept_town, owner_town, story_town
from libya_events.extraction._townforces import DEMONYMS, town_force_hits
from libya_events.gazetteer import NATIONALITY_WORDS, Gazetteer, Place, normalize_name
from libya_events.geo import find_relative_phrases, resolve_relative
from libya_events.model import (
    Actor,
    ActorKind,
    Article,
    Location,
    LocationKind,
    Mention,
    Modality,
    Movement,
    RelativeLocation,
    Span,
    Statement,
)
from libya_events.syntax import (
    ParsedSentence,
    check_pipeline,
    label_unlabelled,
    load_pipeline,
    parse_fragments,
    parse_many,
    reattach_apposed_subjects,
    reattach_fronted_years,
    reattach_noun_read_verbs,
    reattach_stranded_prepositions,
    reattach_trailing_participles,
)
from libya_events.text import Preamble, Sentence, find_preamble, fold, sentences
from libya_events.text._encoding import decode_characters
from libya_events.text._gate import FirstWords, HeadWords, WordGate, scan
from libya_events.text._invisible import part_of_original, restore_offsets, strip_invisible
from libya_events.text._wrap import blank_list_markers, unwrap

__all__ = ["Parser", "parse_article"]

_ENTRY = re.compile(
    r"(?m)^[ \t]*(?:(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|CEST|EET|EEST|local(?:\s+time)?)?"
    r"|(?:UPDATE|BREAKING)\b[^\n]{0,30}?)\s*[-:|]"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d[ \t]+(?=[A-Z\"']))"
)
"""The start of a live-blog entry ("14:05 GMT -", "UPDATE 3:", or a bare clock time that opens
a line of prose: "14:05 Forces enter the town"): no pronoun or date crosses it."""

_CREDITS = re.compile(
    r"(?:^|\n)[ \t(]*+(?:(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Translated)\s+by\b|___|"
    r"[^\n]{0,120}?\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story))[^\n]*",
)
"""Wire-story credit lines ("Reporting by ...; Editing by ...", "___ X contributed to this report")."""
_CREDIT_WORDS = ("Reporting", "Writing", "Editing", "Compiled", "Translated", "___", "contributed")
"""Every credit line holds one of these (a quick test before :data:`_CREDITS`'s scan)."""


def _has_credits(folded: str) -> bool:
    return any(map(folded.__contains__, _CREDIT_WORDS))


_GOVERNMENT_ROLES = tuple(
    normalize_alias(a)
    for a in (
        "the Tripoli government",
        "the internationally recognised government",
        "the Libyan government",
        "interim rulers",
        "the government",
    )
)


AGENT_PARTICIPLES = frozenset(
    """sent paid flown run built bought sold given made taken held led brought funded backed""".split()
)
"""Past participles not ending in "-ed" whose "by" names who did it ("a ship sent by Ankara"):
with those that do ("hired by", "chartered by"), a capital after them is its government acting.
Extend with further irregular participles."""
CAPITAL_ACTING_VERBS = frozenset(
    """has have had is was will would says said warned accused denied sent backed backs supports
    supported wants insists insisted rejected rejects welcomed welcomes called urged announced
    confirmed dismissed blames blamed accuses denies warns demands demanded condemned condemns
    signed signs kept keeps agreed agrees pledged pledges offered offers brokered mediated
    recognised recognized threatened threatens ordered promised vowed summoned expelled sought
    seeks deployed dispatched""".split()
)
"""Verbs right after a capital that make it its government acting ("Cairo warned", "a deal that
Ankara signed", "Moscow kept in contact with all sides"); a capital after "in" ("leaders meeting
in Berlin pledged") stays a place. Extend with further verbs of a state's acts."""

PASSING_VERBS = frozenset(
    {"passed", "stopped", "dropped", "walked", "sailed", "travelled", "traveled", "headed"}
)
"""Verbs in "-ed" whose "by" is a way past a place ("the convoy passed by Cairo"), not an agent."""


POSSESSIVE_ENDINGS = ("'s",)
"""How a place mention that holds its possessive ends ("the city's"): the folded text has a
plain apostrophe."""


class Parser:
    """A reusable article parser: knowledge base and gazetteer indexes are built once.

    >>> parser = Parser()
    >>> article = parser.parse("Haftar's forces took Gharyan on Thursday.", published="2019-04-06")
    >>> [loc.name for loc in article.locations]
    ['Gharyan']

    A parser pickles by its configuration and rebuilds its indexes where it lands,
    so it can be shipped to worker processes.
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        knowledge_base: ActorKB | None = None,
        geocoder: Any = None,
        events: bool = True,
        nlp: Any = None,
    ) -> None:
        """``events=False`` finds only who and where (actors, places, relative locations and
        dates), skipping movements and statements: faster where only geoparsing is wanted, and
        spaCy is never loaded.

        ``nlp`` is any spaCy ``Language`` with a dependency parser; by default spaCy's small
        English pipeline is loaded (lazily, once per process) on the first parse with events.
        """
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self.knowledge_base = knowledge_base if knowledge_base is not None else ActorKB.default()
        self.geocoder = geocoder
        self.events = events
        self._nlp = check_pipeline(nlp) if nlp is not None else None
        self._custom_nlp = nlp is not None
        self._finder = MentionFinder(self.gazetteer, self.knowledge_base)
        self._metonyms = self.knowledge_base.metonym_index()
        self._slot_places: dict[str, Place | None] = {}
        self._country_names = {
            p.country_code: p.name.lower()
            for p in self.gazetteer
            if p.kind is LocationKind.COUNTRY and p.country_code
        }
        self._national_capitals = national_capitals(self.gazetteer)

    def __getstate__(self) -> dict[str, Any]:
        return {
            "gazetteer": self.gazetteer,
            "knowledge_base": self.knowledge_base,
            "geocoder": self.geocoder,
            "events": self.events,
            # the default pipeline is reloaded by name where the parser lands
            "nlp": self._nlp if self._custom_nlp else None,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    @property
    def nlp(self) -> Any:
        """The spaCy pipeline that gives events their structure (loaded on first use)."""
        if self._nlp is None:
            self._nlp = load_pipeline()
        return self._nlp

    # ------------------------------------------------------------------ public

    def parse(self, text: str, *, published: str | _dt.date | None = None, id: str | None = None) -> Article:
        """Parse one article. Never raises on text; raises ``TypeError`` for non-text."""
        if not isinstance(text, str):
            raise InputTypeError(f"'text' must be str (got {type(text).__name__})")
        if id is not None and not isinstance(id, str):
            raise InputTypeError(f"'id' must be str or None (got {type(id).__name__})")
        day = parse_published(published)
        try:
            return self._parse_text(text, day, id)
        except RecursionError:  # pragma: no cover - defensive: the article still parses empty
            return Article(text, day, id=id)

    def _parse_text(self, text: str, published: _dt.date | None, ident: str | None) -> Article:
        """``text`` as given: read as the parser reads it (see :func:`_for_parsing`), parsed
        (in parts when long), and every span mapped back onto ``text``."""
        clean, original = _for_parsing(text)
        if len(clean) > LONG_TEXT_CHARS:
            return self._parse_parts(clean, published, ident, original)
        article = self._parse(clean, published, ident)
        return article if original is None else restore_offsets(article, *original)

    def _parse(self, text: str, published: _dt.date | None, ident: str | None) -> Article:
        if len(text) > LONG_TEXT_CHARS:
            return self._parse_parts(text, published, ident, None)
        state = self._prepare(text, published, ident)
        if self.events:
            state.parsed = parse_fragments(self.nlp, text, self._fragments(state), entities=_unnamed(state))
        return self._finish(state)

    def _parse_parts(
        self,
        text: str,
        published: _dt.date | None,
        ident: str | None,
        original: tuple[str, Any, Any] | None,
    ) -> Article:
        """A very long text parsed in parts (see ``_long.py``), each part's records mapped
        back onto the text as given (``original``, from :func:`_for_parsing`) and moved to
        the whole text as soon as it is parsed, while they are still in the processor's
        caches: one more walk over every record at the end costs more per record the larger
        the text. The records gathered are kept out of the garbage collector's scans
        meanwhile, and while they are merged (``gc.freeze``): otherwise every collection
        walks all of them again and the time grows faster than the text. Nothing is frozen
        when the caller has frozen objects of its own."""
        freeze = gc.isenabled() and gc.get_freeze_count() == 0
        merger = PartMerger()
        if published is None:  # read once: only the first part has the article's date line
            published = stated_published(text, _date_lines(find_preamble(text)))
        try:
            for a, b in split_long(text):
                part = self._parse(text[a:b], published, None)
                if original is None:
                    merger.add(a, part)
                else:
                    base, given, offsets, ends = part_of_original(*original, a, b)
                    merger.add(base, restore_offsets(part, given, offsets, ends))
                if freeze:
                    gc.freeze()
            # merged while still frozen: the merge makes as many objects again
            return merger.article(text if original is None else original[0], published, ident)
        finally:
            if freeze:
                gc.unfreeze()

    def pipe(
        self,
        texts: Iterable[str],
        *,
        published: str | _dt.date | Iterable[str | _dt.date | None] | None = None,
        ids: Iterable[str | None] | None = None,
        batch_size: int = 32,
    ) -> Iterator[Article]:
        """Parse many texts, in order, sending their sentences through spaCy in batches.

        ``published`` is one date for every text or an iterable of dates, one per text;
        ``ids`` optionally gives each article's id. Yields the same articles as
        :meth:`parse` would, in input order.
        """
        dates: Iterator[str | _dt.date | None]
        if published is None or isinstance(published, (str, _dt.date)):
            dates = itertools.repeat(published)
        else:
            dates = iter(published)
        names: Iterator[str | None] = iter(ids) if ids is not None else itertools.repeat(None)
        batch: list[_State] = []
        for text in texts:
            if not isinstance(text, str):
                raise InputTypeError(f"'text' must be str (got {type(text).__name__})")
            clean, original = _for_parsing(text)
            if len(clean) > LONG_TEXT_CHARS:  # parsed in parts (see _long.py), in its turn
                yield from self._finish_batch(batch)
                batch = []
                day, ident = parse_published(next(dates)), next(names)
                yield self._parse_parts(clean, day, ident, original)
                continue
            state = self._prepare(clean, parse_published(next(dates)), next(names))
            state.original = original
            batch.append(state)
            if len(batch) >= batch_size:
                yield from self._finish_batch(batch)
                batch = []
        if batch:
            yield from self._finish_batch(batch)

    def _finish_batch(self, batch: list[_State]) -> Iterator[Article]:
        if self.events:
            parsed = parse_many(self.nlp, [(st.text, self._fragments(st), _unnamed(st)) for st in batch])
            for st, sents in zip(batch, parsed, strict=True):
                st.parsed = sents
        for st in batch:
            article = self._finish(st)
            yield article if st.original is None else restore_offsets(article, *st.original)

    # ------------------------------------------------------------------ stages

    def _fragments(self, state: _State) -> list[tuple[int, int]]:
        """The character ranges sent to the dependency parser: the article's sentences that
        read as prose, a run-on "sentence" cut into windows of at most ``MAX_FRAGMENT_CHARS``."""
        return [
            (a, b)
            for s in state.sents
            for a, b in _windows(state.folded, s.start, s.end)
            if _reads_as_prose(state.folded, a, b)
        ]

    def _prepare(self, text: str, published: _dt.date | None, ident: str | None) -> _State:
        folded = fold(text)
        sents = sentences(folded) if self.events else []  # only the events engine reads them
        preamble = find_preamble(text)
        dateline = preamble.dateline
        if published is None:  # "Tripoli, March 5, 2011": the article's own date line
            published = stated_published(text, _date_lines(preamble))
        if dateline is not None:
            sents = _after_dateline(sents, folded, dateline.span)
        credits = [(m.start(), m.end()) for m in _CREDITS.finditer(folded)] if _has_credits(folded) else []
        entries = [m.start() for m in _ENTRY.finditer(folded)]
        if credits:
            sents = [s for s in sents if not any(a <= s.start < b for a, b in credits)]
        if preamble.notes:  # bylines, publication lines, photo credits: no prose
            sents = [
                s for s in sents if not any(n.start <= s.start and s.end <= n.end for n in preamble.notes)
            ]
            credits.extend((n.start, n.end) for n in preamble.notes)
        words = words_of(folded)
        month = publication_month(text, preamble.body) if published is None else None
        # an undated article that states its month ("November 2024"): "in May" is in its year
        times = _safe_times(text, published) if month is None else in_publication_month(text, month)
        if entries:  # a live page: an entry's times are its day heading's
            times = in_day_sections(text, times, published)
        else:  # a compilation of dated sections: a section's times are its dateline's
            times = in_dateline_sections(text, times, published)
        roles = self._finder.roles_on(published)
        government = next((roles[k] for k in _GOVERNMENT_ROLES if k in roles), None)

        skipped_roles: list[tuple[int, int]] = []
        hits = self._finder.dictionary_hits(text, folded, words, published, skipped_roles)
        hits = _foreign_offices(folded, _without_predicative_roles(folded, hits))
        hits = _without_foreign_holders(folded, hits, skipped_roles)
        _bodies_inside(folded, hits, self.knowledge_base, published)
        role_hits = [h for h in hits if h.source == "role"]
        self._attach_country_places(hits)
        gate = WordGate(folded, words)
        hits.extend(self._finder.pattern_hits(text, folded, hits, government, gate))
        hits = town_force_hits(folded, hits, self.gazetteer, self.knowledge_base, gate)
        hits.extend(foreign_acronym_hits(folded, hits))
        hits = _replaced(hits, *named_team_hits(folded, hits))
        hits = _replaced(hits, *affiliated_force_hits(folded, hits))
        hits = _replaced(hits, *command_of_hits(folded, hits))
        hits.extend(short_name_hits(folded, hits))
        media = media_slot_hits(folded, hits, gate)
        hits = _replaced(hits, media, places_inside_media(hits, media))
        hits = _replaced(hits, *side_unit_hits(folded, hits, gate))
        hits = _replaced(hits, *operations_room_hits(folded, hits, gate))
        hits = described_region_hits(folded, hits, self.gazetteer, gate)
        taken = _Taken(hits, len(folded))
        given = _given_name_hits(folded, taken, gate)  # before surnames: "gave his name as Ibrahim"
        for h in given:
            taken.add(h.start, h.end)
        hits.extend(given)
        for stage in (
            self._surname_hits(folded, words, hits, taken, gate),
            self._region_hits(folded, hits, taken, gate),
        ):
            hits.extend(stage)
            for h in stage:
                taken.add(h.start, h.end)
        hits.extend(_aged_name_hits(folded, taken, gate))  # after surnames: "Stevens, 52," is he
        titles = titles_before_names(
            hits,
            folded,
            [*((h.start, h.end) for h in role_hits), *skipped_roles, *_title_word_spans(folded, hits)],
        )
        if titles or skipped_roles:
            # "Prime Minister Fayez al-Sarraj" is one actor, whoever held the office that day; an
            # office with no known holder is not "minister", a collective, either
            role_ids = {id(h) for h in role_hits}
            within = _within([*titles, *skipped_roles])
            hits = [h for h in hits if not _inside_titles(h, role_ids, titles, within)]
        unheld = [
            s for s in skipped_roles if s not in titles and (published is None or _is_office(folded, s))
        ]
        if published is not None:
            hits.extend(_unheld_offices(text, hits, unheld))
        hits.extend(self._joined_sides(folded, hits, taken))
        hits = drop_places_in_longer_names(folded, [h for h in hits if not _region_as_adjective(folded, h)])
        hits.extend(self._facility_hits(folded, hits))
        hits = without_region_buildings(folded, hits)
        for site in site_hits(folded, hits, self.gazetteer, gate):
            hits.append(site)
            taken.add(site.start, site.end)
        hits = without_street_towns(hits)
        sites_that_speak(folded, hits)  # "the University of Tripoli said": a body as well as a place
        parts, towns = part_hits(folded, hits, self.gazetteer)
        if parts:
            gone = {id(h) for h in towns}
            hits = [h for h in hits if id(h) not in gone] + parts
            for part in parts:
                taken.add(part.start, part.end)
        for capital in national_capital_hits(folded, self._national_capitals, taken.overlaps):
            hits.append(capital)  # "the Russian capital": Moscow, named or not
            taken.add(capital.start, capital.end)
        described = _definite_place_hits(folded, hits, entries, taken, gate, self._country_names)
        hits.extend(described + self._facility_hits(folded, described))  # "the city's airport" too
        old_quarter_hits(folded, hits, self.gazetteer)
        hits.extend(_pronoun_place_hits(folded, hits, entries, gate))
        hits.extend(variant_place_hits(folded, hits, self.gazetteer, gate))
        hits.extend(variant_word_hits(folded, words, hits, self.gazetteer))
        hits.extend(joined_libyan_names(folded, hits, self.gazetteer))
        if credits:
            hits = [h for h in hits if not any(a <= h.start < b for a, b in credits)]
        self._finder.mark_agentive(hits, folded)
        if dateline is not None:
            # the agency in a dateline ("TRIPOLI (Reuters) -") is no actor; its places are places
            a, b = dateline.span.start, dateline.span.end
            hits = [h for h in hits if not (a <= h.start < b and h.place is None)]
            for h in hits:
                if a <= h.start < b:
                    h.agentive = False
            _dateline_capital(folded, hits, dateline.span)
        for h in hits:
            if h.place is not None and h.actor_kind is ActorKind.COUNTRY and not h.agentive:
                h.actor_kind = None
        self._capitals_that_act(folded, hits)
        hits.extend(places_in_roles(folded, hits, self.gazetteer))
        hits.sort(key=lambda h: (h.start, -h.end))
        prefer_story_places(folded, hits, self.gazetteer)
        hits = landforms_far_from_story(folded, hits)  # "the Uweinat triangle": no far town

        relative, rel_spans, unresolved = self._relative(text, folded, hits)
        hits = placed_by_relative(folded, hits, relative)  # "Sabaa, 12 km south of X": not a homonym
        unresolved.extend(self._unresolved(text, folded, hits, rel_spans, gate))
        anchor_sites(folded, hits)
        warnings = _role_warnings(text, unheld, published)
        return _State(
            text,
            published,
            ident,
            folded,
            sents,
            entries,
            words,
            times,
            hits,
            relative,
            unresolved,
            warnings,
            gate=gate,
        )

    def _finish(self, state: _State) -> Article:
        if state.parsed:
            state.parsed = reattach_trailing_participles(
                reattach_apposed_subjects(
                    reattach_stranded_prepositions(
                        reattach_noun_read_verbs(reattach_fronted_years(state.parsed))
                    )
                )
            )
            self._parse_hits(state)
            state.parsed = label_unlabelled(state.parsed, _known_labels(state))
        state.hits = spelled_out_names(
            state.folded,
            known_as_aliases(state.folded, described_then_named(state.folded, state.hits, state.gate)),
        )
        _join_particle_surnames(state.hits)
        text, folded, sents, hits, times, entries = (
            state.text,
            state.folded,
            state.sents,
            state.hits,
            state.times,
            state.entries,
        )
        published, ident, relative, unresolved = (
            state.published,
            state.ident,
            state.relative,
            state.unresolved,
        )
        prefer_named_countries(hits)
        locations = _build_locations(text, hits)
        relative = _anchors_named_as(relative, locations)
        movement_drafts: list[MovementDraft] = []
        statement_drafts: list[StatementDraft] = []
        resolved: dict[int, Hit] = {}
        if self.events:
            movement_drafts = find_movements(
                state.parsed, hits, times, entries, text, resolved=resolved, published=published
            )
            movers = [(d.trigger.start, d.actor) for d in movement_drafts if d.actor is not None]
            statement_drafts = find_statements(
                text, folded, sents, state.parsed, hits, times, entries, movers=movers
            )
        hits = _as_named(hits, resolved)
        hits = hits + [
            d.speaker
            for d in statement_drafts
            if d.speaker is not None and d.speaker.source in ("speaker", KIN_SOURCE, OFFICE_SOURCE)
        ]
        hits = _renamed_by_movers(hits, movement_drafts)
        hits += _unnamed_movers(hits, movement_drafts)
        hits = _without_office_words(hits)
        roles = mention_roles(state.parsed, hits) if state.parsed else None
        hits = _as_antecedents(text, hits, roles, entries, [*movement_drafts, *statement_drafts])
        used = _used_keys(movement_drafts, statement_drafts)
        actors = _build_actors(text, hits, used, roles, heading_spans(text), find_quotes(folded))
        if roles is not None:
            locations = _without_initial_adjectives(text, locations, roles, movement_drafts)
        movements = [_movement(text, d, locations) for d in movement_drafts]
        statements = [_statement(text, d) for d in statement_drafts]
        return Article(
            text=text,
            published=published,
            actors=actors,
            locations=locations,
            relative_locations=relative,
            movements=[m for m in movements if m is not None],
            statements=statements,
            dates=[t.date for t in times if t.date is not None],
            unresolved=_dedupe_mentions(unresolved),
            id=ident,
            warnings=state.warnings,
        )

    def _parse_hits(self, state: _State) -> None:
        """Mentions only the parse finds: places in place slots, actors the dictionaries lack."""
        found = place_slot_hits(state.parsed, state.hits, self.gazetteer, self._slot_places)
        unplaced: list[Hit] = []
        actors, swallowed = actor_proposals(
            state.parsed, [*state.hits, *found], state.text, self.knowledge_base, self.gazetteer, unplaced
        )
        if unplaced:
            state.unresolved = _with_unplaced(state.text, state.unresolved, unplaced)
        actors.extend(unnamed_army_hits(state.parsed, [*state.hits, *found, *actors]))
        towns_that_send(state.parsed, [*state.hits, *found])
        forces, commanders = commander_forces(state.folded, [*state.hits, *actors])
        actors.extend(forces)
        swallowed = [*swallowed, *commanders]
        if found or actors or forces:
            gone = {id(h) for h in swallowed}
            state.hits = [h for h in (*state.hits, *found, *actors) if id(h) not in gone]
            state.hits.sort(key=lambda h: (h.start, -h.end))

    _ACTS_NEXT = re.compile(
        r"(?<!\s)\s++(?:"
        + "|".join(sorted(CAPITAL_ACTING_VERBS, key=len, reverse=True))
        + r"|did\s+not|does\s+not)\b"
    )

    _RELATIVE_NEXT = re.compile(r",\s++(?:which|who|whose)\s[^,.;:\"\u201c\u201d]{1,150}+,")
    """A non-restrictive relative clause right after a capital ("Rome, which has its own channels to
    Tripoli, said"): the verb after it is the capital's own."""

    _OWNER_NEXT = re.compile(r"['\u2019]s\s++([a-z]++)")
    _AGENT_BEFORE = re.compile(
        r"\b(?!(?:"
        + "|".join(sorted(PASSING_VERBS))
        + r")\b)(?:[a-z]{2,}ed|"
        + "|".join(sorted(AGENT_PARTICIPLES))
        + r")\s++by\s++$",
        re.IGNORECASE,
    )
    _AND_BETWEEN = re.compile(r"(?<!\s)(?:,\s++(?:and\s++)?+|\s++and\s++)")

    def _capitals_that_act(self, folded: str, hits: list[Hit]) -> None:
        """ "Ankara has not said", "Cairo warned": a capital standing for its government acts, as
        that government (an actor apart from the country); a seat standing for a body
        ("the Pentagon said") is that body. So does a capital owning a stance or a force
        ("Moscow's footprint"), the agent of a passive participle ("a ferry hired by Beijing", "a
        ship sent by Ankara"; :data:`AGENT_PARTICIPLES`), and one joined by "and" to a capital
        that acts ("Ankara and Moscow have")."""
        metonyms = self._metonyms
        found: list[tuple[Hit, ActorEntry, bool]] = []
        for h in hits:
            place = h.place
            if place is None or h.is_actor or place.feature != "capital":
                continue
            entry = metonyms.get(normalize_alias(folded[h.start : h.end]))
            if entry is None or _placed_by_preposition(folded, h.start):
                continue
            owner = self._OWNER_NEXT.match(folded, h.end)
            relative = self._RELATIVE_NEXT.match(folded, h.end)
            verb_at = relative.end() if relative is not None else h.end
            acts = (
                bool(self._ACTS_NEXT.match(folded, verb_at))
                or (owner is not None and owner.group(1) in GOVERNMENT_POSSESSIONS)
                or bool(self._AGENT_BEFORE.search(folded, max(0, h.start - 30), h.start))
            )
            found.append((h, entry, acts))
        for i in range(len(found) - 2, -1, -1):
            h, entry, acts = found[i]
            nxt, _, nxt_acts = found[i + 1]
            if not acts and nxt_acts and self._AND_BETWEEN.fullmatch(folded, h.end, nxt.start):
                found[i] = (h, entry, True)
        for h, entry, acts in found:
            if not acts:
                continue
            h.name = folded[h.start : h.end]
            if entry.kind is ActorKind.COUNTRY:
                # the government seated there, an actor apart from the country ("Cairo said")
                h.actor_kind, h.key, h.affiliation = ActorKind.GOVERNMENT, "capital:" + entry.id, entry.name
                continue
            h.actor_kind, h.entry, h.key = entry.kind, entry, entry.id

    def _attach_country_places(self, hits: list[Hit]) -> None:
        for h in hits:
            if h.actor_kind is ActorKind.COUNTRY and h.place is None:
                found = self.gazetteer.lookup(h.name)
                country = next((p for p in found if p.kind is LocationKind.COUNTRY), None)
                if country is not None:
                    h.place = country
                    h.candidates = found

    def _surname_hits(
        self, folded: str, words: Sequence[Any], hits: list[Hit], taken: _Taken, gate: WordGate | None = None
    ) -> list[Hit]:
        """Later mentions of a person the text introduced by full name ("Mismari"); ``gate``
        holds ``words``, when the caller has it. A town the gazetteer read into such a surname
        ("Joseph Muscat ... Muscat wrote") is dropped from ``hits``: see
        :func:`_town_shadowed_by_surname`."""
        people = [
            h for h in hits if h.actor_kind is ActorKind.PERSON and h.source in ("person", "kb", "role")
        ]
        if not people:
            return []
        by_surname: dict[str, Hit] = {}
        for p in people:
            for last in _surnames(p.name, p.source != "person"):
                by_surname.setdefault(last, p)
        for p in people:
            spelled = _alias_spelling(folded[p.start : p.end], p.entry)
            for last in _surnames(spelled, False) if spelled else ():
                by_surname.setdefault(last, p)
        out: list[Hit] = []
        if gate is None:
            gate = WordGate(folded, words)
        towns = _towns_by_span(hits)
        shadowed_towns: set[int] = set()
        respelled = _respelled_surnames(words, by_surname)
        positions = sorted({*gate.positions(by_surname), *respelled})
        for i in [i for i in positions if words[i].capital]:
            w = words[i]
            person = by_surname.get(w.key) or respelled[i]
            start = w.start
            if start >= 3 and folded[start - 3 : start].lower() in {"al-", "el-"}:
                start -= 3
            if taken.overlaps(start, w.end):
                shadowed = _town_shadowed_by_surname(towns, start, w.end, person)
                if shadowed is None or id(shadowed) in shadowed_towns:
                    continue
                shadowed_towns.add(id(shadowed))
            out.append(
                Hit(
                    start,
                    w.end,
                    person.key,
                    person.name,
                    person.source,
                    ActorKind.PERSON,
                    title=person.title,
                    entry=person.entry,
                    affiliation=person.affiliation,
                )
            )
            taken.add(start, w.end)
        if shadowed_towns:
            hits[:] = [h for h in hits if id(h) not in shadowed_towns]
        return out

    _FACILITY = re.compile(
        r"'s\s+((?:international|main|old|new|civilian|military)\s+)?(airport|air\s+base|airbase|port|seaport|harbou?r)\b",
        re.IGNORECASE,
    )

    def _facility_hits(self, folded: str, hits: list[Hit]) -> list[Hit]:
        """ "Tripoli's international airport", "the city's international airport" (a town told
        by a description that holds its possessive): the facility of a town the gazetteer knows."""
        out: list[Hit] = []
        for h in [h for h in hits if h.place is not None and h.place.kind is LocationKind.CITY]:
            owned = folded.endswith(POSSESSIVE_ENDINGS, h.start, h.end)
            m = self._FACILITY.match(folded, h.end - 2 if owned else h.end)
            if m is None:
                continue
            town = h.place.name if h.place is not None else ""
            kind_word = re.sub(r"\s+", " ", m.group(2).lower())
            qualifier = (m.group(1) or "").strip().title()
            names = [
                f"{town} {qualifier} {kind_word.title()}".replace("  ", " "),
                f"{town} {kind_word.title()}",
            ]
            found = next((f for f in (self.gazetteer.lookup(n) for n in names) if f), None)
            if not found:
                continue
            place = found[0]
            if place.kind is not LocationKind.SITE:
                continue
            hits.remove(h)
            out.append(
                Hit(h.start, m.end(), place.id, place.name, "gazetteer", place=place, candidates=found)
            )
        return out

    _REGION_CUE = re.compile(r"\b(?:the\s+)?(?:east|west|south|north|central)", re.IGNORECASE)
    _REGION = re.compile(
        r"\b(?:the\s+)?(?:(?:east|west|south|north)(?:ern)?\s+(?:part\s+)?of\s+the\s+country|"
        r"(?:the\s+)(?:east|west|south|north)(?![\w-])(?!\s+of\s+(?!the\s+country))|"
        r"(?:eastern|western|southern|northern|central)\s+Libya)\b",
        re.IGNORECASE,
    )

    def _region_hits(
        self, folded: str, hits: list[Hit], taken: _Taken, gate: WordGate | None = None
    ) -> list[Hit]:
        out: list[Hit] = []
        for cue in scan(_REGION_CUE_HEAD, folded, gate):
            m = self._REGION.match(folded, cue.start())
            if m is None:
                continue
            if taken.overlaps(m.start(), m.end()):
                continue
            if _DISTANCE_BEFORE.search(folded[max(0, m.start() - 24) : m.start()]):
                continue  # "some 250 km to the east": a direction, not the region
            phrase = m.group().lower()
            side = next(s for s in ("east", "west", "south", "north", "central") if s in phrase)
            out.extend(self._region_hit(side, m.start(), m.end()))
        return out

    def _joined_sides(self, folded: str, hits: list[Hit], taken: _Taken) -> list[Hit]:
        """ "the west, south and east of the country": bare directions joined to a region."""
        out: list[Hit] = []
        for h in hits:
            if h.place is None or h.place.kind is not LocationKind.REGION:
                continue
            if not folded[h.start : h.end].lower().startswith("the "):
                continue
            more = self._MORE_SIDES.match(folded, h.end)
            while more is not None and not taken.overlaps(more.start(1), more.end(1)):
                out.extend(self._region_hit(more.group(1).lower(), more.start(1), more.end(1)))
                more = self._MORE_SIDES.match(folded, more.end())
        return out

    _MORE_SIDES = re.compile(
        r"(?<!\s)(?:,\s*+|\s++and\s++|\s++or\s++|,\s++and\s++)(east|west|south|north)(?![\w-])"
        r"(?!\s+of\s+(?!the\s+country))",
        re.IGNORECASE,
    )

    def _region_hit(self, side: str, start: int, end: int) -> list[Hit]:
        found = self.gazetteer.lookup(f"{side}ern Libya" if side != "central" else "central Libya")
        if not found:
            return []
        place = found[0]
        return [Hit(start, end, place.id, place.name, "gazetteer", place=place, candidates=found)]

    def _relative(
        self, text: str, folded: str, hits: list[Hit]
    ) -> tuple[list[RelativeLocation], list[tuple[int, int]], list[Mention]]:
        out: list[RelativeLocation] = []
        spans: list[tuple[int, int]] = []
        unresolved: list[Mention] = []
        place_index = _Sorted([h for h in hits if h.place is not None], _hit_start)
        try:
            phrases = find_relative_phrases(folded)
        except LibyaEventsError:  # pragma: no cover - the finder never raises on text
            return out, spans, unresolved
        for phrase in phrases:
            if not phrase.is_relative_location:
                continue
            a_start, a_end = phrase.anchor_span.start, phrase.anchor_span.end
            if phrase.anchor_kind == "ellipsis":
                anchor_hit = _ellipsis_anchor(folded, place_index.items, phrase.span.start)
            else:
                anchor_hit = next(
                    (
                        h
                        for h in place_index.between(a_start - 200, a_end)
                        if h.start < a_end and a_start < h.end
                    ),
                    None,
                )
            place: Place | None = anchor_hit.place if anchor_hit is not None else None
            if place is None and phrase.anchor_kind in ("ellipsis", "definite"):
                continue  # "20 km to the south", "west of the town" with no place named before
            spans.append((phrase.span.start, phrase.span.end))
            try:
                if place is None:
                    found = self.gazetteer.lookup(phrase.anchor_text)
                    place = found[0] if found else None
                if place is None:
                    rel = resolve_relative(phrase, self.gazetteer, geocoder=self.geocoder)
                else:
                    rel = resolve_relative(phrase, self.gazetteer, anchor=place)
            except GeoError:
                if a_end > a_start:
                    unresolved.append(Mention(text[a_start:a_end], phrase.anchor_span))
                continue
            anchor_loc = place.to_location() if place is not None else rel.anchor
            out.append(
                RelativeLocation(
                    text=text[phrase.span.start : phrase.span.end],
                    anchor=anchor_loc,
                    relation=rel.relation,
                    distance_km=rel.distance_km,
                    bearing_deg=rel.bearing_deg,
                    point=rel.point,
                    uncertainty_km=rel.uncertainty_km,
                    span=phrase.span,
                )
            )
        return out, spans, unresolved

    _LOCATIVE = re.compile(
        r"\b(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|oasis|port|district|suburb|region|area|camp|outskirts)\s+of\s+|"
        r"(?:(?:in|near|outside|around|at|from|to|into|towards?|toward|back\s+on)|"
        r"(?:head(?:s|ed|ing)?|bound|left|leav(?:e|ing)|departed|sailed)\s+for)\s+(?:the\s+)?(?:town\s+of\s+)?)"
        r"((?:al-|el-)?[A-Z][a-z]+(?:[\s-](?:al-|el-)?[A-Z][a-z]+){0,2})\b(?!\s*(?:'s|said|told))"
    )

    _DWELLERS_OF = re.compile(
        r"\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers|[Tt]ownspeople)\s++of\s++"
        r"((?:al-|el-)?+[A-Z][a-z]++(?:[\s-](?:al-|el-)?+[A-Z][a-z]++){0,2}+)\b(?!'s|\u2019s)"
    )
    """A dweller noun, "of" and a name ("residents of X said"): the name is the place they live
    in, whatever verb follows (where :attr:`_LOCATIVE` leaves a name before "said" alone)."""

    def _unresolved(
        self,
        text: str,
        folded: str,
        hits: list[Hit],
        rel_spans: Iterable[tuple[int, int]],
        gate: WordGate | None = None,
    ) -> list[Mention]:
        """Names in a place slot that no gazetteer knows; fuzzy matches become locations."""
        out: list[Mention] = []
        taken = _Taken(hits, len(folded))
        for m in itertools.chain(scan(_LOCATIVE_FIRST, folded, gate), scan(_DWELLERS_FIRST, folded, gate)):
            start, end = m.start(1), m.end(1)
            if taken.overlaps(start, end):
                continue
            name = folded[start:end]
            first = name.split()[0]
            adjective = _ADJECTIVE_OF_PLACE.fullmatch(name) and _noun_after(folded, end)
            if first.lower() in _MONTHS_AND_DAYS or first in _NOT_PLACES or adjective:
                continue  # "in May", "from Storm Daniel", "to Egyptian forces"
            if name.lower() in LANGUAGE_NAMES:
                continue  # "translated from Arabic": a language, not a misspelt village
            fuzzy = self.gazetteer.fuzzy_lookup(name)
            if fuzzy:
                place = fuzzy[0]
                hits.append(Hit(start, end, place.id, place.name, "fuzzy", place=place, candidates=fuzzy))
                continue
            out.append(Mention(text[start:end], _span(start, end)))
        return out


_REGION_CUE_HEAD = HeadWords(
    Parser._REGION_CUE, frozenset(), words_before=1, prefixes=("east", "west", "south", "north", "central")
)
_LOCATIVE_FIRST = FirstWords(
    Parser._LOCATIVE,
    frozenset({"the", "in", "near", "outside", "around", "at", "from", "to", "into", "towards", "toward"})
    | frozenset("head heads headed heading bound left leave leaving departed sailed back".split()),
)

_DWELLERS_FIRST = FirstWords(
    Parser._DWELLERS_OF, frozenset({"residents", "inhabitants", "villagers", "townspeople"})
)


def _replaced(hits: list[Hit], found: list[Hit], gone: set[int]) -> list[Hit]:
    """``hits`` without the mentions whose ids are in ``gone``, with ``found`` added (as they
    are when nothing was found)."""
    return [h for h in hits if id(h) not in gone] + found if found else hits


@define
class _State:
    """An article between the who-and-where stage and the events stage."""

    text: str
    published: _dt.date | None
    ident: str | None
    folded: str
    sents: list[Sentence]
    entries: list[int]
    words: list[Any]
    times: list[TimeExpression]
    hits: list[Hit]
    relative: list[RelativeLocation]
    unresolved: list[Mention]
    warnings: tuple[str, ...] = ()
    parsed: list[ParsedSentence] = Factory(list)
    original: tuple[str, Any, Any] | None = (
        None  # the text as given and the offsets into it (see _for_parsing)
    )
    gate: WordGate | None = None  # the words of ``folded``, indexed for the gated patterns


MAX_FRAGMENT_CHARS = 1500
"""The longest text sent to the parser at once: news sentences are far shorter, and a run-on
one (no full stops for pages) is cut into windows at a space, so parsing stays linear."""

_LETTER_WORD = re.compile(r"[^\W\d_]{2,}+")


def _windows(folded: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` in pieces of at most :data:`MAX_FRAGMENT_CHARS`, cut after a space."""
    while end - start > MAX_FRAGMENT_CHARS:
        limit = start + MAX_FRAGMENT_CHARS
        cut = folded.rfind(" ", start + MAX_FRAGMENT_CHARS // 2, limit)
        cut = limit if cut < 0 else cut + 1
        yield start, cut
        start = cut
    if start < end:
        yield start, end


def _reads_as_prose(folded: str, start: int, end: int) -> bool:
    """Whether a fragment can hold a clause: two words of letters at least, and not one word
    repeated ("said said said ..."): anything else costs the parser time for nothing."""
    words = _LETTER_WORD.findall(folded, start, end)
    if len(words) < 2:
        return False
    return len(words) < 20 or len({w.lower() for w in words}) * 5 >= len(words)


def _known_labels(state: _State) -> list[tuple[int, int, str]]:
    """Entity labels the dictionaries and the date finder already know: the recogniser runs
    only around names nobody knows, and the rules over the parse read these instead."""
    spans = [(t.span.start, t.span.end, "DATE") for t in state.times]
    spans += [(h.start, h.end, _known_label(h)) for h in state.hits]
    return spans


def _known_label(hit: Hit) -> str:
    if hit.place is not None:
        return "GPE"
    return "PERSON" if hit.actor_kind is ActorKind.PERSON else "ORG"


_NOT_NAMES = COMMON_CAPITALISED | {"twitter", "x", "telegram", "instagram", "youtube"}
"""Capitalised words that name no one by themselves: they do not call the entity recogniser."""


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)`` has a capitalised word right before or after it."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in " -" and after[1].isupper()) or (
        len(before) == 2
        and before[1] in " -"
        and before[0].isalpha()
        and _capitalised_word_ends(text, start - 1)
    )


def _capitalised_word_ends(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` begins with a capital (looked at no further than 40
    characters back)."""
    start = end
    while start > max(0, end - 40) and text[start - 1].isalpha():
        start -= 1
    return start < end and text[start].isupper()


def _for_parsing(text: str) -> tuple[str, tuple[str, Any, Any] | None]:
    """The text the parser reads, and the arguments after the article that
    :func:`restore_offsets` maps its spans back onto ``text`` with (None when the parser
    reads ``text`` itself). List markers ("\u2022 ", "3. ") and the line breaks of hard-wrapped
    text read as spaces (the same length), HTML character references and UTF-8 read as Windows-1252 as their characters ("&#8217;"
    and "â€™" as an apostrophe),
    and invisible characters inside names are dropped ("Mis\u200brata" reads as "Misrata")."""
    flowing = blank_list_markers(unwrap(text))  # same length; a hyphenated word's break becomes invisible
    decoded, starts, ends = decode_characters(flowing)
    clean, kept = strip_invisible(decoded)
    if clean is text:
        return text, None
    if starts is None or ends is None:
        return clean, (text, kept, None)
    if kept is None:
        return clean, (text, starts, ends)
    return clean, (text, [starts[i] for i in kept], [ends[i] for i in kept])


def _unnamed(state: _State) -> Callable[[int, int], bool]:
    """Whether a proper noun at ``[start, end)`` lies outside every known mention and time
    expression ("Friday") and is no common capitalised word standing alone ("December",
    "Twitter", but not "Coastal" in "Coastal Rescue Authority"): only such a word needs the entity recogniser (to propose actors the
    dictionaries lack). The words of a name around it are read with it all the same."""
    known = [(h.start, h.end) for h in state.hits]
    known += [(t.span.start, t.span.end) for t in state.times]
    starts, reach = _reach(known)
    folded = state.folded

    def unnamed(start: int, end: int) -> bool:
        if folded[start:end].lower() in _NOT_NAMES and not _in_a_name(folded, start, end):
            return False
        k = bisect.bisect_left(starts, end) - 1  # the last span starting before ``end``
        return k < 0 or reach[k] <= start

    return unnamed


class _Taken:
    """Characters covered by mentions: overlap tests cost the span's length, not the hit count."""

    def __init__(self, hits: Iterable[Hit], length: int) -> None:
        mask = self._mask = bytearray(length + 1)
        for h in hits:  # add(), inline
            start, end = h.start, h.end
            if start < 0:
                start = 0
            if end > start:
                mask[start:end] = b"\1" * (end - start)

    def add(self, start: int, end: int) -> None:
        self._mask[max(0, start) : end] = b"\1" * max(0, end - max(0, start))

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self._mask[max(0, start) : end].strip(b"\0"))


_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?\s++|\n\s*+")
_JOINED_PLACES = re.compile(r"(?<![\s,&])\s*+(?:,\s*+(?:and\s++)?|and\s++|&\s*+)\Z")
_APPOSITION = re.compile(r"(?<![\s,(\-\u2013\u2014])[\s,(\-\u2013\u2014]*+\Z")


def _sentence_starts_before(folded: str, pos: int, count: int) -> int:
    """Where the sentence ``count`` sentences before the one holding ``pos`` begins (0 counts that one)."""
    lo = max(0, pos - 3000)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, lo, pos)]
    if len(ends) <= count:
        return lo
    return ends[-1 - count]


def _ellipsis_anchor(folded: str, places: Sequence[Hit], pos: int) -> Hit | None:
    """The place "250km to the north-east" at ``pos`` is measured from: the latest town or site named
    in its sentence or the one before. When the phrase is set beside places ("the ports of A and B,
    250km to the north-east") those are what it locates, so the anchor is named before them, in
    their sentence or the two before (the located places took the nearest mentions)."""
    lo = bisect.bisect_left(places, pos - 3000, key=_hit_start)
    hi = bisect.bisect_left(places, pos, key=_hit_start)
    before = [h for h in places[lo:hi] if h.end <= pos and h.place is not None]
    floor = _sentence_starts_before(folded, pos, 1)
    edge = pos
    if before and _APPOSITION.match(folded[before[-1].end : pos]):
        while before and (
            _APPOSITION.match(folded[before[-1].end : edge])
            or _JOINED_PLACES.match(folded[before[-1].end : edge])
        ):
            edge = before.pop().start
        floor = _sentence_starts_before(folded, edge, 2)
    for h in reversed(before):
        if h.start < floor:
            break
        place = h.place
        if place is not None and place.kind in (LocationKind.CITY, LocationKind.SITE):
            return h
    return None


_NOT_PLACES = frozenset(
    {"Storm", "Allah", "God", "Prophet", "President", "Prime", "Minister", "Mr", "Ms", "Dr"}
)
FUNCTION_WORDS_AFTER_PLACE = frozenset(
    "on in at and or to from after before with by for of on since until as but where which that "
    "late early last this next".split()
)
"""Lower-case words that may follow a place's name ("to Sawani on Monday"), unlike the noun an
adjective of nationality qualifies ("to Egyptian forces")."""


def _noun_after(folded: str, end: int) -> bool:
    """Whether a lower-case word that is no function word follows the name ending at ``end``."""
    after = folded[end : end + 16]
    if not after[:1].isspace():
        return False
    words = after.split(maxsplit=1)
    word = words[0].rstrip(",.;:") if words else ""
    return word[:1].islower() and word not in FUNCTION_WORDS_AFTER_PLACE


_ADJECTIVE_OF_PLACE = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ean|an|i|ch)")

_MONTHS_AND_DAYS = frozenset(name.lower() for name in (*calendar.month_name[1:], *calendar.day_name, "the"))


_DEFINITE_PLACE = re.compile(
    r"\b(?:the|that)\s+(?!the\s)(?:[\w-]+\s+){0,2}?"  # "said that the town": the town
    r"(city|town|village|oasis|field|oilfield|oil\s+field|base|air\s+base|airbase|airport|port|terminal|"
    r"compound|complex|hotel|dam|crossing|border\s+post|checkpoint|district|neighbourhood|neighborhood|"
    r"country|mountains|centre|center|hospital|prison|jail|camp)(?:'s)?\b"
    r"(?!\s++(?:city|town|village)\b)",  # "the port city", "the oasis town": the last noun heads it
    re.IGNORECASE,
)
_DEFINITE_PLACE_HEAD = HeadWords(
    _DEFINITE_PLACE,
    frozenset(
        "city town village oasis field oilfield oil base air airbase airport port terminal compound complex "
        "hotel dam crossing post checkpoint district neighbourhood neighborhood country mountains centre center "
        "hospital prison jail camp".split()
    ),
    chunks_before=3,
    firsts=frozenset({"the", "that"}),
)
_HEAD_FEATURES: dict[str, tuple[str, ...]] = {
    "field": ("oil_field",),
    "oilfield": ("oil_field",),
    "oil field": ("oil_field",),
    "base": ("air_base", "military_base", "airport"),
    "air base": ("air_base", "military_base", "airport"),
    "airbase": ("air_base", "military_base", "airport"),
    "airport": ("airport", "air_base", "former_airport"),
    "port": ("oil_terminal", "port"),
    "terminal": ("oil_terminal", "port"),
    "compound": ("compound", "military_base", "building"),
    "complex": ("compound", "building", "hotel"),
    "hotel": ("hotel",),
    "dam": ("dam",),
    "crossing": ("border_crossing",),
    "border post": ("border_crossing",),  # "the border post": the crossing named before
    "checkpoint": ("checkpoint",),
    "district": ("neighbourhood",),  # "the district": a town's quarter named before, not a region
    "neighbourhood": ("neighbourhood",),
    "neighborhood": ("neighbourhood",),
    "country": ("country",),  # "left the country": the country named last
    "mountains": ("mountains",),  # "families are leaving the mountains": the range named before
    "centre": ("camp", "building", "prison"),  # "visited the centre": the detention centre named before
    "center": ("camp", "building", "prison"),
    "hospital": ("hospital",),  # "gunmen stormed the hospital": the hospital named before
    "prison": ("prison",),
    "jail": ("prison",),
    "camp": ("camp", "military_base"),  # "families left the camp": the camp named before
}


def _named_by_head(folded: str, h: Hit, head: str) -> bool:
    """Whether the site mention ``h`` ends with the description's head ("Mitiga prison" for
    "the prison", "the Jala hospital" for "the hospital"): it is that sort of place whatever
    feature the gazetteer gives it."""
    if h.place is None or h.place.kind is not LocationKind.SITE:
        return False
    words = folded[h.start : h.end].lower().rsplit(None, 1)
    return bool(words) and words[-1] == head  # "Mitiga airport" is no "port"


_MODIFIER_POSSESSIVE_HEADS = frozenset({"country"})
"""Heads whose possessive only qualifies another noun ("the country's largest field", "the country's
oil"): that description is no place the sentence's event is at, so it resolves to nothing."""

_ATTRIBUTIVE_LEADS = frozenset("a an the in into under of from by with to for on at".split())
"""Words a country's name stands after when it only qualifies the next noun ("in U.S. custody",
"a U.S. official", "under UK sanctions")."""
_VERBS_AFTER_COUNTRY = frozenset(
    "is are was were has have had said says will would could can may might must should did does do".split()
)
"""Verbs after a country's name that make it the clause's subject ("in Libya are", "the UK said"):
no modifier."""


def _country_as_modifier(folded: str, h: Hit) -> bool:
    """Whether the country ``h`` only qualifies the noun after it ("held in U.S. custody", "a UK
    official"): it is no country the story is in, so "the country" does not point to it."""
    before = folded[max(0, h.start - 12) : h.start].split()
    if not before or before[-1].lower() not in _ATTRIBUTIVE_LEADS or not _noun_after(folded, h.end):
        return False
    word = folded[h.end : h.end + 24].split(maxsplit=1)[0].rstrip(",.;:")
    return word not in _VERBS_AFTER_COUNTRY and not word.endswith("ed")


_NAMED_PART_HEADS = frozenset({"district", "neighbourhood", "neighborhood"})
"""Heads of a town's part that a capitalised word right before names ("the Sheeha district")."""


def _named_part(folded: str, head_start: int) -> bool:
    """Whether the word right before a head is capitalised: the part's own name."""
    before = folded[max(0, head_start - 40) : head_start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() != "the"


_GROUP_AFTER = re.compile(
    r"(?<!\s)\s++(?:forces|troops|army|government|authorities|parliament|administration|militias?|fighters|"
    r"commanders?|officials?|tribes?|factions?)\b",
    re.IGNORECASE,
)


_PART_AFTER = re.compile(
    r"(?<!\s)\s++(?:coast|coastline|side|corner|edge|flank|border|front|part|frontier|gate|entrance|outskirts|wing|"
    r"bank|shore|suburbs?|districts?|quarter)\b",
    re.IGNORECASE,
)


_NAME_PARTS = re.compile(r"[\s-]+")
_DISTANCE_BEFORE = re.compile(r"(?:\b|(?<=\d))(?:km|kilometres?|kilometers?|miles?)\s+(?:to\s+)?$")
_BARE_DIRECTION = re.compile(r"the\s+(?:north|south|east|west|[a-z]+-?(?:east|west))", re.I)
_SPACES = re.compile(r"\s+")
_OF_AFTER = re.compile(r"(?<!\s)\s++(?:of|'s)\b")
_LOCATED_AFTER = re.compile(r"(?<!\s)\s++(?:at|in|near|outside|inside)\s++(?:the\s++)?", re.IGNORECASE)
_LOCATED_HEADS = frozenset({"centre", "center", "hospital", "prison", "jail", "camp"})
"""Heads of a facility that a place named right after ("the army camp at Benina", "the health
centre in Janzour") locates: a site of that place, not one named before."""


def _placed_after(folded: str, end: int, place_starts: Sequence[int]) -> bool:
    """Whether "at", "in", "near" ... and a place's name follow a description ending at ``end``."""
    m = _LOCATED_AFTER.match(folded, end)
    if m is None:
        return False
    k = bisect.bisect_left(place_starts, m.end())
    return k < len(place_starts) and place_starts[k] == m.end()


_NAME_AFTER = re.compile(r"(?<!\s)\s++[A-Z]")
_SIDE_WORD = re.compile(r"\b(eastern|western|southern|northern|central|coastal)\b")


GOVERNMENT_POSSESSIONS = frozenset(
    {
        "footprint",
        "support",
        "backing",
        "role",
        "position",
        "stance",
        "policy",
        "influence",
        "intervention",
        "involvement",
        "envoy",
        "ambassador",
        "ally",
        "allies",
        "interests",
        "strategy",
        "forces",
        "troops",
        "military",
        "mercenaries",
        "proxies",
        "decision",
        "response",
        "plan",
        "approach",
        "ties",
        "relations",
        "offer",
        "demands",
        "ambitions",
        "calculations",
        "aims",
        "goals",
        "objectives",
        "presence",
        "gamble",
        "bet",
        "leverage",
    }
)
"""Nouns a capital's possessive owns only as its government ("Moscow's footprint", "Cairo's
envoy"), never as a city (not "Cairo's streets")."""

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near"})
"""Words before a capital that make it a place ("the foreign ministry in Rome said"), not the
government that acts."""


def _placed_by_preposition(folded: str, start: int) -> bool:
    before = folded[max(0, start - 6) : start].split()
    return (
        bool(before) and folded[start - 1 : start].isspace() and before[-1].lower() in LOCATIVE_PREPOSITIONS
    )


_GIVEN_NAME = FirstWords(
    re.compile(
        r"\b(?:"
        + "|".join(
            re.escape(c).replace(r"\ ", r"\s+") for c in sorted(GIVEN_NAME_CUES, key=len, reverse=True)
        )
        + r")\s+([A-Z][a-z][\w'\u2019-]*+)(?![\w'\u2019-]|\s+(?:al-|el-)?[A-Z])"
    ),
    frozenset(c.split()[0] for c in GIVEN_NAME_CUES),
)


def _given_name_hits(folded: str, taken: _Taken, gate: WordGate) -> list[Hit]:
    """The one name someone gave to be quoted under ("a resident who gave his name only as
    Ibrahim", "a fighter identified only as Salem"): a person of that name, never the surname
    of someone the story names in full ("Moussa Ibrahim")."""
    return _lone_name_hits(folded, taken, gate.finditer(_GIVEN_NAME))


def _lone_name_hits(folded: str, taken: _Taken, found: Iterable[re.Match[str]]) -> list[Hit]:
    """A person for each match's first group, a name told alone (:func:`_given_name_hits`,
    :func:`_aged_name_hits`), unless the dictionaries took it or it is a common capitalised word."""
    out: list[Hit] = []
    for m in found:
        start, end = m.span(1)
        if taken.overlaps(start, end) or folded[start:end].lower() in COMMON_CAPITALISED:
            continue
        name = folded[start:end]
        out.append(Hit(start, end, "person:" + normalize_alias(name), name, "person", ActorKind.PERSON))
    return out


AGE_WORDS_BEFORE = 3
"""Words (at most) between a given name and the age apposed to it ("Ibrahim, a nine-year-old")."""
_AGED_NAME = HeadWords(
    re.compile(
        r"\b([A-Z][a-z][\w'\u2019-]*+),[ \t]++"
        r"(?:an?+[ \t]++(?:\d{1,2}+|[a-z]++(?:-[a-z]++)?+)-year-old\b|\d{1,2}+(?=,|[ \t]++(?:from|who)\b))"
    ),
    frozenset({*(str(n) for n in range(1, 100)), "year"}),
    words_before=AGE_WORDS_BEFORE,
)
"""A single capitalised word with an age in apposition ("Ibrahim, a 24-year-old from Misrata",
"Amadou, 19, from Mali", "Naima, 43, who fled"): a person told by the given name alone."""


def _aged_name_hits(folded: str, taken: _Taken, gate: WordGate) -> list[Hit]:
    """People named by a given name alone with their age in apposition (:data:`_AGED_NAME`), as
    reports of the displaced and the wounded tell them; a name the dictionaries read (a place, a
    known actor) or a common capitalised word is none."""
    return _lone_name_hits(folded, taken, gate.finditer(_AGED_NAME))


def _towns_by_span(hits: Sequence[Hit]) -> dict[tuple[int, int], Hit]:
    """The gazetteer towns read into the text (places of kind city that are no actor), by span."""
    towns: dict[tuple[int, int], Hit] = {}
    for h in hits:
        if not h.is_actor and h.place is not None and h.place.kind is LocationKind.CITY:
            towns.setdefault((h.start, h.end), h)
    return towns


def _town_shadowed_by_surname(
    towns: Mapping[tuple[int, int], Hit], start: int, end: int, person: Hit
) -> Hit | None:
    """The gazetteer town read into exactly ``start:end`` (``towns``: :func:`_towns_by_span`), a
    bare surname of ``person``, whom the text named in full before it: Malta's "Joseph Muscat"
    and then "Muscat wrote" is the prime minister again, not Oman's capital. Only a town (a
    country or region word is rarely a surname) and only after the full name, so a town named
    before the person stays a town."""
    if person.end > start:
        return None
    return towns.get((start, end))


@functools.lru_cache(maxsize=4096)
def _alias_spelling(surface: str, entry: ActorEntry | None) -> str | None:
    """The knowledge base's alias ``surface`` is, when the text introduced the person ``entry``
    under a full name spelled otherwise than the entry's own ("Ali Kanna" for the entry "Ali
    Kana"): its last name then names the person alone too ("Kanna flew ..."), as the entry's
    surnames do. ``None`` for the entry's own name, a one-word form, the given names alone
    ("Saif al-Islam" of "Saif al-Islam Gaddafi": its last word is no family name) and a form
    ending in a title word ("Brother Leader")."""
    if entry is None or len(surface.split()) < 2:
        return None
    key, own = normalize_alias(surface), normalize_alias(entry.name)
    if own.startswith(key) or surface.split()[-1].lower() in TITLE_WORDS:
        return None
    return next((a for a in entry.aliases if normalize_alias(a) == key), None)


SURNAME_PARTICLES = frozenset({"abu", "abou", "bin", "ben", "ibn", "ould"})
"""Words that open a family name of two or more words ("Abu Shaala", "Bin Salem", "Ould
Cheikh"). A story that names someone in full ("Ali Abu Shaala") calls him later by that whole
tail, particle and all, never by its last word alone; add a particle here to join its forms."""


def _particle_tails(name: str) -> list[str]:
    """The normalised family names of ``name`` that open with a :data:`SURNAME_PARTICLES`
    word after at least one given name: "Hajj Ali Abu Shaala" gives "abu shaala"."""
    words = name.split()
    return [
        normalize_alias(" ".join(words[i:]))
        for i in range(1, len(words) - 1)
        if words[i].lower() in SURNAME_PARTICLES
    ]


def _join_particle_surnames(hits: list[Hit]) -> None:
    """A person hit named only by a particle-led family name ("Bin Salem") is a later mention
    of the person the text introduced in full before it ("Rada's spokesman, Ahmed Bin Salem"):
    it takes that person's key, name, title and affiliation, so the two are one actor, and the
    bare last word read inside it ("Shaala" of "Abu Shaala") is dropped as the same mention."""
    people = sorted((h for h in hits if h.actor_kind is ActorKind.PERSON), key=lambda h: h.start)
    by_tail: dict[str, Hit] = {}
    joined: list[Hit] = []
    for h in people:
        words = h.name.split()
        full = by_tail.get(normalize_alias(h.name)) if len(words) >= 2 else None
        if words and words[0].lower() in SURNAME_PARTICLES and full is not None and full.key != h.key:
            h.key, h.name, h.source, h.entry = full.key, full.name, full.source, full.entry
            h.title, h.affiliation = full.title, full.affiliation
            joined.append(h)
            continue
        for tail in _particle_tails(h.name):
            by_tail.setdefault(tail, h)
    if joined:
        inside = SpanIndex((j.start, j.end, j) for j in joined)
        hits[:] = [
            h
            for h in hits
            if not any(
                j is not h and j.key == h.key and j.start <= h.start and h.end <= j.end
                for j in inside.overlapping(h.start, h.end)
            )
        ]


SURNAME_RESPELLINGS = (("ou", "u"), ("oo", "u"), ("ee", "i"))
"""Vowel spellings English copy varies in transliterating one Arabic surname ("Gnounou" and
"Gnunu"): a later surname that differs only in these (and in doubled letters) is the same
person's. Extend with care: each pair joins more names."""
RESPELLED_SURNAME_LETTERS = 5
"""The shortest surname (in letters) a respelling may join: short names collide too easily."""
_DOUBLED_LETTER = re.compile(r"([a-z])\1++")


def _surname_skeleton(key: str) -> str:
    """A surname with its varying vowel spellings and doubled letters made one."""
    for spelled, plain in SURNAME_RESPELLINGS:
        key = key.replace(spelled, plain)
    return _DOUBLED_LETTER.sub(r"\1", key)


def _respelled_surnames(words: Sequence[Any], by_surname: Mapping[str, Hit]) -> dict[int, Hit]:
    """The capitalised words (by position) that spell a person's surname another way
    (:data:`SURNAME_RESPELLINGS`): "Gnunu" after "Mohamed Gnounou". A skeleton two people
    share joins neither."""
    people: dict[str, Hit | None] = {}
    for last, person in by_surname.items():
        if len(last) >= RESPELLED_SURNAME_LETTERS:
            skeleton = _surname_skeleton(last)
            known = people.get(skeleton, person)
            people[skeleton] = person if known is not None and known.key == person.key else None
    if not any(people.values()):
        return {}
    out: dict[int, Hit] = {}
    for i, w in enumerate(words):
        if w.capital and len(w.key) >= RESPELLED_SURNAME_LETTERS and w.key not in by_surname:
            found = people.get(_surname_skeleton(w.key))
            if found is not None:
                out[i] = found
    return out


def _surnames(name: str, known: bool) -> tuple[str, ...]:
    """The lower-case words a later mention of the person ``name`` may use alone: the last
    name, and for a ``known`` (knowledge-base) name whose last word is hyphenated the family
    name first ("Ban Ki-moon"); none shorter than three letters or a common capitalised word."""
    parts = [w for w in _NAME_PARTS.split(name) if w.lower() not in ("al", "el")]
    forms = {parts[-1]} if parts else set()
    if known and len(parts) >= 2 and "-" in name.split()[-1] and name.split()[0][:1].isupper():
        forms.add(parts[0])  # family name first ("Ban Ki-moon")
    return tuple(
        sorted(last.lower() for last in forms if len(last) >= 3 and last.lower() not in COMMON_CAPITALISED)
    )


def _region_as_adjective(folded: str, hit: Hit) -> bool:
    """ "east Libya forces": a region naming whose forces; "the northeast coast": a direction
    describing a part of something else. Neither is the region."""
    place = hit.place
    if place is None or hit.is_actor or place.kind is not LocationKind.REGION:
        return False
    if _GROUP_AFTER.match(folded, hit.end) is not None:
        return True
    bare = _BARE_DIRECTION.fullmatch(folded[hit.start : hit.end])
    if _approached_side(folded, hit):
        return True  # "entered the city from the west": the side it was entered from
    return bare is not None and _PART_AFTER.match(folded, hit.end) is not None


def _approached_side(text: str, hit: Hit) -> bool:
    """ "entered the city from the west": a bare direction after a settlement and "from"."""
    if hit.place is None or hit.place.kind is not LocationKind.REGION:
        return False
    if _BARE_DIRECTION.fullmatch(text[hit.start : hit.end]) is None:
        return False
    return _APPROACH_BEFORE.search(text, max(0, hit.start - 24), hit.start) is not None


_APPROACH_BEFORE = re.compile(r"\b(?:city|town|capital|village|port|base)\s+from\s+$", re.IGNORECASE)
"""A settlement entered or attacked "from the west": a side of it, not the region."""


def _entry_start(entries: Sequence[int], pos: int) -> int:
    """Where the live-blog entry holding ``pos`` begins (0 outside live blogs)."""
    k = bisect.bisect_right(entries, pos)
    return entries[k - 1] if k else 0


SET_OUT_REACH_CHARS = 80
"""How far after "from X" a "to the city" in the same clause is read as another town."""
REACHING_WORDS = (" to", " into", " towards", " toward")
ENTERING_WORDS = (
    " enter",
    " enters",
    " entered",
    " entering",
    " reach",
    " reached",
    " reaching",
    " storm",
    " stormed",
    " storming",
    " seize",
    " seized",
    " seizing",
    " capture",
    " captured",
    " capturing",
    " overran",
    " overrun",
    " retake",
    " retook",
    " retaken",
)
"""Verbs whose object is the place a move reaches or takes ("units from X entered the town",
"fighters from X and Y stormed the city")."""
FROM_LIST_GAP = re.compile(r"(?<!\s)(?:,?+\s*+(?:and|or)\s++|,\s*+)")
"""What joins the names of a list ("from Misrata, Zliten and Zintan")."""


def _set_out_from(
    folded: str, h: Hit, begin: int, places: Sequence[Hit] = (), starts: Sequence[int] = ()
) -> bool:
    """ "from X to the stricken city", "fighters from X and Y pushed into the town", "convoys from
    X were seen entering the city": a place set out from (alone or in a list after "from"), close
    before a definite place the move reaches in the same sentence, is not that place."""
    between = folded[h.end : begin]
    if len(between) > SET_OUT_REACH_CHARS or "." in between:
        return False
    if not between.rstrip().endswith(REACHING_WORDS + ENTERING_WORDS):
        return False
    first = h  # ``places`` sorted by start, ``starts`` their starts
    k = bisect.bisect_left(starts, h.start)
    while not folded[max(0, first.start - 5) : first.start].endswith("from "):
        if k <= 0 or k > len(places):
            return False
        before = places[k - 1]
        if not FROM_LIST_GAP.fullmatch(folded[before.end : first.start]):
            return False  # not a list reaching back to "from"
        first, k = before, k - 1
    return True


ENTERED_LEADS = frozenset({"into", "to", "in", "entered", "entering", "reached", "reaching"})
"""Words before the place a move entered when its origin follows ("crossed into X from Y",
"arrived in X from Y", "entered X from Y")."""
ENTERED_FROM_GAP = 8
"""Most characters between the place entered and its origin ("X from Y")."""


def _left_for_entered(folded: str, h: Hit, places: Sequence[Hit], starts: Sequence[int]) -> bool:
    """ "crossed into Libya from Niger and plan to leave the country", "arrived in Misrata from
    Tunis ... the city": a place named as the origin right after the place a move entered is left
    behind; a later description points to the place entered, not to the origin."""
    k = bisect.bisect_left(starts, h.start)
    if k <= 0 or k > len(places):
        return False
    entered = places[k - 1]
    if not 0 < h.start - entered.end <= ENTERED_FROM_GAP or folded[entered.end : h.start].split() != ["from"]:
        return False
    lead = folded[max(0, entered.start - 12) : entered.start].lower().split()
    return bool(lead) and lead[-1] in ENTERED_LEADS


ORIGIN_ACTOR_NOUNS = frozenset(
    {
        "brigade",
        "brigades",
        "battalion",
        "battalions",
        "fighters",
        "militia",
        "militias",
        "militiamen",
        "gunmen",
        "forces",
        "troops",
        "units",
        "rebels",
        "tribesmen",
        "volunteers",
        "reinforcements",
        "men",
    }
)
"""Armed groups a town can be named only as the origin of ("brigades from X", "fighters of X",
"X brigades"): such a town says who acts, not where."""
ORIGIN_LINKS = ("from", "of")
"""Words joining an armed group to the town it comes from ("fighters from X", "men of X")."""
ORIGIN_BASED = re.compile(r"-?\s?based\b", re.IGNORECASE)
"""The suffix that makes a town the seat of a group ("Zuwara-based militias", "Zuwara based")."""
ORIGIN_PASS_CHARS = 300
"""How far before an origin-only town another town may stand to be taken in its place."""


def _origin_only(folded: str, h: Hit) -> bool:
    """Whether the town ``h`` is named only as where an armed group comes from or sits: after a
    group noun and "from"/"of" ("brigades from Misrata", "fighters of Zintan"), after "based in"
    ("forces based in Misrata"), or before "-based" ("Zuwara-based militias")."""
    words = folded[max(0, h.start - 30) : h.start].lower().split()
    if len(words) >= 2 and words[-1] in ORIGIN_LINKS and words[-2].rstrip(",") in ORIGIN_ACTOR_NOUNS:
        return True
    if words[-2:] == ["based", "in"]:
        return True
    return bool(ORIGIN_BASED.match(folded, h.end))


def _definite_place_hits(
    folded: str,
    hits: Sequence[Hit],
    entries: Sequence[int] = (),
    taken: _Taken | None = None,
    gate: WordGate | None = None,
    country_names: Mapping[str, str] | None = None,
) -> list[Hit]:
    """ "The town", "the eastern city", "the field": the latest place of that sort named before.
    A nationality in the description ("the northern Italian city") asks for a place in that
    country (its name opening like the adjective), given ``country_names`` (code → name).

    Only a place named within the last 1,500 characters is taken, and "the capital"
    is left to the gazetteer (it names Tripoli).
    """
    places = sorted((h for h in hits if h.place is not None), key=lambda h: h.start)
    place_ends = [h.end for h in places]
    place_starts = [h.start for h in places]
    if taken is None:
        taken = _Taken(hits, len(folded))
    out: list[Hit] = []
    told: dict[str, Hit] = {}  # a bare head ("town") -> its latest mention, resolved
    towns: dict[str, Hit] | None = None  # built at the first site passed over (_town_of_site)
    for m in scan(_DEFINITE_PLACE_HEAD, folded, gate):
        begin, finish = m.span()
        if taken.overlaps(begin, finish):
            continue
        head = _SPACES.sub(" ", m.group(1).lower())
        if head in _MODIFIER_POSSESSIVE_HEADS and m.group().endswith("'s"):
            continue  # "the Sharara field, the country's largest": no place of the event
        after = folded[finish : finish + 12]
        if _OF_AFTER.match(after) or _NAME_AFTER.match(after):
            continue  # "the town of X" names X itself; "the city Tripoli"
        if head in _LOCATED_HEADS and _placed_after(folded, finish, place_starts):
            continue  # "the army camp at Benina", "the health centre in Janzour": a site there
        if _unknown_apposed(folded, begin, places, place_ends):
            continue  # "Gwalish, the town west of X": the description is the unknown name's
        if head in _NAMED_PART_HEADS and _named_part(folded, m.start(1)):
            continue  # "the Sheeha district": a district's own name, not "the district" named before
        features = _HEAD_FEATURES.get(head)
        side = _SIDE_WORD.search(m.group().lower())
        nation = _nationality_stem(m.group()) if country_names else None
        if nation is not None and not any(n.startswith(nation) for n in (country_names or {}).values()):
            nation = None  # "the Mediterranean coastal town": no country's adjective
        antecedent = _described_before(folded, begin, finish, places)
        if antecedent is not None and antecedent.place is not None:
            out.append(
                Hit(
                    begin, finish, antecedent.place.id, antecedent.place.name, "coref", place=antecedent.place
                )
            )
            continue
        last = bisect.bisect_right(place_ends, begin)
        floor = _entry_start(entries, begin)
        origin: Hit | None = None  # a town named only as a group's origin, passed over for now
        for h in reversed(places[max(0, last - 30) : last]):
            if h.end > begin:
                continue
            if begin - h.end > 1500 or h.start < floor:
                break
            if origin is not None and origin.start - h.end > ORIGIN_PASS_CHARS:
                break  # no town the story acts on close before the group's origin: take the origin
            place = h.place
            assert place is not None
            # the sort of place first: it is cheaper to test than the words before the place
            if features is None and place.kind is LocationKind.SITE:
                if towns is None:
                    towns = _towns_by_name(folded, places)
                town = _town_of_site(folded, h, towns)
                if town is not None:  # "flew to Kufra airport ... into the town": Kufra
                    antecedent = town
                    break
            if features is None:
                if head in ("town", "village") and place.feature == "capital":
                    continue  # a country's capital is no "town"
                if place.kind is not LocationKind.CITY or place.feature not in (
                    "populated_place",
                    "capital",
                    "district",
                    "oil_terminal",  # a port town ("Ras Lanuf", "Brega")
                ):
                    continue
            elif place.feature not in features and not _named_by_head(folded, h, head):
                continue
            elif place.feature == "country" and _country_as_modifier(folded, h):
                continue  # "in Libya ... held in U.S. custody outside the country": Libya
            if side is not None and not on_side(place.lat, place.lon, side.group(1)):
                continue
            if nation is not None and not _in_country_of(place, nation, country_names or {}):
                continue  # "the northern Italian city": not the Libyan town named last
            if _REFERENCE_ONLY.search(folded[max(0, h.start - 30) : h.start]) and _places_another(
                folded, h, places, place_ends
            ):
                continue  # "Tarhuna, 65 km southeast of Tripoli": Tripoli is only the reference point
            if begin - h.end <= _APPOSED_REACH and _APPOSED_MEASURE.match(folded, h.end, begin):
                continue  # "Ras Ajdir, 60 km west of the town": what the distance places is no anchor
            if _SEAT_ONLY.search(folded[max(0, h.start - 40) : h.start]):
                continue  # "the administration in Tripoli", "a news conference in X": only a seat or venue
            if _set_out_from(folded, h, begin, places, place_starts):
                continue  # "sent troops from Benghazi to the city": the city reached is another
            if _left_for_entered(folded, h, places, place_starts):
                continue  # "crossed into Libya from Niger ... leave the country": Libya
            if _names_a_route(folded, h.end):
                continue  # "Tripoli Street ... the city": the town only names a street
            if origin is None and _origin_only(folded, h):
                origin = h  # "entered Gharyan, backed by brigades from Misrata. The city": Gharyan
                continue
            bare = m.group().lower() == "the " + head
            antecedent = (kept_town(folded, h, told.get(head), begin, head) if bare else None) or story_town(
                folded, h, places, begin, head
            )
            break
        if antecedent is None and origin is not None:
            bare = m.group().lower() == "the " + head
            antecedent = (
                kept_town(folded, origin, told.get(head), begin, head) if bare else None
            ) or story_town(folded, origin, places, begin, head)
        if head in TOWN_HEADS:  # "Misrata's brigades ... from the city": the movers' own town
            if towns is None:
                towns = _towns_by_name(folded, places)
            floor_here = antecedent.end if antecedent is not None and antecedent.end <= begin else floor
            antecedent = owner_town(folded, begin, floor_here, towns) or antecedent
        if antecedent is None or antecedent.place is None:
            continue
        resolved = Hit(
            m.start(),
            m.end(),
            antecedent.place.id,
            antecedent.place.name,
            "coref",
            place=antecedent.place,
        )
        out.append(resolved)
        if m.group().lower() == "the " + head:
            told[head] = resolved  # "the town" told again may keep this town (``kept_town``)
    return out


def _in_country_of(place: Place, nation: str, country_names: Mapping[str, str]) -> bool:
    """Whether the place lies in the country whose name opens with ``nation``."""
    return place.country_code is not None and country_names.get(place.country_code, "").startswith(nation)


NATIONALITY_STEM = 4
"""Letters a nationality adjective shares with its country's name ("Italian", "Italy")."""


def _nationality_stem(description: str) -> str | None:
    """The opening letters of a nationality adjective inside a place description ("the
    northern Italian city": "ital"), or None."""
    for word in description.split()[1:-1]:
        if word[:1].isupper() and word[1:].islower() and word.endswith(NATIONALITY_ENDINGS):
            return word[:NATIONALITY_STEM].lower() if len(word) > NATIONALITY_STEM else None
    return None


ROUTE_NAME_NOUNS = frozenset({"street", "road", "highway", "avenue"})
"""Nouns that make a town's name before them a street's or road's name ("Tripoli Street")."""


def _names_a_route(folded: str, end: int) -> bool:
    """Whether the town name ending at ``end`` is the first word of a street's or road's name."""
    after = folded[end : end + 10].split(maxsplit=1)
    return bool(after) and folded[end : end + 1] == " " and after[0].lower().rstrip(",.") in ROUTE_NAME_NOUNS


def _towns_by_name(folded: str, places: Sequence[Hit]) -> dict[str, Hit]:
    """Each town's name and each surface it is told by (lower-cased) -> its first mention, for
    :func:`_town_of_site` (``places`` sorted by start): one walk over the places, not one per site."""
    towns: dict[str, Hit] = {}
    for h in places:
        place = h.place
        if place is None or place.kind is not LocationKind.CITY:
            continue
        for name in (place.name.lower(), folded[h.start : h.end].lower()):
            if name:
                towns.setdefault(name, h)
    return towns


def _town_of_site(folded: str, site: Hit, towns: Mapping[str, Hit]) -> Hit | None:
    """The town a site's name begins with ("Kufra airport", "the Sirte port"), when the story
    names that town as a town too, before the site: the town a following "the town" means.
    ``towns`` is :func:`_towns_by_name`; each word-prefix of the site's name is looked up."""
    text = folded[site.start : site.end].lower().removeprefix("the ")
    found: Hit | None = None
    at = text.find(" ")
    while at > 0:
        h = towns.get(text[:at])
        if h is not None and h.start < site.start and (found is None or h.start < found.start):
            found = h
        at = text.find(" ", at + 1)
    return found


DESCRIBED_BEFORE_CHARS = 3000
"""How far back a description told with its place ("the old city of X") is looked for."""


def _described_before(folded: str, begin: int, finish: int, places: Sequence[Hit]) -> Hit | None:
    """ "the old city of Derna ... the old city": a description with a describing word that was
    told before with "of" and a place's name is that place again, whatever was named between.
    When the whole told phrase is one place (a town's part, "the old city of Derna"), the bare
    description is that part again; otherwise it is the place named after "of"."""
    desc = folded[begin:finish]
    if desc.count(" ") < 2 or desc.endswith("'s"):
        return None  # "the town": the latest town; "the old city": the one told so before
    base = max(0, begin - DESCRIBED_BEFORE_CHARS)
    at = folded[base:begin].lower().rfind(desc.lower() + " of ")
    if at < 0:
        return None
    told = base + at
    start = told + len(desc) + 4
    k = bisect.bisect_left(places, told, key=lambda h: h.start)
    for h in places[k : k + 2]:
        if h.start == start or (h.start == told and h.end > start):
            return h
    return None


_APPOSED_TO_NAME = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*+,\s*+$")


def _unknown_apposed(folded: str, start: int, places: Sequence[Hit], place_ends: Sequence[int]) -> bool:
    """The description stands in apposition to a name ("X, the town ...") that is no known place."""
    name = _APPOSED_TO_NAME.search(folded, max(0, start - 40), start)
    if name is None:
        return False
    k = bisect.bisect_right(place_ends, start)
    return k == 0 or places[k - 1].end < name.start() + 1


_SEAT_ONLY = re.compile(
    r"\b(?:(?:government|administration|authorities|authority|parliament|cabinet|council)s?\s+(?:based\s+)?"
    r"|(?:news|press)\s+conference\s+|briefing\s+|reporters\s+"
    r"|reporters\s+at\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3})in\s+$",  # "told reporters at a hotel in X"
    re.IGNORECASE,
)
_LOCATING_WORDS = (  # each run (spaces, digits, compass words) is entered only where it starts
    r"(?<!\s)\s*+,?\s*+(?:(?:about|some|around|roughly|nearly|almost|just|approximately|only)\s++)?"
    r"(?:(?<![\d,.])\d[\d,.]*+\s*+(?:km|kms|kilometres|kilometers|miles|mi)\)?\s++(?:\([^()\n]{0,24}\)\s++)?)?"
    r"(?:to\s+the\s+|just\s+)?(?<![a-z])(?:north|south|east|west)(?:-?(?:north|south|east|west))*+(?:ern)?\s++of\s++"
    r"(?:the\s+)?(?:capital\s+)?"
)
_LOCATING_PHRASE = re.compile(_LOCATING_WORDS + "$", re.IGNORECASE)
"""What stands between a named place and the town it is placed by ("Tarhuna, 65 km southeast of ")."""
_LOCATED_TOWN = re.compile(
    r"\b(?:town|city|village|oasis|port|district|suburb|area)" + _LOCATING_WORDS + "$", re.IGNORECASE
)
"""A town told of by its head noun and placed by the next one ("the oasis, some 950 km
(590 miles) southeast of the capital X"): X is the reference, as after a named place."""
_LOCATING_REACH = 80


def _places_another(folded: str, h: Hit, places: Sequence[Hit], place_ends: Sequence[int]) -> bool:
    """Whether the direction phrase before ``h`` places another named place ("Tarhuna, 65 km
    southeast of Tripoli", "Wadi Zamzam south of Sirte"): then ``h`` is only its reference point.
    Placing a common noun ("their positions west of Ben Jawad") leaves ``h`` the town told of."""
    if _LOCATED_TOWN.search(folded, max(0, h.start - _LOCATING_REACH), h.start):
        return True
    k = bisect.bisect_right(place_ends, h.start - 1)
    if k == 0:
        return False
    before = places[k - 1]
    return h.start - before.end <= _LOCATING_REACH and bool(
        _LOCATING_PHRASE.fullmatch(folded, before.end, h.start)
    )


_APPOSED_MEASURE = re.compile(
    r",\s*(?:about|some|around|roughly|nearly|almost|just|approximately|only)?\s*\d[\d,.]*\s*"
    r"(?:km|kms|kilometres|kilometers|miles|mi)\b[^,.;:\n]{0,30}?\b(?:of|from)\s+$",
    re.IGNORECASE,
)
"""A distance apposed to the place just named ("Ras Ajdir, about 60 km west of "): the place
that phrase puts on the map cannot be the town it measures from ("... of the town")."""
_APPOSED_REACH = 60
"""Most characters between a place and the definite head its apposed distance measures from."""
_REFERENCE_ONLY = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:north|south|east|west))*(?:ern)?\s+of"
    r"|\b(?:km|kms|kilometres|kilometers|miles|mi)\)?\s+(?:away\s+)?from)\s+(?:the\s+)?(?:capital\s+)?$",
    re.IGNORECASE,
)


def _dateline_capital(folded: str, hits: list[Hit], dateline: Span) -> None:
    """A story datelined in another country's capital ("N'DJAMENA, 20 April -") that names
    more places of that country than of Libya means that city by "the capital", not Tripoli
    (the gazetteer's reading of the bare words); a Cairo-datelined story on Libya keeps Tripoli."""
    capital = next(
        (
            h
            for h in hits
            if dateline.start <= h.start < dateline.end
            and h.place is not None
            and h.place.feature == "capital"
            and h.place.country_code not in ("LY", "")
        ),
        None,
    )
    if capital is None or capital.place is None:
        return
    named = [h.place.country_code for h in hits if h.place is not None and not _bare_capital(folded, h)]
    if named.count(capital.place.country_code) <= named.count("LY"):
        return
    for h in hits:
        if h.place is not None and h.place.country_code == "LY" and _bare_capital(folded, h):
            h.place, h.key, h.name, h.candidates = capital.place, capital.key, capital.name, ()


def _bare_capital(folded: str, h: Hit) -> bool:
    return folded[h.start : h.end].lower() == "the capital"


def _after_dateline(sents: list[Sentence], folded: str, dateline: Span) -> list[Sentence]:
    """The body's first sentence starts after the dateline ("TRIPOLI (Reuters) -" is no content);
    the headline's lines before it are kept."""
    out: list[Sentence] = []
    end = dateline.end
    for sent in sents:
        if sent.end <= dateline.start:
            out.append(sent)
        elif sent.start < end < sent.end:
            start = end
            while start < sent.end and folded[start].isspace():
                start += 1
            if start < sent.end:
                out.append(Sentence(start, sent.end, sent.paragraph))
        elif sent.end > end:
            out.append(sent)
    return out


PLACE_PRONOUN_CUES = (
    "abandoned",
    "abandoning",
    "captured",
    "capturing",
    "entered",
    "entering",
    "seized",
    "seizing",
    "took",
    "taking",
    "retook",
    "retaking",
    "recaptured",
    "left",
    "leaving",
    "reached",
    "reaching",
    "stormed",
    "storming",
    "overran",
    "overrunning",
    "evacuated",
    "fled",
    "occupied",
    "occupying",
    "reoccupied",
    "liberated",
    "liberating",
    "withdrew from",
    "pulled out of",
    "control of",
    "advanced on",
    "into",
    "beyond",
)
"""Words after which "it" stands for the last place named ("the militia occupied it", "forces
pulled out of it"): verbs of taking, entering or leaving a place, and "control of", "into"."""
_PLACE_PRONOUN = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in PLACE_PRONOUN_CUES) + r")\s+$",
    re.IGNORECASE,
)
_IT = re.compile(r"\bit\b", re.IGNORECASE)
_IT_FIRST = FirstWords(_IT, frozenset({"it"}))


def _pronoun_place_hits(
    folded: str, hits: Sequence[Hit], entries: Sequence[int] = (), gate: WordGate | None = None
) -> list[Hit]:
    """ "Haftar's troops abandoned it": "it" after a verb of moving is the last place named.

    Only a town or site named within the previous 400 characters is taken; regions,
    countries and the reference point of a relative expression are passed over.
    """
    places = sorted((h for h in hits if h.place is not None), key=lambda h: h.start)
    ends = [h.end for h in places]
    out: list[Hit] = []
    for m in scan(_IT_FIRST, folded, gate):
        start, end = m.start(), m.end()
        if not _PLACE_PRONOUN.search(folded, max(0, start - 24), start):
            continue
        last = bisect.bisect_right(ends, start)
        floor = _entry_start(entries, start)
        for h in reversed(places[max(0, last - 12) : last]):
            if start - h.end > 400 or h.start < floor:
                break
            place = h.place
            if place is None or place.kind in (LocationKind.REGION, LocationKind.COUNTRY):
                continue
            if _REFERENCE_ONLY.search(folded[max(0, h.start - 30) : h.start]):
                continue
            out.append(Hit(start, end, place.id, place.name, "coref", place=place))
            break
    return out


def _span(start: int, end: int) -> Span:
    return Span(start, end)


_AS_BEFORE = re.compile(r"\bas\s$")
"""The word before a role told of someone, not naming its holder ("named X as prime minister")."""


NATIONALITY_ENDINGS = ("ian", "ish", "ese", "an", "i", "ch")
"""Endings of a capitalised nationality adjective ("Tunisian", "Maltese", "Turkish", "Omani")."""
HOME_NATIONALITIES = frozenset({"libyan"})


def _foreign_nationality_before(folded: str, start: int) -> bool:
    """A nationality adjective other than Libya's (or a Libyan town's) right before ``start``."""
    before = folded[max(0, start - 24) : start]
    if not before[-1:].isspace():
        return False
    words = before.split()
    word = words[-1] if words else ""
    return (
        word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and word.endswith(NATIONALITY_ENDINGS)
        and word.lower() not in HOME_NATIONALITIES
        and word.lower() not in DEMONYMS
        and word.lower() not in COMMON_CAPITALISED
    )


def _without_foreign_holders(folded: str, hits: list[Hit], skipped_roles: list[tuple[int, int]]) -> list[Hit]:
    """ "The Tunisian prime minister", "Maltese Prime Minister X": an office another country's
    nationality qualifies is that country's, not the Libyan holder of the day the role names."""
    out: list[Hit] = []
    for h in hits:
        if (
            h.source == "role"
            and h.actor_kind is ActorKind.PERSON
            and _foreign_nationality_before(folded, h.start)
        ):
            skipped_roles.append((h.start, h.end))
            continue
        out.append(h)
    return out


def _without_predicative_roles(folded: str, hits: list[Hit]) -> list[Hit]:
    """ "The congress named X as prime minister", "sworn in as president": a bare office after
    "as" is what someone becomes or serves as, not the office's holder of the day acting."""
    return [
        h
        for h in hits
        if h.source != "role" or _AS_BEFORE.search(folded, max(0, h.start - 4), h.start) is None
    ]


def _title_word_spans(folded: str, hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """Spans of unnamed collectives that are one title word ("Minister", "spokesman"): before a
    person's name ("Foreign Minister Nikos Dendias") the word is that person's title, no
    collective and no second mention of the person."""
    return [
        (h.start, h.end)
        for h in hits
        if h.source == "collective" and folded[h.start : h.end].lower() in TITLE_WORDS
    ]


def _inside_titles(
    hit: Hit, role_ids: set[int], titles: set[tuple[int, int]], within: Callable[[int, int], bool]
) -> bool:
    """Whether ``hit`` is a title before a name, or a collective word inside one or inside a skipped role."""
    if id(hit) in role_ids:
        return (hit.start, hit.end) in titles
    return hit.source == "collective" and within(hit.start, hit.end)


def _reach(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Span starts in order, and the furthest end among the spans up to each."""
    starts: list[int] = []
    reach: list[int] = []
    for a, b in sorted(spans):
        starts.append(a)
        reach.append(max(b, reach[-1]) if reach else b)
    return starts, reach


def _within(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``within(start, end)``: whether one of ``spans`` holds ``[start, end)`` (log time)."""
    starts, reach = _reach(spans)

    def within(start: int, end: int) -> bool:
        k = bisect.bisect_right(starts, start) - 1  # the last span starting at or before ``start``
        return k >= 0 and reach[k] >= end

    return within


def _is_office(folded: str, span: tuple[int, int]) -> bool:
    """Whether a role's words name a person's office ("the interior minister"), not a body
    ("the mission", "the alliance")."""
    last = folded[span[0] : span[1]].split()[-1].lower()
    return last in TITLE_WORDS


def _unheld_offices(text: str, hits: Sequence[Hit], spans: Sequence[tuple[int, int]]) -> list[Hit]:
    """ "the interior minister" of a dated article on a day the knowledge base knows no holder
    for: an office-holder the article does not name, a collective titled by the office (not
    the office's holder of other years)."""
    out: list[Hit] = []
    for start, end in spans:
        if any(h.start < end and start < h.end for h in hits if h.is_actor):
            continue
        office = " ".join(text[start:end].split())
        key = "office:" + normalize_alias(office)
        out.append(
            Hit(start, end, key, office.lower(), "collective", ActorKind.COLLECTIVE, title=office.lower())
        )
    return out


def _role_warnings(
    text: str, spans: Sequence[tuple[int, int]], published: _dt.date | None = None
) -> tuple[str, ...]:
    """Say which office-holders an article leaves unresolved: all of an undated article's, and
    those a dated one names on a day the knowledge base knows no holder for."""
    names: dict[str, str] = {}
    for start, end in spans:
        words = " ".join(text[start:end].split())
        names.setdefault(words.lower(), words)
    if not names:
        return ()
    listed = ", ".join(repr(n) for n in names.values())
    if published is not None:
        return (
            f"no holder known on {published.isoformat()} for {listed}: each names an unnamed "
            "office-holder, not the holder of other years",
        )
    return (
        f"no published date: who held an office is not guessed, so {listed} name no actor "
        "(pass published= to resolve them)",
    )


def _date_lines(preamble: Preamble) -> list[Span]:
    """The preamble's publication lines and its dateline: where an article states its date."""
    return [*preamble.notes, *([preamble.dateline.span] if preamble.dateline is not None else [])]


def _safe_times(text: str, published: _dt.date | None) -> list[TimeExpression]:
    try:
        return find_time_expressions(text, published)
    except LibyaEventsError:  # pragma: no cover - the finder never raises on text
        return []


_POSSESSED_BY = re.compile(r"(?<![\s])['\u2019]s\s+$")
_HOME_COUNTRY = "libya"


def _foreign_offices(folded: str, hits: list[Hit]) -> list[Hit]:
    """A Libyan office or body named with a foreign country's possessive is that country's own:
    "Turkey's parliament" and "Egypt's House of Representatives" are governments of their own
    (named so), not the Libyan House of Representatives; "Egypt's prime minister" is no holder
    the knowledge base lists."""
    countries = {
        h.end: h
        for h in hits
        if h.actor_kind is ActorKind.COUNTRY and h.entry is not None and h.entry.id != _HOME_COUNTRY
    }
    if not countries:
        return hits
    out: list[Hit] = []
    for h in hits:
        owner = None
        if h.source == "role" or (h.source == "kb" and h.actor_kind is ActorKind.GOVERNMENT):
            m = _POSSESSED_BY.search(folded, max(0, h.start - 4), h.start)
            owner = countries.get(m.start()) if m else None
        if owner is None:
            out.append(h)
        elif h.actor_kind is not ActorKind.PERSON:
            name = f"{owner.name}'s {folded[h.start : h.end]}"
            out.append(
                Hit(
                    h.start,
                    h.end,
                    "office:" + normalize_alias(name),
                    name,
                    "unit",
                    h.actor_kind,
                    affiliation=owner.name,
                )
            )
    return out


def _mention(text: str, h: Hit) -> Mention:
    return Mention(text[h.start : h.end], _span(h.start, h.end))


def _with_unplaced(text: str, unresolved: list[Mention], unplaced: list[Hit]) -> list[Mention]:
    """The unresolved place names with the whole names the parse found in a place slot
    (``unplaced``), less the shorter names a pattern read inside them ("Buwairat" of "residents
    of Buwairat al-Hassun said")."""
    names = SpanIndex((h.start, h.end, h) for h in unplaced)
    kept = [
        m
        for m in unresolved
        if not any(
            h.start <= m.span.start and m.span.end <= h.end and (h.start, h.end) != (m.span.start, m.span.end)
            for h in names.overlapping(m.span.start, m.span.end)
        )
    ]
    return kept + [Mention(text[h.start : h.end], _span(h.start, h.end)) for h in unplaced]


def _dedupe_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.span.start, m.span.end)):
        if (m.span.start, m.span.end) not in seen:
            seen.add((m.span.start, m.span.end))
            out.append(m)
    return out


def _mentions_of(text: str, hits: Iterable[Hit]) -> list[Mention]:
    """The hits' mentions in text order, one per span (what ``_dedupe_mentions`` keeps of them)."""
    return [Mention._unchecked(text, a, b) for a, b in sorted({(h.start, h.end) for h in hits})]


def _actor_name(text: str, hit: Hit, *, origin: bool = True) -> str:
    """The canonical name; a generic entry ("armed groups") is named by its words in the text,
    and an unnamed group by where it comes from too ("fighters from Zuwara and Sabratha")
    unless ``origin`` is false."""
    if not origin:
        return _name_and_origin(text, hit, origin=False)[0]
    return "".join(_name_and_origin(text, hit))


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an|one|another)\s+", re.IGNORECASE)


def _name_and_origin(text: str, hit: Hit, *, origin: bool = True) -> tuple[str, str]:
    """:func:`_actor_name` without its origin, and the origin ("" when none follows or
    ``origin`` is false)."""
    if hit.entry is not None:
        if hit.entry.generic:
            surface = _LEADING_ARTICLE.sub("", text[hit.start : hit.end]).strip()
            if not surface:
                return hit.entry.name, ""
            return surface, _origin_of(text, hit) if origin else ""
        return hit.entry.name, ""
    if origin and hit.source in _DESCRIBED_SOURCES:
        return hit.name, _origin_of(text, hit)
    return hit.name, ""


_DESCRIBED_SOURCES = frozenset({"collective", "group"})
_PLACE_WORD = r"(?:al-|el-|Al-|El-)?+[A-Z][\w'\u2019-]*+"
_PLACE_NAME = rf"{_PLACE_WORD}(?:\s++{_PLACE_WORD}){{0,2}}+"
_FROM_PLACES = re.compile(
    rf"(?<!\s)\s++from\s++{_PLACE_NAME}(?:,\s*+{_PLACE_NAME}){{0,4}}+(?:,?\s++and\s++{_PLACE_NAME})?+"
)
"""Where an unnamed group comes from, when the text tells it by names: "from Misrata",
"from Tajoura, Ghariyan and Zuwara"."""


_ROUTE_ON = re.compile(
    r"(?<!\s)(?:\s++(?:airport|air\s++base|airbase|port|harbou?+r|base|camp))?+\s++(?:to|for|towards?+)\s"
)
"""What follows a "from X" that is a journey's start, not where a group is from: a goal ("the
flight carried 200 nationals from X airport to Y")."""


def _origin_of(text: str, hit: Hit) -> str:
    """The "from <places>" that follows an unnamed group's words, as part of its name (the
    fighters from one town are not those from another); empty when none follows, or when a
    goal follows it (:data:`_ROUTE_ON`: "carried 200 nationals from X to Y" is their journey)."""
    found = _FROM_PLACES.match(text, hit.end, min(len(text), hit.end + 120))
    if found is None or _ROUTE_ON.match(text, found.end(), min(len(text), found.end() + 40)):
        return ""
    return found.group()


_VERB_AFTER = re.compile(
    r"(?<!\s)(?:\s+(?:in|from|at|of|across|inside)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    r"\s+(?:(?:also|have|had|were|are|was|is|who|had\s+been|have\s+been|now|still|say|said)\s+)?"
    r"(?:[a-z]+ed|said|say|says|told|tell|fled|left|took|began|saw|heard|came|went|ran|fear|feared|"
    r"gathered|returned|reported|described|spoke|woke|lost|buried|queued|chanted|celebrated|cheered|"
    r"rushed|stayed|remain|remained|urged|called|described|voted|met|sent|have|had|were|are|say|says|argue|"
    r"note|believe|warn|estimate|expect|fear|see|report|worry|hope|doubt|suspect|think|agree|told|tell|"
    r"insist|accuse|blame|welcome|demand|question|cite|caution)\b"
)
_TITLE_NEXT = re.compile(
    r"(?<!\s)\.?\s*+(?:'s\s+)?(?:special\s+|chief\s+|deputy\s+|top\s+|military\s+|media\s+)?(?:secretary-general|"
    r"secretary|envoy|spokesman|spokeswoman|spokesperson|adviser|advisor|ambassador|representative|"
    r"chief|commander|official|head|office|mission|-[a-z]+ed)\b",
    re.IGNORECASE,
)


def _acts(text: str, hit: Hit) -> bool:
    """A generic group ("residents", "lawmakers") counts as an actor when a verb follows it."""
    return bool(_VERB_AFTER.match(text, hit.end))


def _in_title(text: str, hit: Hit) -> bool:
    """An acronym that only modifies a title or compound ("U.N. envoy", "U.N.-backed") is no actor."""
    surface = text[hit.start : hit.end]
    return len(surface) <= 6 and surface.replace(".", "").isupper() and bool(_TITLE_NEXT.match(text, hit.end))


_POSSESSED_TITLE = re.compile(
    r"['\u2019]s\s++(?:(?:special|senior|deputy|chief|top|military|media|press)\s++)?([a-z]++)"
)


def _office_of_title(text: str, hit: Hit) -> bool:
    """An office named only as the possessor of someone's title ("the UN Secretary-General's
    special adviser") names no actor: the adviser acts, the office is their title."""
    m = _POSSESSED_TITLE.match(text, hit.end, min(len(text), hit.end + 40))
    return m is not None and m.group(1) in TITLE_WORDS


_WORD_STARTS = re.compile(r"(?<![\w'\u2019-])[\w'\u2019-]")


BODY_KINDS = frozenset({ActorKind.GOVERNMENT, ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP})
"""Kinds of the bodies a role's words may name ("head of the Presidential Council")."""


def _bodies_inside(folded: str, hits: Sequence[Hit], kb: ActorKB, day: _dt.date | None) -> None:
    """A force the knowledge base names by the government it serves ("Forces loyal to the
    Government of National Accord", "forces aligned with the unity government") names that
    government too, and a dated role that closes with a body's name ("head of the Presidential
    Council", "chairman of the National Oil Corporation") names that body: the words that close
    the alias are the hit's master, an actor of its own (as in the forces the patterns find,
    ``_with_masters``)."""
    for h in hits:
        entry = h.entry
        if h.master is not None or entry is None or h.source not in ("kb", "role"):
            continue
        if not (h.actor_kind is ActorKind.ARMED_GROUP and entry.affiliation) and not (
            h.actor_kind is ActorKind.PERSON and h.source == "role"
        ):
            continue
        surface = folded[h.start : h.end]
        for m in _WORD_STARTS.finditer(surface, 1):
            if surface[m.start() :].lower().startswith(("the ", "a ")):
                continue  # the article is no part of the name
            side = kb.lookup(surface[m.start() :], day)
            if side is not None and _named_inside(h, entry, side):
                h.master = Hit.of_entry(h.start + m.start(), h.end, side)
                break


def _named_inside(hit: Hit, entry: ActorEntry, side: ActorEntry) -> bool:
    """Whether ``side``, named by the words that close ``hit``, is a body of its own there: the
    government the force serves, or any body a role names."""
    if hit.actor_kind is ActorKind.ARMED_GROUP:
        return side.kind is ActorKind.GOVERNMENT and side.name == entry.affiliation
    return side.kind in BODY_KINDS


def _with_masters(hits: Sequence[Hit]) -> list[Hit]:
    """The hits, with the person named inside "forces loyal to <person>" as a mention of its own."""
    masters = [h.master for h in hits if h.master is not None and h.master.start >= h.start]
    if not masters:
        return list(hits)
    return sorted([*hits, *masters], key=lambda h: (h.start, -h.end))


def _generic(hit: Hit) -> bool:
    """An unnamed collective or group ("residents", "local militias"), not a named entity; so is
    a ministry told only by its portfolio ("the interior ministry"), whose owner is left unsaid,
    and a side's operations room (``ROOM_KEY``), its command told by the side's name."""
    if hit.actor_kind is ActorKind.COLLECTIVE or _bare_portfolio(hit) or hit.key.startswith(ROOM_KEY):
        return True
    if hit.actor_kind is not ActorKind.ARMED_GROUP:
        return False
    if hit.entry is not None:
        return hit.entry.generic
    return hit.source == "group" and hit.name[:1].islower()


def _bare_portfolio(hit: Hit) -> bool:
    """ "the interior ministry", "justice ministry": a lower-case ministry with no country or
    side before it (not "Tunisia's defence ministry", "the Ministry of Interior")."""
    return hit.key.startswith("institution:") and hit.name[:1].islower()


def _acts_here(text: str, hit: Hit, roles: Roles | None) -> bool:
    if hit.key.startswith(ROOM_KEY) and _OFFICER_OF.search(
        text, max(0, hit.start - OFFICER_REACH), hit.start
    ):
        return True  # "a spokesman for the X operations room": the room speaks through him
    if roles is None or hit.start not in roles.parsed:
        return hit.actor_kind is not ActorKind.COLLECTIVE or _acts(text, hit)
    return hit.start in roles.acting


OFFICER_REACH = 40
"""Characters before a body searched for the officer it is the body of."""
_OFFICER_OF = re.compile(
    r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\s++(?:of|for|at)\s++(?:the\s++)?+$",
    re.IGNORECASE,
)
"""A title and "of"/"for" right before a body ("a spokesman for the", "the commander of")."""


_MODIFIER_KINDS = (ActorKind.COUNTRY, ActorKind.ORGANIZATION)


def _only_modifier(group: Sequence[Hit], roles: Roles, used: set[str], text: str) -> bool:
    """A country, organisation, foreign government or foreign army whose every mention modifies
    a noun ("OPEC member", "an Italian government jet", "the Malian army spokesman"), or a
    state's forces named as an adjective ("French military transport planes":
    :func:`_adjectival_forces`)."""
    return (
        (
            group[0].actor_kind in _MODIFIER_KINDS
            or group[0].key.startswith((FOREIGN_GOVERNMENT_KEY, FOREIGN_ARMY_KEY))
            or all(_adjectival_forces(text, h) for h in group)
        )
        and group[0].key not in used
        and all(h.start in roles.modifying for h in group)
    )


ADJECTIVAL_FORCES_WORDS = frozenset({"military"})
"""Last words of a state's forces' name that read as an adjective before a noun ("French
military transport planes", "Turkish military advisers"): so written, the name adds no actor,
as "U.S. jets" adds none (SCHEMA)."""


def _adjectival_forces(text: str, hit: Hit) -> bool:
    """An armed group named by a nationality and a word of :data:`ADJECTIVAL_FORCES_WORDS`
    ("French military")."""
    words = text[hit.start : hit.end].lower().split()
    return (
        hit.actor_kind is ActorKind.ARMED_GROUP
        and len(words) == 2
        and words[0] in NATIONALITY_WORDS
        and words[1] in ADJECTIVAL_FORCES_WORDS
    )


_DEFINITE = re.compile(r"the\s", re.IGNORECASE)


_UNNAMED_SOURCES = frozenset({"collective", "speaker"})
"""Sources of hits that describe a group or a speaker without naming it."""


_NATIONALITY_ENDS = ("ish", "ian", "ese", "an", "i", "ch")
"""How the first word of a normalised group name opening with a nationality ends ("sudanese
refugees"): a later bare "refugees", with or without "the", is that group."""


def _by_nationality(name: str) -> bool:
    first, _, rest = name.partition(" ")
    return bool(rest) and first.isalpha() and first.endswith(_NATIONALITY_ENDS)


def _fuller_before(
    text: str, hit: Hit, name: str, by_name: Mapping[str, str], by_nation: Mapping[str, set[str]]
) -> str | None:
    """A definite bare collective ("the parties") after one fuller group of the same words
    ("the Libyan parties", "the operations room for the eastern forces") is that group, and so
    is any bare one after one group its nationality names ("Sudanese refugees ... refugees",
    ``by_nation``: such groups' keys by their words after the nationality): the key of the
    one earlier group whose name ends or starts with these words, else None."""
    if hit.source not in _UNNAMED_SOURCES:
        return None
    if not (_DEFINITE.match(text, hit.start) or text[max(0, hit.start - 4) : hit.start].lower() == "the "):
        nations = by_nation.get(name, set())
        return next(iter(nations)) if len(nations) == 1 else None
    fuller = {
        key
        for earlier, key in by_name.items()
        if earlier.endswith(" " + name) or earlier.startswith(name + " ")
    }
    return next(iter(fuller)) if len(fuller) == 1 else None


_COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?:some|many|several|dozens|hundreds|thousands|few|other|of))\W*+$", re.I
)
"""What before a bare plural counts or picks out some of a group ("12 fighters", "dozens of
fighters"): then it is no side told before."""


def _side_told(text: str, hit: Hit, name: str, by_words: Mapping[str, set[str]]) -> str | None:
    """A bare plural with no article ("Fighters at the scene said") after one named side told
    by those words ("rebel fighters", "fighters loyal to the council") is that side: its key,
    else None."""
    if hit.source != "collective" or " " in name or text[hit.start : hit.start + 1].lower() != name[:1]:
        return None
    if _COUNTED_BEFORE.search(text, max(0, hit.start - 12), hit.start):
        return None
    sides = {
        key
        for words, keys in by_words.items()
        if words.endswith(" " + name) or words.startswith(name + " ")
        for key in keys
    }
    return next(iter(sides)) if len(sides) == 1 else None


def _build_actors(
    text: str,
    hits: Sequence[Hit],
    used: set[str],
    roles: Roles | None = None,
    headings: Sequence[tuple[int, int]] = (),
    quotes: Sequence[tuple[int, int]] = (),
) -> list[Actor]:
    """One actor per entity; generic collectives and groups only where they speak or move.

    With a parse (``roles``), a generic description is an actor where it is the subject or
    agent of a verb, and a country or organisation named only as a noun's modifier ("US
    Defense Secretary", "an OPEC member") adds no actor. A generic one in a headline or a
    heading (``headings``: spans of lines that restate the body) adds none there, nor one
    inside a quotation (``quotes``: the spans of quoted words) that neither speaks nor moves:
    '"We want our commander back"', '"tired of smugglers running our streets"' tell the
    speaker's words, not a group acting in the story.
    """
    heading_starts = [a for a, _ in headings]
    quote_starts = [a for a, _ in quotes]
    groups: dict[str, list[Hit]] = {}
    names: dict[str, str] = {}  # each group's name: its first mention's
    by_name: dict[str, str] = {}
    by_nation: dict[str, set[str]] = {}
    by_words: dict[str, set[str]] = {}  # a named side's words told so far -> its keys
    quoted: set[int] = set()  # ids of generic mentions that neither speak nor move, inside quotes
    for h in _with_masters(hits):
        if not h.is_actor:
            continue
        if (h.key == COUNTED_PEOPLE_KEY or h.key.startswith(HURT_PEOPLE_KEY)) and h.key not in used:
            continue  # "at least 884,000 people live in the flooded areas", "treated the wounded": told of
        if h.source == STATE_PEOPLE_SOURCE and not (roles is not None and h.start in roles.subjects):
            continue  # "asked the Russians to leave": any Russians told of, not the state acting
        if (
            _generic(h)
            and h.key not in used
            and (
                not _acts_here(text, h, roles)
                or inside_spans(headings, heading_starts, h.start)
                or _the_same(text, h)
            )
        ):
            continue
        if _generic(h) and h.key not in used and _quoted(text, quotes, quote_starts, h):
            quoted.add(id(h))  # kept to name a later mention ("the parties") all the same
        if (h.source == "kb" and h.key not in used and _in_title(text, h)) or (
            h.source == "role" and _office_of_title(text, h)
        ):
            continue
        bare, origin = _name_and_origin(text, h)
        name = bare + origin
        normal = normalize_alias(name)
        own = "origin:" + normal if origin else h.key
        own = (
            _fuller_before(text, h, normal, by_name, by_nation)
            or _side_told(text, h, normal, by_words)
            or own
        )
        key = by_name.setdefault(normal, own)
        if not _generic(h):
            by_words.setdefault(normalize_alias(text[h.start : h.end]), set()).add(key)
        if _by_nationality(normal):
            by_nation.setdefault(normal.partition(" ")[2], set()).add(key)
        group = groups.get(key)
        if group is None:
            groups[key], names[key] = [h], name
        else:
            group.append(h)
    if roles is not None:
        groups = {k: g for k, g in groups.items() if not _only_modifier(g, roles, used, text)}
    if quoted:
        groups = {k: g for k, g in groups.items() if not all(id(h) in quoted for h in g)}
    actors: list[Actor] = []
    for key, group in groups.items():
        first = group[0]
        entry: ActorEntry | None = next((h.entry for h in group if h.entry is not None), None)
        name = names[key]
        kind = first.actor_kind or ActorKind.COLLECTIVE
        title = next((h.title for h in group if h.title and h.source == "person"), None) or (
            entry.title if entry is not None else first.title
        )
        affiliation = (entry.affiliation if entry is not None else None) or first.affiliation
        mentions = _mentions_of(text, group)
        actors.append(
            Actor(
                name=name.strip(),
                kind=kind,
                title=title,
                affiliation=affiliation,
                aliases=entry.aliases if entry is not None else (),
                mentions=mentions,
                kb_id=entry.id if entry is not None else None,
            )
        )
        del key
    return actors


_CLOSING_MARKS = frozenset("\"'\u201d\u2019")


def _quoted(text: str, quotes: Sequence[tuple[int, int]], starts: Sequence[int], h: Hit) -> bool:
    """Whether the mention lies inside one of the sorted, disjoint quote spans, one a mark
    closes (a mark left open to the line's end may be a stray one: '"liberate the homeland from
    "terrorism", officials said')."""
    k = bisect.bisect_right(starts, h.start) - 1
    return k >= 0 and h.end <= quotes[k][1] and text[quotes[k][1] : quotes[k][1] + 1] in _CLOSING_MARKS


def _used_keys(movements: Sequence[MovementDraft], statements: Sequence[StatementDraft]) -> set[str]:
    """Keys of the actors that move or speak, as named once antecedents are resolved ("the
    council's fighters retreated" uses the council, not every "fighters"); a group only
    planned or told to move ("armed groups are to return") is not used by it."""
    used = {d.actor.key for d in movements if d.actor is not None and d.modality is not Modality.PLANNED}
    return used | {d.speaker.key for d in statements if d.speaker is not None}


def _the_same(text: str, h: Hit) -> bool:
    """ "according to the same source": a source told again, no new actor (its words are the
    earlier speaker's)."""
    return h.actor_kind is ActorKind.COLLECTIVE and text[
        max(0, h.start - 8) : h.start
    ].lower().rstrip().endswith(" same")


def _as_named(hits: list[Hit], resolved: Mapping[int, Hit]) -> list[Hit]:
    """Unnamed mentions the movement engine found to stand for a named actor become that
    actor's mentions ("armed troops" of the LNA is no second actor)."""
    if not resolved:
        return hits
    out: list[Hit] = []
    for h in hits:
        named = resolved.get(id(h))
        if named is not None:
            h = evolve(
                h,
                key=named.key,
                name=named.name,
                source=named.source,
                actor_kind=named.actor_kind,
                entry=named.entry,
                affiliation=named.affiliation,
            )
        out.append(h)
    return out


def _as_antecedents(
    text: str,
    hits: list[Hit],
    roles: Roles | None,
    entries: Sequence[int],
    drafts: Sequence[MovementDraft | StatementDraft],
) -> list[Hit]:
    """Role descriptions and bare force nouns that stand for a named actor become its
    mentions, in the actors and in the events that name them ("the official added"); sides
    named by the same town become one actor."""
    acting = {d.speaker.start for d in drafts if isinstance(d, StatementDraft) and d.speaker is not None}
    acting |= {d.actor.start for d in drafts if isinstance(d, MovementDraft) and d.actor is not None}
    named = antecedents(text, hits, acting | (roles.acting if roles is not None else set()), entries)
    for d in drafts:
        if isinstance(d, MovementDraft) and d.actor is not None and id(d.actor) in named:
            d.actor = named[id(d.actor)]
        elif isinstance(d, StatementDraft) and d.speaker is not None and id(d.speaker) in named:
            d.speaker = named[id(d.speaker)]
    hits = [named.get(id(h), h) for h in hits]
    # one side named by one town ("Misrata forces", "the Misrata brigade"): one actor, while
    # an event keeps the words its sentence used (its mention is among the actor's)
    sides = town_sides(text, hits)
    return [sides.get(id(h), h) for h in hits] if sides else hits


def _without_office_words(hits: list[Hit]) -> list[Hit]:
    """The hits less an unnamed collective inside an office holder's phrase ("minister" in
    "Turkey's defence minister", ``_offices``): the phrase names the one actor."""
    offices = SpanIndex((h.start, h.end, h) for h in hits if h.source == OFFICE_SOURCE)
    if not offices:
        return hits
    return [
        h
        for h in hits
        if h.actor_kind is not ActorKind.COLLECTIVE
        or h.source == OFFICE_SOURCE
        or not any(o.start <= h.start and h.end <= o.end for o in offices.overlapping(h.start, h.end))
    ]


def _unnamed_movers(hits: Sequence[Hit], drafts: Sequence[MovementDraft]) -> list[Hit]:
    """Forces the movement engine named by their words ("naval forces") and unnamed kin ("the
    son of X"), one mention each."""
    seen = {(h.start, h.end, h.key) for h in hits if h.is_actor}
    out: list[Hit] = []
    for d in drafts:
        if d.actor is None or d.actor.source not in ("group", KIN_SOURCE, OFFICE_SOURCE):
            continue
        if (d.actor.start, d.actor.end, d.actor.key) not in seen:
            seen.add((d.actor.start, d.actor.end, d.actor.key))
            out.append(d.actor)
    return out


def _renamed_by_movers(hits: list[Hit], drafts: Sequence[MovementDraft]) -> list[Hit]:
    """The hits without a named one whose exact words the movement engine named as a mover
    of the same kind ("Convoys loyal to Fathi Bashagha": forces loyal to him, not his
    government's forces), so one phrase names one actor; a phrase the engine split into
    sides ("the Spanish and Greek teams") keeps its own reading too."""
    keys: dict[tuple[int, int], set[str]] = {}
    kinds: dict[tuple[int, int], ActorKind | None] = {}
    for d in drafts:
        if d.actor is not None and d.actor.source == "group":
            keys.setdefault((d.actor.start, d.actor.end), set()).add(d.actor.key)
            kinds[d.actor.start, d.actor.end] = d.actor.actor_kind
    if not keys:
        return hits
    return [
        h
        for h in hits
        if not h.is_actor
        or _generic(h)
        or h.source == "group"
        or len(keys.get((h.start, h.end), ())) != 1
        or kinds[h.start, h.end] is not h.actor_kind
    ]


_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")
"""A country's initials ("US", "U.K."), which before a noun are an adjective ("US jets")."""


def _without_initial_adjectives(
    text: str, locations: list[Location], roles: Roles, drafts: Sequence[MovementDraft]
) -> list[Location]:
    """A country named only by its initials before a noun ("the US strike", "U.S. jets") is an
    adjective: no location (SCHEMA), unless a movement goes there or from there."""
    ends = {
        h.place.id for d in drafts for h in (d.origin, d.destination) if h is not None and h.place is not None
    }

    def adjective(loc: Location) -> bool:
        if loc.kind is not LocationKind.COUNTRY or loc.gazetteer_id in ends or not loc.mentions:
            return False
        return all(
            _INITIALS.fullmatch(m.text) is not None and m.span.start in roles.modifying for m in loc.mentions
        )

    return [loc for loc in locations if not adjective(loc)]


def _build_locations(text: str, hits: Sequence[Hit]) -> list[Location]:
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        if h.place is not None and not _approached_side(text, h):
            groups.setdefault(h.place.id, []).append(h)
    out: list[Location] = []
    for group in groups.values():
        place = group[0].place
        assert place is not None
        others = tuple(dict.fromkeys(c.id for h in group for c in h.candidates if c.id != place.id))
        name = _display_name(place, text, group)
        out.append(place.to_location(_mentions_of(text, group), name=name, candidates=others[:5]))
    return out


def _display_name(place: Place, text: str, group: Sequence[Hit]) -> str:
    """The text's own spelling of the place where the gazetteer knows it (:func:`_text_spelling`),
    else the place's name as :func:`_gazetteer_display_name` chooses it; the gazetteer id keeps
    the entry (and its own name) reachable."""
    said = _text_spelling(place, text, group)
    return said if said is not None else _gazetteer_display_name(place, text, group)


def _text_spelling(place: Place, text: str, group: Sequence[Hit]) -> str | None:
    """The spelling the text names a town or region by most often (the first of equals), when
    it is one of the gazetteer entry's names or aliases ("Zlitan" for GeoNames' "Zliten",
    "Derj" for "Daraj", "Misurata" for "Misrata"), so that a movement's place reads as the
    article writes it; None when the text's most frequent spelling is the gazetteer's own name
    (up to case, marks and the Arabic article: :func:`_gazetteer_display_name` decides then) or
    no mention spells a listed name. A site or country keeps its canonical full name ("Mitiga
    International Airport", "United Kingdom"); a mention that adds or drops describing words
    ("the Abu Salim district", "Jufra region"), a mention in common words the gazetteer lists
    ("Libyan capital") and a mention with a word in capitals (a dateline's "ZLITAN", an acronym)
    give no spelling."""
    if place.kind not in TEXT_SPELLED_KINDS:
        return None
    own = normalize_name(place.name)
    known = {normalize_name(n) for n in place.names}
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for h in group:
        surface = text[h.start : h.end]
        if h.source not in ("gazetteer", "fuzzy") or not _spelled_name(surface):
            continue
        key = normalize_name(surface)
        if key not in known or _words_added(key, own):
            continue
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, surface)
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)  # max keeps the first of equals: dicts keep order
    return None if best == own else first[best]


TEXT_SPELLED_KINDS = frozenset({LocationKind.CITY, LocationKind.REGION})
"""The kinds of place named by the text's own spelling (:func:`_text_spelling`)."""


def _words_added(key: str, own: str) -> bool:
    """Whether one name is the other with words added ("abu salim district", "abu salim")."""
    said, name = set(key.split()), set(own.split())
    return said != name and (said <= name or name <= said)


def _spelled_name(surface: str) -> bool:
    """Whether the words are a proper name as English copy writes it: each capitalised, an
    Arabic connector ("bin") or one hyphened to its word ("al-Shati"), and none in capitals
    ("ZLITAN", "GDF"), so neither "Libyan capital" nor a dateline."""
    for word in surface.split():
        if len(word) > 1 and word.isupper():
            return False
        if not word[:1].isupper() and word.split("-")[0].lower() not in NAME_CONNECTORS:
            return False
    return True


def _gazetteer_display_name(place: Place, text: str, group: Sequence[Hit]) -> str:
    """The place's name; a transliteration with diacritics, an OpenStreetMap label or the name
    of a Libyan district, village or area no census counts (no standard English spelling)
    gives way to the text's own spelling ("Susah" rather than "Sūsah", "Shiha" rather than
    "Sheiha"), the gazetteer id keeping them one. Sites keep their descriptive names unless
    the text orders the same words otherwise ("Camp Tekbali" for "Tekbali camp")."""
    local = place.country_code == "LY" and place.population == 0 and place.kind is not LocationKind.SITE
    own = place.name.isascii() and not place.source.startswith("OpenStreetMap") and not local
    for h in group:
        surface = text[h.start : h.end]
        if h.source not in ("gazetteer", "fuzzy") or not surface[:1].isupper():
            continue
        if (
            (not own and not _names_inside(place.name, surface))
            or _same_words(surface, place.name)
            or (place.id.startswith(GEONAMES_PREFIX) and _transliterated(surface, place.name))
        ):
            return surface.title() if surface.isupper() else surface
        respelled = _respelled_site(surface, place)
        if respelled is not None:
            return respelled
    return place.name


def _respelled_site(surface: str, place: Place) -> str | None:
    """A site named by its proper name, alone or with its head noun, spelled otherwise than the
    gazetteer's name ("Tikbali" or "Takbali camp" for the "Tekbali camp"): the text's spelling
    with the site's head noun ("Tikbali camp") when the gazetteer lists that full name as an
    alias, so the place reads as the text names it. A spelling that differs only in the
    Arabic article or a final "h" (:func:`_transliteration_key`) keeps the curated name."""
    if place.kind is not LocationKind.SITE:
        return None
    words = place.name.split()
    cut = len(words)
    while cut > 0 and words[cut - 1].islower():
        cut -= 1  # the head noun: the lower-case words closing the name ("camp", "gas plant")
    proper, head = words[:cut], words[cut:]
    said = surface.split()
    if said[len(said) - len(head) :] == head:
        said = said[: len(said) - len(head)]  # "the Takbali camp": the head noun is the text's too
    if not proper or not head or len(said) != len(proper):
        return None
    if _transliteration_key(" ".join(said)) == _transliteration_key(" ".join(proper)):
        return None
    respelled = " ".join([*said, *head])
    # only a full name the gazetteer knows in that spelling: "Wattiya" names the "al-Watiya air
    # base", but no source writes "Wattiya air base"
    known = {a.lower() for a in place.aliases}
    return respelled if respelled.lower() in known else None


GEONAMES_PREFIX = "geonames:"
"""Ids of places named by GeoNames' transliteration (curated names are the project's own choice)."""
ARABIC_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "az", "ad", "an", "at", "adh", "ath"})
"""The Arabic article in its transliterated forms ("Al Aziziyah", "Az Zawiyah", "el-Marj")."""


def _transliteration_key(name: str) -> str:
    """A name with its Arabic article, hyphens and a final "h" dropped ("Al Aziziyah" and
    "Aziziya" give "aziziya")."""
    words = name.lower().replace("-", " ").split()
    if len(words) > 1 and words[0] in ARABIC_ARTICLES:
        words = words[1:]
    return " ".join(words).removesuffix("h")


def _transliterated(surface: str, name: str) -> bool:
    """The text spells a GeoNames name another way, differing only in the Arabic article and a
    final "h" ("Aziziya" for GeoNames' "Al Aziziyah"): the text's own spelling names the place,
    as English copy writes it."""
    return surface.lower() != name.lower() and _transliteration_key(surface) == _transliteration_key(name)


def _names_inside(name: str, surface: str) -> bool:
    """Whether the text's words hold every word of the place's name ("Abu Salim district" holds
    "Abu Salim"): the name is the text's own, with a describing word added."""
    words = set(surface.lower().split())
    return len(words) > 1 and all(w in words for w in name.lower().split())


def _same_words(a: str, b: str) -> bool:
    """Whether two names have the same words in another order (case aside)."""
    a, b = a.lower(), b.lower()
    return a != b and sorted(a.split()) == sorted(b.split())


def _anchors_named_as(
    relative: list[RelativeLocation], locations: Sequence[Location]
) -> list[RelativeLocation]:
    """The relative locations with each anchor that is a named place of the text named as that
    Location is (the text's spelling, :func:`_display_name`), so "west of Zlitan" and Zlitan
    read alike."""
    names = {loc.gazetteer_id: loc.name for loc in locations if loc.gazetteer_id is not None}

    def renamed(anchor: Location) -> Location:
        name = names.get(anchor.gazetteer_id or "")
        return anchor if name is None or name == anchor.name else evolve(anchor, name=name)

    return [
        evolve(
            rel,
            anchor=renamed(rel.anchor),
            second_anchor=None if rel.second_anchor is None else renamed(rel.second_anchor),
        )
        for rel in relative
    ]


def _location_for(hit: Hit | None, locations: Sequence[Location]) -> Location | None:
    if hit is None or hit.place is None:
        return None
    for loc in locations:
        if loc.gazetteer_id == hit.place.id:
            return loc
    return hit.place.to_location()


def _movement(text: str, d: MovementDraft, locations: Sequence[Location]) -> Movement | None:
    actor_name = None
    actor_mention = None
    if d.actor is not None:
        actor_name = _actor_name(text, d.actor)
        actor_mention = _mention(text, d.actor)
    return Movement(
        kind=d.kind,
        trigger=Mention(text[d.trigger.start : d.trigger.end], d.trigger),
        span=d.sentence,
        actor=actor_name.strip() if actor_name else None,
        actor_mention=actor_mention,
        origin=_location_for(d.origin, locations),
        destination=_location_for(d.destination, locations),
        date=d.date,
        modality=d.modality,
    )


def _statement(text: str, d: StatementDraft) -> Statement:
    speaker = None
    speaker_mention = None
    if d.speaker is not None:
        speaker = _actor_name(text, d.speaker)
        speaker_mention = _mention(text, d.speaker)
    return Statement(
        text=d.text,
        span=d.text_span,
        direct=d.direct,
        speaker=speaker.strip() if speaker else None,
        speaker_mention=speaker_mention,
        channel=d.channel,
        date=d.date,
    )


@functools.lru_cache(maxsize=1)
def _default_parser() -> Parser:
    return Parser()


def parse_article(
    text: str,
    *,
    published: str | _dt.date | None = None,
    id: str | None = None,
    parser: Parser | None = None,
) -> Article:
    """Parse one article into an :class:`~libya_events.Article`.

    Never raises on any ``str``; :class:`~libya_events.InputTypeError` (a ``TypeError``)
    for bytes or None, and a :class:`~libya_events.DateParseError` for a bad ``published``.

    >>> article = parse_article("LNA forces seized Gharyan on Thursday.", published="2019-04-06")
    >>> [(m.kind.value, m.destination.name, m.date.iso) for m in article.movements]
    [('capture', 'Gharyan', '2019-04-04')]
    """
    return (parser or _default_parser()).parse(text, published=published, id=id)

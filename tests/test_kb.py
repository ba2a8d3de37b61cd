"""The actor knowledge base: the packaged data file and its loader."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libya_events import ActorKind, KnowledgeBaseError
from libya_events.extraction._kb import ActorEntry, ActorKB, RoleAlias, normalize_alias

KB = ActorKB.default()
ENTRIES = KB.entries


def _write(tmp_path: Path, doc: Any, name: str = "actors.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _actor(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": "x", "name": "X Person", "kind": "person"}
    base.update(over)
    return base


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("al-Serraj", "Serraj"),
        ("Al Serraj", "serraj"),
        ("el-Sissi", "Sissi"),
        ("the U.N.", "UN"),
        ("Salamé", "Salame"),
        ("Ján Kubiš", "jan kubis"),
        ("Abdel-Razeq", "abdel razeq"),
        ("Haftar’s forces", "Haftar's forces"),
        ("The  Tripoli   government", "tripoli government"),
        ("the al-Kaniyat", "Kaniyat"),
    ],
)
def test_normalize_alias_folds_variants(a: str, b: str) -> None:
    assert normalize_alias(a) == normalize_alias(b)


@given(st.text(max_size=40))
def test_normalize_alias_is_idempotent(text: str) -> None:
    once = normalize_alias(text)
    assert normalize_alias(once) == once


def test_normalize_alias_keeps_distinct_names_apart() -> None:
    assert normalize_alias("Saddam Haftar") != normalize_alias("Khalifa Haftar")
    assert normalize_alias("Niger") != normalize_alias("Nigeria")


# --------------------------------------------------------------------------- the packaged file


def test_default_kb_loads_and_is_cached() -> None:
    assert ActorKB.default() is KB
    assert len(KB.entries) >= 250
    assert len(KB.roles) >= 300
    assert len(KB.collectives) >= 30
    assert {e.kind for e in ENTRIES} == set(ActorKind) - {ActorKind.COLLECTIVE}


def test_default_kb_round_trips_through_its_own_format() -> None:
    again = ActorKB.from_mapping(json.loads(json.dumps(KB.to_mapping())))
    assert again.entries == KB.entries
    assert again.roles == KB.roles
    assert again.collectives == KB.collectives


def test_every_entry_cites_a_source() -> None:
    missing = [e.id for e in ENTRIES if not e.source]
    assert missing == []
    assert all(r.source for r in KB.roles)


def test_every_affiliation_names_an_entry() -> None:
    names = {normalize_alias(e.name) for e in ENTRIES}
    dangling = {
        e.id: e.affiliation for e in ENTRIES if e.affiliation and normalize_alias(e.affiliation) not in names
    }
    assert dangling == {}


@pytest.mark.parametrize(
    ("form", "name", "kind"),
    [
        ("Hifter", "Khalifa Haftar", ActorKind.PERSON),
        ("Field Marshal Khalifa Haftar", "Khalifa Haftar", ActorKind.PERSON),
        ("Faiez Sarraj", "Fayez al-Sarraj", ActorKind.PERSON),
        ("Fayez al-Serraj", "Fayez al-Sarraj", ActorKind.PERSON),
        ("Aqila Saleh", "Aguila Saleh", ActorKind.PERSON),
        ("Moammar Gadhafi", "Muammar Gaddafi", ActorKind.PERSON),
        ("Kadhafi", "Muammar Gaddafi", ActorKind.PERSON),
        ("Seif al-Islam", "Saif al-Islam Gaddafi", ActorKind.PERSON),
        ("Dbeiba", "Abdul Hamid Dbeibah", ActorKind.PERSON),
        ("Gnono", "Mohamed Gnounou", ActorKind.PERSON),
        ("al-Mismari", "Ahmed Mismari", ActorKind.PERSON),
        ("el-Sissi", "Abdel Fattah al-Sisi", ActorKind.PERSON),
        ("LNA", "Libyan National Army", ActorKind.ARMED_GROUP),
        ("Libyan Arab Armed Forces", "Libyan National Army", ActorKind.ARMED_GROUP),
        ("Hifter's forces", "Libyan National Army", ActorKind.ARMED_GROUP),
        ("Volcano of Anger", "Government of National Accord forces", ActorKind.ARMED_GROUP),
        ("Daesh", "Islamic State", ActorKind.ARMED_GROUP),
        ("Russian mercenaries", "Wagner group", ActorKind.ARMED_GROUP),
        ("Zwai", "Zuwayya", ActorKind.ARMED_GROUP),
        ("Tibu tribesmen", "Tebu fighters", ActorKind.ARMED_GROUP),
        ("GNA", "Government of National Accord", ActorKind.GOVERNMENT),
        ("HoR", "House of Representatives", ActorKind.GOVERNMENT),
        ("NTC", "National Transitional Council", ActorKind.GOVERNMENT),
        ("NOC", "National Oil Corporation", ActorKind.ORGANIZATION),
        ("U.N.", "United Nations", ActorKind.ORGANIZATION),
        ("NATO", "NATO", ActorKind.ORGANIZATION),
        ("Red Crescent", "Libyan Red Crescent", ActorKind.ORGANIZATION),
        ("UAE", "United Arab Emirates", ActorKind.COUNTRY),
        ("Britain", "United Kingdom", ActorKind.COUNTRY),
    ],
)
def test_known_forms_resolve(form: str, name: str, kind: ActorKind) -> None:
    entry = KB.alias_index()[normalize_alias(form)]
    assert (entry.name, entry.kind) == (name, kind)


def test_metonyms_are_kept_apart_from_aliases() -> None:
    metonyms = KB.metonym_index()
    assert metonyms["cairo"].name == "Egypt"
    assert metonyms["ankara"].name == "Turkey"
    assert metonyms["moscow"].name == "Russia"
    assert metonyms["washington"].name == "United States"
    assert "cairo" not in KB.alias_index()


def test_collectives() -> None:
    index = KB.collective_index()
    assert index[normalize_alias("a security source")].name == "security source"
    assert index["resident"].name == "residents"
    assert index["witnesses"].name == "witnesses"


def test_entry_converts_to_a_model_actor() -> None:
    haftar = KB["khalifa-haftar"]
    actor = haftar.to_actor()
    assert (actor.name, actor.kind, actor.kb_id) == ("Khalifa Haftar", ActorKind.PERSON, "khalifa-haftar")
    assert actor.affiliation == "Libyan National Army"


def test_acronyms_are_flagged_for_case_sensitive_matching() -> None:
    assert "IS" in KB["islamic-state"].acronyms
    assert "US" in KB["united-states"].acronyms
    assert "Islamic State" not in KB["islamic-state"].acronyms


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(ENTRIES))
def test_every_alias_maps_back_to_its_entry(entry: ActorEntry) -> None:
    index = KB.alias_index()
    for form in entry.forms:
        assert index[normalize_alias(form)] is entry
    metonyms = KB.metonym_index()
    for form in entry.metonyms:
        assert metonyms[normalize_alias(form)] is entry


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(KB.roles))
def test_every_role_names_its_actor_inside_its_period(role: RoleAlias) -> None:
    day = role.valid_from or role.valid_to or dt.date(2019, 1, 1)
    assert KB.roles_on(day)[role.key].id == role.actor
    assert KB.lookup(role.alias, day) is KB[role.actor]


# --------------------------------------------------------------------------- dated roles


@pytest.mark.parametrize(
    ("alias", "day", "expected"),
    [
        ("the U.N. secretary-general", dt.date(2011, 10, 20), "ban-ki-moon"),
        ("the U.N. secretary-general", dt.date(2019, 4, 6), "antonio-guterres"),
        ("UN Secretary-General", dt.date(2019, 4, 6), "antonio-guterres"),
        ("the prime minister", dt.date(2013, 5, 1), "ali-zeidan"),
        ("the prime minister", dt.date(2019, 6, 27), "fayez-al-sarraj"),
        ("the prime minister", dt.date(2022, 5, 17), "abdul-hamid-dbeibah"),
        ("the U.N. envoy", dt.date(2015, 6, 1), "bernardino-leon"),
        ("the U.N. envoy", dt.date(2016, 8, 11), "martin-kobler"),
        ("the U.N. envoy", dt.date(2019, 4, 4), "ghassan-salame"),
        ("the U.N. envoy", dt.date(2020, 6, 5), "stephanie-williams"),
        ("the U.N. envoy", dt.date(2021, 5, 1), "jan-kubis"),
        ("the U.N. envoy", dt.date(2023, 9, 12), "abdoulaye-bathily"),
        ("the Tripoli government", dt.date(2019, 2, 12), "gna"),
        ("the Tripoli government", dt.date(2022, 5, 17), "gnu"),
        ("the unity government", dt.date(2016, 8, 11), "gna"),
        ("the unity government", dt.date(2021, 3, 15), "gnu"),
        ("the Egyptian president", dt.date(2020, 6, 20), "abdel-fattah-al-sisi"),
        ("the Turkish president", dt.date(2020, 1, 1), "recep-tayyip-erdogan"),
        ("the interior minister", dt.date(2020, 6, 5), "fathi-bashagha"),
        ("parliament", dt.date(2013, 1, 1), "gnc"),
        ("parliament", dt.date(2021, 3, 15), "hor"),
        ("the Libyan leader", dt.date(2011, 8, 24), "muammar-gaddafi"),
        ("rebels", dt.date(2011, 8, 24), "libyan-rebels"),
        ("Libya's interim rulers", dt.date(2011, 10, 20), "ntc"),
        ("the eastern-based administration", dt.date(2023, 9, 12), "gns"),
    ],
)
def test_roles_by_date(alias: str, day: dt.date, expected: str) -> None:
    assert KB.roles_on(day)[normalize_alias(alias)].id == expected
    assert KB.lookup(alias, day) is KB[expected]


def test_roles_outside_any_period_are_absent() -> None:
    assert normalize_alias("the Turkish president") not in KB.roles_on(dt.date(2012, 1, 1))
    assert KB.role_on("the Turkish president", dt.date(2012, 1, 1)) is None


def test_roles_without_a_date_give_the_latest_holder() -> None:
    latest = KB.roles_on(None)
    assert latest[normalize_alias("the U.N. secretary-general")].id == "antonio-guterres"
    assert latest[normalize_alias("the prime minister")].id == "abdul-hamid-dbeibah"


def test_a_role_that_reuses_a_plain_alias_wins_on_its_dates() -> None:
    # "Libyan army": the government's army before 2015, the LNA's self-description after
    assert KB.lookup("Libyan army", dt.date(2014, 5, 18)) is KB["libyan-army"]
    assert KB.lookup("Libyan army", dt.date(2019, 4, 4)) is KB["libyan-national-army"]
    assert KB.lookup("Libyan army") is KB["libyan-army"]


# --------------------------------------------------------------------------- malformed files


@pytest.mark.parametrize(
    ("doc", "needle"),
    [
        ({"version": 1, "actors": [_actor(kind="militia")]}, "actor 'x': 'kind' must be one of person"),
        ({"version": 1, "actors": [_actor(kind="collective")]}, "'collectives' list"),
        ({"version": 1, "actors": [_actor(name="")]}, "actor 'x': 'name'"),
        ({"version": 1, "actors": [_actor(aliases="Haftar")]}, "actor 'x': 'aliases' must be a list"),
        ({"version": 1, "actors": [_actor(aliases=["ok", 3])]}, "actor 'x': 'aliases'"),
        ({"version": 1, "actors": [_actor(valid_from="2019-13-01")]}, "actor 'x': 'valid_from'"),
        ({"version": 1, "actors": [_actor(valid_from="2020-01-01", valid_to="2019-01-01")]}, "'valid_to'"),
        ({"version": 1, "actors": [_actor(colour="red")]}, "unknown field(s) 'colour'"),
        ({"version": 1, "actors": [_actor(people="yes")]}, "actor 'x': 'people' must be true or false"),
        (
            {"version": 1, "actors": [_actor(people=True)]},
            "actor 'x': 'people' needs a name or alias that opens",
        ),
        ({"version": 1, "actors": [_actor(id="Not A Slug")]}, "'id' must be a lower-case slug"),
        (
            {"version": 1, "actors": [_actor(), _actor(name="Other")]},
            "actor 'x': 'id' is used by more than one",
        ),
        (
            {"version": 1, "actors": [_actor(), _actor(id="y", name="Y", aliases=["x person"])]},
            "actor 'y': 'aliases' form 'x person'",
        ),
        ({"version": 2, "actors": []}, "'version' must be 1"),
        ({"version": 1, "actors": {}}, "'actors' must be a list"),
        (
            {"version": 1, "actors": [_actor()], "roles": [{"alias": "the boss", "actor": "nobody"}]},
            "the boss",
        ),
        (
            {
                "version": 1,
                "actors": [_actor(), _actor(id="y", name="Y")],
                "roles": [
                    {"alias": "the boss", "actor": "x", "from": "2019-01-01", "to": "2020-12-31"},
                    {"alias": "The Boss", "actor": "y", "from": "2020-06-01", "to": None},
                ],
            },
            "overlaps",
        ),
        (
            {
                "version": 1,
                "actors": [_actor(), _actor(id="y", name="Y")],
                "roles": [{"alias": "X Person", "actor": "y"}],
            },
            "already names actor 'x'",
        ),
        (
            {
                "version": 1,
                "collectives": [{"name": "residents", "aliases": ["x person"]}],
                "actors": [_actor()],
            },
            "collective",
        ),
        ([1, 2], "must be a JSON/TOML object"),
        (
            {"version": 1, "actors": [_actor()], "roles": [{"aliases": ["the boss"], "holders": []}]},
            "role 'the boss' (roles[0]): 'holders' must be a non-empty list",
        ),
        (
            {
                "version": 1,
                "actors": [_actor()],
                "roles": [{"aliases": ["the boss"], "holders": [{"actor": "x", "from": "2019"}]}],
            },
            "role 'the boss' (roles[0]) holders[0]: 'from' must be an ISO date",
        ),
    ],
)
def test_malformed_user_file_is_refused_with_a_useful_message(tmp_path: Path, doc: Any, needle: str) -> None:
    path = _write(tmp_path, doc)
    with pytest.raises(KnowledgeBaseError) as info:
        ActorKB.from_file(path)
    assert needle in str(info.value)
    assert str(path) in str(info.value)


def test_invalid_json_and_missing_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": 1, "actors": [', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="not valid JSON"):
        ActorKB.from_file(broken)
    with pytest.raises(KnowledgeBaseError, match="cannot be read"):
        ActorKB.from_file(tmp_path / "absent.json")


def test_knowledge_base_error_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="kind"):
        ActorKB.from_file(_write(tmp_path, {"version": 1, "actors": [_actor(kind="militia")]}))


def test_toml_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'version = 1\n[[actors]]\nid = "x"\nname = "X Person"\nkind = "person"\naliases = ["Mr X"]\n'
        '[[roles]]\nalias = "the boss"\nactor = "x"\nfrom = 2019-01-01\n',
        encoding="utf-8",
    )
    kb = ActorKB.from_file(path)
    assert kb.alias_index()["mr x"].id == "x"
    assert kb.roles_on(dt.date(2020, 1, 1))["boss"].id == "x"


# --------------------------------------------------------------------------- peoples


def test_the_packaged_peoples_are_named_by_their_bare_names() -> None:
    assert {"tebu", "tibu", "toubou", "tubu", "tuareg", "amazigh", "berber", "warfalla"} <= KB.people_names
    assert not {"tebu fighters", "tebus", "imazighen", "tebu armed"} & KB.people_names
    assert all(entry.people for entry in ENTRIES if entry.people_names)


@pytest.mark.parametrize(
    ("forms", "names"),
    [
        (("Zarqani", "Zarqani tribe", "Zarqani fighters"), {"zarqani"}),
        (("Zarqani fighters", "Zarqanis"), {"zarqani"}),  # a plural less its "s" opens "Zarqani fighters"
        (("Banu Zarqan", "Banu Zarqan tribe"), {"banu zarqan"}),
        (("Zarqani tribe", "Zarqani fighters"), set()),  # the bare name is no form of the entry
    ],
)
def test_a_peoples_names_are_forms_that_open_a_longer_form(forms: tuple[str, ...], names: set[str]) -> None:
    entry = ActorEntry(id="z", name=forms[0], kind=ActorKind.ARMED_GROUP, aliases=forms[1:], people=True)
    assert entry.people_names == names
    assert (
        ActorEntry(id="z", name=forms[0], kind=ActorKind.ARMED_GROUP, aliases=forms[1:]).people_names == set()
    )


def test_a_user_file_marks_its_own_people(tmp_path: Path) -> None:
    doc = {
        "version": 1,
        "actors": [
            {
                "id": "zarqani",
                "name": "Zarqani",
                "kind": "armed_group",
                "people": True,
                "aliases": ["Zarqani tribe"],
            }
        ],
    }
    mine = ActorKB.from_file(_write(tmp_path, doc))
    assert mine.people_names == {"zarqani"}
    assert ActorKB.from_mapping(mine.to_mapping()).people_names == {"zarqani"}
    merged = KB.merged(mine)
    assert merged["zarqani"].people
    assert merged["tebu-fighters"].people
    assert {"zarqani", "tebu"} <= merged.people_names


# --------------------------------------------------------------------------- merging


def test_merged_user_file_overrides(tmp_path: Path) -> None:
    user = ActorKB.from_file(
        _write(
            tmp_path,
            {
                "version": 1,
                "actors": [
                    {
                        "id": "khalifa-haftar",
                        "name": "Khalifa Belqasim Haftar",
                        "kind": "person",
                        "title": "field marshal",
                        "affiliation": "Libyan National Army",
                        "surnames": ["Haftar"],
                    },
                    {"id": "my-brigade", "name": "My Brigade", "kind": "armed_group", "aliases": ["Nawasi"]},
                ],
                "roles": [{"alias": "the prime minister", "actor": "my-brigade", "from": "2030-01-01"}],
                "collectives": [{"name": "townsfolk", "aliases": ["residents"]}],
            },
        )
    )
    merged = KB.merged(user)
    index = merged.alias_index()
    assert merged["khalifa-haftar"].title == "field marshal"
    assert index["haftar"].name == "Khalifa Belqasim Haftar"
    assert "hifter" not in index  # the user's entry replaced the packaged one entirely
    assert index["nawasi"].id == "my-brigade"  # the user's alias wins over the packaged entry's
    assert merged["nawasi-brigade"].name == "Nawasi brigade"  # which keeps its other forms
    assert normalize_alias("Nawasi") not in {normalize_alias(f) for f in merged["nawasi-brigade"].forms}
    assert merged.roles_on(dt.date(2019, 6, 27)).get("prime minister") is None
    assert merged.roles_on(dt.date(2031, 1, 1))["prime minister"].id == "my-brigade"
    assert merged.collective_index()["residents"].name == "townsfolk"
    # the packaged KB is untouched
    assert KB.alias_index()["haftar"].name == "Khalifa Haftar"
    assert len(merged.entries) == len(KB.entries) + 1


def test_merging_an_empty_kb_changes_nothing() -> None:
    merged = KB.merged(ActorKB())
    assert merged.entries == KB.entries
    assert merged.roles == KB.roles


def test_grouped_roles_expand_to_one_row_per_alias_and_holder(tmp_path: Path) -> None:
    doc = {
        "version": 1,
        "actors": [_actor(), _actor(id="y", name="Y")],
        "roles": [
            {
                "aliases": ["the boss", "The Boss", "boss-man"],
                "title": "chief",
                "holders": [
                    {"actor": "x", "from": None, "to": "2019-12-31"},
                    {"actor": "y", "from": "2020-01-01", "to": None, "title": "acting chief"},
                ],
            }
        ],
    }
    kb = ActorKB.from_file(_write(tmp_path, doc))
    assert len(kb.roles) == 4  # "the boss" and "The Boss" are one alias
    assert kb.roles_on(dt.date(2019, 6, 1)) == {"boss": kb["x"], "boss man": kb["x"]}
    assert kb.roles_on(None)["boss"] is kb["y"]
    role = kb.role_on("the boss", dt.date(2021, 1, 1))
    assert role is not None
    assert role.title == "acting chief"
    assert kb.role_on("the boss", dt.date(2018, 1, 1)) == RoleAlias(
        "the boss", "x", None, dt.date(2019, 12, 31), "chief"
    )

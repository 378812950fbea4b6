"""A person is found, and forgotten, however their name is typed: case, accents, Unicode form, spacing."""

from __future__ import annotations

import json
import unicodedata

import pytest
from click.testing import CliRunner
from memory_helpers import capture, open_store

from companion.cli import main
from companion.errors import Conflict, NotFound
from companion.memory.forget import forget_person
from companion.memory.notes import add_note
from companion.memory.people import name_key, resolve_person, text_matches

INES = "Inês Sá"  # as captured: composed (NFC)
INES_NFD = unicodedata.normalize("NFD", INES)
assert INES_NFD != INES

# How a user (or a pasted text) spells her name.
SPELLINGS = {
    "same": "Inês Sá",
    "lower case": "inês sá",
    "upper case": "INÊS SÁ",
    "no accents": "Ines Sa",
    "no accents, lower case": "ines sa",
    "decomposed (NFD)": INES_NFD,
    "decomposed, upper case": unicodedata.normalize("NFD", "INÊS SÁ"),
    "double space": "Inês  Sá",
    "non-breaking space": "Inês\u00a0Sá",
    "narrow no-break space": "Inês\u202fSá",
    "tab": "Inês\tSá",
    "leading and trailing spaces": "  Inês Sá \u00a0",
}
# Fragments: what `show ines` and friends are given.
FRAGMENTS = ["ines", "INES", "Inês", unicodedata.normalize("NFD", "Inês"), " ines ", "ine\u0302s", "ines\u00a0sa"]


@pytest.fixture
def ines(data_dir):
    """Inês Sá, Bob who mentions her, and Inês Sousa's namesake-free neighbour Rui."""
    store = open_store(data_dir)
    try:
        doc = capture(store, INES, "ines-sa-77", company="Feedzai")
        bob = capture(store, "Bob Roe", "bob-roe")
        capture(store, "Rui Costa", "rui-costa")
    finally:
        store.close()
    return doc, bob


# ------------------------------------------------------------------ the folding


@pytest.mark.parametrize("spelling", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_every_spelling_of_a_name_folds_to_the_same_key(spelling):
    assert name_key(spelling) == name_key(INES) == "ines sa"


@pytest.mark.parametrize(("typed", "stored"), [
    ("soren", "Søren Kierkegaard"), ("lodz", "Łódź"), ("strasse", "Straße"), ("o'brien", "Conan O’Brien"),
    ("zoe", "Zoe\u0308 Saldaña"), ("ana", "A\u200bna"),
])
def test_letters_without_a_decomposition_and_invisible_characters_fold_too(typed, stored):
    assert text_matches(typed, stored)


def test_a_search_of_punctuation_alone_is_matched_as_typed():
    assert text_matches("++", "C++ engineer")
    assert not text_matches("--", "Jane Doe")


# ------------------------------------------------------------------ lookup


@pytest.mark.parametrize("spelling", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_resolve_person_finds_her_however_her_full_name_is_spelt(data_dir, ines, spelling):
    store = open_store(data_dir)
    try:
        assert resolve_person(store, spelling)["id"] == ines[0]["id"]
    finally:
        store.close()


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_resolve_person_finds_her_from_a_fragment_without_accents(data_dir, ines, fragment):
    store = open_store(data_dir)
    try:
        assert resolve_person(store, fragment)["id"] == ines[0]["id"]
    finally:
        store.close()


def test_ambiguity_between_accented_and_plain_namesakes_lists_both(data_dir, ines):
    store = open_store(data_dir)
    try:
        other = capture(store, "Ines Santos", "ines-santos")
        with pytest.raises(Conflict) as raised:
            resolve_person(store, "ines")
        listed = {f"{INES} ({ines[0]['id']})", f"Ines Santos ({other['id']})"}
        assert raised.value.message in {
            f"“ines” matches 2 people: {', '.join(order)}. Name one by its id (in brackets) or its profile link."
            for order in (sorted(listed), sorted(listed, reverse=True))
        }
        # A full name that only one of them has is not ambiguous.
        assert resolve_person(store, "INES SA")["id"] == ines[0]["id"]
    finally:
        store.close()


def test_an_unknown_name_is_still_not_found_with_its_sentence(data_dir, ines):
    store = open_store(data_dir)
    try:
        with pytest.raises(NotFound, match="No one called “Inês Zé” is in your Rapport"):
            resolve_person(store, "Inês Zé")
    finally:
        store.close()


@pytest.fixture
def run(data_dir):
    runner = CliRunner()

    def invoke(*args, input=None):
        result = runner.invoke(main, [*args, "--data-dir", str(data_dir)], input=input)
        assert result.exit_code == 0, (result.output, result.stderr)
        return result

    return invoke


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_show_and_starters_find_her_from_any_spelling(run, ines, fragment):
    shown = json.loads(run("show", fragment, "--json").stdout)
    assert shown["person_id"] == ines[0]["id"]
    run("starters", fragment)


@pytest.mark.parametrize("search", ["ines", "INES", INES_NFD, "ines  sa", "ines\u00a0sa", "feedzai", "FEEDZAÍ"])
def test_people_search_ignores_accents_case_form_and_spacing(run, ines, search):
    found = json.loads(run("people", "--json", "--search", search).stdout)
    assert [p["name"] for p in found["people"]] == [INES]


# ------------------------------------------------------------------ forget


@pytest.mark.parametrize("spelling", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_companion_forget_finds_her_however_her_name_is_spelt(run, data_dir, ines, spelling):
    forgotten = json.loads(run("forget", spelling, "--yes", "--json").stdout)
    assert forgotten["person_id"] == ines[0]["id"]
    store = open_store(data_dir)
    try:
        assert store.get_person(ines[0]["id"]) is None
        assert store.count_people() == 2
    finally:
        store.close()


@pytest.mark.parametrize("spelling", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_forget_redacts_every_spelling_from_notes_backups_and_stray_files(data_dir, ines, spelling):
    doc, bob = ines
    written = f"Met {spelling.strip()} at Web Summit."
    store = open_store(data_dir)
    try:
        add_note(store, bob["id"], written)
        backup = store.backup("manual")
        (data_dir / "companion.log").write_text(f"captured {spelling.strip()}\n", encoding="utf-8")
        report = forget_person(store, store.get_person(doc["id"]))
        assert store.get_person(bob["id"])["notes"][0]["text"] == "Met [forgotten] at Web Summit."
        assert report.mentions_redacted == 1
        assert (data_dir / "companion.log").read_text(encoding="utf-8") == "captured [forgotten]\n"
        assert report.still_found_in == []
        for path in [*backup.rglob("*"), *data_dir.rglob("*")]:
            if path.is_file():
                folded = name_key(path.read_bytes().decode("utf-8", errors="replace"))
                assert "ines sa" not in folded, path
    finally:
        store.close()


def test_forget_redacts_a_json_escaped_decomposed_spelling(data_dir, ines):
    doc, _ = ines
    escaped = json.dumps({"who": INES_NFD}, ensure_ascii=True)
    assert "\\u0302" in escaped
    (data_dir / "export.json").write_text(escaped, encoding="utf-8")
    store = open_store(data_dir)
    try:
        report = forget_person(store, store.get_person(doc["id"]))
    finally:
        store.close()
    assert report.still_found_in == ["export.json"]  # named, so the user can delete it by hand


def test_forget_leaves_longer_and_different_names_alone(data_dir, ines):
    doc, bob = ines
    text = "Not Inês Sá-Lima, nor Ines Sal, nor Inês Sáb; and InêsSá is one word."
    store = open_store(data_dir)
    try:
        add_note(store, bob["id"], text)
        forget_person(store, store.get_person(doc["id"]))
        assert store.get_person(bob["id"])["notes"][0]["text"] == text
    finally:
        store.close()


def test_a_name_stored_decomposed_and_oddly_spaced_is_found_and_redacted_in_plain_spelling(data_dir):
    store = open_store(data_dir)
    try:
        odd = capture(store, unicodedata.normalize("NFD", "Zoë\u00a0 Ångström"), "zoe-angstrom")
        bob = capture(store, "Bob Roe", "bob-roe")
        add_note(store, bob["id"], "Zoe Angstrom and ZOË ÅNGSTRÖM are the same; Zoë Ångströms is not.")
        assert resolve_person(store, "zoe angstrom")["id"] == odd["id"]
        forget_person(store, store.get_person(odd["id"]))
        assert store.get_person(bob["id"])["notes"][0]["text"] == (
            "[forgotten] and [forgotten] are the same; Zoë Ångströms is not."
        )
    finally:
        store.close()


@pytest.mark.parametrize(("stored", "written"), [
    ("Søren Kierkegaard", "soren kierkegaard"), ("Conan O'Brien", "Conan O’Brien"),
    ("ガリレオ", unicodedata.normalize("NFD", "ガリレオ")), ("Дмитрий Иванов", "ДМИТРИЙ  ИВАНОВ"),
])
def test_forget_redacts_other_scripts_and_letters_without_a_decomposition(data_dir, stored, written):
    store = open_store(data_dir)
    try:
        person = capture(store, stored, "someone-77")
        bob = capture(store, "Bob Roe", "bob-roe")
        add_note(store, bob["id"], f"Lunch with {written}.")
        forget_person(store, store.get_person(person["id"]))
        assert store.get_person(bob["id"])["notes"][0]["text"] == "Lunch with [forgotten]."
    finally:
        store.close()

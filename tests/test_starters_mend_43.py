"""Mend 43: the venture line read from an X or Bluesky bio ('Running http://microlink.io … Formerly @vercel'), in the
language of their page (Spanish, French, German), a one-letter venture's name, and the place-work line's own template
where their page names no company."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.ground.common_ground import find_common_ground
from companion.ground.starter_templates import TEMPLATES
from companion.ground.starters import suggest_starters
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)
ME = Profile(name="Kasun Perera", headline="Software Engineer at Insighture", location="Colombo, Sri Lanka",
             experience=[{"company": "Insighture", "title": "Software Engineer", "start": "2022-01"}])
ME_ES = ME.model_copy(update={"languages": ["English", "Spanish"]})
SPANISH_POSTS = [{"text": "Hoy he publicado un tutorial nuevo sobre cómo usar la inteligencia artificial para editar "
                          "vídeos de las vacaciones. Es muy fácil y lo podéis probar gratis esta semana.",
                  "date": "2026-06-02"}]


def _starters(them: Profile, me: Profile = ME) -> list[str]:
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=NOW)]


def _x(headline: str, name: str = "Kiko Beats", **extra) -> Profile:
    return Profile(**{"site": "x", "name": name, "handle": "kikob", "headline": headline, **extra})


def test_an_x_bio_running_an_address_formerly_a_named_handle_gets_the_venture_line_with_its_before():
    them = _x("Building web infra & open source. Running http://lumenhq.io · Formerly @vercel ▲",
              posts=[{"text": "Three years at Vercel taught me to ship small.", "date": "2026-01-10"}])
    assert _starters(them) == ["Hi Kiko, what made you start Lumenhq after your time at Vercel?"]


def test_a_handle_the_page_never_names_is_no_before():
    # '@vercel' alone is a handle, not a name the page gives: the line goes without its 'after' part.
    them = _x("Building web infra & open source. Running http://lumenhq.io · Formerly @vercel ▲")
    assert _starters(them) == ["Hi Kiko, what got Lumenhq started?"]


def test_a_founder_handle_is_named_as_the_page_spells_it():
    them = _x("Fundador @Brisa_AI", name="Javi López",
              posts=[{"text": "Brisa is out of beta today!", "date": "2026-05-01"}])
    assert _starters(them) == ["Hi Javi, what got Brisa started?"]


def test_never_a_handle_the_page_never_spells_as_a_name():
    assert _starters(_x("Founder @brisa_ai", name="Javi López")) == []


def test_never_running_a_plain_word_nor_a_side_venture_beside_a_job_now():
    assert _starters(_x("Running marathons and Running Club Lisbon")) == []
    assert _starters(_x("engineering ▲ @vercel; founder of http://lumenhq.io http://other.io")) == []


def test_never_to_someone_with_a_job_list_read_from_the_bio():
    them = _x("Running http://lumenhq.io", experience=[{"company": "Acme", "title": "Engineer", "start": "2020-01"}])
    assert "Lumenhq" not in " ".join(_starters(them))


def test_a_spanish_page_gets_the_venture_line_in_spanish_and_an_acquisition_only_its_beginning():
    them = _x("Comparto tutoriales, herramientas y noticias de IA. Y también chorradas. Fundador @Brisa_AI (acq. por @freepik)", name="Javi López",
              posts=[*SPANISH_POSTS, {"text": "Brisa en la gran pantalla, por fin puedo hablar de esto.",
                                      "date": "2026-02-18"}])
    assert _starters(them, ME_ES) == ["Hola Javi, ¿cómo empezó Brisa?"]


def test_never_english_to_a_spanish_page_from_a_sender_who_does_not_write_spanish():
    them = _x("Comparto tutoriales, herramientas y noticias de IA. Y también chorradas. Fundador @Brisa_AI", name="Javi López",
              posts=[*SPANISH_POSTS, {"text": "Brisa en la gran pantalla, por fin puedo hablar de esto.",
                                      "date": "2026-02-18"}])
    assert _starters(them) == []


def test_the_venture_templates_speak_spanish_french_and_german():
    for lang, greeting in (("es", "Hola"), ("fr", "Bonjour"), ("de", "Hallo")):
        line = TEMPLATES[lang]["venture-after"].format(first="Ana", after="Brisa", before="Stripe")
        assert line.startswith(greeting) and "Brisa" in line and "Stripe" in line and "?" in line
        assert TEMPLATES[lang]["venture"].format(first="Ana", after="Brisa").startswith(greeting)


def test_a_one_letter_venture_a_founder_runs_now_is_named():
    them = Profile(name="Nelson Correia", headline="Code Whisperer", location="London, UK", experience=[
        {"company": "Q", "title": "Co-Founder & Technical Lead", "start": "2023-02"},
        {"company": "Groupon", "title": "Team Lead", "start": "2019-01", "end": "2023-02"}])
    assert _starters(them) == ["Hi Nelson, what made you start Q after your time at Groupon?"]


def test_a_one_letter_company_without_a_founder_title_is_no_venture():
    them = Profile(name="Nelson Correia", headline="Code Whisperer", location="London, UK", experience=[
        {"company": "Q", "title": "Technical Lead", "start": "2023-02"},
        {"company": "Groupon", "title": "Team Lead", "start": "2019-01", "end": "2023-02"}])
    assert _starters(them) == []


def test_place_work_without_a_company_has_its_own_template():
    line = TEMPLATES["en"]["place-work-here"].format(first="Ana", thing="designer", place="Lisbon")
    assert line == "Hi Ana, fellow designer in Lisbon here! What are you working on these days?"


REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
BENCH_ME = Path(__file__).resolve().parents[1] / "bench" / "data" / "starters_review" / "me_for_real_pages.json"


def _real(relative: str, address: str, on: datetime, me: Profile) -> list[str]:
    from companion.parsers import parse_profile
    them = parse_profile((REAL / relative).read_text(encoding="utf-8", errors="replace"), address)
    return [s.text for s in suggest_starters(me, them, find_common_ground(me, them, None), now=on)]


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/fixtures/real is absent")
def test_the_real_x_bios_get_their_venture_line():
    me = Profile.model_validate(json.loads(BENCH_ME.read_text(encoding="utf-8")))
    on = datetime(2025, 12, 31, tzinfo=UTC)
    assert _real("twitter/react-guest_2025-12_Kikobeats.html", "https://x.com/Kikobeats", on, me) == [
        "Hi Kiko, what got Microlink started?"]
    assert _real("twitter/react-guest_2025-12_javilop.html", "https://x.com/javilop", on, me) == [
        "Hola Javi, ¿cómo empezó Magnific?"]
    # The 2022 bio: at Vercel then, its ventures beside it.
    assert _real("twitter/react-guest_2022-12_Kikobeats.html", "https://x.com/Kikobeats",
                 datetime(2022, 12, 31, tzinfo=UTC), me) == []

"""Final mend 9: what the read of mends 43-45 found in the starters, each a test that failed before its mend: a long
run of short sentences split in seconds, all-lowercase writing read as one sentence, 'Experienced' read as
'Ex-perienced', a trade's word in an employer's name, 'chez' rewriting real names, a company found inside a word,
'@OpenAI' named 'Open'."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from companion.ground import starters
from companion.ground.person_reading import is_their_profession, names_company
from companion.models import Profile

NOW = datetime(2026, 12, 7, tzinfo=UTC)


# ---------------------------------------------------------------- 1. sentences split in one pass

def test_a_long_run_of_short_sentences_is_split_in_one_pass():
    # Each full stop's word was looked for from the start of the text: 13 s on 20,000 characters (a few ms now).
    for text in ("ok. " * 5000, "nr. " * 5000, "e.g. " * 4000):
        began = time.perf_counter()
        starters._sentences(text)
        starters._sentence_end(text)
        assert time.perf_counter() - began < 2, text[:10]


# ---------------------------------------------------------------- 2. all-lowercase writing

def test_all_lowercase_writing_is_split_at_its_sentences():
    assert starters._sentences("shipped v2 today. so proud of the team. more soon") == [
        "shipped v2 today.", "so proud of the team.", "more soon"]
    assert starters._sentences("we moved to berlin. now hiring engineers. dm me") == [
        "we moved to berlin.", "now hiring engineers.", "dm me"]
    # An abbreviation's shape (short, no vowel) still goes on, before a word or a number.
    assert starters._sentences("Siehe vgl. auch Seite 4. Danke.") == ["Siehe vgl. auch Seite 4.", "Danke."]
    assert starters._sentences("See pp. 12 for it. Done.") == ["See pp. 12 for it.", "Done."]


def test_a_hiring_sentence_is_only_the_one_that_says_it():
    me = Profile(name="Maya Chen", headline="Founder", posts=[
        {"text": "we moved to berlin. now hiring engineers. dm me", "date": "2026-12-01"}])
    assert starters._hiring_sentences(me, NOW) == ["now hiring engineers."]


# ---------------------------------------------------------------- 3. 'ex' only as a word

def test_a_bio_says_a_job_before_only_after_a_whole_word():
    for bio in ("Experienced engineer at Google · Founder @acmehq", "Exploring AI agents · Founder @acmehq",
                "previously worked on search · Founder @acmehq"):
        assert starters._BIO_BEFORE.findall(bio) == [], bio
    assert starters._BIO_BEFORE.findall("Formerly @vercel") == ["@vercel"]
    assert starters._BIO_BEFORE.findall("Previously at Stripe") == ["Stripe"]
    assert starters._BIO_BEFORE.findall("ex-@google, Ex Meta") == ["@google", "Meta"]


def test_no_venture_line_names_a_job_from_experienced():
    me = Profile(name="Sam Reed", headline="Product designer", location="London")
    them = Profile(name="Lena Fox", headline="Experienced engineer · Founder @acmehq",
                   about="Building Acme, tools for small shops.", location="London")
    for starter in starters.suggest_starters(me, them, _no_ground(), now=NOW):
        assert "perienced" not in starter.text, starter.text


def _no_ground():
    from companion.models import CommonGround

    return CommonGround(commonalities=[])


# ---------------------------------------------------------------- 4. a trade's word in an employer's name

def test_a_trade_word_in_an_employers_name_is_no_trade():
    carpenter = Profile(name="Ana Ruiz", headline="Metallurgist at Carpenter Technology",
                        experience=[{"company": "Carpenter Technology", "title": "Metallurgist", "start": "2020-01"}])
    weber = Profile(name="Tom Hale", headline="Account Director at Weber Shandwick",
                    experience=[{"company": "Weber Shandwick", "title": "Account Director", "start": "2019-01"}])
    assert not is_their_profession(carpenter, "Woodworking")
    assert not is_their_profession(weber, "Knitting")
    joiner = Profile(name="Ana Ruiz", headline="Carpenter",
                     experience=[{"company": "Ruiz & Sons", "title": "Carpenter", "start": "2020-01"}])
    assert is_their_profession(joiner, "Woodworking")


# ---------------------------------------------------------------- 5. 'chez' before a shop's word only

def test_chez_drops_only_a_shops_word():
    assert starters._fill("je vois que vous êtes chez {thing}", thing="Boulangerie Poilâne") == \
        "je vois que vous êtes chez Poilâne"
    for name in ("Agence France-Presse", "Atelier Cologne", "Garage Renault", "Restaurant Brands International"):
        assert starters._fill("vous êtes chez {thing} en ce moment", thing=name) == f"vous êtes chez {name} en ce moment"


def test_chez_shortens_the_name_the_template_puts_after_it_not_the_text():
    template = "Bonjour {first}, votre retour chez {after} après {before} : « {quote} »"
    filled = starters._fill(template, first="Élodie", after="Fromagerie Quatrehomme", before="Boulangerie Paul",
                            quote="j'ai appris chez Boulangerie Poilâne")
    # Only the name after 'chez' in the template: the other name and their own words stay as written.
    assert filled == "Bonjour Élodie, votre retour chez Quatrehomme après Boulangerie Paul : « j'ai appris chez " \
                     "Boulangerie Poilâne »"
    assert starters._tidy("vous êtes chez Boulangerie Poilâne..") == "vous êtes chez Boulangerie Poilâne."


# ---------------------------------------------------------------- 6. a company named as a word

def test_a_post_names_a_company_only_as_a_word():
    assert not names_company("Back in Canada after ten years", "Ada")
    assert names_company("Ada was a small team then", "Ada")


def test_a_small_firm_post_is_read_only_where_it_names_the_employer():
    from companion.models import Commonality

    me = Profile(name="Maya Chen", experience=[{"company": "Ada", "title": "Engineer", "start": "2018-01"}],
                 posts=[{"text": "Back in Canada: we were a small team of five at my first job.", "date": "2026-11-30"}])
    them = Profile(name="Ben Ode", experience=[{"company": "Ada", "title": "Engineer", "start": "2019-01"}])
    shared = Commonality(kind="employer", label="Ada", weight=1.0, mine="Ada", theirs="Ada")
    assert not starters._small_workplace(me, them, shared)


# ---------------------------------------------------------------- 7. a handle's tail

def test_a_handle_is_named_whole_where_the_page_says_it():
    assert starters._name_on_page(Profile(name="A B", headline="Research at OpenAI"), "@OpenAI") == "OpenAI"
    assert starters._name_on_page(Profile(name="A B", headline="Tesco for 10 years"), "@Tesco") == "Tesco"
    assert starters._name_on_page(Profile(name="A B", headline="Magnific makes images"), "@Magnific_AI") == "Magnific"
    assert starters._name_on_page(Profile(name="A B", about="Substrate is our lab"), "@SubstrateLabs") == "Substrate"

"""Names no one writes, written anyway (a page's text is data): the acronym and contracted-name readers of common
ground finish at once on a long run of spaces, a one-word name of 480 letters, and a name of many words of one
letter repeated. Each ran for tens of seconds or did not finish before (quadratic or worse backtracking)."""

import time

from companion.ground.common_ground import find_common_ground
from companion.ground.normalise.acronyms import contracted_from, initials
from companion.models import Experience, Profile


def _fast(call) -> None:
    started = time.perf_counter()
    call()
    assert time.perf_counter() - started < 1.0  # a stall guard, not a speed target (those live in bench/)


def test_initials_of_a_name_after_a_long_run_of_spaces():
    _fast(lambda: initials(" " * 40_000 + "x"))


def test_a_dotted_legal_form_after_the_name_is_still_left_out():
    assert "epm" in initials("Empresas Públicas de Medellín E.S.P.")


def test_a_name_contracted_from_many_words_of_one_letter():
    _fast(lambda: contracted_from("aaaaaaaaaaaa", ["aaaaaaa"] * 14))


def test_one_word_employers_sharing_an_acronym_in_brackets():
    def person(name: str, company: str) -> Profile:
        return Profile(site="linkedin", url=f"https://www.linkedin.com/in/{name.lower()}", name=name,
                       location="Vienna, Austria", experience=[Experience(company=company, title="Analyst")])
    me = person("Ana", "f" * 240 + "m" * 240 + " (FMZQ)")  # a company is at most 500 characters
    them = person("Ben", "Finanz Markt Zentral Quelle (FMZQ)")
    _fast(lambda: find_common_ground(me, them))

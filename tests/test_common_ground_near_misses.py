"""False friends of employers and schools, one class at a time, each beside the true matches its rule must keep.

A name written with an acronym the tables read as another school; a word of a company's own name that is also a
town's ('Carrier Enterprise' is not Carrier in Enterprise, Alabama); a charity and the bank that carries its name.
"""

from __future__ import annotations

import pytest
from ground_examples import found

from companion.ground.normalise.companies import is_named_with_place, one_employer_wording

NOT_SHARED = [
    # An acronym and a city, the tables reading it as another school than the name written out.
    ("school", "École nationale supérieure des Beaux-Arts", "ENSBA Lyon"),
    ("school", "Institut national des sciences appliquées de Toulouse", "INSA Lyon"),
    # An acronym and more, the tables placing it in another country than the name written out.
    ("school", "Universidad Nacional de Córdoba", "UNC Chapel Hill"),
    ("school", "Universidad Nacional de Córdoba", "UNC"),
    # A word of a company's name that is also a town's: another company, not a branch there.
    ("employer", "Carrier Corporation", "Carrier Enterprise"),
    ("employer", "Acme Corporation", "Acme Industry"),
    # A charity and the bank carrying its name (companies.json: two entries).
    ("employer", "BRAC", "BRAC Bank"),
    ("employer", "BRAC", "BRAC Bank Limited"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), NOT_SHARED)
def test_round_four_false_friends_are_refused(kind, mine, theirs):
    for a, b in ((mine, theirs), (theirs, mine)):
        assert not [c for c in found(kind, a, b) if c.kind == kind], (a, b)


STILL_SHARED = [
    ("school", "INSA Lyon", "Institut national des sciences appliquées de Lyon"),
    ("school", "ENSBA", "École nationale supérieure des Beaux-Arts"),
    ("school", "FGV Direito SP", "Fundação Getulio Vargas"),
    ("school", "IIIT Hyderabad", "International Institute of Information Technology, Hyderabad"),
    ("employer", "Ubisoft", "Ubisoft Montreal"),
    ("employer", "DBS", "DBS Bank Ltd"),
    ("employer", "Emaar", "Emaar Properties PJSC"),
    ("employer", "Trane", "Trane Technologies"),
    ("employer", "BRAC Bank", "BRAC Bank PLC"),
    ("employer", "BRAC", "Bangladesh Rural Advancement Committee"),
]


@pytest.mark.parametrize(("kind", "mine", "theirs"), STILL_SHARED)
def test_true_matches_beside_them_are_kept(kind, mine, theirs):
    assert [c for c in found(kind, mine, theirs) if c.kind == kind], (mine, theirs)


def test_a_company_word_after_a_name_is_no_town():
    assert one_employer_wording("Carrier", "Carrier Enterprise") is None
    assert not is_named_with_place("Carrier Enterprise", "Carrier")
    assert is_named_with_place("Acme Nairobi", "Acme")
    assert one_employer_wording("Hospital da Luz", "Hospital da Luz Lisboa") == "Hospital da Luz in Lisboa"

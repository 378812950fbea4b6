from __future__ import annotations

import pytest
from fixtures.exports_connections import (
    make_connections_csv,
    real_header,
    write_connections,
)
from memory_helpers import NOW, capture

from companion.errors import InvalidInput
from companion.memory.importers import import_path
from companion.memory.importers.linkedin_connections import (
    company_key,
    parse_connected_on,
    read_rows,
)
from companion.memory.tie_strength import tie_of

ROWS = 2_500


def _people_by_name(store) -> dict[str, dict]:
    return {doc["profiles"]["linkedin"]["name"]: doc for doc in store.people() if "linkedin" in doc["profiles"]}


@pytest.mark.parametrize("variant", ["2018", "2021", "2025"])
def test_each_real_variant_imports_thousands_of_rows(store, tmp_path, variant):
    path = write_connections(tmp_path, variant, ROWS)
    summary = import_path(store, path)
    assert (summary.rows, summary.added, summary.merged, summary.skipped) == (ROWS, ROWS, 0, 0)
    assert store.count_people() == ROWS
    doc = _people_by_name(store)["Ana Almeida"]
    assert doc["connected_on"] is not None and doc["connected_on"].count("-") == 2
    assert tie_of(doc, NOW).stage == "new"  # connected, never spoken to
    with_url = variant == "2025"
    assert (doc["profiles"]["linkedin"]["url"] is not None) is with_url


def test_the_real_headers_are_what_the_files_are_built_on():
    preambles = {v: real_header(v)[0] for v in ("2018", "2021", "2025")}
    assert preambles["2018"] == [] and preambles["2021"][0] == "Notes:" and preambles["2025"][0] == "Notes:"
    assert "URL" in real_header("2025")[1] and "URL" not in real_header("2021")[1]


def test_bom_quoted_commas_and_quotes_survive(store, tmp_path):
    extra = [{"First Name": "Zed", "Last Name": "Quoted", "URL": "https://www.linkedin.com/in/zed-q",
              "Company": "Stripe, Inc.", "Position": 'Head of "Fun", EMEA', "connected": __import__("datetime").date(2021, 3, 15)}]
    path = tmp_path / "Connections.csv"
    data = make_connections_csv("2025", 3, extra_rows=extra)
    assert data.startswith(b"\xef\xbb\xbf")
    path.write_bytes(data)
    import_path(store, path)
    zed = store.get_person(store.person_id_for_key("linkedin:zed-q"))
    assert zed["profiles"]["linkedin"]["experience"][0] == {
        "company": "Stripe, Inc.", "title": 'Head of "Fun", EMEA', "start": None, "end": None, "location": None
    }
    assert zed["connected_on"] == "2021-03-15"
    assert zed["profiles"]["linkedin"]["name"] == "Zed Quoted"


@pytest.mark.parametrize("text, iso", [("15 Mar 2021", "2021-03-15"), ("03/15/21", "2021-03-15"), ("3/5/2019", "2019-03-05"),
                                       ("2020-02-29", "2020-02-29"), ("", None), ("someday", None)])
def test_both_date_formats(text, iso):
    assert parse_connected_on(text) == iso


def test_the_three_variants_of_the_same_people_merge_instead_of_duplicating(store, tmp_path):
    first = import_path(store, write_connections(tmp_path, "2025", ROWS))
    assert first.added == ROWS
    again = import_path(store, write_connections(tmp_path, "2021", ROWS))
    assert again.added == 0
    assert again.merged + again.skipped == ROWS
    older = import_path(store, write_connections(tmp_path, "2018", ROWS))
    assert older.added == 0
    assert store.count_people() == ROWS


def test_reimporting_the_same_file_adds_nothing_and_says_why(store, tmp_path):
    path = write_connections(tmp_path, "2025", 50)
    import_path(store, path)
    again = import_path(store, path)
    assert (again.added, again.merged, again.skipped) == (0, 0, 50)
    assert again.skipped_reasons == {"already in your Rapport, nothing new": 50}


def test_a_captured_person_is_merged_by_url_without_losing_the_capture(store, tmp_path):
    captured = capture(store, "Ana Almeida", "ana-almeida-00000", headline="Builds robots", location="Lisbon")
    summary = import_path(store, write_connections(tmp_path, "2025", 10))
    assert (summary.added, summary.merged) == (9, 1)
    doc = store.get_person(captured["id"])
    assert doc["profiles"]["linkedin"]["headline"] == "Builds robots"
    assert doc["profiles"]["linkedin"]["location"] == "Lisbon"
    assert doc["connected_on"] is not None


def test_without_url_a_person_is_merged_by_name_and_company(store, tmp_path):
    from companion.memory.people import upsert_profile
    from companion.models import Profile

    extra = [{"First Name": "Xena", "Last Name": "Match", "Company": "Acme Robotics, Inc.", "Position": "CTO",
              "connected": __import__("datetime").date(2019, 5, 1)}]
    x_profile = Profile(site="x", url="https://x.com/xena", name="Xena Match", handle="xena",
                        experience=[{"company": "Acme Robotics"}])
    known = upsert_profile(store, x_profile, NOW)
    path = tmp_path / "c.csv"
    path.write_bytes(make_connections_csv("2021", 0, extra_rows=extra))
    summary = import_path(store, path)
    assert (summary.added, summary.merged) == (0, 1)
    doc = store.get_person(known["id"])
    assert set(doc["profiles"]) == {"x", "linkedin"} and doc["connected_on"] == "2019-05-01"
    assert company_key("Acme Robotics, Inc.") == company_key("acme robotics")


def test_same_name_elsewhere_is_a_different_person(store, tmp_path):
    capture(store, "Ana Almeida", "someone-else", company="Other Co")
    summary = import_path(store, write_connections(tmp_path, "2025", 1))
    assert summary.added == 1 and store.count_people() == 2


def test_rows_without_a_name_are_skipped_with_the_reason(store, tmp_path):
    extra = [{"First Name": "", "Last Name": "", "Company": "Ghost Inc"}]
    path = tmp_path / "c.csv"
    path.write_bytes(make_connections_csv("2025", 2, extra_rows=extra))
    summary = import_path(store, path)
    assert summary.added == 2 and summary.skipped == 1
    assert summary.skipped_reasons == {"no name (a deleted or private account)": 1}
    assert summary.skipped_examples[0].line == 7  # 3 preamble lines, the header, 2 rows


def test_a_broken_row_is_an_error_with_its_line_number_and_nothing_is_lost(store, tmp_path):
    capture(store, "Jane Doe", "jane-doe")
    good = make_connections_csv("2018", 20).decode()
    lines = good.splitlines()
    lines[11] = "Broken,Row,,Stripe, Inc.,Engineer,03/15/21"  # an unquoted comma: one field too many
    path = tmp_path / "c.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InvalidInput, match=r"Line 12 .* 7 fields where the header has 6.*nothing was imported"):
        import_path(store, path)
    assert store.count_people() == 1


def test_an_unterminated_quote_is_reported(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('First Name,Last Name,Email Address,Company,Position,Connected On\nA,B,,"Open quote,X,01/01/20\n')
    with pytest.raises(InvalidInput, match="Line"):
        read_rows(path)


def test_a_file_that_is_not_connections_csv_is_refused(store, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,age\nann,3\n")
    with pytest.raises(InvalidInput, match="not a LinkedIn Connections.csv"):
        import_path(store, path)


def test_windows_1252_file_is_read(store, tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("First Name,Last Name,Email Address,Company,Position,Connected On\nJosé,Núñez,,Café SA,Chef,15 Mar 2021\n".encode("cp1252"))
    import_path(store, path)
    assert [d["profiles"]["linkedin"]["name"] for d in store.people()] == ["José Núñez"]


def test_a_zip_from_linkedin_is_read(store, tmp_path):
    import zipfile

    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("Connections.csv", make_connections_csv("2025", 5))
    assert import_path(store, archive).added == 5


def test_progress_is_reported_to_the_end(store, tmp_path):
    seen = []
    import_path(store, write_connections(tmp_path, "2025", 30), progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (30, 30)


def test_imports_spanning_many_transactions_still_merge_duplicates(store, tmp_path, monkeypatch):
    import companion.memory.importers.linkedin_connections as module

    monkeypatch.setattr(module, "CHUNK", 7)
    repeated = [{"First Name": "Ana", "Last Name": "Almeida", "URL": "https://www.linkedin.com/in/ana-almeida-00000",
                 "Company": "X"}]
    no_url_twice = [{"First Name": "Solo", "Last Name": "Person", "Company": "Acme Robotics"}] * 2
    path = tmp_path / "c.csv"
    path.write_bytes(make_connections_csv("2025", 50, extra_rows=repeated + no_url_twice))
    summary = import_path(store, path)
    assert (summary.added, summary.skipped) == (51, 2)
    assert summary.skipped_reasons == {"the same person appears twice in the file": 2}
    assert store.count_people() == 51


def test_any_mangled_file_either_imports_or_says_what_is_wrong(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    cells = st.text(alphabet=st.sampled_from(list('ab ,"\n\r\ufeff\x00é;')), max_size=12)
    rows = st.lists(st.lists(cells, min_size=0, max_size=9).map(",".join), max_size=6)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(body=rows, with_header=st.booleans())
    def check(body, with_header):
        path = tmp_path / "fuzz.csv"
        path.write_text((header if with_header else "") + "\n".join(body), encoding="utf-8")
        try:
            read_rows(path)
        except InvalidInput as exc:
            assert exc.message.endswith(".") and ("Line" in exc.message or "not a LinkedIn" in exc.message)

    check()

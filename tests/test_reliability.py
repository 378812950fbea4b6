"""Nothing lost, nothing leaked: crash, load, hostile bodies, and drafts that never reach the disk."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from fuzz_depth import FUZZ_SCALE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.api.pairing import get_or_create_token
from companion.storage.store import Store

DOCUMENTED_STATUSES = {200, 400, 401, 403, 404, 405, 409, 413, 415, 422, 429}


def person_page(i: int, bio: str = "") -> str:
    """A small personal page with a JSON-LD Person, as the generic parser reads them."""
    person = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": f"Test Person {i}",
        "jobTitle": "Engineer",
        "worksFor": {"@type": "Organization", "name": f"Company {i % 7}"},
        "address": {"@type": "PostalAddress", "addressLocality": "Lisbon", "addressCountry": "Portugal"},
        "description": bio or f"Person number {i}, who likes beekeeping.",
        "url": f"https://people.example/{i}",
    }
    return (
        f"<html><head><title>Test Person {i}</title>"
        f'<script type="application/ld+json">{json.dumps(person)}</script></head>'
        f'<body><div class="h-card"><h1 class="p-name">Test Person {i}</h1>'
        f'<p class="p-note">{bio or "Person number " + str(i)}</p></div></body></html>'
    )


# ---------------------------------------------------------------- drafts never reach the disk


async def test_a_checked_draft_never_reaches_the_disk(client, auth, data_dir: Path) -> None:
    draft = "Zebracorn-7731 our platform will boost your revenue by 40%, book a demo at calendly.com/x"
    response = await client.post("/v1/check", json={"text": draft, "stage": "stranger"}, headers=auth)
    assert response.status == 200
    capture = await client.post("/v1/captures", json={"url": "https://people.example/1", "html": person_page(1)},
                                headers=auth)
    assert capture.status == 200
    person_id = (await capture.json())["person_id"]
    known = await client.post("/v1/check", json={"text": draft, "to": person_id}, headers=auth)
    assert known.status == 200
    sent = await client.post("/v1/sent", json={"text": "Zebracorn-7731 thanks for the chat!", "to": person_id},
                             headers=auth)
    assert sent.status == 200
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"Zebracorn-7731" not in path.read_bytes(), f"a draft reached {path}"


# ---------------------------------------------------------------- hostile bodies


ROUTES = [
    ("POST", "/v1/captures"), ("POST", "/v1/check"), ("POST", "/v1/pair"), ("POST", "/v1/me"),
    ("POST", "/v1/sent"), ("POST", "/v1/people/p-000000000000/notes"),
    ("POST", "/v1/people/p-000000000000/interactions"),
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=200),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
bodies = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={
        "url": st.text(max_size=300), "html": st.text(max_size=3000), "text": st.text(max_size=500),
        "stage": st.sampled_from(["stranger", "new", "acquaintance", "friend", "close", "x", ""]),
        "to": st.text(max_size=100), "code": st.text(max_size=20), "kind": st.text(max_size=20),
        "at": st.text(max_size=30),
    }),
)


@settings(max_examples=1000 * FUZZ_SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(route=st.sampled_from(ROUTES), body=bodies)
async def test_any_json_body_on_any_route_gets_a_documented_answer(client, auth, route, body) -> None:
    method, path = route
    response = await client.request(method, path, data=json.dumps(body),
                                     headers={**auth, "Content-Type": "application/json"})
    assert response.status in DOCUMENTED_STATUSES, (route, body, await response.text())
    if response.status >= 400:
        error = await response.json()
        assert set(error) == {"ok", "error", "status"} and error["status"] == response.status


async def test_a_hostile_profile_is_stored_as_inert_text(client, auth) -> None:
    bio = "<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) " + "lorem ipsum " * 9000
    response = await client.post("/v1/captures", json={"url": "https://people.example/evil", "html": person_page(9, bio)},
                                 headers=auth)
    assert response.status in (200, 422)
    if response.status == 200:
        profile = (await response.json())["profile"]
        assert len(json.dumps(profile)) < 200_000


# ---------------------------------------------------------------- load


async def test_fifty_clients_of_two_hundred_mixed_requests_lose_nothing(client, auth, data_dir: Path) -> None:
    seeded = []
    for i in range(5):
        response = await client.post("/v1/captures", json={"url": f"https://people.example/{i}", "html": person_page(i)},
                                     headers=auth)
        assert response.status == 200
        seeded.append((await response.json())["person_id"])
    latencies: list[float] = []
    notes_written: list[tuple[str, str]] = []

    async def one_client(c: int) -> None:
        for r in range(200):
            kind = r % 4
            start = time.perf_counter()
            if kind == 0:
                response = await client.get("/v1/health")
            elif kind == 1:
                response = await client.post("/v1/check", json={"text": f"Thanks for the talk, {c}!"}, headers=auth)
            elif kind == 2:
                response = await client.get(f"/v1/people/{seeded[r % 5]}", headers=auth)
            else:
                text = f"note {c}-{r}"
                response = await client.post(f"/v1/people/{seeded[c % 5]}/notes", json={"text": text}, headers=auth)
                if response.status == 200:
                    notes_written.append((seeded[c % 5], text))
            latencies.append(time.perf_counter() - start)
            assert response.status == 200, await response.text()

    await asyncio.gather(*(one_client(c) for c in range(50)))
    assert len(latencies) == 50 * 200
    assert len(notes_written) == 50 * 50
    latencies.sort()
    print(f"\nload: 10,000 requests, p50 {latencies[5000] * 1000:.1f} ms, p99 {latencies[9900] * 1000:.1f} ms")
    with Store(data_dir) as store:
        stored = {(pid, n["text"]) for pid in seeded for n in store.get_person(pid)["notes"]}
    assert set(notes_written) <= stored


# ---------------------------------------------------------------- crash


CAPTURE_CLIENT = """
import json, sys, urllib.request
port, token = sys.argv[1], sys.argv[2]
for i in range(1000):
    page = ('<html><head><script type="application/ld+json">'
            + json.dumps({"@type": "Person", "name": f"Burst Person {i}", "jobTitle": "Engineer"})
            + '</script></head><body><h1>Burst Person %d</h1></body></html>' % i)
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/captures",
        data=json.dumps({"url": f"https://people.example/burst/{i}", "html": page}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    try:
        person_id = json.loads(urllib.request.urlopen(request, timeout=10).read())["person_id"]
    except Exception:
        break
    print(i, person_id, flush=True)
"""


def test_sigkill_during_a_burst_of_captures_keeps_every_acknowledged_one(tmp_path: Path) -> None:
    from test_cli_server import free_port, start_server

    data_dir = tmp_path / "data"
    port = free_port()
    server = start_server(data_dir, port)
    token = get_or_create_token(data_dir)
    client = subprocess.Popen([sys.executable, "-c", CAPTURE_CLIENT, str(port), token],
                              stdout=subprocess.PIPE, text=True)
    acknowledged: list[tuple[int, str]] = []
    try:
        deadline = time.monotonic() + 60
        while len(acknowledged) < 300 and time.monotonic() < deadline:
            line = client.stdout.readline()
            if not line:
                break
            index, person_id = line.split()
            acknowledged.append((int(index), person_id))
        server.send_signal(signal.SIGKILL)  # mid-burst: the client has more requests in flight
        server.wait()
        rest = client.communicate(timeout=30)[0]
        acknowledged += [(int(a), b) for a, b in (line.split() for line in rest.splitlines())]
    finally:
        for proc in (server, client):
            if proc.poll() is None:
                proc.kill()
        server.stdout.close()
    assert 300 <= len(acknowledged) < 1000, "the kill did not land in the middle of the burst"
    with Store(data_dir) as store:
        lost = [i for i, person_id in acknowledged if store.get_person(person_id) is None]
        assert lost == [], f"acknowledged captures lost after SIGKILL: {lost[:10]}"
        for i, person_id in acknowledged:
            assert store.get_person(person_id)["profiles"]["web"]["name"] == f"Burst Person {i}"

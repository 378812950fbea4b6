"""Firefox smoke test: firefox-esr, driven through its built-in WebDriver BiDi (no geckodriver, no
Playwright), installs the Firefox build as a temporary add-on, pairs it with a real companion from the
setup page, and captures one routed real LinkedIn page, which the companion stores.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
from extension_harness import FIREFOX, build_extension, real_page_or_skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(FIREFOX).exists(), reason=f"{FIREFOX} is not installed (apt-get install firefox-esr)"),
]

GECKO_ID = "rapport@rapport.local"
PROFILE_URL = "https://www.linkedin.com/in/eduardo-alvarez-nowak/"

# Quiet, offline Firefox: no updates, telemetry, captive-portal or remote-settings calls.
PREFS = {
    "browser.shell.checkDefaultBrowser": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "app.update.enabled": False,
    "extensions.update.enabled": False,
    "network.captive-portal-service.enabled": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "toolkit.telemetry.enabled": False,
    "services.settings.server": "http://127.0.0.1:1/",
    "network.connectivity-service.enabled": False,
    "extensions.getAddons.cache.enabled": False,
}


class Bidi:
    """A minimal WebDriver BiDi client: commands with ids, and a callback for events."""

    def __init__(self, ws, on_event):
        self.ws, self.on_event, self.next_id, self.pending = ws, on_event, 0, {}

    async def read(self):
        async for message in self.ws:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            elif data.get("type") == "event":
                await self.on_event(self, data)

    async def cmd(self, method: str, **params):
        self.next_id += 1
        future = asyncio.get_running_loop().create_future()
        self.pending[self.next_id] = future
        await self.ws.send_str(json.dumps({"id": self.next_id, "method": method, "params": params}))
        answer = await asyncio.wait_for(future, 20)
        if answer.get("type") == "error":
            raise RuntimeError(f"{method}: {answer.get('error')}: {answer.get('message')}")
        return answer["result"]

    async def evaluate(self, context: str, expression: str):
        result = await self.cmd(
            "script.evaluate", expression=expression, target={"context": context}, awaitPromise=True
        )
        if result.get("type") == "exception":
            raise RuntimeError(json.dumps(result.get("exceptionDetails"))[:500])
        return result["result"]


def test_firefox_installs_the_addon_and_captures_a_linkedin_profile(tmp_path, companion):
    aiohttp = pytest.importorskip("aiohttp")
    page = real_page_or_skip("linkedin/guest_2024-04_eduardo.html")
    extension = build_extension("firefox", tmp_path / "dist")
    ext_uuid = str(uuid.uuid4())
    profile = tmp_path / "profile"
    profile.mkdir()
    prefs = {**PREFS, "extensions.webextensions.uuids": json.dumps({GECKO_ID: ext_uuid})}
    (profile / "user.js").write_text(
        "\n".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});" for k, v in prefs.items())
    )
    process = subprocess.Popen(
        [FIREFOX, "--headless", "--remote-debugging-port=0", "--profile", str(profile), "--no-remote", "about:blank"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    drain = None
    try:
        ws_url = None
        deadline = time.monotonic() + 30
        for line in process.stdout:
            found = re.search(r"WebDriver BiDi listening on (ws://\S+)", line)
            if found:
                ws_url = found.group(1)
                break
            if time.monotonic() > deadline:
                break
        assert ws_url, "Firefox did not start its WebDriver BiDi server"
        # Keep reading its output so a full pipe never blocks Firefox.
        drain = threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True)
        drain.start()
        blocked: list[str] = []

        async def on_event(bidi: Bidi, event: dict) -> None:
            if event["method"] != "network.beforeRequestSent" or not event["params"].get("isBlocked"):
                return
            request = event["params"]["request"]
            url, rid = request["url"], request["request"]
            if url.split("#")[0] == PROFILE_URL:
                asyncio.create_task(
                    bidi.cmd(
                        "network.provideResponse",
                        request=rid,
                        statusCode=200,
                        reasonPhrase="OK",
                        headers=[
                            {"name": "content-type", "value": {"type": "string", "value": "text/html; charset=utf-8"}}
                        ],
                        body={"type": "string", "value": page},
                    )
                )
            elif url.startswith(("moz-extension://", f"http://127.0.0.1:{companion.port}/")):
                asyncio.create_task(bidi.cmd("network.continueRequest", request=rid))
            else:
                blocked.append(url)
                asyncio.create_task(bidi.cmd("network.failRequest", request=rid))

        async def drive() -> dict:
            async with (
                aiohttp.ClientSession() as session,
                session.ws_connect(ws_url + "/session", max_msg_size=0) as ws,
            ):
                bidi = Bidi(ws, on_event)
                reader = asyncio.create_task(bidi.read())
                await bidi.cmd("session.new", capabilities={"alwaysMatch": {"webSocketUrl": True}})
                installed = await bidi.cmd(
                    "webExtension.install", extensionData={"type": "path", "path": str(extension)}
                )
                assert installed["extension"] == GECKO_ID
                await bidi.cmd("session.subscribe", events=["network.beforeRequestSent"])
                await bidi.cmd(
                    "network.addIntercept",
                    phases=["beforeRequestSent"],
                    urlPatterns=[{"type": "pattern", "protocol": "https"}],
                )
                context = (await bidi.cmd("browsingContext.getTree"))["contexts"][0]["context"]
                # The add-on opens its setup page itself on install (BiDi may not navigate to moz-extension:
                # URLs); pair from there.
                setup = None
                for _ in range(100):
                    tree = (await bidi.cmd("browsingContext.getTree"))["contexts"]
                    setup = next(
                        (c["context"] for c in tree if c["url"].startswith(f"moz-extension://{ext_uuid}/")), None
                    )
                    if setup:
                        break
                    await asyncio.sleep(0.1)
                assert setup, "the add-on opened its setup page on install"
                code = json.loads(companion.cli("pair", "--json"))["code"]
                paired = await bidi.evaluate(
                    setup,
                    f"""(async () => {{
                    await browser.storage.local.set({{settings: {{port: {companion.port}}}}});
                    const answer = await browser.runtime.sendMessage({{type: "rapport:pair", code: {json.dumps(code)}}});
                    return JSON.stringify(answer);
                }})()""",
                )
                pair_answer = json.loads(paired["value"])
                await bidi.cmd("browsingContext.navigate", context=context, url=PROFILE_URL, wait="complete")
                person_id = None
                for _ in range(100):
                    person_id = companion.lookup(PROFILE_URL)
                    if person_id:
                        break
                    await asyncio.sleep(0.2)
                reader.cancel()
                return {"pair": pair_answer, "person_id": person_id}

        outcome = asyncio.run(drive())
        assert outcome["pair"].get("ok") is True, outcome["pair"]
        assert outcome["person_id"], "the companion stored the profile captured in Firefox"
        assert not [u for u in blocked if "linkedin.com/in/" in u]
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
        if drain is not None:
            drain.join(10)
        process.stdout.close()

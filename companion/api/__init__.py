"""The local HTTP API the extension talks to, on 127.0.0.1 only.

Owns the aiohttp app factory (`app.py`), the route table (`routes.py`), the Host, Origin, token, type
and size defences and the one error shape (`http_defences.py`), the API token and pairing codes
(`pairing.py`), the server's shared state (`server_state.py`) and starting the server at login
(`autostart.py`). May import every package below it (storage, parsers, guard, ground, memory), never
the CLI.
"""

"""Privacy: the test process refuses any non-loopback connection, so a leak anywhere fails the suite."""

from __future__ import annotations

import socket
import sys

import privacy_audit
import pytest


def test_the_audit_hook_blocks_a_non_loopback_connect_without_sending_anything() -> None:
    sock = socket.socket()
    try:
        with pytest.raises(PermissionError, match="no outbound connection"):
            # Audited event only: the hook raises before any packet could leave.
            sys.audit("socket.connect", sock, ("192.0.2.1", 80))
    finally:
        sock.close()
        privacy_audit.blocked.clear()


def test_the_audit_hook_blocks_looking_up_a_remote_host() -> None:
    with pytest.raises(PermissionError):
        sys.audit("socket.getaddrinfo", "example.com", 443, 0, 0, 0)
    privacy_audit.blocked.clear()


def test_loopback_connections_are_allowed() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=2)
    client.close()
    server.close()

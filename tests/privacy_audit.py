"""Privacy: an audit hook that fails any attempt by code in the test process to leave loopback."""

from __future__ import annotations

LOOPBACK_PREFIXES = ("127.", "::1", "localhost", "0:0:0:0:0:0:0:1")
blocked: list[str] = []


def _is_loopback(host: object) -> bool:
    return isinstance(host, str) and (host.startswith(LOOPBACK_PREFIXES) or host in ("", "::ffff:127.0.0.1"))


def audit(event: str, args: tuple) -> None:
    """Fail any attempt by code in this process to reach a non-loopback address (or even look one up)."""
    if event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and not _is_loopback(address[0]):
            blocked.append(f"connect {address!r}")
            raise PermissionError(f"Rapport makes no outbound connection: blocked connect to {address!r}")
    elif event == "socket.getaddrinfo":
        host = args[0]
        if host is not None and not _is_loopback(host if isinstance(host, str) else host.decode()):
            blocked.append(f"getaddrinfo {host!r}")
            raise PermissionError(f"Rapport makes no outbound connection: blocked lookup of {host!r}")

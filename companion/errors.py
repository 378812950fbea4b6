"""One error hierarchy for the whole companion.

Every error carries a sentence for the user and the HTTP status it maps to. The HTTP middleware and the
CLI translate these once, at their edge; nothing else formats errors.
"""

from __future__ import annotations


class CompanionError(Exception):
    """A failure the user can understand and act on."""

    status = 500

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class BadRequest(CompanionError):
    status = 400


class InvalidInput(CompanionError):
    """A request or file that does not have the expected shape."""

    status = 422


class Unauthorized(CompanionError):
    status = 401


class Forbidden(CompanionError):
    status = 403


class NotFound(CompanionError):
    status = 404


class Conflict(CompanionError):
    """E.g. a name fragment that matches several people."""

    status = 409


class OwnProfile(Conflict):
    """A captured page that is one of the user's own profiles: kept as them (`me`), never as a contact."""


class PairingCodeUsed(Conflict):
    """A pairing code that was right once and has been used: a new one is needed, not another guess."""


class PairingCodeExpired(CompanionError):
    """A pairing code that was right but is older than its ten minutes."""

    status = 410


class RequestTimeout(CompanionError):
    """A client that did not send its request in time (a stalled or trickling body)."""

    status = 408


class PayloadTooLarge(CompanionError):
    status = 413


class UnsupportedMediaType(CompanionError):
    status = 415


class TooManyRequests(CompanionError):
    status = 429


class NotAProfile(CompanionError):
    """A page that is not a rendered profile: not found, login wall, unrendered shell, bot page."""

    status = 422


class ProfileMismatch(NotAProfile):
    """A captured page whose own identity (canonical link, og:url, self-links, title) names another
    profile than the address it was captured at: a single-page app caught between two profiles.
    `reason`: the problem in a short phrase (no period, no advice) for a caller that words the rest itself;
    `names_another`: the page names another profile (else it disagrees with itself)."""

    def __init__(self, message: str, *, reason: str | None = None, names_another: bool = True):
        super().__init__(message)
        self.reason = reason or message.rstrip(".")
        self.names_another = names_another


class StoreError(CompanionError):
    """The store cannot be opened, read or written (locked, damaged, read-only, disk full)."""

    status = 503


class StoreLocked(StoreError):
    pass


class StoreDamaged(StoreError):
    pass

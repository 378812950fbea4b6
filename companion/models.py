"""The wire shapes: the single source of truth for what crosses between companion, extension and CLI.

`make schema` writes shared-schema/*.schema.json from the models listed in `SCHEMA_MODELS`; a test
fails when the committed schemas drift. Field names are snake_case, as promised in CONTRACT.md.
"""

from __future__ import annotations

import re
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from companion.text_controls import CONTROL, without_escapes

Site = Literal["linkedin", "x", "bluesky", "github", "mastodon", "web"]
SITES: tuple[Site, ...] = get_args(Site)
# Each site as people write it, for sentences and titles ("an X page", "LinkedIn links to …").
SITE_NAMES: dict[Site, str] = {"linkedin": "LinkedIn", "x": "X", "bluesky": "Bluesky", "github": "GitHub",
                               "mastodon": "Mastodon", "web": "Web"}


def site_with_article(site: str) -> str:
    """The site's name after its article, as a sentence says it: "an X", "a LinkedIn"."""
    return ("an " if site == "x" else "a ") + SITE_NAMES.get(site, site)  # type: ignore[call-overload]
Stage = Literal["stranger", "new", "acquaintance", "friend", "close"]
STAGES: tuple[Stage, ...] = ("stranger", "new", "acquaintance", "friend", "close")
# Before a relationship exists: a pitch is blocked, not warned, and the guard's wording may speak of "a first message".
EARLY_STAGES: tuple[Stage, ...] = ("stranger", "new")
Ask = Literal["none", "small", "medium", "large"]
VerdictKind = Literal["ok", "warn", "block"]
Tier = Literal["none", "small-world", "coincidence", "twins"]
CommonalityKind = Literal[
    "school", "employer", "place", "skill", "language", "interest", "cause", "topic", "connection", "group"
]
InteractionKind = Literal[
    "in-person", "video-call", "phone-call", "message", "reply", "comment", "share", "like"
]
INTERACTION_KINDS: tuple[InteractionKind, ...] = (
    "in-person", "video-call", "phone-call", "message", "reply", "comment", "share", "like"
)

# Text fields are bounded so a hostile page cannot make one record enormous.
LONG_TEXT = 20_000
SHORT_TEXT = 500


class WireModel(BaseModel):
    """Base for every wire shape: unknown fields are ignored, strings are stripped."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="ignore", defer_build=True)


# ---------------------------------------------------------------- Profile

# The direction marks (LRM, RLM and the Arabic letter mark U+061C, which acts as an RLM does) only matter between
# letters of both directions; in text of one direction they do nothing but hide in a name.
_MARKS = re.compile("[\u200e\u200f\u061c]")
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LEFT_TO_RIGHT = re.compile("[^\\W\\d_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _without_controls(value: Any) -> Any:
    if isinstance(value, str):
        value = CONTROL.sub("", without_escapes(value))  # sequences whole, then a CR even in CRLF
        letters = _MARKS.sub("", value)  # U+061C lies in the Arabic block: it is no right-to-left letter itself
        if letters != value and not (_RIGHT_TO_LEFT.search(letters) and _LEFT_TO_RIGHT.search(letters)):
            value = letters
        return value
    if isinstance(value, list):
        return [_without_controls(v) for v in value]
    return value


def without_controls(text: str) -> str:
    """`text` (the user's own: a note, a promise) without control characters or bidi overrides; tab and newline kept."""
    return _without_controls(text)


class ProfileText(WireModel):
    """Base of the Profile family: every string arrives without control characters."""

    @field_validator("*", mode="before")
    @classmethod
    def _strip_controls(cls, value: Any) -> Any:
        return _without_controls(value)


class Experience(ProfileText):
    company: str | None = Field(None, max_length=SHORT_TEXT)
    title: str | None = Field(None, max_length=SHORT_TEXT)
    start: str | None = Field(None, description="ISO date: 2019, 2019-03 or 2019-03-14")
    end: str | None = Field(None, description="ISO date, or null while current")
    location: str | None = Field(None, max_length=SHORT_TEXT)


class Education(ProfileText):
    school: str | None = Field(None, max_length=SHORT_TEXT)
    degree: str | None = Field(None, max_length=SHORT_TEXT)
    field: str | None = Field(None, max_length=SHORT_TEXT)
    start: str | None = None
    end: str | None = None


class Volunteering(ProfileText):
    organization: str | None = Field(None, max_length=SHORT_TEXT)
    role: str | None = Field(None, max_length=SHORT_TEXT)
    cause: str | None = Field(None, max_length=SHORT_TEXT)


class Post(ProfileText):
    text: str = Field("", max_length=LONG_TEXT)
    date: str | None = None
    url: str | None = None


class Profile(ProfileText):
    """What a profile page shows about its owner."""

    site: Site | None = None
    url: str | None = None
    name: str | None = Field(None, max_length=SHORT_TEXT)
    handle: str | None = Field(None, max_length=SHORT_TEXT)
    headline: str | None = Field(None, max_length=2_000)
    location: str | None = Field(None, max_length=SHORT_TEXT)
    about: str | None = Field(None, max_length=LONG_TEXT)
    experience: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    interests: list[str] = Field(default_factory=list)
    volunteering: list[Volunteering] = Field(default_factory=list)
    websites: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(
        default_factory=list,
        description="Other addresses of this same profile on its site (LinkedIn's /in/ACoAA… member-id URL, "
        "which messaging uses), so that a link by either finds the person",
    )
    followers: int | None = None
    connections: int | None = None
    posts: list[Post] = Field(default_factory=list)
    joined: str | None = None
    page_date: str | None = Field(
        None,
        description="When the page was saved or current, as the page itself shows it (a saved-page marker, the "
        "site's copyright year, else the newest date it shows): ISO, or null. An older capture does not replace "
        "newer facts",
    )
    partial: bool = Field(False, description="True when the page was only partly rendered")


# ---------------------------------------------------------------- Common ground and starters


class Commonality(WireModel):
    kind: CommonalityKind
    label: str = Field(description="Names the shared thing")
    weight: float = Field(description="Grows with rarity and closeness")
    mine: str = Field(description="The user's own wording")
    theirs: str = Field(description="The other person's own wording")
    why: str | None = Field(None, description="Why this is telling, in a sentence")
    counted: bool = Field(True, description="False for a commonplace one (English, your country): shown, not counted "
                                            "in the tier or the headline's number")


class CommonGround(WireModel):
    score: float = 0.0
    tier: Tier = "none"
    commonalities: list[Commonality] = Field(default_factory=list)


class Starter(WireModel):
    text: str
    kind: str = Field(description="What it draws on: a commonality kind, post, offer-help, check-in, ...")
    evidence: str = Field(description="What in the profile it rests on")


# ---------------------------------------------------------------- The send guard


class Reason(WireModel):
    start: int = Field(ge=0, description="Character offset into the text")
    end: int = Field(ge=0)
    rule: str
    message: str


StageSource = Literal["store", "page", "given", "unknown"]


class Verdict(WireModel):
    verdict: VerdictKind
    score: float = Field(ge=0.0, le=1.0, description="How pitch-like the draft is")
    ask: Ask
    stage: Stage
    stage_source: StageSource = Field(
        "given", description="Where the stage came from: store (the recipient's tie), page (what the page shows), "
                             "given (the request's stage), unknown (nothing known: treated as a stranger)")
    reasons: list[Reason] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    opener: str | None = Field(
        None, description="A message to send instead, from your common ground and history with the recipient "
                          "(only when Rapport knows them and the draft is stopped); the extension offers it")


# ---------------------------------------------------------------- Relationship memory


class Note(WireModel):
    id: int
    text: str = Field(max_length=LONG_TEXT)
    created_at: str
    updated_at: str | None = None


class Interaction(WireModel):
    id: int
    kind: InteractionKind
    at: str = Field(description="ISO date or date-time")
    note: str | None = Field(None, max_length=LONG_TEXT)
    source: Literal["manual", "guard", "import"] = "manual"


class Commitment(WireModel):
    id: int
    person_id: str | None = None
    text: str = Field(max_length=2_000, description="The promise sentence")
    due: str | None = None
    created_at: str
    done_at: str | None = Field(None, description="When it was kept; null while open or let go")
    # Let go: no longer owed (the plan changed, or a sentence read as a promise was none); neither open nor kept.
    dropped_at: str | None = Field(None, description="When it was let go; null while open or kept")
    drop_reason: str | None = Field(None, max_length=500, description="Why it was let go, in the user's words")
    source: Literal["manual", "message"] = "manual"


class Tie(WireModel):
    strength: float = Field(0.0, ge=0.0, le=1.0)
    stage: Stage = "stranger"
    last_contact: str | None = None
    next_check_in: str | None = None
    layer: str | None = Field(None, description="Dunbar layer: inner, close, active, wider")
    overdue: bool = False


class CheckIn(WireModel):
    """When to get back in touch with someone you know, and a first line for it that builds on your history."""

    due: str = Field(description="ISO date of the next check-in")
    overdue: bool = False
    soon: bool = Field(False, description="Due within the next 7 days (today included): its opener is shown already")
    opener: Starter


# ---------------------------------------------------------------- One person across sites

IdentityStrength = Literal["strong", "moderate"]
EvidenceKind = Literal["link", "name", "employer", "place", "school", "website", "conflict"]


class SiteLink(WireModel):
    """One of a person's profiles: the site and its address."""

    site: Site
    url: str | None = None
    handle: str | None = None


class IdentityEvidence(WireModel):
    """One reason to think two profiles are one person's (or, `conflict`, a reason to doubt it)."""

    kind: EvidenceKind
    detail: str = Field(description="What matched, in each profile's own wording")


class PersonRef(WireModel):
    """A stored person as a list names them."""

    person_id: str
    name: str
    sites: list[Site] = Field(default_factory=list)


class MergeSuggestion(PersonRef):
    """Another stored person who looks like this one: `strong` evidence is linked at capture, `moderate` is
    left to the user (`companion merge PERSON PERSON`)."""

    strength: IdentityStrength
    evidence: list[IdentityEvidence] = Field(default_factory=list)


class MergeRecord(WireModel):
    """How two of a person's records were joined into one: by Rapport itself at capture, on strong evidence
    (`automatic`, with that evidence), or by you (`accepted`: the panel's Accept or a `companion merge`, which
    the store does not tell apart). `companion unmerge PERSON SITE` (the panel's "Split") undoes it."""

    how: Literal["automatic", "accepted"]
    at: str | None = Field(None, description="When they were joined (ISO date-time)")
    sites: list[Site] = Field(default_factory=list, description="The sites of the two records joined")
    evidence: list[str] = Field(default_factory=list, description="What matched, for an automatic join")
    undo_site: Site | None = Field(None, description="A site `companion unmerge PERSON SITE` splits off with a "
                                   "whole record this join brought, so the join goes; none when no such site is left")


class MergePair(WireModel):
    """`companion merge --suggest --json`: two stored people who look like one person, with the evidence."""

    a: PersonRef
    b: PersonRef
    strength: IdentityStrength
    evidence: list[IdentityEvidence] = Field(default_factory=list)


class PersonView(WireModel):
    """GET /v1/people/{person_id}: everything the side panel shows about one person."""

    person_id: str
    profile: Profile
    notes: list[Note] = Field(default_factory=list)
    interactions: list[Interaction] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    common_ground: CommonGround = Field(default_factory=CommonGround)
    starters: list[Starter] = Field(default_factory=list)
    tie: Tie = Field(default_factory=Tie)
    check_in: CheckIn | None = Field(
        None, description="For someone you know who has a check-in date (see `companion followups`); else null"
    )
    also_on: list[SiteLink] = Field(
        default_factory=list,
        description="Every site this person is known on, with its address (the panel links to the ones other "
        "than the page's)",
    )
    merge_suggestions: list[MergeSuggestion] = Field(
        default_factory=list, description="Other stored people who may be this person, with the evidence"
    )
    merges: list[MergeRecord] = Field(
        default_factory=list,
        description="How this person's profiles on several sites were joined, oldest first (`also_on` lists them)",
    )
    why_no_starters: str | None = Field(
        None,
        description="With no starter: the rule that decided, in a clause ('their page is in Spanish and your "
        "profile lists no Spanish, …'), as `companion starters` says it; null when no rule did (the panel then says it in its own "
        "words). Text from their page (a name) is in it: show it as text",
    )


# ---------------------------------------------------------------- HTTP bodies


class Health(WireModel):
    app: str
    api: int
    version: str


class PairRequest(WireModel):
    code: str = Field(min_length=1, max_length=64)


class PairResponse(WireModel):
    token: str


class CaptureRequest(WireModel):
    url: str = Field(min_length=1, max_length=4_096)
    html: str = Field(min_length=1)


class CaptureResponse(WireModel):
    person_id: str
    profile: Profile
    common_ground: CommonGround
    starters: list[Starter]
    note: str | None = Field(None, description="How the capture was kept, when not as usual: a page older than "
                                               "what is stored adds only what is new")


class Thread(WireModel):
    from_me: int = Field(0, ge=0, le=100_000)
    from_them: int = Field(0, ge=0, le=100_000)


class PageContext(WireModel):
    """What the page shows about the recipient, as the extension reads it (every field optional)."""

    degree: Literal["1st", "2nd", "3rd"] | None = None
    thread: Thread | None = Field(None, description="Earlier messages in this conversation")
    recipient_name: str | None = Field(None, max_length=SHORT_TEXT)
    recipient_url: str | None = Field(None, max_length=4_096)
    follows_you: bool | None = None


class CheckRequest(WireModel):
    text: str = Field(max_length=50_000)
    stage: Stage | None = None
    to: str | None = Field(None, max_length=4_096, description="A person id or profile URL")
    context: PageContext | None = None


StrictnessName = Literal["relaxed", "normal", "strict"]


class GuardSettingsBody(WireModel):
    """The guard's settings as the extension reads and writes them (GET/PUT /v1/settings/guard)."""

    strictness: StrictnessName = "normal"
    disabled_rules: list[str] = Field(default_factory=list, max_length=100, description="Rule ids turned off")


class ErrorBody(WireModel):
    ok: Literal[False] = False
    error: str
    status: int


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "profile": Profile,
    "common_ground": CommonGround,
    "starter": Starter,
    "verdict": Verdict,
    "person": PersonView,
    "merge_pair": MergePair,
    "health": Health,
    "pair_request": PairRequest,
    "pair_response": PairResponse,
    "capture_request": CaptureRequest,
    "capture_response": CaptureResponse,
    "check_request": CheckRequest,
    "page_context": PageContext,
    "guard_settings": GuardSettingsBody,
    "error": ErrorBody,
}

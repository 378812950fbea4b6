"""The guard's settings, kept in the store: how strict it is and which rules are off.

Saved under the setting "guard" and applied to every check (HTTP, CLI, extension). The guard itself only
judges text, so reading and changing its settings lives here, beside the rest of what Rapport remembers.
"""

from __future__ import annotations

from typing import get_args

from pydantic import ValidationError

from companion.errors import InvalidInput
from companion.guard.pitch_guard import RULES, STRICTNESS_LEVELS, GuardSettings
from companion.models import GuardSettingsBody, StrictnessName
from companion.storage.store import Store

SETTING = "guard"
# The names people see (CONTRACT.md) and the guard's own levels.
LEVELS: dict[StrictnessName, float] = {"relaxed": STRICTNESS_LEVELS["relaxed"],
                                       "normal": STRICTNESS_LEVELS["normal"],
                                       "strict": STRICTNESS_LEVELS["strict"]}


def load_guard_settings(store: Store) -> GuardSettings:
    """The saved settings; saved ones that no longer validate give the defaults, never an error mid-check."""
    try:
        return GuardSettings.model_validate(store.get_setting(SETTING, {}) or {})
    except ValidationError:
        return GuardSettings()


def strictness_name(settings: GuardSettings) -> StrictnessName:
    """The named level nearest to the saved strictness."""
    return min(LEVELS, key=lambda name: abs(LEVELS[name] - settings.strictness))


def as_body(settings: GuardSettings) -> GuardSettingsBody:
    return GuardSettingsBody(strictness=strictness_name(settings), disabled_rules=sorted(settings.disabled_rules))


def _check_rules(rules: list[str]) -> None:
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        raise InvalidInput(f"No rule is called {', '.join(repr(r) for r in unknown)}; `companion guard` lists "
                           f"the rules: {', '.join(sorted(RULES))}.")


def save_guard_settings(store: Store, body: GuardSettingsBody) -> GuardSettings:
    """Replace the settings with `body` (as PUT /v1/settings/guard does)."""
    _check_rules(body.disabled_rules)
    return _save(store, GuardSettings(strictness=LEVELS[body.strictness], disabled_rules=set(body.disabled_rules)))


def _save(store: Store, settings: GuardSettings) -> GuardSettings:
    store.set_setting(SETTING, {"strictness": settings.strictness, "disabled_rules": sorted(settings.disabled_rules)})
    return settings


def parse_strictness(level: str) -> float:
    """A named level or a number from 0 to 1, read by GuardSettings' own validator (as `check --strictness` is);
    InvalidInput, one sentence, for anything else."""
    try:
        return GuardSettings(strictness=level).strictness
    except ValidationError:
        shown = repr(level) if len(level) <= 40 else f"{level[:40]!r}… ({len(level):,} characters)"  # huge digits: not all
        # "balanced" is still read (an old name for normal) but not offered: the documented levels only.
        raise InvalidInput(f"{shown} is not {', '.join(get_args(StrictnessName))} or a number from 0 to 1.") from None


def set_strictness(store: Store, level: float) -> GuardSettings:
    """Set the strictness to a number from 0 to 1 (`parse_strictness` reads a level), kept as given."""
    with store.transaction():
        current = load_guard_settings(store)
        return _save(store, GuardSettings(strictness=level, disabled_rules=current.disabled_rules))


def set_rule(store: Store, rule: str, enabled: bool) -> GuardSettings:
    """Turn one rule on or off."""
    _check_rules([rule])
    with store.transaction():
        current = load_guard_settings(store)  # its strictness as saved, a number between the named levels too
        rules = current.disabled_rules - {rule} if enabled else current.disabled_rules | {rule}
        return _save(store, GuardSettings(strictness=current.strictness, disabled_rules=rules))

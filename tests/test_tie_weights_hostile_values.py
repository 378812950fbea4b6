"""`tie-weights --set` refuses values that are not finite numbers in range, and a store that already holds one
(an older version, an import) still shows every person: a newcomer set in-person=nan and every view crashed."""
import math

import pytest
from click.testing import CliRunner

from companion.cli import main
from companion.memory.tie_strength import DEFAULT_WEIGHTS, effective_weights


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400", "NaN"])
def test_non_finite_or_huge_weights_are_refused_in_one_sentence(tmp_path, value):
    result = CliRunner().invoke(main, ["tie-weights", "--data-dir", str(tmp_path), "--set", f"in-person={value}"])
    assert result.exit_code != 0
    assert "not a usable weight" in result.output
    assert "Traceback" not in result.output
    shown = CliRunner().invoke(main, ["tie-weights", "--data-dir", str(tmp_path), "--json"])
    assert shown.exit_code == 0, shown.output


@pytest.mark.parametrize("stored", [None, float("nan"), float("inf"), "abc", True, -3, 1e400])
def test_a_stored_unusable_weight_falls_back_to_the_default(stored):
    merged = effective_weights({"half_life_days": stored, "channels": {"in-person": stored, "like": 0.2}})
    assert merged["half_life_days"] == DEFAULT_WEIGHTS["half_life_days"]
    assert merged["channels"]["in-person"] == DEFAULT_WEIGHTS["channels"]["in-person"]
    assert merged["channels"]["like"] == 0.2
    assert all(math.isfinite(v) for v in merged["channels"].values())

"""Quality gate: the project's scorer (tools/score.py) over every page with gold.

The scores are pinned in tests/quality_floor.json and may only go up: a change that
lowers a set's mean below its floor fails here, whatever its unit tests say. Raise a
floor (never lower it) in the commit that earns it. The held-out pages
(fixtures/heldout, fixtures/heldout-latin) measure generality; they must not be tuned
on one by one. The untouched sets (fixtures/heldout-fresh, fixtures/real-untouched*) have
no floor: they are scored, never read, so nothing pins them.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.cli_runner import CliRunner, app
from tests.conftest import FIXTURES, ROOT

FLOORS = json.loads((Path(__file__).parent / "quality_floor.json").read_text(encoding="utf-8"))
SETS = {
    "seeds-and-fixtures": (FIXTURES / "gold", FIXTURES / "pages"),
    "heldout": (FIXTURES / "heldout" / "gold", FIXTURES / "heldout" / "raw"),
    "heldout-latin": (FIXTURES / "heldout-latin" / "gold", FIXTURES / "heldout-latin" / "raw"),
}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", ROOT / "tools" / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def run_in_process(cmd: list[str]) -> tuple[int, str, str]:
        result = CliRunner().invoke(app, cmd)
        return result.exit_code, result.stdout, result.stderr

    setattr(module, "run", run_in_process)  # noqa: B010 - a module from a file path
    return module


def _scores(gold_dir: Path, raw_dir: Path) -> dict[str, float]:
    score = _scorer()
    out = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        metrics = score.score_file(gold, raw_dir / gold["source"], [], verbose=False)
        out[gold["source"]] = sum(metrics.values()) / len(metrics)
    return out


@pytest.mark.parametrize("name", sorted(SETS))
def test_quality_does_not_fall_below_its_floor(name: str) -> None:
    scores = _scores(*SETS[name])
    mean = sum(scores.values()) / len(scores)
    assert mean >= FLOORS[name] - 1e-9, f"{name}: mean {mean:.3f} < floor {FLOORS[name]}"


def test_both_seeds_score_full_marks() -> None:
    scores = _scores(*SETS["seeds-and-fixtures"])
    seeds = {k: v for k, v in scores.items() if k.startswith(("000_", "004_"))}
    assert seeds == {"000_1737f1c581002fb6.txt": 1.0, "004_bd6d0331c44bdc06.txt": 1.0}

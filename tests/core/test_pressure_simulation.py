"""A small simulated population (benchmarks/pressure_sim.py) through recommend():
no hard rule is ever broken, and people are more comfortable than with a naive staircase.
The full benchmark, with its table, is `python benchmarks/pressure_sim.py`."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SIM_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "pressure_sim.py"


@pytest.fixture(scope="module")
def sim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pressure_sim", SIM_PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["pressure_sim"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("with_feel", [True, False], ids=["feel", "slider"])
def test_engine_keeps_every_rule_and_beats_the_staircase(sim: ModuleType, with_feel: bool) -> None:
    pop = sim.Population(people=5, sessions=6)
    ours = sim.summarise(sim.run(pop, sim.engine, with_feel, seed=3), pop.sessions)
    stairs = sim.summarise(sim.run(pop, sim.staircase, with_feel, seed=3), pop.sessions)
    assert ours.broken == [0] * len(sim.RULES)
    assert sum(stairs.broken) > 0  # the check can fail: the staircase breaks rules
    assert ours.comfort_5 > stairs.comfort_5 + 1.0
    assert ours.bad < stairs.bad
    assert ours.within[5] > stairs.within[5]


def test_violation_check_spots_each_rule(sim: ModuleType) -> None:
    from datetime import UTC, datetime

    from neurofoot_desktop.core.pressure import Rating

    def last(level: int, comfort: int, feel: str | None = None) -> list[Rating]:
        return [Rating("s", datetime(2025, 1, 1, tzinfo=UTC), "effleurage", "left", level,
                       comfort, feel)]

    check = sim.violations
    assert check([], "effleurage", "left", "normal", 5) == [0, 1]
    assert check([], "effleurage", "left", "normal", 3) == [1]
    assert check(last(3, 4), "effleurage", "left", "normal", 3) == [2]
    assert check(last(1, 4), "effleurage", "left", "normal", 1) == []
    assert check(last(2, 6), "effleurage", "left", "normal", 3) == [3]
    assert check(last(2, 9, "too_firm"), "effleurage", "left", "normal", 3) == [3]
    assert check(last(2, 9), "effleurage", "left", "normal", 4) == [4]
    assert check(last(2, 9), "effleurage", "left", "reduced", 3) == [5]
    # issue 17: "too light" resolves the direction; the heel answer
    assert check(last(2, 4, "too_light"), "effleurage", "left", "normal", 2) == []
    assert check(last(2, 4, "too_light"), "effleurage", "left", "normal", 3) == [2]
    assert check(last(2, 6, "too_light"), "effleurage", "left", "normal", 3) == []
    assert check(last(2, 6, "too_light"), "effleurage", "left", "heightened", 3) == [5]
    sole = [Rating("s", datetime(2025, 1, 1, tzinfo=UTC), "sole_kneading", "left", 2, 9)]
    assert check(sole, "sole_kneading", "left", "normal", 3, heel=True) == [6]
    assert check(sole, "sole_kneading", "left", "normal", 2, heel=True) == []
    assert check(sole, "sole_kneading", "left", "normal", 3) == []

"""recommend_all() gives exactly what recommend() gives, step by step, from one read."""

import random
from datetime import UTC, datetime, timedelta

from neurofoot_desktop.core.pressure import FEELS, Rating, recommend
from neurofoot_desktop.core.protocol import FEET, STEP_IDS, Protocol
from neurofoot_desktop.core.recommendations import recommend_all


def history(seed: int, days: int) -> list[Rating]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    out = []
    for day in range(days):
        sens = rng.choice(["normal", "normal", "reduced", "heightened"])
        for i, step in enumerate(STEP_IDS):
            for j, foot in enumerate(FEET):
                out.append(Rating(f"s{day}", start + timedelta(days=day, minutes=3 * i + j),
                                  step, foot, rng.randint(1, 4), rng.randint(0, 10),
                                  rng.choice([None, *FEELS]), sens))
    return out


def test_batch_matches_one_by_one(protocol: Protocol) -> None:
    for seed in range(4):
        log = history(seed, 12)
        today = {"left": "normal", "right": "heightened"}
        batch = recommend_all(protocol, log, today)
        assert list(batch) == [(s, f) for s in STEP_IDS for f in FEET]
        for (step, foot), rec in batch.items():
            assert rec == recommend(log, step, foot, today[foot])

"""Simulated recipients: how fast and how gently does recommend() find each person's pressure?

Runs our engine and a naive 1-up-1-down staircase (rating >= 7: one level up, else one
down; start at 2) on the same simulated population and prints one markdown table.

    python benchmarks/pressure_sim.py                 # 200 people x 20 sessions (< 3 min)
    python benchmarks/pressure_sim.py --people 1000   # a bigger run
    python benchmarks/pressure_sim.py --vary          # robustness: steeper, flatter, noisier
    python benchmarks/pressure_sim.py --quick         # 40 people, for a smoke test
    python benchmarks/pressure_sim.py --populations --people 8 --only drift --only jump

The population (every number below was fixed before the engine was tuned):
- a best level per person, step and foot: person base N(2.5, 0.7), step offsets (closing
  strokes ~0.6 lighter), a per-person foot difference and a little per-slot noise;
- one in five has a very sensitive heel on one or both feet: sole kneading is ~0.75
  lighter there and its comfort falls 2.5x faster above the best level;
- true comfort = peak (9..10) - a*d^2 with d = level - best; a is 0.8..1.3 below the best
  (too light is dull, never worse than -4*a) and 2..3 times that above it;
- day-to-day sensitivity per foot (a Markov chain: 70% normal, 15% heightened, 15% reduced,
  spells of 2 days on average):
  heightened lowers the best level by 0.6 and steepens the curve; reduced makes ratings and
  "too light / too firm" answers twice as noisy; the light-touch check reports the true
  state 80% of the time;
- ratings: 70% honest with noise (sd 0.4..1.0), 15% rate everything high (10 - half the
  shortfall, plus one), 15% rate everything low (1.5..2.5 lower); 3% of answers are random;
  true comfort <= 3 makes 60% of people press "It hurts - stop" (comfort 0, too firm);
  3% of steps are skipped; feel is answered 90% of the time in the "with feel" runs.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from neurofoot_desktop.core.pressure import Rating, recommend

STEPS = ("effleurage", "sole_kneading", "toe_rolling", "ankle_rotation", "closing_strokes")
FEET = ("left", "right")
SLOTS = tuple((s, f) for s in STEPS for f in FEET)
SENS = ("normal", "heightened", "reduced")
STEP_MEAN = {"effleurage": 0.0, "sole_kneading": 0.1, "toe_rolling": -0.1,
             "ankle_rotation": 0.1, "closing_strokes": -0.6}
RULES = ("level 1..4", "first time <= 2", "lower after comfort <= 4 (too light: not higher)",
         "no rise after 5-6 / too firm (too light: +1)", "at most +1",
         "no rise on heightened/reduced day", "no rise of sole kneading on a sensitive heel")


@dataclass(frozen=True)
class Population:
    people: int = 200
    sessions: int = 20
    base_mean: float = 2.5
    base_sd: float = 0.7
    step_sd: float = 0.35
    foot_sd: float = 0.2
    slot_sd: float = 0.15
    curve: float = 1.0  # multiplies the comfort curve (steeper > 1 > flatter)
    above_ratio: tuple[float, float] = (2.0, 3.0)
    noise: float = 1.0  # multiplies rating and feel noise
    heel_share: float = 0.2
    high_share: float = 0.15
    low_share: float = 0.15
    random_share: float = 0.03
    skip_share: float = 0.03
    feel_rate: float = 0.9
    touch_accuracy: float = 0.8
    # issue 17: populations unlike the model's assumptions
    drift: float = 0.0  # the best level moves this much (levels) over DRIFT_DAYS, by date
    jump: float = 0.0  # ... or jumps this much (either way) at JUMP_DAY
    below_cap: float = 4.0  # too light is dull (4) or as bad as too firm (16: no cap)
    cliff: bool = False  # comfort falls CLIFF points past CLIFF_AT above the best level
    rater: str = ""  # "" mixed as above; "high9": 9-10 unless it hurts; "cap6": never above 6
    wrong_feel: float = 0.0  # share of direction answers that point the wrong way
    heel_told: float = 0.9  # a sensitive heel is reported at the pre-check this often


@dataclass
class Person:
    best: dict[tuple[str, str], float]
    heel: dict[str, bool]
    peak: float
    below: float
    ratio: float
    rater: str  # honest | high | low
    sd: float
    low_shift: float
    alternating: bool
    first_foot: str
    drift: float = 0.0  # levels per day
    jump: float = 0.0
    day: float = 0.0  # days since the first session
    history: list[Rating] = field(default_factory=list)


def make_person(pop: Population, rng: random.Random) -> Person:
    base = min(4.0, max(1.0, rng.gauss(pop.base_mean, pop.base_sd)))
    foot = rng.gauss(0, pop.foot_sd)
    step = {s: rng.gauss(STEP_MEAN[s], pop.step_sd) for s in STEPS}
    heel_feet: tuple[str, ...] = ()
    if rng.random() < pop.heel_share:
        heel_feet = FEET if rng.random() < 0.5 else (rng.choice(FEET),)
    best = {}
    for s, f in SLOTS:
        b = base + step[s] + (foot if f == "left" else -foot) + rng.gauss(0, pop.slot_sd)
        if s == "sole_kneading" and f in heel_feet:
            b -= rng.uniform(0.5, 1.0)
        best[(s, f)] = min(4.25, max(0.75, b))
    u = rng.random()
    rater = "high" if u < pop.high_share else "low" if u < pop.high_share + pop.low_share \
        else "honest"
    sign = 1.0 if rng.random() < 0.5 else -1.0
    return Person(best, {f: f in heel_feet for f in FEET}, rng.uniform(9.0, 10.0),
                  rng.uniform(0.8, 1.3) * pop.curve, rng.uniform(*pop.above_ratio),
                  pop.rater or rater, rng.uniform(0.4, 1.0) * pop.noise, rng.uniform(1.5, 2.5),
                  rng.random() < 0.5, rng.choice(FEET), sign * pop.drift / DRIFT_DAYS,
                  sign * pop.jump)


DRIFT_DAYS = 70.0  # about 40 sessions
JUMP_DAY = 35.0
CLIFF_AT, CLIFF = 0.35, 5.0


def best_today(p: Person, slot: tuple[str, str], state: str) -> float:
    moved = p.drift * p.day + (p.jump if p.day >= JUMP_DAY else 0.0)
    best = min(4.25, max(0.75, p.best[slot] + moved))
    return best - (0.6 if state == "heightened" else 0.0)


def true_comfort(p: Person, slot: tuple[str, str], level: int, state: str,
                 pop: Population | None = None) -> float:
    pop = pop or Population()
    d = level - best_today(p, slot, state)
    if d <= 0:
        return max(0.0, p.peak - p.below * min(d * d, pop.below_cap))
    steep = p.below * p.ratio
    steep *= 2.5 if slot[0] == "sole_kneading" and p.heel[slot[1]] else 1.0
    steep *= 1.5 if state == "heightened" else 1.0
    cliff = CLIFF if pop.cliff and d > CLIFF_AT else 0.0
    return max(0.0, p.peak - steep * d * d - cliff)


def rate(p: Person, pop: Population, slot: tuple[str, str], level: int, state: str,
         comfort: float, with_feel: bool, rng: random.Random) -> tuple[int, str | None]:
    if comfort <= 3.0 and rng.random() < 0.6:
        return 0, "too_firm"  # "It hurts - stop"
    if rng.random() < pop.random_share:
        return rng.randint(0, 10), rng.choice((None, "too_light", "just_right", "too_firm"))
    sd = p.sd * (2.0 if state == "reduced" else 1.0)
    if p.rater == "high9":
        raw = 9 + rng.random()
    elif p.rater == "high":
        raw = 10 - 0.5 * (10 - comfort) + 1 + rng.gauss(0, sd)
    elif p.rater == "low":
        raw = comfort - p.low_shift + rng.gauss(0, sd)
    else:
        raw = comfort + rng.gauss(0, sd)
    if p.rater == "cap6":
        raw = min(6.0, comfort - 3.5 + rng.gauss(0, sd))
    feel = None
    if with_feel and rng.random() < pop.feel_rate:
        fsd = 0.3 * pop.noise * (2.0 if state == "reduced" else 1.0)
        d = level - best_today(p, slot, state) + rng.gauss(0, fsd)
        feel = "too_firm" if d > 0.5 else "too_light" if d < -0.5 else "just_right"
        if rng.random() < pop.wrong_feel:  # the wrong way round
            feel = {"too_firm": "too_light", "too_light": "too_firm"}.get(
                feel, rng.choice(("too_light", "too_firm")))
    return min(10, max(0, round(raw))), feel


Policy = Callable[[Person, list[Rating], str, str, str, bool], int]


def engine(p: Person, history: list[Rating], step: str, foot: str, sens: str,
           heel: bool = False) -> int:
    return recommend(history, step, foot, sens, heel_sensitive=heel).level


def oracle(p: Person, history: list[Rating], step: str, foot: str, sens: str,
           heel: bool = False) -> int:
    """A reference, not a rival: knows the person's true best levels today (drift
    included), sees only the reported light-touch state, and obeys the hard rules
    (issue 17's). Roughly the best one can do."""
    level = round(best_today(p, (step, foot), "heightened" if sens == "heightened"
                             else "normal"))
    cap = 2
    last = next((r for r in reversed(history) if r.step_id == step and r.foot == foot), None)
    if last is not None:
        light = last.feel == "too_light"
        if last.comfort <= 4:
            cap = last.pressure if light else last.pressure - 1
        else:
            no_rise = ((last.comfort <= 6 and not light) or last.feel == "too_firm"
                       or sens != "normal" or (heel and step == "sole_kneading"))
            cap = last.pressure + (0 if no_rise else 1)
    return min(4, max(1, min(cap, level)))


def staircase(p: Person, history: list[Rating], step: str, foot: str, sens: str,
              heel: bool = False) -> int:
    for r in reversed(history):
        if r.step_id == step and r.foot == foot:
            return min(4, r.pressure + 1) if r.comfort >= 7 else max(1, r.pressure - 1)
    return 2


def violations(history: Sequence[Rating], step: str, foot: str, sens: str, level: int,
               heel: bool = False) -> list[int]:
    """Indices into RULES of the hard rules this recommendation breaks (issues 4 and 17)."""
    last = next((r for r in reversed(history) if r.step_id == step and r.foot == foot), None)
    broken = []
    if not 1 <= level <= 4:
        broken.append(0)
    if last is None:
        if level > 2:
            broken.append(1)
        return broken
    light = last.feel == "too_light"
    if last.comfort <= 4 and (level > last.pressure if light else
                              level >= last.pressure and not level == last.pressure == 1):
        broken.append(2)
    if ((last.comfort in (5, 6) and not light) or last.feel == "too_firm") \
            and level > last.pressure:
        broken.append(3)
    if level > last.pressure + 1:
        broken.append(4)
    if sens in ("heightened", "reduced") and level > last.pressure:
        broken.append(5)
    if heel and step == "sole_kneading" and level > last.pressure:
        broken.append(6)
    return broken


@dataclass
class Outcome:
    within: list[list[bool]] = field(default_factory=list)  # [slot-run][session]
    late: list[bool] = field(default_factory=list)  # within, over the last five sessions
    comfort: list[list[float]] = field(default_factory=list)  # [person][session], mean of steps
    steps: int = 0
    bad: int = 0
    heel_steps: int = 0
    heel_bad: int = 0
    seconds: list[float] = field(default_factory=list)
    broken: list[int] = field(default_factory=lambda: [0] * len(RULES))


def next_state(state: str, rng: random.Random) -> str:
    """Stationary 70% normal, 15% heightened, 15% reduced; a spell lasts 2 days on average."""
    if state != "normal":
        return state if rng.random() < 0.5 else "normal"
    u = rng.random()
    return "heightened" if u < 0.107 else "reduced" if u < 0.214 else "normal"


def reported(state: str, pop: Population, rng: random.Random) -> str:
    if rng.random() < pop.touch_accuracy:
        return state
    return rng.choice([s for s in SENS if s != state])


def run(pop: Population, policy: Policy, with_feel: bool, seed: int) -> Outcome:
    out = Outcome()
    for i in range(pop.people):
        rng = random.Random(seed * 100_003 + i)  # same person and days for every policy
        person = make_person(pop, rng)
        simulate_person(person, pop, policy, with_feel, rng, out)
    return out


def simulate_person(p: Person, pop: Population, policy: Policy, with_feel: bool,
                    rng: random.Random, out: Outcome) -> None:
    start = when = datetime(2025, 1, 6, 10, tzinfo=UTC)
    states = dict.fromkeys(FEET, "normal")
    within = {slot: [] for slot in SLOTS}
    comfort_by_session = []
    other = "right" if p.first_foot == "left" else "left"
    order = [(s, f) for s in STEPS for f in (p.first_foot, other)] if p.alternating \
        else [(s, f) for f in (p.first_foot, other) for s in STEPS]
    for n in range(pop.sessions):
        p.day = (when - start).total_seconds() / 86400
        states = {f: next_state(states[f], rng) for f in FEET}
        told = {f: reported(states[f], pop, rng) for f in FEET}
        heel = any(p.heel.values()) and rng.random() < pop.heel_told  # the pre-check answer
        day = []
        # rngs for the person and the policy's randomness stay in lock-step across policies
        outcomes = [(rng.random(), random.Random(rng.random())) for _ in order]
        for k, (slot, (u_skip, r_rate)) in enumerate(zip(order, outcomes, strict=True)):
            step, foot = slot
            t0 = time.perf_counter()
            level = policy(p, p.history, step, foot, told[foot], heel)
            out.seconds.append(time.perf_counter() - t0)
            for j in violations(p.history, step, foot, told[foot], level, heel):
                out.broken[j] += 1
            level = min(4, max(1, level))
            within[slot].append(abs(level - best_today(p, slot, states[foot])) <= 0.5)
            if n >= pop.sessions - 5:
                out.late.append(within[slot][-1])
            if u_skip < pop.skip_share:
                continue
            c = true_comfort(p, slot, level, states[foot], pop)
            rating, feel = rate(p, pop, slot, level, states[foot], c, with_feel, r_rate)
            day.append(c)
            out.steps += 1
            out.bad += c <= 4.0
            if step == "sole_kneading" and p.heel[foot]:
                out.heel_steps += 1
                out.heel_bad += c <= 4.0
            p.history.append(Rating(f"s{n}", when + timedelta(minutes=3 * k), step, foot, level,
                                    rating, feel, told[foot]))
        comfort_by_session.append(statistics.fmean(day) if day else math.nan)
        when += timedelta(days=rng.choice((1, 1, 2, 3)))
    out.within.extend(within.values())
    out.comfort.append(comfort_by_session)


@dataclass(frozen=True)
class Summary:
    until_median: float
    until_p75: float
    within: dict[int, float]
    late: float
    comfort_5: float
    comfort_20: float
    bad: float
    heel_bad: float
    ms_median: float
    ms_mean: float
    broken: list[int]


def summarise(out: Outcome, sessions: int) -> Summary:
    firsts = [next((n + 1 for n, ok in enumerate(w) if ok), sessions + 1) for w in out.within]
    q = statistics.quantiles(firsts, n=4, method="inclusive")

    def share(n: int) -> float:
        return statistics.fmean(w[n - 1] for w in out.within if len(w) >= n)

    def mean_comfort(k: int) -> float:
        return statistics.fmean(x for c in out.comfort for x in c[:k] if not math.isnan(x))

    ms = [s * 1000 for s in out.seconds]
    return Summary(statistics.median(firsts), q[2], {n: share(n) for n in (1, 5, 10)
                                                    if n <= sessions},
                   statistics.fmean(out.late) if out.late else math.nan,
                   mean_comfort(5), mean_comfort(min(20, sessions)), out.bad / out.steps,
                   out.heel_bad / max(1, out.heel_steps), statistics.median(ms),
                   statistics.fmean(ms), out.broken)


def _within(s: Summary, n: int) -> str:
    return f"{s.within[n]:.0%}"


def _broken(s: Summary, j: int) -> str:
    return str(s.broken[j])


def table(columns: dict[str, Summary], sessions: int) -> str:
    names = list(columns)
    rows: list[tuple[str, Callable[[Summary], str]]] = [
        ("Sessions until within ±0.5 of best level, median", lambda s: f"{s.until_median:g}"),
        ("Sessions until within ±0.5, 75th percentile",
         lambda s: f"{s.until_p75:g}" if s.until_p75 <= sessions else f"> {sessions}"),
        *[(f"Within ±0.5 at session {n}", partial(_within, n=n))
          for n in (1, 5, 10) if n <= sessions],
        ("Within ±0.5 over the last five sessions", lambda s: f"{s.late:.0%}"),
        ("Mean true comfort, sessions 1–5", lambda s: f"{s.comfort_5:.2f}"),
        (f"Mean true comfort, sessions 1–{min(20, sessions)}", lambda s: f"{s.comfort_20:.2f}"),
        ("Uncomfortable steps (true comfort ≤ 4)", lambda s: f"{s.bad:.2%}"),
        ("Uncomfortable steps on sensitive heels", lambda s: f"{s.heel_bad:.2%}"),
        ("ms per call (median / mean)", lambda s: f"{s.ms_median:.2f} / {s.ms_mean:.2f}"),
        *[(f"Hard-rule violations: {rule}", partial(_broken, j=j))
          for j, rule in enumerate(RULES)],
    ]
    lines = ["| | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    lines += [f"| {label} | " + " | ".join(fmt(columns[n]) for n in names) + " |"
              for label, fmt in rows]
    return "\n".join(lines)


def compare(pop: Population, seed: int, slider: bool = True) -> dict[str, Summary]:
    runs = {
        "Engine, slider + feel": (engine, True),
        "Engine, slider only": (engine, False),
        "Staircase 1-up-1-down": (staircase, False),
        "Oracle (reference)": (oracle, True),
    }
    if not slider:
        del runs["Engine, slider only"]
    return {name: summarise(run(pop, policy, feel, seed), pop.sessions)
            for name, (policy, feel) in runs.items()}


VARIANTS = {
    "baseline": {},
    "steeper above the best (x1.6)": {"above_ratio": (3.2, 4.8)},
    "steeper both sides (x1.6)": {"curve": 1.6},
    "flatter curves (x0.6)": {"curve": 0.6},
    "symmetric curves (above = below x1..1.3)": {"above_ratio": (1.0, 1.3)},
    "more noise (x2, 8% random, touch check 60%)": {"noise": 2.0, "random_share": 0.08,
                                                    "touch_accuracy": 0.6},
    "half rate high or low": {"high_share": 0.25, "low_share": 0.25},
    "firmer people (base mean 3.2)": {"base_mean": 3.2},
}

# Issue 17: people unlike the model's assumptions, 40 sessions each (--populations).
POPULATIONS = {
    "baseline": {},
    "best level at the cap (about 4)": {"base_mean": 4.0, "base_sd": 0.15},
    "best level at the floor (about 1)": {"base_mean": 1.0, "base_sd": 0.15},
    "slow drift (one level over 10 weeks, up or down)": {"drift": 1.0},
    "sudden jump (one level at day 35, up or down)": {"jump": 1.0},
    "symmetric curves (too light as bad as too firm)": {"above_ratio": (1.0, 1.0),
                                                        "below_cap": 16.0},
    "cliff above the best level": {"cliff": True},
    "rate 9-10 unless it hurts": {"rater": "high9"},
    "never rate above 6": {"rater": "cap6"},
    "wrong direction answers (30 %)": {"wrong_feel": 0.3},
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="40 people (a smoke test)")
    parser.add_argument("--vary", action="store_true",
                        help="also run the robustness variants (about 10 minutes at 200 people)")
    parser.add_argument("--populations", action="store_true",
                        help="issue 17: one table per population, 40 sessions (slow: use "
                             "--people 40)")
    parser.add_argument("--only", action="append", default=[], metavar="WORDS",
                        help="with --populations: only those whose name contains WORDS "
                             "(repeatable), e.g. --only drift --only jump")
    args = parser.parse_args(argv)
    from common import header  # benchmarks/ is on sys.path when run as a script

    header("Simulated recipients: how fast and how gently recommend() finds each pressure")
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # before numpy loads: small matrices, shared cores
    people = 40 if args.quick else args.people
    pop = Population(people=people, sessions=args.sessions)
    t0 = time.perf_counter()
    if args.populations:
        pop = replace(pop, sessions=40 if args.sessions == 20 else args.sessions)
        for name, change in POPULATIONS.items():
            if args.only and not any(words in name for words in args.only):
                continue
            print(f"\n### {name}: {people} people x {pop.sessions} sessions, seed {args.seed}\n")
            print(table(compare(replace(pop, **change), args.seed, slider=False), pop.sessions),
                  flush=True)
        print(f"\n({time.perf_counter() - t0:.0f} s)")
        return 0
    print(f"{people} simulated people x {args.sessions} sessions x 10 steps, seed {args.seed}\n")
    print(table(compare(pop, args.seed), args.sessions))
    if args.vary:
        print("\nRobustness; each cell: engine with feel / engine slider only / staircase /"
              " oracle\n")
        print(variants_table(pop, args.seed))
    print(f"\n({time.perf_counter() - t0:.0f} s)")
    return 0


def variants_table(pop: Population, seed: int) -> str:
    """One row per population; each cell: engine with feel / engine slider only /
    staircase / oracle."""
    cols = {
        "Comfort 1–5": lambda s: f"{s.comfort_5:.2f}",
        f"Comfort 1–{pop.sessions}": lambda s: f"{s.comfort_20:.2f}",
        "Within ±0.5 at 10": lambda s: f"{s.within[10]:.0%}" if 10 in s.within else "–",
        "Uncomfortable steps": lambda s: f"{s.bad:.2%}",
        "Heel uncomfortable": lambda s: f"{s.heel_bad:.1%}",
    }
    lines = ["| Population | " + " | ".join(cols) + " | Rule violations (engine) |",
             "|---|" + "---|" * (len(cols) + 1)]
    for name, change in VARIANTS.items():
        res = list(compare(replace(pop, **change), seed).values())
        cells = [" / ".join(fmt(s) for s in res) for fmt in cols.values()]
        broken = sum(res[0].broken) + sum(res[1].broken)
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {broken} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())

"""Where is this person's best pressure? A small Bayesian model on a grid (numpy only).

Each step on each foot has a best level theta (continuous, on GRID). Comfort is a curve
with a single peak at theta:

    expected rating = peak - scale * pen(level - theta_day)
    pen(d) = a_below * min(d^2, below_cap) below the peak, a_above * d^2 above it

The person's use of the 0..10 slider (peak, scale) and the shape of their curve (SHAPES:
the usual one, a symmetric one where too light is as unpleasant as too firm, a cliff
above the best level) are unknown "nuisance" values, averaged over on a small grid
(PEAKS x SCALES x SHAPES) with weights that the person's own answers update. The shape
they point to sets the person's own overdose bound in choose().
Ratings are read as an ordered probit with a little room for random answers; "too light
/ too firm" as a noisy comparison of level and theta. On a heightened day the best level
sits SHIFT lower; on a reduced day answers are noisier and count less.

The thetas are tied together in a tree (person -> step -> foot), so every rating teaches
something about every step and foot. People change (neuropathy improves or worsens): a
person-level offset, shared by every step and foot and moving by date (drift.py), says
where the best levels stood when each rating was given, and old ratings are read there.
Every rating's weight also halves every HALF_LIFE_DAYS days by date, and within one step
and foot every HALF_LIFE ratings.

This module imports numpy at load time; engine.py imports it on the first call only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import numpy as np

from neurofoot_desktop.core.pressure import drift
from neurofoot_desktop.core.pressure.model import MAX_LEVEL, Feel, Rating
from neurofoot_desktop.core.pressure.rules import UNCOMFORTABLE, clamp_level, utc

Slot = tuple[str, str]

GRID = np.round(np.arange(0.25, 4.75 + 1e-9, 0.05), 2)  # candidate best levels
GRID_STEP = float(GRID[1] - GRID[0])
LEVELS = np.arange(1, 5)
DAYS = ("normal", "heightened", "reduced")  # as the light-touch check reported the day
DAY_INDEX = {day: i for i, day in enumerate(DAYS)}
FEEL_INDEX = {Feel.TOO_LIGHT: 0, Feel.JUST_RIGHT: 1, Feel.TOO_FIRM: 2}

# The true state of a day behind each light-touch report (the check can be wrong: a
# pretend touch "felt" reads as reduced, a tense foot as heightened).
TRUE_GIVEN_REPORT = {
    "normal": {"normal": 0.9, "heightened": 0.05, "reduced": 0.05},
    "heightened": {"normal": 0.2, "heightened": 0.7, "reduced": 0.1},
    "reduced": {"normal": 0.15, "heightened": 0.1, "reduced": 0.75},
}
SHIFT = {"normal": 0.0, "heightened": -0.5, "reduced": 0.0}  # best level that day, vs usual
ABOVE_FACTOR = {"normal": 1.0, "heightened": 1.5, "reduced": 1.0}  # firmness stings more
RATING_SD = {"normal": 1.0, "heightened": 1.0, "reduced": 1.8}  # less feeling: rough answers
FEEL_SD = {"normal": 0.3, "heightened": 0.3, "reduced": 0.6}

# comfort curve shapes (a_below, a_above, below_cap), rating points per level^2
SHAPES = ((1.0, 2.5, 4.0),  # falls faster above the best; too light is dull, not bad
          (1.2, 1.2, 9.0),  # symmetric: too light is as unpleasant as too firm
          (0.8, 6.0, 4.0))  # a cliff above the best level
SHAPE_PRIOR = np.array([0.6, 0.2, 0.2])
A_ABOVE = SHAPES[0][1]
PEAKS = np.array([6.5, 7.5, 8.5, 9.5, 10.5])  # rating given at the best level
PEAK_PRIOR = np.array([0.08, 0.14, 0.24, 0.32, 0.22])
SCALES = np.array([0.5, 1.0, 1.8])  # how strongly ratings follow the curve
SCALE_PRIOR = np.array([0.25, 0.5, 0.25])
RANDOM_ANSWER = 0.05  # share of ratings that carry no information
FEEL_SLACK = 0.5  # |level - theta| below this feels "just right"
FEEL_ERROR = 0.1
WINDOW = 0.5  # "right" means within half a level of the best level
MISS_SLOPE = 1.0  # a miss costs more the farther it is

PERSON_MEAN, PERSON_SD = 2.4, 0.8  # prior for a person's typical best level
STEP_OFFSET = {"closing_strokes": -0.6}  # the guide: feather-light closing strokes
STEP_SD, FOOT_SD = 0.45, 0.25  # spread of steps around the person, feet around the step
HALF_LIFE = 12.0  # ratings of one step and foot: weight halves every this many ratings
HALF_LIFE_DAYS = 42.0  # every rating: weight halves every this many days (drift.py does the rest)
DRIFT = True  # read old ratings through the person-level drift (drift.py)
SLOT_PRIOR_SD = float(np.sqrt(PERSON_SD**2 + STEP_SD**2 + FOOT_SD**2))  # a slot's theta

OVERDOSE = 0.75  # "too firm": this far above today's best level (nearer if steeper)
MAX_OVERDOSE = 0.25  # the highest accepted chance of that (EWOC)
CLIMB_OVERDOSE = 0.45  # ... for one level up from a fine level to a never-bad one
STUCK_OVERDOSE = 0.6  # ... the same, when the step has been middling three sessions
HEEL_STEEP = 1.6  # a sensitive heel: sole kneading's comfort falls this much faster above


def _phi(z: np.ndarray) -> np.ndarray:
    """Standard normal CDF (Abramowitz & Stegun 7.1.26, error < 1.5e-7)."""
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                                                       + t * (-1.453152027 + t * 1.061405429))))
    erf = 1.0 - poly * np.exp(-x * x)
    return 0.5 * (1.0 + np.sign(z) * erf)


def penalty(d: np.ndarray, shape: tuple[float, float, float], above_factor: float = 1.0
            ) -> np.ndarray:
    below, above, cap = shape
    return np.where(d < 0, below * np.minimum(d * d, cap), above * above_factor * d * d)


def _offsets(state: str) -> np.ndarray:
    """level - theta on a day in this true state, shape (4, G)."""
    return LEVELS[:, None] - (GRID[None, :] + SHIFT[state])


def _mix(per_state: dict[str, np.ndarray]) -> np.ndarray:
    """Probabilities under each reported day: the true states mixed, stacked as (3, ...)."""
    return np.stack([sum(w * per_state[t] for t, w in TRUE_GIVEN_REPORT[day].items())
                     for day in DAYS])


def _rating_probs(state: str) -> np.ndarray:
    """P(rating | level, theta, nuisance) on a day in this true state: (11, 4, G, N)."""
    pens = np.stack([penalty(_offsets(state), s, ABOVE_FACTOR[state]) for s in SHAPES])
    # mu: (peak, scale, shape, level, G)
    mu = PEAKS[:, None, None, None, None] - SCALES[None, :, None, None, None] * pens[None, None]
    mu = np.moveaxis(mu.reshape(-1, *pens.shape[1:]), 0, -1)  # (4, G, N)
    r = np.arange(11.0)[:, None, None, None]
    sd = RATING_SD[state]
    hi = np.where(r == 10, 1.0, _phi((r + 0.5 - mu) / sd))
    lo = np.where(r == 0, 0.0, _phi((r - 0.5 - mu) / sd))
    return (1 - RANDOM_ANSWER) * np.clip(hi - lo, 0.0, 1.0) + RANDOM_ANSWER / 11


def _feel_probs(state: str) -> np.ndarray:
    """P(feel | level, theta) on a day in this true state: (3, 4, G)."""
    d, sd = _offsets(state), FEEL_SD[state]
    light = _phi((-d - FEEL_SLACK) / sd)
    firm = _phi((d - FEEL_SLACK) / sd)
    probs = np.stack([light, np.clip(1 - light - firm, 0.0, 1.0), firm])
    return (1 - FEEL_ERROR) * probs + FEEL_ERROR / 3


@cache
def rating_table() -> np.ndarray:
    """log P(rating | reported day, rating, level, theta, nuisance), as (3*11*4, G*N).

    Single precision: it halves the cost of the largest product; sums of a few hundred
    weighted logs (each above log(RANDOM_ANSWER / 11), about -5.4) keep an error near 1e-5."""
    probs = _mix({t: _rating_probs(t) for t in DAYS})
    return np.ascontiguousarray(np.log(probs).reshape(3 * 11 * 4, -1), dtype=np.float32)


@cache
def feel_table() -> np.ndarray:
    """log P(feel | reported day, feel, level, theta), as (3*3*4, G)."""
    return np.log(_mix({t: _feel_probs(t) for t in DAYS})).reshape(3 * 3 * 4, -1)


@cache
def nuisance_prior() -> np.ndarray:
    """Over (peak, scale, shape), shape varying fastest, as in _rating_probs."""
    return np.log(np.einsum("i,j,k->ijk", PEAK_PRIOR, SCALE_PRIOR, SHAPE_PRIOR).ravel())


@cache
def shape_of_nuisance() -> np.ndarray:
    return np.tile(np.arange(len(SHAPES)), len(PEAKS) * len(SCALES))


@cache
def kernel(mean: float, sd: float) -> np.ndarray:
    """K[i, j] = P(child = GRID[j] | parent = GRID[i]): a Gaussian step, rows sum to 1."""
    k = np.exp(-0.5 * ((GRID[None, :] - GRID[:, None] - mean) / sd) ** 2)
    return k / k.sum(axis=1, keepdims=True)


@cache
def person_prior() -> np.ndarray:
    p = np.exp(-0.5 * ((GRID - PERSON_MEAN) / PERSON_SD) ** 2)
    return p / p.sum()


@dataclass
class Answers:
    """Every kept rating, flattened: its slot, weight, age (days) and table cells."""

    slots: list[Slot]
    slot: np.ndarray  # index into slots
    weight: np.ndarray
    age: np.ndarray  # days before the latest rating
    rating: np.ndarray  # row of rating_table()
    feel: np.ndarray  # row of feel_table(), -1 when not answered


def answers(recent: Mapping[Slot, Sequence[Rating]], decay: float,
            now: datetime | None = None) -> Answers:
    """recent holds each slot's ratings newest first; the k-th newest weighs decay**k, times
    a halving every HALF_LIFE_DAYS before `now` (the latest rating's time).
    Out-of-range values are clamped, unknown days read as normal, unknown feels ignored.
    """
    slots = list(recent)
    counts = [len(recent[slot]) for slot in slots]
    flat = [r for slot in slots for r in recent[slot]]
    slot_of = np.repeat(np.arange(len(slots)), counts)
    # k: the rating's rank within its slot, newest 0
    k = np.arange(len(flat)) - np.repeat(np.cumsum(counts) - counts, counts)
    weight = decay ** k.astype(float)
    age = np.zeros(len(flat))
    if now is not None:
        stamps = np.array([utc(r.when).timestamp() for r in flat])
        age = np.maximum(0.0, (utc(now).timestamp() - stamps) / 86400)
        weight *= 0.5 ** (age / HALF_LIFE_DAYS)
    # the table cells in one pass over the ratings (four passes cost a quarter more);
    # clamped in Python: a huge int would overflow a numpy integer
    rating, feel = [], []
    for r in flat:
        day = DAY_INDEX.get(r.sensitivity, 0)
        level = min(MAX_LEVEL, max(1, int(r.pressure))) - 1
        rating.append((day * 11 + max(0, min(10, round(r.comfort)))) * 4 + level)
        f = FEEL_INDEX.get(r.feel, -1) if r.feel is not None else -1  # type: ignore[call-overload]
        feel.append((day * 3 + f) * 4 + level if f >= 0 else -1)
    return Answers(slots, slot_of, weight, age, np.array(rating, dtype=np.intp),
                   np.array(feel, dtype=np.intp))


def counts(a: Answers, group: np.ndarray, n: int, weight: np.ndarray | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """Weighted answer counts per group: ratings (n, 3*11*4) and feels (n, 3*3*4)."""
    weight = a.weight if weight is None else weight
    w_r = np.bincount(group * 132 + a.rating, weight, minlength=n * 132).reshape(n, 132)
    has = a.feel >= 0
    w_f = np.bincount((group * 36 + a.feel)[has], weight[has],
                      minlength=n * 36).reshape(n, 36)
    return w_r, w_f


@cache
def mixed_rating_table() -> np.ndarray:
    """log P(rating | reported day, rating, level, theta), the nuisance averaged out with
    its prior: (3*11*4, G). The drift's alignment reads answers through it."""
    t = rating_table().reshape(132, len(GRID), -1).astype(float) + nuisance_prior()
    top = t.max(axis=2)
    return top + np.log(np.exp(t - top[:, :, None]).sum(axis=2))


def drift_shifts(a: Answers) -> np.ndarray:
    """Per rating, the person-level offset (grid steps) of its day's best level against
    today's (drift.py), estimated from every slot's answers grouped by age."""
    if not len(a.age) or a.age.max() < drift.BIN_EDGES[0]:
        return np.zeros(len(a.age), dtype=np.intp)  # one age group: nothing to align
    # only the groups in use, numbered in age order (np.unique's answer, without its sort)
    age_bin = drift.bins(a.age)
    in_use = np.bincount(age_bin, minlength=len(drift.BIN_EDGES) + 1) > 0
    group = (np.cumsum(in_use) - 1)[age_bin]
    n_bins, n_slots = int(in_use.sum()), len(a.slots)
    # every kept answer counts in full here: the offset, not forgetting, explains change
    w_r, w_f = counts(a, a.slot * n_bins + group, n_slots * n_bins, np.ones(len(a.age)))
    cells = np.flatnonzero(w_r.any(axis=0))
    loglik = w_r[:, cells] @ mixed_rating_table()[cells]
    cells = np.flatnonzero(w_f.any(axis=0))
    loglik += w_f[:, cells] @ feel_table()[cells]
    mean_age = np.bincount(group, a.age, n_bins) / np.bincount(group, None, n_bins)
    centre = np.array([PERSON_MEAN + STEP_OFFSET.get(s, 0.0) for s, _ in a.slots])
    prior = -0.5 * ((GRID[None, :] - centre[:, None]) / SLOT_PRIOR_SD) ** 2
    return drift.shifts(loglik.reshape(n_slots, n_bins, -1), np.ones(n_bins, dtype=bool),
                        mean_age, prior, GRID_STEP)[group]


# OpenBLAS runs a product on several threads above about 2**18 multiply-adds; on a busy
# 2-core machine those threads mostly wait for each other (a product measured 15x slower
# in CPU time), so larger products are cut into column blocks below that size.
SINGLE_THREAD_MADDS = 2**18


def product(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a @ b on one thread: in column blocks small enough that BLAS does not fork."""
    m, k = a.shape
    width = max(1, SINGLE_THREAD_MADDS // max(1, m * k))
    if width >= b.shape[1]:
        return a @ b
    out = np.empty((m, b.shape[1]), dtype=np.result_type(a, b))
    for c in range(0, b.shape[1], width):
        np.matmul(a, b[:, c:c + width], out=out[:, c:c + width])
    return out


def _likelihoods(a: Answers) -> np.ndarray:
    """Per slot: likelihood over (today's theta, nuisance), (S, G, N), each slot scaled by
    a constant to max 1 (the same for every nuisance value, so it cancels everywhere).
    Ratings given when the person's best level was offset (DRIFT) are read at theta plus
    that offset: one product per slot and distinct offset, the log-likelihoods moved along
    theta and summed per slot."""
    n, g = len(nuisance_prior()), len(GRID)
    n_slots = len(a.slots)
    shift = drift_shifts(a) if DRIFT and a.age.any() else np.zeros(len(a.slot), dtype=np.intp)
    values = np.unique(shift)  # np.unique's return_inverse costs an argsort more
    which = np.searchsorted(values, shift)
    w_r, w_f = counts(a, a.slot * len(values) + which, n_slots * len(values))
    rows = np.flatnonzero(w_r.any(axis=1))  # sorted: grouped by slot
    w_r, w_f = w_r[rows], w_f[rows]
    cells = np.flatnonzero(w_r.any(axis=0))  # only the answers someone gave
    log_l = product(w_r[:, cells].astype(np.float32), rating_table()[cells]).reshape(-1, g, n)
    cells = np.flatnonzero(w_f.any(axis=0))
    log_l += (w_f[:, cells] @ feel_table()[cells]).astype(np.float32)[:, :, None]
    if len(rows) != n_slots or len(values) > 1 or (len(values) and values[0] != 0):
        # each slot's rows moved along theta by their offset (edges held) in one gather,
        # then added per slot in row order (as a loop over rows did: the same float32
        # sums), one pass per rank within a slot instead of one per row (np.add.reduceat
        # sums in another order); a slot whose answers all weigh 0 stays flat
        slot_of = rows // len(values)
        moved = np.clip(np.arange(g) + values[rows % len(values)][:, None], 0, g - 1)
        moved = log_l[np.arange(len(rows))[:, None], moved]
        rank = np.arange(len(rows)) - np.maximum.accumulate(
            np.where(np.diff(slot_of, prepend=-1) != 0, np.arange(len(rows)), 0))
        per_slot = np.zeros((n_slots, g, n), dtype=np.float32)
        for r in range(int(rank.max(initial=-1)) + 1):
            at = np.flatnonzero(rank == r)  # at most one row per slot
            per_slot[slot_of[at]] += moved[at]
        log_l = per_slot
    # to double precision in the subtraction itself (the max of the float32 values is the
    # same number): one pass less over (S, G, N)
    out = np.subtract(log_l, log_l.max(axis=(1, 2), keepdims=True), dtype=float)
    return np.exp(out, out=out)


def _scaled(m: np.ndarray, log_scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rescale each nuisance column to max 1, keeping the log scale for the evidence."""
    top = np.maximum(m.max(axis=0), 1e-300)
    return m / top, log_scale + np.log(top)


@dataclass
class Fit:
    """What every recommendation of one call shares: the per-slot likelihoods, the
    messages up the tree (foot -> step -> person) and the nuisance weights."""

    lik: dict[Slot, np.ndarray]
    recent: Mapping[Slot, Sequence[Rating]]
    feet_up: dict[Slot, np.ndarray]  # each foot's message to its step, (G, N)
    up: dict[str, np.ndarray]  # each step's message to the person, (G, N), columns max 1
    weight: np.ndarray  # P(nuisance | every answer), (N,)


def fit(recent: Mapping[Slot, Sequence[Rating]], now: datetime | None) -> Fit:
    """now: the latest rating's time (UTC), from which every rating's age is counted."""
    a = answers(recent, 0.5 ** (1 / HALF_LIFE), now)
    slots = a.slots
    n = len(nuisance_prior())
    g = len(GRID)
    liks = _likelihoods(a)
    # all foot -> step messages in one product: K (G, G) @ [lik_1 | lik_2 | ...] (G, S*N)
    stacked = liks.transpose(1, 0, 2).reshape(g, -1)
    ups = product(kernel(0.0, FOOT_SD), stacked).reshape(g, len(slots), n)
    lik = {slot: liks[i] for i, slot in enumerate(slots)}
    feet_up = {slot: ups[:, i] for i, slot in enumerate(slots)}
    ones, zero = np.ones((g, n)), np.zeros(n)
    up: dict[str, np.ndarray] = {}
    total, scale = person_prior()[:, None] * ones, zero
    for s in dict.fromkeys(s for s, _ in slots):
        prod, s_scale = ones, zero
        for (s2, _), msg in feet_up.items():
            if s2 == s:
                prod, s_scale = _scaled(prod * msg, s_scale)
        up[s], s_scale = _scaled(product(kernel(STEP_OFFSET.get(s, 0.0), STEP_SD), prod),
                                 s_scale)
        # how well each nuisance value (the person's use of the slider) explains everything
        total, scale = _scaled(total * up[s], scale + s_scale)
    log_w = nuisance_prior() + np.log(np.maximum(total.sum(axis=0), 1e-300)) + scale
    w = np.exp(log_w - log_w.max())
    return Fit(lik, recent, feet_up, up, w / w.sum())


def posterior(f: Fit, step: str, foot: str) -> np.ndarray:
    """P(theta of (step, foot) on a normal day, nuisance | every answer): (G, N)."""
    n = len(nuisance_prior())
    ones = np.ones((len(GRID), n))
    zero = np.zeros(n)
    # the person level without the target step, then down to the target step and foot
    person = person_prior()[:, None] * ones
    for s, msg in f.up.items():
        if s != step:
            person = _scaled(person * msg, zero)[0]
    down = kernel(STEP_OFFSET.get(step, 0.0), STEP_SD).T @ person
    for (s2, f2), msg in f.feet_up.items():
        if s2 == step and f2 != foot:
            down = _scaled(down * msg, zero)[0]
    theta = (kernel(0.0, FOOT_SD).T @ down) * f.lik.get((step, foot), ones)
    theta /= np.maximum(theta.sum(axis=0, keepdims=True), 1e-300)
    return theta * f.weight


def miss_loss(d: np.ndarray, steep: float, below: float) -> np.ndarray:
    """1 for missing the window, plus the distance beyond it (weighted by how fast comfort
    falls on that side, relative to the usual curve below the best)."""
    beyond = np.abs(d) - WINDOW
    return np.where(beyond > 0, 1.0 + MISS_SLOPE * beyond * np.where(d > 0, steep, below), 0.0)


@cache
def day_costs(today: str, shape: int, heel: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per level and theta, for one curve shape: expected miss_loss and chance of overdose,
    today's true state being a mixture behind the light-touch report. Two (4, G) arrays."""
    a_below, a_above, _ = SHAPES[shape]
    loss = np.zeros((len(LEVELS), len(GRID)))
    risk = np.zeros_like(loss)
    for state, w in TRUE_GIVEN_REPORT[today].items():
        d = LEVELS[:, None] - (GRID[None, :] + SHIFT[state])
        steep = ABOVE_FACTOR[state] * a_above / A_ABOVE * (HEEL_STEEP if heel else 1.0)
        loss += w * miss_loss(d, steep, a_below / SHAPES[0][0])
        risk += w * (d >= OVERDOSE / np.sqrt(steep))
    return loss, risk


def clean_climb(own: Sequence[Rating], level: int) -> bool:
    """The last rating was fine (comfort above UNCOMFORTABLE, not too firm) and the next
    level up has never drawn a low rating or "too firm" in what we keep of this slot."""
    if not own or level >= MAX_LEVEL:
        return False
    last = own[0]
    if last.comfort <= UNCOMFORTABLE or last.feel == Feel.TOO_FIRM:
        return False
    return not any(clamp_level(r.pressure) >= level + 1
                   and (r.comfort <= UNCOMFORTABLE or r.feel == Feel.TOO_FIRM) for r in own)


def choose(f: Fit, step: str, foot: str, allowed: Sequence[int], today: str, *,
           heel: bool = False, last: Rating | None = None, stuck: bool = False) -> int:
    """The allowed level with the least expected miss_loss: the most likely to be within
    WINDOW of today's best level, else the nearest. Only levels whose chance of overdose
    stays under MAX_OVERDOSE qualify (EWOC, Babb et al. 1998); overdose is at least
    OVERDOSE above today's best level (less on a steeper curve: the person's own shape,
    and a sensitive heel). One level up from a fine level to one that never went badly
    may take more risk (CLIMB_OVERDOSE), except on a sensitive heel. If no allowed level
    qualifies, the lowest allowed level is used. Ties go to the lighter level.
    """
    joint = posterior(f, step, foot)
    shapes = shape_of_nuisance()
    expected = np.zeros(len(LEVELS))
    risk = np.zeros(len(LEVELS))
    for k in range(len(SHAPES)):
        post = joint[:, shapes == k].sum(axis=1)
        loss_k, risk_k = day_costs(today, k, heel)
        expected += loss_k @ post
        risk += risk_k @ post
    used = clamp_level(last.pressure) if last is not None else None
    own = f.recent.get((step, foot), ())
    climb = used is not None and not heel and clean_climb(own, used)
    loose = STUCK_OVERDOSE if stuck else CLIMB_OVERDOSE

    def bound(x: int) -> float:
        return loose if climb and x == (used or 0) + 1 else MAX_OVERDOSE

    levels = [x for x in sorted(allowed) if float(risk[x - 1]) <= bound(x)]
    if not levels:
        return min(allowed)
    return min(levels, key=lambda x: (float(expected[x - 1]), x))

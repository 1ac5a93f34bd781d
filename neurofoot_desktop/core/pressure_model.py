"""Where is this person's best pressure? A small Bayesian model on a grid (numpy only).

Each step on each foot has a best level theta (continuous, on GRID). Comfort is a curve
with a single peak at theta that falls faster above it than below it:

    expected rating = peak - scale * pen(level - theta_day)
    pen(d) = A_BELOW * min(d^2, BELOW_CAP) below the peak, A_ABOVE * d^2 above it

peak and scale are the person's own way of using the 0..10 slider (some rate everything
high, some low, some squeeze the scale): unknown "nuisance" values, averaged over on a
small grid (PEAKS x SCALES) with weights that the person's own answers update.
Ratings are read as an ordered probit with a little room for random answers; "too light
/ too firm" as a noisy comparison of level and theta. On a heightened day the best level
sits SHIFT lower; on a reduced day answers are noisier and count less.

The thetas are tied together in a tree (person -> step -> foot), so every rating teaches
something about every step and foot: the same step on the other foot most, other steps
less. Exact belief propagation over the tree costs a few 91x91 matrix products.

This module imports numpy at load time; pressure.py imports it on the first call only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from neurofoot_desktop.core.pressure import Rating

Slot = tuple[str, str]

GRID = np.round(np.arange(0.25, 4.75 + 1e-9, 0.05), 2)  # candidate best levels
LEVELS = np.arange(1, 5)
DAYS = ("normal", "heightened", "reduced")  # as the light-touch check reported the day
DAY_INDEX = {day: i for i, day in enumerate(DAYS)}
FEEL_INDEX = {"too_light": 0, "just_right": 1, "too_firm": 2}

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

A_BELOW, A_ABOVE, BELOW_CAP = 1.0, 2.5, 4.0  # the comfort curve (rating points per level^2)
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


def _phi(z: np.ndarray) -> np.ndarray:
    """Standard normal CDF (Abramowitz & Stegun 7.1.26, error < 1.5e-7)."""
    x = np.abs(z) / np.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                                                       + t * (-1.453152027 + t * 1.061405429))))
    erf = 1.0 - poly * np.exp(-x * x)
    return 0.5 * (1.0 + np.sign(z) * erf)


def penalty(d: np.ndarray, above: float = A_ABOVE) -> np.ndarray:
    return np.where(d < 0, A_BELOW * np.minimum(d * d, BELOW_CAP), above * d * d)


def _offsets(state: str) -> np.ndarray:
    """level - theta on a day in this true state, shape (4, G)."""
    return LEVELS[:, None] - (GRID[None, :] + SHIFT[state])


def _mix(per_state: dict[str, np.ndarray]) -> np.ndarray:
    """Probabilities under each reported day: the true states mixed, stacked as (3, ...)."""
    return np.stack([sum(w * per_state[t] for t, w in TRUE_GIVEN_REPORT[day].items())
                     for day in DAYS])


def _rating_probs(state: str) -> np.ndarray:
    """P(rating | level, theta, nuisance) on a day in this true state: (11, 4, G, N)."""
    pen = penalty(_offsets(state), A_ABOVE * ABOVE_FACTOR[state])
    mu = (PEAKS[:, None, None, None] - SCALES[None, :, None, None] * pen).reshape(-1, *pen.shape)
    mu = np.moveaxis(mu, 0, -1)  # (4, G, N)
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
    """log P(rating | reported day, rating, level, theta, nuisance), as (3*11*4, G*N)."""
    probs = _mix({t: _rating_probs(t) for t in DAYS})
    return np.ascontiguousarray(np.log(probs).reshape(3 * 11 * 4, -1))


@cache
def feel_table() -> np.ndarray:
    """log P(feel | reported day, feel, level, theta), as (3*3*4, G)."""
    return np.log(_mix({t: _feel_probs(t) for t in DAYS})).reshape(3 * 3 * 4, -1)


@cache
def nuisance_prior() -> np.ndarray:
    return np.log(np.outer(PEAK_PRIOR, SCALE_PRIOR).ravel())


@cache
def kernel(mean: float, sd: float) -> np.ndarray:
    """K[i, j] = P(child = GRID[j] | parent = GRID[i]): a Gaussian step, rows sum to 1."""
    k = np.exp(-0.5 * ((GRID[None, :] - GRID[:, None] - mean) / sd) ** 2)
    return k / k.sum(axis=1, keepdims=True)


@cache
def person_prior() -> np.ndarray:
    p = np.exp(-0.5 * ((GRID - PERSON_MEAN) / PERSON_SD) ** 2)
    return p / p.sum()


def evidence(
    recent: Mapping[Slot, Sequence[Rating]], decay: float
) -> tuple[list[Slot], np.ndarray, np.ndarray]:
    """Weighted answer counts per slot: ratings (S, 3*11*4) and feels (S, 3*3*4).

    recent holds each slot's ratings newest first; the k-th newest weighs decay**k.
    Out-of-range values are clamped, unknown days read as normal, unknown feels ignored.
    """
    slots = list(recent)
    r_cells: list[int] = []
    r_weights: list[float] = []
    f_cells: list[int] = []
    f_weights: list[float] = []
    for i, slot in enumerate(slots):
        weight = 1.0
        for r in recent[slot]:
            day = DAY_INDEX.get(r.sensitivity, 0)
            level = max(1, min(4, int(r.pressure))) - 1
            r_cells.append(((i * 3 + day) * 11 + max(0, min(10, int(r.comfort)))) * 4 + level)
            r_weights.append(weight)
            feel = FEEL_INDEX.get(r.feel) if r.feel is not None else None
            if feel is not None:
                f_cells.append(((i * 3 + day) * 3 + feel) * 4 + level)
                f_weights.append(weight)
            weight *= decay
    n = len(slots)
    w_r = np.bincount(r_cells, r_weights, minlength=n * 132).reshape(n, 132)
    w_f = np.bincount(f_cells, f_weights, minlength=n * 36).reshape(n, 36)
    return slots, w_r, w_f


def _likelihoods(
    slots: list[Slot], w_r: np.ndarray, w_f: np.ndarray
) -> dict[Slot, np.ndarray]:
    """Per slot: likelihood over (theta, nuisance), scaled by a constant to max 1 (the
    constant is the same for every nuisance value, so it cancels everywhere)."""
    table, feel = rating_table(), feel_table()
    n = len(nuisance_prior())
    out = {}
    for i, slot in enumerate(slots):
        # only the cells this slot used, and no BLAS: a threaded product of this size
        # is much slower than this on a busy machine
        cells = np.flatnonzero(w_r[i])
        log_l = (w_r[i, cells, None] * table[cells]).sum(axis=0).reshape(len(GRID), n)
        cells = np.flatnonzero(w_f[i])
        log_l += (w_f[i, cells, None] * feel[cells]).sum(axis=0)[:, None]
        out[slot] = np.exp(log_l - log_l.max())
    return out


def _scaled(m: np.ndarray, log_scale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rescale each nuisance column to max 1, keeping the log scale for the evidence."""
    top = np.maximum(m.max(axis=0), 1e-300)
    return m / top, log_scale + np.log(top)


def posterior(
    slots: list[Slot], w_r: np.ndarray, w_f: np.ndarray, step: str, foot: str
) -> np.ndarray:
    """P(theta of (step, foot) on a normal day, nuisance | every answer): (G, N)."""
    lik = _likelihoods(slots, w_r, w_f)
    n = len(nuisance_prior())
    ones = np.ones((len(GRID), n))
    zero = np.zeros(n)
    k_foot = kernel(0.0, FOOT_SD)
    feet_up = {slot: k_foot @ like for slot, like in lik.items()}  # foot -> step messages
    steps = sorted({s for s, _ in lik} | {step})
    up: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # step -> person message, log scale
    for s in steps:
        prod, scale = ones, zero
        for (s2, _), msg in feet_up.items():
            if s2 == s:
                prod, scale = _scaled(prod * msg, scale)
        up[s] = _scaled(kernel(STEP_OFFSET.get(s, 0.0), STEP_SD) @ prod, scale)
    # how well each nuisance value (the person's use of the slider) explains everything
    total, scale = person_prior()[:, None] * ones, zero
    for msg, msg_scale in up.values():
        total, scale = _scaled(total * msg, scale + msg_scale)
    log_w = nuisance_prior() + np.log(np.maximum(total.sum(axis=0), 1e-300)) + scale
    # the person level without the target step, then down to the target step and foot
    person = person_prior()[:, None] * ones
    for s, (msg, _) in up.items():
        if s != step:
            person = _scaled(person * msg, zero)[0]
    down = kernel(STEP_OFFSET.get(step, 0.0), STEP_SD).T @ person
    for (s2, f2), msg in feet_up.items():
        if s2 == step and f2 != foot:
            down = _scaled(down * msg, zero)[0]
    theta = (k_foot.T @ down) * lik.get((step, foot), ones)
    theta /= np.maximum(theta.sum(axis=0, keepdims=True), 1e-300)
    w = np.exp(log_w - log_w.max())
    return theta * (w / w.sum())


def miss_loss(d: np.ndarray, steep: float) -> np.ndarray:
    """1 for missing the window, plus the distance beyond it (more if too firm)."""
    beyond = np.abs(d) - WINDOW
    return np.where(beyond > 0, 1.0 + MISS_SLOPE * beyond * np.where(d > 0, steep, 1.0), 0.0)


@cache
def day_costs(today: str, above: float, overdose: float) -> tuple[np.ndarray, np.ndarray]:
    """Per level and theta: expected miss_loss and chance of overdose, today's true state
    being a mixture behind the light-touch report. Two (4, G) arrays."""
    loss = np.zeros((len(LEVELS), len(GRID)))
    risk = np.zeros_like(loss)
    for state, w in TRUE_GIVEN_REPORT[today].items():
        d = LEVELS[:, None] - (GRID[None, :] + SHIFT[state])
        steep = ABOVE_FACTOR[state] * above / A_ABOVE
        loss += w * miss_loss(d, steep)
        risk += w * (d >= overdose / np.sqrt(steep))
    return loss, risk


def choose(joint: np.ndarray, allowed: Sequence[int], today: str, above: float,
           overdose: float, max_overdose: float) -> int:
    """The allowed level with the least expected miss_loss: the most likely to be within
    WINDOW of today's best level, else the nearest. Only levels whose chance of overdose
    stays under max_overdose qualify (EWOC, Babb et al. 1998); overdose is at least
    `overdose` above today's best level (less on a steeper curve). If no allowed level
    qualifies, the lowest allowed level is used. Ties go to the lighter level.
    """
    post = joint.sum(axis=1)
    loss, risk = day_costs(today, above, overdose)
    levels = [x for x in sorted(allowed) if float(risk[x - 1] @ post) <= max_overdose]
    if not levels:
        return min(allowed)
    expected = loss @ post
    return min(levels, key=lambda x: (expected[x - 1], x))

"""A person-level drift: how far the person's best levels have moved since each rating.

Neuropathy improves or worsens, and a change of treatment can move the best level within
days. One offset per person, shared by every step and foot, moves with the days between a
rating and today (a random walk by date, with a small chance of a jump). Old ratings are
read against today's best level plus that offset, so a step rated long ago follows what the
person's other steps show now, and stable evidence is kept instead of forgotten.

The offset is estimated once per call, newest evidence first: ratings are grouped by age
(BIN_EDGES), and each older group is aligned with everything newer by the shift that best
explains both (its posterior mean under the random-walk prior). The alignment reads the
answers through a rating table averaged over the person's use of the slider (the prior's
mix), a cheap stand-in for the full model that only has to find a common shift.
numpy only; imported by belief.
"""

from __future__ import annotations

import numpy as np

# ages (days) that separate the groups aligned one after another: fine near today, where
# a change shows first, coarse further back
BIN_EDGES = np.array([6.0, 10.0, 15.0, 22.0, 31.0, 43.0, 60.0, 85.0, 120.0, 180.0,
                      270.0, 400.0])
WALK_SD = 0.04  # levels per sqrt(day): about a third of a level over ten weeks
JUMP = 0.01  # chance that a gap between two groups holds a sudden change
JUMP_RANGE = 1.5  # ... of up to this many levels, either way
MAX_SHIFT = 30  # grid steps (0.05 level each) one group may move against the next newer
SHIFT_STEP = 2  # shifts tried: every 0.1 level


# the shifts tried (grid steps) and the walk's constant: per call they would be rebuilt
SHIFTS = np.arange(-MAX_SHIFT, MAX_SHIFT + 1, SHIFT_STEP)
_SQRT_2PI = np.sqrt(2 * np.pi)


def bins(age: np.ndarray) -> np.ndarray:
    """The age group of each rating (0: the latest days)."""
    return np.searchsorted(BIN_EDGES, age, side="right")


def shifts(loglik: np.ndarray, present: np.ndarray, mean_age: np.ndarray,
           prior: np.ndarray, step: float) -> np.ndarray:
    """Per age group, the offset (grid steps) of the best level then against today.

    loglik: (S, B, G) log-likelihood of each slot's answers in each age group over theta
    (at that time); present: (B,) whether a group holds any answer; mean_age: (B,) days;
    prior: (S, G) log prior of each slot's theta; step: the grid's step in levels.
    A group's evidence about today's theta g is its loglik at g + shift (edges held).
    """
    n_slots, n_bins, g = loglik.shape
    out = np.zeros(n_bins, dtype=np.intp)
    acc = prior.copy()  # log belief about today's thetas from the newer groups
    k = SHIFTS
    jump = JUMP * (np.abs(k) * step <= JUMP_RANGE) / (2 * JUMP_RANGE / step)
    # edges held by padding: a base beyond g + MAX_SHIFT reads only edge values, so it is
    # clamped there; the shifted evidence is then a slice or a strided window (the same
    # values a clipped index gathered, copied contiguous so sums run in the same order)
    reach = g + MAX_SHIFT
    pad = reach + MAX_SHIFT
    loglik = loglik[:, :, np.clip(np.arange(-pad, g + pad), 0, g - 1)]
    # each group's likelihood scaled per slot to max 1; a slot without answers is flat
    lik = np.exp(loglik - loglik.max(axis=2, keepdims=True))
    s0, _, s2 = lik.strides
    base, last_age, started = 0, 0.0, False
    for b in np.flatnonzero(present):
        if started:
            sd = WALK_SD * np.sqrt(max(mean_age[b] - last_age, 0.5)) / step
            walk = (1 - JUMP) * np.exp(-0.5 * (k / sd) ** 2) / (sd * _SQRT_2PI)
            belief = np.exp(acc - acc.max(axis=1, keepdims=True))
            first = pad + min(max(base, -reach), reach) - MAX_SHIFT
            moved = np.lib.stride_tricks.as_strided(
                lik[:, b, first:], (n_slots, len(k), g), (s0, SHIFT_STEP * s2, s2))
            # P(this group | shift k) per slot: today's belief against the moved evidence
            fit = np.einsum("sg,skg->sk", belief, np.ascontiguousarray(moved))
            score = np.log(np.maximum(fit, 1e-300)).sum(axis=0) + np.log(walk + jump)
            post = np.exp(score - score.max())
            base += SHIFT_STEP * round(float(post @ k / post.sum()) / SHIFT_STEP)
        started = True
        out[b:] = base
        first = pad + min(max(base, -reach), reach)
        acc += loglik[:, b, first:first + g]
        last_age = mean_age[b]
    return out

"""Recommendations for a whole routine at once, from the rating history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from neurofoot_desktop.core.pressure import Rating, Recommendation, recommend_many
from neurofoot_desktop.core.protocol import FEET, Protocol


def recommend_all(
    protocol: Protocol, history: Sequence[Rating], sensitivity: Mapping[str, str], *,
    heel_sensitive: bool = False,
) -> dict[tuple[str, str], Recommendation]:
    """(step_id, foot) -> recommendation, in routine order, for every step and foot."""
    return recommend_many(history, [(step.id, foot) for step in protocol.steps for foot in FEET],
                          sensitivity, heel_sensitive=heel_sensitive)

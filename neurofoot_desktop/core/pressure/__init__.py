"""The pressure scale and recommend(): a pure function of the rating history.

    model      Rating, Recommendation, the ids (Feel, Reason) and the scale
    rules      the hard safety rules: the highest level allowed now (pure Python)
    reasons    which message says why, and its English wording
    belief     the Bayesian model and the decision (numpy, imported on the first call)
    engine     recommend(), recommend_many(), ask_direction_first()

Importing the package loads no numpy (tests/test_lazy_imports.py).
"""

from neurofoot_desktop.core.pressure.engine import (
    ask_direction_first,
    recommend,
    recommend_many,
)
from neurofoot_desktop.core.pressure.model import (
    FEELS,
    FIRST_LEVEL,
    MAX_LEVEL,
    MIN_LEVEL,
    SENSITIVITIES,
    Feel,
    Rating,
    Reason,
    Recommendation,
)

__all__ = [
    "FEELS",
    "FIRST_LEVEL",
    "MAX_LEVEL",
    "MIN_LEVEL",
    "SENSITIVITIES",
    "Feel",
    "Rating",
    "Reason",
    "Recommendation",
    "ask_direction_first",
    "recommend",
    "recommend_many",
]

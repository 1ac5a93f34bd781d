"""The routine's fixed names: its steps, the feet, the two orders and its languages.

Kept apart from core.protocol, which reads and checks the whole routine, so that the
settings can be read and checked at start-up without loading the routine itself.
"""

from __future__ import annotations

STEP_IDS = ("effleurage", "sole_kneading", "toe_rolling", "ankle_rotation", "closing_strokes")
FEET = ("left", "right")
FOOT_BY_FOOT = "foot_by_foot"  # every step on one foot, then on the other
ALTERNATING = "alternating"  # each step on both feet before the next step
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "es")  # English is the source; every other one has an overlay file

"""What the foot diagram shows right now: the plain foot, a step, or a light-touch site.

Qt-free, so the widget, the still painter and the words all read the same state without
importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass

from neurofoot_desktop.core.protocol import Step


@dataclass(frozen=True)
class Mode:
    kind: str  # "foot" (plain overview), "step" or "touch"
    foot: str
    view: str
    step: Step | None = None
    pressure: int = 2
    heel_sensitive: bool = False
    site: str | None = None
    pretend: bool = False

    @property
    def animated(self) -> bool:
        return self.kind == "step"

    def static_key(self) -> tuple[object, ...]:
        """What the still picture depends on (not the pressure: that only shows in motion)."""
        anim = self.step.animation if self.step else None
        return (self.kind, self.foot, self.view, self.step.id if self.step else None, anim,
                self.heel_sensitive and self.heel_aware, self.site, self.pretend)

    @property
    def heel_aware(self) -> bool:
        """The step has heel advice (sole kneading): the heel is shown as skipped or optional."""
        return bool(self.step and (self.step.heel_skipped or self.step.heel_included))


"""The diagram's own words: its description for screen readers, the step's cue under the
heading and the labels on the foot.

They keep the "FootDiagram" translation context they had as the widget's self.tr(); the foot
and view words are the shared ones in ui/i18n.py. lupdate reads only
QCoreApplication.translate spelled out, hence no alias.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from neurofoot_desktop.ui.diagram.mode import Mode
from neurofoot_desktop.ui.i18n import foot_words, view_words


def describe(m: Mode) -> str:
    """One sentence saying what the picture shows (the accessible description)."""
    foot, view = foot_words(m.foot, "title"), view_words(m.view)
    if m.kind == "foot":
        return QCoreApplication.translate("FootDiagram", "{foot}, {view}.").format(
            foot=foot, view=view)
    if m.kind == "touch":
        if m.site is None:
            return QCoreApplication.translate(
                "FootDiagram", "{foot}, {view}: nothing to touch right now.").format(
                foot=foot, view=view)
        site = site_words(m.site)
        if m.pretend:
            return QCoreApplication.translate(
                "FootDiagram",
                "{foot}, {view}: a pretend touch at {site}: hold the finger just above the "
                "skin and do not touch it."
            ).format(foot=foot, view=view, site=site)
        return QCoreApplication.translate(
            "FootDiagram", "{foot}, {view}: touch {site} very lightly, once.").format(
            foot=foot, view=view, site=site)
    step = m.step
    assert step is not None
    anim = step.animation
    pressure = pressure_words(m.pressure)
    regions = _join([region_words(r) for r in anim.regions])
    if anim.motion == "stroke" and anim.direction == "ankle_to_toes":
        action = QCoreApplication.translate(
            "FootDiagram",
            "long, slow strokes with flat hands from the ankle to the toes, over {regions}, "
            "at {pressure} pressure"
        ).format(regions=regions, pressure=pressure)
    elif anim.motion == "stroke":
        action = QCoreApplication.translate(
            "FootDiagram",
            "long, slow strokes from the toes over the ankle up towards the calf, "
            "at {pressure} pressure"
        ).format(pressure=pressure)
    elif anim.motion == "circles":
        action = QCoreApplication.translate(
            "FootDiagram", "small circles with the thumbs over {regions}, at {pressure} pressure"
        ).format(regions=regions, pressure=pressure)
        if m.heel_sensitive and m.heel_aware:
            action += QCoreApplication.translate("FootDiagram", "; the heel is skipped today")
        elif m.heel_aware:
            action += QCoreApplication.translate(
                "FootDiagram", "; the heel may have a few circles too")
    elif anim.motion == "toe_roll":
        action = QCoreApplication.translate(
            "FootDiagram",
            "each toe in turn, from the big toe to the little toe, rolled between thumb "
            "and forefinger and eased gently forward and back, at {pressure} pressure"
        ).format(pressure=pressure)
    else:
        action = QCoreApplication.translate(
            "FootDiagram",
            "the foot turns slowly about the ankle, clockwise first and then "
            "counter-clockwise, inside a comfortable range and never forced"
        )
    return QCoreApplication.translate("FootDiagram", "{foot}, {view}: {action}.").format(
        foot=foot, view=view, action=action)


def cue_words(m: Mode, variant: object, toe: int, toes: int) -> str:
    """The step's cue under the heading ("ankle to toes", "toe 2 of 5", "clockwise")."""
    if m.step is None:
        return ""
    anim = m.step.animation
    if anim.motion == "stroke":
        if anim.direction == "ankle_to_toes":
            return QCoreApplication.translate("FootDiagram", "ankle to toes")
        return QCoreApplication.translate("FootDiagram", "toes to calf")
    if anim.motion == "circles":
        return QCoreApplication.translate("FootDiagram", "small thumb circles")
    if anim.motion == "toe_roll":
        return QCoreApplication.translate("FootDiagram", "toe {n} of {total}").format(
            n=toe + 1, total=toes)
    if anim.motion == "rotation":
        if variant == "cw":
            return QCoreApplication.translate("FootDiagram", "clockwise")
        return QCoreApplication.translate("FootDiagram", "counter-clockwise")
    return ""


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("FootDiagram", "{items} and {last}").format(
        items=", ".join(parts[:-1]), last=parts[-1])


def region_words(region: str) -> str:
    return {
        "top": QCoreApplication.translate("FootDiagram", "the top"),
        "sides": QCoreApplication.translate("FootDiagram", "the sides"),
        "sole": QCoreApplication.translate("FootDiagram", "the sole"),
        "arch": QCoreApplication.translate("FootDiagram", "the arch"),
        "ball": QCoreApplication.translate("FootDiagram", "the ball of the foot"),
        "heel": QCoreApplication.translate("FootDiagram", "the heel"),
        "ankle": QCoreApplication.translate("FootDiagram", "the ankle"),
        "calf": QCoreApplication.translate("FootDiagram", "the calf"),
        "toes": QCoreApplication.translate("FootDiagram", "the toes"),
    }.get(region, region.replace("_", " "))


def site_words(site: str) -> str:
    """A light-touch site (resources/diagram geometry) inside a sentence."""
    return {
        "big_toe": QCoreApplication.translate("FootDiagram", "the tip of the big toe"),
        "ball": QCoreApplication.translate("FootDiagram", "the ball of the foot"),
        "top": QCoreApplication.translate("FootDiagram", "the top of the foot"),
        "little_toe": QCoreApplication.translate("FootDiagram", "the little toe"),
        "arch": QCoreApplication.translate("FootDiagram", "the middle of the arch"),
    }.get(site, site.replace("_", " "))


def pressure_words(level: int) -> str:
    light = QCoreApplication.translate("FootDiagram", "light")
    return {
        1: QCoreApplication.translate("FootDiagram", "feather-light"), 2: light,
        3: QCoreApplication.translate("FootDiagram", "gentle"),
        4: QCoreApplication.translate("FootDiagram", "firm but gentle"),
    }.get(level, light)


def label_words(label: str) -> str:
    """A label drawn on the foot."""
    return {
        "ankle": QCoreApplication.translate("FootDiagram", "ankle"),
        "toes": QCoreApplication.translate("FootDiagram", "toes"),
        "ball": QCoreApplication.translate("FootDiagram", "ball"),
        "arch": QCoreApplication.translate("FootDiagram", "arch"),
        "heel": QCoreApplication.translate("FootDiagram", "heel"),
        "calf": QCoreApplication.translate("FootDiagram", "calf"),
        "top": QCoreApplication.translate("FootDiagram", "top"),
    }.get(label, label.replace("_", " "))

"""The foot diagram's shapes and paths as data: loads resources/foot_geometry.toml.

Everything is in normalised coordinates of one view box: y runs 0..1 from top to bottom and x
runs 0..aspect, so a circle stays a circle. Only the right foot is drawn; the left foot is its
mirror image (x -> aspect - x). This module is pure Python (no Qt) so the motion maths and the
file itself can be tested without a screen; foot_artwork turns it into QPainterPaths.
"""

from __future__ import annotations

import itertools
import math
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

Point = tuple[float, float]
Knot = tuple[float, float, float]  # x, y, smoothness (1 = smooth, 0 = a sharp corner)
Bezier = tuple[Point, Point, Point]  # control 1, control 2, end point


class GeometryError(ValueError):
    """foot_geometry.toml is malformed; the message names the field."""


@dataclass(frozen=True)
class Spline:
    """A Catmull-Rom spline through knots, kept as cubic Bezier segments."""

    start: Point
    segments: tuple[Bezier, ...]
    closed: bool

    @classmethod
    def through(cls, knots: list[Knot], closed: bool) -> Spline:
        n = len(knots)
        pts = [(k[0], k[1]) for k in knots]
        segs: list[Bezier] = []
        for i in range(n if closed else n - 1):
            p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
            p1, p2 = pts[i], pts[(i + 1) % n]
            p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
            s1, s2 = knots[i][2], knots[(i + 1) % n][2]
            # Uniform Catmull-Rom: tangent at a knot = (next - previous) / 2, scaled per knot
            # so a knot can be a corner (the web between toes, where a leg meets the foot).
            c1 = (p1[0] + s1 * (p2[0] - p0[0]) / 6, p1[1] + s1 * (p2[1] - p0[1]) / 6)
            c2 = (p2[0] - s2 * (p3[0] - p1[0]) / 6, p2[1] - s2 * (p3[1] - p1[1]) / 6)
            segs.append((c1, c2, p2))
        return cls(pts[0], tuple(segs), closed)

    def sample(self, per_segment: int = 24) -> list[Point]:
        out = [self.start]
        prev = self.start
        for c1, c2, end in self.segments:
            for j in range(1, per_segment + 1):
                t = j / per_segment
                u = 1 - t
                out.append((
                    u * u * u * prev[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0]
                    + t * t * t * end[0],
                    u * u * u * prev[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1]
                    + t * t * t * end[1],
                ))
            prev = end
        return out


@dataclass(frozen=True)
class Polyline:
    """A densely sampled path, walked by arc length so a marker glides at an even speed."""

    points: tuple[Point, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, points: list[Point]) -> Polyline:
        cum = [0.0]
        for a, b in itertools.pairwise(points):
            cum.append(cum[-1] + math.dist(a, b))
        return cls(tuple(points), tuple(cum))

    @property
    def length(self) -> float:
        return self.cumulative[-1]

    def at(self, fraction: float) -> Point:
        """The point a given fraction (0..1) of the way along."""
        target = min(1.0, max(0.0, fraction)) * self.length
        i = min(len(self.points) - 2, max(0, bisect_right(self.cumulative, target) - 1))
        seg = self.cumulative[i + 1] - self.cumulative[i]
        t = 0.0 if seg <= 0 else (target - self.cumulative[i]) / seg
        a, b = self.points[i], self.points[i + 1]
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    def heading(self, fraction: float) -> float:
        """Direction of travel in radians (screen coordinates, y down)."""
        a = self.at(max(0.0, fraction - 0.01))
        b = self.at(min(1.0, fraction + 0.01))
        return math.atan2(b[1] - a[1], b[0] - a[0])


@dataclass(frozen=True)
class Toe:
    x: float  # centre of the visible toe
    y: float
    length: float
    width: float
    angle: float  # degrees; 0 points up the screen, positive leans clockwise
    nail: float  # nail length as a fraction of the toe length; 0 = no nail drawn

    @property
    def tip(self) -> Point:
        a = math.radians(self.angle)
        return (self.x + math.sin(a) * self.length / 2, self.y - math.cos(a) * self.length / 2)


@dataclass(frozen=True)
class View:
    name: str
    outline: Spline  # the foot (side view: the foot below the ankle, which turns)
    toes: tuple[Toe, ...]  # big toe first
    leg: Spline | None  # side view: the lower leg, which stays still
    details: tuple[Spline, ...]  # faint anatomical lines: tendons, creases, knuckles
    shading: tuple[tuple[Spline, float], ...]  # soft darker areas (pads, malleoli), alpha
    regions: dict[str, Spline]
    labels: dict[str, Point]
    lanes: dict[str, Polyline]
    lane_splines: dict[str, Spline]
    ankle_bones: tuple[Spline, ...]  # drawn on top of everything that turns (side view)
    pivot: Point | None
    fade: str  # "bottom", "top" or "": where the lower leg fades out of the box
    place: tuple[float, float, float]  # scale, dx, dy applied to the authored coordinates


@dataclass(frozen=True)
class TouchSite:
    view: str
    at: Point


@dataclass(frozen=True)
class StepMotion:
    """How one step's animation uses the geometry (all optional, per motion)."""

    lanes: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # which of the view's labels this step shows
    glide: float = 0.8  # share of a stroke cycle spent gliding; the rest is the light return
    trail_s: float = 0.9
    marker: tuple[float, float] = (0.05, 0.05)  # width, length in box heights at pressure 2
    track: str = ""
    circles_per_pass: int = 12
    circle_radius: float = 0.02
    thumbs_apart: float = 0.06
    range_deg: tuple[float, float] = (-12.0, 18.0)
    ring: tuple[float, float] = (0.03, 0.12)
    place: tuple[float, float, float] = (1.0, 0.0, 0.0)  # on top of the view's own place


@dataclass(frozen=True)
class Geometry:
    aspect: float
    views: dict[str, View]
    touch_sites: dict[str, TouchSite]
    motions: dict[str, StepMotion]

    def motion_for(self, step_id: str, motion: str) -> StepMotion:
        return self.motions.get(step_id) or self.motions.get(motion) or StepMotion()


def _knots(value: Any, where: str) -> list[Knot]:
    if not isinstance(value, list) or len(value) < 2:
        raise GeometryError(f"{where}: expected a list of at least two [x, y] points")
    out: list[Knot] = []
    for i, p in enumerate(value):
        if (not isinstance(p, list) or len(p) not in (2, 3)
                or not all(isinstance(v, int | float) for v in p)):
            raise GeometryError(f"{where}[{i}]: expected [x, y] or [x, y, smoothness]")
        out.append((float(p[0]), float(p[1]), float(p[2]) if len(p) == 3 else 1.0))
    return out


def _place(knots: list[Knot], place: tuple[float, float, float]) -> list[Knot]:
    s, dx, dy = place
    return [(x * s + dx, y * s + dy, k) for x, y, k in knots]


def _spline(value: Any, where: str, closed: bool, place: tuple[float, float, float]) -> Spline:
    return Spline.through(_place(_knots(value, where), place), closed)


def _point(value: Any, where: str, place: tuple[float, float, float]) -> Point:
    knots = _place(_knots([value, value], where), place)
    return (knots[0][0], knots[0][1])


def _toe(t: Any, where: str, place: tuple[float, float, float]) -> Toe:
    s, dx, dy = place
    try:
        return Toe(
            x=t["at"][0] * s + dx, y=t["at"][1] * s + dy, length=t["length"] * s,
            width=t["width"] * s, angle=float(t.get("angle", 0.0)), nail=float(t.get("nail", 0.0)),
        )
    except (KeyError, IndexError, TypeError):
        raise GeometryError(f"foot_geometry.toml: {where}: expected at = [x, y], length, width"
                            ) from None


def _view(name: str, d: dict[str, Any]) -> View:
    where = f"views.{name}"
    raw_place = d.get("place", [1.0, 0.0, 0.0])
    place = (float(raw_place[0]), float(raw_place[1]), float(raw_place[2]))
    toes = tuple(_toe(t, f"{where}.toes[{i}]", place) for i, t in enumerate(d.get("toes", [])))
    lane_splines = {
        k: _spline(v, f"{where}.lanes.{k}", False, place) for k, v in d.get("lanes", {}).items()
    }
    return View(
        name=name,
        outline=_spline(d.get("outline"), f"{where}.outline", True, place),
        toes=toes,
        leg=_spline(d["leg"], f"{where}.leg", True, place) if "leg" in d else None,
        details=tuple(
            _spline(v, f"{where}.details[{i}]", False, place)
            for i, v in enumerate(d.get("details", []))
        ),
        shading=tuple(
            (_spline(v["shape"], f"{where}.shading[{i}]", True, place), float(v["alpha"]))
            for i, v in enumerate(d.get("shading", []))
        ),
        regions={
            k: _spline(v, f"{where}.regions.{k}", True, place)
            for k, v in d.get("regions", {}).items()
        },
        labels={
            k: _point(v, f"{where}.labels.{k}", place) for k, v in d.get("labels", {}).items()
        },
        lanes={k: Polyline.of(v.sample(32)) for k, v in lane_splines.items()},
        lane_splines=lane_splines,
        ankle_bones=tuple(
            _spline(v, f"{where}.ankle_bones[{i}]", True, place)
            for i, v in enumerate(d.get("ankle_bones", []))
        ),
        pivot=_point(d["pivot"], f"{where}.pivot", place) if "pivot" in d else None,
        fade=str(d.get("fade", "")),
        place=place,
    )


def _motion(key: str, d: dict[str, Any]) -> StepMotion:
    known = {
        "lanes", "labels", "glide", "trail_s", "marker", "track", "circles_per_pass",
        "circle_radius", "thumbs_apart", "range_deg", "ring", "place",
    }
    unknown = sorted(set(d) - known)
    if unknown:  # a typo would otherwise be ignored without a word
        raise GeometryError(f"foot_geometry.toml: motions.{key}: unknown field {unknown[0]!r}")
    return StepMotion(
        lanes=tuple(d.get("lanes", ())),
        labels=tuple(d.get("labels", ())),
        glide=float(d.get("glide", 0.8)),
        trail_s=float(d.get("trail_s", 0.9)),
        marker=tuple(d.get("marker", (0.05, 0.05))),  # type: ignore[arg-type]
        track=str(d.get("track", "")),
        circles_per_pass=int(d.get("circles_per_pass", 12)),
        circle_radius=float(d.get("circle_radius", 0.02)),
        thumbs_apart=float(d.get("thumbs_apart", 0.06)),
        range_deg=tuple(d.get("range_deg", (-12.0, 18.0))),  # type: ignore[arg-type]
        ring=tuple(d.get("ring", (0.03, 0.12))),  # type: ignore[arg-type]
        place=tuple(float(v) for v in d.get("place", (1.0, 0.0, 0.0))),  # type: ignore[arg-type]
    )


def parse_geometry(text: str) -> Geometry:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GeometryError(f"foot_geometry.toml: {exc}") from None
    meta = data.get("meta", {})
    if meta.get("format") != "neurofoot-foot-geometry":
        raise GeometryError("foot_geometry.toml: meta.format must be 'neurofoot-foot-geometry'")
    views = {name: _view(name, d) for name, d in data.get("views", {}).items()}
    for needed in ("top", "sole", "side"):
        if needed not in views:
            raise GeometryError(f"foot_geometry.toml: views.{needed} is missing")
    sites = {}
    for sid, s in data.get("touch_sites", {}).items():
        view = views.get(s.get("view", ""))
        if view is None:
            raise GeometryError(f"foot_geometry.toml: touch_sites.{sid}.view is not a view")
        sites[sid] = TouchSite(s["view"], _point(s["at"], f"touch_sites.{sid}", view.place))
    motions = {k: _motion(k, v) for k, v in data.get("motions", {}).items()}
    for key, m in motions.items():
        for lane in m.lanes:
            if not any(lane in v.lanes for v in views.values()):
                raise GeometryError(f"foot_geometry.toml: motions.{key}: no lane named {lane!r}")
    return Geometry(float(meta.get("aspect", 4 / 3)), views, sites, motions)


@cache
def default_geometry() -> Geometry:
    """The shipped geometry, read once per process."""
    ref = resources.files("neurofoot_desktop.resources").joinpath("foot_geometry.toml")
    return parse_geometry(ref.read_text(encoding="utf-8"))

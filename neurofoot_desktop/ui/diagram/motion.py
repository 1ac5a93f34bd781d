"""Where the hands are at a given moment of a step: pure maths, no Qt.

Every pose is a function of the animation time (seconds of playing time since the step began),
so pausing freezes it and a repaint at any moment shows the right frame whatever the frame rate.
Positions are in the right foot's normalised view coordinates; the widget mirrors them for the
left foot. Only ankle circles need to know about the mirror, because "clockwise" must look
clockwise on the screen for both feet.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from neurofoot_desktop.ui.diagram.geometry import Point, StepMotion, View

# Marker size and opacity per pressure level (1 feather .. 4 firm but gentle): the pressure
# is visible in the animation itself, not only in words.
PRESSURE_SIZE = {1: 0.78, 2: 0.92, 3: 1.06, 4: 1.2}
PRESSURE_ALPHA = {1: 0.32, 2: 0.46, 3: 0.6, 4: 0.74}
TRAIL_SAMPLES = 14


@dataclass(frozen=True)
class Marker:
    """A soft fingertip, thumb or hand: an oval of width x length along `heading` (radians)."""

    at: Point
    width: float
    length: float
    heading: float
    visible: float = 1.0  # 0..1: lifted off the skin .. resting on it


@dataclass(frozen=True)
class Pose:
    markers: tuple[Marker, ...] = ()
    trails: tuple[tuple[tuple[Point, float], ...], ...] = ()  # per marker: (point, alpha)
    variant: object = None  # what the cached still picture depends on (toe index, direction)
    lane: str = ""
    toe: int | None = None
    toe_stretch: float = 1.0
    roll: float = 0.0  # -1..1: which way the toe is being rolled
    stretching: bool = False
    angle: float | None = None  # degrees the foot has turned about the ankle
    ring_at: float | None = None  # radians round the direction ring
    clockwise: bool = True
    ring_sign: int = 1  # +1 when the ring angle grows (in the right foot's coordinates)


def ease(x: float) -> float:
    """Slow in, slow out: a hand settling on and lifting off the skin."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, x)))


def _scaled(motion: StepMotion, pressure: int) -> tuple[float, float]:
    k = PRESSURE_SIZE.get(pressure, 1.0)
    return motion.marker[0] * k, motion.marker[1] * k


# --- strokes: effleurage and closing strokes ----------------------------------------------

def stroke_pose(view: View, motion: StepMotion, cycle_s: float, t: float, pressure: int) -> Pose:
    lanes = [name for name in motion.lanes if name in view.lanes] or sorted(view.lanes)
    if not lanes:
        return Pose()
    width, length = _scaled(motion, pressure)
    k = math.floor(t / cycle_s)
    lane_name = lanes[k % len(lanes)]
    lane = view.lanes[lane_name]

    def state(time: float) -> tuple[float, float] | None:
        """(fraction along the lane, how firmly the hand rests), None when lifted."""
        if math.floor(time / cycle_s) != k or time < 0:
            return None
        u = (time - k * cycle_s) / cycle_s
        if u >= motion.glide:
            return None  # the light return: the hand is off the diagram
        x = u / motion.glide
        rest = min(1.0, x / 0.08, (1 - x) / 0.12)
        return ease(x), rest

    now = state(t)
    if now is None:
        return Pose(lane=lane_name)
    frac, rest = now
    marker = Marker(lane.at(frac), width, length, lane.heading(frac), rest)
    trail = []
    for j in range(1, TRAIL_SAMPLES + 1):
        past = state(t - motion.trail_s * j / TRAIL_SAMPLES)
        if past is None:
            break
        trail.append((lane.at(past[0]), (1 - j / (TRAIL_SAMPLES + 1)) * past[1]))
    return Pose(markers=(marker,), trails=(tuple(trail),), lane=lane_name)


# --- thumb circles on the sole ------------------------------------------------------------

def circles_pose(view: View, motion: StepMotion, cycle_s: float, t: float, pressure: int) -> Pose:
    track = view.lanes.get(motion.track)
    if track is None:
        return Pose()
    width, length = _scaled(motion, pressure)
    half = motion.thumbs_apart / 2

    def thumbs(time: float) -> tuple[Point, Point]:
        # The pair drifts slowly along the track and back while the thumbs draw circles.
        q = (time / (motion.circles_per_pass * cycle_s)) % 2.0
        c = track.at(ease(q) if q <= 1 else ease(2 - q))
        phi = 2 * math.pi * time / cycle_s
        r = motion.circle_radius
        # Both thumbs draw the same circle side by side, so the pair keeps its spacing and
        # reads as circling, not pinching.
        dx, dy = r * math.cos(phi), r * math.sin(phi)
        return (c[0] - half + dx, c[1] + dy), (c[0] + half + dx, c[1] + dy)

    left, right = thumbs(t)
    rest = min(1.0, max(0.0, t) / 0.4 + 0.25)
    up = -math.pi / 2  # thumb pads point towards the toes
    markers = (Marker(left, width, length, up, rest), Marker(right, width, length, up, rest))
    trail_l, trail_r = [], []
    for j in range(1, TRAIL_SAMPLES + 1):
        tj = t - motion.trail_s * j / TRAIL_SAMPLES
        if tj < 0:
            break
        a = 1 - j / (TRAIL_SAMPLES + 1)
        pl, pr = thumbs(tj)
        trail_l.append((pl, a))
        trail_r.append((pr, a))
    return Pose(markers=markers, trails=(tuple(trail_l), tuple(trail_r)))


# --- toe rolling ----------------------------------------------------------------------------

ROLL_START, ROLL_END, STRETCH_END = 0.1, 0.55, 0.92


def toe_pose(
    view: View, motion: StepMotion, cycle_s: float, t: float, pressure: int,
    reverse: bool = False,
) -> Pose:
    """One toe per cycle, big toe first (or little toe first when reversed)."""
    if not view.toes:
        return Pose()
    n = len(view.toes)
    k = math.floor(t / cycle_s)
    index = n - 1 - k % n if reverse else k % n
    u = t / cycle_s - k
    toe = view.toes[index]
    width, length = _scaled(motion, pressure)
    roll, stretch, stretching = 0.0, 1.0, False
    if ROLL_START <= u < ROLL_END:
        roll = math.sin(2 * math.pi * 2 * (u - ROLL_START) / (ROLL_END - ROLL_START))
    elif ROLL_END <= u < STRETCH_END:
        stretching = True
        stretch = 1 + 0.08 * math.sin(2 * math.pi * (u - ROLL_END) / (STRETCH_END - ROLL_END))
    rest = min(1.0, u / ROLL_START, (1 - u) / (1 - STRETCH_END))
    a = math.radians(toe.angle)
    along = (math.sin(a), -math.cos(a))  # towards the tip
    across = (math.cos(a), math.sin(a))
    tip_shift = (stretch - 1) * toe.length
    markers = []
    for side in (-1, 1):  # thumb on one side, forefinger on the other, rolling against each other
        off = side * (toe.width / 2 + width * 0.32)
        slide = side * roll * toe.length * 0.16 + tip_shift * 0.6
        at = (toe.x + across[0] * off + along[0] * slide,
              toe.y + across[1] * off + along[1] * slide)
        markers.append(Marker(at, width, length, math.atan2(along[1], along[0]), rest))
    return Pose(
        markers=tuple(markers), trails=((), ()), variant=index, toe=index, toe_stretch=stretch,
        roll=roll, stretching=stretching,
    )


# --- ankle circles ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Ring:
    """The direction ring drawn round the path of the toe tip, and the range it spans."""

    centre: Point
    rx: float
    ry: float
    reach: float  # pivot to toe tip
    tip_angle: float  # radians below the horizontal of the pivot-to-tip line, at rest


_rings: dict[tuple[int, int], tuple[View, StepMotion, Ring]] = {}
_spots: dict[tuple[int, float], tuple[View, Point]] = {}


def rotation_ring(view: View, motion: StepMotion) -> Ring:
    """The ring for a view and step, worked out once (it is asked for every frame)."""
    hit = _rings.get((id(view), id(motion)))
    if hit is not None and hit[0] is view and hit[1] is motion:
        return hit[2]
    ring = _rotation_ring(view, motion)
    _rings[(id(view), id(motion))] = (view, motion, ring)
    return ring


def _rotation_ring(view: View, motion: StepMotion) -> Ring:
    assert view.pivot is not None
    px, py = view.pivot
    tip = max(view.outline.sample(8), key=lambda p: p[0])  # the toe tip: furthest forward
    reach = math.dist(tip, view.pivot)
    beta = math.atan2(tip[1] - py, tip[0] - px)
    lo, hi = (math.radians(d) for d in motion.range_deg)
    margin = 0.82  # turn a little less than the drawn range: never to the limit
    mid, half = (lo + hi) / 2, (hi - lo) / 2 * margin
    y_top = py + reach * math.sin(beta + mid - half)
    y_bot = py + reach * math.sin(beta + mid + half)
    cx = px + reach * math.cos(beta + mid) + motion.ring[0] * 0.6
    return Ring((cx, (y_top + y_bot) / 2), motion.ring[0], (y_bot - y_top) / 2, reach, beta)


def turns_per_direction(cycle_s: float, duration_s: float) -> int:
    """Half the step clockwise, then half counter-clockwise, in whole turns."""
    return max(1, round(duration_s / 2 / cycle_s))


def rotation_pose(
    view: View, motion: StepMotion, cycle_s: float, duration_s: float, t: float, pressure: int,
    mirrored: bool,
) -> Pose:
    if view.pivot is None:
        return Pose()
    ring = rotation_ring(view, motion)
    per_dir = turns_per_direction(cycle_s, duration_s)
    block = math.floor(max(0.0, t) / (per_dir * cycle_s))
    clockwise = block % 2 == 0
    # Screen y points down, so an increasing angle runs clockwise on the screen; the mirror
    # for the left foot would reverse it, so the local direction flips there.
    sign = (1 if clockwise else -1) * (-1 if mirrored else 1)

    def ring_angle(time: float) -> float:
        # Start beside the toes at mid-range; the direction changes there, so no jump.
        return math.pi + sign * 2 * math.pi * (time % cycle_s) / cycle_s

    def foot_angle(psi: float) -> float:
        y = ring.centre[1] + ring.ry * math.sin(psi)
        s = (y - view.pivot[1]) / ring.reach  # type: ignore[index]
        return math.degrees(math.asin(max(-1.0, min(1.0, s))) - ring.tip_angle)

    psi = ring_angle(t)
    angle = foot_angle(psi)
    width, length = _scaled(motion, pressure)
    # One hand holds the top of the forefoot and moves with it; the other cups the heel.
    hand = _turn(_along_foot(view, 0.62), view.pivot, angle)
    heel = _turn(_along_foot(view, 0.02), view.pivot, angle)
    markers = (
        Marker(hand, width, length, math.radians(angle) + ring.tip_angle),
        Marker(heel, width * 0.9, length * 0.9, math.pi / 2),
    )
    trail = []
    for j in range(1, TRAIL_SAMPLES + 1):
        tj = t - 1.2 * j / TRAIL_SAMPLES
        if tj < 0 or math.floor(tj / (per_dir * cycle_s)) != block:
            break
        p = ring_angle(tj)
        trail.append(((ring.centre[0] + ring.rx * math.cos(p), ring.centre[1]
                       + ring.ry * math.sin(p)), 1 - j / (TRAIL_SAMPLES + 1)))
    return Pose(
        markers=markers, trails=((), (), tuple(trail)), variant="cw" if clockwise else "ccw",
        angle=angle, ring_at=psi, clockwise=clockwise, ring_sign=sign,
    )


def _along_foot(view: View, fraction: float) -> Point:
    """A point on the top of the foot, `fraction` of the way from heel to toes (cached)."""
    hit = _spots.get((id(view), fraction))
    if hit is not None and hit[0] is view:
        return hit[1]
    spot = _find_along_foot(view, fraction)
    _spots[(id(view), fraction)] = (view, spot)
    return spot


def _find_along_foot(view: View, fraction: float) -> Point:
    pts = view.outline.sample(8)
    xs = [p[0] for p in pts]
    x = min(xs) + (max(xs) - min(xs)) * fraction
    tops = [p[1] for p in pts if abs(p[0] - x) < 0.02]
    bottoms = max(tops) if tops else view.pivot[1]  # type: ignore[index]
    top = min(tops) if tops else view.pivot[1]  # type: ignore[index]
    return (x, top + (bottoms - top) * 0.38)


def _turn(p: Point, pivot: Point, degrees: float) -> Point:
    a = math.radians(degrees)
    dx, dy = p[0] - pivot[0], p[1] - pivot[1]
    return (pivot[0] + dx * math.cos(a) - dy * math.sin(a),
            pivot[1] + dx * math.sin(a) + dy * math.cos(a))


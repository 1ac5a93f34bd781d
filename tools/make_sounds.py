"""Generate the sound cues in resources/sounds/ (run: python tools/make_sounds.py).

Soft bell-like chimes: a sine with a quiet octave partial, a gentle 25 ms attack
and an exponential decay that ends at exact silence (no click). Fundamentals stay
between about 390 and 790 Hz, where hearing lasts longest with age, and the peak
is well below full scale so the tones never startle. The output is deterministic:
running this again gives byte-identical files, and a test checks that the
committed WAVs are what this script makes.
"""

from __future__ import annotations

import argparse
import wave
from pathlib import Path

import numpy as np

RATE = 44_100
PEAK = 0.35  # about -9 dBFS: calm, yet audible across a room at a moderate system volume
ATTACK_S = 0.025
FADE_S = 0.03

# name -> notes as (start s, frequency Hz, length s, relative loudness)
C5, E5, G5, A4, G4 = 523.25, 659.26, 783.99, 440.0, 392.0
CUES: dict[str, list[tuple[float, float, float, float]]] = {
    # Rising fifth: "let's begin".
    "step_start": [(0.0, C5, 0.55, 1.0), (0.16, G5, 0.55, 0.8)],
    # One soft mid tone: a glance, nothing to do.
    "halfway": [(0.0, E5, 0.6, 0.8)],
    # Two gentle taps on the same note: "nearly there".
    "ten_seconds": [(0.0, A4, 0.3, 0.9), (0.28, A4, 0.4, 0.9)],
    # Falling fifth: "done with this one".
    "step_end": [(0.0, G5, 0.55, 0.8), (0.18, C5, 0.7, 1.0)],
    # Rising triad: "your turn to answer".
    "rating_due": [(0.0, G4, 0.45, 0.9), (0.14, C5, 0.45, 0.9), (0.28, E5, 0.6, 0.9)],
}


def note(freq: float, length_s: float) -> np.ndarray:
    t = np.arange(round(length_s * RATE)) / RATE
    # A quiet second harmonic gives a warm chime rather than a bare test-tone beep.
    tone = np.sin(2 * np.pi * freq * t) + 0.18 * np.sin(2 * np.pi * 2 * freq * t + 0.3)
    attack = np.clip(t / ATTACK_S, 0.0, 1.0)
    attack = 0.5 - 0.5 * np.cos(np.pi * attack)  # raised cosine: no edge at the start
    decay = np.exp(-t * 5.0 / length_s)
    tail = np.clip((length_s - t) / 0.01, 0.0, 1.0)  # the last 10 ms to zero: no click
    return tone * attack * decay * tail


def render(notes: list[tuple[float, float, float, float]]) -> np.ndarray:
    total = max(start + length for start, _, length, _ in notes)
    out = np.zeros(round(total * RATE))
    for start, freq, length, loud in notes:
        chunk = note(freq, length) * loud
        i = round(start * RATE)
        out[i : i + len(chunk)] += chunk
    fade = round(FADE_S * RATE)
    out[-fade:] *= np.linspace(1.0, 0.0, fade) ** 2  # land on exact silence: no click
    out *= PEAK / np.max(np.abs(out))
    return np.round(out * 32767).astype("<i2")


def write_wav(path: Path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.tobytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "resources" / "sounds"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        samples = render(notes)
        write_wav(args.out / f"{name}.wav", samples)
        print(f"{name}.wav  {len(samples) / RATE:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

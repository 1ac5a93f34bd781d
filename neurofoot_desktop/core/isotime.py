"""ISO-8601 UTC timestamps as stored in the log and written to exports."""

from __future__ import annotations

from datetime import UTC, datetime


def to_iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    if moment.tzinfo is not UTC:  # what the log gives back is UTC already: skip the copy
        moment = moment.astimezone(UTC)
    # a UTC time always ends "+00:00" (exports write tens of thousands of these)
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)

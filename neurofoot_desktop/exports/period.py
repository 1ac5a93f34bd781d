"""Which sessions an export covers: one person or everyone, between two local days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from neurofoot_desktop.exports.atomic import ExportError
from neurofoot_desktop.storage.repository import Profile, SessionRecord, Store


@dataclass(frozen=True)
class Period:
    """Local calendar days, both ends included; None means open-ended."""

    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ExportError(
                f"The first day ({self.since.isoformat()}) is after the last day "
                f"({self.until.isoformat()})."
            )

    def bounds(self, tz: tzinfo | None = None) -> tuple[datetime | None, datetime | None]:
        """UTC [start, end) for Store.sessions(); the last day is included whole."""
        start = _midnight(self.since, tz) if self.since else None
        end = _midnight(self.until + timedelta(days=1), tz) if self.until else None
        return start, end


def parse_day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ExportError(f"{what} must be a date written YYYY-MM-DD, not {text!r}.") from None


def local(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """The moment in the given zone, or in the computer's own zone (with its DST rules)."""
    return moment.astimezone(tz) if tz else moment.astimezone()


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    return local(moment, tz).date()


def _midnight(day: date, tz: tzinfo | None) -> datetime:
    naive = datetime.combine(day, time())
    # Without a zone, astimezone() reads the naive time as the computer's local time.
    moment = naive.replace(tzinfo=tz) if tz else naive.astimezone()
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Selection:
    """What an export is made from: the people and their sessions, oldest first."""

    profiles: list[Profile]
    sessions: list[SessionRecord]
    period: Period

    def sessions_of(self, profile: Profile) -> list[SessionRecord]:
        return [s for s in self.sessions if s.profile_id == profile.id]


def select(
    store: Store, profile: str | None = None, period: Period | None = None,
    tz: tzinfo | None = None,
) -> Selection:
    """One person (by name) or everyone, limited to the period."""
    period = period or Period()
    if profile is None:
        profiles = store.profiles()
        profile_id = None
    else:
        found = store.profile_by_name(profile)
        if found is None:
            raise ExportError(f"There is nobody called {profile!r} in the log.")
        profiles, profile_id = [found], found.id
    since, until = period.bounds(tz)
    sessions = store.sessions(profile_id=profile_id, since=since, until=until)
    profiles = sorted(profiles, key=lambda p: (p.name.casefold(), p.name))
    return Selection(profiles, sessions, period)

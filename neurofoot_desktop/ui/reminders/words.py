"""The reminders' words (issue 20): calm, no streaks, no counts of what was missed.

Moved out of ui/i18n.py to keep that module small; the contexts stay "Words", so the
catalogue did not change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject


class Words(QObject):
    """Texts with a count go through .tr(): lupdate marks a text as having plural forms only
    there, never in QCoreApplication.translate (the context is the same "Words")."""

    def snooze(self, minutes: int) -> str:
        return self.tr("In %n minute(s)", "", minutes)


def weekday_words(day: int) -> str:
    """0 = Monday: the day's name in the person's language."""
    return QLocale().dayName(day + 1, QLocale.FormatType.LongFormat).capitalize()


def snooze_words(minutes: int) -> str:
    return Words().snooze(minutes)


def reminder_words(name: str, missed: bool) -> str:
    if missed:
        return QCoreApplication.translate(
            "Words", "There is still time for {name}'s foot massage today, whenever "
                     "it suits.").format(name=name)
    return QCoreApplication.translate(
        "Words", "It is time for {name}'s foot massage, whenever you are ready."
    ).format(name=name)


def plan_offer_words(name: str) -> str:
    return QCoreApplication.translate(
        "Words", "Would you like a gentle reminder on the days you choose? NeuroFoot reminds "
                 "{name} only when that day's session is not done yet.").format(name=name)


def plan_refusal_words(reason: str) -> str:
    """Why a plan was refused (core.reminders.REFUSALS), in one sentence."""
    words = {
        "no_days": QCoreApplication.translate("Words", "Please choose at least one day."),
        "times": QCoreApplication.translate("Words", "Please choose one or two times a day."),
        "overlap": QCoreApplication.translate(
            "Words", "The two times overlap: please leave at least two hours between them."),
        "quiet_pair": QCoreApplication.translate(
            "Words", "Quiet hours need both a start and an end."),
        "quiet_same": QCoreApplication.translate(
            "Words", "Quiet hours need a start and an end that differ."),
        "quiet_covers": QCoreApplication.translate(
            "Words", "The quiet hours cover every reminder: please move them or the times."),
    }
    return words.get(reason, reason)

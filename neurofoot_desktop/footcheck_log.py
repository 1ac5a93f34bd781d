"""The foot check of one session and its log: what the screens call (issue 19).

Qt-free like session_log: every mark, "all clear" and reading is written the moment it is
given, and what the look means for the pre-check is answered through the SessionLog, so the
verdict (no massage today, see a doctor) and its reason come from core.safety as before.
"""

from __future__ import annotations

from neurofoot_desktop.core import footcheck as fc
from neurofoot_desktop.core.safety import SafetyResult
from neurofoot_desktop.core.vocabulary import Foot
from neurofoot_desktop.session_log import SessionLog
from neurofoot_desktop.storage import footcheck as store_fc


class FootCheckLog:
    def __init__(self, log: SessionLog) -> None:
        self.log = log
        record = store_fc.check(log.store, log.session_id)  # a resumed session keeps its look
        self.findings: list[fc.Finding] = list(record.findings) if record else []
        self.clear: set[Foot] = set(record.clear) if record else set()
        self.readings: dict[fc.Site, fc.Reading] = (
            {r.site: r for r in record.readings} if record else {})

    @property
    def store(self):  # the Store; its type would import the repository at start-up
        return self.log.store

    def mark(self, finding: fc.Finding) -> fc.Finding:
        stored = store_fc.add_finding(self.store, self.log.session_id, finding,
                                      self.log.clock.now())
        self.findings.append(stored)
        self.clear.discard(finding.foot)
        return stored

    def unmark(self, finding: fc.Finding) -> None:
        if finding.id is not None:
            store_fc.remove_finding(self.store, finding.id)
        self.findings = [f for f in self.findings if f is not finding]

    def all_clear(self, foot: Foot) -> None:
        store_fc.set_clear(self.store, self.log.session_id, foot, self.log.clock.now())
        self.findings = [f for f in self.findings if f.foot != foot]
        self.clear.add(foot)

    def looked_at(self, foot: Foot) -> bool:
        return foot in self.clear or any(f.foot == foot for f in self.findings)

    def on(self, foot: Foot) -> list[fc.Finding]:
        return [f for f in self.findings if f.foot == foot]

    def record_reading(self, reading: fc.Reading) -> None:
        store_fc.record_reading(self.store, self.log.session_id, reading, self.log.clock.now())
        self.readings[reading.site] = reading

    def temperature_warnings(self) -> tuple[fc.Reading, ...]:
        return fc.warnings(list(self.readings.values()))

    def assessment(self) -> fc.Assessment:
        looked = [foot for foot in Foot if self.looked_at(foot)]
        return fc.assess(self.findings, looked)

    def answer_precheck(self) -> SafetyResult:
        """The look's answers to the pre-check questions, each recorded like a typed answer.
        A temperature difference over the limit answers "skin changed" (see a doctor)."""
        answers = dict(self.assessment().answers)
        if self.temperature_warnings():
            answers["skin_change"] = True
        result = self.log.safety()
        for question_id, value in answers.items():
            result = self.log.answer(question_id, value)
        return result

    def spots_to_avoid(self) -> list[fc.Finding]:
        return list(self.assessment().avoid)

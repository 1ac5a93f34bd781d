"""The NeuroFoot JSON log (docs/json-format.md): export.py writes it; checker.py, stream.py,
sections.py and validate.py check it; importer.py adds it to the log through storage."""

from __future__ import annotations

from neurofoot_desktop.exports.json.checker import LogFormatError
from neurofoot_desktop.exports.json.export import (
    FORMAT,
    VERSION,
    build_log,
    export_json,
    render_json,
    session_to_dict,
    step_sort_key,
)
from neurofoot_desktop.exports.json.importer import (
    Checked,
    ImportResult,
    check_file,
    import_file,
    import_log,
    import_parsed,
    read_log,
)
from neurofoot_desktop.exports.json.stream import MAX_BYTES
from neurofoot_desktop.exports.json.validate import ParsedProfile, validate_log

__all__ = [
    "FORMAT", "MAX_BYTES", "VERSION", "Checked", "ImportResult", "LogFormatError",
    "ParsedProfile", "build_log", "check_file", "export_json", "import_file", "import_log",
    "import_parsed", "read_log", "render_json", "session_to_dict", "step_sort_key",
    "validate_log",
]

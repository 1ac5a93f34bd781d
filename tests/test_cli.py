import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.clock import FakeClock

from neurofoot_desktop import __version__
from neurofoot_desktop.cli import main
from neurofoot_desktop.core.session import Outcome, StepResult
from neurofoot_desktop.storage import Store


def test_version_via_python_dash_m() -> None:
    out = subprocess.run([sys.executable, "-m", "neurofoot_desktop", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"NeuroFoot {__version__}"


@pytest.fixture
def filled(data_dir: Path, clock: FakeClock) -> Path:
    store = Store.open(data_dir)
    ana = store.add_profile("Ana María", clock.now())
    sid = store.start_session(ana.id, clock.now())
    store.save_step_result(sid, StepResult("effleurage", "left", clock.now(), 180, 180, 2,
                                           Outcome.RATED, 3, None, ""), clock.now())
    store.close()
    return data_dir


@pytest.mark.parametrize("before", [True, False])
def test_recommend_json_with_data_dir_before_or_after(filled: Path, before: bool, capsys) -> None:
    args = ["recommend", "--json"]
    args = ["--data-dir", str(filled), *args] if before else [*args, "--data-dir", str(filled)]
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 10
    first = rows[0]
    assert (first["step_id"], first["foot"], first["level"]) == ("effleurage", "left", 1)
    assert "uncomfortable" in first["reason"]


def test_data_dir_from_environment(filled: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("NEUROFOOT_DATA_DIR", str(filled))
    assert main(["recommend", "--profile", "Ana María"]) == 0
    assert "Recommended pressure for Ana María" in capsys.readouterr().out


def test_unknown_profile_and_missing_log_fail_cleanly(filled: Path, tmp_path: Path, capsys) -> None:
    assert main(["recommend", "--data-dir", str(filled), "--profile", "Bob"]) == 1
    assert "no person called 'Bob'" in capsys.readouterr().err
    assert main(["recommend", "--data-dir", str(tmp_path / "empty")]) == 1
    assert "there is no NeuroFoot log" in capsys.readouterr().err


def test_the_command_line_offers_exactly_the_engine_sensitivities() -> None:
    from neurofoot_desktop.commands import recommend as command
    from neurofoot_desktop.core.pressure import SENSITIVITIES

    assert command.SENSITIVITIES == SENSITIVITIES


def test_opening_the_window_does_not_load_the_sub_commands(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import neurofoot_desktop.app as app\n"
        "app.run_gui = lambda data_dir, background=False: print('window for', data_dir) or 0\n"
        "from neurofoot_desktop.cli import main\n"
        "assert main(['--data-dir', sys.argv[1]]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('neurofoot_desktop.commands.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"window for {tmp_path}", "[]"]


@pytest.mark.parametrize("argv", [["bogus"], ["--data-dir"], ["--colour", "blue"]])
def test_a_wrong_command_line_is_answered_with_the_commands_there_are(argv, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "usage: neurofoot" in err and "COMMAND" in err

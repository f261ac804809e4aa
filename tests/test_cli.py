"""The command line: ``python -m plantargets build``."""

import subprocess
import sys

from click.testing import CliRunner

from plantargets.cli import main


def test_build_command_writes_tables_and_prints_the_summary(tmp_path, raw_dir):
    result = CliRunner().invoke(main, ["build", "--raw", str(raw_dir), "--out", str(tmp_path / "clean"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "values by city and kind" in result.output
    assert (tmp_path / "clean" / "targets.csv").is_file()


def test_missing_raw_folder_is_a_clear_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "c")])
    assert result.exit_code == 2
    assert "raw folder not found" in result.output


def test_python_dash_m_entry_point_shows_help():
    completed = subprocess.run([sys.executable, "-m", "plantargets", "--help"], capture_output=True, text=True, check=True)
    assert "build" in completed.stdout

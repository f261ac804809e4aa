"""The command line: ``python -m plantargets build``."""

import filecmp
import os
import shutil
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


def _cli_build(raw, out, cache, *extra):
    """``python -m plantargets build`` in a process of its own, with a pattern cache of its own."""
    env = {**os.environ, "PLANTARGETS_CACHE_DIR": str(cache)}
    env.pop("PLANTARGETS_PATTERN_CACHE", None)
    return subprocess.run([sys.executable, "-m", "plantargets", "build", "--raw", str(raw), "--out", str(out),
                           "--no-progress", *extra], capture_output=True, text=True, env=env, timeout=900)


def test_a_build_process_ends_with_its_status_its_output_and_its_exit_handlers_done(tmp_path, raw_dir):
    """A build's process leaves without tearing its interpreter down (__main__.py): its tables are those of an
    in-process build, its summary is printed whole, its exit handlers ran (the pattern cache was written) and its
    exit status is the command's: 0 built, 1 built with error flags, 2 refused."""
    done = _cli_build(raw_dir, tmp_path / "clean", tmp_path / "cache")
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith(f"written to {tmp_path / 'clean'}")
    assert list((tmp_path / "cache").glob("patterns-*.marshal"))  # the exit handler that saves it ran
    in_process = CliRunner().invoke(main, ["build", "--raw", str(raw_dir), "--out", str(tmp_path / "same"),
                                           "--no-progress"])
    assert in_process.exit_code == 0, in_process.output
    compared = filecmp.dircmp(tmp_path / "clean", tmp_path / "same")
    assert compared.left_list == compared.right_list and not compared.diff_files and not compared.funny_files

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(raw_dir.glob("*.txt")), raw)
    (raw / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)  # no text: an error flag
    flagged = _cli_build(raw, tmp_path / "flagged", tmp_path / "cache")
    assert flagged.returncode == 1, flagged.stderr
    assert "error flag(s)" in flagged.stderr and (tmp_path / "flagged" / "flags.csv").is_file()
    refused = _cli_build(raw, raw, tmp_path / "cache")  # the raw folder is no output folder
    assert refused.returncode == 2 and "Error:" in refused.stderr

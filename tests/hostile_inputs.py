"""A second corpus of hostile inputs (issue 9), generated at test time: output folders, links and odd files,
report grids, manifests, number forms, encodings, temporary-folder cleanup and spreadsheet formulas.

Each case works in a sandbox folder of its own::

    sandbox/raw/       the raw folder: bad_inputs' good plan (three values) beside the case's hostile files
    sandbox/out/       where a build writes, unless the case names another output
    sandbox/tmp/       TMPDIR while the case runs (work and run folders)
    sandbox/outside/   files a hostile input points at (a link, a ../ name); they must never be read or changed

``setup(sandbox)`` writes the inputs and returns what ``act`` needs; ``act(sandbox, context)`` runs the suite
and returns an ``Outcome``: ``error`` (a clear refusal: the message and, from the command line, exit
status 2), ``flag`` (the build went on and recorded the problem in ``flags``) or ``handled`` (read right
with nothing to flag: the case says why, and its ``check`` proves it). ``python tests/hostile_inputs.py OUT``
writes every case's inputs under OUT, to look at them by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bad_inputs import GOOD_NAME, write_good  # noqa: E402

PYTHON = sys.executable
SECRET_TEXT = "root:x:0:0:secret 31415926 of someone else\n"
PLAN_HEAD = "某市教育发展规划(2021—2025年)\n一、主要目标\n"


@dataclass
class Outcome:
    """What the suite did with a case."""

    kind: str                       # error, flag, handled, or crash (an exception no one meant: the case fails)
    detail: str = ""                # the error message, or a summary of the flags
    exit_code: int | None = None    # from the command line, where the case ran it
    tables: dict[str, Any] = field(default_factory=dict)
    out: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def flags_of(self, file: str) -> set[str]:
        flags = self.tables.get("flags")
        if flags is None:
            return set()
        return set(flags.loc[flags["source_file"] == file, "flag_type"])


@dataclass
class Case:
    name: str
    category: str
    description: str
    setup: Callable[[Path], dict]
    act: Callable[[Path, dict], Outcome]
    expect: str                                                  # error, flag or handled
    match: str = ""                                              # error: a regex the message must hold
    flags: dict[str, set[str]] = field(default_factory=dict)     # flag: file → flag types that must appear
    check: Callable[[Outcome, Path], None] | None = None         # what else must hold, written by hand
    why: str = ""                                                # handled: why there is nothing to flag
    may_change: tuple[str, ...] = ("out",)                       # sandbox entries the action may change


# ------------------------------------------------------------------------------------------ the actions

def _sandbox(sandbox: Path) -> dict:
    for name in ("raw", "tmp", "outside"):
        (sandbox / name).mkdir(parents=True, exist_ok=True)
    write_good(sandbox / "raw")
    (sandbox / "outside" / "secret.txt").write_text(SECRET_TEXT, encoding="utf-8")
    return {}


def _tables(out: Path) -> dict:
    from plantargets.data import load

    return {name: load(name, out, validate=False) for name in ("targets", "flags", "numbers", "documents")}


def _flag_summary(tables: dict) -> str:
    flags = tables["flags"]
    interesting = flags[~flags["flag_type"].isin(["metadata_missing", "year_inferred"])]
    return ", ".join(f"{f}:{t}" for f, t in sorted(set(zip(interesting["source_file"], interesting["flag_type"]))))


def build_into(sandbox: Path, out: Path | None = None, raw: Path | None = None) -> Outcome:
    """Build ``raw`` (default sandbox/raw) into ``out`` (default sandbox/out) in this process."""
    from plantargets.atomic import UnsafeOutputError
    from plantargets.pipeline import build
    from plantargets.sources import ManifestError

    out = sandbox / "out" if out is None else out
    try:
        build(raw or sandbox / "raw", out)
    except (UnsafeOutputError, ManifestError) as err:
        return Outcome("error", str(err))
    except Exception as err:  # noqa: BLE001 - the case reports it and fails
        return Outcome("crash", f"{type(err).__name__}: {err}")
    tables = _tables(out)
    return Outcome("flag" if _flag_summary(tables) else "handled", _flag_summary(tables), tables=tables, out=out)


def cli(args: list[str]) -> Outcome:
    """The command line in this process (click's runner): exit status 2 with a message is a clear error."""
    from click.testing import CliRunner

    from plantargets.cli import main

    result = CliRunner().invoke(main, args)
    if result.exit_code == 2:
        return Outcome("error", result.output.strip(), exit_code=2)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return Outcome("crash", f"{type(result.exception).__name__}: {result.exception}", exit_code=result.exit_code)
    return Outcome("handled", result.output.strip()[-300:], exit_code=result.exit_code)


def cli_subprocess(args: list[str], sandbox: Path, timeout: float = 120) -> Outcome:
    """The real ``python -m plantargets`` (where the exit status itself is the point)."""
    import plantargets

    lib = str(Path(plantargets.__file__).resolve().parents[1])  # this checkout's code, whatever the cwd
    env = dict(os.environ, TMPDIR=str(sandbox / "tmp"),
               PYTHONPATH=os.pathsep.join(filter(None, [lib, os.environ.get("PYTHONPATH")])))
    done = subprocess.run([PYTHON, "-m", "plantargets", *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=sandbox)
    kind = "error" if done.returncode == 2 else "crash" if done.returncode not in (0, 1) else "handled"
    return Outcome(kind, (done.stderr.strip() or done.stdout.strip())[-600:], exit_code=done.returncode)


def grid(sandbox: Path, context: dict) -> Outcome:
    """Read the grid ``context['grid']`` as ``plantargets report`` does, before any notebook would run."""
    from plantargets.report.grid import ConfigError, load_grid

    started = time.monotonic()
    try:
        runs = load_grid(context["grid"], repo_root=sandbox)
    except ConfigError as err:
        return Outcome("error", str(err), extra={"seconds": time.monotonic() - started})
    except Exception as err:  # noqa: BLE001
        return Outcome("crash", f"{type(err).__name__}: {err}")
    return Outcome("handled", f"{len(runs)} run(s): {[r.parameters for r in runs]}"[:200],
                   extra={"runs": runs, "seconds": time.monotonic() - started})


def _build(sandbox: Path, context: dict) -> Outcome:
    return build_into(sandbox, context.get("out"))


# ------------------------------------------------------------------------------------------ output folders

def _raw_is_out(sandbox: Path) -> dict:
    _sandbox(sandbox)
    return {"out": sandbox / "raw"}


def _parent_is_out(sandbox: Path) -> dict:
    _sandbox(sandbox)
    return {"out": sandbox}


def _inside_raw(sandbox: Path) -> dict:
    _sandbox(sandbox)
    return {"out": sandbox / "raw" / "clean"}


def _repository(sandbox: Path) -> dict:
    _sandbox(sandbox)
    repo = sandbox / "outside" / "project"
    (repo / ".git").mkdir(parents=True)
    (repo / "analysis.py").write_text("print(1)\n", encoding="utf-8")
    return {"out": repo}


def _foreign_folder(sandbox: Path) -> dict:
    _sandbox(sandbox)
    (sandbox / "out").mkdir()
    (sandbox / "out" / "thesis.docx").write_bytes(b"PK\x03\x04 my thesis")
    return {"out": sandbox / "out"}


def _out_is_file(sandbox: Path) -> dict:
    _sandbox(sandbox)
    (sandbox / "out").write_text("a file, not a folder\n", encoding="utf-8")
    return {"out": sandbox / "out"}


def _link_to_raw(sandbox: Path) -> dict:
    _sandbox(sandbox)
    (sandbox / "out").symlink_to(sandbox / "raw", target_is_directory=True)
    return {"out": sandbox / "out"}


def _home(sandbox: Path) -> dict:
    _sandbox(sandbox)
    home = sandbox / "outside" / "home"
    home.mkdir()
    (home / ".bashrc").write_text("export A=1\n", encoding="utf-8")
    return {"out": home, "home": home}


def _build_with_home(sandbox: Path, context: dict) -> Outcome:
    previous = os.environ.get("HOME")
    os.environ["HOME"] = str(context["home"])  # Path.home() reads HOME
    try:
        return build_into(sandbox, context["out"])
    finally:
        if previous is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = previous


def _cli_raw_is_out(sandbox: Path, context: dict) -> Outcome:
    return cli(["build", "--raw", str(sandbox / "raw"), "--out", str(sandbox / "raw"), "--no-progress"])


def _report_into_grid_folder(sandbox: Path) -> dict:
    _sandbox(sandbox)
    folder = sandbox / "outside" / "grids"
    folder.mkdir()
    (folder / "grid.yaml").write_text("- notebook: nb.ipynb\n", encoding="utf-8")
    return {"grid": folder / "grid.yaml", "out": folder}


def _report(sandbox: Path, context: dict) -> Outcome:
    from plantargets.atomic import UnsafeOutputError
    from plantargets.report.runner import run_report

    try:
        run_report(context["grid"], context["out"], progress=False, repo_root=sandbox)
    except UnsafeOutputError as err:
        return Outcome("error", str(err))
    except Exception as err:  # noqa: BLE001
        return Outcome("crash", f"{type(err).__name__}: {err}")
    return Outcome("handled", "the report ran")


# ------------------------------------------------------------------------------------- links and odd files

def _with(files: Callable[[Path], None]) -> Callable[[Path], dict]:
    def setup(sandbox: Path) -> dict:
        _sandbox(sandbox)
        files(sandbox)
        return {}
    return setup


def _link_outside(sandbox: Path) -> None:
    (sandbox / "raw" / "passwd.txt").symlink_to(sandbox / "outside" / "secret.txt")


def _link_loop(sandbox: Path) -> None:
    (sandbox / "raw" / "a.txt").symlink_to("b.txt")
    (sandbox / "raw" / "b.txt").symlink_to("a.txt")


def _link_dangling(sandbox: Path) -> None:
    (sandbox / "raw" / "gone.txt").symlink_to(sandbox / "outside" / "deleted.txt")


def _link_inside(sandbox: Path) -> None:
    (sandbox / "raw" / "mirror.txt").symlink_to(GOOD_NAME)


def _fifo(sandbox: Path) -> None:
    os.mkfifo(sandbox / "raw" / "pipe.txt")  # reading it would block the build for ever


def _socket(sandbox: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sandbox / "raw" / "listening.html"))
    server.close()  # the socket file stays


def _other_formats(sandbox: Path) -> None:
    (sandbox / "raw" / "plan.pdf").write_bytes(b"%PDF-1.4 " + "到2025年达到95%".encode("utf-8"))
    (sandbox / "raw" / "plan.docx").write_bytes(b"PK\x03\x04")
    (sandbox / "raw" / "NOTES").write_text("到2025年达到95%\n", encoding="utf-8")
    (sandbox / "raw" / "archive").mkdir()
    (sandbox / "raw" / "archive" / "old.txt").write_text(PLAN_HEAD + "到2025年,学前三年毛入园率达到90%。\n", encoding="utf-8")


def _undecodable_name(sandbox: Path) -> None:
    with open(os.path.join(os.fsencode(sandbox / "raw"), b"\xb9\xe3\xb6\xab.txt"), "wb") as handle:  # 广东 in GBK
        handle.write((PLAN_HEAD + "到2025年,义务教育巩固率达到99%。\n").encode("utf-8"))


def _odd_names(sandbox: Path) -> None:
    (sandbox / "raw" / "=HYPERLINK(x).txt").write_text(PLAN_HEAD + "到2025年,义务教育巩固率达到99%。\n", encoding="utf-8")
    (sandbox / "raw" / "line\nbreak.txt").write_text(PLAN_HEAD + "到2025年,普通高中毛入学率达到96%。\n",
                                                    encoding="utf-8")


# ------------------------------------------------------------------------------------------ report grids

def _grid(text: str | bytes) -> Callable[[Path], dict]:
    def setup(sandbox: Path) -> dict:
        _sandbox(sandbox)
        path = sandbox / "grid.yaml"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        return {"grid": path}
    return setup


ALIAS_BOMB = "- notebook: a\n  parameters:\n" + "\n".join(
    ['    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"    {chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)]) + "\n"
DEEP = "- notebook: a\n  parameters: {x: " + "[" * 200 + "]" * 200 + "}\n"


def _big_grid(sandbox: Path) -> dict:
    _sandbox(sandbox)
    path = sandbox / "grid.yaml"
    line = "# " + "x" * 98 + "\n"
    path.write_text("- notebook: a\n" + line * 12_000, encoding="utf-8")
    return {"grid": path}


def _grid_cli(sandbox: Path, context: dict) -> Outcome:
    return cli_subprocess(["report", "--config", str(context["grid"]), "--out", str(sandbox / "out"),
                           "--no-progress"], sandbox)


# --------------------------------------------------------------------------------------------- manifests

def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_text(rows: list[list[str]]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _manifest(rows: Callable[[Path], list[list[str]]], encoding: str = "utf-8") -> Callable[[Path], dict]:
    def setup(sandbox: Path) -> dict:
        _sandbox(sandbox)
        (sandbox / "raw" / "manifest.csv").write_bytes(manifest_text(rows(sandbox)).encode(encoding))
        return {}
    return setup


def _good_row(sandbox: Path, **fields: str) -> dict[str, str]:
    good = sandbox / "raw" / GOOD_NAME
    return {"source_file": GOOD_NAME, "sha256": sha(good), "city_zh": "四会市", "city_en": "Sihui", **fields}


def _rows(*rows: dict[str, str], header: tuple[str, ...] = ("source_file", "sha256", "city_zh", "city_en")) -> list:
    return [list(header)] + [[row.get(c, "") for c in header] for row in rows]


def _manifest_bytes(data: Callable[[Path], bytes]) -> Callable[[Path], dict]:
    def setup(sandbox: Path) -> dict:
        _sandbox(sandbox)
        (sandbox / "raw" / "manifest.csv").write_bytes(data(sandbox))
        return {}
    return setup


def _manifest_is_folder(sandbox: Path) -> dict:
    _sandbox(sandbox)
    (sandbox / "raw" / "manifest.csv").mkdir()
    return {}


def _manifest_link_outside(sandbox: Path) -> dict:
    _sandbox(sandbox)
    (sandbox / "outside" / "their_manifest.csv").write_text(manifest_text(_rows(_good_row(sandbox))), encoding="utf-8")
    (sandbox / "raw" / "manifest.csv").symlink_to(sandbox / "outside" / "their_manifest.csv")
    return {}


def _manifest_cli(sandbox: Path, context: dict) -> Outcome:
    return cli(["build", "--raw", str(sandbox / "raw"), "--out", str(sandbox / "out"), "--no-progress"])


# ------------------------------------------------------------------------------------ number forms, encodings

def _plan(name: str, body: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    def write(sandbox: Path) -> None:
        (sandbox / "raw" / name).write_bytes((PLAN_HEAD + body).encode(encoding))
    return write


def _targets_of(outcome: Outcome, file: str):
    targets = outcome.tables["targets"]
    return targets[targets["source_file"] == file]


# ---------------------------------------------------------------------------------------------- cleanup

HOLDER = """
import sys
from plantargets.report.run_folders import run_folder
with run_folder(sys.argv[1]) as folder:
    (folder / "kernel-1234.json").write_text("{}")
    print(folder, flush=True)
    sys.stdin.read()
"""


def start_holder(tmp: Path) -> tuple[subprocess.Popen, Path]:
    """A process that holds a run folder in ``tmp`` (a live run) until its stdin closes."""
    proc = subprocess.Popen([PYTHON, "-c", HOLDER, str(tmp)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    return proc, Path(proc.stdout.readline().strip())


def _killed_run(sandbox: Path) -> dict:
    _sandbox(sandbox)
    proc, folder = start_holder(sandbox / "tmp")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return {"folder": folder}


def _live_run(sandbox: Path) -> dict:
    _sandbox(sandbox)
    proc, folder = start_holder(sandbox / "tmp")
    return {"folder": folder, "proc": proc}


def _lockless(age: float) -> Callable[[Path], dict]:
    def setup(sandbox: Path) -> dict:
        _sandbox(sandbox)
        folder = sandbox / "tmp" / "plantargets-run-olderversion"
        folder.mkdir()
        (folder / "job.json").write_text("{}", encoding="utf-8")
        then = time.time() - age
        os.utime(folder, (then, then))
        return {"folder": folder}
    return setup


def _run_link(sandbox: Path) -> dict:
    _sandbox(sandbox)
    target = sandbox / "outside" / "precious"
    target.mkdir()
    (target / "data.txt").write_text("keep me\n", encoding="utf-8")
    (target / ".lock").write_text("", encoding="utf-8")
    link = sandbox / "tmp" / "plantargets-run-link"
    link.symlink_to(target, target_is_directory=True)
    return {"folder": link}


def _other_user(sandbox: Path) -> dict:
    _sandbox(sandbox)
    folder = sandbox / "tmp" / "plantargets-run-someoneelse"
    folder.mkdir()
    (folder / ".lock").write_text("", encoding="utf-8")
    if os.getuid() == 0:
        os.chown(folder, 65534, 65534)
    else:  # not root: a folder this user does not own cannot be made; the file stands in for it
        folder.rmdir()
        folder.write_text("not ours", encoding="utf-8")
    return {"folder": folder}


def _run_file(sandbox: Path) -> dict:
    _sandbox(sandbox)
    folder = sandbox / "tmp" / "plantargets-run-notes.txt"
    folder.write_text("a file with the prefix\n", encoding="utf-8")
    return {"folder": folder}


def _clean(sandbox: Path, context: dict) -> Outcome:
    from plantargets.report.run_folders import remove_stale_run_folders

    try:
        removed = remove_stale_run_folders(sandbox / "tmp")
        kept = os.path.lexists(context["folder"])
    finally:
        if "proc" in context:
            context["proc"].stdin.close()
            context["proc"].wait(timeout=30)
    return Outcome("handled", f"removed {[p.name for p in removed]}, kept: {kept}", extra={"kept": kept})


def _run_folder_ends(how: str) -> Callable[[Path, dict], Outcome]:
    def act(sandbox: Path, context: dict) -> Outcome:
        from plantargets.report.run_folders import run_folder

        seen = []
        try:
            with run_folder(sandbox / "tmp") as folder:
                seen.append(folder)
                (folder / "jupyter-runtime").mkdir()
                (folder / "jupyter-runtime" / "kernel-1.json").write_text("{}", encoding="utf-8")
                if how == "exception":
                    raise RuntimeError("a runner bug")
                if how == "interrupt":
                    raise KeyboardInterrupt
        except (RuntimeError, KeyboardInterrupt):
            pass
        left = os.path.lexists(seen[0])
        return Outcome("handled", f"{how}: run folder left behind: {left}", extra={"left": left})
    return act


# ------------------------------------------------------------------------------------ spreadsheet formulas

def _export_report_table(sandbox: Path, context: dict) -> Outcome:
    import pandas as pd

    from plantargets.report import export_table

    frame = pd.DataFrame({"city": ["=cmd|' /C calc'!A0", "@SUM(1+1)", "Zhanjiang"], "change": [-5.2, 3.0, -0.5],
                          "note": ["-2+3", "+1", "\tTAB"]}, index=pd.Index(["=a", "b", "c"], name="-key"))
    written = export_table(frame, "hostile", sandbox / "out", index=True)
    return Outcome("handled", written["csv"].read_text(encoding="utf-8")[:200], out=sandbox / "out",
                   extra={"csv": written["csv"], "frame": frame})


# ------------------------------------------------------------------------------------ hand-written checks

def _secret_never_read(outcome: Outcome, sandbox: Path) -> None:
    for name, frame in outcome.tables.items():
        for column in frame.columns:
            if frame[column].dtype == object or str(frame[column].dtype).startswith("string"):
                assert not frame[column].fillna("").astype(str).str.contains("31415926|root:x").any(), (name, column)


def _message_of(outcome: Outcome, file: str, flag_type: str) -> str:
    flags = outcome.tables["flags"]
    rows = flags[(flags["source_file"] == file) & (flags["flag_type"] == flag_type)]
    return " | ".join(rows["message"])


def _no_victim(outcome: Outcome, sandbox: Path) -> None:
    assert not (sandbox / "outside" / "PWNED").exists(), "a YAML tag ran code"


def _date_is_iso_text(outcome: Outcome, sandbox: Path) -> None:
    parameters = outcome.extra["runs"][0].parameters
    assert parameters == {"start": "2025-01-01", "when": "2025-03-01T09:30:00+08:00"}, parameters
    json.dumps(parameters, allow_nan=False)


def _lone_equals_is_text(outcome: Outcome, sandbox: Path) -> None:
    assert outcome.extra["runs"][0].parameters == {"op": "=", "label": "=1+1"}


def _city(expected: str) -> Callable[[Outcome, Path], None]:
    def check(outcome: Outcome, sandbox: Path) -> None:
        assert set(_targets_of(outcome, GOOD_NAME)["city"]) == {expected}
    return check


def _no_mismatch(outcome: Outcome, sandbox: Path) -> None:
    assert "manifest_mismatch" not in outcome.flags_of(GOOD_NAME), _message_of(outcome, GOOD_NAME, "manifest_mismatch")
    _city("Sihui")(outcome, sandbox)


def _csv_cells(path: Path, column: str) -> list[str]:
    import csv

    with open(path, encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def _formula_titles_guarded(outcome: Outcome, sandbox: Path) -> None:
    from plantargets.csv_text import restore_formula_text

    title = '=HYPERLINK("http://evil.example","click")'
    assert outcome.tables["documents"]["title"].tolist() == [title]          # Parquet: exact
    cells = _csv_cells(outcome.out / "documents.csv", "title")
    assert cells == ["'" + title] and restore_formula_text(cells[0]) == title
    assert _csv_cells(outcome.out / "documents.csv", "doc_type") == ["'@SUM(1)"]


def _manifest_row_ignored(outcome: Outcome, sandbox: Path) -> None:
    assert "not a file name" in _message_of(outcome, "manifest.csv", "manifest_mismatch")
    _secret_never_read(outcome, sandbox)


def _directions(outcome: Outcome, sandbox: Path) -> None:
    rows = _targets_of(outcome, "directions.txt")
    assert sorted(zip(rows["value"], rows["direction"])) == [(3.5, "decrease"), (3.5, "increase")]


def _signed(outcome: Outcome, sandbox: Path) -> None:
    rows = _targets_of(outcome, "signed.txt")
    assert rows["value"].tolist() == [-5.2]
    assert "-5.2%" in _message_of(outcome, "signed.txt", "unclassified_number")


def _word_numbers(outcome: Outcome, sandbox: Path) -> None:
    rows = _targets_of(outcome, "words.txt")
    values = dict(zip(rows["quote"].str[-6:], rows["value_std"]))
    assert values.get("百分之九十五") == 95 and 30000 in set(rows["value_std"]), values
    assert any(abs(v - 100 / 3) < 0.01 for v in rows["value_std"].dropna()), values   # 三分之一
    assert any(abs(v - 90) < 1e-9 for v in rows["value_std"].dropna()), values        # 九成 = 90 %


def _zero_width(outcome: Outcome, sandbox: Path) -> None:
    assert _targets_of(outcome, "zero_width.txt")["value"].tolist() == [95.0]


def _percent_range(outcome: Outcome, sandbox: Path) -> None:
    rows = _targets_of(outcome, "range.txt")
    assert rows[["comparator", "value", "value_high"]].values.tolist() == [["range", 90.0, 95.0]]
    assert "conflict" not in outcome.flags_of("range.txt")


def _base_year(outcome: Outcome, sandbox: Path) -> None:
    rows = _targets_of(outcome, "base_year.txt")
    assert rows["year"].tolist() == [2025] and rows["value"].tolist() == [2.0]


def _huge_number(outcome: Outcome, sandbox: Path) -> None:
    assert "400 characters" in _message_of(outcome, "huge.txt", "unclassified_number")
    assert not _targets_of(outcome, "huge.txt")["value"].isin([float("inf")]).any()


def _less_than_in_html(outcome: Outcome, sandbox: Path) -> None:
    assert sorted(_targets_of(outcome, "less_than.html")["value"]) == [5.0, 95.0, 99.0]


def _tag_swallows_text(outcome: Outcome, sandbox: Path) -> None:
    assert "removed as markup" in _message_of(outcome, "tag.html", "html_markup")
    assert _targets_of(outcome, "tag.html")["value"].tolist() == [96.0]


def _big5(outcome: Outcome, sandbox: Path) -> None:
    rows = _targets_of(outcome, "big5.txt")
    assert rows[["indicator_id", "value"]].values.tolist() == [["preschool_gross_enrollment_rate", 95.0]]
    assert "cp950" in _message_of(outcome, "big5.txt", "encoding_detected")


def _values(file: str, expected: list[float]) -> Callable[[Outcome, Path], None]:
    def check(outcome: Outcome, sandbox: Path) -> None:
        assert sorted(_targets_of(outcome, file)["value"]) == expected
    return check


def _removed(outcome: Outcome, sandbox: Path) -> None:
    assert outcome.extra["kept"] is False


def _kept(outcome: Outcome, sandbox: Path) -> None:
    assert outcome.extra["kept"] is True


def _not_left(outcome: Outcome, sandbox: Path) -> None:
    assert outcome.extra["left"] is False


def _quote_guarded(file: str, prefix: str) -> Callable[[Outcome, Path], None]:
    """The quote's CSV cell carries one more ``'`` than the text; Parquet and ``load()`` keep it exact, so
    ``raw_text[char_start:char_end] == quote`` holds there and, through ``restore_formula_text``, on the CSV."""
    def check(outcome: Outcome, sandbox: Path) -> None:
        from plantargets.csv_text import restore_formula_text
        from plantargets.text.read import read_raw_file

        text = read_raw_file(sandbox / "raw" / file).text
        rows = _targets_of(outcome, file)
        quotes = rows["quote"].tolist()
        assert any(q.startswith(prefix) for q in quotes), quotes
        assert all(text[s:e] == q for s, e, q in zip(rows["char_start"], rows["char_end"], quotes))
        cells = [c for c, f in zip(_csv_cells(outcome.out / "targets.csv", "quote"),
                                   _csv_cells(outcome.out / "targets.csv", "source_file")) if f == file]
        assert cells == [("'" + q if q.startswith(prefix) else q) for q in quotes]
        assert [restore_formula_text(c) for c in cells] == quotes
        values = [c for c, f in zip(_csv_cells(outcome.out / "targets.csv", "value"),
                                    _csv_cells(outcome.out / "targets.csv", "source_file")) if f == file]
        assert all(not v.startswith("'") for v in values)
    return check


def _numbers_guarded(outcome: Outcome, sandbox: Path) -> None:
    _quote_guarded("minus.txt", "-")(outcome, sandbox)
    texts = [t for t, f in zip(_csv_cells(outcome.out / "numbers.csv", "text"),
                               _csv_cells(outcome.out / "numbers.csv", "source_file")) if f == "minus.txt"]
    assert "'-5.2%" in texts
    assert _csv_cells(outcome.out / "targets.csv", "value").count("-5.2") == 1   # a number stays a number


def _report_csv_guarded(outcome: Outcome, sandbox: Path) -> None:
    import pandas as pd

    from plantargets.csv_text import restore_formula_frame

    text = outcome.extra["csv"].read_text(encoding="utf-8")
    assert text.splitlines() == ["'-key,city,change,note", "'=a,'=cmd|' /C calc'!A0,-5.2,'-2+3",
                                 "b,'@SUM(1+1),3.0,'+1", "c,Zhanjiang,-0.5,'\tTAB"], text
    back = restore_formula_frame(pd.read_csv(outcome.extra["csv"], index_col=0))
    pd.testing.assert_frame_equal(back, outcome.extra["frame"])


def _odd_names_read(outcome: Outcome, sandbox: Path) -> None:
    name = "=HYPERLINK(x).txt"
    assert _targets_of(outcome, name)["value"].tolist() == [99.0]
    assert _targets_of(outcome, "line\nbreak.txt")["value"].tolist() == [96.0]
    assert "'" + name in _csv_cells(outcome.out / "targets.csv", "source_file")


def _either_copy_flagged(outcome: Outcome, sandbox: Path) -> None:
    assert "duplicate_capture" in outcome.flags_of("mirror.txt") | outcome.flags_of(GOOD_NAME)


# ------------------------------------------------------------------------------------------- the cases

def _m(*rows_of: Callable[[Path], dict], header=("source_file", "sha256", "city_zh", "city_en")):
    return _manifest(lambda sandbox: _rows(*(row(sandbox) for row in rows_of), header=header))


def _good(**fields: str) -> Callable[[Path], dict]:
    return lambda sandbox: _good_row(sandbox, **fields)


REFUSED = r"refusing to write the clean tables"
CASES: list[Case] = [
    # output folders: refused with the reason, exit 2, nothing touched
    Case("out_is_raw", "output", "--out is the raw folder", _raw_is_out, _build, "error", REFUSED + r".*is or contains"),
    Case("out_is_raw_parent", "output", "--out is the raw folder's parent", _parent_is_out, _build, "error",
         r"is or contains .*raw"),
    Case("out_inside_raw", "output", "--out lies inside the raw folder", _inside_raw, _build, "error", r"lies inside"),
    Case("out_is_repository", "output", "--out is a git repository's root", _repository, _build, "error",
         r"repository's root"),
    Case("out_is_home", "output", "--out is the home folder", _home, _build_with_home, "error", r"home folder"),
    Case("out_is_someones_folder", "output", "--out holds someone's thesis", _foreign_folder, _build, "error",
         r"not empty and was not written by plantargets"),
    Case("out_is_a_file", "output", "--out is a file", _out_is_file, _build, "error", r"is a file, not a folder"),
    Case("out_links_to_raw", "output", "--out is a link to the raw folder", _link_to_raw, _build, "error",
         r"is or contains"),
    Case("out_is_raw_cli", "output", "plantargets build --raw R --out R", _sandbox, _cli_raw_is_out, "error", REFUSED),
    Case("report_into_grid_folder", "output", "plantargets report --out <the grid's folder>",
         _report_into_grid_folder, _report, "error", r"refusing to write the report"),
    # links and odd files: skipped with the reason, never read, never a stopped build
    Case("link_outside", "links", "a .txt link to a file outside the raw folder", _with(_link_outside), _build, "flag",
         flags={"passwd.txt": {"skipped_file"}}, check=_secret_never_read),
    Case("link_loop", "links", "two links pointing at each other", _with(_link_loop), _build, "flag",
         flags={"a.txt": {"skipped_file"}, "b.txt": {"skipped_file"}}),
    Case("link_dangling", "links", "a link to a deleted file", _with(_link_dangling), _build, "flag",
         flags={"gone.txt": {"skipped_file"}}),
    Case("link_inside", "links", "a link to the good plan, inside the raw folder", _with(_link_inside), _build, "flag",
         check=_either_copy_flagged),
    Case("fifo", "links", "a named pipe called pipe.txt (reading it would hang)", _with(_fifo), _build, "flag",
         flags={"pipe.txt": {"skipped_file"}}),
    Case("socket", "links", "a Unix socket called listening.html", _with(_socket), _build, "flag",
         flags={"listening.html": {"skipped_file"}}),
    Case("other_formats", "links", "a PDF, a .docx, a file without extension, a sub-folder", _with(_other_formats),
         _build, "flag", flags={n: {"skipped_file"} for n in ("plan.pdf", "plan.docx", "NOTES", "archive")}),
    Case("name_not_utf8", "links", "a file name in GBK bytes", _with(_undecodable_name), _build, "flag",
         flags={"\\xb9㶫.txt": {"skipped_file"}}),  # 0xB9 starts no UTF-8 character; E3 B6 AB is 㶫
    Case("odd_names", "links", "file names starting with = and holding a line break", _with(_odd_names), _build,
         "handled", check=_odd_names_read, why="a name is data: read, and its CSV cell guarded"),
    # report grids: refused before any notebook runs, with the line and the reason
    Case("grid_alias_bomb", "grid", "nine levels of nine aliases (387 million strings)", _grid(ALIAS_BOMB), grid,
         "error", r"expands to more than 100,000 values"),
    Case("grid_alias_bomb_cli", "grid", "the alias bomb through plantargets report", _grid(ALIAS_BOMB), _grid_cli,
         "error", r"expands to more than 100,000 values"),
    Case("grid_deep", "grid", "a parameter nested 200 lists deep", _grid(DEEP), grid, "error", r"nested more than 20"),
    Case("grid_set", "grid", "a !!set parameter", _grid("- notebook: a\n  parameters: {cities: !!set {a, b}}\n"),
         grid, "error", r"tag '!!set' is not allowed"),
    Case("grid_python_tag", "grid", "!!python/object/apply:os.system",
         lambda s: _grid("- notebook: a\n  parameters: {x: !!python/object/apply:os.system "
                         f"['touch {s / 'outside' / 'PWNED'}']}}\n")(s),
         grid, "error", r"tag '!!python/object/apply:os.system' is not allowed", check=_no_victim),
    Case("grid_binary", "grid", "a !!binary parameter", _grid("- notebook: a\n  parameters: {x: !!binary aGk=}\n"),
         grid, "error", r"'!!binary' is not allowed"),
    Case("grid_custom_tag", "grid", "an !include tag", _grid("- notebook: a\n  parameters: !include /etc/passwd\n"),
         grid, "error", r"'!include' is not allowed"),
    Case("grid_date", "grid", "an unquoted date and timestamp",
         _grid("- notebook: a\n  parameters: {start: 2025-01-01, when: 2025-03-01 09:30:00 +08:00}\n"), grid,
         "handled", check=_date_is_iso_text, why="a date becomes its ISO text before any notebook runs"),
    Case("grid_lone_equals", "grid", "a bare = value (PyYAML's 'value' tag)",
         _grid("- notebook: a\n  parameters: {op: =, label: =1+1}\n"), grid, "handled", check=_lone_equals_is_text,
         why="a bare = is text"),
    Case("grid_nan", "grid", "a .nan parameter", _grid("- notebook: a\n  parameters: {x: .nan}\n"), grid, "error",
         r"parameters\.x is nan"),
    Case("grid_int_key", "grid", "a mapping value with a number as key",
         _grid("- notebook: a\n  parameters: {x: {2025: a}}\n"), grid, "error", r"key 2025, which is not text"),
    Case("grid_recursive", "grid", "an alias inside its own anchor",
         _grid("- notebook: a\n  parameters: {x: &loop [1, *loop]}\n"), grid, "error", r"refers to a value that holds it"),
    Case("grid_too_big", "grid", "a 1.2 MB grid file", _big_grid, grid, "error", r"over the 1,000,000"),
    Case("grid_not_utf8", "grid", "a grid saved in GBK", _grid("- notebook: 湛江\n".encode("gbk")), grid, "error",
         r"not UTF-8"),
    Case("grid_product", "grid", "a grid of 6 axes × 10 values (a million runs)",
         _grid("- notebook: a\n  grid: {" + ", ".join(f"p{i}: [0,1,2,3,4,5,6,7,8,9]" for i in range(6)) + "}\n"),
         grid, "error", r"1,000,000 runs, over the 100,000"),
    # manifests: refused when ambiguous or unreadable, else a flag per row or column
    Case("manifest_rows_disagree", "manifest", "one file on two rows with different cities",
         _m(_good(), _good(city_zh="湛江市", city_en="Zhanjiang")), _manifest_cli, "error",
         r"good_plan.txt is listed on lines 2 and 3 with different city_zh, city_en"),
    Case("manifest_row_repeated", "manifest", "one row written twice", _m(_good(), _good()), _build, "flag",
         flags={GOOD_NAME: {"manifest_problem"}}, check=_city("Sihui")),
    Case("manifest_unknown_column", "manifest", "a 'city' column (for city_en)",
         _m(_good(city="Sihui"), header=("source_file", "sha256", "city_zh", "city")), _build, "flag",
         flags={"manifest.csv": {"manifest_problem"}, GOOD_NAME: {"manifest_problem"}}),
    Case("manifest_upper_case_hash", "manifest", "the SHA-256 in upper case",
         _manifest(lambda s: _rows(_good_row(s, sha256=sha(s / "raw" / GOOD_NAME).upper()))), _build, "handled",
         check=_no_mismatch, why="upper-case hex is the same hash"),
    Case("manifest_undecodable", "manifest", "a manifest of random bytes",
         _manifest_bytes(lambda s: b"source_file,sha256\n" + bytes(range(128, 256)) * 4), _build, "error",
         r"neither UTF-8, UTF-16 with a byte-order mark nor GB18030"),
    Case("manifest_is_folder", "manifest", "manifest.csv is a folder", _manifest_is_folder, _build, "error",
         r"not a regular file"),
    Case("manifest_links_outside", "manifest", "manifest.csv links out of the raw folder", _manifest_link_outside,
         _build, "error", r"outside the raw folder"),
    Case("manifest_empty", "manifest", "a 0-byte manifest", _manifest_bytes(lambda s: b""), _build, "error",
         r"is empty"),
    Case("manifest_no_source_file", "manifest", "no source_file column",
         _manifest(lambda s: [["file", "sha256"], [GOOD_NAME, sha(s / "raw" / GOOD_NAME)]]), _build, "error",
         r"no 'source_file' column"),
    Case("manifest_long_field", "manifest", "a 200,000-character description",
         _m(_good(description="长" * 200_000), header=("source_file", "sha256", "city_zh", "city_en", "description")),
         _build, "flag", flags={GOOD_NAME: {"manifest_problem"}}, check=_city("Sihui")),
    Case("manifest_city_zh_only", "manifest", "city_zh without city_en", _m(_good(city_en="")), _build, "flag",
         flags={GOOD_NAME: {"manifest_problem"}}, check=_city("Sihui")),
    Case("manifest_city_en_only", "manifest", "city_en without city_zh", _m(_good(city_zh="")), _build, "flag",
         flags={GOOD_NAME: {"manifest_problem"}}),
    Case("manifest_extra_fields", "manifest", "a row with an unquoted comma (more fields than the header)",
         _manifest_bytes(lambda s: f"source_file,sha256,city_zh,city_en\n{GOOD_NAME},{sha(s / 'raw' / GOOD_NAME)},"
                                   "四会市,Sihui,extra\n".encode()), _build, "flag",
         flags={"manifest.csv": {"manifest_problem"}}, check=_city("Sihui")),
    Case("manifest_traversal", "manifest", "source_file ../outside/secret.txt",
         _m(_good(), lambda s: {"source_file": "../outside/secret.txt", "sha256": "0" * 64}), _build, "flag",
         flags={"manifest.csv": {"manifest_mismatch"}}, check=_manifest_row_ignored),
    Case("manifest_not_a_hash", "manifest", "a sha256 cell that is not a SHA-256", _m(_good(sha256="=1+1")), _build,
         "flag", flags={GOOD_NAME: {"manifest_mismatch"}}, check=_city("Sihui")),
    Case("manifest_utf16", "manifest", "a manifest saved as UTF-16 (Excel's Unicode text)",
         _manifest(lambda s: _rows(_good_row(s, city_en="Sihui City")), encoding="utf-16"), _build, "handled",
         check=_city("Sihui City"), why="UTF-16 with a byte-order mark is read"),
    Case("manifest_formula_cells", "manifest", "title =HYPERLINK(…) and doc_type @SUM(1)",
         _m(_good(title='=HYPERLINK("http://evil.example","click")', doc_type="@SUM(1)"),
            header=("source_file", "sha256", "city_zh", "city_en", "title", "doc_type")), _build, "handled",
         check=_formula_titles_guarded, why="the text is kept; its CSV cell is guarded"),
    # number forms: kept with their sign and direction, or flagged
    Case("numbers_direction", "numbers", "下降3.5% beside 增长3.5%",
         _with(_plan("directions.txt", "到2025年,全市财政支出下降3.5%,一般公共预算收入增长3.5%。\n")), _build, "handled",
         check=_directions, why="two values with their directions"),
    Case("numbers_signed", "numbers", "增长-5.2%, and -5.2% alone on a line",
         _with(_plan("signed.txt", "到2025年,规模以上工业增加值增长-5.2%。\n-5.2%\n")), _build, "flag",
         flags={"signed.txt": {"unclassified_number"}}, check=_signed),
    Case("numbers_words", "numbers", "百分之九十五, 三万个, 九成, 三分之一",
         _with(_plan("words.txt", "到2025年,学前三年毛入园率达到百分之九十五,新增学位三万个,九成学校达标,"
                                  "三分之一学校建成示范校。\n")), _build, "handled", check=_word_numbers,
         why="word numerals are values"),
    Case("numbers_zero_width", "numbers", "a zero-width space inside 95",
         _with(_plan("zero_width.txt", "到2025年,学前三年毛入园率达到9\u200b5%以上。\n")), _build, "flag",
         flags={"zero_width.txt": {"scrape_residue"}}, check=_zero_width),
    Case("numbers_percent_range", "numbers", "90%~95%",
         _with(_plan("range.txt", "到2025年,学前三年毛入园率达到90%~95%。\n")), _build, "handled", check=_percent_range,
         why="one range, not two values in conflict"),
    Case("numbers_base_year", "numbers", "比2020年提高2个百分点",
         _with(_plan("base_year.txt", "到2025年,学前三年毛入园率比2020年提高2个百分点。\n")), _build, "handled",
         check=_base_year, why="the comparison year is not the target year"),
    Case("numbers_400_digits", "numbers", "a 400-digit number",
         _with(_plan("huge.txt", "到2025年,新增学位" + "9" * 400 + "个。\n")), _build, "flag",
         flags={"huge.txt": {"unclassified_number"}}, check=_huge_number),
    Case("numbers_less_than_in_html", "numbers", "a literal < in HTML text before numbers (大班额比例<5%)",
         _with(lambda s: (s / "raw" / "less_than.html").write_text(
             "<html><body><p>某市教育发展规划(2021—2025年)</p><p>到2025年,大班额比例<5%,学前三年毛入园率达到95%以上,"
             "义务教育巩固率达到99%。</p></body></html>", encoding="utf-8")), _build, "handled",
         check=_less_than_in_html, why="a < that opens no tag is text: every value read"),
    Case("numbers_tag_swallows_text", "numbers", "a<b 学前… : a < that does open a tag (a browser hides the text)",
         _with(lambda s: (s / "raw" / "tag.html").write_text(
             "<html><body><p>某市教育发展规划(2021—2025年)</p><p>到2025年,a<b 学前三年毛入园率达到95%以上,"
             "义务教育巩固率达到99%。</p><p>到2025年,普通高中毛入学率达到96%。</p></body></html>", encoding="utf-8")),
         _build, "flag", flags={"tag.html": {"html_markup"}}, check=_tag_swallows_text),
    # encodings: read right, or flagged
    Case("encoding_big5", "encoding", "a traditional-character plan in Big5",
         _with(lambda s: (s / "raw" / "big5.txt").write_bytes(
             "某市教育發展規劃(2021—2025年)\n一、主要目標\n到2025年,學前三年毛入園率達到95%以上。\n".encode("big5"))),
         _build, "flag",
         flags={"big5.txt": {"encoding_detected", "traditional_characters"}}, check=_big5),
    Case("encoding_cp1252", "encoding", "an English page in Windows-1252",
         _with(lambda s: (s / "raw" / "english.html").write_bytes(
             "<html><body><p>Café résumé — by 2025 the enrolment rate “reaches” 95%</p></body></html>"
             .encode("cp1252"))), _build, "flag", flags={"english.html": {"encoding_detected"}}),
    Case("encoding_utf16_bom", "encoding", "a plan in UTF-16 with a byte-order mark",
         _with(_plan("utf16.txt", "到2025年,普通高中毛入学率达到96%以上。\n", "utf-16")), _build, "handled",
         check=_values("utf16.txt", [96.0]), why="a byte-order mark declares the encoding"),
    Case("encoding_utf16_no_bom", "encoding", "a plan in UTF-16 without a byte-order mark",
         _with(_plan("utf16le.txt", "到2025年,普通高中毛入学率达到96%以上。\n", "utf-16-le")), _build, "flag",
         flags={"utf16le.txt": {"unreadable_file"}}),
    Case("encoding_cr_only", "encoding", "old Mac line endings (CR only)",
         _with(lambda s: (s / "raw" / "mac.txt").write_bytes(
             (PLAN_HEAD + "到2025年,普通高中毛入学率达到96%以上。\n").replace("\n", "\r").encode("utf-8"))), _build,
         "handled", check=_values("mac.txt", [96.0]), why="CR ends a line"),
    # cleanup of report run folders (TMPDIR is sandbox/tmp)
    Case("cleanup_killed_run", "cleanup", "a run folder whose process was SIGKILLed", _killed_run, _clean, "handled",
         check=_removed, why="its lock is free: removed", may_change=("tmp",)),
    Case("cleanup_live_run", "cleanup", "a run folder whose lock another process holds", _live_run, _clean, "handled",
         check=_kept, why="a live run's folder is kept", may_change=("tmp",)),
    Case("cleanup_lockless_old", "cleanup", "a lock-less run folder two hours old (older version, killed)",
         _lockless(7200), _clean, "handled", check=_removed, why="old and unlocked: removed", may_change=("tmp",)),
    Case("cleanup_lockless_new", "cleanup", "a lock-less run folder a second old (being set up)",
         _lockless(1), _clean, "handled", check=_kept, why="may be starting: kept", may_change=("tmp",)),
    Case("cleanup_link", "cleanup", "plantargets-run-link → a folder outside", _run_link, _clean, "handled",
         check=_kept, why="a link is not followed or removed", may_change=("tmp",)),
    Case("cleanup_other_user", "cleanup", "a run folder owned by another user", _other_user, _clean, "handled",
         check=_kept, why="not ours to remove", may_change=("tmp",)),
    Case("cleanup_file", "cleanup", "a file named plantargets-run-notes.txt", _run_file, _clean, "handled",
         check=_kept, why="not a run folder", may_change=("tmp",)),
    Case("cleanup_exception", "cleanup", "a run that raises", _sandbox, _run_folder_ends("exception"), "handled",
         check=_not_left, why="removed on the way out", may_change=("tmp",)),
    Case("cleanup_interrupt", "cleanup", "a run stopped by Ctrl-C (and SIGTERM, which the runner turns into it)",
         _sandbox, _run_folder_ends("interrupt"), "handled", check=_not_left, why="removed on the way out",
         may_change=("tmp",)),
    # spreadsheet formulas in the CSV files
    Case("csv_quote_equals", "csv", "quotes that start with = and @",
         _with(lambda s: (s / "raw" / "equals.txt").write_text(
             PLAN_HEAD + "=学前三年毛入园率达到95%以上。\n@义务教育巩固率达到99%。\n", encoding="utf-8")), _build,
         "handled", check=_quote_guarded("equals.txt", ("=", "@")), why="guarded in the CSV"),
    Case("csv_quote_minus", "csv", "a quote that starts with -, and the token -5.2%",
         _with(lambda s: (s / "raw" / "minus.txt").write_text(
             PLAN_HEAD + "-学前三年毛入园率达到95%以上。\n到2025年,规模以上工业增加值增长-5.2%。\n", encoding="utf-8")),
         _build, "handled", check=_numbers_guarded, why="guarded in the CSV; numbers are not"),
    Case("csv_quote_already_guarded", "csv", "a quote that starts with '=",
         _with(lambda s: (s / "raw" / "guarded.txt").write_text(
             PLAN_HEAD + "'=学前三年毛入园率达到95%以上。\n", encoding="utf-8")), _build, "handled",
         check=_quote_guarded("guarded.txt", "'="), why="one more ' in the CSV, removed exactly on reading"),
    Case("csv_report_table", "csv", "a report table with =, @, +, -, tab cells and a text index",
         _sandbox, _export_report_table, "handled", check=_report_csv_guarded, why="guarded in the CSV",
         may_change=("out",)),
]


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile_inputs")
    for item in CASES:
        item.setup(root / item.name)
        print(root / item.name)

"""Security: output confinement, parameter injection, HTML escaping of document text, no network at run time.

- Run names, notebook parameters and output names cannot make the runner write outside the report folder.
- Parameter values reach the notebook as plain strings, whatever quotes, newlines or code they hold.
- Text from a plan document (a raw file that carries ``<script>`` and ``onerror=`` in a target sentence) is
  escaped in ``show_source``'s HTML, in a report's ``index.html`` and in an executed report page
  (the real ``notebooks/10_city_profile.ipynb`` run through ``plantargets report``).
- A build and a report run with the network blocked: a ``sitecustomize`` guard in every Python process
  (build, report runner, notebook worker, Jupyter kernel) refuses any non-loopback connection and logs it,
  and where the machine allows it (Linux, root or user namespaces) everything runs in a new network
  namespace that has nothing but loopback.

About 20 s on 2 cores (two report runs and one build).
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest
from helpers import netns_prefix
import yaml

import plantargets
from plantargets import paths
from plantargets.report import ParameterError, export_table, validate_parameters
from plantargets.report.params import safe_slug
from plantargets.report.grid import ConfigError, load_grid

FIXTURES = Path(__file__).parent / "notebooks"
PYTHON = sys.executable
PROFILE_NOTEBOOK = paths.NOTEBOOKS_DIR / "10_city_profile.ipynb"

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_DOCUMENT = f"""湛江市教育发展规划

湛江市人民政府

一、发展目标

到2025年,{SCRIPT}学前三年毛入园率达到98%以上。
到2025年,{IMG}九年义务教育巩固率达到99%以上。
到2025年,高中阶段毛入学率达到97%以上。
"""


# ---------------------------------------------------------------------------------------- helpers

class _ActiveContent(HTMLParser):
    """Collects what a browser would run: script bodies and src, ``on*`` attributes, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.script_sources: list[str] = []
        self.handlers: list[tuple[str, str, str]] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._in_script = True
            self.script_sources += [value or "" for name, value in attrs if name == "src"]
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.handlers.append((tag, name, value or ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def _active(page: str) -> _ActiveContent:
    parser = _ActiveContent()
    parser.feed(page)
    parser.close()
    return parser


def _assert_document_text_inert(page: str, where: str) -> None:
    """No script or event handler from the document text; the text itself is shown, as text."""
    assert SCRIPT not in page and IMG not in page, f"{where}: raw markup from the document"
    found = _active(page)
    assert not any("alert(1)" in body for body in found.scripts), f"{where}: document text inside a <script>"
    assert not found.handlers, f"{where}: event handlers or javascript: URLs {found.handlers}"
    text = "".join(found.text)
    assert SCRIPT in text and IMG in text, f"{where}: the document text is not shown"


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


# ------------------------------------------------------------------------------- network guard

NETGUARD = '''"""Test network guard (tests/test_security.py): refuse every non-loopback connection, and log it."""
import ipaddress
import os
import socket

_LOG = os.environ.get("PLANTARGETS_NETGUARD_LOG")


def _cmdline():
    try:
        with open("/proc/self/cmdline", "rb") as handle:
            return handle.read().replace(b"\\0", b" ").decode(errors="replace").strip()
    except OSError:
        return "?"


def _note(line):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as handle:
            handle.write(f"{line} pid={os.getpid()} cmd={_cmdline()}\\n")


def _loopback(host):
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    host = str(host).split("%")[0]
    if host in ("", "localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check(sock, address, what):
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return
    host = address[0] if isinstance(address, tuple) and address else address
    if not _loopback(host):
        _note(f"blocked {what} {address!r}")
        raise OSError(101, f"network blocked by the test guard: {what} {address!r}")


_connect, _connect_ex, _sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto
_getaddrinfo = socket.getaddrinfo


def connect(self, address):
    _check(self, address, "connect")
    return _connect(self, address)


def connect_ex(self, address):
    _check(self, address, "connect_ex")
    return _connect_ex(self, address)


def sendto(self, data, *args):
    _check(self, args[-1], "sendto")
    return _sendto(self, data, *args)


def getaddrinfo(host, *args, **kwargs):
    if not _loopback(host):
        _note(f"blocked getaddrinfo {host!r}")
        raise socket.gaierror(socket.EAI_NONAME, f"name lookup blocked by the test guard: {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto = connect, connect_ex, sendto
socket.getaddrinfo = getaddrinfo
socket.plantargets_netguard = True
_note("loaded")
'''

GUARD_CHECK = """
import socket, sys
if not getattr(socket, "plantargets_netguard", False):
    sys.exit(3)                                     # guard not loaded: stop before any connection is tried
for attempt in (lambda: socket.create_connection(("192.0.2.1", 9), timeout=1),   # TEST-NET-1, never reached
                lambda: socket.getaddrinfo("pypi.org", 443)):
    try:
        attempt()
    except OSError as err:
        print("refused:", err)
    else:
        sys.exit(4)
"""


def _guarded_env(root: Path, log: Path) -> dict[str, str]:
    guard = root / "netguard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(NETGUARD, encoding="utf-8")
    env = dict(os.environ, PLANTARGETS_NETGUARD_LOG=str(log), PLANTARGETS_ROOT=str(root), TMPDIR=str(root / "tmp"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(guard), os.environ.get("PYTHONPATH")]))
    (root / "tmp").mkdir(exist_ok=True)
    return env


# ----------------------------------------------------------------------- the hostile corpus, offline

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A raw folder with script markup in target sentences, built and reported on with the network blocked."""
    root = tmp_path_factory.mktemp("hostile")
    raw = root / "data" / "raw"
    raw.mkdir(parents=True)
    (raw / "zhanjiang_2024_hostile_plan.txt").write_text(HOSTILE_DOCUMENT, encoding="utf-8")
    log = root / "netguard.log"
    env = _guarded_env(root, log)
    prefix = netns_prefix()
    build = subprocess.run([*prefix, PYTHON, "-m", "plantargets", "build", "--raw", str(raw),
                            "--out", str(root / "data" / "clean"), "--no-progress"],
                           cwd=root, env=env, capture_output=True, text=True, timeout=180)
    grid = [{"notebook": str(PROFILE_NOTEBOOK), "name": "profile", "parameters": {"city": "Zhanjiang"}}]
    (root / "grid.yaml").write_text(yaml.safe_dump(grid, allow_unicode=True), encoding="utf-8")
    out = root / "reports" / "latest"
    report = subprocess.run([*prefix, PYTHON, "-m", "plantargets", "report", "--config", str(root / "grid.yaml"),
                             "--out", str(out), "--jobs", "1", "--timeout", "180", "--no-progress"],
                            cwd=root, env=env, capture_output=True, text=True, timeout=300)
    check = subprocess.run([*prefix, PYTHON, "-c", GUARD_CHECK], cwd=root, env=dict(env, PLANTARGETS_NETGUARD_LOG=str(root / "check.log")),
                           capture_output=True, text=True, timeout=60)
    return {"root": root, "raw": raw, "clean": root / "data" / "clean", "out": out, "build": build, "report": report,
            "log": log, "check": check, "netns": bool(prefix)}


def test_the_hostile_document_is_built_with_its_markup_in_the_quotes(hostile):
    assert hostile["build"].returncode == 0, hostile["build"].stdout + hostile["build"].stderr
    targets = plantargets.load("targets", hostile["clean"])
    quotes = " ".join(targets["quote"].astype(str))
    assert SCRIPT in quotes and IMG in quotes    # the markup is data here: kept, as written


def test_show_source_escapes_document_text(hostile):
    targets = plantargets.load("targets", hostile["clean"])
    shown = 0
    for target_id, quote in zip(targets["target_id"], targets["quote"]):
        if "alert(1)" not in quote:
            continue
        view = plantargets.show_source(target_id, clean_dir=hostile["clean"], raw_dir=hostile["raw"])
        page = view._repr_html_()
        assert "<script" not in page and "<img" not in page
        assert not _active(page).handlers and not _active(page).scripts
        assert ("&lt;script&gt;alert(1)&lt;/script&gt;" in page) or ("&lt;img src=x onerror=alert(1)&gt;" in page)
        assert SCRIPT in str(view) or IMG in str(view)        # plain text keeps the characters as they are
        shown += 1
    assert shown == 2


def test_an_executed_report_page_escapes_document_text(hostile):
    report = hostile["report"]
    assert report.returncode == 0, report.stdout + report.stderr
    page = (hostile["out"] / "profile" / "10_city_profile.html").read_text(encoding="utf-8")
    _assert_document_text_inert(page, "10_city_profile.html")
    index = (hostile["out"] / "index.html").read_text(encoding="utf-8")
    assert "<script" not in index and "onerror" not in index


def test_a_report_page_loads_no_script_from_the_network(hostile):
    assert hostile["report"].returncode == 0
    page = (hostile["out"] / "profile" / "10_city_profile.html").read_text(encoding="utf-8")
    remote = [src for src in _active(page).script_sources if re.match(r"(https?:)?//", src)]
    assert remote == []


def test_a_build_and_a_notebook_run_with_the_network_blocked(hostile):
    print(f"network namespace: {'yes' if hostile['netns'] else 'no (socket guard only)'}")
    assert hostile["build"].returncode == 0, hostile["build"].stderr
    assert hostile["report"].returncode == 0, hostile["report"].stdout + hostile["report"].stderr
    manifest = json.loads((hostile["out"] / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["runs"][0]["status"] == "completed", manifest["runs"][0]["error"]
    lines = hostile["log"].read_text(encoding="utf-8").splitlines()
    loaded = [line for line in lines if line.startswith("loaded")]
    # and the notebook workers; a worker and a kernel forked from the report's fork servers run in their server's
    # process, so the guard loaded there is theirs (their clients, which start them, load it too)
    for process in ("plantargets build", "plantargets report", "ipykernel_launcher",
                    "plantargets.report.fork_server worker", "plantargets.report.fork_server kernel"):
        assert any(process in line for line in loaded), f"guard not loaded in {process}: {loaded}"
    assert len({line.split()[1] for line in loaded}) >= 4, loaded                   # build, runner, worker, kernel
    assert [line for line in lines if line.startswith("blocked")] == []
    check = hostile["check"]                                  # and the guard does refuse what it should
    assert check.returncode == 0 and check.stdout.count("refused:") == 2, check.stdout + check.stderr


# -------------------------------------------------------------------- parameters through the runner

def _injection_payloads(tmp: Path) -> dict[str, str]:
    victim = tmp / "PWNED-absolute"
    return {
        "brief_double_quote": 'x"); import os; os.system("touch PWNED"); ("',
        "brief_triple_quote": "'''; open('PWNED','w')#",
        "triple_double": f'"""; open({str(victim)!r}, "w"); """',
        "backslash_quote": "\\'; open('PWNED', 'w') #\\",
        "newline": "x'\nopen('PWNED', 'w')\n# ",
        "line_separator": "x\u2028open('PWNED', 'w')\u2029#",
        "format_braces": "{open('PWNED', 'w')}",
        "shell": "$(touch PWNED) `touch PWNED`; touch PWNED",
        "nul": "a\x00b",
        "script": SCRIPT,
        "img": IMG,
        "chinese": "湛江 “引号” ‘单’",
    }


@pytest.fixture(scope="module")
def parameter_report(tmp_path_factory):
    """One grid of the echo notebook with hostile values, through ``python -m plantargets report``."""
    root = tmp_path_factory.mktemp("parameters")
    repo = root / "repo"
    (repo / "notebooks").mkdir(parents=True)
    shutil.copy(FIXTURES / "echo_parameter.ipynb", repo / "notebooks")
    (repo / "data" / "clean").mkdir(parents=True)
    (repo / "tmp").mkdir()
    token = uuid.uuid4().hex[:8]
    payloads = _injection_payloads(root)
    escapes = [f"../../../escape-{token}", f"/tmp/escape-{token}", f"a/../../b-escape-{token}",
               f"..\\..\\escape-{token}", f"~/escape-{token}"]
    grid = [
        {"notebook": "notebooks/echo_parameter",
         "parameters": {"text": payloads["brief_double_quote"], "more": list(payloads.values()),
                        "mapping": {"k'\"); open('PWNED','w'); #": payloads["brief_triple_quote"], SCRIPT: IMG}}},
        {"notebook": "notebooks/echo_parameter", "parameters": {"text": escapes[0], "more": escapes[1:]}},
    ]
    (repo / "grid.yaml").write_text(yaml.safe_dump(grid, allow_unicode=True), encoding="utf-8")
    before = _files(repo)
    out = repo / "reports" / "latest"
    env = dict(os.environ, PLANTARGETS_ROOT=str(repo), TMPDIR=str(repo / "tmp"))
    done = subprocess.run([PYTHON, "-m", "plantargets", "report", "--config", str(repo / "grid.yaml"), "--out", str(out),
                           "--jobs", "2", "--timeout", "180", "--no-progress"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8")) if (out / "manifest.json").is_file() else None
    return {"root": root, "repo": repo, "out": out, "done": done, "manifest": manifest, "payloads": payloads,
            "escapes": escapes, "token": token, "before": before, "grid": grid}


def test_parameter_values_arrive_as_the_exact_strings(parameter_report):
    done, manifest = parameter_report["done"], parameter_report["manifest"]
    assert done.returncode == 0 and manifest is not None, done.stdout + done.stderr
    assert [run["status"] for run in manifest["runs"]] == ["completed"] * 2
    by_text = {run["parameters"]["text"]: run for run in manifest["runs"]}
    payloads = parameter_report["payloads"]
    first = parameter_report["grid"][0]["parameters"]
    received = json.loads((parameter_report["out"] / by_text[first["text"]]["name"] / "received.json").read_text("utf-8"))
    assert received["text"] == first["text"]
    assert received["more"] == list(payloads.values())
    assert received["mapping"] == first["mapping"]
    assert set(received["types"]) == {"str"}
    escapes = parameter_report["escapes"]
    got = json.loads((parameter_report["out"] / by_text[escapes[0]]["name"] / "received.json").read_text("utf-8"))
    assert got["text"] == escapes[0] and got["more"] == escapes[1:]


def test_the_injected_parameters_cell_holds_only_literal_assignments(parameter_report):
    out = parameter_report["out"]
    for run in parameter_report["manifest"]["runs"]:
        nb = json.loads((out / run["executed_notebook"]).read_text(encoding="utf-8"))
        cell = next(c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", []))
        tree = ast.parse("".join(cell["source"]))
        values = {}
        for node in tree.body:
            assert isinstance(node, ast.Assign) and len(node.targets) == 1, ast.dump(node)
            values[node.targets[0].id] = ast.literal_eval(node.value)      # a literal, nothing to call
        expected = {**run["parameters"], "output_dir": values["output_dir"]}
        assert values == expected


def test_no_injected_code_ran(parameter_report):
    root, repo = parameter_report["root"], parameter_report["repo"]
    suspects = [repo / "PWNED", root / "PWNED", root / "PWNED-absolute", Path.cwd() / "PWNED",
                paths.REPO_ROOT / "PWNED", Path("/tmp/PWNED")]
    suspects += [p for p in repo.rglob("PWNED*")]
    assert [str(p) for p in suspects if p.exists()] == []


def test_parameter_values_with_dot_dots_write_only_inside_the_report_folder(parameter_report):
    out, repo, token = parameter_report["out"], parameter_report["repo"], parameter_report["token"]
    for run in parameter_report["manifest"]["runs"]:
        assert safe_slug(run["name"]) == run["name"]
        assert (out / run["name"]).resolve().parent == out.resolve()
        for output in run["outputs"]:
            assert (out / output["path"]).resolve().is_relative_to(out.resolve())
    new = _files(repo) - parameter_report["before"]
    outside = [name for name in new if not name.startswith(("reports/latest/", "tmp/"))]
    assert outside == []
    assert sorted(p.name for p in (repo / "reports").iterdir()) == ["latest"]
    for folder in (parameter_report["root"], parameter_report["root"].parent, Path("/tmp"), Path("/etc"),
                   Path.home(), paths.REPO_ROOT, paths.REPO_ROOT.parent):
        assert not list(folder.glob(f"*escape-{token}*")), folder


def test_the_index_escapes_parameter_values(parameter_report):
    index = (parameter_report["out"] / "index.html").read_text(encoding="utf-8")
    found = _active(index)
    assert SCRIPT not in index and IMG not in index
    assert found.scripts == [] and found.handlers == []
    text = "".join(found.text)
    assert SCRIPT in text and IMG in text                  # shown, as text
    for run in parameter_report["manifest"]["runs"]:
        html = (parameter_report["out"] / run["report_html"]).read_text(encoding="utf-8")
        assert not _active(html).handlers and not any("alert(1)" in s for s in _active(html).scripts)


# ------------------------------------------------------------------------ names and paths, unit level

@pytest.mark.parametrize("name", ["../x", "/etc/x", "a/../../b", "..", "x/..", "./x", ".hidden", "C:\\x", "C:x",
                                  "\\\\server\\share", "~/x", "a\\..\\b", "．．/x", "x\x00y", "index.html", "manifest.json"])
def test_run_names_that_could_leave_the_report_folder_are_config_errors(tmp_path, name):
    grid = tmp_path / "grid.yaml"
    grid.write_text(yaml.safe_dump([{"notebook": "a", "name": name}], allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError):
        load_grid(grid, repo_root=tmp_path)


@pytest.mark.parametrize("entry", [
    {"notebook": "a", "parameters": {"output_dir": "../../x"}},
    {"notebook": "a", "grid": {"output_dir": ["/etc"]}},
    {"notebook": "a", "parameters": {"__import__('os').system('touch PWNED')": 1}},
    {"notebook": "a", "parameters": {"x; import os": 1}},
])
def test_output_dir_and_non_identifier_parameter_names_are_config_errors(tmp_path, entry):
    grid = tmp_path / "grid.yaml"
    grid.write_text(yaml.safe_dump([entry]), encoding="utf-8")
    with pytest.raises(ConfigError):
        load_grid(grid, repo_root=tmp_path)


def test_yaml_tags_cannot_run_code(tmp_path):
    victim = tmp_path / "PWNED"
    grid = tmp_path / "grid.yaml"
    grid.write_text(f"- notebook: a\n  parameters: {{x: !!python/object/apply:os.system ['touch {victim}']}}\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError):
        load_grid(grid, repo_root=tmp_path)
    assert not victim.exists()


def test_a_traversal_run_name_on_the_command_line_writes_nothing(tmp_path):
    from click.testing import CliRunner

    from plantargets.cli import main

    (tmp_path / "work").mkdir()
    grid = tmp_path / "work" / "grid.yaml"
    grid.write_text("- notebook: a\n  name: a/../../b\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "--config", str(grid), "--out", str(tmp_path / "work" / "out"),
                                       "--no-progress"])
    assert result.exit_code == 2, result.output
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["work", "work/grid.yaml"]


@pytest.mark.parametrize("notebook, values", [
    ("10_city_profile", {"city": "../../etc/passwd"}),
    ("10_city_profile", {"city": "Zhanjiang", "lang": "../en"}),
    ("30_trend_projection", {"indicator": "../../x"}),
])
def test_notebook_parameters_with_paths_are_refused(tmp_path, notebook, values):
    with pytest.raises(ParameterError):
        validate_parameters(notebook, {**values, "output_dir": str(tmp_path)}, update=False)


@pytest.mark.parametrize("name", ["../escape", "/tmp/escape", "a/../../escape", "..", "sub/escape"])
def test_tables_and_figures_cannot_be_written_outside_output_dir(tmp_path, name):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from plantargets.plots import export_figure

    out = tmp_path / "deep" / "out"
    with pytest.raises(ParameterError):
        export_table(pd.DataFrame({"a": [1]}), name, out)
    fig, _ = plt.subplots()
    try:
        with pytest.raises(ValueError):
            export_figure(fig, name, out)
    finally:
        plt.close(fig)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []

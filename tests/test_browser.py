"""A report opened in a real browser: headless Chromium (Debian's ``chromium`` package) shows the index and a
report page, every link resolves, and the figures load (non-zero natural width).

Chromium is driven from the command line only (``--dump-dom``, ``--screenshot``), no Python driver: a small
wrapper page loads the index and the report page in iframes (``--allow-file-access-from-files``), and a
script writes what the browser saw (resolved links, each image's ``naturalWidth``) into the DOM that
``--dump-dom`` prints. Host names resolve to nothing (``--host-resolver-rules``), and where the machine allows
it Chromium runs in a network namespace of its own, so nothing leaves the machine.

Install Chromium with ``bash tests/browser_setup.sh``. Without ``/usr/bin/chromium`` the browser tests are
skipped, unless ``CI`` is set: then they fail. About 10 s.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from helpers import netns_prefix

FIXTURES = Path(__file__).parent / "notebooks"
CHROMIUM = Path("/usr/bin/chromium")
PYTHON = sys.executable
GRID = """
- notebook: notebooks/export_figure
  name: figure
  parameters: {n: 5}
- notebook: notebooks/raises
  name: raises
  parameters: {message: "compulsory_education_consolidation_rate is a long indicator id"}
"""


# ------------------------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """A two-run report (one figure + table, one failure) in a throwaway repository; its folder."""
    repo = tmp_path_factory.mktemp("browser") / "repo"
    (repo / "notebooks").mkdir(parents=True)
    for name in ("export_figure.ipynb", "raises.ipynb"):
        shutil.copy(FIXTURES / name, repo / "notebooks" / name)
    (repo / "data" / "clean").mkdir(parents=True)
    (repo / "tmp").mkdir()
    (repo / "grid.yaml").write_text(GRID, encoding="utf-8")
    out = repo / "reports" / "latest"
    env = dict(os.environ, PLANTARGETS_ROOT=str(repo), TMPDIR=str(repo / "tmp"))
    done = subprocess.run([PYTHON, "-m", "plantargets", "report", "--config", str(repo / "grid.yaml"), "--out", str(out),
                           "--jobs", "2", "--timeout", "180", "--no-progress"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr          # one run fails on purpose
    assert "2 runs: 1 completed, 1 failed" in done.stdout, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def chromium() -> Path:
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} not found: install it with `bash tests/browser_setup.sh` (Debian: chromium, chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(message + " — CI is set, so the browser test must run")
        pytest.skip(message)
    return CHROMIUM


def _run_chromium(chromium: Path, profile: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Headless Chromium with no network, no sync, no first-run work; its own session, killed on timeout."""
    profile.mkdir(parents=True, exist_ok=True)
    command = [*netns_prefix(), str(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
               "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}", "--hide-scrollbars", *args]
    env = dict(os.environ, HOME=str(profile))
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)                  # the browser's own process group, started above
        stdout, stderr = proc.communicate()
        pytest.fail(f"chromium did not finish within {timeout} s: {stderr[-2000:]}")
    return subprocess.CompletedProcess(command, proc.returncode, stdout, stderr)


# -------------------------------------------------------------------------------------- static links

class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.refs.append((tag, value))
            if name == "id" and value:
                self.ids.add(value)


def _links(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _local_target(base: Path, ref: str) -> Path | None:
    """The file a relative ``href``/``src`` points to (None for data:, remote and same-page refs)."""
    parsed = urlparse(ref)
    if parsed.scheme or parsed.netloc or not parsed.path:
        return None
    return (base.parent / unquote(parsed.path)).resolve()


def test_every_link_of_the_index_resolves_to_a_file_in_the_report(report):
    index = report / "index.html"
    links = _links(index)
    targets = [(ref, _local_target(index, ref)) for _, ref in links.refs]
    files = [(ref, path) for ref, path in targets if path is not None]
    assert len(files) >= 11, links.refs   # 2 × (report, notebook) + pdf/png/svg + csv/tex + timings + manifest
    for ref, path in files:
        assert path.is_file(), f"{ref} → {path} does not exist"
        assert path.is_relative_to(report.resolve()), f"{ref} leaves the report folder"
    for ref in (ref for _, ref in links.refs if ref.startswith("#")):
        assert unquote(ref[1:]) in links.ids, f"anchor {ref} has no target"
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    listed = {output["path"] for run in manifest["runs"] for output in run["outputs"]}
    linked = {path.relative_to(report.resolve()).as_posix() for _, path in files}
    assert listed <= linked, f"outputs not linked from the index: {sorted(listed - linked)}"


# ------------------------------------------------------------------------------------------ in Chromium

PROBE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>probe</title></head><body>
<iframe id="index" src="{index}" width="1200" height="900"></iframe>
<iframe id="page" src="{page}" width="1200" height="900"></iframe>
<iframe id="narrow" src="{index}" width="400" height="900"></iframe>
{figures}
<pre id="result">pending</pre>
<script>
function seen(doc) {{
  return {{
    title: doc.title,
    links: [...doc.querySelectorAll("a[href]")].map(a => {{
      const hash = a.hash ? decodeURIComponent(a.hash.slice(1)) : "";
      const samePage = a.href.split("#")[0] === doc.URL.split("#")[0];
      return {{href: a.href, samePage: samePage, anchorFound: !hash || !!doc.getElementById(hash)}};
    }}),
    images: [...doc.images].map(i => ({{src: i.currentSrc.slice(0, 60), width: i.naturalWidth, height: i.naturalHeight,
                                        complete: i.complete}})),
    rows: doc.querySelectorAll("tbody tr").length,
    parameterLines: [...doc.querySelectorAll("td.params code")].map(c => c.getClientRects().length),
  }};
}}
window.addEventListener("load", () => {{
  const out = {{figures: [...document.querySelectorAll("img.figure")].map(i => ({{src: i.currentSrc, width: i.naturalWidth,
                                                                              height: i.naturalHeight}}))}};
  for (const id of ["index", "page", "narrow"]) {{
    try {{ out[id] = seen(document.getElementById(id).contentDocument); }}
    catch (err) {{ out[id] = {{error: String(err)}}; }}
  }}
  document.getElementById("result").textContent = JSON.stringify(out);
}});
</script>
</body></html>
"""


@pytest.fixture(scope="module")
def seen(report, chromium, tmp_path_factory):
    """What Chromium saw of the index, the figure run's report page, and every figure the index links."""
    work = tmp_path_factory.mktemp("chromium")
    index = report / "index.html"
    figures = sorted({path for _, ref in _links(index).refs  # a figure's link and its thumbnail: once
                      if (path := _local_target(index, ref)) is not None and path.suffix in (".png", ".svg", ".jpg")})
    assert {p.suffix for p in figures} == {".png", ".svg"}, figures
    manifest = json.loads((report / "manifest.json").read_text(encoding="utf-8"))
    page = report / next(run["report_html"] for run in manifest["runs"] if run["name"] == "figure")
    probe = work / "probe.html"
    probe.write_text(PROBE.format(index=index.as_uri(), page=page.as_uri(),
                                  figures="\n".join(f'<img class="figure" src="{p.as_uri()}">' for p in figures)),
                     encoding="utf-8")
    done = _run_chromium(chromium, work / "profile", "--allow-file-access-from-files", "--virtual-time-budget=10000",
                         "--dump-dom", probe.as_uri())
    match = re.search(r'<pre id="result">(.*?)</pre>', done.stdout, re.S)
    assert match and match.group(1) != "pending", f"no result from Chromium (exit {done.returncode}): {done.stderr[-3000:]}"
    import html

    return {"data": json.loads(html.unescape(match.group(1))), "report": report, "page": page, "work": work,
            "figures": figures}


def _file(url: str) -> Path:
    parsed = urlparse(url)
    assert parsed.scheme == "file", url
    return Path(unquote(parsed.path))


def test_chromium_shows_the_index_with_every_link_resolving(seen):
    index = seen["data"]["index"]
    assert "error" not in index, index
    assert index["title"] == "plantargets reports" and index["rows"] == 2
    report = seen["report"].resolve()
    checked = 0
    for link in index["links"]:
        assert link["anchorFound"], link
        if link["samePage"]:
            continue
        path = _file(link["href"].split("#")[0])
        assert path.is_file(), f"{link['href']} does not exist"
        assert path.resolve().is_relative_to(report), link
        checked += 1
    assert checked >= 11


def test_chromium_keeps_parameter_values_whole_on_a_narrow_index(seen):
    """On a narrow window (400 px) the index scrolls sideways rather than breaking an indicator id inside the
    word: the parameters cell of the failed run ('message: "compulsory_education_consolidation_rate is a long
    indicator id"', 7 words) may take at most one line per word. Before the fix it took 8 lines."""
    narrow = seen["data"]["narrow"]
    assert "error" not in narrow, narrow
    lines = narrow["parameterLines"]
    words = len('message: "compulsory_education_consolidation_rate is a long indicator id"'.split())
    assert len(lines) == 2 and max(lines) <= words, lines


def test_chromium_loads_every_figure_the_index_links(seen):
    figures = seen["data"]["figures"]
    assert len(figures) == len(seen["figures"]) == 2
    for figure in figures:
        assert figure["width"] > 0 and figure["height"] > 0, f"figure not displayed: {figure}"


def test_chromium_shows_the_figure_on_the_report_page(seen):
    page = seen["data"]["page"]
    assert "error" not in page, page
    assert page["title"] == "figure"
    assert page["images"], "no image on the report page"
    for image in page["images"]:
        assert image["complete"] and image["width"] > 0 and image["height"] > 0, image
    for link in page["links"]:       # links on the page: anchors or local files that exist
        if link["href"].startswith("file:") and not link["samePage"]:
            assert _file(link["href"].split("#")[0]).is_file(), link


def test_screenshots_of_the_index_and_the_report_page_show_content(seen, chromium):
    import matplotlib.image

    shots = {}
    for name, target in (("index", seen["report"] / "index.html"), ("page", seen["page"])):
        png = seen["work"] / f"{name}.png"
        done = _run_chromium(chromium, seen["work"] / f"profile-{name}", "--window-size=1280,900",
                             f"--screenshot={png}", target.as_uri())
        assert png.is_file(), done.stderr[-3000:]
        pixels = matplotlib.image.imread(png)
        shots[name] = png
        assert pixels.shape[0] == 900 and pixels.shape[1] == 1280, pixels.shape
        assert float(pixels[..., :3].std()) > 0.02, f"{png} is blank"            # text, table, figure drawn
    print("screenshots:", ", ".join(str(p) for p in shots.values()))

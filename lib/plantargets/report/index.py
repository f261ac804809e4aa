"""The report index: one static HTML page linking every run's report, notebook, figures and tables.

Rendered from the manifest alone (no clock, no absolute paths), so the same manifest gives the same bytes.
Every piece of text that comes from a notebook, a parameter or an error is escaped.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from html import escape
from pathlib import Path, PurePosixPath
from urllib.parse import quote

__all__ = ["render_index", "write_index"]

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
       margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
.meta { color: #59636e; font-size: .9rem; margin: .1rem 0; }
.meta code { font-size: .85rem; }
.runs { overflow-x: auto; margin-top: 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d1d9e0; padding: .45rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.params { min-width: 12rem; }
td.params code { white-space: pre-wrap; word-break: normal; overflow-wrap: break-word; }
img.thumb { display: block; max-width: 10rem; max-height: 7rem; margin: .2rem 0; border: 1px solid #d1d9e0;
            background: #fff; }
.status { font-weight: 600; white-space: nowrap; }
tr.completed .status { color: #1a7f37; }
tr.failed { background: #fff5f5; }
tr.failed .status { color: #cf222e; }
pre.error { background: #ffebe9; border: 1px solid #ff8182; color: #82071e; padding: .4rem .6rem; margin: .4rem 0 0;
            white-space: pre-wrap; word-break: break-word; font-size: .85rem; }
ul.files { margin: 0; padding-left: 1rem; }
.summary.failed { color: #cf222e; font-weight: 600; }
"""


def _href(path: str) -> str:
    return escape(quote(path, safe="/"), quote=True)


def _link(path: str, text: str) -> str:
    return f'<a href="{_href(path)}">{escape(text)}</a>'


def _grouped(outputs: list[dict], kind: str) -> str:
    """Files of one kind grouped by name: ``fig_coverage: pdf · svg · png``, each format a link."""
    groups: OrderedDict[str, list[str]] = OrderedDict()
    for output in outputs:
        if output.get("kind") == kind:
            path = PurePosixPath(output["path"])
            groups.setdefault(str(path.with_suffix("")), []).append(output["path"])
    if not groups:
        return "—"
    items = []
    for stem, files in groups.items():
        formats = " · ".join(_link(f, PurePosixPath(f).suffix.lstrip(".") or PurePosixPath(f).name) for f in files)
        name = PurePosixPath(stem).name
        items.append(f"<li>{_thumbnail(files, name) if kind == 'figure' else ''}{escape(name)}: {formats}</li>")
    return f"<ul class='files'>{''.join(items)}</ul>"


def _thumbnail(files: list[str], name: str) -> str:
    """A small picture of a figure (its PNG, else its SVG) linked to itself; empty when it has neither."""
    by_suffix = {PurePosixPath(f).suffix.lower(): f for f in files}
    image = by_suffix.get(".png") or by_suffix.get(".svg")
    if image is None:
        return ""
    return (f'<a href="{_href(image)}"><img class="thumb" src="{_href(image)}" alt="{escape(name, quote=True)}" '
            f'loading="lazy"></a>')


def _parameters(parameters: dict) -> str:
    if not parameters:
        return "<em>defaults</em>"
    lines = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in parameters.items())
    return f"<code>{escape(lines)}</code>"


def _row(run: dict) -> str:
    status = run.get("status", "failed")
    mark = "✔ completed" if status == "completed" else "✘ failed"
    documents = [_link(run[key], label) for key, label in (("report_html", "report"), ("executed_notebook", "notebook"))
                 if run.get(key)]
    error = f"<pre class='error'>{escape(str(run['error']))}</pre>" if run.get("error") else ""
    outputs = run.get("outputs", [])
    css = "completed" if status == "completed" else "failed"
    return (f"<tr class='{css}' id='{escape('run-' + run['name'], quote=True)}'>"
            f"<td class='status'>{escape(mark)}</td>"
            f"<td><strong>{escape(run['name'])}</strong><br><span class='meta'>{escape(run.get('notebook', ''))}</span>{error}</td>"
            f"<td class='params'>{_parameters(run.get('parameters') or {})}</td>"
            f"<td>{' · '.join(documents) or '—'}</td>"
            f"<td>{_grouped(outputs, 'figure')}</td>"
            f"<td>{_grouped(outputs, 'table')}</td></tr>")


def render_index(manifest: dict) -> str:
    """The index page for a report manifest (as written to manifest.json)."""
    runs = manifest.get("runs", [])
    failed = [run for run in runs if run.get("status") != "completed"]
    summary = f"{len(runs)} run{'s' if len(runs) != 1 else ''}: {len(runs) - len(failed)} completed, {len(failed)} failed"
    data = manifest.get("data") or {}
    meta = [f"grid <code>{escape(str(manifest.get('config', '')))}</code>",
            f"commit <code>{escape(str(manifest.get('git_commit') or 'unknown'))}</code>",
            f"data <code>{escape(str(data.get('dir', '')))}</code> SHA-256 <code>{escape(str(data.get('sha256') or 'none'))}</code>"]
    failed_list = ""
    if failed:
        items = "".join(f"<li><a href='#{escape(quote('run-' + run['name']), quote=True)}'>{escape(run['name'])}</a>: "
                        f"{escape(str(run.get('error') or '').splitlines()[-1] if run.get('error') else 'failed')}</li>"
                        for run in failed)
        failed_list = f"<ul class='failed-runs'>{items}</ul>"
    body = "\n".join(_row(run) for run in runs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>plantargets reports</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>plantargets reports</h1>
<p class="summary{' failed' if failed else ''}">{escape(summary)}</p>
{failed_list}
{''.join(f'<p class="meta">{line}</p>' for line in meta)}
<div class="runs"><table>
<thead><tr><th>status</th><th>run</th><th>parameters</th><th>documents</th><th>figures</th><th>tables</th></tr></thead>
<tbody>
{body}
</tbody>
</table></div>
<p class="meta">Timings are in <a href="timings.json">timings.json</a>; everything on this page is in <a href="manifest.json">manifest.json</a>.</p>
</body>
</html>
"""


def write_index(manifest: dict, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(render_index(manifest), encoding="utf-8")
    return path

"""Command line: ``plantargets build`` (raw → clean tables), ``plantargets report`` (notebook reports)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from plantargets.atomic import UnsafeOutputError
from plantargets.paths import CLEAN_DIR, LATEST_REPORT_DIR, RAW_DIR, REPORT_GRID


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="plantargets")
def main() -> None:
    """plantargets: quantitative targets of Chinese municipal plans as tidy, traceable tables."""


@main.command()
@click.option("--raw", "raw_dir", type=click.Path(file_okay=False, path_type=Path), default=RAW_DIR,
              show_default=True, help="Folder of raw plan documents (.txt/.html), with or without manifest.csv.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=CLEAN_DIR,
              show_default=True, help="Folder for the clean tables; replaced atomically.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes reading, parsing and tabulating the raw files at once (not used with "
                   "--scheduler); the tables are the same whatever the number.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Parse and tabulate the raw files as tasks on this Dask scheduler (e.g. tcp://127.0.0.1:8786); "
                   "its workers must see the raw folder at the same path. Needs the 'distributed' package.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when on a terminal).")
def build(raw_dir: Path, out_dir: Path, jobs: int, scheduler: str | None, progress: bool | None) -> None:
    """Clean raw plan documents into tidy tables (CSV, Parquet, datapackage.json) and print a summary.

    The national reference shipped with the package is used unless RAW has its own reference/ folder.

    \b
    Exit status: 0 built; 1 built, with error flags (see flags.csv); 2 bad options, an unusable manifest, an output
    folder it must not replace, or a worker process or Dask cluster that failed (nothing is touched).
    """
    from plantargets.pipeline import ParallelBuildError, build as run_build
    from plantargets.sources import ManifestError

    if not raw_dir.is_dir():
        raise click.UsageError(f"raw folder not found: {raw_dir}")
    try:
        result = run_build(raw_dir, out_dir, progress=sys.stderr.isatty() if progress is None else progress,
                           jobs=jobs, scheduler=scheduler)
    except (UnsafeOutputError, ManifestError, ParallelBuildError) as err:  # nothing written; exit 2
        click.echo(f"Error: {err}", err=True)
        sys.exit(2)
    click.echo(result.summary(), nl=False)
    click.echo(f"written to {result.out_dir}")
    n_errors = result.stats.n_errors
    if n_errors:
        click.echo(f"{n_errors} error flag(s): see flags.csv (severity = error)", err=True)
        sys.exit(1)


@main.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default=REPORT_GRID, show_default=True,
              help="Report grid (YAML): notebooks and parameter sets to run.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=LATEST_REPORT_DIR,
              show_default=True, help="Report folder; replaced when all runs are done.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Notebooks to run at once on this machine (not used with --scheduler).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=600, show_default=True,
              help="Seconds each notebook may take.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run each notebook as a task on this Dask scheduler (e.g. tcp://127.0.0.1:8786); its workers "
                   "must share the file system with this machine. Needs the 'distributed' package.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Folder of clean tables (the --out of plantargets build) the notebooks read "
                   "[default: the repository's data/clean].")
@click.option("--raw", "raw_dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Folder of raw documents the --data folder was built from (quoted in the city profiles and "
                   "fulfilment) [default: the repository's data/raw].")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar (default: when stdout is a terminal; otherwise one line per finished notebook).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-notebook lines; only the final table.")
def report(config_path: Path, out_dir: Path, jobs: int, timeout: float, scheduler: str | None, data_dir: Path | None,
           raw_dir: Path | None, progress: bool | None, quiet: bool) -> None:
    """Run the report notebooks of the grid into OUT (executed notebooks, HTML, figures, tables, index.html).

    While it runs: a progress bar on a terminal; otherwise (cron, CI, output to a file) one line per finished
    notebook with its status, duration and output folder; --quiet for neither.

    \b
    Exit status:
      0  every run completed
      1  at least one run failed (the others are still written; index.html shows each error),
         or the report was interrupted (the previous report is left in place)
      2  the command cannot start: a bad option or grid, an unreachable scheduler, or an output
         folder it must not replace (nothing is touched)
    """
    from plantargets.report.grid import ConfigError
    from plantargets.report.runner import SchedulerError, run_report

    bar = not quiet and (sys.stdout.isatty() if progress is None else progress)
    log = None if quiet or bar else _RunLog(out_dir)
    try:
        result = run_report(config_path, out_dir, jobs=jobs, timeout=timeout, scheduler=scheduler, progress=bar,
                            data_dir=data_dir, raw_dir=raw_dir, on_finished=log)
    except (ConfigError, SchedulerError) as err:
        raise click.UsageError(str(err)) from None
    except UnsafeOutputError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(2)
    click.echo(result.table(), nl=False)
    if not result.ok:
        sys.exit(1)


class _RunLog:
    """One line per finished notebook (for logs: cron, CI): time, count, status, duration, output folder."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir).resolve()

    def __call__(self, outcome, done: int, total: int) -> None:
        from datetime import datetime, timezone

        clock = datetime.now(timezone.utc).strftime("%H:%M:%S")
        error = (outcome.error or "").strip().splitlines()
        reason = f" ({error[-1][:200]})" if error else ""
        click.echo(f"[{clock}Z] {done}/{total} {outcome.status} {outcome.name} in {outcome.seconds:.1f} s"
                   f"{reason} -> {self.out_dir / outcome.name}")


if __name__ == "__main__":
    main()

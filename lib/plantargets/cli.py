"""Command line: ``plantargets build`` (raw → clean tables)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from plantargets.paths import CLEAN_DIR, RAW_DIR


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="plantargets")
def main() -> None:
    """plantargets: quantitative targets of Chinese municipal plans as tidy, traceable tables."""


@main.command()
@click.option("--raw", "raw_dir", type=click.Path(file_okay=False, path_type=Path), default=RAW_DIR,
              show_default=True, help="Folder of raw plan documents (.txt/.html), with or without manifest.csv.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=CLEAN_DIR,
              show_default=True, help="Folder for the clean tables; replaced atomically.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when on a terminal).")
def build(raw_dir: Path, out_dir: Path, progress: bool | None) -> None:
    """Clean raw plan documents into tidy tables (CSV, Parquet, datapackage.json) and print a summary."""
    from plantargets.pipeline import build as run_build

    if not raw_dir.is_dir():
        raise click.UsageError(f"raw folder not found: {raw_dir}")
    result = run_build(raw_dir, out_dir, progress=sys.stderr.isatty() if progress is None else progress)
    click.echo(result.summary(), nl=False)
    click.echo(f"written to {result.out_dir}")
    errors = result.tables["flags"]
    n_errors = int((errors["severity"] == "error").sum())
    if n_errors:
        click.echo(f"{n_errors} error flag(s): see flags.csv (severity = error)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()

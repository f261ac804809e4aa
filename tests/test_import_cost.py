"""What the first ``load()`` and a build import: only what they use (issue "Builds on every core").

Heavy packages that a build or a load does not need must stay out of the process: dask and scipy (pandera
imports them when a DataFrameModel is turned into a schema), hypothesis (pandera's checks import it for data
synthesis), cpca's own matcher (only its code list is read), distributed (only ``build --scheduler``
connects to a cluster), tqdm (only a progress bar needs it) and charset_normalizer (only a file in neither
UTF-8 nor GB18030 does). Checked by module names, not by time.
"""

from __future__ import annotations

import json
import subprocess
import sys

NOT_NEEDED = ["dask", "distributed", "scipy", "cpca", "hypothesis", "tqdm", "charset_normalizer"]

REPORT = f"import json, sys; print(json.dumps(sorted(m for m in {NOT_NEEDED!r} if m in sys.modules)))"


def _loaded_after(code: str) -> list[str]:
    completed = subprocess.run([sys.executable, "-c", code + "\n" + REPORT], capture_output=True, text=True,
                               check=True)
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_import_and_first_load_leave_out_dask_scipy_hypothesis_and_cpca():
    assert _loaded_after("import plantargets; frame = plantargets.load(); assert len(frame) > 0") == []


def test_a_seed_build_leaves_out_dask_scipy_hypothesis_and_cpca(tmp_path):
    code = f"import plantargets; plantargets.build(out_dir={str(tmp_path / 'clean')!r})"
    assert _loaded_after(code) == []
    assert (tmp_path / "clean" / "targets.csv").is_file()


def test_hypothesis_stays_importable_after_a_load():
    code = "import plantargets; plantargets.load(); import hypothesis.strategies"
    assert _loaded_after(code) == ["hypothesis"]

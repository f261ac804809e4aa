"""``python -m plantargets`` and the ``plantargets`` command: the command line (cli.py).

A build's process leaves without tearing its interpreter down: once its tables are written, its summary printed and
every exit handler run (the pattern cache saved, worker pools and temporary folders cleaned up), freeing the
hundreds of thousands of objects pandas, pyarrow and pandera hold is a tenth of a second or more of a seed build's
1.5 s (issue 11), and nothing is left to do. Other commands (a report's kernels and servers) end as usual.
"""

from __future__ import annotations

import atexit
import os
import sys

from plantargets.cli import main

_status = 0


def _leave_at_once() -> None:
    """The last exit handler (registered first): flush the streams and end the process with the command's status."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed or broken pipe: nothing more can be written to it
            pass
    os._exit(_status)


def run() -> None:
    """Run the command line; a ``build`` that ends with an exit status leaves at once after the exit handlers."""
    global _status
    leave_at_once = sys.argv[1:2] == ["build"]
    if leave_at_once:
        atexit.register(_leave_at_once)  # exit handlers run last-registered first: this one runs after all others
    try:
        main()
    except SystemExit as done:
        code = done.code
        _status = 0 if code is None else code if isinstance(code, int) else 1  # as Python reads a SystemExit
        raise
    except BaseException:  # a traceback or Ctrl-C: Python's own ending decides the status
        if leave_at_once:
            atexit.unregister(_leave_at_once)
        raise


if __name__ == "__main__":
    run()

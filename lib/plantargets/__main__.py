"""``python -m plantargets``: the command line."""

from plantargets.cli import main

main()

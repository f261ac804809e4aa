"""A client of a Dask distributed scheduler, for the build's pass 1 and the report's runs alike."""

from __future__ import annotations


def connect_scheduler(address: str, error: type[Exception], what: str):
    """A ``distributed.Client`` of the scheduler at ``address`` (not the default client), or ``error`` saying why
    not: the package is missing, or the address cannot be reached. ``what`` names the job (``"building"``)."""
    try:
        import distributed
    except ImportError:
        raise error(f"{what} on a Dask scheduler needs the 'distributed' package: "
                    "pip install 'dask[distributed]'") from None
    try:
        return distributed.Client(address, set_as_default=False)
    except (OSError, ValueError) as err:  # unreachable, or not an address
        raise error(f"cannot connect to the Dask scheduler at {address}: {err}") from None

"""Beyond one machine: the same batch extraction on a Dask cluster (optional extra
`distributed`: `pip install 'note-facts-extractor[distributed]'`).

Why Dask: it installs from PyPI as pure Python, runs a LocalCluster for tests and laptops and
scales to a scheduler with many workers, maps plain Python functions over file paths without a
JVM (unlike Spark), and is lighter to deploy than Ray. The batch code only needs a
`concurrent.futures.Executor`; a Dask client provides one, so chunks of paths go to the
cluster exactly as they go to local processes, with the same bounded window, the same input
order and the same records. Workers read the input paths themselves, so they must see the
same files (a shared or replicated file system).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Any


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 0,
                processes: bool = True) -> Iterator[Any]:
    """A Dask client on `scheduler` ("tcp://host:port"), or on a LocalCluster on 127.0.0.1
    with `workers` single-threaded workers (0 = one per core). Closed on exit."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError(
            "Dask is not installed: pip install 'note-facts-extractor[distributed]'"
        ) from None
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    with (
        LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                     protocol="tcp", host="127.0.0.1", dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def dask_executor(scheduler: str | None = None, workers: int = 0,
                  processes: bool = True) -> Iterator[Executor]:
    """A concurrent.futures Executor backed by a Dask cluster (see `dask_client`). Tasks are
    not deduplicated by content (pure=False): every chunk runs."""
    with dask_client(scheduler, workers, processes) as client:
        yield client.get_executor(pure=False)

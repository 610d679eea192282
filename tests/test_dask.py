"""Dask: the same records from a real LocalCluster as from the local default.

Story: a researcher with a cluster passes ``client.get_executor()``; the work
runs in Dask's (daemonic) worker processes, each document still isolated in a
subprocess with its own timeout and memory cap.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import councildocs

from . import broken_files
from .conftest import SEEDS

distributed = pytest.importorskip("distributed")


@pytest.mark.slow
def test_local_cluster_gives_the_same_results_as_a_local_run(tmp_path: Path) -> None:
    sources = [*sorted(SEEDS.glob("*.txt"))[:3], broken_files.good_pdf(tmp_path),
               broken_files.truncated_pdf(tmp_path), tmp_path / "missing.pdf"]
    local = list(councildocs.extract_many(sources, workers=2, timeout=30))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) \
            as cluster, distributed.Client(cluster) as client:
        remote = list(councildocs.extract_many(sources, executor=client.get_executor(), timeout=30))
    assert [(r.source, r.status, r.code, r.sha256, r.record) for r in remote] == \
        [(r.source, r.status, r.code, r.sha256, r.record) for r in local]
    assert [r.code for r in remote[-2:]] == ["malformed", "not_found"]

"""Batches: exactly one result per input, in order, with bounded time and memory.

Story: a researcher runs a folder of mixed papers — good agendas, broken
downloads, a decompression bomb, a file too large to finish — and gets one
result for each, the good ones fully extracted, the bad ones with a code.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import councildocs
from councildocs import batch
from councildocs._worker import run_request

from . import broken_files
from .conftest import SEEDS, SHARED
from .test_malformed import expected_rows


def seed_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))[:3]


def test_one_result_per_input_in_input_order(tmp_path: Path) -> None:
    broken = [make(tmp_path) for make, _code in broken_files.BROKEN.values()]  # type: ignore[operator]
    good = seed_texts()
    sources: list[batch.BatchSource] = [*good, *broken, tmp_path / "missing.pdf", good[0],
                                        b"AGENDA\n1. Apologies\n", ("pasted.txt", b"Minutes\nRESOLVED: noted\n")]
    results = list(councildocs.extract_many(sources, workers=2, timeout=30))
    assert [r.index for r in results] == list(range(len(sources)))
    assert [r.source for r in results] == [batch.source_name(s, i) for i, s in enumerate(sources)]
    expected = ["ok"] * len(good) + [code for _make, code in broken_files.BROKEN.values()] + ["not_found", "ok",
                                                                                            "ok", "ok"]
    assert [r.code or "ok" for r in results] == expected
    for result in results:
        assert (result.record is None) == result.failed
        assert result.failed or result.sha256 == result.record["source"]["sha256"]  # type: ignore[index]


def test_good_files_come_out_as_extract_gives_them(tmp_path: Path) -> None:
    path = broken_files.good_pdf(tmp_path)
    [result] = councildocs.extract_many([path])
    assert result.status == "ok" and result.pages == 2
    assert result.record == json.loads(councildocs.extract(path).model_dump_json())


def test_a_bomb_and_a_slow_file_cost_one_slot_each(tmp_path: Path) -> None:
    bomb = broken_files.bomb_pdf(tmp_path, mib=300)
    huge = broken_files.big_text(tmp_path, mib=50)
    good = seed_texts()
    results = list(councildocs.extract_many([bomb, huge, *good], workers=2, timeout=5, memory_mb=400))
    assert results[0].code in ("memory", "timeout") or results[0].record is not None
    assert results[1].code in ("timeout", "memory")
    assert [r.status for r in results[2:]] == ["ok"] * len(good)


def test_max_bytes_refuses_a_large_file_before_reading_it(tmp_path: Path) -> None:
    [result] = councildocs.extract_many([broken_files.good_pdf(tmp_path)], max_bytes=100)
    assert result.code == "memory" and "max_bytes" in (result.message or "")


def test_max_pages_reads_only_the_first_pages(tmp_path: Path) -> None:
    [result] = councildocs.extract_many([broken_files.good_pdf(tmp_path)], max_pages=1)
    assert result.pages == 1 and any("max_pages" in w for w in result.record["warnings"])  # type: ignore[index]


def test_any_executor_plugs_in(tmp_path: Path) -> None:
    sources = [*seed_texts()[:2], broken_files.truncated_pdf(tmp_path)]
    local = list(councildocs.extract_many(sources, workers=2))
    with ThreadPoolExecutor(2) as executor:
        other = list(councildocs.extract_many(sources, executor=executor))
    assert [(r.status, r.code, r.record) for r in other] == [(r.status, r.code, r.record) for r in local]


def test_the_batch_ends_with_its_small_files_so_no_worker_waits_on_a_big_one() -> None:
    # Inputs in order of size, smallest first: the last window starts largest first.
    sources = [b"x" * size for size in (1, 2, 3, 4, 5, 6, 7, 8)]
    started: list[int] = []

    def run(index: int, source: batch.BatchSource) -> int:
        started.append(index)
        return index * 10

    out = list(batch.run_in_order(iter(enumerate(sources)), run, workers=1, window=4))
    assert out == [(i, i * 10) for i in range(8)]  # results still come in input order
    assert started == [0, 1, 2, 3, 4, 7, 6, 5]  # in order until the last input is in the window


def test_no_more_than_the_window_is_started_ahead_of_the_oldest_result() -> None:
    started: list[int] = []
    yielded: list[int] = []
    ahead: list[int] = []

    window_full = threading.Event()

    def run(index: int, source: batch.BatchSource) -> int:
        started.append(index)
        ahead.append(len(started) - len(yielded))
        if len(started) == 5:
            window_full.set()
        if index == 0:  # a slow first document: it finishes only once the others fill the window behind it
            assert window_full.wait(timeout=600)
        return index

    for index, result in batch.run_in_order(iter(enumerate([b"doc"] * 12)), run, workers=3, window=5):
        assert result == index == len(yielded)
        yielded.append(index)
    assert sorted(started) == list(range(12))
    assert max(ahead) == 5


def test_the_executor_task_is_plain_data_in_and_out(tmp_path: Path) -> None:
    plain = batch.extract_isolated(str(broken_files.truncated_pdf(tmp_path)), {"timeout": 20})
    assert plain["code"] == "malformed"
    assert json.loads(json.dumps(plain)) == plain


def test_our_own_bug_is_internal_with_the_traceback_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_extract(*args: object, **kwargs: object) -> None:
        raise KeyError("segment")

    monkeypatch.setattr("councildocs.api.extract", broken_extract)
    result = batch.result_from_plain(run_request({"name": "x.txt", "data_b64": "QWdlbmRhCg=="}), 0)
    assert result.code == "internal"
    assert "Traceback" in (result.detail or "") and "Traceback" not in (result.message or "")
    line = batch.result_to_error_line(result)
    assert "\n" not in line and line.endswith("[internal]")


@pytest.mark.shared
def test_every_malformed_file_plus_a_bomb_gives_one_result_each(shared: Path, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(SHARED / "corpora"))
    from make_bombs import write_bomb

    rows = expected_rows()
    bomb = write_bomb(tmp_path / "bomb.pdf", mib=200)
    sources = [SHARED / "corpora" / "malformed" / name for name, _ in rows] + [bomb, *seed_texts()]
    # The corpus's codes are those of a reader without OCR (scans read by OCR: test_ocr.py).
    results = list(councildocs.extract_many(sources, workers=2, timeout=20, ocr="never"))
    assert len(results) == len(sources)
    assert [r.code or "ok" for r in results[: len(rows)]] == [code for _, code in rows]
    assert results[len(rows)].code in ("timeout", "memory", None)
    assert all(r.status == "ok" for r in results[len(rows) + 1:])


def test_a_worker_is_replaced_after_its_share_of_documents() -> None:
    from councildocs.isolation import WorkerPool

    pool = WorkerPool(recycle_after=2)
    request = {"name": "minutes.txt", "data_b64": "TWludXRlcwpSRVNPTFZFRDogbm90ZWQK"}
    try:
        pids = []
        for _ in range(3):
            assert pool.run(request, timeout=30)["status"] == "ok"
            pids.append(pool._idle[-1].proc.pid if pool._idle else None)
        assert pids[0] is not None and pids[1] is None  # the second document spent the first worker
        assert pids[2] is not None and pids[2] != pids[0]
    finally:
        pool.close()

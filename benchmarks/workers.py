"""Batch throughput with one worker process against two, on a 20-document batch.

    python benchmarks/workers.py [--rounds 3] [--small]

The batch is 20 distinct PDFs built from the fixture PDFs with
``fixtures/make_pdfs.py`` into a temporary directory: agenda packs of 50, 60,
… 240 pages (or, with ``--small``, of 10, 15, … 105 pages, where each worker's
one-off start-up of about a second weighs more). Each
round runs ``councildocs extract DIR --workers N -q -o OUT.jsonl`` for N = 1
and N = 2, one after the other, and the speed-up is the median of the
per-round ratios (time with 1 worker / time with 2).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Page counts of the 20 documents: different sizes, so no two files are the same.
SIZES = tuple(range(50, 250, 10))
SMALL_SIZES = tuple(range(10, 110, 5))


def _build_batch(folder: Path, sizes: tuple[int, ...]) -> int:
    spec = importlib.util.spec_from_file_location("make_pdfs", ROOT / "fixtures" / "make_pdfs.py")
    assert spec and spec.loader
    make_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdfs)
    for n in sizes:
        make_pdfs.build_pack(n, folder / f"pack-{n:03d}.pdf")
    return sum(sizes)


def _time(folder: Path, workers: int, out: Path) -> float:
    councildocs = shutil.which("councildocs") or str(Path(__import__("sys").executable).parent / "councildocs")
    start = time.perf_counter()
    subprocess.run([councildocs, "extract", str(folder), "--workers", str(workers), "-q", "-o", str(out)],
                   check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--small", action="store_true", help="20 documents of 10 to 105 pages")
    args = parser.parse_args()
    sizes = SMALL_SIZES if args.small else SIZES
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        pages = _build_batch(folder, sizes)
        ratios, one, two = [], [], []
        for _ in range(args.rounds):
            t1 = _time(folder, 1, Path(tmp) / "one.jsonl")
            t2 = _time(folder, 2, Path(tmp) / "two.jsonl")
            one.append(t1)
            two.append(t2)
            ratios.append(t1 / t2)
    print(f"{len(sizes)} documents, {pages} pages")
    print(f"--workers 1: {statistics.median(one):.1f} s ({pages / statistics.median(one):.0f} pages/s)")
    print(f"--workers 2: {statistics.median(two):.1f} s ({pages / statistics.median(two):.0f} pages/s)")
    print(f"throughput ratio (median of paired rounds): {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()

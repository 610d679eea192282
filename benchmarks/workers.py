"""Batch throughput with one worker process against two, on a 20-document batch.

    python benchmarks/workers.py [--rounds 3] [--small] [--shuffle]

The batch is 20 distinct PDFs built from the fixture PDFs with
``fixtures/make_pdfs.py`` into a temporary directory: agenda packs of 50, 60,
… 240 pages (or, with ``--small``, of 10, 15, … 105 pages, where each worker's
one-off start-up of about a second weighs more), named so that a folder lists
them smallest first (or, with ``--shuffle``, in a fixed random order). Each
round runs ``councildocs extract FILES --workers N -q -o OUT.jsonl`` for N = 1
and N = 2, one after the other (which goes first alternates between rounds),
and the speed-up is the median of the per-round ratios (time with 1 worker /
time with 2).

Each round also times the same command on a one-page document alone: that is
the fixed cost of a run (Python, imports, workers loading spaCy) which no
number of workers shortens. The "without start-up" ratio subtracts it, to show
how the extraction itself scales.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Page counts of the 20 documents: different sizes, so no two files are the same.
SIZES = tuple(range(50, 250, 10))
SMALL_SIZES = tuple(range(10, 110, 5))


def _build_batch(folder: Path, sizes: tuple[int, ...], shuffle: bool) -> tuple[list[Path], Path]:
    """The batch's PDFs, in the order a folder lists them, and a one-page PDF to time a run's start-up."""
    spec = importlib.util.spec_from_file_location("make_pdfs", ROOT / "fixtures" / "make_pdfs.py")
    assert spec and spec.loader
    make_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdfs)
    order = list(sizes)
    if shuffle:
        random.Random(20).shuffle(order)
    paths = []
    for rank, n in enumerate(order):
        paths.append(folder / f"{rank:02d}-pack-{n:03d}.pdf")
        make_pdfs.build_pack(n, paths[-1])
    return paths, make_pdfs.build_pack(1, folder.parent / "one-page.pdf")


def _time(inputs: list[Path], workers: int, out: Path) -> float:
    councildocs = shutil.which("councildocs") or str(Path(sys.executable).parent / "councildocs")
    start = time.perf_counter()
    subprocess.run([councildocs, "extract", *map(str, inputs), "--workers", str(workers), "-q", "-o", str(out),
                    "--format", "jsonl"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--small", action="store_true", help="20 documents of 10 to 105 pages")
    parser.add_argument("--shuffle", action="store_true", help="the batch in a fixed random order of sizes")
    args = parser.parse_args()
    sizes = SMALL_SIZES if args.small else SIZES
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        batch, one_page = _build_batch(folder, sizes, args.shuffle)
        pages = sum(sizes)
        times: dict[str, list[float]] = {"one": [], "two": [], "start1": [], "start2": []}
        for round_ in range(args.rounds):
            # Alternate which goes first, so a machine that speeds up or slows down favours neither.
            for workers in (1, 2) if round_ % 2 == 0 else (2, 1):
                key = "one" if workers == 1 else "two"
                times[key].append(_time(batch, workers, Path(tmp) / f"{key}.jsonl"))
            times["start1"].append(_time([one_page], 1, Path(tmp) / "s1.jsonl"))
            times["start2"].append(_time([one_page], 2, Path(tmp) / "s2.jsonl"))
    ratios = [a / b for a, b in zip(times["one"], times["two"], strict=True)]
    steady = [(a - s1) / (b - s2) for a, b, s1, s2 in
              zip(times["one"], times["two"], times["start1"], times["start2"], strict=True)]
    one, two = statistics.median(times["one"]), statistics.median(times["two"])
    order = "shuffled" if args.shuffle else "smallest first"
    print(f"{len(sizes)} documents, {pages} pages ({order}), {args.rounds} rounds")
    print(f"--workers 1: {one:.1f} s ({pages / one:.0f} pages/s)")
    print(f"--workers 2: {two:.1f} s ({pages / two:.0f} pages/s)")
    print(f"throughput ratio (median of paired rounds): {statistics.median(ratios):.2f}x "
          f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})")
    print(f"start-up (a one-page document alone): {statistics.median(times['start1']):.2f} s with 1 worker, "
          f"{statistics.median(times['start2']):.2f} s with 2")
    print(f"ratio without start-up: {statistics.median(steady):.2f}x")


if __name__ == "__main__":
    main()

"""How a stage's cost grows with its input, measured without a wall-clock limit.

A test that asserts "under 5 seconds" fails on the next busy machine. What
matters is the shape: a linear stage costs about 4x on 4x the input, a
quadratic one 16x. ``growth`` measures the CPU time of the calling thread
(not wall time, so another process on the machine does not count, and not the
process's, so a thread an earlier test left running does not either) at
``n`` and at ``4n``, best of a few runs, and returns the ratio. The runs at the two sizes
alternate, so a busy spell on the machine (which slows this process's caches
too) falls on both sizes alike rather than on one of them. The cyclic garbage
collector is paused while a run is timed: its passes cost in proportion to
everything else alive in the test process (a whole suite's worth), not to
the stage, and one pass landing on the large run alone reads as superlinear.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

#: The input grows by this factor between the two measurements.
FACTOR = 4
#: A ratio below this is near-linear (n log n included); quadratic gives about FACTOR ** 2 = 16.
NEAR_LINEAR = 10.0
#: Below this many CPU seconds the small run is timer noise, so it is counted as this much.
FLOOR = 0.02


def _cpu(run: Callable[[int], object], n: int) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.thread_time()
        run(n)
        return time.thread_time() - start
    finally:
        gc.enable()


def growth(run: Callable[[int], object], n: int, *, repeats: int = 5) -> float:
    """CPU time of ``run(FACTOR * n)`` over that of ``run(n)``, each the best of ``repeats`` runs, the
    two sizes taking turns."""
    small = large = float("inf")
    for _ in range(repeats):
        small = min(small, _cpu(run, n))
        large = min(large, _cpu(run, FACTOR * n))
    return large / max(small, FLOOR)

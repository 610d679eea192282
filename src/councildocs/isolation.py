"""Run extractions in worker subprocesses with a wall-clock timeout and a memory cap.

A :class:`WorkerProcess` is one ``python -m councildocs._worker`` child that
takes one document at a time over a pipe. The parent enforces the time limit
(it kills the child when the reply is late) and the child caps its own
address space. A :class:`WorkerPool` hands idle workers to threads and
recycles each one after a number of documents, so memory that a parser
leaks or fragments is given back. ``subprocess`` (not ``multiprocessing``)
is used so this also works inside Dask worker processes, which are daemonic.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any

#: Default per-document limits.
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_MB = 2048
#: A worker is replaced after this many documents. Its memory stays flat over a batch (127 MB after 20
#: and after 100 agenda packs), so this only guards against a parser that leaks on odd files, and
#: seldom: a new worker spends about 1.5 s loading spaCy.
RECYCLE_AFTER = 500
#: How long a fresh worker may take to import its libraries before it counts as broken.
STARTUP_TIMEOUT = 120.0
_MEMORY_HINTS = ("memoryerror", "cannot allocate memory", "bad_alloc", "out of memory")
#: Signals a worker dies of when an allocation fails under its address-space cap (abort) or the OOM killer.
_MEMORY_SIGNALS = (signal.SIGABRT, signal.SIGKILL)


#: The first line a worker writes, once its imports are done, so start-up never counts against a document.
READY = "councildocs-worker-ready"
#: Key of a line a worker writes mid-document (before OCR'ing a page): seconds added to its time limit.
EXTEND = "councildocs-extend-seconds"
#: Written around the spaCy pipeline's first load, which happens during the first document that lists
#: people (not at start-up, so a worker whose documents list none never loads it): the time between the
#: two does not count against that document's time limit either.
LOADING = "councildocs-worker-loading-models"
LOADED = "councildocs-worker-loaded-models"


#: Set in a worker's environment unless the caller set them. numpy (imported by spaCy) starts one OpenBLAS
#: thread per core when it loads, and nothing a worker runs multiplies matrices: one thread is enough, and
#: starting the others cost each worker about 0.03 s of CPU on 2 cores (more with more cores).
WORKER_ENV_DEFAULTS = {"OPENBLAS_NUM_THREADS": "1"}


def worker_env(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment a worker process is started with: ``environ``, unbuffered output, and
    :data:`WORKER_ENV_DEFAULTS` where ``environ`` does not say otherwise."""
    return {**WORKER_ENV_DEFAULTS, **environ, "PYTHONUNBUFFERED": "1"}


def failed_result(name: str, code: str, message: str, *, detail: str | None = None,
                  sha256: str | None = None, seconds: float = 0.0) -> dict[str, Any]:
    """The plain-data result of a document that could not be extracted."""
    return {"source": name, "status": "failed", "code": code, "message": message, "detail": detail,
            "record": None, "pages": 0, "seconds": round(seconds, 3), "sha256": sha256}


#: Workers are started from this one long-lived thread: Linux's parent-death signal, which each worker
#: asks for, fires when the thread that started it ends, and a pool's own threads come and go.
_SPAWNER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="councildocs-spawn")


def _spawn(cmd: list[str], **options: Any) -> subprocess.Popen:
    return _SPAWNER.submit(subprocess.Popen, cmd, **options).result()


class WorkerCrashed(Exception):
    """The worker process ended without answering."""


class WorkerProcess:
    """One isolated worker subprocess, spoken to one JSON line at a time."""

    def __init__(self, memory_mb: int | None = DEFAULT_MEMORY_MB) -> None:
        self.memory_mb = memory_mb
        self.used = 0
        self._stderr: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115  (closed in close())
        cmd = [sys.executable, "-m", "councildocs._worker", "--parent-pid", str(os.getpid())]
        if memory_mb:
            cmd += ["--memory-mb", str(memory_mb)]
        self.proc = _spawn(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                           env=worker_env(os.environ), start_new_session=True)
        self._buffer = bytearray()
        self.ready = False

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def _read_line(self, deadline: float) -> bytes | None:
        """One line from the child, or None when the deadline passes first."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            readable, _, _ = select.select([fd], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise WorkerCrashed(self._crash_reason())
            self._buffer += chunk
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer = bytearray(rest)
        return line

    def _crash_reason(self) -> str:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        self._stderr.seek(0, os.SEEK_END)
        self._stderr.seek(max(0, self._stderr.tell() - 4096))
        tail = self._stderr.read().decode("utf-8", "replace").lower()
        code = self.proc.returncode
        if any(hint in tail for hint in _MEMORY_HINTS) or (code is not None and -code in _MEMORY_SIGNALS):
            return "memory"
        return f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit {code}"

    def start(self) -> None:
        """Wait for the worker to finish importing its libraries."""
        line = self._read_line(time.monotonic() + STARTUP_TIMEOUT)
        if line is None or line.decode("utf-8", "replace").strip() != READY:
            self.close()
            raise WorkerCrashed("the worker did not start")
        self.ready = True

    def run(self, request: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send one request and wait at most ``timeout`` seconds for its result."""
        if not self.ready:
            self.start()
        assert self.proc.stdin is not None
        self.used += 1
        name = request["name"]
        start = time.monotonic()
        try:
            self.proc.stdin.write(json.dumps(request).encode("ascii") + b"\n")
            self.proc.stdin.flush()
            deadline = start + timeout
            line = self._read_line(deadline)
            while line is not None:
                if line.startswith(b'{"' + EXTEND.encode()):  # a page to OCR: more time
                    extra = float(json.loads(line)[EXTEND])
                    deadline, timeout = deadline + extra, timeout + extra
                elif line.strip() == LOADING.encode():  # the pipeline's first load is off the document's clock
                    paused = time.monotonic()
                    line = self._read_line(paused + STARTUP_TIMEOUT)
                    if line is None or line.strip() != LOADED.encode():
                        break  # a load that never ends is a timeout; anything else is read as the result
                    deadline += time.monotonic() - paused
                else:
                    break
                line = self._read_line(deadline)
        except (BrokenPipeError, WorkerCrashed) as exc:
            reason = exc.args[0] if isinstance(exc, WorkerCrashed) else self._crash_reason()
            self.close()
            return crash_to_result(name, reason, time.monotonic() - start)
        if line is None:
            self.close()
            return failed_result(name, "timeout", f"took longer than the time limit of {timeout:g} s",
                                 seconds=time.monotonic() - start)
        return json.loads(line)

    def close(self) -> None:
        """Stop the worker (killing it if it is busy) and release its pipes."""
        if self.alive:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout, self._stderr):
            with contextlib.suppress(Exception):
                stream.close()  # type: ignore[union-attr]


def crash_to_result(name: str, reason: str, seconds: float) -> dict[str, Any]:
    """The result for a worker that died mid-document: out of memory, or a parser crash."""
    if reason == "memory":
        return failed_result(name, "memory", "the worker ran out of memory (over its memory limit)",
                             seconds=seconds)
    return failed_result(name, "malformed", f"the parser crashed on this file ({reason})", seconds=seconds)


class WorkerPool:
    """Idle workers shared by threads; each is replaced after ``recycle_after`` documents or a failure."""

    def __init__(self, memory_mb: int | None = DEFAULT_MEMORY_MB, recycle_after: int = RECYCLE_AFTER) -> None:
        self.memory_mb = memory_mb
        self.recycle_after = recycle_after
        self._idle: list[WorkerProcess] = []
        self._lock = threading.Lock()

    def prestart(self, count: int) -> None:
        """Start workers now, up to ``count`` idle ones, so their imports overlap the caller's work."""
        with self._lock:
            missing = count - len(self._idle)
        for _ in range(max(0, missing)):
            try:
                worker = WorkerProcess(self.memory_mb)
            except OSError:  # reported by the first document that needs a worker
                return
            with self._lock:
                self._idle.append(worker)

    def _take(self) -> WorkerProcess:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return WorkerProcess(self.memory_mb)

    def _give(self, worker: WorkerProcess, result: dict[str, Any]) -> None:
        spent = worker.used >= self.recycle_after or result.get("code") == "memory"
        if worker.alive and not spent:
            with self._lock:
                self._idle.append(worker)
        else:
            worker.close()

    def run(self, request: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Extract one document in an isolated worker; never raises for a bad document."""
        try:
            worker = self._take()
        except OSError as exc:
            return failed_result(request["name"], "internal", f"could not start a worker ({exc})")
        try:
            result = worker.run(request, timeout)
        except WorkerCrashed as exc:  # the worker failed to start
            worker.close()
            return failed_result(request["name"], "internal", f"the extraction worker failed ({exc})")
        self._give(worker, result)
        return result

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.close()


_POOLS: dict[int | None, WorkerPool] = {}
_POOLS_LOCK = threading.Lock()


def shared_pool(memory_mb: int | None) -> WorkerPool:
    """This process's pool for a memory cap, created once (as inside a Dask worker process)."""
    with _POOLS_LOCK:
        if memory_mb not in _POOLS:
            _POOLS[memory_mb] = WorkerPool(memory_mb)
        return _POOLS[memory_mb]

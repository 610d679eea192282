"""The isolated worker: ``python -m councildocs._worker [--memory-mb N]``.

It caps its own address space, then answers requests one per line: a JSON
object naming a document (``path``, or ``data_b64`` with its bytes) in, one
JSON line with the plain-data result out. The parent kills it when a document
runs past its time limit, so a hostile file costs one worker for one timeout.

``run_request`` is also the per-document function itself: it never raises,
and every failure becomes a result with one of the stable codes.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import ctypes
import gc
import hashlib
import json
import os
import resource
import signal
import sys
import threading
import time
import traceback
from typing import Any

from .isolation import LOADED, LOADING, READY, failed_result

#: A tiny document extracted once at start-up: an agenda, which loads the extractors and compiles their
#: patterns but needs no spaCy. spaCy (about a second) loads when a document first has a list of people:
#: a batch of reports or agendas without one never pays for it.
WARM_UP = (b"Planning Committee\nAgenda\nTuesday 12 March 2019 at 7.00 pm\n"
           b"1. Declarations of interest\n2. Planning applications\n")


def warm_up() -> None:
    """Load what every document needs (the extractors, PDF libraries), not on its clock; spaCy loads later,
    the first time a document asks for it."""
    import pdfplumber.table  # noqa: F401  (the table finder, for pages with ruling lines)
    import pypdfium2  # noqa: F401

    from .api import extract

    extract(WARM_UP, name="<warm-up>")


def start_up() -> None:
    """:func:`warm_up` with the cyclic garbage collector paused, then everything it loaded frozen.

    Imports allocate hundreds of thousands of objects that live as long as the worker, and the
    collector traversed them over and over while they were made (about 7 % of a worker's start-up
    CPU); frozen, they are also skipped by every later full collection. Garbage is collected as
    before from here on. The warm-up's own cyclic garbage (about 1,200 objects) stays frozen with
    them, once per worker: collecting it first would traverse everything the freeze spares.
    """
    gc.disable()
    try:
        with contextlib.suppress(Exception):  # a broken import is reported per document, with its traceback
            warm_up()
    finally:
        gc.freeze()
        gc.enable()


def request_to_bytes(request: dict[str, Any]) -> bytes:
    """The document's bytes, refusing a file over ``max_bytes`` before reading it."""
    from .errors import ResourceLimit
    from .loaders import read_limited

    name, limit = request["name"], request.get("max_bytes")
    if "data_b64" in request:
        data = base64.b64decode(request["data_b64"])
        if limit and len(data) > limit:
            raise ResourceLimit(name, f"input is over the max_bytes limit of {limit}")
        return data
    return read_limited(request["path"], name, limit)


def run_request(request: dict[str, Any]) -> dict[str, Any]:
    """Extract one document and return its result as plain data; never raises for a bad file."""
    from .api import extract
    from .errors import CouncilDocsError
    from .loaders import PDFSettings

    start = time.perf_counter()
    name = request["name"]
    sha256: str | None = None
    try:
        data = request_to_bytes(request)
        sha256 = hashlib.sha256(data).hexdigest()
        record = extract(data, name=name, pdf=PDFSettings(max_pages=request.get("max_pages"),
                                                         password=request.get("password") or "",
                                                         ocr=request.get("ocr") or "auto"))
    except CouncilDocsError as exc:
        return failed_result(name, exc.code, exc.reason, detail=exc.detail, sha256=sha256,
                             seconds=time.perf_counter() - start)
    except MemoryError:
        return failed_result(name, "memory", "ran out of memory (over the memory limit)", sha256=sha256,
                             seconds=time.perf_counter() - start)
    except Exception as exc:  # our own bug: the traceback goes in the record, never on the screen
        return failed_result(name, "internal", f"internal error in councildocs ({type(exc).__name__}: "
                             f"{str(exc)[:200]}); please report it", detail=traceback.format_exc(),
                             sha256=sha256, seconds=time.perf_counter() - start)
    plain = record.model_dump(mode="json")  # not model_dump_json: a name that is not UTF-8 must survive
    return {"source": name, "status": "partial" if record.status == "partial" else "ok", "code": None,
            "message": None, "detail": None, "record": plain, "pages": record.source.pages,
            "seconds": round(time.perf_counter() - start, 3), "sha256": sha256}


def cap_memory(memory_mb: int | None) -> None:
    """Cap this process's address space, so a decompression bomb fails with MemoryError."""
    if not memory_mb:
        return
    limit = memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


#: prctl option: the signal this process gets when its parent dies (Linux).
PR_SET_PDEATHSIG = 1


def exit_with_parent(parent: int | None = None) -> None:
    """Die with the parent (and its timeout enforcement with it), even while stuck in C code.

    On Linux the kernel sends SIGKILL when the parent dies (``PR_SET_PDEATHSIG``): no
    thread of ours has to run, so a worker spinning in a regex that holds the GIL
    goes too. Elsewhere a daemon thread polls the parent's pid.
    """
    parent = parent or os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the request took effect
                    os._exit(3)
                return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(3)

    threading.Thread(target=watch, name="councildocs-parent-watch", daemon=True).start()


def serve(memory_mb: int | None, parent: int | None = None) -> None:
    """Answer requests from stdin until it closes; only results go to the real stdout."""
    exit_with_parent(parent)  # first: a batch killed while this worker imports must not leave it behind
    # Anything a library prints must not corrupt the protocol: keep stdout for results alone.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    start_up()
    cap_memory(memory_mb)
    extend_time_for_ocr(out)

    from .nlp import on_first_load

    on_first_load(lambda starting: say_loading(out, starting))
    out.write(READY + "\n")
    out.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            result = run_request(request)
        except MemoryError:
            result = failed_result(request.get("name", "?"), "memory", "ran out of memory")
        # ASCII: a file name that is not UTF-8 (lone surrogates) crosses the pipe as \udcXX escapes.
        out.write(json.dumps(result, separators=(",", ":")) + "\n")
        out.flush()


def say_loading(out: Any, starting: bool) -> None:
    """Tell the parent that the spaCy pipeline's first load starts or has ended: it stops the document's
    clock in between. The load runs, like the start-up, without the garbage collector traversing what it
    makes."""
    if starting:
        gc.disable()
    else:
        gc.enable()
    out.write((LOADING if starting else LOADED) + "\n")
    out.flush()


def extend_time_for_ocr(out: Any) -> None:
    """Before each page it OCRs, tell the parent to extend this document's time limit (see README)."""
    from .isolation import EXTEND
    from .loaders.ocr import OCR_SECONDS_PER_PAGE, set_page_hook

    def hook(pages: int) -> None:
        out.write(json.dumps({EXTEND: pages * OCR_SECONDS_PER_PAGE}) + "\n")
        out.flush()

    set_page_hook(hook)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m councildocs._worker", description=__doc__.splitlines()[0])
    parser.add_argument("--memory-mb", type=int, default=None, help="address-space cap in MiB")
    parser.add_argument("--parent-pid", type=int, default=None, help="exit when this process ends")
    args = parser.parse_args(argv)
    serve(args.memory_mb, args.parent_pid)


if __name__ == "__main__":
    main()

"""Many documents: one honest result per input, bounded time and memory, never a dead batch.

    >>> for result in councildocs.extract_many(["pack.pdf", "minutes.pdf"], workers=2):
    ...     print(result.source, result.status, result.code)

Each document is parsed in an isolated worker subprocess (see
:mod:`councildocs.isolation`) with a wall-clock timeout and an address-space
cap. ``executor`` accepts any :class:`concurrent.futures.Executor` — a Dask
client's ``get_executor()`` plugs in unchanged — and receives only the plain
top-level function :func:`extract_isolated`, which takes a path or bytes and
returns plain data, and enforces the same limits with a subprocess of its own.

A single input runs in a worker too. The limits always hold (the command line
has no way to turn them off: 60 s and 2,048 MiB by default), and in this
process none of the three could be kept: a timer cannot stop PDFium or a
regular expression that holds the interpreter, an address-space cap would
abort this process when PDFium's allocation fails, and a crash in C code would
end the command instead of one document with a code. The worker costs one
interpreter start and a 0.04 s warm-up, about 0.1 s of the 1.4 s CPU of a
one-page run; the rest (pydantic, the PDF libraries, spaCy when a document
lists people) would be paid in process as well. ``--workers`` and the pool
reuse one warm worker for every document it is given.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import glob
import hashlib
import os
import stat
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from .errors import CouncilDocsError, error_for_code, printable, storable
from .isolation import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    RECYCLE_AFTER,
    WorkerPool,
    failed_result,
    shared_pool,
)

#: Files a folder always gives (a broken one comes back as a failed result); others are chosen by content.
DOCUMENT_SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm")
#: The first bytes of file types that are no paper we read (images, Office and zip files, TIFF).
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"II*\x00", b"MM\x00*",
                 b"SQLite format 3\x00", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")
#: Text files that are data (JSON, JSON Lines such as our own output), not papers.
_DATA_START = (b'{"', b"[{", b'["', b"[]", b"{}")
#: Names of text files that are data, code or settings, never a paper, whatever they hold.
DATA_SUFFIXES = (".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".xml", ".yaml", ".yml", ".toml", ".ini", ".cfg",
                 ".css", ".js", ".py", ".sh", ".sql", ".log", ".lock", ".partial")
_GLOB_CHARS = frozenset("*?[")

#: An input: a path, the bytes of a document, or ``(name, bytes)``.
BatchSource = str | Path | bytes | tuple[str, bytes]


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-document limits, enforced outside the parser."""

    timeout: float = DEFAULT_TIMEOUT
    max_pages: int | None = None
    max_bytes: int | None = None
    memory_mb: int | None = DEFAULT_MEMORY_MB
    #: The password of encrypted PDFs (not a limit, but it travels with them to wherever the work runs).
    password: str = ""
    #: Which PDF pages are read by OCR: "auto" (scans), "always", "never".
    ocr: str = "auto"


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one input: ``ok``, ``partial`` (some pages failed) or ``failed`` with a code."""

    source: str
    status: str
    code: str | None = None
    message: str | None = None
    record: dict[str, Any] | None = None
    pages: int = 0
    seconds: float = 0.0
    sha256: str | None = None
    detail: str | None = None
    index: int = 0

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    @property
    def error(self) -> CouncilDocsError | None:
        """The failure as a typed exception (not raised), for its one-line ``message``."""
        if not self.failed:
            return None
        return error_for_code(self.code or "internal", self.source, self.message or "", self.detail)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def result_from_plain(plain: dict[str, Any], index: int) -> Result:
    """A :class:`Result` from the plain data a worker returned."""
    fields = {k: plain.get(k) for k in ("source", "status", "code", "message", "record", "sha256", "detail")}
    return Result(**fields, pages=int(plain.get("pages") or 0), seconds=float(plain.get("seconds") or 0.0),
                  index=index)


def source_to_request(source: BatchSource, index: int, limits: Limits) -> dict[str, Any]:
    """The worker request for one input: a path is sent as a path, bytes as base64."""
    request: dict[str, Any] = {"max_pages": limits.max_pages, "max_bytes": limits.max_bytes, "ocr": limits.ocr}
    if limits.password:
        request["password"] = limits.password
    if isinstance(source, tuple):
        name, data = source
        request.update(name=name, data_b64=base64.b64encode(data).decode("ascii"))
    elif isinstance(source, bytes):
        request.update(name=f"<bytes #{index + 1}>", data_b64=base64.b64encode(source).decode("ascii"))
    else:
        request.update(name=str(source), path=os.fspath(source))
    return request


def extract_isolated(source: str | bytes | tuple[str, bytes], limits: dict[str, Any] | None = None
                     ) -> dict[str, Any]:
    """Extract one document in a subprocess of this process; plain data in, plain data out.

    This is the task :func:`extract_many` submits to a user's executor (a Dask
    worker, say). It enforces the time limit and the memory cap itself, so
    they hold wherever it runs, and it never raises for a bad document.
    """
    bounds = Limits(**(limits or {}))
    request = source_to_request(source, 0, bounds)
    return shared_pool(bounds.memory_mb).run(request, bounds.timeout)


#: Documents per worker that may be started or finished ahead of the oldest one not yet yielded.
ORDER_WINDOW = 8


def _ordered(futures: Iterator[tuple[str, Future]], window: int) -> Iterator[tuple[str, Any]]:
    """Results in input order, keeping at most ``window`` submitted ahead."""
    pending: deque[tuple[str, Future]] = deque()
    for item in futures:
        pending.append(item)
        if len(pending) >= window:
            yield _outcome(*pending.popleft())
    while pending:
        yield _outcome(*pending.popleft())


def _outcome(name: str, future: Future) -> tuple[str, Any]:
    try:
        return name, future.result()
    except Exception as exc:  # the executor itself failed (a lost Dask worker, say): still one result
        return name, failed_result(name, "internal", f"the executor failed to run this document "
                                   f"({type(exc).__name__}: {str(exc)[:200]})")


def source_name(source: BatchSource, index: int) -> str:
    """The name a result carries for its input."""
    if isinstance(source, tuple):
        return source[0]
    return f"<bytes #{index + 1}>" if isinstance(source, bytes) else str(source)


def extract_many(sources: Iterable[BatchSource], *, workers: int | None = None,
                 timeout: float = DEFAULT_TIMEOUT, max_pages: int | None = None, max_bytes: int | None = None,
                 memory_mb: int | None = DEFAULT_MEMORY_MB, executor: Executor | None = None,
                 recycle_after: int = RECYCLE_AFTER, password: str = "", ocr: str = "auto") -> Iterator[Result]:
    """Extract many documents, yielding exactly one :class:`Result` per input, in input order.

    Never raises for a single bad file: failures come back as results with a
    stable ``code``. ``workers`` isolated processes run at once (default: the
    number of CPUs); each document gets ``timeout`` seconds and ``memory_mb``
    MiB of address space, plus ``OCR_SECONDS_PER_PAGE`` for each page it reads by
    OCR (``ocr``: ``"auto"``, ``"always"`` or ``"never"``). With ``executor``, documents are submitted to it
    instead (paths must then be readable where the executor runs). ``password`` opens encrypted PDFs.
    """
    limits = Limits(timeout=timeout, max_pages=max_pages, max_bytes=max_bytes, memory_mb=memory_mb,
                    password=password, ocr=ocr)
    items = ((index, source) for index, source in enumerate(sources))
    if executor is not None:
        plain_limits = asdict(limits)
        window = max(64, 4 * (workers or 1))
        in_flight: deque[BatchSource] = deque()  # submitted, not yet yielded: hashed here if a result lacks one

        def submit(index: int, source: BatchSource) -> tuple[str, Future]:
            in_flight.append(source)
            return source_name(source, index), executor.submit(extract_isolated, _plain_source(source), plain_limits)

        submitted = (submit(i, s) for i, s in items)
        for index, (name, plain) in enumerate(_ordered(submitted, window)):
            yield result_from_plain({**with_sha256(plain, in_flight.popleft(), max_bytes), "source": name}, index)
        return
    n = max(1, workers or os.cpu_count() or 1)
    pool = WorkerPool(memory_mb, recycle_after)
    # Workers import their libraries (about a second) while the first inputs are read.
    pool.prestart(min(n, len(sources)) if isinstance(sources, Sized) else n)
    try:
        def run(index: int, source: BatchSource) -> dict[str, Any]:
            return with_sha256(pool.run(source_to_request(source, index, limits), timeout), source, max_bytes)

        for index, plain in run_in_order(items, run, n, ORDER_WINDOW * n):
            yield result_from_plain(plain, index)
    finally:
        pool.close()


def source_size(source: BatchSource) -> int:
    """An input's size in bytes (0 when it cannot be read): how long it will take, roughly."""
    if isinstance(source, tuple):
        return len(source[1])
    if isinstance(source, bytes):
        return len(source)
    try:
        return os.stat(source).st_size
    except OSError:
        return 0


def run_in_order(items: Iterator[tuple[int, BatchSource]], run: Callable[[int, BatchSource], Any],
                 workers: int, window: int) -> Iterator[tuple[int, Any]]:
    """``run(index, source)`` on ``workers`` threads, yielding ``(index, result)`` in input order.

    At most ``window`` inputs are started or held finished at once, which
    bounds the results kept waiting behind a slow document. Inputs start in
    order until the last one is in the window; the rest then start largest
    first, so the batch does not end with one worker on a big file while the
    others have nothing left to do.
    """
    waiting: list[tuple[int, BatchSource]] = []
    running: dict[Future, int] = {}
    finished: dict[int, Any] = {}
    next_out, upcoming = 0, next(items, None)
    threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="councildocs")
    try:
        while True:
            while upcoming is not None and len(waiting) + len(running) + len(finished) < window:
                waiting.append(upcoming)
                upcoming = next(items, None)
                if upcoming is None:  # the last input is in: start what is left largest first
                    waiting.sort(key=lambda entry: source_size(entry[1]), reverse=True)
            while waiting and len(running) < workers:
                index, source = waiting.pop(0)
                running[threads.submit(run, index, source)] = index
            if next_out in finished:
                yield next_out, finished.pop(next_out)
                next_out += 1
            elif running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    finished[running.pop(future)] = future.result()
            else:
                return
    finally:
        threads.shutdown(wait=False, cancel_futures=True)


def _plain_source(source: BatchSource) -> str | bytes | tuple[str, bytes]:
    return os.fspath(source) if isinstance(source, Path) else source


def expand_inputs(args: Iterable[str], on_missing: Callable[[str], None] | None = None,
                  on_skipped: Callable[[str, str], None] | None = None) -> list[str]:
    """Files from command-line arguments: files as given, folders searched recursively, globs expanded.

    ``-`` is kept as is (standard input). A folder yields its documents sorted
    by path: files named as documents (:data:`DOCUMENT_SUFFIXES`), and any other
    file whose content is a PDF, HTML or text (:func:`content_refusal`); a glob
    its matches, sorted. An argument that matches nothing is kept, so that it
    comes back as one ``not_found`` result; repeats are dropped. What a folder
    holds but does not give (an image, a link to nothing, a link loop, a FIFO
    or device) goes to ``on_skipped(path, reason)``, never silently away.
    """
    found: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg == "-" or path.is_file():
            found.append(arg)
        elif path.is_dir():
            found.extend(folder_documents(arg, on_skipped))
        elif _GLOB_CHARS & set(arg) and (matches := sorted(glob.glob(arg, recursive=True))):
            found.extend(m for m in matches if Path(m).is_file())
        else:
            found.append(arg)
            if on_missing is not None:
                on_missing(arg)
    return list(dict.fromkeys(found))


def folder_documents(folder: str, on_skipped: Callable[[str, str], None] | None = None) -> list[str]:
    """The documents under ``folder``, sorted by path; links are followed, each folder visited once."""
    found: list[str] = []
    skipped: list[tuple[str, str]] = []
    seen: set[tuple[int, int]] = set()

    def visit(directory: str) -> None:
        try:
            info = os.stat(directory)
            if (info.st_dev, info.st_ino) in seen:
                skipped.append((directory, "a link back to a folder already searched (a loop)"))
                return
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            skipped.append((directory, f"cannot be read ({exc.strerror or exc})"))
            return
        for entry in entries:
            kind = _entry_kind(entry)
            if kind == "dir":
                visit(entry.path)
            elif kind != "file":
                skipped.append((entry.path, kind))
            else:
                named = Path(entry.name).suffix.lower() in DOCUMENT_SUFFIXES
                why = None if named else content_refusal(entry.path)
                if why is None:
                    found.append(entry.path)
                else:
                    skipped.append((entry.path, why))

    visit(folder)
    if on_skipped is not None:
        for name, reason in skipped:
            on_skipped(name, reason)
    return sorted(found)


def content_refusal(path: str) -> str | None:
    """Why a file found in a folder is not a paper we can read, from its first bytes; None when it is
    one: a PDF (``%PDF-`` in the first kilobyte), or HTML or text (no binary signature, no NUL bytes
    beyond those of UTF-16 or UTF-32 text). Scraped downloads keep names such as
    ``mgConvert2PDF.aspx`` or ``doc_12345``, so a name decides only that a file is data
    (:data:`DATA_SUFFIXES`: a table, JSON, code), which is never a paper even when it is text."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if Path(path).suffix.lower() in DATA_SUFFIXES:
        return "a data, code or settings file, not a paper"
    if not head:
        return "an empty file"
    if b"%PDF-" in head:
        return None
    if head.startswith(_BINARY_MAGIC):
        return "not a PDF, HTML or text file (an image, archive or office file)"
    if head.lstrip().startswith(_DATA_START):
        return "JSON data, not a paper"
    if head.count(0) > len(head) // 10 and not _wide_text(head):
        return "not a PDF, HTML or text file (binary data)"
    return None


def _wide_text(head: bytes) -> bool:
    """UTF-16 or UTF-32 text: a byte-order mark, or a NUL in nearly every other byte."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return True
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even)) or (
        even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd))


def _entry_kind(entry: os.DirEntry) -> str:
    """``"file"``, ``"dir"``, or why a folder entry cannot be read as a document."""
    try:
        info = entry.stat()  # follows links
    except FileNotFoundError:
        return "a link to nothing"
    except OSError as exc:
        return "a link loop" if exc.errno == errno.ELOOP else f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "dir"
    if stat.S_ISREG(info.st_mode):
        return "file"
    return "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device or socket, not a regular file"


@contextlib.contextmanager
def dask_executor(scheduler: str | None = None, local_workers: int | None = None) -> Iterator[Executor]:
    """An executor on a Dask cluster: an existing one at ``scheduler``, or a new local one.

    Needs the ``dask`` extra (``pip install 'councildocs[dask]'``). Each Dask
    worker process gets one thread, so each runs one isolated extraction at a time.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise ImportError("Dask is not installed: pip install 'councildocs[dask]'") from exc
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            cluster = stack.enter_context(LocalCluster(n_workers=local_workers or os.cpu_count() or 1,
                                                       threads_per_worker=1, processes=True,
                                                       dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        yield client.get_executor()


def file_sha256(path: str | Path, max_bytes: int | None = None) -> str | None:
    """The sha256 of a regular file's bytes; None for anything else, or a file over ``max_bytes``.

    The file type is checked first: opening a FIFO blocks until a writer comes, and
    a device such as ``/dev/zero`` never ends. A regular file is read only up to the
    size it had when checked (files in ``/proc`` say 0 and are not hashed).
    """
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0 or (max_bytes and info.st_size > max_bytes):
        return None
    digest = hashlib.sha256()
    left = info.st_size
    try:
        with open(path, "rb") as handle:
            while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
                digest.update(chunk)
                left -= len(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def source_sha256(source: BatchSource, max_bytes: int | None = None) -> str | None:
    """The sha256 of an input's bytes (None for a file that cannot be read, or is no regular file)."""
    if isinstance(source, tuple):
        return hashlib.sha256(source[1]).hexdigest()
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest()
    return file_sha256(source, max_bytes)


#: What identifies a finished input for ``--resume``: its name and its sha256 (None when it has none).
DoneKey = tuple[str, str | None]


def result_key(name: str, sha256: str | None) -> DoneKey:
    """The key of an input, as sinks store it (a name that is not UTF-8 in its stored form)."""
    return storable(name), sha256


def skip_done(sources: list[BatchSource], done: set[DoneKey], max_bytes: int | None = None) -> list[BatchSource]:
    """The sources not yet in ``done``: what ``--resume`` still has to do.

    Every result counts, failures included (a timeout, a crash, a missing file):
    an input is done when its name and its content (sha256) are both recorded.
    """
    if not done:
        return list(sources)
    return [s for i, s in enumerate(sources)
            if result_key(source_name(s, i), source_sha256(s, max_bytes)) not in done]


def with_sha256(plain: dict[str, Any], source: BatchSource, max_bytes: int | None) -> dict[str, Any]:
    """The result, keyed: a worker that timed out or crashed never said its file's sha256, so it is hashed here."""
    if plain.get("sha256") is None and plain.get("code") != "not_found":
        sha = source_sha256(source, max_bytes)
        if sha is not None:
            return {**plain, "sha256": sha}
    return plain


class Progress:
    """Progress on standard error: a tqdm bar (share done, ETA, documents/s, pages/s, failures) on a
    terminal, or a plain line every ``log_every`` documents when standard error is a log; and the
    run's summary, printed last so that nothing erases it."""

    def __init__(self, stream: IO[str], total: int, *, enabled: bool = True, log_every: int = 0,
                 skipped: int = 0) -> None:
        self.stream, self.total, self.log_every, self.skipped = stream, total, log_every, skipped
        self.done = self.pages = self.failed = 0
        self.start = time.monotonic()
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=stream, unit="doc", dynamic_ncols=True, smoothing=0.1,
                            mininterval=0.2, leave=False)

    def rates(self) -> tuple[float, str]:
        """Pages per second so far, and the time left at the documents' pace so far."""
        elapsed = max(time.monotonic() - self.start, 1e-6)
        left = (self.total - self.done) * elapsed / self.done if self.done else None
        return self.pages / elapsed, ("?" if left is None else _interval(left))

    def line(self) -> str:
        """Documents done (and the share of all), pages, pages per second, failures and time left."""
        rate, eta = self.rates()
        share = f" ({100 * self.done // max(self.total, 1)}%)" if self.total else ""
        return (f"{self.done}/{self.total} documents{share}, {self.pages} pages, {rate:.1f} pages/s, "
                f"{self.failed} failed, ETA {eta}")

    def update(self, result: Result) -> None:
        self.done += 1
        self.pages += result.pages
        self.failed += result.failed
        if self.bar is not None:
            rate, _eta = self.rates()
            self.bar.set_postfix_str(f"{self.pages} pages, {rate:.1f} pages/s, {self.failed} failed", refresh=False)
            self.bar.update(1)
        elif self.log_every and self.done % self.log_every == 0:  # a log, not a terminal: a line now and then
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def say(self, line: str) -> None:
        """Print a line above the progress bar (escape sequences in a file name are not passed on)."""
        if self.bar is not None:
            self.bar.write(printable(line), file=self.stream)
        else:
            self.stream.write(printable(line) + "\n")
            self.stream.flush()

    def summary(self) -> str:
        """What the run did, in one line."""
        elapsed = time.monotonic() - self.start
        skipped = f", {self.skipped} files skipped (listed above)" if self.skipped else ""
        return (f"Done: {self.done} of {self.total} documents, {self.pages} pages in {_interval(elapsed)}, "
                f"{self.failed} failed{skipped}")

    def finish(self, *, summary: bool = True) -> None:
        """Take the bar away and print the summary (after every error line, so it stays on screen)."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        if summary:
            self.stream.write(self.summary() + "\n")
            self.stream.flush()


def _interval(seconds: float) -> str:
    """``1:02:03`` or ``02:03``, as tqdm writes times."""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def result_to_error_line(result: Result) -> str:
    """The one stderr line for a failed document: file, reason and code, never a traceback."""
    error = result.error
    text = error.message if error is not None else result.source
    return printable(f"Error: {' '.join(text.split())} [{result.code}]")

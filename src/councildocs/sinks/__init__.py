"""Sinks: write records as JSON, JSON Lines or SQLite, never half-written."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

from ..batch import DoneKey, Result

if TYPE_CHECKING:
    from ..records import CouncilDocument


def to_json(record: CouncilDocument, *, indent: int | None = 2) -> str:
    """A record as JSON, keys in schema order (stable across runs)."""
    return record.model_dump_json(indent=indent)


@contextlib.contextmanager
def atomic_writer(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it into place only on success.

    A symlink is written through (its target is replaced, the link stays).
    """
    target = Path(os.path.realpath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as handle:
            yield handle
            handle.flush()
            os.fchmod(handle.fileno(), file_mode(target))
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def file_mode(target: Path) -> int:
    """The permissions an output written under a temporary name gets when renamed to ``target``: those of
    the file it replaces, else what ``open`` would give a new file (``mkstemp`` makes it private, 0600)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


class ResultSink(Protocol):
    """Where batch results go: JSON Lines, SQLite, or a single JSON document.

    ``close(complete=False)`` ends a run that stopped part-way (interrupted, an output error);
    ``note`` then says, when it matters, where the finished documents are.
    """

    note: str | None

    def write(self, result: Result) -> None: ...
    def done_keys(self) -> set[DoneKey]: ...
    def close(self, complete: bool = True) -> None: ...


class JSONSink:
    """One document as indented JSON, written whole (atomically to a file) when the sink closes; a
    document that failed leaves the output as it was (its error is on standard error)."""

    def __init__(self, output: str | Path | None, stream: IO[str]) -> None:
        self.output, self.stream = output, stream
        self.results: list[Result] = []
        self.note: str | None = None

    def write(self, result: Result) -> None:
        self.results.append(result)

    def done_keys(self) -> set[DoneKey]:
        return set()

    def close(self, complete: bool = True) -> None:
        from .jsonl import dumps

        text = "".join(dumps(r.record, indent=2) + "\n" for r in self.results if r.record is not None)
        if not complete or not text:  # a run that stopped, or a document that failed, changes nothing
            return
        if self.output:
            with atomic_writer(self.output) as handle:
                handle.write(text)
        else:
            self.stream.write(text)
            self.stream.flush()


class DirectorySink:
    """One indented JSON file per document, ``DIR/<input stem>.json``, each written atomically as it
    finishes (the folder ``councildocs evaluate`` reads). A failed document gets no file."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.note: str | None = None

    def target(self, result: Result) -> Path:
        return self.folder / f"{Path(result.source).stem}.json"

    def write(self, result: Result) -> None:
        from .jsonl import dumps

        if result.record is not None:
            with atomic_writer(self.target(result)) as handle:
                handle.write(dumps(result.record, indent=2) + "\n")

    def done_keys(self) -> set[DoneKey]:
        """The (path, sha256) of every record already in the folder."""
        from .jsonl import done_key_of

        done: set[DoneKey] = set()
        for path in self.folder.glob("*.json"):
            with contextlib.suppress(OSError, ValueError):
                key = done_key_of(path.read_text(encoding="utf-8"))
                if key is not None:
                    done.add(key)
        return done

    def close(self, complete: bool = True) -> None:
        pass


def check_output(output: str | Path) -> None:
    """Refuse an output that is not a regular file: a FIFO, a device or a folder is never replaced.

    A symlink counts as what it points to, and is written through.
    """
    try:
        info = os.stat(output)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file (a FIFO, a device or a folder); "
                                    "use -o - for standard output")


def lock_path(output: str | Path) -> Path:
    """The lock file of an output: beside its real path, named after it (``.papers.db.lock``)."""
    target = Path(os.path.realpath(output))
    return target.with_name(f".{target.name}.lock")


def lock_output(output: str | Path) -> IO[bytes]:
    """Take the output's lock, or refuse: one writer per output, so two runs never interleave.

    The lock is an ``flock`` on a file beside the output, released when the returned handle
    is closed or the process ends however it ends (the file itself stays, empty).
    """
    path = lock_path(output)
    handle = path.open("ab")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise OSError(errno.EBUSY, "another councildocs run is writing it (it holds "
                                   f"{path.name}); wait for it to end or choose another output") from None
    return handle


class LockedSink:
    """A sink holding its output's lock until it closes."""

    def __init__(self, sink: ResultSink, lock: IO[bytes]) -> None:
        self.sink, self.lock = sink, lock

    @property
    def note(self) -> str | None:
        return self.sink.note

    def write(self, result: Result) -> None:
        self.sink.write(result)

    def done_keys(self) -> set[DoneKey]:
        return self.sink.done_keys()

    def close(self, complete: bool = True) -> None:
        try:
            self.sink.close(complete)
        finally:
            self.lock.close()


def open_sink(fmt: str, output: str | Path | None, *, append: bool = False, stream: IO[str] | None = None
              ) -> ResultSink:
    """A sink for ``json``, ``jsonl`` or ``sqlite`` output to ``output`` (or ``stream`` when None), or
    ``dir``: one JSON file per document in the folder ``output``.

    A file output is locked first (a second run refuses), then opened: JSON and JSON Lines are
    written beside it and renamed into place when the run ends (``append`` writes JSON Lines
    into it directly, to resume), SQLite one transaction per document.
    """
    from .jsonl import JSONLFileSink, JSONLWriter
    from .sqlite import SQLiteSink

    if output == "-":
        output = None
    stream = stream or sys.stdout
    if fmt == "dir":
        if not output:
            raise ValueError("a folder of JSON files needs --output-dir DIR")
        lock = lock_output(output)
        try:
            return LockedSink(DirectorySink(output), lock)
        except BaseException:
            lock.close()
            raise
    if not output:
        if fmt == "sqlite":
            raise ValueError("SQLite output needs a file (-o OUT.db)")
        return JSONLWriter(stream) if fmt == "jsonl" else JSONSink(None, stream)
    check_output(output)
    lock = lock_output(output)
    try:
        if fmt == "sqlite":
            sink: ResultSink = SQLiteSink(output)
        elif fmt == "jsonl":
            sink = JSONLFileSink(output, append=append)
        else:
            sink = JSONSink(output, stream)
    except BaseException:
        lock.close()
        raise
    return LockedSink(sink, lock)

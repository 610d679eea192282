"""Sinks: write records as JSON, JSON Lines or SQLite, never half-written."""

from __future__ import annotations

import contextlib
import errno
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
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


class ResultSink(Protocol):
    """Where batch results go: JSON Lines, SQLite, or a single JSON document."""

    def write(self, result: Result) -> None: ...
    def done_keys(self) -> set[DoneKey]: ...
    def close(self) -> None: ...


class JSONSink:
    """One document as indented JSON, written whole (atomically to a file) when the sink closes."""

    def __init__(self, output: str | Path | None, stream: IO[str]) -> None:
        self.output, self.stream = output, stream
        self.results: list[Result] = []

    def write(self, result: Result) -> None:
        self.results.append(result)

    def done_keys(self) -> set[DoneKey]:
        return set()

    def close(self) -> None:
        from .jsonl import dumps

        text = "".join(dumps(r.record, indent=2) + "\n" for r in self.results if r.record is not None)
        if self.output:
            with atomic_writer(self.output) as handle:
                handle.write(text)
        else:
            self.stream.write(text)
            self.stream.flush()


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


def open_sink(fmt: str, output: str | Path | None, *, append: bool = False, stream: IO[str] | None = None
              ) -> ResultSink:
    """A sink for ``json``, ``jsonl`` or ``sqlite`` output to ``output`` (or ``stream`` when None)."""
    from .jsonl import JSONLFileSink, JSONLWriter
    from .sqlite import SQLiteSink

    if output == "-":
        output = None
    if output:
        check_output(output)
    stream = stream or sys.stdout
    if fmt == "sqlite":
        if not output:
            raise ValueError("SQLite output needs a file (-o OUT.db)")
        return SQLiteSink(output)
    if fmt == "jsonl":
        return JSONLFileSink(output, append=append) if output else JSONLWriter(stream)
    return JSONSink(output, stream)

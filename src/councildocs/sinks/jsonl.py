"""JSON Lines: one line per document, appended and flushed as each finishes.

A line is the document's record (``status`` ``ok`` or ``partial``), or an
error record ``{"source": ..., "status": "failed", "error": {"code": ...}}``.
Lines are written in input order with a fixed serialisation, so the same
inputs give byte-identical output. A run killed part-way leaves every
finished line intact; :func:`done_keys` reads them back for ``--resume``
(a torn last line is cut off first).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import IO, Any

from .._version import SCHEMA_VERSION, __version__
from ..batch import DoneKey, Result, result_key

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON with the one serialisation every sink uses: UTF-8 text, keys in record order.

    A file name whose bytes are not UTF-8 reaches us with lone surrogates (Python's
    ``surrogateescape``), which UTF-8 cannot encode: they are written as ``\\udcXX``
    escapes, valid JSON that :func:`json.loads` reads back to the same name
    (``os.fsencode`` then gives the original bytes).
    """
    if indent is None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text


def result_to_error_record(result: Result) -> dict[str, Any]:
    """The JSON record of a failed document; ``traceback`` only for ``internal`` failures."""
    error: dict[str, Any] = {"code": result.code, "message": result.message}
    if result.detail:
        error["traceback"] = result.detail
    return {"schema_version": SCHEMA_VERSION, "councildocs_version": __version__,
            "source": {"path": result.source, "sha256": result.sha256}, "status": "failed", "error": error}


def result_to_data(result: Result) -> dict[str, Any]:
    """What a sink writes for one result: the record itself, or the error record."""
    return result.record if result.record is not None else result_to_error_record(result)


def result_to_line(result: Result) -> str:
    return dumps(result_to_data(result)) + "\n"


def _complete_lines(path: Path) -> list[bytes]:
    """The file's complete lines, truncating a torn last line left by a killed run."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end != len(data):
        with path.open("r+b") as handle:
            handle.truncate(end)
    return data[:end].splitlines()


def done_key_of(text: str | bytes) -> DoneKey | None:
    """The (path, sha256) a JSON record (or error record) names; None when it is not one."""
    try:
        source = json.loads(text).get("source") or {}
        return result_key(source["path"], source.get("sha256"))
    except (ValueError, AttributeError, KeyError, TypeError):
        return None


def done_keys(path: str | Path) -> set[DoneKey]:
    """The (path, sha256) of every input already in a JSON Lines file, failures included."""
    target = Path(path)
    if not target.is_file():
        return set()
    keys = (done_key_of(line) for line in _complete_lines(target))
    return {key for key in keys if key is not None}


class JSONLWriter:
    """Append one line per result to a stream, flushed as each arrives (a killed run keeps it)."""

    def __init__(self, stream: IO[str], *, owns: bool = False) -> None:
        self.stream, self.owns = stream, owns
        self.note: str | None = None

    def write(self, result: Result) -> None:
        self.stream.write(result_to_line(result))
        self.stream.flush()

    def done_keys(self) -> set[DoneKey]:
        return set()

    def close(self, complete: bool = True) -> None:
        if self.owns:
            self.stream.close()


class JSONLFileSink(JSONLWriter):
    """JSON Lines into a file.

    A new run writes ``OUT.partial`` beside it, a line per document, and renames it over ``OUT``
    when the run completes, so an earlier output is replaced only by a whole run. A run that
    stops part-way moves its lines into ``OUT`` when ``OUT`` was empty or absent (``--resume``
    goes on from them) and otherwise leaves them in ``OUT.partial``, ``OUT`` untouched.
    ``append`` (resume) appends to ``OUT`` itself, after cutting a torn last line.
    """

    def __init__(self, path: str | Path, *, append: bool = False) -> None:
        self.path = Path(os.path.realpath(path))  # a symlink is written through
        self.append = append
        self._done = done_keys(self.path) if append else set()
        self.partial = self.path.with_name(self.path.name + ".partial")
        target = self.path if append else self.partial
        super().__init__(target.open("a" if append else "w", encoding="utf-8"), owns=True)

    def done_keys(self) -> set[DoneKey]:
        return set(self._done)

    def close(self, complete: bool = True) -> None:
        if self.append:
            self.stream.close()
            return
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
        finally:
            self.stream.close()
        try:
            had_lines = self.path.stat().st_size > 0
        except FileNotFoundError:
            had_lines = False
        if complete or not had_lines:
            os.replace(self.partial, self.path)
        else:
            self.note = (f"{self.path} is left as it was; the documents this run finished are in "
                         f"{self.partial}")

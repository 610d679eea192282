"""The exceptions councildocs raises, each with a stable failure ``code``.

The same codes appear in the Python API, the CLI's stderr line, JSON Lines
error records and the SQLite ``documents`` table, so a researcher can count
failures by kind across a batch.
"""

from __future__ import annotations

import re

#: Characters a terminal acts on (C0 and C1 controls, DEL, bidirectional overrides) and lone surrogates
#: (bytes of a file name that are not UTF-8, as Python decodes them): never printed raw.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as surrogateescape carries it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` safe for a terminal or a log: controls and undecodable bytes as backslash escapes.

    A file name may hold an escape sequence or bytes that are not UTF-8; printed raw,
    the first acts on the terminal and the second cannot be encoded at all.
    """
    return _UNPRINTABLE.sub(_escape, text)


def storable(text: str) -> str:
    """Text SQLite can store: the bytes of a file name that are not UTF-8 as ``\\xNN`` escapes.

    Python carries such bytes as lone surrogates, which UTF-8 (and so SQLite) refuses;
    the record column keeps the name losslessly as JSON ``\\udcXX`` escapes.
    """
    if not any("\ud800" <= char <= "\udfff" for char in text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte: escaped as it is
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class CouncilDocsError(Exception):
    """Base class: a document could not be processed.

    ``code`` is one of the stable failure codes; ``source`` names the file.
    """

    code = "internal"
    hint = ""

    def __init__(self, source: str, reason: str = "", *, detail: str | None = None) -> None:
        self.source = str(source)
        self.reason = reason or self.default_reason
        self.detail = detail
        super().__init__(self.message)

    default_reason = "could not be processed"

    @property
    def message(self) -> str:
        text = f"{self.source}: {self.reason}"
        return f"{text} ({self.hint})" if self.hint else text


class SourceNotFound(CouncilDocsError):
    code = "not_found"
    default_reason = "file not found"


class NotAPDF(CouncilDocsError):
    code = "not_pdf"
    default_reason = "not a PDF (no %PDF- header) and not readable as text or HTML"


class MalformedPDF(CouncilDocsError):
    code = "malformed"
    default_reason = "damaged PDF"
    hint = "the file may be truncated or corrupt; try downloading it again"


class EncryptedPDF(CouncilDocsError):
    code = "encrypted"
    default_reason = "encrypted PDF that needs a password"


class EmptyDocument(CouncilDocsError):
    code = "empty_document"
    default_reason = "no pages or no text anywhere"


class NoTextLayer(CouncilDocsError):
    code = "no_text_layer"
    default_reason = "pages are images with no text layer"
    hint = "run OCR first, for example: ocrmypdf in.pdf out.pdf"


class OcrUnavailable(CouncilDocsError):
    """OCR was asked for (or a scanned page needs it) but the engine is not installed."""

    code = "ocr_unavailable"
    default_reason = "OCR is needed but not available"


class ExtractionTimeout(CouncilDocsError):
    code = "timeout"
    default_reason = "took longer than the time limit"


class ResourceLimit(CouncilDocsError):
    code = "memory"
    default_reason = "exceeded the memory or size limit"


class InvalidSource(CouncilDocsError, TypeError):
    """The API was given something that is not a document: not a path, bytes, text or a Document.

    Also a :class:`TypeError`, so code that catches either sees it.
    """

    code = "not_found"
    default_reason = "not a path, bytes, text or Document"


class InternalError(CouncilDocsError):
    """A bug in councildocs: the traceback is kept in ``detail``, never shown as the message."""

    code = "internal"
    default_reason = "internal error in councildocs (please report it)"


FAILURE_CODES = (
    "not_found",
    "not_pdf",
    "malformed",
    "encrypted",
    "empty_document",
    "no_text_layer",
    "ocr_unavailable",
    "timeout",
    "memory",
    "internal",
)

_BY_CODE = {cls.code: cls for cls in (SourceNotFound, NotAPDF, MalformedPDF, EncryptedPDF, EmptyDocument,
                                      NoTextLayer, OcrUnavailable, ExtractionTimeout, ResourceLimit, InternalError)}


def error_for_code(code: str, source: str, reason: str = "", detail: str | None = None) -> CouncilDocsError:
    """Rebuild a typed error from its code, as when a worker process reports one back."""
    return _BY_CODE.get(code, InternalError)(source, reason, detail=detail)

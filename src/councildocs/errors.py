"""The exceptions councildocs raises, each with a stable failure ``code``.

The same codes appear in the Python API, the CLI's stderr line, JSON Lines
error records and the SQLite ``documents`` table, so a researcher can count
failures by kind across a batch.
"""

from __future__ import annotations


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


class ExtractionTimeout(CouncilDocsError):
    code = "timeout"
    default_reason = "took longer than the time limit"


class ResourceLimit(CouncilDocsError):
    code = "memory"
    default_reason = "exceeded the memory or size limit"


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
    "timeout",
    "memory",
    "internal",
)

_BY_CODE = {cls.code: cls for cls in (SourceNotFound, NotAPDF, MalformedPDF, EncryptedPDF, EmptyDocument,
                                      NoTextLayer, ExtractionTimeout, ResourceLimit, InternalError)}


def error_for_code(code: str, source: str, reason: str = "", detail: str | None = None) -> CouncilDocsError:
    """Rebuild a typed error from its code, as when a worker process reports one back."""
    return _BY_CODE.get(code, InternalError)(source, reason, detail=detail)

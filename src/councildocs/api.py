"""The library's front door: one-line delegations to the loaders and the pipeline."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from .batch import Result, extract_many
from .document import Document
from .errors import InvalidSource
from .loaders import PDFSettings, load
from .loaders.text import text_to_document
from .records import CouncilDocument

Source = str | Path | bytes | Document


def parse(doc: Document) -> CouncilDocument:
    """Extract every record from an already loaded :class:`Document`."""
    from .pipeline import document_to_record  # spaCy loads only when extracting

    return document_to_record(doc)


def extract(source: Source, *, name: str | None = None, pdf: PDFSettings | None = None,
            ocr: str | None = None) -> CouncilDocument:
    """Extract every record from one document.

    ``source`` is a path, the file's bytes, text (any ``str`` holding a
    newline), or a loaded :class:`Document`. ``ocr`` (``"auto"``, ``"always"``,
    ``"never"``) overrides ``pdf.ocr``: which PDF pages Tesseract reads. Bad input raises a
    :class:`~councildocs.errors.CouncilDocsError` subclass naming the file and the reason
    (:class:`~councildocs.errors.InvalidSource` for something that is no document at all).
    """
    if isinstance(source, bytearray | memoryview):
        source = bytes(source)
    elif isinstance(source, os.PathLike) and not isinstance(source, Path):
        source = os.fsdecode(source)  # a path, never its bytes taken for a document
    if not isinstance(source, str | Path | bytes | Document):
        raise InvalidSource(repr(source)[:80], f"{type(source).__name__} is not a path, bytes, text or "
                                                 "Document")
    if ocr is not None:
        pdf = replace(pdf or PDFSettings(), ocr=ocr)
    if isinstance(source, Document):
        return parse(source)
    if isinstance(source, str) and "\n" in source:
        return parse(text_to_document(source, name or "<text>"))
    return parse(load(source, name=name, pdf=pdf))


__all__ = ["extract", "extract_many", "parse", "load", "Result"]

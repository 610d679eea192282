"""Loaders: turn a path, bytes or text into a :class:`~councildocs.document.Document`.

The loader is chosen by content, not by extension: ``%PDF-`` in the first
kilobyte means PDF, HTML markup means HTML, and anything that decodes as text
is text. A file that looks like none of them is :class:`NotAPDF`.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from ..document import Document
from ..errors import CouncilDocsError, EmptyDocument, NotAPDF, ResourceLimit, SourceNotFound, error_for_code
from .html import html_to_document
from .ocr import correct_misreadings
from .pdf import PDFSettings, classify_pdfminer_error, pdf_to_document
from .text import text_to_document

__all__ = ["load", "read_limited", "sniff", "decode_text", "PDFSettings", "pdf_to_document", "pdf_to_document_safely",
           "text_to_document", "html_to_document"]

_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body)", re.I)
#: Comments before a page's first tag; PDF-to-Markdown tools also open files with them (``<!-- Page 1 -->``).
_LEADING_COMMENT = re.compile(rb"\s*<!--.*?-->", re.S)
#: After leading comments, a tag (``<div>``, ``<p>``) says HTML; Markdown (``# AGENDA``, ``![logo](…)``) does not.
_TAG_START = re.compile(rb"\s*<[a-z!]", re.I)


def _starts_as_html(head: bytes) -> bool:
    """The first bytes open an HTML page: a doctype or page tag, or comments followed by a tag (or nothing)."""
    at = 0
    while (m := _LEADING_COMMENT.match(head, at)) is not None:
        at = m.end()
    rest = head[at:]
    if rest.lstrip().startswith(b"<!--"):
        return True  # a comment longer than the bytes read: only a page starts so
    return bool(_HTML_START.match(rest)) or (at > 0 and (not rest.strip() or bool(_TAG_START.match(rest))))
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"II*\x00", b"MM\x00*")


#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))


def wide_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding and BOM length of text saved as UTF-16 or UTF-32 (or with a UTF-8 BOM), else None.

    Without a byte-order mark, UTF-16 of Latin-script text shows itself by a NUL in
    nearly every other byte (Notepad's "Unicode" without BOM, some exports).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    head = data[:1024]
    if len(head) >= 16:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
            return "utf-16-le", 0
        if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
            return "utf-16-be", 0
    return None


def sniff(data: bytes) -> str:
    """``"pdf"``, ``"html"``, ``"text"`` or ``"binary"``, from the first bytes."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_BINARY_MAGIC):
        return "binary"
    wide = wide_encoding(head)
    if wide is not None and wide[0] != "utf-8":  # judge the text, not its NUL bytes
        encoding, skip = wide
        width = 4 if "32" in encoding else 2
        usable = head[skip:][: (len(head) - skip) // width * width]
        head = usable.decode(encoding, "replace").encode("utf-8")
    if _starts_as_html(head[:2048]) or b"<html" in head.lower():
        return "html"
    if b"\x00" in head and head.count(b"\x00") > len(head) // 10:
        return "binary"
    return "text"


def decode_text(data: bytes, warnings: list[str] | None = None) -> str:
    """Decode bytes as UTF-8 (or the UTF-16/32 a byte-order mark names), falling back to cp1252
    then latin-1 with a warning."""
    wide = wide_encoding(data)
    if wide is not None:
        encoding, skip = wide
        text = data[skip:].decode(encoding, "replace")
        if "\ufffd" in text and warnings is not None:
            warnings.append(f"{encoding} text with bytes that do not decode (replaced)")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if warnings is not None:
            warnings.append(f"not UTF-8: decoded as {encoding}")
        return text
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


#: Where an exception must have been raised to count as the file's fault (``malformed``), not ours.
PARSER_PACKAGES = ("pdfminer", "pdfplumber", "pypdfium2", "PIL")


def raised_by_parser(exc: BaseException) -> bool:
    """True when the innermost frame of ``exc`` (or of the exception it wraps) is in a PDF parser library."""
    while True:
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        module = tb.tb_frame.f_globals.get("__name__", "") if tb is not None else ""
        if module.split(".")[0] in PARSER_PACKAGES:
            return True
        inner = exc.__cause__ or exc.__context__
        if inner is None or inner is exc:
            return False
        exc = inner


def pdf_to_document_safely(data: bytes, label: str, settings: PDFSettings | None) -> Document:
    """:func:`pdf_to_document` with every failure typed and named after ``label``.

    pdfplumber lets some failures through unwrapped (a bare ``TypeError`` for a
    page without a MediaBox) and deep or cyclic files raise ``RecursionError``:
    an exception raised inside the parser libraries is the file's fault
    (``malformed``); one raised in councildocs' own code stays a bug (``internal``).
    """
    try:
        doc = pdf_to_document(data, settings)
    except CouncilDocsError as exc:
        raise error_for_code(exc.code, label, exc.reason, exc.detail) from None
    except MemoryError:
        raise ResourceLimit(label, "ran out of memory while parsing the PDF") from None
    except Exception as exc:
        if raised_by_parser(exc):
            raise classify_pdfminer_error(label, exc) from None
        raise
    doc.source = label
    return doc


def read_limited(path: str | Path, label: str, max_bytes: int | None = None) -> bytes:
    """A file's bytes, checked before reading: a regular file, within ``max_bytes``, readable.

    A FIFO, a device or a socket is refused before it is opened (reading one can block
    forever or never end), and a read error (``/proc/self/mem``, say) is the file's
    fault, not ours. A file is never read past ``max_bytes``, even when it grows or
    says it is empty (as files in ``/proc`` do).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise SourceNotFound(label, "file not found (or a link to nothing)") from None
    except OSError as exc:
        raise SourceNotFound(label, f"cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        kind = ("a folder" if stat.S_ISDIR(info.st_mode) else "a FIFO" if stat.S_ISFIFO(info.st_mode)
                else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "a special file")
        raise SourceNotFound(label, f"not a regular file ({kind})")
    if max_bytes and info.st_size > max_bytes:
        raise ResourceLimit(label, f"file is {info.st_size} bytes, over the max_bytes limit of {max_bytes}")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1) if max_bytes else handle.read()
    except OSError as exc:
        raise SourceNotFound(label, f"cannot be read ({exc.strerror or exc})") from None
    if max_bytes and len(data) > max_bytes:
        raise ResourceLimit(label, f"file is over the max_bytes limit of {max_bytes}")
    return data


def load(source: str | Path | bytes, *, name: str | None = None, pdf: PDFSettings | None = None) -> Document:
    """Load a document from a path, or from its bytes.

    A ``str`` is taken as a path; pass text as bytes (or call
    :func:`text_to_document`) to load text that is not in a file.
    """
    if isinstance(source, bytes):
        data, label = source, name or "<bytes>"
    else:
        label = name or str(source)
        data = read_limited(source, label)
    digest = hashlib.sha256(data).hexdigest()
    kind = sniff(data)
    if not data.strip() or (wide_encoding(data) is not None and not decode_text(data).strip()):
        raise NotAPDF(label, "empty file (0 bytes of content)") if label.lower().endswith(".pdf") \
            else EmptyDocument(label, "empty file")
    if kind == "pdf":
        doc = pdf_to_document_safely(data, label, pdf)
    elif kind == "binary":
        raise NotAPDF(label, "not a PDF: binary data of another type")
    else:
        if label.lower().endswith(".pdf"):
            raise NotAPDF(label, "not a PDF: no %PDF- header" + (" (it is an HTML page)" if kind == "html" else ""))
        warnings: list[str] = []
        text = decode_text(data, warnings)
        doc = html_to_document(text, label) if kind == "html" else text_to_document(text, label)
        doc.warnings.extend(warnings)
        if not doc.has_text:
            raise EmptyDocument(label, "no text")
    correct_misreadings(doc)
    doc.sha256 = digest
    return doc

"""Review pages: every extracted record drawn on its page, for a person to check and correct.

``review_file`` extracts a document and writes one self-contained HTML file:
the pages as images with a box on each record's evidence, the records listed
as the JSON groups them, and a way to mark records wrong or add missing ones
and export the result as a gold file for :mod:`councildocs.evaluate`.
``review_record`` does the same for a saved extraction, ``review_many`` for a
folder or a batch's SQLite file (one page per document and an index page).

The pages carry no links to anything outside themselves: images are data
URIs, the template's CSS and JavaScript are inlined, so a review can be mailed
or opened from a shared drive.
"""

from __future__ import annotations

import html
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import CouncilDocsError, SourceNotFound, error_for_code
from .pages import DEFAULT_JPEG_QUALITY, DEFAULT_WIDTH, PageImage, TextLine, pdf_to_page_images

__all__ = ["review", "ReviewSettings", "ReviewedDocument", "review_html", "index_html", "review_file", "review_record",
           "review_many", "record_counts"]

#: Suffixes of a batch's SQLite output (as ``councildocs extract -o`` names it).
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
#: Record lists counted on the index page, by column head.
COUNTED = ("members", "agenda items", "attendees", "minute items", "resolutions", "programme rows", "dates")


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """How review pages are made: page image width (pixels), JPEG quality, and the extraction's limits."""

    width: int = DEFAULT_WIDTH
    jpeg_quality: int = DEFAULT_JPEG_QUALITY
    timeout: float | None = None
    workers: int | None = None


@dataclass(slots=True)
class ReviewedDocument:
    """One written review page (or the reason there is none), as the index lists it."""

    name: str
    status: str
    href: str | None = None
    kind: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    warnings: int = 0
    error: str | None = None


def review(source: str | Path | None = None, out: str | Path | None = None, *, record: str | Path | None = None,
           settings: ReviewSettings | None = None) -> Path:
    """Write the review of ``source`` and return where it went.

    ``source`` is a document (one page), a folder or a batch's SQLite file (a page per document and
    ``index.html``); ``record`` is a saved extraction to review instead of extracting ``source``
    (``source`` is then the document it was extracted from, when it is not where the record says).
    Without ``out``: ``<stem>.review.html`` for one document, ``<stem>-review/`` for many.
    """
    if record is not None:
        return review_record(record, out or f"{Path(record).stem}.review.html", source, settings)
    if source is None:
        raise ValueError("review needs a document, a folder, a SQLite file or a saved record")
    path = Path(source)
    if path.is_dir() or path.suffix.lower() in SQLITE_SUFFIXES:
        return review_many(path, out or f"{path.resolve().name or 'documents'}-review", settings)
    return review_file(path, out or f"{path.stem}.review.html", settings)


# -- one page --------------------------------------------------------------------------------------

def _asset(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no '</script>' or '<!--' can end or bend it."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace("\u2028", "\\u2028") \
        .replace("\u2029", "\\u2029")


def _page_html(page: PageImage) -> str:
    return (f'<section class="page" id="page-{page.number}" data-page="{page.number}" '
            f'data-width="{page.width}" data-height="{page.height}" '
            f'style="aspect-ratio:{page.width}/{page.height}">'
            f'<img loading="lazy" decoding="async" alt="page {page.number}" src="{page.data_uri()}">'
            f'<div class="boxes"></div><span class="pageno">{page.number}</span></section>\n')


def _text_html(lines: list[TextLine]) -> str:
    rows = (f'<div class="tl" data-first="{line.first}" data-last="{line.last}"><span class="ln">{line.first}'
            f'</span>{html.escape(line.text)}</div>' for line in lines)
    return '<section class="textview" id="textview">' + "\n".join(rows) + "</section>"


def review_html(record: dict[str, Any], *, pages: Iterable[PageImage] = (), text: list[TextLine] | None = None,
                notes: Iterable[str] = (), title: str | None = None, index_href: str | None = None) -> str:
    """The review page of one extracted document (``record``: the JSON ``councildocs extract`` writes).

    ``pages`` are the rendered pages of a PDF, ``text`` the numbered lines of a text or HTML
    source; ``notes`` are remarks about the review itself (a source file that could not be found).
    """
    source = record.get("source") or {}
    title = title or os.path.basename(str(source.get("path") or "document"))
    view = "".join(_page_html(p) for p in pages)
    if not view and text:
        view = _text_html(text)
    if not view:
        view = '<p class="nosource">The source document is not available: records are listed without pages.</p>'
    meta = {"title": title, "notes": list(notes), "gold_name": _gold_name(record, title),
            "index": index_href}
    parts = {
        "TITLE": html.escape(title),
        "CSS": _asset("review.css"),
        "JS": _asset("review.js"),
        "RECORD": _script_json(record),
        "META": _script_json(meta),
        "VIEW": view,
    }
    return _fill(_asset("review.html"), parts)


def _fill(template: str, parts: dict[str, str]) -> str:
    # One pass, so a value that happens to hold '{{X}}' (a record's text) is never filled in turn.
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda m: parts[m.group(1)], template)


def _gold_name(record: dict[str, Any], title: str) -> str:
    """The exported gold file's name: the source's stem, as ``councildocs evaluate`` pairs files by name."""
    path = str((record.get("source") or {}).get("path") or title)
    return f"{Path(path).stem or 'document'}.json"


# -- sources ---------------------------------------------------------------------------------------

def source_to_view(record: dict[str, Any], path: str | Path | None,
                   settings: ReviewSettings) -> tuple[Iterator[PageImage], list[TextLine] | None, list[str]]:
    """What the review shows of the source file: page images (PDF) or numbered lines (text, HTML), and notes."""
    source = record.get("source") or {}
    notes: list[str] = []
    if path is None or not Path(path).is_file():
        shown = path or source.get("path") or "the source"
        return iter(()), None, [f"{shown}: file not found, so its pages are not shown"]
    sha = source.get("sha256")
    if sha:
        from ..batch import file_sha256

        if file_sha256(path) != sha:
            notes.append(f"{path} differs from the file that was extracted (sha256): boxes may be misplaced")
    fmt = source.get("format")
    if fmt == "pdf":
        return pdf_to_page_images(path, width=settings.width, jpeg_quality=settings.jpeg_quality), None, notes
    if fmt == "html":
        from ..loaders import load
        from .pages import document_to_lines

        return iter(()), document_to_lines(load(path)), notes
    from .pages import text_to_lines

    return iter(()), text_to_lines(path), notes


def _write(out: str | Path, text: str) -> Path:
    out = Path(out)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)  # a reader never sees half a page
    return out


def _extract_one(path: str, settings: ReviewSettings) -> dict[str, Any]:
    """The record of one file, extracted in an isolated worker with the batch limits (as ``extract`` does)."""
    from ..batch import extract_many

    limits: dict[str, Any] = {} if settings.timeout is None else {"timeout": settings.timeout}
    result = next(iter(extract_many([path], workers=1, **limits)))
    if result.failed:
        raise result.error or error_for_code("internal", path, result.message or "")
    assert result.record is not None
    return result.record


def review_file(path: str | Path, out: str | Path, settings: ReviewSettings | None = None) -> Path:
    """Extract ``path`` and write its review page to ``out``.

    The pages are rendered here while a worker process extracts the records, so the review takes
    little longer than the extraction. Raises :class:`~councildocs.errors.CouncilDocsError` when the
    document cannot be extracted.
    """
    settings = settings or ReviewSettings()
    path = str(path)
    if not Path(path).is_file():
        raise SourceNotFound(path)
    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(_extract_one, path, settings)
        notes: list[str] = []
        try:
            pages = _render_if_pdf(path, settings)
        except Exception as exc:  # noqa: BLE001 - pdfium cannot draw it: the records are listed without pages
            pages, notes = [], [f"the pages could not be drawn ({type(exc).__name__}: {exc})"]
        record = pending.result()
    text = None
    if pages is None:  # text or HTML: numbered lines instead of pages
        images, text, notes = source_to_view(record, path, settings)
        pages = list(images)
    return _write(out, review_html(record, pages=pages, text=text, notes=notes))


def _render_if_pdf(path: str, settings: ReviewSettings) -> list[PageImage] | None:
    with open(path, "rb") as fh:
        if b"%PDF-" not in fh.read(1024):
            return None
    return list(pdf_to_page_images(path, width=settings.width, jpeg_quality=settings.jpeg_quality))


def review_record(record_path: str | Path, out: str | Path, source: str | Path | None = None,
                  settings: ReviewSettings | None = None) -> Path:
    """Write the review page of a saved extraction (``councildocs extract -o RECORD.json``).

    The pages come from ``source`` or else from the record's ``source.path`` (as written, then
    beside the record file); without the file the records are listed alone.
    """
    settings = settings or ReviewSettings()
    record = load_record(record_path)
    path = Path(source) if source else _find_source(record, Path(record_path))
    images, text, notes = source_to_view(record, path, settings)
    return _write(out, review_html(record, pages=list(images), text=text, notes=notes))


def load_record(path: str | Path) -> dict[str, Any]:
    """A saved extraction: one JSON object with the extraction's fields."""
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourceNotFound(str(path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CouncilDocsError(str(path), f"not an extraction record ({type(exc).__name__})") from None
    if not isinstance(value, dict) or "source" not in value:
        raise CouncilDocsError(str(path), "not an extraction record (no 'source')")
    return value


def _find_source(record: dict[str, Any], record_path: Path) -> Path | None:
    written = (record.get("source") or {}).get("path")
    if not written:
        return None
    for candidate in (Path(written), record_path.parent / written, record_path.parent / Path(written).name):
        if candidate.is_file():
            return candidate
    return Path(written)


# -- many documents --------------------------------------------------------------------------------

def record_counts(record: dict[str, Any]) -> dict[str, int]:
    """How many records of each kind a document holds, for the index page."""
    minutes = record.get("minutes") or []
    items = [i for m in minutes for i in m.get("items") or []]
    return dict(zip(COUNTED, (
        len((record.get("meeting") or {}).get("members") or []),
        len(record.get("agenda_items") or []),
        sum(len(m.get("attendees") or []) for m in minutes),
        len(items),
        sum(len(i.get("resolutions") or []) for i in items),
        len(record.get("work_programme") or []),
        len(record.get("dates") or []),
    ), strict=True))


def _page_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "document"
    page, n = f"{base}.html", 1
    while page in taken or page == "index.html":
        n += 1
        page = f"{base}-{n}.html"
    taken.add(page)
    return page


def review_many(source: str | Path, out_dir: str | Path, settings: ReviewSettings | None = None) -> Path:
    """Write a review page per document of a folder (extracted here) or of a batch's SQLite file, and
    ``index.html`` listing them with their status and counts. Returns the index's path."""
    settings = settings or ReviewSettings()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if Path(source).is_dir():
        entries = _folder_records(Path(source), settings)
    else:
        entries = _sqlite_records(Path(source))
    taken: set[str] = set()
    rows = []
    for name, path, record, error in entries:
        if record is None:
            rows.append(ReviewedDocument(name, "failed", error=error))
            continue
        page = _page_name(Path(name).name if os.path.isabs(name) else name, taken)
        images, text, notes = source_to_view(record, path, settings)
        _write(out / page, review_html(record, pages=list(images), text=text, notes=notes, title=name,
                                       index_href="index.html"))
        rows.append(ReviewedDocument(name, str(record.get("status") or "ok"), page, record.get("kind"),
                                     record_counts(record), len(record.get("warnings") or [])))
    return _write(out / "index.html", index_html(rows, title=os.path.basename(os.path.abspath(source))))


Entry = tuple[str, "Path | None", "dict[str, Any] | None", "str | None"]


def _folder_records(folder: Path, settings: ReviewSettings) -> Iterator[Entry]:
    from ..batch import extract_many, folder_documents

    paths = folder_documents(str(folder))
    limits: dict[str, Any] = {} if settings.timeout is None else {"timeout": settings.timeout}
    for path, result in zip(paths, extract_many(paths, workers=settings.workers, **limits), strict=True):
        name = os.path.relpath(path, folder)
        error = None if not result.failed else f"{result.message} [{result.code}]"
        yield name, Path(path), result.record, error


def _sqlite_records(db: Path) -> Iterator[Entry]:
    """The documents of a batch's SQLite file, from its ``documents.record`` column (the whole record as JSON)."""
    if not db.is_file():
        raise SourceNotFound(str(db))
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CouncilDocsError(str(db), f"cannot open the database: {exc}") from None
    try:
        columns = {row[1] for row in con.execute("PRAGMA table_info(documents)")}
        if "record" not in columns:
            raise CouncilDocsError(str(db), "not a councildocs database (no documents.record column)")
        extra = ", error_message, error_code" if {"error_message", "error_code"} <= columns else ", NULL, NULL"
        for path, record, message, code in con.execute(f"SELECT path, record{extra} FROM documents ORDER BY rowid"):
            value = json.loads(record) if record else None
            error = None if value else f"{message or 'not extracted'} [{code or 'failed'}]"
            yield str(path), _find_source(value, db) if value else None, value, error
    except sqlite3.DatabaseError as exc:
        raise CouncilDocsError(str(db), f"not a councildocs database: {exc}") from None
    finally:
        con.close()


def index_html(rows: list[ReviewedDocument], *, title: str = "councildocs review") -> str:
    """The index page: one row per document with its status, record counts and a link to its review."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in ("document", "kind", "status", *COUNTED, "warnings"))
    body = []
    for row in rows:
        name = html.escape(row.name)
        link = f'<a href="{html.escape(row.href)}">{name}</a>' if row.href else name
        counts = "".join(f'<td class="n">{row.counts.get(c, "")}</td>' for c in COUNTED)
        detail = f'<td colspan="{len(COUNTED) + 1}">{html.escape(row.error)}</td>' if row.error else \
            f'{counts}<td class="n">{row.warnings}</td>'
        body.append(f'<tr class="s-{html.escape(row.status)}"><td>{link}</td><td>{html.escape(row.kind or "")}</td>'
                    f'<td class="status">{html.escape(row.status)}</td>{detail}</tr>')
    summary = ", ".join(f"{sum(r.status == s for r in rows)} {s}" for s in ("ok", "partial", "failed")
                        if any(r.status == s for r in rows))
    return _fill(_asset("index.html"), {"TITLE": html.escape(title), "CSS": _asset("review.css"),
                                        "SUMMARY": html.escape(f"{len(rows)} documents: {summary}"),
                                        "HEAD": head, "ROWS": "\n".join(body)})

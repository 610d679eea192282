"""From a loaded Document to a CouncilDocument: the stages in order.

``document_to_trace`` is the whole pipeline; each stage is a plain function in
its own module, so it can be run and inspected alone:

    blocks_to_parts (segment) → Part.outline (outline) → front_kind (kind) →
    DateContext.for_document (day order, reference date) → part extractors
    (meeting, agenda, minutes, reports) → document_to_programme → document_to_dates

The :class:`Trace` keeps every intermediate result (parts, their outlines, the
date context) beside the record, so ``councildocs inspect`` shows what the
extractors read rather than a re-derivation that could disagree with them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pydantic import BaseModel

from ._version import __version__
from .document import Document
from .extractors.agenda import parts_to_agenda
from .extractors.dates import DateContext, document_to_dates
from .extractors.meeting import parts_to_meeting, title_to_meeting
from .extractors.minutes import parts_to_minutes
from .extractors.programme import document_to_programme, document_to_table_years
from .extractors.reports import parts_to_reports
from .kind import document_kind, front_kind
from .records import CouncilDocument, DocumentKind, Evidence, SourceInfo
from .segment import Part, blocks_to_parts
from .vocab import lookup

#: Below this share of English function words, the text is probably in another language.
MIN_ENGLISH_SHARE = 0.04
#: How many words of the document to sample for that check.
LANGUAGE_SAMPLE = 3000


def language_warning(doc: Document) -> str | None:
    """A warning when the text does not read as English (the patterns are English; Welsh minutes exist)."""
    words: list[str] = []
    for line in doc.lines():
        words.extend(line.text.lower().split())
        if len(words) >= LANGUAGE_SAMPLE:
            break
    if len(words) < 50:
        return None
    common = set(lookup("english_function_words"))
    share = sum(w in common for w in words) / len(words)
    if share < MIN_ENGLISH_SHARE:
        return f"the text does not read as English ({share:.0%} common English words): records may be missing"
    return None


@dataclass(slots=True)
class Trace:
    """Everything the pipeline computed for one document, in the order it was computed."""

    document: Document
    parts: list[Part]
    #: The kind the title or a report's sections named before any extractor ran (None: decided by parts).
    front_kind: DocumentKind | None
    #: Day order and reference date, decided once from the whole document, and the meeting date.
    context: DateContext
    record: CouncilDocument


def document_to_trace(doc: Document) -> Trace:
    """Run every stage over a loaded document, keeping the intermediate results."""
    parts = blocks_to_parts(doc)
    front = front_kind(parts)
    # The day order comes from the whole document before any date is read: a US front sheet's
    # 04/05/2024 is 5 April only once the document is known to write month first.
    base = DateContext.for_document(doc, None)
    meeting = parts_to_meeting(parts, base)
    if (title := doc.metadata.get("title")) and (meeting is None or meeting.body is None or meeting.date is None):
        # a page whose title is in its front matter and whose text opens with its attendance
        meeting = title_to_meeting(title, meeting, base, minutes=any(p.kind == "minutes" for p in parts))
    context = replace(base, meeting_date=meeting.date if meeting else None)
    record = CouncilDocument(
        councildocs_version=__version__,
        source=SourceInfo(path=doc.source, sha256=doc.sha256, format=doc.format, pages=len(doc.pages),
                          metadata=dict(doc.metadata)),
        status="partial" if doc.failed_pages else "ok",
        warnings=list(doc.warnings),
        meeting=meeting,
        agenda_items=parts_to_agenda(parts, headless=front is None),
        minutes=parts_to_minutes(parts, context),
        reports=parts_to_reports(parts, context),
        work_programme=document_to_programme(doc, context),
    )
    if meeting is not None and len(record.minutes) == 1 and not record.agenda_items:
        # minutes alone whose own title block is silent (a page that opens with its attendance): the meeting
        # the document names is the one they record
        own = record.minutes[0].meeting
        for name in ("body", "date", "start_time", "venue"):
            if getattr(own, name) is None:
                setattr(own, name, getattr(meeting, name))
    record.kind = document_kind(parts, front, has_agenda=bool(record.agenda_items))
    record.dates = document_to_dates(doc, context, record, document_to_table_years(doc))
    warning = language_warning(doc)
    if warning:
        record.warnings.append(warning)
    mark_ocr_evidence(record, {p.number for p in doc.pages if p.ocr_confidence is not None})
    return Trace(doc, parts, front, context, record)


def mark_ocr_evidence(record: CouncilDocument, ocr_pages: set[int]) -> None:
    """Set ``ocr`` on the evidence of every record found on a page read by OCR."""
    if not ocr_pages:
        return
    stack: list[object] = [record]
    while stack:
        node = stack.pop()
        if isinstance(node, Evidence):
            node.ocr = node.page in ocr_pages
        elif isinstance(node, BaseModel):
            stack.extend(getattr(node, name) for name in type(node).model_fields)
        elif isinstance(node, list | tuple):
            stack.extend(node)


def document_to_record(doc: Document) -> CouncilDocument:
    """Run every extractor over a loaded document."""
    return document_to_trace(doc).record

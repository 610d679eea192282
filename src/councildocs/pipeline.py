"""From a loaded Document to a CouncilDocument: the stages in order.

``document_to_record`` is the whole pipeline; each stage is a plain function in
its own module, so it can be run and inspected alone:

    blocks_to_parts (segment) → part extractors (meeting, agenda, minutes,
    reports) → tables_to_programme → text_to_dates
"""

from __future__ import annotations

from ._version import __version__
from .document import Document
from .extractors.agenda import parts_to_agenda
from .extractors.dates import DateContext, document_to_dates
from .extractors.meeting import parts_to_meeting
from .extractors.minutes import parts_to_minutes
from .extractors.programme import document_to_programme
from .extractors.reports import parts_to_reports
from .records import CouncilDocument, SourceInfo
from .segment import blocks_to_parts


def document_to_record(doc: Document) -> CouncilDocument:
    """Run every extractor over a loaded document."""
    parts = blocks_to_parts(doc)
    meeting = parts_to_meeting(parts)
    context = DateContext.for_document(doc, meeting.date if meeting else None)
    record = CouncilDocument(
        councildocs_version=__version__,
        source=SourceInfo(path=doc.source, sha256=doc.sha256, format=doc.format, pages=len(doc.pages)),
        status="partial" if doc.failed_pages else "ok",
        warnings=list(doc.warnings),
        meeting=meeting,
        agenda_items=parts_to_agenda(parts),
        minutes=parts_to_minutes(parts, context),
        reports=parts_to_reports(parts, context),
        work_programme=document_to_programme(doc, context),
    )
    record.dates = document_to_dates(doc, context, record)
    return record

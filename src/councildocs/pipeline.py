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


def document_to_record(doc: Document) -> CouncilDocument:
    """Run every extractor over a loaded document."""
    parts = blocks_to_parts(doc)
    meeting = parts_to_meeting(parts, DateContext.for_document(doc, None))
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
    warning = language_warning(doc)
    if warning:
        record.warnings.append(warning)
    return record

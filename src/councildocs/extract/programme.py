from __future__ import annotations

from ..document import Document
from ..records import WorkProgrammeRow
from .dates import DateContext


def document_to_programme(doc: Document, context: DateContext) -> list[WorkProgrammeRow]:
    return []

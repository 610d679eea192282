"""Find the parts of a document: front sheet, agenda, minutes, reports, appendices."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .document import Block, Document

PartKind = Literal["front_sheet", "agenda", "minutes", "report", "appendix", "other"]


@dataclass(slots=True)
class Part:
    """A run of blocks that belong together, with its kind."""

    kind: PartKind
    blocks: list[Block] = field(default_factory=list)


def blocks_to_parts(doc: Document) -> list[Part]:
    return [Part("other", [b for b in doc.blocks() if not (hasattr(b, "kind") and b.kind != "body")])]

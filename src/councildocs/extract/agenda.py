from __future__ import annotations

from ..records import AgendaItem
from ..segment import Part


def parts_to_agenda(parts: list[Part]) -> list[AgendaItem]:
    return []

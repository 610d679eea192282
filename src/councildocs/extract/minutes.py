from __future__ import annotations

from ..records import Minutes
from ..segment import Part
from .dates import DateContext


def parts_to_minutes(parts: list[Part], context: DateContext) -> list[Minutes]:
    return []

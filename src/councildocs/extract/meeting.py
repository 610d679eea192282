from __future__ import annotations

from ..records import Meeting
from ..segment import Part


def parts_to_meeting(parts: list[Part]) -> Meeting | None:
    return None

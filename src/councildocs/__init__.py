"""councildocs: typed records from local-government council papers.

    >>> import councildocs
    >>> doc = councildocs.extract("agenda-pack.pdf")
    >>> doc.meeting.date, [a.name for m in doc.minutes for a in m.attendees]
"""

from __future__ import annotations

from ._version import __version__
from .api import extract, extract_many, load, parse
from .errors import CouncilDocsError
from .records import CouncilDocument

__all__ = ["__version__", "extract", "extract_many", "load", "parse", "CouncilDocsError", "CouncilDocument"]

"""councildocs: typed records from local-government council papers.

    >>> import councildocs
    >>> doc = councildocs.extract("agenda-pack.pdf")
    >>> doc.meeting.date, [a.name for m in doc.minutes for a in m.attendees]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import SCHEMA_VERSION, __version__

if TYPE_CHECKING:
    from .api import extract, extract_many, load, parse
    from .errors import CouncilDocsError
    from .records import CouncilDocument

__all__ = ["__version__", "SCHEMA_VERSION", "extract", "extract_many", "load", "parse", "CouncilDocsError",
           "CouncilDocument"]

#: Public names and the module each comes from, imported on first use: the command line's
#: batch path and ``--help`` never need pydantic models, and workers start sooner without them.
_LAZY = {"extract": "api", "extract_many": "api", "load": "api", "parse": "api", "CouncilDocsError": "errors",
         "CouncilDocument": "records"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'councildocs' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

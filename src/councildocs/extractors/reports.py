"""Officers' reports: item number, title, meeting date, summary, recommendations, contact officers.

A report's front page is a run of labelled sections (``Summary:``,
``Recommendation:``, ``Contact officers``), either as paragraphs or as a
label / value table (``Report title: | …``). Labels come from the
``report_headings`` term list; a section runs until the next label.
"""

from __future__ import annotations

import re

from ..document import Table
from ..layout import Para, evidence_for
from ..records import Report
from ..segment import Part
from ..textpatterns import CLAUSE, TO_BE_HELD, item_label
from ..vocab import alternation, lookup
from .dates import DateContext, parse_date

#: Only the first paragraphs of a report hold its front-page sections.
FRONT_PARAS = 40
_TITLE_LABEL = re.compile(r"^\s*(?:report\s+title|subject|title)\s*[:\-–]?\s*(?P<value>.*)$", re.I)
_DATE_LABEL = re.compile(r"^\s*(?:date\s+of\s+meeting|meeting\s+date)\s*[:\-–]?\s*(?P<value>.*)$", re.I)
_REPORT_LINE = re.compile(r"^\s*report\s+(?:for|to|of)\b", re.I)
_ITEM_AT_END = re.compile(r"\bitem\s*(?:no\.?)?\s*(?P<num>\d{1,3}[a-z]?)?\s*$", re.I)


def _section_label() -> re.Pattern[str]:
    return re.compile(r"^\s*(?P<label>" + alternation(lookup("report_headings")) + r")\s*(?::|-|–|$)\s*(?P<rest>.*)$",
                      re.I)


def parts_to_reports(parts: list[Part], context: DateContext) -> list[Report]:
    """One record per report part, in order."""
    return [part_to_report(part, context) for part in parts if part.kind == "report"]


def _rows(block: Para | Table) -> list[str]:
    if isinstance(block, Para):
        return [block.text]
    return [": ".join(c.text.rstrip(":") for c in row if c.text) for row in block.rows]


def part_to_report(part: Part, context: DateContext) -> Report:
    report = Report(evidence=evidence_for(part.blocks[:1]))
    label_re = _section_label()
    sections: dict[str, list[str]] = {}
    current: str | None = None
    title_next = False
    for block in part.blocks[:FRONT_PARAS]:
        for text in _rows(block):
            number = item_label().match(text) or (_ITEM_AT_END.search(text) if _REPORT_LINE.match(text) else None)
            if number and report.item_number is None and number.group("num"):
                report.item_number = number.group("num").strip()
            held = TO_BE_HELD.search(text) or _DATE_LABEL.match(text)
            if held and report.meeting_date is None:
                report.meeting_date = parse_date(held.group("value"), context) or context.meeting_date
                title_next = report.title is None
                continue
            title = _TITLE_LABEL.match(text)
            if title and report.title is None and title.group("value"):
                report.title = title.group("value").strip()
                continue
            section = label_re.match(text)
            if section:
                current = section.group("label").lower()
                if current in sections:  # the same label again is the report's body, not its front page
                    current = None
                    continue
                sections[current] = []
                if section.group("rest"):
                    sections[current].append(section.group("rest").strip())
                continue
            if title_next and report.title is None and isinstance(block, Para) and len(text.split()) <= 20:
                report.title = text
                title_next = False
                continue
            if current is not None and isinstance(block, Para):
                if block.bold or block.heading or (current.startswith("contact") and CLAUSE.match(text)):
                    current = None  # a heading or the report's first numbered paragraph ends the section
                    continue
                sections[current].append(text)
    report.summary = " ".join(sections.get("summary") or sections.get("executive summary") or
                              sections.get("purpose") or []) or None
    recommendations = sections.get("recommendations") or sections.get("recommendation") or []
    report.recommendations = _as_list(recommendations)
    contacts = sections.get("contact officers") or sections.get("contact officer") or []
    report.contact_officers = [c for c in contacts if not re.search(r"@|\d{5}|^(?:t|e|tel|email)\b", c, re.I)]
    return report


def _as_list(texts: list[str]) -> list[str]:
    """Numbered or lettered recommendations one per entry; prose joined into one."""
    clauses = [t for t in texts if CLAUSE.match(t)]
    if len(clauses) > 1:
        return clauses
    return [" ".join(texts)] if texts else []

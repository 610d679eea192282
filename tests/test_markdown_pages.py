"""Markdown and text as PDF-to-text tools write them: front matter, page rules, a blank line after every line."""

from __future__ import annotations

import datetime as dt

from councildocs.api import parse
from councildocs.layout import lines_to_paras
from councildocs.loaders.text import text_to_document

FRONT_MATTER = """\
---
title: "Minutes of the Finance Committee"
date: 2024-03-04
source: https://example.org/minutes.pdf
---
Minutes of the meeting of the Finance Committee held on 4 March 2024
Present: Councillors A Smith (Chair), B Jones and C Brown
1. Apologies
None.
"""


def test_front_matter_is_metadata_never_body_text() -> None:
    doc = text_to_document(FRONT_MATTER, "minutes.md")
    assert doc.metadata == {"title": "Minutes of the Finance Committee", "date": "2024-03-04",
                            "source": "https://example.org/minutes.pdf"}
    texts = [line.text for line in doc.lines()]
    assert not any("title:" in t or t == "---" for t in texts)
    # source lines stay the file's own
    assert doc.pages[0].lines[0].source_line == 6
    record = parse(doc)
    assert record.source.metadata["title"] == "Minutes of the Finance Committee"
    assert record.minutes and record.minutes[0].meeting.date == dt.date(2024, 3, 4)


def test_a_rule_beside_a_page_number_breaks_the_page() -> None:
    text = ("Minutes of the Parish Council held on 4 March 2024\nPresent: Councillors A Smith and B Jones\n"
            "1. Apologies\nNone.\n---\n2\n\n2. Finance\nThe accounts were noted.\n---\n3\n\n3. Close\n")
    doc = text_to_document(text, "minutes.md")
    assert [p.label for p in doc.pages] == [None, "2", "3"]
    assert [line.text for line in doc.pages[1].lines] == ["2. Finance", "The accounts were noted."]
    record = parse(doc)
    assert [i.number for i in record.minutes[0].items] == ["1", "2", "3"]


def test_a_rule_without_a_page_number_is_no_page_break() -> None:
    doc = text_to_document("[Original file](https://example.org/a.pdf)\n\n---\nAgenda\n1. Apologies\n", "a.md")
    assert len(doc.pages) == 1
    assert [line.text for line in doc.lines()] == ["Original file", "---", "Agenda", "1. Apologies"]


WRAPPED = """\
MINUTES OF PROCEEDINGS AT THE ORDINARY MEETING OF THE CITY AND COUNTY COUNCIL HELD

IN THE COUNCIL CHAMBER ON MONDAY, 31ST MARCH, 2025, AT 3PM.

PRESENT IN THE CHAIR: Councillor D. McSweeney.

The Members joined in welcoming the visiting delegation from the twin town and

extended their best wishes for the visit and for the years of partnership to come.

A minute's silence was observed as a mark of respect for the former member.

The report of the Director of Services on the disposal of land at the business park was

circulated and the Members noted the terms set out in it for the sale of the site.

1.

Adoption of Minutes

Proposed by Councillor Daly and seconded by Councillor Ward, the minutes were adopted.

The Chief Executive thanked the Members and staff for the work on the annual report and

said the report would be published on the council's website in the coming weeks.

A second report on the corporate plan for the next five years was circulated for the

Members' information and noted by the Members present at the meeting that day.

Councillor Ryan asked about the timetable for the road works on the main street and was told

that the works would begin in June and end before the start of the new school year.

Councillor Teefy welcomed the grants under the arts scheme and asked that the scheme be

promoted in the rural areas of the county so that more groups could apply for funding.

The Director of Finance presented the quarterly financial report to the Members and said

that spending was within the budget adopted by the Council for the year.

The meeting closed at 5pm after the Members had considered all items of the agenda for

the day and thanked the Meetings Administrator for the arrangements made for them.
"""


def test_double_spaced_hard_wrapped_lines_join_into_paragraphs() -> None:
    paras = [p.text for p in lines_to_paras(text_to_document(WRAPPED, "minutes.md").lines_and_tables())]
    assert paras[0] == ("MINUTES OF PROCEEDINGS AT THE ORDINARY MEETING OF THE CITY AND COUNTY COUNCIL HELD IN "
                        "THE COUNCIL CHAMBER ON MONDAY, 31ST MARCH, 2025, AT 3PM.")
    assert ("The Members joined in welcoming the visiting delegation from the twin town and extended their best "
            "wishes for the visit and for the years of partnership to come.") in paras
    # a sentence that ends at the end of its line ends its paragraph; an item number starts a new one
    assert "A minute's silence was observed as a mark of respect for the former member." in paras
    assert "1." in paras and "Adoption of Minutes" in paras


def test_a_file_with_one_paragraph_per_line_is_not_joined() -> None:
    text = "\n".join(["Agenda"] + [f"{n}. To receive the report of the working group on item number {n} of "
                                   f"the work programme agreed by the committee at its last meeting"
                                   for n in range(1, 25)]) + "\n"
    record = parse(text_to_document(text, "agenda.txt"))
    assert len(record.agenda_items) == 24


TITLE_ONLY_IN_FRONT_MATTER = """\
---
title: "ASHBY PARISH COUNCIL  Draft Minutes of the Ordinary Meeting held on   Wednesday 5th June 2019 at 7.00pm in Ashby Village Hall"
date: "2019-08-26"
---

Present: Cllr Jim Neill (Vice Chair), Cllr Daphne Clay, Cllr Kit Harvey

135/19 Apologies for Absence. Apologies were accepted for Cllr Sue Lane.

136/19 Minutes of the last meeting were approved.

The meeting closed at 8.30pm.
"""


def test_a_page_whose_title_is_only_in_its_front_matter() -> None:
    # A web page of minutes whose heading is its title: the meeting is read from that title (what the text
    # says is kept: the end time), and the minutes record that meeting. The page's own date is its posting.
    record = parse(text_to_document(TITLE_ONLY_IN_FRONT_MATTER, "minutes.md"))
    meeting = record.meeting
    assert meeting.body.lower() == "ashby parish council"
    assert meeting.date == dt.date(2019, 6, 5)
    assert (meeting.start_time, meeting.end_time) == (dt.time(19, 0), dt.time(20, 30))
    assert meeting.venue == "Ashby Village Hall"
    assert record.minutes[0].meeting.date == dt.date(2019, 6, 5)

"""The typed records councildocs returns, as pydantic models.

The field names follow ``CONTRACT.md`` (the JSON that ``councildocs extract``
prints); everything beyond the contract (evidence, ids, warnings) is added,
never renamed. ``SCHEMA_VERSION`` changes whenever a field changes meaning.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    WithJsonSchema,
    model_serializer,
)

from ._version import SCHEMA_VERSION as SCHEMA_VERSION  # re-exported: records carry it

#: The description of every ``evidence`` field.
EVIDENCE = "where the record was found (page, and box or source lines), so a person can check it"
#: How a clock time is printed in JSON: hours and minutes, 24 hours.
CLOCK_FORMAT = "%H:%M"
#: The JSON Schema of a date and of a clock time, as printed.
DATE_SCHEMA = {"type": "string", "format": "date"}
CLOCK_SCHEMA = {"type": "string", "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9]$"}


def _whole_minute(value: dt.time) -> dt.time:
    # Only what JSON can carry: a time read back from "HH:MM" equals the record it came from.
    if value.second or value.microsecond or value.tzinfo is not None:
        raise ValueError("a clock time is hours and minutes, without seconds or a time zone")
    return value


def _clock_text(value: dt.time) -> str:
    return value.strftime(CLOCK_FORMAT)


#: A calendar date: a :class:`datetime.date` in Python, ``"YYYY-MM-DD"`` in JSON (``format: date``).
IsoDate = Annotated[dt.date, WithJsonSchema(DATE_SCHEMA)]
#: A clock time: a :class:`datetime.time` in Python, ``"HH:MM"`` (24 hours) in JSON and SQLite.
ClockTime = Annotated[
    dt.time,
    AfterValidator(_whole_minute),
    PlainSerializer(_clock_text, return_type=str, when_used="json"),
    WithJsonSchema(CLOCK_SCHEMA),
]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Evidence(_Record):
    """Where a record was found, so a person can check it."""

    page: int | None = Field(None, description="1-based page in the file")
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="x0, top, x1, bottom in PDF points from the page's top-left (PDF input)")
    lines: tuple[int, int] | None = Field(
        None, description="first and last 1-based source line (text and HTML input)")
    ocr: bool = Field(False, description="true when the page was read by OCR (a scan); left out when false")

    @model_serializer(mode="wrap")
    def _leave_out_text_layer(self, handler: SerializerFunctionWrapHandler) -> dict:
        # Only scans say so: evidence from a text layer serialises exactly as before the field existed.
        data = handler(self)
        if not self.ocr:
            data.pop("ocr", None)
        return data


class AttendanceStatus(str, Enum):
    present = "present"
    apologies = "apologies"
    absent = "absent"
    also_present = "also_present"


class Role(str, Enum):
    chair = "chair"
    vice_chair = "vice-chair"


class DateKind(str, Enum):
    meeting = "meeting"
    publication = "publication"
    deadline = "deadline"
    other = "other"


class ProgrammeKind(str, Enum):
    work_programme = "work_programme"
    forward_plan = "forward_plan"
    tracker = "tracker"


class Member(_Record):
    """A member of the body, from the membership list of an agenda front sheet."""

    name: str = Field(description="name as printed, disambiguators kept: 'Sands (M)'")
    role: Role | None = Field(None, description="chair or vice-chair when printed beside the name")
    substitute: str | None = Field(None, description="the member's named substitute, when a table prints one")
    representing: str | None = Field(None, description="the council or body the member represents")
    position: str | None = Field(None, description="the office printed with the name: 'Mayor', 'Councilmember'")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class Meeting(_Record):
    """The meeting a document was written for."""

    body: str | None = Field(None, description="committee, board or panel name")
    date: IsoDate | None = Field(None, description="ISO date YYYY-MM-DD")
    start_time: ClockTime | None = Field(None, description="HH:MM, 24 hours")
    end_time: ClockTime | None = Field(None, description="HH:MM, 24 hours")
    venue: str | None = Field(None, description="where the meeting is held, as printed")
    members: list[Member] = Field(default_factory=list, description="the membership list of the front sheet")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class AgendaItem(_Record):
    """One item of the agenda."""

    number: str = Field(description="as printed: '4', '4.1', 'Item 7', '23/45'")
    title: str = Field(description="the item's title as printed")
    description: str | None = Field(None, description="the text under the title, e.g. 'Purpose - ...'")
    page_start: int | None = Field(None, description="first page of the item's papers in the pack")
    page_end: int | None = Field(None, description="last page of the item's papers in the pack")
    exempt: bool = Field(False, description="marked exempt / confidential (e.g. a leading '*')")
    file_number: str | None = Field(None, description="a file or matter number printed between the item's number "
                                    "and its title ('16-0361', 'File No. CM25-12906'), not part of the title")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class Attendee(_Record):
    """A person named in the attendance of a set of minutes."""

    name: str = Field(description="the person's name as printed, titles such as Councillor removed")
    status: AttendanceStatus = Field(description="present, apologies, absent or also_present (officers, guests)")
    role: Role | None = Field(None, description="chair or vice-chair of the meeting, when printed")
    substitute_for: str | None = Field(None, description="the member this person substituted for")
    position: str | None = Field(None, description="job title, for officers and guests")
    organisation: str | None = Field(None, description="the organisation a guest or officer came from")
    post_nominal: str | None = Field(None, description="honours printed after the name (OBE, MBE), not part of it")
    attendance: str | None = Field(None, description="'virtual' for a person listed as attending remotely")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class Outcome(str, Enum):
    carried = "carried"
    lost = "lost"
    fell = "fell"
    withdrawn = "withdrawn"
    deferred = "deferred"
    noted = "noted"


class VoteCast(str, Enum):
    for_ = "for"
    against = "against"
    abstain = "abstain"


class RecordedVote(_Record):
    """One person's vote, where a recorded or roll-call vote names who voted which way."""

    name: str = Field(description="the voter as printed in the vote list")
    vote: VoteCast = Field(description="for, against or abstain")


class Votes(_Record):
    """A vote's tally where the minutes print it (``CARRIED 4–1–4``, ``Motion Passed (8 to 1)``)."""

    for_: int | None = Field(None, alias="for", description="votes for")
    against: int | None = Field(None, description="votes against")
    abstain: int | None = Field(None, description="abstentions")
    recorded: list[RecordedVote] = Field(default_factory=list, description="each person's vote, where listed")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)


class Resolution(_Record):
    """One decision block: RESOLVED / AGREED / DECIDED and what follows, or a motion that was carried."""

    text: str = Field(description="the decision from after its keyword to the end of the block")
    clauses: list[str] = Field(default_factory=list, description="numbered / lettered clauses, in order")
    moved_by: str | None = Field(None, description="the mover, as printed, where the minutes name one")
    seconded_by: str | None = Field(None, description="the seconder, as printed, where the minutes name one")
    outcome: Outcome | None = Field(None, description="carried, lost, fell, withdrawn, deferred or noted, where stated")
    votes: Votes | None = Field(None, description="the tally, where printed")
    amendment: bool = Field(False, description="an amendment to a motion, not the motion itself")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class MinuteItem(_Record):
    """A numbered item in a set of minutes."""

    number: str = Field(description="the minute number as printed: '4', '23/45', 'PL12'")
    title: str = Field(description="the item's heading as printed")
    exempt: bool = Field(False, description="taken in private (exempt or confidential)")
    moved_by: str | None = Field(None, description="the mover printed on the item's number line "
                                                     "('R2023-093 D. Yemm, S. Kirkey:')")
    seconded_by: str | None = Field(None, description="the seconder printed on the item's number line")
    resolutions: list[Resolution] = Field(default_factory=list, description="the decisions under the item, in order")
    motions: list[Resolution] = Field(
        default_factory=list,
        description="motions and amendments put to the vote that are not a decision of the item: lost, "
                    "withdrawn or fallen ones, and amendments, each with its outcome, movers and tally")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class MinutesMeeting(_Record):
    """The meeting a set of minutes records."""

    body: str | None = Field(None, description="committee, board or panel name")
    date: IsoDate | None = Field(None, description="ISO date YYYY-MM-DD")
    start_time: ClockTime | None = Field(None, description="HH:MM, 24 hours")
    end_time: ClockTime | None = Field(None, description="HH:MM, 24 hours")
    venue: str | None = Field(None, description="where the meeting was held, as printed")


class Minutes(_Record):
    """One set of minutes (a pack often holds those of earlier meetings)."""

    meeting: MinutesMeeting = Field(default_factory=MinutesMeeting, description="the meeting these minutes record")
    attendees: list[Attendee] = Field(default_factory=list, description="everyone named in the attendance")
    items: list[MinuteItem] = Field(default_factory=list, description="the numbered items, in order")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class Report(_Record):
    """An officer's report."""

    item_number: str | None = Field(None, description="the agenda item the report is for, as printed")
    title: str | None = Field(None, description="the report's title")
    meeting_date: IsoDate | None = Field(None, description="ISO date of the meeting it goes to")
    summary: str | None = Field(None, description="the summary or purpose paragraph")
    recommendations: list[str] = Field(default_factory=list, description="the recommendations, one per clause")
    contact_officers: list[str] = Field(default_factory=list, description="the officers named as contacts")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class WorkProgrammeRow(_Record):
    """One real row of a work-programme, forward-plan or tracker table."""

    kind: ProgrammeKind = Field(description="work_programme, forward_plan or tracker")
    meeting: str = Field("", description="the date / meeting cell as printed")
    meeting_date: IsoDate | None = Field(None, description="ISO date of the meeting; null when the cell has no day")
    topic: str = Field("", description="the topic or decision cell")
    responsible: str = Field("", description="the officer, member or body responsible")
    scope: str = Field("", description="the scope, purpose or notes cell")
    exempt: bool | None = Field(None, description="whether the row is marked exempt; null when the table does not say")
    other: dict[str, str] = Field(default_factory=dict, description="other columns, by header name")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class DateMention(_Record):
    """An explicit calendar date in the text."""

    date: IsoDate = Field(description="ISO date YYYY-MM-DD")
    kind: DateKind = Field(DateKind.other, description="meeting, publication, deadline or other")
    text: str = Field(description="the words as printed")
    evidence: Evidence | None = Field(None, description=EVIDENCE)


class SourceInfo(_Record):
    path: str | None = Field(None, description="the input's path or name, as given")
    sha256: str | None = Field(None, description="sha256 of the input's bytes")
    format: str | None = Field(None, description="pdf, html or text, from the content")
    pages: int = Field(0, description="pages read (1 for text and HTML)")
    metadata: dict[str, str] = Field(
        default_factory=dict, description="What the file says about itself (Markdown front matter: title, date)")


#: What a document is (:mod:`councildocs.kind`).
DocumentKind = Literal["agenda", "minutes", "report", "forward_plan", "decision_notice", "pack", "other"]


class CouncilDocument(_Record):
    """Everything extracted from one document."""

    schema_version: str = Field(SCHEMA_VERSION, description="version of this schema; changes when a field "
                                                            "changes meaning")
    councildocs_version: str = Field("", description="the councildocs release that extracted it")
    source: SourceInfo = Field(default_factory=SourceInfo, description="the input the record came from")
    status: str = Field("ok", description="ok | partial")
    kind: DocumentKind = Field(
        "other", description="What the document is; a pack holds an agenda with minutes or reports")
    warnings: list[str] = Field(default_factory=list, description="what could not be read (pages that "
                                                                 "failed, limits reached)")
    meeting: Meeting | None = Field(None, description="the meeting an agenda or pack was written for")
    agenda_items: list[AgendaItem] = Field(default_factory=list, description="the agenda's items, in order")
    minutes: list[Minutes] = Field(default_factory=list, description="every set of minutes in the document")
    reports: list[Report] = Field(default_factory=list, description="officers' reports")
    work_programme: list[WorkProgrammeRow] = Field(default_factory=list, description="rows of work programmes, "
                                                   "forward plans and trackers")
    dates: list[DateMention] = Field(default_factory=list, description="explicit calendar dates in the text")


#: The schema's identifier: one per schema version.
SCHEMA_ID = f"https://councildocs.readthedocs.io/schema/{SCHEMA_VERSION}/council-document.json"


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of a :class:`CouncilDocument`."""
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            **CouncilDocument.model_json_schema()}

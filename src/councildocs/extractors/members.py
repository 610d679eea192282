"""The membership list printed on an agenda front sheet.

Front sheets print it as a labelled list (``Committee members:`` /
``Councillors:`` / ``Planning Committee Members:`` / ``Members of the Board``
then one name per line with ``(Chair)``, or ``Chair: Councillor A`` lines),
inline (``Membership: Councillors A (Chair), B, C``, ``To: Councillors A
(Chairman), B``, ``Committee: Cllrs A, B``) or as a table
(``MAIN MEMBER | SUBSTITUTE MEMBER | REPRESENTING``, ``To be confirmed`` for no
substitute). US agendas print the council in their header, as columns of
``Name, Office`` (``Patricia Showalter, Mayor   Ken S. Rosenberg, Vice Mayor``;
staff such as ``City Manager`` are not members) or as one titled list
(``Mayor X, Vice Mayor Y, Councilmembers A, B and C``); the office is kept as
the member's ``position``. Only the part before the business is read: the scan
stops at the first numbered item and at the first attendance heading, so names
in minutes and reports are never taken for members. A forward plan or front
sheet may print its committee's roster anywhere: the committee's name as a
heading, then one titled member per line (``Councillor Ed Plowden (Chair)``).
Labels and column headers are term lists in ``models/terms.json``
(``membership_headings``, ``table_columns``); offices and roster titles are in
``models/meeting.json``.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Block, Line, Table
from ..layout import Para
from ..records import Evidence, Member
from ..textpatterns import numbered_heading
from ..vocab import alternation, lookup
from .attendees import blocks_to_paragraphs, line_to_heading, line_to_role_label
from .names import PersonMention, is_none, link_names, strip_titles
from .people import split_names, starts_with_name
from .rosters import table_columns

#: A roster under a committee's name has at least this many members, one per line.
MIN_ROSTER = 3
#: A committee's name printed over its roster is a short heading.
MAX_ROSTER_HEADING_WORDS = 10
#: A titled list of members in a US header names at least this many people.
MIN_TITLED_LIST = 3

#: Capitalised words of a body's name before or after a membership word (``Planning Committee Members``).
_NAME_WORDS = r"(?:(?-i:[A-Z])[\w&'’-]*\s+|and\s+|&\s+){0,6}?"


@cache
def _membership_label() -> re.Pattern[str]:
    """``Membership:``, ``Planning Committee Members:``, ``Members of the Board``: the names follow."""
    words = alternation(lookup("membership_headings"))
    body = alternation(lookup("body_words"))
    return re.compile(r"^\s*(?:" + _NAME_WORDS + body + r"\s+)?(?:" + words + r"\s*)+"
                      r"(?:of\s+the\s+" + _NAME_WORDS + body + r"\s*)?(?:[:;\-–—]+\s*|$)", re.I)


@cache
def _addressed_label() -> re.Pattern[str]:
    """``To: Councillors A (Chairman), B``, ``Committee: Cllrs A, B``: a short label, then titled members."""
    body = alternation(lookup("body_words"))
    titles = alternation(lookup("member_titles"))
    return re.compile(r"^\s*(?:to|" + body + r")\s*[:\-–—]\s*(?=" + titles + r"(?![\w]))", re.I)


#: ``Quorum: 3``, ``Contact: …``: a label line that closes a list of names.
_OTHER_LABEL = re.compile(r"^\s*[A-Za-z][\w’']*(?:\s+[\w’']+){0,2}\s*:\s*")


def table_to_members(table: Table) -> list[Member]:
    """Members from a membership table; ``To be confirmed`` means no substitute."""
    cols, body, guessed = table_columns(table)
    out: list[Member] = []
    for row in body:
        cell = {k: row[i].text.strip() for k, i in cols.items() if i < len(row)}
        people = split_names(cell.get("name", "")) if cell.get("name") and not is_none(cell["name"]) else []
        if len(people) != 1:
            continue
        sub = cell.get("substitute") or ""
        subs = [] if not sub or is_none(sub) else split_names(sub)
        rep = cell.get("organisation") or None
        box = None
        for c in row:
            if c.bbox is not None:
                box = c.bbox.union(box)
        line = table.source_lines[0] + table.rows.index(row) if table.source_lines else None
        out.append(Member(name=people[0].name, role=people[0].role,
                          substitute=subs[0].name if subs else (strip_titles(sub) if sub and not is_none(sub) else None),
                          representing=None if rep and is_none(rep) else rep,
                          evidence=Evidence(page=table.page, bbox=box.as_tuple() if box else None,
                                            lines=(line, line) if line else None)))
    return out


#: A gap of three or more spaces (or a tab) parts the columns of a header line.
_COLUMN_GAP = re.compile(r"\s{3,}|\t")
#: ``Christopher R. Clark, Councilmember``, ``R. Michael Kasperzak, Jr., Councilmember``: a name, then its office.
_NAME_THEN_OFFICE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}(?:,\s*(?:Jr|Sr|II|III|IV)\.?)?)"
                               r"\s*,\s*(?P<office>[A-Z][\w’'-]*(?:[\s-]+[A-Za-z][\w’'-]*){0,3})$")


@cache
def _member_office() -> re.Pattern[str]:
    """``Mayor``, ``Vice Mayor``, ``Councilmember(s)``: an office that makes its holder a member."""
    return re.compile(alternation(lookup("member_offices")) + r"s?", re.I)


@cache
def _office_lead() -> re.Pattern[str]:
    """A line opening with a member's office (``Mayor X, …``): maybe a titled list of the members."""
    return re.compile(r"^\s*(?=[A-Z])" + _office_before_name(), re.I)


def _office_before_name() -> str:
    """A member's office (``member_offices``, maybe plural) and the capital a name after it starts with."""
    return alternation(lookup("member_offices")) + r"s?\s+(?-i:[A-Z])"


def _office_members(para: Para) -> list[Member] | None:
    """Members from header lines of ``Name, Office`` columns; None when the paragraph is not such lines.

    A cell whose office is not a member's (``City Manager``, ``City Clerk``) is staff: read, not kept.
    """
    found: list[Member] = []
    for line, offset in zip(para.lines, para.offsets, strict=True):
        text = line.text.strip()
        pos = 0
        for cell in _COLUMN_GAP.split(text):
            start = text.find(cell, pos)
            pos = start + len(cell)
            m = _NAME_THEN_OFFICE.match(cell.strip())
            if m is None:
                return None
            if _member_office().fullmatch(m.group("office")):
                found.append(Member(name=strip_titles(m.group("name")), position=m.group("office"),
                                    evidence=para.evidence_of(offset + start, offset + pos)))
    return found


@cache
def _mayoral_offices() -> frozenset[str]:
    return frozenset(w.lower() for w in lookup("mayoral_offices"))


def _office_breaks(text: str) -> str:
    """``Mayor A Vice Mayor B Commissioner C``: a header that separates its members only by their offices
    gets a comma before each office after the first (in place of the space, so offsets keep)."""
    starts = [m.start() for m in _office_lead_inner().finditer(text) if m.start() > 0 and text[m.start() - 1] == " "]
    chars = list(text)
    for start in starts:
        chars[start - 1] = ","
    return "".join(chars)


@cache
def _office_lead_inner() -> re.Pattern[str]:
    """An office inside a header line, before a capitalised name (``… Vice Mayor Rhoda Ames``)."""
    return re.compile(r"(?<![\w-])" + _office_before_name(), re.I)


def _titled_list(para: Para) -> list[Member] | None:
    """``Mayor X, Vice Mayor Y, Councilmembers A, B and C``: every member, each with the office printed before
    them (a mayor's office is a position, not the chair of a membership list). The offices must differ: a
    bare ``Councillors A, B and C`` is any list of names (deputies, say), not the council."""
    base = 0
    if len(para.lines) > 1 and _roster_heading().match(para.lines[0].text):
        base = para.offsets[1]  # "City Commission" printed over its members, read as one paragraph
    text = para.text[base:].rstrip().rstrip(".")
    if not _office_lead().match(text):
        return None
    if "," not in text:
        text = _office_breaks(text)
    people = split_names(text)
    if len(people) < MIN_TITLED_LIST or people[0].start > _office_lead().match(text).end():
        return None
    out: list[Member] = []
    office: str | None = None
    prev = 0
    for person in people:
        named = text.find(person.name, person.start)  # the span starts with the title
        offices = list(_member_office().finditer(text[prev:named if named >= 0 else person.start]))
        if offices:
            office = offices[-1].group(0)
            if office.lower().endswith("s") and _member_office().fullmatch(office[:-1]):
                office = office[:-1]  # "Councilmembers A, B": each is a Councilmember
        prev = person.end
        role = None if office and office.lower() in _mayoral_offices() else person.role
        out.append(Member(name=person.name, role=role, position=office,
                          evidence=para.evidence_of(base + person.start, base + person.end)))
    return out if len({(m.position or "").lower() for m in out}) > 1 else None


@cache
def _roster_heading() -> re.Pattern[str]:
    """``Transport and Connectivity Policy Committee``: capitalised words ending with a body word."""
    body = alternation(lookup("body_words"))
    words = r"(?:\s+[\w&'’,-]+){0,%d}?" % (MAX_ROSTER_HEADING_WORDS - 2)  # noqa: UP031 - braces are regex here
    return re.compile(r"^\s*(?:the\s+)?(?-i:[A-Z])[\w&'’,-]*" + words + r"\s+" + body + r"\s*$", re.I)


@cache
def _roster_title() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(lookup("roster_titles")) + r"\s+(?-i:[A-Z])", re.I)


def _roster_member(para: Para) -> PersonMention | None:
    """The one titled member a roster line names (``Councillor Graham Morris (Vice Chair)``), or None."""
    if isinstance(para, Table) or not _roster_title().match(para.text):
        return None
    people = split_names(para.text.strip().rstrip("."))
    return people[0] if len(people) == 1 else None


def paras_to_roster(paras: list[Para | Table]) -> tuple[str | None, list[Member]]:
    """The first committee roster: a heading naming the body, then at least ``MIN_ROSTER`` titled members,
    one per line. Returns the heading (the body's name) and the members; ``(None, [])`` when there is none.
    ``paras`` are attendance paragraphs (:func:`~.attendees.blocks_to_paragraphs`)."""
    for i, para in enumerate(paras):
        if isinstance(para, Table) or not _roster_heading().match(para.text):
            continue
        found: list[Member] = []
        for line in paras[i + 1:]:
            person = _roster_member(line)
            if person is None:
                break
            found.append(Member(name=person.name, role=person.role,
                                evidence=line.evidence_of(person.start, person.end)))
        if len(found) >= MIN_ROSTER:
            return para.text.strip(), found
    return None, []


def _office_roster(paras: list[Para | Table]) -> list[Member]:
    """Members printed one a line under their offices, with no heading (a US agenda's front sheet: ``Mayor
    Jane Smith`` / ``Mayor Pro Tem Bob Lee`` / ``Councilmember Ann Cho`` / …): the first run of at least
    ``MIN_ROSTER`` such lines before the agenda starts, holding more than one office (a run of one office is
    any list of councillors, not the body)."""
    run: list[Member] = []
    for para in [*paras, None]:
        member = _office_line(para) if isinstance(para, Para) else None
        if member is not None:
            run.append(member)
            continue
        if len(run) >= MIN_ROSTER and len({(m.position or "").lower() for m in run}) > 1:
            return run
        run = []
        if isinstance(para, Para) and (_ends_front_sheet(para.text) or numbered_heading(para.text)):
            break
    return []


def _office_line(para: Para) -> Member | None:
    """The one member a line names after their office (``Vice Mayor Ann Cho``), or None."""
    text = para.text.strip().rstrip(".")
    lead = _office_lead().match(text)
    people = split_names(text) if lead else []
    if lead is None or len(people) != 1 or text[people[0].end:].strip(" ,;"):
        return None
    person = people[0]
    office = next(iter(_member_office().finditer(text[:text.find(person.name, person.start)])), None)
    if office is None:
        return None
    position = office.group(0).strip()
    role = None if position.lower() in _mayoral_offices() else person.role
    return Member(name=person.name, role=role, position=position, evidence=para.evidence_of(person.start, person.end))


def _para_to_members(para: Para, text: str, offset: int) -> list[Member]:
    return [Member(name=m.name, role=m.role, evidence=para.evidence_of(offset + m.start, offset + m.end))
            for m in split_names(text.strip().rstrip("."))]


def _ends_front_sheet(text: str) -> bool:
    return bool(numbered_heading(text)) or line_to_heading(text) is not None


@cache
def _list_end() -> re.Pattern[str]:
    """``Standing Deputies``, ``Reserve Members:``, ``Quorum: 3``: the membership list is over."""
    return re.compile(r"^\s*" + alternation(lookup("membership_end_headings")) + r"(?![\w])", re.I)


def _opens_list(text: str) -> re.Match[str] | None:
    return _membership_label().match(text) or _addressed_label().match(text)


def _split_at_labels(paras: list[Para | Table]) -> list[Para | Table]:
    """A PDF paragraph that ran on into a membership label (``Date: … Members of the Board``) is cut there."""
    out: list[Para | Table] = []
    for para in paras:
        if isinstance(para, Table) or len(para.lines) < 2:
            out.append(para)
            continue
        current = Para()
        for n, line in enumerate(para.lines):
            if n and _opens_list(line.text):
                out.append(current)
                current = Para()
            current.add(line)
        out.append(current)
    return out


def blocks_to_members(blocks: list[Line | Table] | list[Block]) -> list[Member]:
    """The membership list printed before the agenda; empty when there is none (see :func:`paras_to_members`)."""
    return paras_to_members(blocks_to_paragraphs(list(blocks)))


def paras_to_members(paras: list[Para | Table]) -> list[Member]:
    """The membership list printed before the agenda, from the front sheet's attendance paragraphs
    (:func:`~.attendees.blocks_to_paragraphs`, which are not changed); empty when there is none.

    Reads a ``Membership``/``Committee members:``/``Councillors:`` label and
    the names on its line, on the lines below it (one per line) or in the table
    below it, and any table whose header names member and substitute columns;
    failing those, a committee roster (:func:`paras_to_roster`).
    """
    members: list[Member] = []
    open_list = closed = False
    for para in _split_at_labels(paras):
        if isinstance(para, Table):
            cols, _, guessed = table_columns(para)
            if open_list or (not guessed and ("substitute" in cols or "organisation" in cols)):
                members.extend(table_to_members(para))
            open_list = False
            continue
        text = para.text
        if _ends_front_sheet(text):
            break
        header = None if open_list or closed else (_office_members(para) or _titled_list(para))
        closed = False
        if header:
            members.extend(header)
            continue
        label = _opens_list(text)
        if label:
            rest = text[label.end():]
            if rest.strip():
                members.extend(_para_to_members(para, rest, label.end()))
            open_list = not rest.strip() or text.rstrip().endswith(",")
            continue
        role_label = line_to_role_label(text) if open_list else None
        if role_label is not None and role_label[1] is not None:  # "Chair: Councillor A"
            members.extend(m.model_copy(update={"role": m.role or role_label[1]})
                           for m in _para_to_members(para, text[role_label[3]:], role_label[3]))
            continue
        if open_list and _list_end().match(text):
            open_list = False
            closed = True  # "Standing Deputies" / "Councillors A, B": not members
            continue
        if open_list and starts_with_name(text) and not _OTHER_LABEL.match(text):
            found = _para_to_members(para, text, 0)
            members.extend(found)
            # A whole list on one line ("Councillors A (Chair), B and C") is complete unless it ends with a comma.
            open_list = len(found) < 3 or text.rstrip().endswith(",")
            continue
        open_list = False
    if not members:
        members = paras_to_roster(paras)[1] or _office_roster(paras)
    canon = link_names([m.name for m in members])
    out: dict[str, Member] = {}
    for m in members:
        key = canon[m.name]
        if key not in out:
            out[key] = m
    return list(out.values())

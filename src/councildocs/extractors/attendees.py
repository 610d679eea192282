"""Who attended a meeting, from the blocks of one set of minutes.

Stages, each a plain function:

    blocks_to_paragraphs  join the wrapped lines of one PDF paragraph
    paragraphs_to_entries find the attendance sections and the people in them
    entries_to_attendees  statuses settled, spellings of one person linked

A section opens at an attendance heading (``Present:``, ``Members present:-``,
``Also in attendance:``, ``Apologies for absence were received from``; the
wordings are ``attendance_headings`` in ``models/terms.json``), takes the
text on the same line, the lines that follow while each opens with a person,
or the table that follows, and ends at the next heading, at a numbered item or
where prose starts. Inside an apologies item (``1. Apologies for Absence``) a
sentence such as ``Apologies were received from Councillors X and Y`` or a bare
list is read too. A line led by a job or chair label (``Clerk – Mrs A Brown``,
``Democratic Services Officer: Sam Lee``, ``In the Chair: Councillor Brown``)
is an officer also present, or a member present with that role. Ordinary
discussion prose is never mined for names, with one exception: a sentence
saying who chaired (``Councillor Smith took the Chair``, ``chaired by``; the
wordings are ``chair_after_name`` / ``chair_before_name``) gives that person
the chair's role unless a list already named the chair, and a statement scoped
to part of the meeting (``for this item``) gives no role at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..document import Block, Line, Table
from ..layout import HYPHEN_END, NEAR_EDGE, Para, next_word_wrapped, right_edges
from ..records import Attendee, Evidence
from ..segment import ends_with_present
from ..textpatterns import NUMBER_PREFIX
from ..vocab import alternation, lookup, phrase_pattern
from .dates import MONTH_PATTERN
from .names import (
    PersonMention,
    descriptor_to_position,
    is_acronym,
    is_count,
    is_job_word,
    is_none,
    link_names,
    name_key,
    position_like,
    same_person,
    term_list,
    text_to_role,
)
from .people import split_names, starts_with_name
from .rosters import table_columns

#: How much of a paragraph's end is read to tell whether its last line breaks off inside a name.
TAIL_CHARS = 80
# A wrapped line sits closer than this (in line heights) below the line it continues.
WRAP_GAP = 0.8
# A numbered line: "4.", "18.03.1", "2726.", "Item 4" (shapes of numbers, not wordings).
_NUMBERED = re.compile(r"^\s*\*?(?:item\s*(?:no\.?\s*)?)?\d{1,4}(?:[./]\d{1,3}){0,3}[a-z]?(?:[.):]|\s)\s*(?=\S)",
                       re.I)
_ENDS_OPEN = re.compile(r"(?:[,;&(]|\band)\s*$", re.I)
_STARTS_CONT = re.compile(r"^\s*(?:[a-z(]|and\b|&)")
_PROSE_START = re.compile(r"^\s*(?:there|the|it|this|all|no)\s+(?:were|was|is|are|had|has|vice|chair|meeting|members?)\b",
                          re.I)
_ENDS_MID_NAME = re.compile(r"(?<![\w'’.-])[A-Z]\.?\s*$")  # an initial: "Cllr I"
# What parts a role label from the name: "Clerk: Mrs A Brown", "Clerk – Mrs A Brown", "In the Chair - Cllr X".
_LABEL_SEP = re.compile(r"\s*:\s*|\s+[-–—]+\s+")
# Where a clause starts, looking back from a chairing phrase: a sentence end, ";", ":" or an open bracket.
_CLAUSE_START = re.compile(r"[.;:!?(]\s+|\(")


@dataclass(slots=True)
class Entry:
    """A person found in an attendance section, before statuses are settled."""

    mention: PersonMention
    status: str
    evidence: Evidence | None = None
    chaired: bool = False  # named in prose as in the chair ("Councillor Smith took the Chair"), not in a list
    virtual: bool = False  # listed under a heading for remote attendance ("IN ATTENDANCE VIRTUALLY")
    stated: bool = False  # named in prose as substituting for a member; completes a listed person, else adds them
    printed: str = ""  # the entry as printed, titles included ("County Cllr Webb")


def _heading_words() -> dict[str, list[str]]:
    """Attendance headings by status: ``attendance_headings`` (terms.json) and ``attendance_heading_extras``
    (attendance.json)."""
    out: dict[str, list[str]] = {}
    for key in ("attendance_headings", "attendance_heading_extras"):
        for status, words in lookup(key).items():
            out.setdefault(status, []).extend(words)
    return out


@cache
def _heading() -> re.Pattern[str]:
    """An attendance heading at the start of a line; group names are the statuses."""
    groups = "|".join(f"(?P<{status.replace('-', '_')}>{alternation(words)})"
                      for status, words in _heading_words().items())
    titles = alternation(term_list("titles"))
    # What may follow: punctuation, the end, a title ("Present Councillor ..."), or names after "from" or a
    # verb ("Also present were Sam Black …"); a note in brackets may stand before it ("PRESENT (Five Councillors):-").
    return re.compile(r"^\s*(?:" + groups + r")(?:\s*\([^()]{1,40}\))?(?:\s*[:;.\-–—]+\s*|\s*$|\s+(?=" + titles
                      + r"\b)|(?<=from)\s+|(?<=were)\s+|(?<=was)\s+)", re.I)


@cache
def _apologies_sentence() -> re.Pattern[str]:
    """``Apologies (for absence) (were) received from NAMES``, anywhere in a line; also as a motion words it
    (``THAT an apology be received and sustained from Councillor Fulton``)."""
    words = alternation([*lookup("attendance_headings", "apologies"), "an apology", "apology"])
    return re.compile(r"(?<![\w])(?:" + words + r")(?:\s+(?:were|was|had\s+been|have\s+been|be)?\s*received"
                      r"(?:\s+and\s+(?:sustained|accepted|noted|approved|agreed))?)?\s+from\s+"
                      # "Apologies were accepted for Cllr A, Cllr B and Cllr C (all personal reasons)."
                      r"|(?<![\w])apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been)\s+"
                      r"(?:accepted|noted|received)\s+for\s+", re.I)


def line_to_heading(text: str) -> tuple[str, str] | None:
    """(status, text after the heading) when ``text`` opens with an attendance heading."""
    m = _heading().match(text)
    if not m:
        return None
    status, rest = next(k for k, v in m.groupdict().items() if v), text[m.end():].strip()
    # "Roll Call: Present: A, B; Absent: C": a label under the heading says the status of the names after it.
    inner = _heading().match(rest)
    if inner and _LABEL_END.search(rest[:inner.end()]):
        status, rest = next(k for k, v in inner.groupdict().items() if v), rest[inner.end():].strip()
    return status, rest


#: How a label ends when it is one: a colon or a dash after its words.
_LABEL_END = re.compile(r"[:\-–—]\s*$")


def is_virtual_heading(text: str) -> bool:
    """``IN ATTENDANCE VIRTUALLY:``, ``Present remotely``: the people under it attended from elsewhere."""
    m = _heading().match(text)
    return bool(m) and bool(phrase_pattern("virtual_attendance_words").search(text[:m.end()]))


@cache
def _chair_label() -> re.Pattern[str]:
    """``PRESENT IN THE CHAIR:`` before the person who chaired."""
    return re.compile(r"^\s*" + alternation(lookup("chair_labels")) + r"\s*[:\-–—]+\s*", re.I)


def line_to_role_label(text: str) -> tuple[str, str | None, str, int] | None:
    """(status, role, label, offset of the names) when a line opens with a job or chair label before a person.

    ``Clerk: Mrs A Brown`` and ``Democratic Services Officer – Sam Lee`` are officers (also present, the
    label is their position); ``In the Chair: Councillor Brown`` and ``Vice-Chairman - Cllr Jones`` are
    members present with that role. The label's words come from ``position_words`` and ``roles``.
    """
    m = _LABEL_SEP.search(text)
    if not m or m.start() == 0:
        return None
    label, rest = text[:m.start()].strip(), text[m.end():]
    if len(label.split()) > 6 or not rest.strip() or not starts_with_name(rest):
        return None
    role = text_to_role(label)
    if role:
        return "present", role, label, m.end()
    if position_like(label) and not line_to_heading(label):
        return "also_present", None, label, m.end()
    return None


def _org_label(text: str) -> int | None:
    """Where the person starts in ``CCC – Cllr David Brown`` (an acronym label before a name), else None."""
    m = _LABEL_SEP.search(text)
    if m is None or m.start() == 0 or not is_acronym(text[:m.start()]) or not starts_with_name(text[m.end():]):
        return None
    return m.end()


def _opens_entry(text: str) -> bool:
    """A line that starts a list entry: a person, or a role label and a person."""
    return starts_with_name(text) or line_to_role_label(text) is not None


def _opening(para: Para) -> str:
    """What tells whether a paragraph opens with a list entry: its first line, and on to the first list
    separator after it (``Councillors`` / ``Mrs J Parr (Chairman)`` is one entry). Who opens a paragraph
    never depends on its later entries, so joining a line does not re-read the whole paragraph."""
    if len(para.lines) < 2:
        return para.text
    m = _ENTRY_SEPARATOR.search(para.text, para.offsets[1])
    return para.text[:m.start()] if m else para.text


_ENTRY_SEPARATOR = re.compile(r"[,;]\s")


def blocks_to_paragraphs(blocks: list[Block]) -> list[Para | Table]:
    """Tables stand alone; a PDF line joins the one above when it continues it (close below, list still open).

    Attendance joins lines by its own rule (a list entry broken over a line end), not ``lines_to_paras``'s
    layout rule, into the same paragraph model."""
    paras: list[Para | Table] = []
    right = right_edges(b for b in blocks if isinstance(b, Line))
    for block in blocks:
        if isinstance(block, Table):
            paras.append(block)
            continue
        if block.kind != "body" or not block.text.strip():
            continue
        prev = paras[-1] if paras and isinstance(paras[-1], Para) else None
        if prev and _continues(prev, block, right):
            prev.add(block)
        else:
            paras.append(Para([block]))
    return paras


def _continues(prev: Para, line: Line, right: dict[int, float]) -> bool:
    last = prev.lines[-1]
    if line.bbox is None and last.bbox is None and line.source_line is not None:
        return _text_continues(prev, line)
    if line.bbox is None or last.bbox is None or line.page != last.page or line.gap >= WRAP_GAP:
        return False
    if line.bold != last.bold:  # a bold heading above plain text, or the reverse
        return False
    # A title ending "were present:" has at most 60 words, so a longer paragraph is never re-read for it.
    if _NUMBERED.match(line.text) or NUMBER_PREFIX.match(line.text + " ") \
            or (len(prev.lines) <= 60 and ends_with_present(prev.text)):
        return False  # a new minute ("(14)" on its own line), or the list below "… when there were present:"
    if (kind := _MEMBER_KIND.match(line.text)) and _member_kind(kind.group("label")):
        return False  # "Student Board Member: Kara Lin" opens an entry of its own
    ended = prev.text.rstrip()[-1:] in ".:;!?"
    if line_to_heading(line.text) and (ended or line.gap > 0.5 or _opens_entry(_opening(prev))):
        return False
    if prev.open_brackets > 0 or _ENDS_OPEN.search(prev.text[-8:]) or _STARTS_CONT.match(line.text):
        return True
    edge = right.get(last.page, last.bbox.x1)
    if _wrapped_mid_entry(last, line, edge):
        return True  # "… ; Absent: Trustee Ned" / "Egan": the typesetter broke the entry at the margin
    if len(prev.lines) == 1 and _numbered_title(prev.text) is not None and not next_word_wrapped(last, line, edge):
        return False  # "123/24 To receive apologies for absence" stops short of the margin: its text is below
    tail = _tail(prev.text)
    if _ENDS_MID_NAME.search(tail) or _title_at_end().search(tail) or _broken_entry(tail, line.text) \
            or _dangling_word(tail, line.text) or HYPHEN_END.search(tail):
        return True  # "… Cllr T Orton, Cllr I" / "Peabody, …": a name broken over the line end
    numbered = _numbered_title(prev.text)
    head = line_to_heading(numbered) if numbered is not None else None
    if len(prev.lines) == 1 and head is not None and not head[1]:
        return False  # "2307.01 Present" / "Cou/285/07-08 Present": a heading, its list below
    if _PLURAL_MEMBERS.match(line.text) and not ended:
        return False  # "Councillors A, B and C" under a title line
    if _PROSE_START.match(line.text) and (_opens_entry(_opening(prev)) or line_to_heading(prev.text)):
        return False  # "There were no members of the public …" below a list
    if not line_to_heading(prev.text) and not _opens_entry(_opening(prev)):
        return True  # prose wraps on, whatever the next line starts with ("... and S151" / "Officers.")
    return not ended and not _opens_entry(line.text)


def _wrapped_mid_entry(last: Line, line: Line, edge: float) -> bool:
    """A list line that runs to the right margin and stops without a separator, where the next line's first
    word would not have fitted and ends the entry by itself (``… Trustee Ned`` / ``Egan; …``, ``… Mary`` /
    ``Heasman and …``): the typesetter broke the line inside an entry. A next line that opens with a whole
    name (``… P Moran`` / ``Alan Armstrong, EDC``) starts an entry of its own."""
    assert last.bbox is not None
    return (not last.text.rstrip().endswith((",", ";", ".", ":")) and last.bbox.x1 >= NEAR_EDGE * edge
            and next_word_wrapped(last, line, edge) and _WORD_ENDS_ENTRY.match(line.text) is not None
            and line_to_heading(line.text) is None)


#: A line whose first word ends a list entry: a separator, the end of the line, ``and``, or a bracket after it.
_WORD_ENDS_ENTRY = re.compile(r"^\S+?(?:[,;.]|\s*$|\s+(?:and|&)\s|\s*\()")


def _text_continues(prev: Para, line: Line) -> bool:
    """A text line continues the list above it only when that list is left open mid-entry: a bracket not yet
    closed (``Director, Housing (Mr. B.`` / ``Kennedy), …``) or a job running on after a comma, in a list
    whose names follow their jobs in brackets. Blank lines between the lines (OCR text) do not matter."""
    if line.gap > 1 or _NUMBERED.match(line.text) or line_to_heading(line.text) or line.heading is not None:
        return False
    if prev.open_brackets > 0:
        return True
    tail = prev.text[-2 * TAIL_CHARS:]
    return not tail.rstrip().endswith(".") and _bracketed_name_end().search(tail) is not None


@cache
def _bracketed_name_end() -> re.Pattern[str]:
    """A titled name in brackets, then the next entry's job: ``… Development (Mr. G. Daly), Director, Finance``."""
    return re.compile(r"\(\s*" + alternation(term_list("titles")) + r"\.?\s[^()]*\),[^()]*$", re.I)


def _tail(text: str) -> str:
    """The last words of a paragraph (enough for any title), cut at a space so no word is cut in two."""
    if len(text) <= TAIL_CHARS:
        return text
    tail = text[-TAIL_CHARS:]
    return tail[tail.find(" ") + 1:]


def _broken_entry(tail: str, line: str) -> bool:
    """``… Councillor Alan`` / ``Smith, Councillor Bea Jones``: in a list of titled entries, the line
    above ends inside an entry (its last one has a title and no separator after it) and this line's
    first entry has none, while a later one does."""
    last = re.split(r"[,;:]\s", tail)[-1]
    first, sep, rest = line.partition(",")
    return bool(sep) and bool(_leading_title().match(last)) and not _leading_title().match(first) \
        and len(first.split()) <= 2 and bool(_leading_title().match(rest.lstrip()))


def _dangling_word(tail: str, line: str) -> bool:
    """``…; Operations Superintendent Dan MacInnis; Administrative`` / ``Assistant-Deputy Clerk Kristin …``:
    the line above ends with one untitled word after a separator, in a list whose entries run to three words
    or more (a job and a name), so that word begins the next entry."""
    pieces = [p.split() for p in re.split(r"[,;]\s|\sand\s", tail)]
    if len(pieces) < 3 or len(pieces[-1]) != 1 or not pieces[-1][0][:1].isupper():
        return False
    whole = [p for p in pieces[1:-1] if p]
    return bool(whole) and all(len(p) >= 3 for p in whole) and not _leading_title().match(line) \
        and not _leading_title().match(pieces[-1][0] + " X")




@cache
def _leading_title() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(term_list("titles")) + r"\.?\s+(?=[A-Z])", re.I)


@cache
def _minute_label() -> re.Pattern[str]:
    """``Minute 45/24``, ``Min. No 47``: the word some councils print before each minute's number."""
    return re.compile(r"^\s*" + alternation(lookup("minute_labels")) + r"\s*(?=\d)", re.I)


#: ``27 April 2021 – Minutes``: a line opening with a date, whose day is no item number.
_DAY_MONTH = re.compile(r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_PATTERN, re.I)


def _numbered_title(text: str) -> str | None:
    label = _minute_label().match(text)
    text = text[label.end():] if label else text
    if _DAY_MONTH.match(text):
        return None
    m = _NUMBERED.match(text) or NUMBER_PREFIX.match(text)
    return text[m.end():].strip() if m else None


def _is_apologies_item(title: str) -> bool:
    words = alternation(lookup("attendance_headings", "apologies"))
    return len(title.split()) <= 8 and bool(re.search(r"(?<![\w])" + words + r"(?![\w])", title, re.I))


def _mentions(text: str) -> list[PersonMention]:
    text = text.strip().rstrip(".")
    if not text or is_none(text):
        return []
    cuts = list(_tier_titles().finditer(text))
    if not cuts:
        return split_names(text)
    # "Parish Councillors A and B and District Borough and Norfolk County Councillors, C and D": each plural
    # title heads the names after it; the lists between them are read apart
    out: list[PersonMention] = []
    bounds = [0, *(b for m in cuts for b in (m.start(), m.end())), len(text)]
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        piece = re.sub(r"\s*(?:,|\band)\s*$", "", text[start:end])
        lead = len(piece) - len(piece.lstrip())
        for m in split_names(piece.strip()) if piece.strip() else []:
            m.start, m.end = m.start + start + lead, m.end + start + lead
            out.append(m)
    return out


@cache
def _tier_titles() -> re.Pattern[str]:
    """A plural councillors' title naming the councils they sit on (``council_tiers``): ``Parish Councillors``,
    ``District Borough and Norfolk County Councillors,`` (a place may stand before its tier)."""
    tier = r"(?:(?-i:[A-Z][a-z]+)\s+(?=" + alternation(lookup("council_tiers")) + r"\s))?" + alternation(
        lookup("council_tiers"))
    return re.compile(r"(?<![\w])" + tier + r"(?:\s+(?:and\s+)?" + tier + r"){0,4}\s+(?:Councillors|Cllrs)(?![\w])\s*,?",
                      re.I)


def _add(entries: list[Entry], para: Para, status: str, text: str, offset: int) -> str:
    """The people in ``text`` (at ``offset`` in the paragraph) under ``status``; labels inside the text
    (``Chairman: Cllr Prior Councillors: Mrs Bolton, … Clerk: Mrs Scriven``) each govern the names after them.
    Returns the status the text leaves open."""
    for start, piece in _label_segments(text):
        at = offset + start
        label = line_to_role_label(piece)
        if label:
            status = _add_labelled(entries, para, label, at, at + len(piece))
            continue
        member = _member_label().match(piece)
        if member:
            at, piece = at + member.end(), piece[member.end():]
        elif start and (head := line_to_heading(piece)):
            status, rest = head
            at, piece = at + len(piece) - len(rest), rest
        for m in _mentions(piece):
            if status == "apologies" and _partial_absence().match(piece, m.end):
                continue  # "Councillor Rutledge for lateness": an apology for coming late, from someone present
            entries.append(Entry(m, status, para.evidence_of(at + m.start, at + m.end), printed=piece[m.start:m.end]))
    return status


@cache
def _partial_absence() -> re.Pattern[str]:
    """``for lateness``, ``(early departure)``: what an apology from a member who did attend is for."""
    return re.compile(r"\s*\(?\s*(?:for\s+)?" + alternation(lookup("partial_absence_notes")) + r"(?![\w])", re.I)


@cache
def _member_label() -> re.Pattern[str]:
    """``Councillors:``, ``Members -`` or a bare ``Councillors`` line: a label over the members of a list."""
    return re.compile(r"^\s*" + alternation(lookup("membership_headings")) + r"\s*(?:[:\-–—]+\s*|$)", re.I)


#: ``A. Roll Call``, ``III. Roll Call``: a lettered or roman heading (read only for a roll-call item's title).
_LETTERED_HEADING = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4})[.)]\s+(?P<title>[A-Z].*)$")
#: ``Student Board Member: Kara Lin``: a label naming a kind of member, before the member.
_MEMBER_KIND = re.compile(r"^\s*(?P<label>(?:[A-Z][\w'’-]*\s+){1,3}[Mm]ember)s?\s*:\s*(?=\S)")
def _member_kind(label: str) -> bool:
    """Whether every word of ``label`` before ``Member`` names a kind of member (``member_kinds``)."""
    words = label.lower().split()[:-1]
    return bool(words) and all(w in lookup("member_kinds") for w in words)


_PLURAL_MEMBERS = re.compile(r"^\s*(?:councillors|cllrs\.?)\s+(?=[A-Z])", re.I)
# Where a label may start inside a line: "… Cllr Mrs Prior Councillors: Mrs Bolton", "… Clerk: Mrs Scriven".
_INLINE_LABEL = re.compile(r"(?<=\S)\s+(?=(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s*:\s)")


def _label_segments(text: str) -> list[tuple[int, str]]:
    """``text`` cut before each label inside it that is a role, a job, a member label or a heading."""
    cuts = [0]
    for m in _INLINE_LABEL.finditer(text):
        label = m.group("label")
        before = text[cuts[-1]:m.start()]
        if m.end() <= cuts[-1] or not label[:1].isupper() or all(is_job_word(w) for w in before.split()) \
                or not (":" in before or starts_with_name(before)):
            continue  # "Locum Clerk: Deborah White", "In the Chair: Cllr Jones" are one label
        if text_to_role(label) or position_like(label) or _member_label().match(label) \
                or line_to_heading(label + ":"):
            cuts.append(m.end())
    bounds = [*cuts, len(text)]
    return [(a, text[a:b].rstrip()) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


@cache
def _sent_apologies() -> re.Pattern[str]:
    """``… sent apologies``, ``… had given their apologies``: the people before it sent apologies."""
    return re.compile(r"\s+(?:had\s+|have\s+|has\s+)?(?:sent|gave|given|tendered|offered|submitted)\s+"
                      r"(?:(?:his|her|their|an?)\s+)?apolog", re.I)


def _sentences_from(entries: list[Entry], para: Para) -> None:
    """``Apologies were received from Cllr X and Cllr Y.`` inside a line of prose."""
    for m in _apologies_sentence().finditer(para.text):
        rest = para.text[m.end():]
        stop = _SENTENCE_STOP.search(rest)
        rest = rest[:stop.start()] if stop else rest
        # "That the apology from Cr Eru Mana be accepted": a motion's verb ends the names
        rest = re.split(r"\s+(?:be|are|is)\s+(?:received|accepted|sustained|noted|approved)\b", rest, maxsplit=1)[0]
        _add(entries, para, "apologies", rest, m.end())


@cache
def _roll_call_title() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + alternation(lookup("roll_call_titles")) + r"(?![\w])", re.I)


@cache
def _roll_present() -> re.Pattern[str]:
    """``Present were Trustees Price, Dunkel and Perez.``: a sentence of a roll-call item naming who attended."""
    return re.compile(r"(?:^|(?<=[.;:])\s+)" + alternation(lookup("roll_present_leads")) + r"\s*[:,]?\s+", re.I)


@cache
def _roll_absent() -> re.Pattern[str]:
    """``Trustee DuBuque was absent.``: a sentence of a roll-call item naming who did not attend."""
    return re.compile(r"\s+" + alternation(lookup("roll_absent_after_names")) + r"(?=\s*(?:[.;]|$))", re.I)


def _roll_sentences_from(entries: list[Entry], para: Para) -> None:
    """The attendance a roll-call item tells in sentences (``Present were A, B and C. D was absent.``)."""
    text = para.text
    for m in _roll_present().finditer(text):
        stop = _SENTENCE_STOP.search(text, m.end())
        _add(entries, para, "present", text[m.end():stop.start() if stop else len(text)], m.end())
    for m in _roll_absent().finditer(text):
        start = _clause_start(text, m.start())
        names = text[start:m.start()]
        if starts_with_name(names.strip()):
            _add(entries, para, "absent", names, start)


#: Where a sentence of names ends: a full stop not after an initial or a short title (``Mr.``, ``J.``).
_SENTENCE_STOP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!Cllr)(?<!Cllrs)\.(?:\s|$)")


def _add_labelled(entries: list[Entry], para: Para, label: tuple[str, str | None, str, int], base: int = 0,
                  end: int | None = None) -> str:
    """The people after a role label (at ``base`` in the paragraph); the first takes the label as role or
    position. Returns the status."""
    status, role, words, offset = label
    offset += base
    people = _mentions(para.text[offset:end])
    for k, m in enumerate(people):
        if k == 0 and role:
            m.role = m.role or role
        elif k == 0 and not m.position:
            m.position = words
        entries.append(Entry(m, status, para.evidence_of(offset + m.start, offset + m.end),
                             printed=para.text[offset + m.start:offset + m.end]))
    return status


@cache
def _chair_before() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + alternation(lookup("chair_before_name")) + r"(?![\w])\s*[:\-–]?\s*", re.I)


@cache
def _title_at_end() -> re.Pattern[str]:
    """A title ending a line: ``…, Cllr`` / ``Mrs``; the name is on the next line."""
    return re.compile(r"(?<![\w])" + alternation(term_list("titles")) + r"\.?\s*$", re.I)


@cache
def _title_word() -> re.Pattern[str]:
    return re.compile(alternation(term_list("titles")), re.I)


@cache
def _title_phrase() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + alternation(term_list("titles")) + r"(?![\w])", re.I)


@cache
def _present_after_names() -> re.Pattern[str]:
    """``Councillors Reed, Shaw and Odell were all present.``: the wording after a prose roll call."""
    return re.compile(r"\s+" + alternation(lookup("present_after_names")) + r"\W*$", re.I)


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at ``end`` starts: after a sentence end (not an initial's or title's full
    stop), ``;``, ``:`` or a bracket still open at ``end``."""
    start = 0
    for m in _CLAUSE_START.finditer(text, 0, end):
        if m.group().startswith("."):
            word = re.search(r"(\S+)$", text[:m.start()])
            if word and (len(word[1]) == 1 or _title_word().fullmatch(word[1])):
                continue  # "Cllr. G. Evans"
        if m.group().startswith("(") and ")" in text[m.end():end]:
            continue
        start = m.end()
    return start


def _clause_end(text: str, start: int) -> int:
    m = re.compile(r"[.;!?](?:\s|$)|\)").search(text, start)
    return m.start() if m else len(text)


def _name_before(window: str) -> tuple[PersonMention, int] | None:
    """The person named at the end of ``window`` (``... Councillor Alun Davies``) and where the name starts."""
    titles = list(_title_phrase().finditer(window))
    if titles:
        first = len(titles) - 1  # walk back over a run of titles: "Chairman Cllr Mrs Shewell"
        while first and not window[titles[first - 1].end():titles[first].start()].strip():
            first -= 1
        at = titles[first].start()
    else:
        m = re.search(r"(?:(?<![\w'’-])[A-Z][\w'’-]*\.?\s+){1,4}$", window + " ")
        if not m:
            return None
        at = m.start()
    people = _mentions(window[at:])
    if not people or len(window[at + people[-1].end:].strip(" ,()")) > 3:
        return None
    return people[-1], at


def _chair_statements(para: Para) -> list[Entry]:
    """``Councillor Smith took the Chair``, ``The meeting was chaired by Cllr Jones``: that person chaired.

    A statement scoped to part of the meeting (``for this item``) names someone present but gives no role.
    """
    text, out = para.text, []
    if _chair_label().match(text):
        return out  # "PRESENT IN THE CHAIR: …" is a list label, read with the lists
    found: list[tuple[PersonMention, int, int]] = []  # person, offset of its text, clause start
    for m in phrase_pattern("chair_after_name").finditer(text):
        a = _clause_start(text, m.start())
        hit = _name_before(text[a:m.start()])
        if hit:
            found.append((hit[0], a + hit[1], a))
    for m in _chair_before().finditer(text):
        rest = text[m.end():_clause_end(text, m.end())]
        people = _mentions(rest) if starts_with_name(rest) else []
        if people:
            found.append((people[0], m.end(), _clause_start(text, m.start())))
    for person, offset, a in found:
        scoped = phrase_pattern("chair_scope_words").search(text[a:_clause_end(text, offset + person.end)])
        person.role = None if scoped else person.role or "chair"
        out.append(Entry(person, "present", para.evidence_of(offset + person.start, offset + person.end), chaired=True))
    return out


@cache
def _substitute_statement() -> re.Pattern[str]:
    """``… would be substituting, with voting rights, for …``: the verb, an aside, then ``for``."""
    return re.compile(r"\s+" + alternation(lookup("substitute_statements")) + r"(?:\s*,[^,.;]{0,40},)?\s+for\s+", re.I)


def _substitute_statements(para: Para) -> list[Entry]:
    """``Cllr Wood would be substituting, with voting rights, for Cllr Ellis``: whom a member sat in for.

    The statement completes a person the lists name, or adds them as present when no list does."""
    text, out = para.text, []
    for m in _substitute_statement().finditer(text):
        a = _clause_start(text, m.start())
        hit = _name_before(text[a:m.start()])
        rest = text[m.end():_clause_end(text, m.end())]
        target = _mentions(rest) if hit and starts_with_name(rest) else []
        if target:
            person, at = hit
            person.substitute_for = target[0].name
            out.append(Entry(person, "present", para.evidence_of(a + at + person.start, a + at + person.end),
                             stated=True))
    return out


def table_to_entries(table: Table, status: str) -> list[Entry]:
    """An attendance table: a name column, then organisation / position columns (header row optional)."""
    rows = table.rows
    cols, body, guessed = table_columns(table)
    labelled = guessed and _labels_then_names(body)
    if labelled:
        cols = {"name": 1}  # "Deputy Mayor | Paul Duffy", "Councillors | Lyall Bailey", " | Stuart Baird"
    entries: list[Entry] = []
    label = ""
    for row in body:
        cells = {key: row[i].text.strip() for key, i in cols.items() if i < len(row) and row[i].text.strip()}
        label = (row[0].text.strip(" :") or label) if labelled else ""  # a blank label cell goes on with the one above
        # The label reads as printed before the name in a list ("Deputy Mayor Paul Duffy"), so the two layouts agree
        people = _mentions(f"{label} {cells.get('name', '')}".strip() if label else cells.get("name", ""))
        if len(people) != 1:
            continue
        person = people[0]
        beside = cells.get("organisation", "") if guessed or "position" not in cols else cells.get("position", "")
        if (guessed or "organisation" not in cols) and beside:  # one column: a role, a job, a body or "job, body"
            role = text_to_role(beside)
            if role:
                person.role = person.role or role
            else:
                person.position, person.organisation = descriptor_to_position(beside)
        else:
            person.organisation = beside or person.organisation
            person.position = cells.get("position") or person.position
        box = None
        for cell in row:
            if cell.bbox is not None:
                box = cell.bbox.union(box)
        line = table.source_lines[0] + rows.index(row) if table.source_lines else None
        entries.append(Entry(person, status, Evidence(page=table.page, bbox=box.as_tuple() if box else None,
                                                      lines=(line, line) if line else None)))
    return entries


def _labels_then_names(body: list) -> bool:
    """An attendance table printed as role labels beside names, with no header row (New Zealand minutes:
    ``Chairperson | Gary Tong``, ``Councillors | Lyall Bailey``, `` | Stuart Baird``): every first cell is a
    label or blank, at least one is a label, and the second cells name one person each."""
    firsts = [row[0].text.strip(" :") for row in body if len(row) >= 2]
    seconds = [row[1].text.strip() for row in body if len(row) >= 2]
    labels = [f for f in firsts if f]
    return len(firsts) == len(body) > 1 and bool(labels) and all(_label_cell(f) for f in labels) \
        and all(s and starts_with_name(s) for s in seconds) and not any(starts_with_name(f) for f in labels)


def _label_cell(text: str) -> bool:
    """A role or office printed as a label (``Chairperson``, ``Deputy Mayor``, ``Councillors``, ``Members``)."""
    return len(text.split()) <= 4 and (text_to_role(text) is not None or _group_label(text) or position_like(text)
                                       or bool(phrase_pattern("office_titles").fullmatch(text)))


def _group_label(text: str) -> bool:
    """``Councillors``, ``Members``, ``Trustees``: the plural title of a list, no office of its own."""
    return text.lower() in lookup("group_titles") or bool(_heading().fullmatch(text))


def paragraphs_to_entries(paras: list[Para | Table]) -> list[Entry]:
    """Walk the paragraphs, opening and closing attendance sections."""
    entries: list[Entry] = []
    status: str | None = None  # the open section
    in_apologies_item = False
    in_roll_item = False  # under an item that takes the roll ("Roll Call"): its sentences may name attendees
    before_items = True  # no numbered item yet: still in the title block and attendance
    table_status: str | None = None  # a table continued on the next page stays in its section
    virtual: str | None = None  # the status whose heading said its people attended remotely
    vote = False  # inside a recorded vote under a motion ("… by the following vote:" / "Aye: 4 - …")
    chair_below = False  # "PRESENT IN THE CHAIR:" alone on its line: the chair is named on the next
    mark = 0  # entries before this paragraph
    for para in paras:
        for e in entries[mark:]:
            e.virtual = e.status == virtual
        mark = len(entries)
        virtual = virtual if status else None
        if isinstance(para, Table):
            if status or table_status:
                entries.extend(table_to_entries(para, status or table_status or ""))
            table_status, status = status or table_status, None
            continue
        table_status = None
        text = para.text
        lead, cast = _vote_lead().search(text) is not None, _vote_cast().match(text) is not None
        if (cast and not lead) or (vote and _absent_heading(text)):
            vote, status = True, None  # "Aye: 4 - A, B" / "Absent: 1 - C" under a motion: its vote, not attendance
            continue
        vote = lead or cast  # "… carried by the following vote:": the lines below it are the vote
        entries.extend(_chair_statements(para))
        entries.extend(_substitute_statements(para))
        title = _numbered_title(text)
        before_items = before_items and title is None
        body = title if title is not None else text
        head = line_to_heading(body)
        if title is not None:
            in_apologies_item = _is_apologies_item(title.split(":")[0])
            in_roll_item = len(title.split()) <= 8 and bool(_roll_call_title().search(title))
            status = None
        if head and head[0] == "apologies" and _apologies_sentence().search(body):
            # "Apologies for Absence. Apologies were accepted for Cllr A, …", "Apologies for absence were
            # received from Cllr A and Cllr B. Cllr C attended as …": the sentence names them, and ends
            _sentences_from(entries, para)
            status = None
            continue
        if head:
            virtual = head[0] if is_virtual_heading(body) else None
            status, rest = head
            if status != "apologies" and in_apologies_item and title is None:
                in_apologies_item = False
            status = _add(entries, para, status, rest, len(text) - len(rest))
            if title is not None and status != "apologies" and rest:
                status = None  # "4. Present: Cllrs A and B" is done; "2307.01 Present" lists below
            continue
        if ends_with_present(text):
            status = "present"  # "… held in the Council Chamber at 9.30 am when there were present:"
            continue
        chair = _chair_label().match(text)
        named_at = chair.end() if chair else 0 if chair_below else None
        chair_below = chair is not None and not text[chair.end():].strip()
        if chair_below:
            continue
        if named_at is not None and (starts_with_name(text[named_at:]) or _office_then_name(text[named_at:])):
            first = len(entries)  # "PRESENT IN THE CHAIR: Príomh Chomhairleoir, Councillor D. McSweeney."
            status = _add(entries, para, "present", text[named_at:], named_at)
            if len(entries) > first:
                entries[first].mention.role = entries[first].mention.role or "chair"
            continue
        if status and _closes_section(para, entries):
            status = None
        if _motion_line().match(text):
            status, in_apologies_item = None, False  # the apologies were moved as a motion: the list is over
        member = _member_label().match(text) if status or in_apologies_item else None
        if member and not status:
            # "2. ATTENDANCE, APOLOGIES AND LEAVE OF ABSENCE" / "Members: Cr A, Cr B": the members who attended
            status, in_apologies_item = _add(entries, para, "present", text[member.end():], member.end()), False
            continue
        if member:  # "Councillors" / "Members: Cllr A, Cllr B" inside an open section
            status = _add(entries, para, status, text[member.end():], member.end())
            continue
        kind = _MEMBER_KIND.match(text) if status or before_items else None
        if kind and _member_kind(kind.group("label")) and starts_with_name(text[kind.end():]):
            # "Student Board Member: Kara Lin", "Ex Officio Member: …": a kind of member, present, the label
            # their position
            first = len(entries)
            status = _add(entries, para, status or "present", text[kind.end():], kind.end())
            for e in entries[first:]:
                e.mention.position = e.mention.position or kind.group("label")
            continue
        if title is not None:
            _sentences_from(entries, para)
            continue
        lettered = _LETTERED_HEADING.match(text) if title is None else None
        if lettered and len(lettered.group("title").split()) <= 4 and _roll_call_title().search(lettered.group("title")):
            in_roll_item = True  # "A. Roll Call" under "I. Call to Order": its sentences say who attended
            continue
        if in_roll_item and not status:
            _roll_sentences_from(entries, para)
        label = line_to_role_label(_label_segments(text)[0][1]) if text.strip() else None
        if label:  # "Clerk: Mrs Scriven", "Clerk: Mrs Scriven  Members of public: 3"
            status = _add(entries, para, label[0], text, 0)
            continue
        roll = _present_after_names().search(text) if not status else None
        if roll and starts_with_name(text) and len(_mentions(text[:roll.start()])) > 1:
            _add(entries, para, "present", text[:roll.start()], 0)  # "Councillors A, B and C were all present."
            continue
        if before_items and not entries and _PLURAL_MEMBERS.match(text) and len(_mentions(text)) > 1:
            status = _add(entries, para, "present", text, 0)  # "Councillors A, B and C" under a title, no heading
            continue
        if status and para.lines and para.lines[0].heading is not None:
            status = None  # the next section's own heading ("Items") closes the list
        if status and starts_with_name(text):
            status = _add(entries, para, status, text, 0)
            continue
        if status and (is_count(text) or is_none(text.strip(" .")) or (org := _org_label(text)) is not None):
            if not (is_count(text) or is_none(text.strip(" ."))):
                _add(entries, para, status, text[org:], org)  # "CCC – Cllr David Brown"
            continue  # "One member of the public", "None": the section goes on
        sent = _sent_apologies().search(text) if in_apologies_item else None
        names = text[:sent.start()] if sent else text  # "Cllr L Tate sent apologies (work), which were accepted."
        if in_apologies_item and starts_with_name(names) and not _apologies_sentence().search(text) \
                and not _substitute_statement().search(text):  # "Cllr I attended as substitute for Cllr G."
            _add(entries, para, "apologies", names, 0)
            in_apologies_item = False
            continue
        status = None
        _sentences_from(entries, para)
    for e in entries[mark:]:
        e.virtual = e.status == virtual
    return entries


@cache
def _vote_cast() -> re.Pattern[str]:
    """``Aye: 4 - Quill, Cho``, ``Nays: Fox``, ``For (5)``: a line of a recorded vote."""
    words = [*lookup("vote_for_words"), *lookup("vote_against_words"), *lookup("vote_abstain_words")]
    return re.compile(r"^\s*" + alternation(words) + r"\s*(?::|\(\s*\d{1,4}\s*\)|\s+\d{1,4}\s*[-–—:])", re.I)


@cache
def _vote_lead() -> re.Pattern[str]:
    """``The motion carried by the following vote:``: the lines after it are the vote (in a PDF they may
    join its paragraph)."""
    leads = [tail for tail in lookup("motion_verdict_tails") if tail.endswith(":")]
    return re.compile(alternation(leads), re.I)


def _absent_heading(text: str) -> bool:
    head = line_to_heading(text)
    return head is not None and head[0] == "absent"


@cache
def _tier_title() -> re.Pattern[str]:
    """``County Cllr``, ``District Councillor``: a councillor of a named tier of local government."""
    return re.compile(r"(?<![\w])(?P<tier>" + alternation(lookup("council_tiers")) + r")\s+(?:"
                      + alternation(lookup("councillor_words")) + r")(?![\w])", re.I)


def _tier_of(body: str | None) -> str | None:
    m = re.search(r"(?<![\w])" + alternation(lookup("council_tiers")) + r"(?![\w])", body or "", re.I)
    return m.group(0).lower() if m else None


def _other_tier(e: Entry, tier: str | None) -> bool:
    """A councillor of another council (``County Cllr Webb`` at a community council): a guest, not a member."""
    m = _tier_title().search(e.printed)
    return tier is not None and m is not None and m.group("tier").lower() != tier


@cache
def _local_council() -> re.Pattern[str]:
    """``Ashby Green Parish Council``, ``Tintern Community Council``: a council of the most local tier (not a
    ``Community Safety Partnership``)."""
    return re.compile(r"(?<![\w])" + alternation(lookup("local_council_tiers")) + r"\s+(?:council|meeting)(?![\w])",
                      re.I)


def _for_another_body(e: Entry, body: str | None) -> bool:
    """A person printed with a body beside them (``Alan Armstrong, EDC``) in the Present list of a parish, town
    or community council: they attend for that body (a district council, the police), as its members carry
    no body's name; a party label is no body."""
    return bool(e.mention.organisation) and not e.mention.substitute_for and bool(_local_council().search(body or ""))


def _board_officers(listed: list[Entry]) -> bool:
    """A Present list of board offices (``Ann Lee, President; Carol Nguyen, Clerk; Dee Park, Member``) with
    staff under a heading of their own: most members there carry an office, and a post the board elects from
    its members (Clerk, Secretary) is one of them."""
    present = [e for e in listed if e.status == "present"]
    offices = [e for e in present if e.mention.position and phrase_pattern("office_titles").fullmatch(e.mention.position)]
    apart = any(e.status == "also_present" for e in listed)
    return apart and len(offices) >= 2 and 2 * len(offices) >= len(present)


#: What may stand before a members' title and keep it theirs: ``Alternate Director``, ``Deputy Trustee``.
_TITLE_QUALIFIERS = ("alternate ", "deputy ", "vice ", "vice-", "acting ")


def _members_title(listed: list[Entry]) -> str | None:
    """The title most of a Present list print before their names, one word (``Director M. Sjostrom``,
    ``Director B. Bachmeier``, … in a regional district's board): the members' own title, not a job."""
    present = [e.mention.position.lower() for e in listed if e.status == "present" and e.mention.position]
    if len(present) < 3:
        return None
    title, count = Counter(present).most_common(1)[0]
    return title if " " not in title and 2 * count >= sum(e.status == "present" for e in listed) else None


def _holds_title(position: str, title: str | None) -> bool:
    """``position`` is the members' title (``Director``), perhaps qualified (``Alternate Director``)."""
    if title is None:
        return False
    position = position.lower()
    return position == title or any(position == q + title for q in _TITLE_QUALIFIERS)


def _board_post(position: str | None) -> bool:
    return position is not None and position.strip(" .").lower() in lookup("board_officer_posts")


def entries_to_attendees(entries: list[Entry], body: str | None = None) -> list[Attendee]:
    """One attendee per person and status; officers printed in a Present list count as also present, and
    so do councillors of another tier than ``body``'s (a county councillor at a parish meeting).

    People named in prose as in the chair come last: they take the chair's role unless a list already
    gave it to someone (a member in the chair for one item breaks no one else's record).
    """
    listed = [e for e in entries if not e.chaired and not e.stated]
    tier = _tier_of(body)
    board = _board_officers(listed)
    members_title = _members_title(listed)
    canon = link_names([e.mention.name for e in listed])
    out: list[Attendee] = []
    # Spellings of one person under one status; "Ms J Meade" and "Mr J Meade" in one list are two people.
    seen: dict[tuple[str, str], list[tuple[str | None, Attendee]]] = {}
    for e in listed:
        m = e.mention
        status = e.status
        if status == "present" and m.position and position_like(m.position) and not m.titled and not m.substitute_for \
                and not (board and _board_post(m.position)) and not _holds_title(m.position, members_title):
            status = "also_present"  # the Clerk, an officer: named in the list but not a member
        elif status == "present" and (_other_tier(e, tier) or _for_another_body(e, body)):
            status = "also_present"
        elif status == "also_present" and m.substitute_for:
            status = "present"  # "Also present: Cllr B (substitute for Cllr W)": a member for this meeting
        name = canon.get(m.name, m.name)
        key = (name_key(name), status)
        old = next((a for c, a in seen.get(key, []) if not c or not m.courtesy or c == m.courtesy), None)
        if old is not None:
            old.role = old.role or m.role
            old.substitute_for = old.substitute_for or m.substitute_for
            continue
        att = _entry_to_attendee(e, name, status)
        seen.setdefault(key, []).append((m.courtesy, att))
        out.append(att)
    _merge_listed_chair(out)
    for e in entries:
        if e.chaired:
            _apply_chair(out, e)
        elif e.stated:
            present = [a for a in out if a.status == "present" and same_person(a.name, e.mention.name)]
            if len(present) == 1:
                present[0].substitute_for = present[0].substitute_for or e.mention.substitute_for
            elif not any(same_person(a.name, e.mention.name) for a in out):
                # No list names them: the statement alone says they sat on the committee for the meeting
                out.append(_entry_to_attendee(e, e.mention.name, "present"))
    return out


def _entry_to_attendee(e: Entry, name: str, status: str) -> Attendee:
    """The record of one entry under ``name`` and ``status``, with what its list printed beside the name."""
    m = e.mention
    return Attendee(name=name, status=status, role=m.role, substitute_for=m.substitute_for, position=m.position,
                    organisation=m.organisation or m.party, post_nominal=m.post_nominal,
                    attendance="virtual" if e.virtual else None, evidence=e.evidence)


def _merge_listed_chair(out: list[Attendee]) -> None:
    """``PRESENT IN THE CHAIR: Councillor J. Sheahan`` over ``MEMBERS PRESENT: Councillors Collins, …, Sheahan``:
    a list by surname alone tells people of one surname apart (``Collins (B)``), so its only ``Sheahan`` is the
    chair named above it, not a second person."""
    for chair in [a for a in out if a.role == "chair" and a.status == "present"]:
        *given, surname = name_key(chair.name).split() or [""]
        same = [a for a in out if a is not chair and a.status == "present" and name_key(a.name) == surname]
        if given and len(same) == 1:
            out.remove(same[0])


def _office_then_name(text: str) -> bool:
    """``Príomh Chomhairleoir, Councillor D. McSweeney``: an office, then the person holding it."""
    head, sep, rest = text.partition(",")
    return bool(sep) and bool(phrase_pattern("office_titles").fullmatch(head.strip())) and starts_with_name(rest.strip())


@cache
def _motion_line() -> re.Pattern[str]:
    """A line of a motion under an apologies item (``RESOLUTION NUMBER ORD/2024/15``, ``Moved: Councillor A
    Seconded: Councillor B``, ``THAT an apology be received …``, ``CARRIED``): the people on it move, second
    or are named in a decision; the list of apologies has ended."""
    labels = alternation([*lookup("motion_movers"), *lookup("motion_seconders")])
    numbered = alternation(lookup("resolution_labels"))
    return re.compile(r"^\s*(?:(?:" + labels + r")(?:\s+by)?\s*[:\-–]|(?-i:THAT|That)\s+\w+\s+\w+|"
                      + numbered + r"\.?\s*:?\s*[A-Z]*[/\-]?\d|(?:"
                      + alternation(lookup("motion_carried")) + r")\s*\.?\s*$)", re.I)


def _closes_section(para: Para, entries: list[Entry]) -> bool:
    """A line that ends an open attendance list although it names no heading of its own: a line in capitals
    under a list in mixed case (``UNRESTRICTED ITEMS``), a bold label alone (``Public Questions:``) under a
    plain list, or a label before a sentence or a count (``Public Gallery: There were 4 members of the
    public present``, which names no one)."""
    text = para.text.strip()
    letters = [c for c in text if c.isalpha()]
    last = entries[-1].mention.name if entries else ""
    if len(letters) > 3 and all(c.isupper() for c in letters) and len(text.split()) > 1 \
            and any(c.islower() for c in last):
        return True
    if text.endswith(":") and len(text.split()) <= 5 and para.lines[0].bold and line_to_role_label(text) is None:
        return True
    label, sep, rest = text.partition(":")
    rest = rest.strip()
    return bool(sep) and 0 < len(label.split()) <= 4 and bool(rest) and (
        is_count(rest) or bool(_PROSE_START.match(rest)))


def _apply_chair(out: list[Attendee], e: Entry) -> None:
    """Give the role of a prose chairing statement to its person, adding them as present if unlisted."""
    same = [a for a in out if same_person(a.name, e.mention.name)]
    present = [a for a in same if a.status == "present"]
    role = e.mention.role
    if role == "chair" and any(a.role == "chair" for a in out):
        role = None  # the list (or an earlier statement) already names the chair
    if len(present) == 1:
        present[0].role = present[0].role or role
    elif not same:
        name = link_names([a.name for a in out] + [e.mention.name])[e.mention.name]
        out.append(Attendee(name=name, status="present", role=role, organisation=e.mention.party,
                            evidence=e.evidence))


def blocks_to_attendees(blocks: list[Line | Table], body: str | None = None) -> list[Attendee]:
    """Every attendee of one set of minutes: present, apologies, absent and also present.

    ``blocks`` run from the minutes' title to their end; names are found only
    in attendance sections, tables and apologies items, never in discussion prose. ``body`` is the
    council or committee that met (its tier tells a visiting councillor from a member).
    """
    return entries_to_attendees(paragraphs_to_entries(blocks_to_paragraphs(blocks)), body)

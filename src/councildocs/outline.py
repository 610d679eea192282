"""The document outline: numbered and lettered headings, their hierarchy, and the text under each.

Agendas, minutes and reports all hang their content on numbered headings, and
councils number them in many ways (``4``, ``4.1``, ``(a)``, ``iv)``, ``A.``,
``1.A``, ``23/45``, ``R2023-093``; the shapes are data in ``models/outline.json``).
``blocks_to_outline`` finds them once, for every extractor, with rules about
council papers in general:

1. A *candidate* is a paragraph that opens with an item number and a plausible
   title (:func:`~councildocs.extractors.items.parse_heading`).
2. Numbers form lists. A candidate continues the open list of its numbering
   style (family and depth) when it comes after the list's last number, or
   when it has the same look as the list's headings and fills a gap in it
   (``55``, ``6``, ``57``: a misprint; ``24``, ``27``, ``33``, ``25``: items
   taken out of order). Of lists a number follows alike, it continues the one printed the same way
   (the same mark after the number, ``2.`` after ``1.``; the same look); and it continues its list past
   numbers that could not be read (``2`` … ``6``) when the next heading goes on from it, printed alike.
3. A list that starts at a first value (``1``, ``(a)``, ``i``, ``4.1``) nests
   under the heading above it.
4. Some nested lists hold clauses, not items: a list below a paragraph that
   ends with a sentence-completing colon (``… is likely to:``, ``RESOLVED
   that Cabinet agree to:``), a list that restarts an enclosing list's
   numbering without its emphasis (``1. Mr Gough provided an update`` under
   minute ``87.``), and everything nested under a clause.
5. After a section heading (an unnumbered line with at least the look of the
   outer headings: ``5:30 P.M.-STUDY SESSION``, ``CONSENT CALENDAR``),
   numbering may restart.
6. A first value printed more prominently than the list above it (bolder, larger, or in capitals over
   ordinary case: ``A. OPEN SESSION`` under ``2. Online submission of comments``) starts an outline of its
   own rather than nesting.
7. A candidate that starts no list and continues none (a street address,
   ``45 Beatty Street``; a lone ``J. Smith``) is text.

Every block between one node and the next belongs to the first as its body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from .document import Table
from .extractors.items import (
    MINUTE_REF_FIRST,
    ItemHeading,
    ItemNumber,
    leading_number,
    names_file,
    opens_with_number,
    parse_heading,
    split_page_range,
)
from .layout import (
    COLUMN_STEP,
    FULL_LINE,
    NEAR_EDGE,
    WRAP_GAP,
    Para,
    column_edges,
    next_word_wrapped,
    right_edges,
)
from .textpatterns import CLAUSE, PAGE_RANGE, attendance_heading, decision, numbered_heading
from .vocab import alternation, lookup

#: A list may skip this many numbers between two of its items (withdrawn items, a missed heading).
MAX_STEP = 3
#: How far ahead of its list an item taken out of order may be numbered.
MAX_AHEAD = 20
#: An unnumbered line this long is no section heading.
SECTION_WORDS = 16
#: A title wrapped under a hanging indent starts at most this many font sizes right of its number.
HANGING_INDENT = 6
#: A title is printed on at most this many lines; a longer run under a heading is its description.
MAX_TITLE_LINES = 12
#: The wrapped end of an attached file's name is at most this many words (``FEBRUARY (PERIOD 8).PDF``).
FILE_NAME_TAIL_WORDS = 6
#: Lettered families always start at their first value; any other number may open a list of its own
#: (minutes that start at 84, a pack's second meeting that goes on at 2).
_LETTERED = frozenset({"a", "A", "i", "I", "nA", "nI"})

#: A line that is only an item number: ``2.``, ``4.1``, ``(3)``, ``Item 7``, ``AGENDA ITEM 5:``, or one of the
#: other number shapes (``IV.``, ``A.``, ``1.A``) where a layout prints the number in a column of its own.
_ARABIC_BARE = (r"(?:(?:(?:agenda\s+)?item\s*(?:no\.?|number)?\s*)?\(?\d{1,4}(?:[./]\d{1,3}){0,3}[a-z]?"
                r"\s*[.):]?|\(?(?:[a-z]|[ivx]{1,4})\))")


@cache
def _bare_number() -> re.Pattern[str]:
    shapes = "|".join(f"(?:{shape})" for shape in lookup("number_shapes").values())
    return re.compile(r"^\s*\*?\s*(?:" + _ARABIC_BARE + "|(?-i:" + shapes + r"))\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Look:
    """How a heading is printed: emphasis and size (PDF), or Markdown emphasis (text)."""

    bold: bool
    size: int
    heading: int | None

    @property
    def emphasised(self) -> bool:
        return self.bold or self.heading is not None

    def at_least(self, other: Look) -> bool:
        """Printed at least as prominently as ``other``."""
        return (self.bold or not other.bold) and self.size >= other.size and (
            other.heading is None or (self.heading is not None and self.heading <= other.heading))


def look_of(para: Para) -> Look:
    return Look(bold=para.bold, size=round(para.first.size or 0), heading=para.heading)


@dataclass(slots=True, eq=False)
class OutlineNode:
    """One numbered heading: its number, title, level, and the blocks under it.

    ``is_item`` tells an item (a heading with a title of its own) from a
    numbered clause or paragraph of prose, which stays part of its item's text.
    """

    heading: ItemHeading
    number: ItemNumber
    block: int
    level: int
    is_item: bool
    body: list[int] = field(default_factory=list)
    children: list[OutlineNode] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.heading.title


@dataclass(slots=True)
class Outline:
    """The numbered headings of a run of blocks, in document order, with the blocks they were read from."""

    blocks: list[Para | Table]
    nodes: list[OutlineNode] = field(default_factory=list)
    sections: list[int] = field(default_factory=list)

    def items(self) -> list[OutlineNode]:
        """The nodes that are items (titled headings), in document order."""
        return [n for n in self.nodes if n.is_item]

    def node_at(self, index: int) -> OutlineNode | None:
        return next((n for n in self.nodes if n.block == index), None)

    def labels(self) -> dict[int, str]:
        """``item`` / ``clause`` / ``section`` for each block index the outline gave a role."""
        out = {i: "section" for i in self.sections}
        out.update({n.block: "item" if n.is_item else "clause" for n in self.nodes})
        return out


# -- one heading per paragraph ---------------------------------------------------------------------

@cache
def _dangling() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + alternation(lookup("title_dangling_words")) + r"\s*[,&]?$", re.I)


def _follows(prev: tuple[int, ...], key: tuple[int, ...]) -> bool:
    """``2735`` after ``2734``, ``4.2`` after ``4.1`` or ``4``: the next number of the list."""
    return key[0] == prev[0] + 1 or (key[0] == prev[0] and key > prev)


def _number_key(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text)) or (0,)


def _upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and text.isupper()


def _split_run_on(para: Para, right: dict[int, float], columns: dict[tuple[int, int], float]) -> list[Para]:
    """Split a paragraph at each line that opens the next item (PDF lines joined across items) or a
    lettered sub-point (``a) To approve the minutes``, which a text file's lower-case start joins on), and
    after an upper-case heading where the item's text goes on in ordinary case on the next line
    (``2.2 CONFERENCE WITH LEGAL COUNSEL`` / ``Significant exposure to litigation …``)."""
    if len(para.lines) < 2:
        return [para]
    first = numbered_heading(para.text)
    if first is None:
        return _split_lettered(para, right)
    if _upper(para.lines[0].text):
        cut = next((k for k, line in enumerate(para.lines) if not _upper(line.text)), len(para.lines))
        if cut < len(para.lines):
            return [Para(para.lines[:cut]), *_split_run_on(Para(para.lines[cut:]), right, columns)]
    key = _number_key(first.group("num"))
    out = [Para([para.lines[0]])]
    for line in para.lines[1:]:
        m = numbered_heading(line.text)
        if m is not None and _follows(key, _number_key(m.group("num"))):
            key = _number_key(m.group("num"))
            out.append(Para([line]))
        elif CLAUSE.match(line.text):
            out.append(Para([line]))
        else:
            out[-1].add(line)
    return out


def _split_lettered(para: Para, right: dict[int, float]) -> list[Para]:
    """Split a paragraph that opens with a number of another shape (``(a)``, ``A.``, ``iv)``) at each line
    that opens with the next number of its list (``(b)``, printed on the line below ``(a)``, which a PDF's
    even line spacing joins to it), where the line above ended with room to spare.
    After a full line the mark may be wrapped text (``… pursuant to Subdivision`` / ``(b) of Section …``):
    a list of headings prints each on a line of its own, a list whose entries fill their lines is prose
    (correspondence noted, clauses), left whole."""
    prev = leading_number(para.lines[0].text)
    if prev is None:
        return [para]
    out = [Para([para.lines[0]])]
    # Judged against the paper's margin, the furthest any of its lines reaches, not the list's own column or
    # page: a list's longest entry sets those edges (a page of short headings) and would always look full.
    margin = max(right.values(), default=0.0)
    for above, line in zip(para.lines, para.lines[1:], strict=False):
        if above.bbox is not None and next_word_wrapped(above, line, max(margin, above.bbox.x1)):
            out[-1].add(line)
            continue
        n = leading_number(line.text)
        if n is not None and n.family in ("i", "I") and prev.family in ("a", "A"):
            n = n.as_letter()  # "(i)" after "(h)" is the next letter
        if n is not None and n.follows(prev):
            prev = n
            out.append(Para([line]))
        else:
            out[-1].add(line)
    return out


def _hanging_title(head: Para, nxt: Para, right: dict[int, float],
                   columns: dict[tuple[int, int], float]) -> tuple[int, int | None]:
    """How many of ``nxt``'s lines are the wrapped rest of the title ``head`` opens, printed under a
    hanging indent (the number at the margin, the title's lines indented to where its text starts): 0
    when none are. The title runs to its first line that stops where the next word would have fitted;
    lines below that are the item's description. A run longer than any title is a heading sentence and
    its description run on: the title is that first sentence. Returns the number of lines and, when the
    title ends inside the last of them, where in its text (else None)."""
    a, b = head.lines[-1], nxt.first
    number_line = next((line for line in head.lines if opens_with_number(line.text)), head.first)
    if a.bbox is None or b.bbox is None or number_line.bbox is None or len(head.lines) >= MAX_TITLE_LINES:
        return 0, None
    if b.page not in (a.page, a.page + 1):
        return 0, None
    edge = right.get(a.page, a.bbox.x1)
    column = columns.get((b.page, round(b.bbox.x0 / COLUMN_STEP)), edge)
    if a.bbox.x1 < FULL_LINE * edge or (a.bbox.x1 < NEAR_EDGE * column and not next_word_wrapped(a, b, column)):
        return 0, None  # the heading line stopped where the next word would still have fitted: its title ended
    # A title that fills its line goes on at the top of the next page (the gap between pages means nothing).
    if not ((b.gap <= WRAP_GAP or b.page != a.page) and b.bold == a.bold and abs((b.size or 0) - (a.size or 0)) <= 0.6
            and not a.text.rstrip().endswith((".", ";", ":")) and not opens_with_number(nxt.text)):
        return 0, None
    x0 = number_line.bbox.x0
    # The title's column: where a later run of the heading line starts ("A 16-0361   Approve …"), or a
    # hanging indent a few characters right of the number.
    under_run = any(abs(b.bbox.x0 - run[0]) <= 3 for run in number_line.runs[1:])
    if not under_run and not x0 + 2 < b.bbox.x0 <= x0 + HANGING_INDENT * (a.size or 10):
        return 0, None
    for n, (line, below) in enumerate(zip(nxt.lines, nxt.lines[1:], strict=False), start=1):
        if below.bbox is not None and below.bbox.x0 < b.bbox.x0 - 2 and opens_with_number(below.text):
            return n, None  # back out at the number's column with a number of its own: the next item
        if n >= MAX_TITLE_LINES - len(head.lines):
            return _first_sentence(nxt, MAX_TITLE_LINES - len(head.lines))
        if line.bbox is None or not next_word_wrapped(line, below, columns.get(
                (line.page, round(line.bbox.x0 / COLUMN_STEP)), right.get(line.page, line.bbox.x1))):
            return n, None
    if len(nxt.lines) <= MAX_TITLE_LINES - len(head.lines):
        return len(nxt.lines), None
    return _first_sentence(nxt, MAX_TITLE_LINES - len(head.lines))


def _first_sentence(nxt: Para, limit: int) -> tuple[int, int | None]:
    """Where the sentence a title's wrapped lines carry ends, within ``limit`` lines: (lines, offset of
    the full stop in the last of them), or (0, None) when it runs on past them (a paragraph, no title)."""
    for n, line in enumerate(nxt.lines[:limit], start=1):
        for m in _SENTENCE_STOP.finditer(line.text):
            if m.group("word").lower().rstrip(".") not in _abbreviations():
                return n, m.start("stop")
    return 0, None


# A full stop after a word, then the end of the line or a capital: "… Single Story Overlay. The Proposed".
_SENTENCE_STOP = re.compile(r"(?P<word>[\w.'’-]+)(?P<stop>\.)(?=\s+[A-Z(“\"]|\s*$)")


@cache
def _abbreviations() -> frozenset[str]:
    """Words a full stop follows without ending the sentence (``Inc.``, ``No.``, an initial, a title: ``Dr.``)."""
    return frozenset(w.lower().rstrip(".") for w in (*lookup("sentence_abbreviations"), *lookup("titles")))


def _join_title(head: Para, nxt: Para) -> Para:
    """``head`` and its title's wrapped lines as one paragraph; a page reference printed at the end of the
    first line (``… 9 January (Pages 1 - 26)``) moves to the end, after the whole title."""
    last = head.lines[-1]
    m = PAGE_RANGE.search(last.text)
    if m is None:
        return Para([*head.lines, *nxt.lines])
    tail = nxt.lines[-1]
    return Para([*head.lines[:-1], replace(last, text=last.text[:m.start()].rstrip()), *nxt.lines[:-1],
                 replace(tail, text=f"{tail.text} {m.group(0).strip()}")])


def _joins(last: Para | Table | None, para: Para, right: dict[int, float],
           columns: dict[tuple[int, int], float]) -> tuple[int, int | None]:
    """How many of ``para``'s lines belong to the item heading above it (a bare number's title, a wrapped
    title's tail), and where in the last of them the title ends when it ends inside it (else None):
    (0, None) when it starts something of its own."""
    if not isinstance(last, Para):
        return 0, None
    if _bare_number().match(last.text):  # the number's title, unless the number is a reference above a decision
        joined = Para([*last.lines, *para.lines])
        return (len(para.lines) if (not _bare_number().match(para.text)
                                    and any(parse_heading(joined, strict=s) for s in (False, True))) else 0), None
    # The number may open the heading's second line, under a time printed above it ("7:35 PM").
    if any(opens_with_number(line.text) for line in last.lines[:2]):
        tail, cut = _hanging_title(last, para, right, columns)
        if tail:
            return tail, cut
    return (len(para.lines) if (_dangling().search(last.text) and numbered_heading(last.text)
                                and numbered_heading(para.text) is None
                                and split_page_range(para.text)[0].strip()) else 0), None


@cache
def _number_label() -> re.Pattern[str]:
    """A field label before an item's number (``number_labels``): ``Subject 1.01 Call to Order``."""
    return re.compile(r"^\s*" + alternation(lookup("number_labels")) + r"\s*(?=\S)", re.I)


def _unlabel(para: Para) -> Para:
    """``para`` without the field label its first line prints before an item number, so the line opens with
    the number (``Subject 1.01 Call to Order`` → ``1.01 Call to Order``)."""
    first = para.lines[0]
    m = _number_label().match(first.text)
    if m is None or not opens_with_number(first.text[m.end():]):
        return para
    return Para([replace(first, text=first.text[m.end():]), *para.lines[1:]])


def blocks_to_item_paras(blocks: list[Para | Table]) -> list[Para | Table]:
    """One item heading per paragraph: bare numbers joined to their titles, run-on items split apart,
    titles wrapped after a dangling word or under a hanging indent joined to their next lines."""
    out: list[Para | Table] = []
    lines = [line for b in blocks if isinstance(b, Para) for line in b.lines]
    right, columns = right_edges(lines), column_edges(lines)
    for block in blocks:
        if isinstance(block, Table):
            out.append(block)
            continue
        for para in _split_run_on(_unlabel(block), right, columns):
            last = out[-1] if out else None
            tail, cut = _joins(last, para, right, columns) if isinstance(last, Para) else (0, None)
            if isinstance(last, Para) and tail:
                title, rest = para.lines[:tail], para.lines[tail:]
                if cut is not None:  # the title's sentence ends inside its last line: the rest describes it
                    end = title[-1]
                    title[-1] = replace(end, text=end.text[:cut].rstrip())
                    if end.text[cut + 1:].strip():
                        rest = [replace(end, text=end.text[cut + 1:].strip()), *rest]
                out[-1] = _join_title(last, Para(title))
                if rest:
                    out.append(Para(rest))
            else:
                out.append(para)
    return out


# -- the outline -----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Candidate:
    index: int
    heading: ItemHeading
    number: ItemNumber
    look: Look
    mark: str = ""  # what the number is printed with: "." in "2.", ")" in "2)", "" in "2 Minutes"


@dataclass(slots=True, eq=False)
class _List:
    """An open list of numbered headings while the outline is walked."""

    family: str
    depth: int
    look: Look
    clauses: bool
    level: int
    last: ItemNumber
    owner: OutlineNode | None = None  # the heading this list nests under
    used: set[tuple[int, ...]] = field(default_factory=set)
    nodes: list[OutlineNode] = field(default_factory=list)
    broken: bool = False  # a section heading came since its last heading
    mark: str = ""  # the mark its first number was printed with

    def matches(self, number: ItemNumber) -> bool:
        return (self.family, self.depth) == (number.family, number.depth)


@cache
def _clause_lead() -> re.Pattern[str]:
    """A paragraph ending ``… likely to:`` / ``… in respect of:``: its list completes its sentence."""
    return re.compile(r"(?<![\w])" + alternation(lookup("clause_lead_endings")) + r"\s*[:：]\s*$", re.I)


#: How a decision's wording opens when its clauses follow: ``That the Committee:``, ``That Council;``.
_THAT_LEAD = re.compile(r"^\s*[“\"]?(?-i:That|THAT)\s", re.I)
#: The end of a line that leads into a list: a colon, or a semicolon or dash after a decision's lead.
_LIST_LEAD_END = re.compile(r"(?::|;|:\s*[-–—])\s*$")


def _opens_clauses(para: Para) -> bool:
    """A paragraph whose list below completes it: ``… likely to:``, ``RESOLVED:``, or a decision's lead
    (``That the Committee:``, ``It was APPROVED that;``): the numbered lines under it are clauses."""
    text = para.text.rstrip()
    if text.endswith(":") and bool(_clause_lead().search(text) or decision().match(text)):
        return True
    return bool(_LIST_LEAD_END.search(text)) and bool(_THAT_LEAD.match(text) or decision().match(text))


def _is_section(para: Para, outer: _List | None) -> bool:
    """An unnumbered heading that may restart the numbering below it: short, and printed at least like the
    outermost headings (PDF), or upper case or marked as a heading (text)."""
    text = para.text.strip()
    words = len(text.split())
    if (not text or words > SECTION_WORDS or attendance_heading().match(text) or decision().match(text)
            or _opens_clauses(para)):
        return False
    look = look_of(para)
    if para.first.bbox is not None and outer is not None:
        return look.emphasised and look.at_least(outer.look)
    letters = [c for c in text if c.isalpha()]
    return look.emphasised or (len(letters) >= 4 and text.isupper() and words >= 1)


def _candidates(blocks: list[Para | Table], strict: bool) -> list[_Candidate]:
    out = []
    for i, block in enumerate(blocks):
        if isinstance(block, Para) and not (strict and block.bullet):
            heading = parse_heading(block, strict=strict)
            if heading is not None and not _wrapped_file_name(blocks, i):
                out.append(_Candidate(i, heading, heading.parsed, look_of(block), _number_mark(block.text, heading)))
    printed = {c.number.key for c in out if c.number.family == "n"}
    for c in out:
        n = c.number
        if n.family == "n" and n.depth > 1 and n.key[0] >= MINUTE_REF_FIRST and n.key[:-1] not in printed:
            c.number = n.as_reference()  # 2307.01 with no 2307 above it: year and month, then the minute
    return out


def _wrapped_file_name(blocks: list[Para | Table], i: int) -> bool:
    """Whether block ``i`` opens a file's name that wraps onto the next line (``5.1 ENUMERATION OF CLAIMS -`` /
    ``FEBRUARY (PERIOD 8).PDF``): an attachment listed under its item, not an item."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return (isinstance(nxt, Para) and len(nxt.text.split()) <= FILE_NAME_TAIL_WORDS and names_file(nxt.text)
            and not opens_with_number(nxt.text))


def _number_mark(text: str, heading: ItemHeading) -> str:
    """The mark printed after an item's number: ``.`` for ``2. Minutes``, ``)`` for ``2) Minutes``, else ``""``."""
    at = text.find(heading.number)
    after = text[at + len(heading.number):at + len(heading.number) + 1] if at >= 0 else ""
    return after if after in ".):" else ""


def _supported(cands: list[_Candidate], strict: bool) -> set[int]:
    """Indices of candidates that have a neighbour in their numbering (the number before or after it in the
    same family and depth, somewhere in the run), no rival (nothing else is numbered in their style), or a
    minute reference (an identifier, not a position in a list); in an agenda, also a lone ``a.`` right under
    a numbered item (Legistar letters a section's items from ``a.`` even when there is only one)."""
    keys: dict[tuple[str, int, tuple[int, ...]], set[int]] = {}
    for c in cands:
        n = c.number
        keys.setdefault((n.family, n.depth, n.key[:-1]), set()).add(n.key[-1])
    styles: dict[tuple[str, int], int] = {}
    for c in cands:
        styles[(c.number.family, c.number.depth)] = styles.get((c.number.family, c.number.depth), 0) + 1
    parents = {c.number.key for c in cands if c.number.family == "n"}
    out = set()
    for k, c in enumerate(cands):
        n = c.number
        above = cands[k - 1].number if k else None
        if (not strict and n.family == "a" and n.is_first and above is not None and above.family == "n"
                and above.depth == 1):
            out.add(c.index)  # "a. Resolution honoring …" alone under "6. COUNCIL: SPECIAL RECOGNITIONS"
            continue
        seen = keys[(n.family, n.depth, n.key[:-1])]
        if any(n.key[-1] + d in seen for d in range(-MAX_STEP, MAX_STEP + 1) if d) or n.is_reference or (
                n.family not in _LETTERED and styles[(n.family, n.depth)] == 1):
            out.add(c.index)  # a neighbour, or the only number of its style (one minute, "4 Budget")
        elif n.family in ("n", "nA", "nI") and len(n.key) > 1 and n.is_first and n.key[:-1] in parents:
            out.add(c.index)  # "5.a" alone under a printed "5": its parent's number supports it
    return out


def _resolve_letter(c: _Candidate, stack: list[_List], upcoming: list[_Candidate]) -> ItemNumber:
    """A single ``i``, ``v`` or ``x`` is a letter when it follows an open letter list (``(h)`` then ``(i)``)
    and the next number is not its roman successor (``(ii)``)."""
    n = c.number
    if n.family not in ("i", "I", "nI") or n.key[-1] not in (1, 5, 10):
        return n
    letter = n.as_letter()
    if letter is n or not any(lst.matches(letter) and letter.follows(lst.last) for lst in stack):
        return n
    nxt = next((u.number for u in upcoming if u.number.family in ("i", "I", "a", "A", "nI", "nA")), None)
    if nxt is not None and nxt.family == n.family and nxt.follows(n):
        return n
    return letter


def _fills_gap(lst: _List, n: ItemNumber, look: Look, upcoming: list[_Candidate]) -> bool:
    """A number out of sequence that still belongs to the list: printed like its headings, not used yet,
    and either inside the list's range (items taken out of order) or in the slot the next heading leaves
    (``55``, ``6``, ``57``)."""
    if look != lst.look or n.key in lst.used or n.key[:-1] != lst.last.key[:-1]:
        return False
    low = min(k[-1] for k in lst.used)
    if low <= n.key[-1] <= lst.last.key[-1] + MAX_STEP:
        return True
    nxt = next((u.number for u in upcoming if lst.matches(u.number)), None)
    if nxt is None or nxt.key[:-1] != lst.last.key[:-1]:
        return False
    if nxt.key[-1] == lst.last.key[-1] + 2:
        return True
    # Items taken together out of order ("24, 27, 33, then 25"): a number ahead of the list, printed once,
    # after which the list takes up where it was.
    ahead = n.key[-1] - lst.last.key[-1]
    return (MAX_STEP < ahead <= MAX_AHEAD and low <= nxt.key[-1] <= lst.last.key[-1] + MAX_STEP
            and nxt.key not in lst.used and all(u.number.key != n.key for u in upcoming if lst.matches(u.number)))


def blocks_to_outline(blocks: list[Para | Table], *, strict: bool) -> Outline:
    """The outline of a run of paragraphs and tables (a part of the document).

    ``strict`` (minutes) asks item titles for the look of a heading; agendas print plain titles.
    ``blocks`` should hold one heading per paragraph (:func:`blocks_to_item_paras`).
    """
    outline = Outline(blocks=blocks)
    cands = _candidates(blocks, strict)
    supported = _supported(cands, strict)
    by_index = {c.index: k for k, c in enumerate(cands)}
    stack: list[_List] = []
    lead_colon = False
    for i, block in enumerate(blocks):
        k = by_index.get(i)
        if k is None:
            if isinstance(block, Para):
                if _is_section(block, stack[0] if stack else None):
                    outline.sections.append(i)
                    for lst in stack:
                        lst.broken = True
                lead_colon = _opens_clauses(block)
            if outline.nodes:
                outline.nodes[-1].body.append(i)
            continue
        c = cands[k]
        upcoming = cands[k + 1:]
        n = _resolve_letter(c, stack, upcoming)
        node = _place(stack, c, n, upcoming, supported, lead_colon)
        lead_colon = False
        if node is None:
            if outline.nodes:
                outline.nodes[-1].body.append(i)
            continue
        outline.nodes.append(node)
    return outline


def _place(stack: list[_List], c: _Candidate, n: ItemNumber, upcoming: list[_Candidate], supported: set[int],
           lead_colon: bool) -> OutlineNode | None:
    """Put candidate ``c`` (read as number ``n``) in the outline: on an open list, on a new nested list, or
    nowhere (it is text). Updates ``stack``."""
    matching = [depth for depth, lst in enumerate(stack) if lst.matches(n)]
    for depth in matching:  # outermost first: a section restarts the numbering of the lists printed like it
        lst = stack[depth]
        if n.is_first and lst.broken and n.key in lst.used and c.look.at_least(lst.look):
            del stack[depth + 1:]
            lst.used.clear()
            return _add(lst, c, n)
    # The nearest list of this style that it continues closes those inside; a list it follows exactly comes
    # before one it follows with a gap ("8" after clauses 1-5 of item 7's decision continues the items).
    exact = [depth for depth in reversed(matching) if n.key not in stack[depth].used and n.follows(stack[depth].last)]
    # Of lists it follows alike, the one printed the same way: with the same mark ("2." continues "1.", not a
    # "1 The Chairman welcomed …" paragraph under it) and the same look (a bold "5. Administration" continues
    # the bold headings, not a plain list "1."–"4." inside item 4).
    exact = ([d for d in exact if stack[d].mark == c.mark and stack[d].look == c.look]
             or [d for d in exact if stack[d].mark == c.mark] or exact)
    for depth in exact or reversed(matching):
        lst = stack[depth]
        if n.key not in lst.used and (n.follows(lst.last, MAX_STEP) or _fills_gap(lst, n, c.look, upcoming)):
            del stack[depth + 1:]
            return _add(lst, c, n)
    for depth in reversed(matching):
        lst = stack[depth]
        if (n.key not in lst.used and n.key > lst.last.key and lst.look == c.look and lst.mark == c.mark
                and (_run_goes_on(c, n, upcoming) or _section_skipped(lst, c, n))):
            # "2." … "6.", "7.", "8.": headings of 3-5 were not read (run into their text), but 6 goes on in a
            # run of its own, printed as the list's headings are
            del stack[depth + 1:]
            return _add(lst, c, n)
    parent = _implied_parent(n)
    if parent is not None and n.is_first and not _printed(stack, parent):
        for depth in reversed(matching):
            lst = stack[depth]
            before = _implied_parent(lst.last)
            if (before is not None and before.key[:-1] == parent.key[:-1] and not _printed(stack, before)
                    and 0 < parent.key[-1] - before.key[-1] <= MAX_STEP and c.look.at_least(lst.look)):
                # "4.1" after "3.1"–"3.3" where neither "3" nor "4" is printed (section headings stand in for
                # them): the next section's items, at the level of the last section's.
                del stack[depth + 1:]
                return _add(lst, c, n)
    if parent is not None and n.is_first:
        for depth, lst in enumerate(stack):
            if lst.matches(parent) and lst.broken and parent.key in lst.used:
                # "1.A" under a section heading restarts the numbering it hangs from ("2" comes after it)
                del stack[depth + 1:]
                lst.used, lst.last, lst.broken = {parent.key}, parent, False
                break
    open_style = any(lst.matches(n) for lst in stack)
    if n.is_first and not lead_colon:
        while stack and _stands_out(c, stack[-1]):
            # "A. OPEN SESSION" in capitals under "2. Online submission of comments": a new outline of its
            # own, not a list under the heading above
            stack.pop()
    owner = stack[-1].nodes[-1] if stack and stack[-1].nodes else None
    under_owner = owner is not None and parent is not None and parent.key == owner.number.key
    if (n.is_first or under_owner) and (n.family not in _LETTERED or c.index in supported):
        # A lone lettered step printed before the numbered business began ("a. Roll Call." under "Call to
        # Order.", then "1." …) encloses nothing: "a." under "2." is no restart of it.
        same_style = [lst for lst in stack if lst.matches(n) and (len(lst.nodes) > 1 or lst is stack[-1])]
        clauses = (lead_colon or bool(stack and stack[-1].clauses)
                   or any(not (c.look.emphasised and c.look.at_least(lst.look)) for lst in same_style))
        lst = _List(n.family, n.depth, c.look, clauses, len(stack), n, owner, mark=c.mark)
        stack.append(lst)
        return _add(lst, c, n)
    if n.family not in _LETTERED and c.index in supported and n.depth == 1 and not open_style:
        # Numbering that goes on from numbers not printed here (minutes starting at 84; ``2`` after ``1.A``–``1.D``).
        stack.clear()
        lst = _List(n.family, n.depth, c.look, lead_colon, 0, n, mark=c.mark)
        stack.append(lst)
        return _add(lst, c, n)
    return None


def _section_skipped(lst: _List, c: _Candidate, n: ItemNumber) -> bool:
    """Whether ``n``, ahead of its list by more than a skipped number or two (``7`` then ``20``, ``23``), goes on
    with it: an agenda that numbers its sections in a fixed order and leaves out those with no business this
    time. Only for top-level headings whose titles, like every title of the list, are in capitals: an
    address or a figure in the text is not printed so."""
    return (n.family == "n" and n.depth == 1 and n.key[0] - lst.last.key[0] <= MAX_AHEAD
            and _upper(c.heading.title) and all(_upper(node.heading.title) for node in lst.nodes))


def _run_goes_on(c: _Candidate, n: ItemNumber, upcoming: list[_Candidate]) -> bool:
    """Whether the next heading of the same numbering comes right after ``n``, printed alike."""
    nxt = next((u for u in upcoming if (u.number.family, u.number.depth) == (n.family, n.depth)), None)
    return nxt is not None and nxt.number.follows(n) and nxt.look == c.look and nxt.mark == c.mark


def _stands_out(c: _Candidate, lst: _List) -> bool:
    """Whether heading ``c`` is printed more prominently than the headings of ``lst``: bolder, larger or a
    higher Markdown heading, or, printed alike, an upper-case title where theirs are in ordinary case."""
    if not c.look.at_least(lst.look):
        return False
    if not lst.look.at_least(c.look):
        return True
    return c.heading.title.isupper() and not any(node.heading.title.isupper() for node in lst.nodes)


def _printed(stack: list[_List], n: ItemNumber) -> bool:
    """Whether number ``n`` was printed on one of the open lists."""
    return any(lst.matches(n) and n.key in lst.used for lst in stack)


def _implied_parent(n: ItemNumber) -> ItemNumber | None:
    """The number a nested number hangs from: ``4`` for ``4.1``, ``1`` for ``1.A`` (and for ``1.A.2``)."""
    if n.family in ("nA", "nI") or (n.family == "n" and n.depth > 1):
        key = n.key[:1] if n.family in ("nA", "nI") else n.key[:-1]
        return ItemNumber(".".join(map(str, key)), "n", key)
    return None


def _add(lst: _List, c: _Candidate, n: ItemNumber) -> OutlineNode:
    node = OutlineNode(heading=c.heading, number=n, block=c.index, level=lst.level, is_item=not lst.clauses)
    if lst.owner is not None:
        lst.owner.children.append(node)
    if not lst.used or n.key > lst.last.key:
        lst.last = n
    lst.nodes.append(node)
    lst.used.add(n.key)
    lst.broken = False
    return node


def render(outline: Outline) -> list[str]:
    """One line per node: indentation for its level, its number and title, ``(clause)`` for clauses."""
    return [f"{'  ' * node.level}{node.heading.number} {node.title}{'' if node.is_item else '  (clause)'}"
            for node in outline.nodes]

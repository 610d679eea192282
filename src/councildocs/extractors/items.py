"""Numbered items: recognise an item heading and compare item numbers.

Shared by the agenda and the minutes extractors. An item heading is a
paragraph that starts with an item number (``4``, ``4.``, ``Item 4``,
``Item No 5``, ``23/45``, ``CAB 12/19``, ``*3`` for an exempt item) and goes on
with a title; a numbered paragraph of prose (``5.1 The panel received…``) is
not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..layout import Para
from ..textpatterns import (
    CAPITALS,
    ITEM_TITLE,
    MONTH_START,
    PAGE_RANGE,
    TIME_SLOT,
    TIME_SLOT_END,
    decision,
    numbered_heading,
)
from ..vocab import alternation, lookup

#: A title longer than this many words is prose, not a heading (minutes; agendas print longer titles).
MAX_TITLE_WORDS = 30
MAX_AGENDA_TITLE_WORDS = 90
#: ``2724. Police Report: No Police presence…``: a title this short before a colon, then the item's text.
MAX_LEAD_WORDS = 12
#: Minute references that only minutes print: ``(26)``, ``Cou/286/07-08``, ``C 10/034``.
_MINUTE_REF = re.compile(
    r"^(?P<exempt>\*\s*)?(?P<num>\(\d{1,4}\)|[A-Z][a-z]{1,4}/\d{1,4}(?:/\d{2}(?:-\d{2})?)?|[A-Z]\s\d{1,4}/\d{1,4})"
    r"(?:\s*[.):]|\s+[-–—])?\s+(?P<title>[" + CAPITALS + r"\"'‘“(].*)$")
#: ``2307.03``, ``18.03.1``: a minute reference (year and month first), not a paragraph number ``5.3``.
MINUTE_REF_FIRST = 100
#: An upper-case title may run this long: parish minutes print the agenda's wording in full.
MAX_UPPER_TITLE_WORDS = 60
#: Share of a title's words (short function words aside) that start with a capital in a title-case heading.
TITLE_CASE_SHARE = 0.6
#: A title ending with a colon this short is still a heading (not nested: "5.2 Members noted:" is prose).
MAX_COLON_TITLE_WORDS = 12
#: A title ending in a full stop with more words than this, not worded as an agenda entry, is a sentence.
SENTENCE_WORDS = 20
#: A topic titled in sentence case is short: ``Accounts for payment``, ``Review of the risk register``.
SENTENCE_CASE_WORDS = 6
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|will|would|did|could|should)\b")


@cache
def _agenda_verb() -> re.Pattern[str]:
    """An agenda-style title: ``To approve …``, ``For decision`` (verbs from ``agenda_verbs``)."""
    return re.compile(r"^(?:to|for)\s+" + alternation(lookup("agenda_verbs")) + r"\b", re.I)


_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "within", "re", "via", "vs", "v"])
_RUN_ON_DASH = re.compile(r"\s[-–—]\s")
_VERDICT_TAIL = re.compile(r"^(?:agreed|approved|resolved|noted|none|nil|carried|accepted)\b\W*$", re.I)
_NUM_PARTS = re.compile(r"\d+")
_TRAILING_PUNCT = (".", ":", ";", ",")


@dataclass(frozen=True, slots=True)
class ItemNumber:
    """An item number read for its place in a sequence: its family (the numbering style) and its key.

    ``4`` and ``4.1`` are family ``n`` with keys (4,) and (4, 1); ``(b)`` is family ``a`` with key (2,);
    ``iv`` family ``i``; ``1.A`` family ``nA``; ``23/45`` family ``/``; ``R2023-093`` family ``R``.
    A single ``i``, ``v`` or ``x`` reads as roman here; the outline decides from its neighbours when it is
    really a letter (``(h)`` then ``(i)``).
    """

    printed: str
    family: str
    key: tuple[int, ...]

    @property
    def depth(self) -> int:
        """How deep the number nests: ``4.1.2`` is 3; a minute reference ``2307.01`` is 1."""
        return len(self.key) if self.family == "n" else 1

    @property
    def is_first(self) -> bool:
        """The first number of a list: ``1``, ``(a)``, ``i``, ``4.1``, ``1.A``."""
        return self.key[-1] == 1

    @property
    def is_reference(self) -> bool:
        """A minute reference (``125/20``, ``Cou/101/23-24``, ``CAB 12/19``, ``R2023-093``): an identifier that
        only goes up, often by more than one (references run on across a council's meetings)."""
        return self.family not in ("n", "nA", "nI", "a", "A", "i", "I")

    def follows(self, prev: ItemNumber, step: int = 1) -> bool:
        """Whether this number comes right after ``prev`` in the same list (``step`` allows skipped numbers)."""
        if self.is_reference:
            return self.family == prev.family and self.key > prev.key
        if (self.family, self.depth) != (prev.family, prev.depth) or self.key[:-1] != prev.key[:-1]:
            return self.family == prev.family and self.depth == prev.depth == 1 and self.key > prev.key \
                and self.key[0] - prev.key[0] <= 1  # 2307.09 then 2308.01: a minute reference's month turns
        return 0 < self.key[-1] - prev.key[-1] <= step

    def as_reference(self) -> ItemNumber:
        """This number read as a minute reference (``2307.01``: year and month, then the minute)."""
        return ItemNumber(self.printed, "n.", self.key)

    def as_letter(self) -> ItemNumber:
        """This roman-looking number read as a letter (``i`` → the ninth letter; ``5.I`` → item 5's ninth)."""
        if self.family == "nI":
            letter = self.printed.strip().rstrip(".").rpartition(".")[2]
            if len(letter) != 1:
                return self
            return ItemNumber(self.printed, "nA", (self.key[0], ord(letter) - 64))
        bare = self.printed.strip("()").rstrip(".)")
        if len(bare) != 1:
            return self
        return ItemNumber(self.printed, "a" if bare.islower() else "A", (ord(bare.lower()) - 96,))


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text.lower()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total, prev = (total - value, prev) if value < prev else (total + value, value)
    return total or None


_LETTER_NUMBER = re.compile(r"^\(?(?P<body>[A-Za-z]{1,5})(?:(?:\.-?|-)(?P<sub>\d{1,2}))?[.)]?$")  # A, A.-1, E.1, A-1
#: ``1.A``, ``4.a.``, ``7A``, ``5.A.1``: a lower-case letter only after a stop (``153b`` is a minute number of its own).
_NUMBER_LETTER = re.compile(r"^(?P<n>\d{1,3})(?:\.(?P<dot>[A-Za-z])|(?P<cap>[A-Z]))(?:\.(?P<sub>\d{1,2}))?\.?$")
#: ``5.I``, ``5.IV.``: a roman sub-item of item 5 (CivicPlus); a single I, V or X may be a letter (``5.H``, ``5.I``).
_NUMBER_ROMAN = re.compile(r"^(?P<n>\d{1,3})\.(?P<roman>[IVX]{1,5})\.?$")
_ROMAN_LETTER = re.compile(r"^(?P<roman>[IVX]{1,5})\.(?P<letter>[A-Z])(?:\.(?P<sub>\d{1,2}))?\.?$")
_PREFIX_NUMBER = re.compile(r"^(?P<prefix>[A-Z]{2,5})[\s-]?(?P<rest>\d.*)$")  # CAB 12/19, CA-1


def parse_number(printed: str) -> ItemNumber:
    """The family and key of an item number as printed."""
    text = printed.strip()
    if (m := re.match(r"^R(\d{4})-(\d{2,4})$", text)) is not None:
        return ItemNumber(printed, "R", (int(m.group(1)), int(m.group(2))))
    if (m := _NUMBER_ROMAN.match(text)) is not None and (roman := _roman(m.group("roman"))) is not None:
        return ItemNumber(printed, "nI", (int(m.group("n")), roman))
    if (m := _NUMBER_LETTER.match(text)) is not None:  # 1.A, 4.a., 7A: a lettered sub-item of item 1, 4, 7; 5.A.1
        sub = (int(m.group("sub")),) if m.group("sub") else ()
        return ItemNumber(printed, "nA", (int(m.group("n")), ord((m.group("dot") or m.group("cap")).upper()) - 64, *sub))
    if (m := _ROMAN_LETTER.match(text)) is not None:  # VII.A, VII.A.1: roman section, its lettered item, a sub-item
        sub = (int(m.group("sub")),) if m.group("sub") else ()
        return ItemNumber(printed, "I", (_roman(m.group("roman")) or 0, ord(m.group("letter")) - 64, *sub))
    if (m := _LETTER_NUMBER.match(text)) is not None:
        body = m.group("body")
        roman = _roman(body)
        if roman is not None and (len(body) > 1 or (body in "ivxIVX" and not m.group("sub"))):  # I-1: a letter
            return ItemNumber(printed, "i" if body.islower() else "I", (roman,))
        if len(body) == 1:
            key = (ord(body.lower()) - 96,) + ((int(m.group("sub")),) if m.group("sub") else ())
            return ItemNumber(printed, "a" if body.islower() else "A", key)
    if (m := _PREFIX_NUMBER.match(text)) is not None:
        return ItemNumber(printed, m.group("prefix"), number_key(m.group("rest")))
    family = "/" if "/" in text else ("-" if "-" in text else "n")
    if text[:1].isalpha():
        family = "ref"  # Cou/285/07-08
    key = number_key(text)
    if family == "n":
        # "4.0" heads "4.1", "4.2" as "4" would (school boards' 1.0 CALL TO ORDER, 1.1 Roll Call, 2.0 …):
        # a zero sub-number says the heading is the section itself, so it takes the section's place.
        while len(key) > 1 and key[-1] == 0:
            key = key[:-1]
    return ItemNumber(printed, family, key)


@dataclass(frozen=True, slots=True)
class ItemHeading:
    number: str
    title: str
    exempt: bool
    page_start: int | None = None
    page_end: int | None = None
    file_number: str | None = None
    label: str = ""  # "Item ", "Agenda Item #" printed before the number, as printed

    @property
    def key(self) -> tuple[int, ...]:
        return number_key(self.number)

    @property
    def printed(self) -> str:
        """The number as the paper prints it, with its label: ``Item 7`` (the contract's numbers as printed)."""
        return self.label + self.number

    @property
    def parsed(self) -> ItemNumber:
        return parse_number(self.number)


def number_key(number: str) -> tuple[int, ...]:
    """``"5.3"`` → ``(5, 3)``; ``"CAB 12/19"`` → ``(12, 19)``: for ordering checks."""
    return tuple(int(n) for n in _NUM_PARTS.findall(number)) or (0,)


def split_page_range(title: str) -> tuple[str, int | None, int | None]:
    """Take a trailing page reference (``7 - 12``, ``(Page 5)``, ``Pages 11 - 20``) off a title."""
    m = PAGE_RANGE.search(title)
    if not m:
        return title, None, None
    first = m.group("a") or m.group("c") or m.group("e") or m.group("g")
    last = m.group("b") or m.group("d") or m.group("f")
    if first is None:  # dot leaders with no page after them
        return title[: m.start()].rstrip(" .-–:"), None, None
    start, end = int(first), int(last) if last else None
    if end is not None and end < start:
        return title, None, None
    return title[: m.start()].rstrip(" .-–:"), start, end


#: A title that is only a month and year (``Mar-24``, ``June 2024``).
_MONTH_YEAR = re.compile(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s'’/-]*\d{2,4}\s*$", re.I)


def parse_heading(para: Para, *, strict: bool) -> ItemHeading | None:
    """The item heading a paragraph opens with, or None.

    ``strict`` (minutes) asks for the look of a heading: emphasis, or a short
    title that does not end like a sentence. Agendas print plain titles, so
    there only the number and a plausible title are needed.
    """
    text = para.text.strip()
    slot = TIME_SLOT.match(text)  # a time-slotted agenda prints "7:35 - 9:30 PM" or "6:05 p.m." before the number
    if slot and opens_with_number(text[slot.end():].lstrip()):
        text = text[slot.end():].lstrip()
    file_number = None
    if (filed := _file_after_number().match(text)) is not None:  # "2 16-0046 Introduce an Ordinance …"
        file_number, text = filed.group("file"), filed.group("lead") + " " + text[filed.end():]
    emphasised = para.bold or para.heading is not None
    m = (numbered_heading(text) or _other_number().match(text)
         or ((_MINUTE_REF.match(text) or _labelled_minute().match(text)) if strict else None)
         or (_emphasised_number().match(text) if emphasised else None))
    if not m or _time_title().match(m.group("title")):
        return None
    if m.re is _EMPHASISED_NUMBER and MONTH_START.match(m.group("title")):
        return None  # "19 July 2018" in bold: a date
    if _MONTH_YEAR.match(m.group("title")):
        return None  # "29 Mar-24": a day and a month in a table row, not an item
    if names_file(m.group("title")):
        return None  # "5.2A PAYROLL REPORT - FEBRUARY.PDF": a file attached to the item above
    if m.re is _other_number():
        file_number = m.group("file") or file_number
    title, start, end = split_page_range(m.group("title").strip())
    title = " ".join(_cut_at_description(title).strip().strip("*").split())
    if title.startswith("[") and title.endswith("]"):
        title = title[1:-1].strip()  # "[Appropriation - … - FY2025-2026]": the title in square brackets
    if not strict:
        title = _cut_time_slot(title)
    if strict:
        title = _lead_title(para, title)
    words = title.split()
    limit = MAX_TITLE_WORDS if strict else MAX_AGENDA_TITLE_WORDS
    if strict and title.isupper():
        limit = MAX_UPPER_TITLE_WORDS  # "127/20 CLOSED SESSION – COUNCIL TO RESOLVE TO GO INTO …": the agenda's wording
    if not words or len(words) > limit or decision().match(title):
        return None
    number = _printed_number(m.group("num"))
    if strict and not _heading_like(para, title, nested="." in number and number_key(number)[0] < MINUTE_REF_FIRST):
        return None
    label = text[m.start("label"):m.start("num")] if m.groupdict().get("label") else ""
    return ItemHeading(number=number, title=title.rstrip(":-– "), exempt=bool(m.group("exempt")), page_start=start,
                       page_end=end, file_number=file_number, label=re.sub(r"\s+", " ", label))


def opens_with_number(text: str) -> bool:
    """Whether ``text`` starts with an item number of any shape (``4.``, ``(a)``, ``A 16-0361``, ``R2023-093``)."""
    if (filed := _file_after_number().match(text)) is not None:
        text = filed.group("lead") + " " + text[filed.end():]
    return bool(numbered_heading(text) or _other_number().match(text))


def leading_number(text: str) -> ItemNumber | None:
    """The item number ``text`` opens with, of any shape (``4.``, ``(b)``, ``A.``, ``iv)``), read for its
    place in a list; None when it opens with none."""
    if (filed := _file_after_number().match(text)) is not None:
        text = filed.group("lead") + " " + text[filed.end():]
    m = numbered_heading(text) or _other_number().match(text)
    return parse_number(_printed_number(m.group("num"))) if m else None


def _printed_number(num: str) -> str:
    """The number as printed, without what only separates it from the title: ``4.`` → ``4``, ``(26)`` →
    ``26``, ``a)`` → ``a``; a bracketed letter or roman number keeps its brackets (``(a)``, ``(iv)``)."""
    num = num.strip().rstrip(".")
    if num.startswith("(") and num.endswith(")") and num[1:-1].isalpha():
        return num
    return num.strip("()")


@cache
def _other_number() -> re.Pattern[str]:
    """Item numbers beyond arabic ones, from ``number_shapes``: ``(a)``, ``A.``, ``iv)``, ``1.A``,
    ``R2023-093``; a file number may stand between the number and its title (``file_number``)."""
    shapes = "|".join(f"(?:{shape})" for shape in lookup("number_shapes").values())
    labels = alternation(lookup("item_labels"))
    return re.compile(r"^(?P<exempt>\*\s*)?(?:(?P<label>(?i:" + labels + r"))\s*)?(?P<num>" + shapes + r")(?:\s+"
                      + _file_label() + r"(?P<file>"
                      + lookup("file_number") + r"))?\s+" + ITEM_TITLE + "$")


@cache
def _attachment() -> re.Pattern[str]:
    return re.compile(r"\S\." + alternation(lookup("attachment_extensions")) + r"\s*$", re.I)


def names_file(text: str) -> bool:
    """Whether ``text`` ends with a file's name (``… FEBRUARY (PERIOD 8).PDF``, ``attachment_extensions``)."""
    return bool(_attachment().search(text))


@cache
def _labelled_minute() -> re.Pattern[str]:
    """A minute number after a word that names it (``minute_labels``): ``Minute 45. Apologies``,
    ``Min. No 12/24 Finance``; the number is the one printed after the word."""
    return re.compile(r"^(?P<exempt>\*\s*)?(?i:" + alternation(lookup("minute_labels")) + r")\s*"
                      r"(?P<num>[A-Z]{0,5}\d{1,4}(?:[./]\d{1,3}){0,3}[a-z]?)(?:\s*[.):]|\s+[-–—])?\s+"
                      r"(?P<title>[" + CAPITALS + r"\"'‘“(].*)$")


@cache
def _file_after_number() -> re.Pattern[str]:
    """An arabic item number followed by a file number: ``2 16-0046 Introduce …``."""
    return re.compile(r"^(?P<lead>\*?\s*\d{1,4}(?:\.\d{1,3}){0,3}[.)]?)\s+" + _file_label() + r"(?P<file>"
                      + lookup("file_number") + r")\s+(?=\S)")


def _file_label() -> str:
    """``File No.`` before a file number (``file_number_labels``), optional."""
    return r"(?:(?i:" + alternation(lookup("file_number_labels")) + r")\s*)?"


#: An emphasised heading may open its title with a figure: ``4.2 575 East Middlefield Road``.
_EMPHASISED_NUMBER = re.compile(r"^(?P<exempt>\*\s*)?(?P<num>\d{1,4}(?:\.\d{1,3}){0,3})[.)]?\s+(?P<title>\S.*)$")


def _emphasised_number() -> re.Pattern[str]:
    return _EMPHASISED_NUMBER


@cache
def _time_title() -> re.Pattern[str]:
    """``6 P.M. SPECIAL MEETING``: a clock time, not item 6."""
    return re.compile(r"^" + alternation(lookup("time_titles")) + r"(?![\w])", re.I)


@cache
def _description_label() -> re.Pattern[str]:
    """A description label run onto the title line: ``… of April 30, 2013 Recommendation: Approve …``."""
    return re.compile(r"\s+" + alternation(lookup("description_labels")) + r"\s*:", re.I)


def _cut_time_slot(title: str) -> str:
    """An agenda title without the time slot printed after it (``CALL TO ORDER 6:00 PM``), unless a word
    before the time makes it part of the title (``Closed Session at 5:30 p.m.``: ``time_slot_leads``)."""
    m = TIME_SLOT_END.search(title)
    if m is None:
        return title
    head = title[:m.start()].rstrip(" -–—,")
    words = head.split()
    if not words or words[-1].lower() in lookup("time_slot_leads"):
        return title
    return head


def _cut_at_description(title: str) -> str:
    m = _description_label().search(title)
    return title[:m.start()] if m else title


#: A title in capitals run on into ordinary text: ``PUBLIC FORUM (15 MINUTES) A representative attended …``.
_UPPER_RUN_IN = re.compile(r"^(?P<lead>[^\sa-z]*[A-Z][^\sa-z]*(?:\s+[^\sa-z]+){0,14}?)\s+(?=[A-Z][a-z]*\s+[a-z]\S*\s+\S+"
                           r"|[A-Z][a-z]+\s+\S+\s+\S+)")
#: ... with at least this many letters in it (``PUBLIC FORUM``, not ``A``).
MIN_UPPER_LETTERS = 4


@cache
def _run_in() -> re.Pattern[str]:
    """A minute's title of capitalised words that runs on into its text with nothing between: ``Election of
    Chairman It was proposed …`` (``run_in_openers``, then a lower-case word)."""
    small = alternation(lookup("english_function_words"))
    word = r"(?:[" + CAPITALS + r"][\w'’&/-]*|(?-i:" + small + r"))"
    return re.compile(r"^(?P<lead>[" + CAPITALS + r"][\w'’&/-]*(?:\s+" + word + r"){0," + str(MAX_LEAD_WORDS - 1)
                      + r"}?)\s+(?=(?i:" + alternation(lookup("run_in_openers")) + r")\s+(?-i:[a-z])\S*(?:\s+\S+){2})")


def _lead_title(para: Para, title: str) -> str:
    """The heading part of a minute that runs on into its text on the same line: ``Police Report: No Police
    presence…``, ``Grounds maintenance contract – It was noted that…``, ``Minutes of 6th August – Agreed``."""
    lead, colon, rest = title.partition(": ")
    if not colon:
        lead, colon, rest = title.partition(":- ")
    if colon and rest[:1].isupper() and len(lead.split()) <= MAX_LEAD_WORDS:
        return lead
    emphasised = para.bold or para.heading is not None
    if len(title.split()) > MAX_TITLE_WORDS or title.endswith("."):
        run_in = _run_in().match(title) or _UPPER_RUN_IN.match(title)
        if run_in and sum(c.isalpha() for c in run_in.group("lead")) >= MIN_UPPER_LETTERS:
            # "Election of Chairman It was proposed …", "PUBLIC FORUM (15 MINUTES) A representative …"
            return run_in.group("lead")
    dash = _RUN_ON_DASH.search(title)
    if dash and not emphasised and len(title[:dash.start()].split()) <= MAX_LEAD_WORDS:
        rest = title[dash.end():]
        if _VERDICT_TAIL.match(rest) or (rest[:1].isupper() and not rest.isupper()
                                         and (len(title.split()) > 20 or rest.rstrip().endswith("."))):
            return title[:dash.start()].strip()
    return title


def _heading_like(para: Para, title: str, *, nested: bool) -> bool:
    words = len(title.split())
    emphasised = para.bold or para.heading is not None
    if emphasised or words > MAX_TITLE_WORDS:
        return words <= MAX_TITLE_WORDS  # longer than any heading: a paragraph of prose under a number
    agenda_like = agenda_wording(title)
    if title.endswith(_TRAILING_PUNCT) and not title.endswith("etc."):
        # Parish minutes repeat the agenda's wording, full stop included: "4/17 To approve the minutes … 2016.";
        # a short title may end with a colon before its text: "3/17 Invitation to the public to address the meeting:".
        colon_title = title.endswith(":") and not nested and words <= MAX_COLON_TITLE_WORDS
        if not ((agenda_like and title.endswith((".", ":", ";"))) or colon_title):
            return False
        if title.endswith(".") and not _agenda_verb().match(title) and _FINITE_VERB.search(title):
            return False  # "338.1 The Minutes of the Planning Meeting … were APPROVED.": a sentence
        if title.endswith(".") and words > SENTENCE_WORDS and not _agenda_verb().match(title):
            return False  # "(a) Circulated, copy of Statutory Notice dated … in Red.": a sentence of record
    if agenda_like:
        return True
    limit = 12 if nested else 20
    return words <= limit


#: A sentence that opens with a past participle and a comma (``Circulated, report of …``, ``Also considered, …``).
_REPORTED = re.compile(r"^\s*(?:also\s+)?[A-Za-z]{3,}ed\s*,\s", re.I)


def _topic_word(word: str) -> bool:
    """A capitalised word that names a topic (``Payments``, ``Planning``), not a word of record: no past
    participle (``Noted``, ``Circulated``), nothing that says there was none (``Nil``) or gives a verdict."""
    lower = word.lower()
    return (word[:1].isupper() and not lower.endswith("ed") and lower not in lookup("none_words")
            and lower not in lookup("motion_carried") and lower not in lookup("motion_lost"))


def agenda_wording(title: str) -> bool:
    """A title worded like an agenda entry: ``To receive apologies…``, ``Disclosure of Interests``, ``PLANNING``
    — an agenda verb first, or capitals on most of its words — not a sentence of prose."""
    if _agenda_verb().match(title) or title.isupper():
        return True
    if _REPORTED.match(title):
        return False  # "Circulated, report of the Chairperson …": what was done, told as a sentence
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title) if w.lower() not in _SMALL_WORDS]
    if len(words) == 1 and len(title.split()) == 1:
        return _topic_word(words[0])  # "a) Payments", "(b) Correspondence": a sub-item named by its topic
    if len(words) < 2:
        return False
    capitals = sum(w[:1].isupper() for w in words)
    if capitals >= TITLE_CASE_SHARE * len(words):
        return True
    # "(a) Accounts for payment", "(b) Bank reconciliation": a short topic in sentence case, no verb, no stop
    return (len(title.split()) <= SENTENCE_CASE_WORDS and title[:1].isupper() and not title.rstrip().endswith(".")
            and not _FINITE_VERB.search(title) and not words[0].lower().endswith("ed"))

"""Compiled patterns shared by the segmenter and the extractors, built once from ``models/terms.json``.

Wordings (headings, labels, decision words) come from the term lists; only the
shapes of numbers (item numbers, page ranges) are written here. All patterns
are anchored and free of nested quantifiers, so they run in linear time.
"""

from __future__ import annotations

import re
from functools import cache

from .vocab import alternation, lookup

_SEP = r"\s*(?:[:;.\-–—]+\s*|$)"  # what may follow a label: punctuation, or the end of the line
#: How a decision may be qualified between its word and its wording: ``RESOLVED unanimously to``.
_ADVERB = r"(?:unanimously|nem\.?\s*con\.?|by\s+a\s+majority(?:\s+vote)?)"


#: An item's title after its number: a capital, a quote or a bracket first; or a code with letters in it
#: (``2A Planning``); or a year or a year range before a capitalised word (``2024-25 Operating Budget``,
#: ``2023 Annual Report``), as US agendas name budgets and reports.
#: Capital letters of the Latin alphabets councils write in (``Ōtaki``, ``Ó Ceallaigh``, ``Ŵyl``), for a character class.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
ITEM_TITLE = (r"(?P<title>[" + CAPITALS + r"\"'‘“(\[].*|\d[\w/.-]*[A-Za-z][\w/.-]*\s.*"
              r"|(?:19|20)\d{2}(?:[-–/](?:19|20)?\d{2})?\s+[A-Z].*)")


@cache
def item_number() -> re.Pattern[str]:
    """An item heading: optional ``*`` (exempt), optional ``Item No`` or ``#``, the number, then the title."""
    return re.compile(
        r"^(?P<exempt>\*\s*)?(?:(?P<label>(?i:(?:agenda\s+)?item(?:\s*(?:no\.?|number|#))?))\s*|#\s*)?"
        r"(?P<num>(?:[A-Z]{2,5}\s?(?=\d{1,4}/))?\d{1,4}(?:-\d{2,4}(?=/))?(?:[./]\d{1,3}){0,3}[a-z]?)"
        # The space after the number's full stop may be lost in extraction ("13.REPORT FROM CLOSED SESSION"):
        # an upper-case word right after the stop is still a title (a roman sub-number, "3.III.", is no word).
        r"(?:(?:\s*[.):]|\s+[-–—])?\s+|\.(?=[A-Z]{3,}(?:\s|$)))" + ITEM_TITLE + "$"
    )


@cache
def item_label() -> re.Pattern[str]:
    """A bare ``Item 7`` / ``Item No 5`` line (report front pages)."""
    return re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?|number)?\s*(?P<num>[A-Z]{0,5}\s?\d{1,4}(?:[./]\d{1,3})?)\s*$",
                      re.I)


@cache
def heading(key: str) -> re.Pattern[str]:
    """A line that *is* one of the term list's headings, optionally followed by ``:`` or ``-``."""
    words = lookup(key)
    if not isinstance(words, tuple):
        words = tuple(w for group in words.values() for w in group)
    return re.compile(r"^\s*" + alternation(words) + _SEP, re.I)


@cache
def prefixed(key: str) -> re.Pattern[str]:
    """A line that starts with one of the term list's phrases."""
    return re.compile(r"^\s*" + alternation(lookup(key)) + r"(?![\w])", re.I)


@cache
def labelled(key: str) -> re.Pattern[str]:
    """``Label: value`` where the label is one of the term list's words; the value is group ``value``."""
    return re.compile(r"^\s*" + alternation(lookup(key)) + r"\s*[:\-–]\s*(?P<value>\S.*)$", re.I)


@cache
def attendance_heading() -> re.Pattern[str]:
    """An attendance heading (``Present:``, ``Members Present:-``, ``Apologies``); group ``status`` tells which."""
    groups = "|".join(f"(?P<{status}>{alternation(words)})"
                      for status, words in lookup("attendance_headings").items())
    # "PRESENT Cllr R Crisp, …": a heading in capitals may run straight into the first name, no colon
    run_in = r"(?-i:(?<=[A-Z]{2})\s+(?=[A-Z](?:[a-z]|\.?\s)))"
    # "PRESENT (Five Councillors):- …": a count or note in brackets before the separator
    return re.compile(r"^\s*(?:" + groups + r")(?:\s*\([^()]{1,40}\))?\s*(?:[:;.\-–—]+|$|" + run_in + ")", re.I)


@cache
def decision() -> re.Pattern[str]:
    """A decision block's opening: ``RESOLVED``, ``It was RESOLVED``, ``AGREED``, ``Be it resolved`` (Canada)… (upper
    case, as minutes print them)."""
    words = alternation(lookup("decision_words"))
    preamble = r"(?:" + alternation(lookup("decision_preambles")) + r")\s*,?\s*(?=it\s+was\b)"  # "Following discussion it was"
    return re.compile(r"^\s*(?:" + preamble + r")?(?:it\s+was\s+(?:(?:further|also|unanimously)\s+)?|and\s+|members\s+|unanimously\s+"
                      r"|(?:now\s+)?(?:therefore\s+)?(?:and\s+)?be\s+it\s+(?:further\s+)?)?(?P<word>"
                      + words + r")(?![\w-])", re.I)


@cache
def decision_in_sentence() -> re.Pattern[str]:
    """A decision opening a sentence inside a paragraph: ``… CARRIED unanimously. It was APPROVED that;``,
    ``Financial Regulations   Councillors resolved to sign``.

    The subject (``it was``, ``Councillors``, ``the committee``) comes from the term lists; a lower-case
    verb must be followed by ``to`` or ``that`` so that "the council agreed earlier" is not a decision.
    """
    words = alternation(lookup("decision_words"))
    subjects = alternation(lookup("decision_subjects"))
    return re.compile(r"(?:(?<=[.;!?]\s)|(?<=\s\s\s)|(?<=\band\s)|^)" + subjects
                      + r"\s+(?:(?:further|also|unanimously|therefore)\s+)?"
                      r"(?P<word>" + words + r")(?![\w-])(?=\s*(?:" + _ADVERB + r"\s+)?(?:not\s+)?(?:to|that)\b|\s*[:;–-]|\s*$)",
                      re.I)


@cache
def decision_lead() -> re.Pattern[str]:
    """What may stand between the decision word and the decision: ``to``, ``that``, ``:``, ``;``, a dash."""
    leads = alternation(lookup("decision_leads"))
    return re.compile(r"^\s*(?:[:;,.\-–—]\s*)*(?:" + _ADVERB + r"\s*(?:[:;,\-–—]\s*)*(?=(?:" + leads + r")\b))?"
                      r"(?:(?:" + leads + r")\b\s*(?:[:;,\-–—]\s*)*)?", re.I)


@cache
def motion() -> re.Pattern[str]:
    """A moved and seconded motion up to its wording: ``Moved by Cllr A, seconded by Cllr B, that``,
    ``Proposed Cllr A, seconded Cllr B:``, ``It was moved and seconded that``.

    Groups: ``mover`` (from the mover word to the seconder word) and ``gap`` (from the seconder word to the
    ``that`` / ``to`` / ``:`` before the wording, where a verdict such as ``and unanimously agreed`` may stand).
    Both are bounded so that a stray ``proposed`` far from any ``seconded`` is no motion. Group ``decided`` is
    set when the body's decision is the wording (``…, seconded by Y, the Board approved …``): it was carried.
    """
    movers = alternation(lookup("motion_movers"))
    seconders = alternation(lookup("motion_seconders"))
    nouns = alternation(lookup("motion_nouns"))  # "… seconded approval of the consent agenda": the wording itself
    # "…, seconded by Y, and carried unanimously, the Council approved …": the body's decision is the wording.
    decided = (r"(?P<decided>,)\s*(?=(?:the\s+)?" + alternation(lookup("decision_subjects")) + r"\s+"
               + alternation(lookup("passive_decision_verbs")) + r"\s)")
    return re.compile(r"(?<![\w])" + movers + r"(?![\w])(?P<mover>[^\n]{0,120}?)(?<![\w])" + seconders
                      + r"(?![\w])(?P<gap>[^\n]{0,120}?)(?:(?<![\w])(?:that|to)(?![\w])|:|(?<=\s)(?=" + nouns + r"\s)|"
                      + decided + r")", re.I)


@cache
def motion_moved_first() -> re.Pattern[str]:
    """A motion whose wording follows its mover: ``Cllr A proposed that``, ``Councillor B moved:`` (the
    seconder comes after the wording: ``…, seconded by Cllr C. Carried``)."""
    movers = alternation(lookup("motion_movers"))
    # "Councilmember Patel moved to continue the hearing …" (US): "moved to" and a verb.
    # "Cllr A moved approval of the accounts, seconded by Cllr B": the motion named by its noun.
    nouns = alternation(lookup("motion_nouns"))
    return re.compile(r"(?<![\w])" + movers + r"\s*,?\s*(?:that(?![\w])|:|(?-i:to)\s+(?=[a-z])|(?=" + nouns + r"\s))",
                      re.I)


@cache
def motion_verdict() -> re.Pattern[str]:
    """A motion's verdict ending its sentence: ``. Carried.``, ``Motion carried (5 for, 2 against)``,
    ``On being put to the vote the motion was LOST``; group ``lost`` or ``carried`` tells which.

    The verdict opens the text, a sentence, a clause after a comma or dash, or a bracket, and only the tail
    words (``unanimously``, ``by 5 votes to 2``, a bracket) may follow it before the sentence ends, so that
    "the works be carried out" or "the report, approved in May, be published" are no verdicts.
    """
    leads = alternation(lookup("motion_verdict_leads"))
    tails = alternation(lookup("motion_verdict_tails"))
    lost = alternation(lookup("motion_lost"))
    carried = alternation(lookup("motion_carried"))
    # "…, with Commissioner Olsen voting aye": who voted which way, part of the verdict
    noted = r"with\s+[^.;()]{1,80}?\s+" + alternation(lookup("vote_notes")) + r"(?![\w])"
    return re.compile(
        r"(?:^|(?<=[.;,!?])\s+|\s+[-–—]+\s*|\s*\(\s*|\s{3,})"
        r"(?:" + leads + r"[\s,:]+)?(?:" + leads + r"[\s,:]+)?"
        r"(?:(?P<lost>" + lost + r")|(?P<carried>" + carried + r"))(?![\w-])"
        r"(?:[\s,:/–-]*(?:\d+(?!\d)|\([^()]{0,400}\)|" + noted + r"|" + tails + r"(?![\w])))*"
        r"\s*(?:[.;!?)]|$|\s{3,})", re.I)


#: ``REPORT for meeting to be held on Thursday 17 December``: the date follows as group ``value``.
TO_BE_HELD = re.compile(r"\bmeeting\s+(?:to\s+be\s+)?held\s+on\s+(?P<value>.*)$", re.I)
PAGE_RANGE = re.compile(
    r"(?:\(\s*pages?\s*(?P<a>\d{1,4})(?:\s*[-–]\s*(?P<b>\d{1,4}))?\s*\)"
    r"|\bpages?\s+(?P<c>\d{1,4})(?:\s*[-–]\s*(?P<d>\d{1,4}))?"
    r"|(?<![\d/-])(?P<e>\d{1,4})\s+[-–]\s+(?P<f>\d{1,4})"
    # a contents line's dot leaders, then its page: "Mayor's Report ........ 15"
    r"|\s*(?:\.{4,}|…{2,}|(?:\.\s){3,}\.?|_{4,})\s*(?P<g>\d{1,4})?)\s*$",
    re.I,
)
CLAUSE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s", re.I)
SIGNATURE = re.compile(
    r"^\s*(?:(?:the\s+)?(?:chair|chairman|chairperson|chairwoman|mayor)(?:'s)?(?:\s+signature)?\s*[:._\s]*"
    r"|signed\b.*|chair\s*_{2,}.*|_{4,}.*)$", re.I)
#: What may follow a clock time's digits: ``o'clock``, and am or pm (``p.m.``, ``P. M.``), hours.
CLOCK_TAIL = r"(?:\s*o['’]?\s*clock)?\s*(?:a\.?m\.?|p\.?m\.?|[ap]\.\s+m\.?|hours|hrs)?"
MEETING_END = re.compile(
    r"\b(?:(?:meeting|it)\s+(?:was\s+)?(?:finished|closed|ended|concluded|terminated|rose|adjourned)"
    # "President Bell adjourned the meeting at 8:05 p.m.", "the Chair closed the meeting at 9.10pm",
    # "That Council adjourn at 8:42 p.m."
    r"|(?:adjourned|closed)\s+the\s+meeting|(?:council|board|committee|commission|we)\s+(?:do\s+now\s+)?adjourn(?:ed)?"
    # "final closure of the meeting was at 9.35pm", "Adjourned at 9:56 p.m." opening a sentence
    r"|closure\s+of\s+the\s+meeting\s+was|(?:^|(?<=[.;]\s))adjourned)\s+at\s+"
    r"(?P<time>[\d.:]{1,5}" + CLOCK_TAIL + r")", re.I)
#: ``Mayor Smith called the meeting to order at 7:00 p.m.``, ``The meeting opened at 9.30am``: the start, told in prose.
MEETING_START = re.compile(
    r"\b(?:called\s+(?:the\s+meeting\s+)?to\s+order|(?:meeting|it)\s+(?:was\s+)?(?:called\s+to\s+order|opened|commenced|began|started))"
    r"\s+at\s+(?P<time>[\d.:]{1,5}" + CLOCK_TAIL + r")", re.I)
TIME_RANGE = re.compile(
    r"(?P<a>\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))\s*(?:to|[-–—]|until)\s*"
    r"(?P<b>\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))", re.I)
#: A time slot printed before an item's number: a range (``7:35 - 9:30 PM``) or the time it starts
#: (``6:05 p.m.``, ``7 PM``); a single time needs a colon or am/pm, so that ``4.10`` stays an item number.
TIME_SLOT = re.compile(r"(?:" + TIME_RANGE.pattern + r"|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?)"
                       r"(?=\s)", re.I)
#: A time printed at the end of an item's title (its estimated time, at the right margin): ``CALL TO ORDER
#: 6:00 PM``, ``PRESENTATIONS 6:05 - 6:20 PM``; a single time needs am/pm.
TIME_SLOT_END = re.compile(r"\s+(?:" + TIME_RANGE.pattern + r"|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?)\s*$", re.I)

#: A minute number before a heading: ``4.``, ``2307.01``, ``125/20``, ``Cou/285/07-08``, ``C 10/034``, ``(26)``, ``*450``.
NUMBER_PREFIX = re.compile(
    r"^\s*\*?(?:\(\d{1,4}\)|(?:[A-Z][A-Za-z]{0,4}\s?/|[A-Z]{1,5}\s)?\d{1,4}(?:-\d{2,4}(?=/))?(?:[./]\d{1,4}){0,3}(?:-\d{2})?[a-z]?"
    r"(?:[.):]|\s+[-–—])?)\s+")

#: A month's name, whole or cut short (``Mar``, ``March``), and a weekday's name.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

#: ``19 July 2018`` reads like item 19 titled "July 2018": a title that starts with a month makes it a date.
MONTH_START = re.compile(r"^" + MONTH + r"\.?(?:\s+\d{2,4}|\s*$|,)", re.I)


def numbered_heading(text: str) -> re.Match[str] | None:
    """An item-number match for ``text``, unless it is really a date (``19 July 2018``) or a postal address
    (``405 Biltmore Way, Coral Gables, FL 33134``: a bare street number, then a line ending in a postcode)."""
    m = item_number().match(text)
    if m and m.group("num").isdigit() and int(m.group("num")) <= 31 and MONTH_START.match(m.group("title")):
        return None
    if m and m.group("num").isdigit() and text[m.end("num")].isspace() and _postal_end().search(m.group("title")):
        return None
    return m


@cache
def _postal_end() -> re.Pattern[str]:
    """A line that ends with a postal code (``postal_codes``: ZIP, postcode, postal code, Eircode)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(lookup("postal_codes")) + r")\s*$")

"""Person names in attendance and membership lists: split, cleaned, described and linked.

Council papers print who attended as prose lists (``Councillors Wright (chair),
Fullman (vice chair) Carlo, Sands (M) (substitute for Sands (S))``), as one
person per line (``Kim Wright, partnership manager (Department of Work and
Pensions)``) or as table cells. The spaCy component ``councildocs_people``
(:mod:`councildocs.nlp`) tags titles and roles from ``models/`` and calls
:func:`doc_to_mentions` here to cut the list into people; the wordings it relies
on (titles, roles, substitute phrases, position and organisation words) are
term lists in ``models/terms.json``, never literals in this module.

Names are kept as printed with their disambiguators (``Sands (M)``); titles
(``Councillor``, ``Cllr``, ``Mr``) are dropped from the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz.fuzz import ratio

from ..vocab import alternation, lookup, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A disambiguator printed after a surname: ``(M)``, ``(Va)``, ``(S)``.
_DISAMBIGUATOR = re.compile(r"^[A-Z][a-z]{0,2}\.?$")
# Lower-case words that may sit inside a name (``de``, ``van der``, Welsh ``ap``).
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "du", "da", "di", "le", "la", "del", "ter", "ap", "bin",
                        "al", "y", "dos", "das"})
_ACRONYM = re.compile(r"^\(?(?:[A-Z]\.?){2,7}\)?$")
_SPLITTERS = frozenset({"and", "&"})
_HARD = frozenset({",", ";", ":", "."})
#: A dash printed alone between spaces ends a piece (``Cllr A Brown – Chairman``).
DASHES = frozenset({"-", "–", "—", "--"})
_WORD = re.compile(r"[\w'’]+")
# A note that names whom a member stood in for (not a bare "for …", which may be anything).
_SUB_WORD = re.compile(r"^(?:as\s+(?:a\s+)?)?(?:substitut|sub\b|deputis|replacing|in\s+place)", re.I)


@dataclass(slots=True)
class PersonMention:
    """One person in a list, as printed: name (titles dropped), role, and what is printed beside it."""

    name: str
    role: str | None = None
    substitute_for: str | None = None
    position: str | None = None
    organisation: str | None = None
    party: str | None = None
    titled: bool = False
    start: int = 0
    end: int = 0
    post_nominal: str | None = None  # honours printed after the name: "OBE", "MBE"
    courtesy: str | None = None  # the courtesy title printed (Mr, Ms): "Mr J Meade" and "Ms J Meade" are two people


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins every token again on each ``doc.text``."""
    text = doc.user_data.get("councildocs.text")
    if text is None:
        text = doc.user_data["councildocs.text"] = doc.text
    return text


def term_list(key: str) -> tuple[str, ...]:
    """The words of term list ``key`` (groups flattened) with those of ``key_extra`` in ``models/attendance.json``."""
    words: tuple[str, ...] = ()
    for name in (key, f"{key}_extra"):
        if name in terms():
            found = lookup(name)
            words += tuple(found) if isinstance(found, tuple) else tuple(w for group in found.values() for w in group)
    return words


@cache
def _phrase(key: str, anchor: str = "") -> re.Pattern[str]:
    words = term_list(key)
    core = alternation(words)
    if anchor == "full":
        return re.compile(r"^\W*" + core + r"\W*$", re.I)
    if anchor == "start":
        return re.compile(r"^\W*(?:the\s+)?" + core + r"(?![\w])", re.I)
    if anchor == "end":
        return re.compile(r"(?<![\w])" + core + r"\W*$", re.I)
    return re.compile(r"(?<![\w])" + core + r"(?![\w])", re.I)


@cache
def _role_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, re.compile(r"^\W*" + alternation([w]) + r"\W*$", re.I)) for role, w in _role_wordings())


@cache
def _any_role() -> re.Pattern[str]:
    """Every role wording's pattern in one: it matches a text exactly when one of :func:`_role_patterns`
    does (each is ``^\\W*`` wording ``\\W*$``), so the wordings are tried one by one only for a text that is a
    role. Most texts asked are not (every piece of a list of names is asked), and one C-level match
    costs less than a Python loop over some fifty patterns."""
    return re.compile(r"^\W*(?:" + "|".join(alternation([w]) for _, w in _role_wordings()) + r")\W*$", re.I)


@cache
def _role_wordings() -> tuple[tuple[str, str], ...]:
    """(role, wording) pairs, longest wording first, so "vice chair" is never read as "chair"."""
    pairs = [(role, word) for role, words in lookup("roles").items() for word in words]
    pairs.sort(key=lambda p: len(p[1]), reverse=True)
    return tuple(pairs)


def text_to_role(text: str) -> str | None:
    """``chair`` / ``vice-chair`` when the whole text is a role wording (``Vice-Chairman``), else None.

    A list of role wordings (``Vice-Chairman, in the Chair``) gives the first one's role.
    """
    if _any_role().match(text):
        for role, pattern in _role_patterns():
            if pattern.match(text):
                return role
    parts = [p for p in re.split(r"\s*,\s*|\s+and\s+", text.strip()) if p]
    if len(parts) > 1:
        roles = [text_to_role(p) for p in parts]
        if all(roles):
            return roles[0]
    return None


@cache
def _substitute_lead() -> re.Pattern[str]:
    return re.compile(r"^\W*" + alternation(lookup("substitute_words")) + r"\s*[:\-–]?\s*(?P<rest>\S.*)$", re.I)


@cache
def leading_titles() -> re.Pattern[str]:
    return re.compile(r"^(?:\s*" + alternation(term_list("titles")) + r"(?:\.|(?![\w])))+\s*", re.I)


def strip_titles(name: str) -> str:
    """``Councillor Sands (S)`` → ``Sands (S)``; ``Cllr Dr A Khan`` → ``A Khan``."""
    name = " ".join(name.split()).strip(" ,;:.")
    stripped = leading_titles().sub("", name)
    return stripped.strip(" ,;:") or name


def is_none(text: str) -> bool:
    """True for ``None``, ``Nil``, ``To be confirmed``, ``There were no apologies.``"""
    return bool(_phrase("none_words", "full").match(text.strip()))


@cache
def _party() -> re.Pattern[str]:
    return re.compile(r"^\W*" + alternation(lookup("party_labels")) + r"(?:\s+"
                      + alternation(lookup("party_label_suffixes")) + r")?\W*$", re.I)


def is_party(text: str) -> bool:
    """True for a party label printed after a member's name: ``Lab``, ``Lib Dem``, ``Conservative Group``."""
    return bool(_party().match(text.strip()))


def is_count(text: str) -> bool:
    """True when ``text`` opens with a number of people (``3 members of the public``, ``two residents``)."""
    words = text.split()
    return bool(words) and (words[0].isdigit() or words[0].lower() in lookup("count_words"))


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.strip()))


def _strip_trailing_paren(text: str) -> str:
    return re.sub(r"\s*\([^()]*\)\s*$", "", text).strip()


def position_like(text: str) -> bool:
    """A job title: starts or ends with a position word (``Head of Youth``, ``partnership manager``)."""
    core = _strip_trailing_paren(text)
    return bool(core) and bool(_phrase("position_words", "start").match(core)
                               or _phrase("position_words", "end").search(core))


def job_before_department(text: str) -> bool:
    """A job printed before the department it runs, with no "of" between (New Zealand, Australia): ``Group
    Manager Finance``, ``Director Community Services``; every word capitalised, a position word among them.
    An organisation word in it is part of the job's name (``Group``) or the department's (``Services``)."""
    words = _strip_trailing_paren(text).split()
    return len(words) > 1 and all(w[:1].isupper() or w.lower() in _job_connectors() for w in words) \
        and words[0][:1].isupper() and words[-1][:1].isupper() and bool(_phrase("position_words").search(text))


@cache
def _position_acronyms() -> frozenset[str]:
    return frozenset(lookup("position_acronyms"))


@cache
def _absence_notes() -> frozenset[str]:
    return frozenset(lookup("absence_notes"))


def is_absence_note(text: str) -> bool:
    """A reason printed beside an absence or apology (``excused``, ``holiday``): not a position."""
    note = " ".join(text.strip(" ()[],;.").lower().split())
    # "(all personal reasons)" after the last of several: the reason each of them gave
    return note in _absence_notes() or (note.startswith(("all ", "both ")) and note.split(" ", 1)[1] in _absence_notes())


def organisation_like(text: str) -> bool:
    """A body: holds an organisation word, or is (or ends with) an acronym (``NCC``, ``(OPCCN)``) that is not
    a job's (``CAO``)."""
    text = text.strip()
    if text in _position_acronyms():
        return False
    if is_acronym(text) or re.search(r"\((?:[A-Z]\.?){2,7}\)\s*$", text):
        return True
    return bool(_phrase("organisation_words").search(text))


def _split_top(text: str, seps: str = ",;") -> list[tuple[int, int]]:
    """Spans of ``text`` between separators that are not inside brackets."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t.":
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def descriptor_to_position(text: str) -> tuple[str | None, str | None]:
    """Split what is printed beside an officer's name into (position, organisation).

    The organisation is the last comma-separated part when it names a body;
    ``... (OPCCN) and Chair of the NCCSP Partnership`` gives its trailing
    job back to the position. A bare job title gives no organisation.
    """
    text = " ".join(text.split()).strip(" ,;:.–-")
    segs = _split_top(text)
    if not segs:
        return None, None
    a, b = segs[-1]
    last = text[a:b]
    before = text[:segs[-2][1]].strip() if len(segs) > 1 else ""
    # "partnership manager (Department of Work and Pensions)"
    paren = re.match(r"^(?P<pos>.*?\S)\s*\((?P<org>[^()]+)\)$", last)
    if paren and (position_like(paren["pos"]) or not organisation_like(paren["pos"])) \
            and organisation_like(paren["org"]):
        position = (text[:a] + paren["pos"]).strip(" ,")
        return position or None, paren["org"].strip()
    parts = re.split(r"\s+and\s+", last)
    if len(parts) > 1 and organisation_like(parts[0]) and position_like(parts[-1]):
        organisation = " and ".join(parts[:-1])
        position = " and ".join(p for p in (before, parts[-1]) if p)
        return position or None, organisation
    if (position_like(last) and not is_acronym(last)) or last in _position_acronyms() \
            or (not before and job_before_department(last)):
        return text, None
    if organisation_like(last):
        return before or None, last
    return text, None


# --- splitting a list into people (called by the spaCy component) ---------------------------------

@dataclass(slots=True)
class _Piece:
    """A stretch of tokens between separators, read as a name or as a description."""

    start: int  # token indices, end exclusive
    end: int
    kind: str = "desc"  # name | desc | skip
    name: tuple[int, int] | None = None  # char span of the name, disambiguators included
    role: str | None = None
    substitute_for: str | None = None
    party: str | None = None
    titled: bool = False
    prefix: str | None = None  # a job printed before the name: "Clerk J Connelly", "the Clerk"
    descs: list[str] = field(default_factory=list)  # descriptions in brackets after the name
    after_dash: bool = False
    after_label: bool = False  # follows a colon or a spaced dash: "Clerk: Mrs A Brown", "Clerk – Mrs A Brown"
    office: str | None = None  # an office printed as a title before the name: "Mayor Tom Piper"
    courtesy: str | None = None
    bracketed: bool = False  # the name is in brackets after a job: "Director, Housing (Mr. B. Kennedy)"
    bracket_at: int = 0  # char offset of that bracket
    role_stated: bool = False  # the role is printed in brackets ("(in the chair)"), not read from a title
    sep: str = ""  # the separator printed after the piece: "," or ";" ("" at the end of the list, or none)


def _is_title(i: int, titles: set[int]) -> bool:
    return i in titles


def _paren_groups(doc: Doc) -> dict[int, int]:
    """Start token of each top-level bracket group → its end (exclusive)."""
    groups, depth, start = {}, 0, 0
    for tok in doc:
        if tok.text == "(":
            if depth == 0:
                start = tok.i
            depth += 1
        elif tok.text == ")" and depth:
            depth -= 1
            if depth == 0:
                groups[start] = tok.i + 1
    if depth:
        groups[start] = len(doc)
    return groups


def _name_token(tok: Token, upper_names: bool) -> bool:
    text = tok.text
    if text in {"-", "'", "’", "."}:  # Fulton-McAlister, O'Neill, an initial's full stop
        return True
    if text.lower() in _PARTICLES:
        return True
    if not text[:1].isupper():
        return False
    if text in _GENERATIONS and tok.i > 0 and tok.nbor(-1).text[:1].isupper() and (
            tok.i + 1 == len(tok.doc) or not tok.nbor(1).text[:1].isalpha()):
        return True  # "Robert Hall III": a generation after a surname is part of the name
    if upper_names or not text.isupper() or len(text) == 1 or text.endswith("."):
        return True
    # An all-capitals word in mixed-case text is an acronym (NCC, EDC), not a surname, unless it is two or
    # three initials run together before a surname ("Cllr JA Smith", "Cllr IV Jones").
    return _run_together_initials(tok)


def _run_together_initials(tok: Token) -> bool:
    """``JA`` in ``Cllr JA Smith``: up to three capitals, no job acronym (``CAO Mary Smith``), right before
    a capitalised word in ordinary case that is no title."""
    if not (tok.text.isalpha() and len(tok.text) <= 3) or tok.text in _position_acronyms() \
            or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.nbor(1).text
    return after.isalpha() and after[:1].isupper() and not after.isupper() and not leading_titles().fullmatch(after)


#: Generations printed after a surname.
_GENERATIONS = frozenset({"II", "III", "IV"})


def _bracketed_name(doc: Doc, start: int, end: int, titles: set[int], upper_names: bool) -> tuple[int, int] | None:
    """Char span of a titled name filling tokens ``start:end`` (``Councillor J Smith`` in ``The Mayor (...)``)."""
    i = start
    while i < end and i in titles:
        i += 1
    if i in (start, end) or not all(_name_token(doc[k], upper_names) for k in range(i, end)):
        return None
    return doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _analyse(doc: Doc, piece: _Piece, groups: dict[int, int], titles: set[int], roles: dict[int, str],
             upper_names: bool) -> None:
    """Fill in ``piece``: which tokens are its name, its title, role and bracketed notes."""
    whole_role = text_to_role(doc[piece.start:piece.end].text)
    if whole_role:  # "Cllr G Mazower, Town Mayor": a role printed after the name, not a person
        piece.role, piece.kind = whole_role, "skip"
        return
    if _job_then_bracketed_name(doc, piece, groups, titles, upper_names):
        return
    i, name_start, name_end = piece.start, None, None
    prefix_end = None
    courtesy = False  # a title before the name (Mr, Mrs, Cllr)
    while i < piece.end:
        tok = doc[i]
        if i == piece.start or (name_start is None and prefix_end is None and i - 1 in titles):
            job = _leading_job_tokens(doc, i, piece.end, groups, titles)
            if job is not None:  # "Fire Chief-MLEO-CEMC Will Bateman": the job, then the name
                piece.prefix = doc_text(doc)[doc[i].idx:doc[job - 1].idx + len(doc[job - 1].text)]
                prefix_end = i = job
                continue
        if i in groups:
            end = min(groups[i], piece.end)
            inner = doc[i + 1:end - 1].text if doc[end - 1].text == ")" else doc[i + 1:end].text
            role = text_to_role(inner)
            sub = _substitute_lead().match(inner)
            if role:
                piece.role, piece.role_stated = role, True
            elif is_party(inner):  # before the disambiguator test: "(Lab)" has its shape
                piece.party = inner.strip()
            elif name_start is None and (inner_name := _bracketed_name(doc, i + 1, end - 1, titles, upper_names)):
                name_start, name_end = inner_name  # "The Mayor (Councillor J Smith)"
                piece.bracketed = True
                piece.courtesy = piece.courtesy or _courtesy(doc, i + 1, end - 1, titles)
                piece.titled = piece.titled or any(_phrase("member_titles", "full").match(doc[k].text)
                                                   for k in range(i + 1, end - 1) if k in titles)
            elif sub and name_end is not None:
                piece.substitute_for = strip_titles(sub["rest"])
            elif _DISAMBIGUATOR.match(inner.strip()) and name_end is not None and not piece.descs:
                name_end = doc[end - 1].idx + len(doc[end - 1].text)
            elif inner.strip():
                piece.descs.append(inner.strip())
            i = end
            continue
        if name_start is None and (_is_title(i, titles) or tok.lower_ == "the"):
            courtesy = courtesy or _is_title(i, titles)
            if _is_title(i, titles) and not piece.courtesy and not _phrase("member_titles", "full").match(tok.text):
                piece.courtesy = tok.text.rstrip(".").lower()
            if i in roles:
                piece.role = roles[i]
            if _is_title(i, titles) and _phrase("member_titles", "full").match(tok.text):
                piece.titled = True  # printed as a member (Councillor, Cllr), not just Mr or Dr
            i += 1
            continue
        if name_start is None and (_phrase("position_words", "full").match(tok.text) or tok.text in _position_acronyms()) \
                and tok.text[:1].isupper() \
                and i + 1 < piece.end and _name_token(doc[i + 1], upper_names) and doc[i + 1].text[:1].isupper():
            prefix_end = i + 1  # "Clerk J Connelly"
            i += 1
            continue
        job = _job_prefix_end(doc, i, piece.end, titles) if name_start is None else None
        if job is not None:
            prefix_end = i = job  # "Acting Parish Clerk Elizabeth Malcolm", "Parish Clerk- R Turner"
            while i < piece.end and doc[i].text in DASHES:
                i += 1
            continue
        if name_end is not None and tok.text.upper() in lookup("honours"):
            i += 1
            continue
        if not _name_token(tok, upper_names):
            if name_start is not None and i in roles and text_to_role(doc[i:piece.end].text):
                piece.role = piece.role or text_to_role(doc[i:piece.end].text)  # "Councillor Smith in the Chair"
                break
            piece.kind = "desc"
            return
        if name_start is None:
            name_start = tok.idx
        name_end = tok.idx + len(tok.text)
        i += 1
    _office(doc, piece, i, name_start)
    if name_start is None:
        piece.kind = "skip" if piece.titled or piece.role else "desc"
        return
    words = _WORD.findall(doc_text(doc)[name_start:name_end])
    counted = all(w.lower() in lookup("count_words") or w.isdigit() for w in words)
    # A job title is not a name: "Clerk", "Crime Commissioner", "Committee Officer".
    jobs = _phrase("position_words", "full").match(words[-1]) if words else False
    text = doc_text(doc)[name_start:name_end]
    # A party printed bare after a name ("J Smith, Liberal Democrats"), unless the label is also a surname.
    party = is_party(text) and not piece.titled and not _phrase("party_labels_also_surnames", "full").match(text)
    if jobs and not counted and (cut := _trailing_job(words, piece.titled or courtesy)) is not None:
        # "Elaine Atkin Parish Clerk": the name, then its job without a comma
        job_words = len(words) - cut
        last_name_tok = next(k for k in range(piece.end - 1, piece.start - 1, -1)
                             if len(_WORD.findall(doc[k:piece.end].text)) > job_words and doc[k].idx < name_end)
        name_end = doc[last_name_tok].idx + len(doc[last_name_tok].text)
        piece.descs.append(" ".join(words[cut:]))
        words, jobs = words[:cut], False
        text = doc_text(doc)[name_start:name_end]
    if not words or counted or jobs or party or len(words) > 6 or _phrase("organisation_words").search(text):
        piece.kind = "skip" if counted else "desc"
        return
    piece.kind, piece.name = "name", (name_start, name_end)
    if prefix_end is not None and piece.prefix is None:
        piece.prefix = doc[piece.start:prefix_end].text.removeprefix("the ").strip()


def _job_then_bracketed_name(doc: Doc, piece: _Piece, groups: dict[int, int], titles: set[int],
                             upper_names: bool) -> bool:
    """``Director, Housing (Mr. B. Kennedy)``: a piece of job words ending in a titled name in brackets.
    The name is the person; the words before it (no title among them) are their job."""
    k = next((g for g, e in groups.items() if piece.start < g and e == piece.end), None)
    if k is None or any(t in titles for t in range(piece.start, k)):
        return False
    end = piece.end - 1 if doc[piece.end - 1].text == ")" else piece.end
    span = _bracketed_name(doc, k + 1, end, titles, upper_names) or _untitled_bracketed_name(
        doc, piece.start, k, end, upper_names)
    if span is None:
        return False
    piece.kind, piece.name, piece.bracketed, piece.bracket_at = "name", span, True, doc[k].idx
    piece.prefix = doc_text(doc)[doc[piece.start].idx:doc[k].idx].strip(" ,")
    piece.courtesy = _courtesy(doc, k + 1, end, titles)
    piece.titled = any(_phrase("member_titles", "full").match(doc[t].text) for t in range(k + 1, end) if t in titles)
    return True


def _untitled_bracketed_name(doc: Doc, start: int, k: int, end: int, upper_names: bool) -> tuple[int, int] | None:
    """Char span of an untitled full name in brackets after a job (``CAO (Mary Smith)``, ``Administrative
    Officer (Tina Knox)``): the job before the bracket is a position, and the bracket holds two or more
    capitalised name words that are no role, party, job or initials (``Ann Lee (AL)``, ``Sands (M)``)."""
    job = doc[start:k].text.strip(" ,;:-–")
    if not job or not (position_like(job) or job_before_department(job) or job in _position_acronyms()):
        return None
    inner = doc[k + 1:end]
    words = _WORD.findall(inner.text)
    if len(words) < 2 or len(words) > 4 or text_to_role(inner.text) or is_party(inner.text) \
            or position_like(inner.text) or _phrase("organisation_words").search(inner.text):
        return None
    if not all(_name_token(t, upper_names) and (t.text[:1].isupper() or not t.text[:1].isalpha()) for t in inner):
        return None
    return doc[k + 1].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _leading_job_tokens(doc: Doc, i: int, end: int, groups: dict[int, int], titles: set[int]) -> int | None:
    """The token where the name starts when tokens ``i:end`` (up to a bracket) are a job then a name, with no
    title among them (``Chairman Cllr Mrs Shewell`` is titles and a name)."""
    stop = next((g for g in range(i, end) if g in groups), end)
    if stop - i < 3 or any(k in titles for k in range(i, stop)):
        return None
    a = doc[i].idx
    text = doc_text(doc)[a:doc[stop - 1].idx + len(doc[stop - 1].text)]
    at = _leading_job(text)
    if at is None:
        return None
    return next((t for t in range(i, stop) if doc[t].idx >= a + at), None)


def _courtesy(doc: Doc, start: int, end: int, titles: set[int]) -> str | None:
    """The first courtesy title (Mr, Ms, Dr: not a member's title) among tokens ``start:end``."""
    for k in range(start, end):
        if k not in titles:
            return None
        if not _phrase("member_titles", "full").match(doc[k].text):
            return doc[k].text.rstrip(".").lower()
    return None


def _office(doc: Doc, piece: _Piece, end: int, name_start: int | None) -> None:
    """An office printed as a title before the name (``Mayor Tom Piper``, ``Reeve Smith``) is the person's
    position and makes them a member; it gives no role: the Mayor is not always the meeting's chair."""
    stop = end if name_start is None else next((k for k in range(piece.start, end) if doc[k].idx >= name_start), end)
    if stop <= piece.start:
        return
    run = doc[piece.start:stop].text
    m = _phrase("office_titles").search(run)
    if not m:
        return
    piece.office, piece.titled = m.group(0), True
    # "His Worship the Mayor": the role word inside an office is the office's, not a chair's
    if piece.role and not piece.role_stated and piece.role in (text_to_role(m.group(0)),
                                                               text_to_role(m.group(0).split()[-1])):
        piece.role = None


def _leading_job(text: str) -> int | None:
    """Where the name starts after a job printed before it without a comma: ``Fire Chief Will Bateman``,
    ``Municipal Administrator-Clerk-Treasurer Kris Croskery-Hodgins``; None when the text is a name alone.

    The name is the last two words, the job the words before them, and the job must end in a position word
    (or a hyphen compound holding one) while the name holds none.
    """
    words = text.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words[-2:]):
        return None
    job, name = words[:-2], words[-2:]
    # "Director of Public Works Kim Grey": the job's small words are lower case, its own words capitalised.
    if not job[0][:1].isupper() or not all(w[:1].isupper() or w.lower() in _job_connectors() for w in job):
        return None
    if job[-1].lower() in _job_connectors():
        return None  # "Director of Public Works": the words after "of" complete the job, they name no one
    if any(is_position_part(w) for w in name):
        return None
    if not any(is_position_part(w) for w in job):
        return None
    return text.rindex(name[0], 0, len(text) - len(name[1]))


@cache
def _job_connectors() -> frozenset[str]:
    return frozenset(lookup("job_connectors"))


def is_position_part(word: str) -> bool:
    """A position word, alone or as part of a compound of offices held together (``Clerk-Treasurer``,
    ``Chief-MLEO-CEMC``, ``CAO/Clerk``)."""
    return any(_phrase("position_words", "full").match(part) for part in re.split(r"[-/]", word) if part)


def is_job_word(word: str) -> bool:
    """A word of a job title: a position word (``Clerk``) or a word that qualifies one (``Parish``, ``Locum``)."""
    return bool(_phrase("position_words", "full").match(word) or _phrase("position_modifiers", "full").match(word))


#: A job printed before or after a name without a comma is at most this many words (``Acting Parish Clerk``).
MAX_JOB_WORDS = 4


def _job_prefix_end(doc: Doc, i: int, end: int, titles: set[int]) -> int | None:
    """Where a capitalised job of several words that opens a piece ends, when a name follows it:
    ``Acting Parish Clerk Elizabeth Malcolm`` → the index of ``Elizabeth``."""
    j = i
    while j < end and j - i < MAX_JOB_WORDS and doc[j].text[:1].isupper() and is_job_word(doc[j].text):
        j += 1
    if j - i < 2 or not _phrase("position_words", "full").match(doc[j - 1].text):
        return None
    k = j
    while k < end and doc[k].text in DASHES:
        k += 1
    if k < end and (k in titles or (doc[k].text[:1].isupper() and not is_job_word(doc[k].text))):
        return j
    return None


def _trailing_job(words: list[str], titled: bool) -> int | None:
    """Where the job printed after a name starts (``Elaine Atkin Parish Clerk`` → 2), or None when the
    words before it could not be a name (a forename and surname, or a surname after a title)."""
    cut = len(words)
    while cut > 0 and len(words) - cut < MAX_JOB_WORDS and is_job_word(words[cut - 1]) and words[cut - 1][:1].isupper():
        cut -= 1
    if len(words) - cut < 2 and not titled:
        return None  # "Neighbourhood Plan Continuity Officer" is a job, not Mr Continuity
    return cut if cut >= (1 if titled else 2) else None


def _pieces(doc: Doc, titles: set[int], groups: dict[int, int]) -> list[_Piece]:
    """Cut the token stream at separators outside brackets (``groups``); a role or substitute note also ends
    a person."""
    pieces: list[_Piece] = []
    start, i, after_dash, after_label = 0, 0, False, False

    def close(end: int, next_after_dash: bool = False, next_after_label: bool = False) -> None:
        nonlocal start, after_dash, after_label
        if end > start:
            sep = doc[end].text if end < len(doc) and doc[end].text in _HARD else ""
            pieces.append(_Piece(start, end, after_dash=after_dash, after_label=after_label, sep=sep))
        start, after_dash, after_label = end + 1, next_after_dash, next_after_dash or next_after_label

    while i < len(doc):
        tok = doc[i]
        if i in groups:
            end = groups[i]
            inner = doc[i + 1:end - 1].text
            opened, i = i, end
            if text_to_role(inner) or _substitute_lead().match(inner):
                # "(Chair) (Lab)": notes in brackets right after the role still belong to this person
                while i in groups and _note_after_role(doc[i + 1:groups[i] - 1].text):
                    i = groups[i]
                close(i)
                start = i
            elif i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and (
                    start in titles or _initials_of(doc[start:opened].text, inner)):
                # "Mrs N Cooper (Clerk) There were …", "Pam Bullas (PB) Claire Cann (CC)": the bracket ends
                # a titled person, or one whose initials it repeats
                close(i)
                start = i
            continue
        if _second_titled_name(doc, start, i, titles):
            close(i)  # "Cllr Daphne Clements Cllr Ann Hull": two people, no comma between them
            start = i
        if tok.text in _HARD and not (tok.text == "." and i > 0 and doc[i - 1].i in titles):
            close(i, next_after_label=tok.text == ":")
        elif tok.text in DASHES and i > 0 and doc[i - 1].whitespace_ and tok.whitespace_:
            close(i, next_after_dash=True)
        i += 1
    close(len(doc))
    return pieces


#: A generation printed after a surname, after a comma (``Axtell, Jr.``).
_SUFFIX = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?")
#: A sentence run on after a list of people: "There were 0 members of the public.", "It was noted …".
_SENTENCE = re.compile(r"^(?:there|it|this|these|they)\s+(?:were|was|is|are|had|has|have)\b", re.I)


@cache
def _list_titles() -> frozenset[str]:
    return frozenset(lookup("list_titles"))


def _second_titled_name(doc: Doc, start: int, i: int, titles: set[int]) -> bool:
    """Whether the title at ``i`` starts a second person in the piece from ``start``: the piece opened with a
    title and a name followed it (``Cllr Daphne Clements`` | ``Cllr Ann Hull``)."""
    if i not in titles or i - 1 in titles or i - start < 2 or start not in titles \
            or doc[i].text.lower() not in _list_titles():
        return False
    prev = doc[i - 1]
    return (prev.text[:1].isupper() and prev.is_alpha) or prev.text == ")"


def _note_after_role(inner: str) -> bool:
    return is_party(inner) or text_to_role(inner) is not None


def _split_and(doc: Doc, piece: _Piece, groups: dict[int, int], described: bool = False) -> list[_Piece]:
    """``Thomas (Va) and Thomas (Vi)`` → two pieces; brackets (``groups``, from :func:`_paren_groups`) are skipped.

    When the piece may describe the person before it (``described``), a body's name (``Ms B. Quinn, Chair,
    Audit and Risk Committee``) is one piece: no title in it and an organisation word."""
    text = _piece_text(doc, piece) if described and piece.end > piece.start else ""
    if text[:1].isupper() and _ends_with_body_word(text) and not _phrase("titles").search(text):
        return [piece]
    if _department_job(text):
        return [piece]  # "Director of Parks and Recreation": one job, its department named with "and"
    out, start, i = [], piece.start, piece.start
    while i < piece.end:
        if i in groups:
            i = groups[i]
            continue
        if doc[i].lower_ in _SPLITTERS:
            out.append(_Piece(start, i, after_dash=piece.after_dash and not out))
            start = i + 1
        i += 1
    out.append(_Piece(start, piece.end, after_dash=piece.after_dash and not out, sep=piece.sep))
    return [p for p in out if p.end > p.start]


#: A department named after a job's "of" is a few words: ``Parks and Recreation``, ``Legal and Democratic Services``.
DEPARTMENT_WORDS = 3


def _department_job(text: str) -> bool:
    """A job whose department is two things joined by "and" (``Manager of Planning and Development``): the
    words before "and" are a job with "of", the words after it a few capitalised words with no title."""
    head, sep, tail = text.partition(" and ")
    words = tail.split()
    return (bool(sep) and " of " in head and position_like(head) and 0 < len(words) <= DEPARTMENT_WORDS
            and all(w[:1].isupper() for w in words) and not _phrase("titles").search(tail))


@cache
def substitute_phrase() -> str:
    """A substitute note's opening inside a piece: a space, a substitute wording, spaces (``… for ``)."""
    return r"\s" + alternation(lookup("substitute_words")) + r"\s+"


@cache
def _substitute_note() -> re.Pattern[str]:
    return re.compile(substitute_phrase() + r"(?P<rest>\S.*)$", re.I)


def _substitute_split(doc: Doc, piece: _Piece) -> tuple[_Piece, str] | None:
    """``Councillor X for Councillor Y`` (a substitutes list): the piece before ``for`` and the name after it."""
    text = doc_text(doc)[doc[piece.start].idx:doc[piece.end - 1].idx + len(doc[piece.end - 1].text)]
    m = _substitute_note().search(text)
    if not m:
        return None
    cut = doc[piece.start].idx + m.start()
    end = piece.start
    while end < piece.end and doc[end].idx < cut:
        end += 1
    return _Piece(piece.start, end, after_dash=piece.after_dash), strip_titles(m["rest"])


def spans_to_tags(spans: Iterable[tuple[str, int, int, str]]) -> tuple[set[int], dict[int, str]]:
    """The tokens inside TITLE spans, and each token inside a ROLE span with that role, from the span ruler's
    ``(label, start, end, id)``."""
    titles: set[int] = set()
    roles: dict[int, str] = {}
    # Shorter role spans first, so the longer wording wins: "Vice Mayor" is a vice-chair, not a "Mayor".
    for label, start, end, role in sorted(spans, key=lambda s: s[2] - s[1]):
        if label == "TITLE":
            titles.update(range(start, end))
        elif label == "ROLE":
            for k in range(start, end):
                roles[k] = role
    return titles, roles


def upper_case_names(text: str) -> bool:
    """Whether a list prints its names in capitals (most capitalised words are all capitals): then an
    all-capitals word is a name, not an acronym."""
    letters = [w for w in re.findall(r"[A-Za-z]{2,}", text) if w[0].isupper()]
    return bool(letters) and sum(w.isupper() for w in letters) > 0.6 * len(letters)


def piece_to_parts(doc: Doc, piece: _Piece, groups: dict[int, int], titles: set[int], roles: dict[int, str],
                   upper_names: bool, described: bool = False) -> list[_Piece]:
    """``piece`` cut at "and" (:func:`_split_and`), each part read (:func:`_analyse`); a part that reads as no
    name but holds a substitute note (``Cllr X for Cllr Y``) is replaced by the name before the note."""
    parts = _split_and(doc, piece, groups, described=described)
    for part in parts:
        _analyse(doc, part, groups, titles, roles, upper_names)
        if part.kind == "desc":
            split = _substitute_split(doc, part)
            if split:
                head, target = split
                _analyse(doc, head, groups, titles, roles, upper_names)
                if head.kind == "name":
                    head.substitute_for = target
                    parts[parts.index(next(p for p in parts if p.start == head.start))] = head
    return parts


def first_piece_parts(doc: Doc, titles: set[int], roles: dict[int, str], upper_names: bool) -> list[_Piece]:
    """The parts of ``doc``'s first piece read as :func:`doc_to_mentions` reads them, for a doc with no
    brackets (the opening of a line, ``people.opens_with_no_name``)."""
    pieces = _pieces(doc, titles, {})
    return piece_to_parts(doc, pieces[0], {}, titles, roles, upper_names) if pieces else []


def is_list_title(word: str) -> bool:
    """A title that starts another person when it follows a titled name (:func:`_second_titled_name`)."""
    return word.lower() in _list_titles()


@cache
def piece_breaking_words() -> frozenset[str]:
    """The letters (lower case) of a token that may end a piece or a part: ``and`` (:func:`_split_and`) and
    each list title's (``Cllr`` after a titled name, :func:`_second_titled_name`)."""
    return frozenset({"and"} | {run for title in _list_titles() for run in _LETTERS.findall(title.lower())})


@cache
def opening_inert_words() -> frozenset[str]:
    """Lower-case words of letters that a token must be for the name rules to read past it, in lower case,
    at the opening of a piece without taking it as a name's word: particles, ``the``, job connectors,
    honours, list titles, and every run of a role wording's words written together (``thechair`` matches
    ``in the chair``'s pattern, which allows no space between words). Titles are the span ruler's and are
    added where its patterns are (``people``)."""
    words = set(_PARTICLES) | {"the"} | {w.lower() for w in _job_connectors()}
    words |= {h.lower() for h in lookup("honours")}
    for title in _list_titles():
        words.update(_LETTERS.findall(title.lower()))
    for _, wording in _role_wordings():
        runs = _LETTERS.findall(wording.lower())
        words.update("".join(runs[a:b]) for a in range(len(runs)) for b in range(a + 1, len(runs) + 1))
    return frozenset(words)


_LETTERS = re.compile(r"[^\W\d_]+")


def doc_to_mentions(doc: Doc, tags_key: str) -> list[PersonMention]:
    """Every person named in an attendance or membership list held by ``doc``.

    ``doc.spans[tags_key]`` holds the TITLE and ROLE spans of the span ruler.
    """
    titles, roles = spans_to_tags((s.label_, s.start, s.end, s.id_) for s in doc.spans.get(tags_key, []))
    upper_names = upper_case_names(doc_text(doc))
    groups = _paren_groups(doc)
    pieces: list[_Piece] = []
    named = False  # a person is already named: a later piece may describe them
    last: _Piece | None = None  # the last piece that is not skipped (kept as pieces are added, not searched)
    for piece in _pieces(doc, titles, groups):
        if piece.after_dash and last is not None and last.kind == "name" and not last.role \
                and (role := text_to_role(doc[piece.start:piece.end].text.strip(" ,;."))) is not None:
            last.role = role  # "Cllr David Llewellyn - Chairman": the role the list gives them
            continue
        if piece.after_dash and last is not None and last.kind != "desc":
            # "Name – Role": everything up to the next comma describes; "Role – Name" reads on as a name
            last = _Piece(piece.start, piece.end, kind="desc", after_dash=True)
            pieces.append(last)
            continue
        parts = piece_to_parts(doc, piece, groups, titles, roles, upper_names, described=named)
        if not parts:
            continue  # "and" alone between separators ("Present: e: and"): no one
        if piece.after_label and parts[0].kind == "name" and last is not None and last.kind == "desc" \
                and not last.after_dash and position_like(doc[last.start:last.end].text):
            last.kind = "lead"  # "Clerk – Mrs A Brown", "Democratic Services Officer: Sam Lee"
        if len(parts) > 1 and all(p.kind != "name" for p in parts):
            parts = [_Piece(piece.start, piece.end, kind="desc", after_dash=piece.after_dash)]
        pieces.extend(parts)
        named = named or any(p.kind == "name" for p in parts)
        last = next((p for p in reversed(parts) if p.kind != "skip"), last)
    return _pieces_to_mentions(doc, pieces)


def _pieces_to_mentions(doc: Doc, pieces: list[_Piece]) -> list[PersonMention]:
    """Group pieces into people: a name, then the descriptions printed after it (or a job just before it)."""
    mentions: list[PersonMention] = []
    # "Director, Housing (Mr. B. Kennedy), Director, Finance (…)": where names sit in brackets after their
    # jobs, what follows a name is the next person's job, not this one's description.
    named = [p for p in pieces if p.kind == "name"]
    jobs_lead = sum(p.bracketed for p in named) > 1 and not any(p.titled or p.courtesy for p in named
                                                                 if not p.bracketed)
    notes: list[list[str]] = []  # prefix job and bracketed notes of each person
    offices: list[str | None] = []
    job_from = doc[pieces[0].start].idx if pieces else 0  # where the next person's job starts (jobs_lead)
    tails: list[tuple[int, int] | None] = []  # char span of the descriptions after each person
    pending: list[str] = []
    for n, piece in enumerate(pieces):
        a, b = doc[piece.start].idx, doc[piece.end - 1].idx + len(doc[piece.end - 1].text)
        text = doc_text(doc)[a:b].strip()
        if piece.kind == "skip" and piece.role and piece.name is None and n + 1 < len(pieces) \
                and pieces[n + 1].kind == "desc" and _names_body(_piece_text(doc, pieces[n + 1])):
            piece.kind, piece.role = "desc", None  # "Ms B. Quinn, Chair, Audit and Risk Committee": chairs another body
        if piece.kind == "skip" and piece.role and mentions and not mentions[-1].role and not pending \
                and piece.name is None and _office_side(pieces, n) != "forward":
            mentions[-1].role = piece.role  # "Cllr S Coleman, Deputy Mayor"
            continue
        if piece.kind == "skip" and piece.name is None and not piece.office \
                and _phrase("office_titles", "full").match(text):
            piece.office = text  # "Mayor, Jane Smith": an office alone, its holder's name after it
        if piece.kind == "skip" and piece.office and piece.name is None:
            if _office_side(pieces, n) == "back" and mentions and not pending and offices[-1] is None:
                offices[-1] = piece.office  # "Ann Lee, President; Bob Martinez, …", "… David Park, Trustee"
                mentions[-1].titled = True
                continue
            pending.append(piece.office)  # "Príomh Chomhairleoir, Councillor D. McSweeney"
            continue
        if piece.kind == "skip" or not text or (piece.kind == "desc" and (is_count(text) or _SENTENCE.match(text))):
            continue  # a title alone, a count of people ("2 members of the public"), a sentence after the list
        if mentions and not pending and _SUFFIX.fullmatch(text) and mentions[-1].end <= a:
            mentions[-1].name += " " + text  # "Theodore Axtell, Jr.": the generation is part of the name
            mentions[-1].end = b
            continue
        if piece.kind == "desc" and mentions and _is_honours(text) and not pending:
            mentions[-1].post_nominal = text.strip(" ,.")  # "Mr R C Love, OBE"
            mentions[-1].end = b
            continue
        if jobs_lead and piece.kind == "name" and not piece.bracketed:
            continue  # "Human Resources" in "Director, Human Resources and … (Mr. G. Daly)": part of a job
        if piece.kind == "name" and piece.name:
            office = piece.office or next((p for p in pending if _phrase("office_titles", "full").match(p)), None)
            mentions.append(PersonMention(name=doc_text(doc)[piece.name[0]:piece.name[1]], role=piece.role,
                                          substitute_for=piece.substitute_for, party=piece.party,
                                          titled=piece.titled or office is not None, start=a, end=b,
                                          courtesy=piece.courtesy))
            offices.append(office)
            if jobs_lead:  # the job is all printed before the bracket: "Director, Corporate Services, … and …"
                notes.append([re.sub(r"^and\s+", "", doc_text(doc)[job_from:piece.bracket_at].strip(" ,;"))])
            else:
                lead = [piece.office] if piece.office else []
                lead += [piece.prefix] if piece.prefix and piece.prefix != piece.office else []
                notes.append(lead + pending + piece.descs)
            tails.append(None)
            pending = []
            job_from = b
        elif mentions and piece.kind != "lead" and not (text.lower().startswith("the ") and not piece.after_dash) \
                and not jobs_lead:
            tail = tails[-1]
            tails[-1] = (tail[0] if tail else a, b)
            mentions[-1].end = b
        else:
            pending.append(re.sub(r"^the\s+", "", text, flags=re.I))
    for mention, note, tail in zip(mentions, notes, tails, strict=True):
        if jobs_lead:  # the whole job printed before the bracketed name: "Director, Housing (Mr. B. Ince)"
            mention.position = note[0] or None
            continue
        parts = [p for p in note if p]
        if tail:
            parts.append(doc_text(doc)[tail[0]:tail[1]])
        parts = [p for p in parts if not leading_titles().fullmatch(p.strip(" .,") + " ")
                 and not _initials_of(mention.name, p) and not is_absence_note(p)]
        sub = next((m for p in parts if (m := _substitute_lead().match(p)) and _SUB_WORD.match(p.strip(" –-"))), None)
        if sub and not mention.substitute_for:  # "E Seward – substitute for J A Wyatt"
            mention.substitute_for = strip_titles(sub["rest"])
            parts.remove(sub.string)
        party = next((p for p in parts if is_party(p)), None)
        if party and not mention.party:  # "Cllr J Smith – Labour", "J Smith, Lib Dem"
            mention.party = party.strip(" ,;:.–-()")
            parts.remove(party)
        if parts:
            mention.position, mention.organisation = descriptor_to_position(", ".join(parts))
    for mention, office in zip(mentions, offices, strict=True):
        mention.position = mention.position or office
    return mentions


def _office_side(pieces: list[_Piece], n: int) -> str | None:
    """Which person the office or role printed alone in piece ``n`` belongs to: ``"back"`` to the name just
    before it, ``"forward"`` to the next, None when the punctuation does not tell.

    Where semicolons part the people, commas part each person's name from their office: ``Ann Lee,
    President; Bob Martinez, …`` is back, ``…; Deputy Mayor, Tom Brown`` forward. An office that ends the
    list closes the last entry (``…, David Park, Trustee``)."""
    if n == 0 or pieces[n - 1].kind != "name":
        return "forward"
    if any(p.sep == ";" for p in pieces):
        return "back" if pieces[n - 1].sep == "," else "forward"
    return "back" if pieces[n].sep in ("", ".") else None


def _names_body(text: str) -> bool:
    """A body's name printed after a person: an organisation, or a committee or panel."""
    return organisation_like(text) or bool(_phrase("description_body_words").search(text))


def _ends_with_body_word(text: str) -> bool:
    """``Audit and Risk Committee``, ``Fire and Rescue Service``: a name that ends as a body's does."""
    return bool(_phrase("organisation_words", "end").search(text) or _phrase("description_body_words", "end").search(text))


def _piece_text(doc: Doc, piece: _Piece) -> str:
    return doc_text(doc)[doc[piece.start].idx:doc[piece.end - 1].idx + len(doc[piece.end - 1].text)]


def _is_honours(text: str) -> bool:
    """``OBE``, ``CBE, DL``: only honours printed after a name."""
    parts = [p for p in re.split(r"[\s,]+", text.strip(" ,.")) if p]
    return bool(parts) and all(p.upper().rstrip(".") in lookup("honours") for p in parts)


def _initials_of(name: str, note: str) -> bool:
    """``E. Simpson (ES)``, ``Perry O'Callaghan (POC)``: the person's initials, printed to refer to them later."""
    letters = re.sub(r"[^A-Za-z]", "", note)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", strip_titles(name))).upper()
    return 2 <= len(letters) <= 4 and letters[:1].isupper() and len(initials) >= 2 \
        and letters.upper().startswith(initials[0]) and initials[-1] in letters.upper()[1:]


# --- linking spellings of one person ----------------------------------------------------------------

def name_key(name: str) -> str:
    """A comparison key: titles, role notes, punctuation and case removed."""
    name = strip_titles(name)
    name = re.sub(r"\((?:[^()]*)\)", lambda m: m.group(0) if _DISAMBIGUATOR.match(m.group(0)[1:-1]) else " ", name)
    return " ".join(re.sub(r"[^\w()]+", " ", name.lower()).split())


def _disambiguators(key: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\(([^()]*)\)", key))


def same_person(a: str, b: str) -> bool:
    """Whether two spellings may name one person: same surname, initials that agree.

    ``A. Davies`` and ``Cllr Alun Davies`` may; ``Kim Davies`` and ``Alun Davies`` may not, nor may
    ``Sands (M)`` and ``Sands (S)``. A bare surname agrees with any first name.
    """
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    if _disambiguators(ka) != _disambiguators(kb):
        return False
    wa, wb = re.sub(r"\([^()]*\)", " ", ka).split(), re.sub(r"\([^()]*\)", " ", kb).split()
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    fa, fb = wa[:-1], wb[:-1]
    if fa and fb and len(fa[0]) > 1 and len(fb[0]) > 1:
        return fa[0] == fb[0]
    return all(x[0] == y[0] for x, y in zip(fa, fb, strict=False))


#: Fuzzy linking compares a name with at most this many earlier spellings of its shape: a real meeting
#: names far fewer people, and comparing every name with every other made a hostile list quadratic.
MAX_FUZZY_CANDIDATES = 256


def link_names(names: list[str], threshold: float = 92.0) -> dict[str, str]:
    """Map each spelling to one canonical spelling of the same person within a document.

    ``Councillor Wright``, ``Wright (Chair)`` and ``Cllr Wright`` link to one
    name; ``Sands (M)`` and ``Sands (S)`` stay two people, and a surname never
    links to a full name (``Wright`` is not ``Kim Wright``).
    """
    exact: dict[str, str] = {}  # key → canonical spelling
    # Canonical (key, spelling) pairs by shape: disambiguators and word count must agree to link at all.
    shapes: dict[tuple[tuple[str, ...], int], list[tuple[str, str]]] = {}
    out: dict[str, str] = {}
    for name in names:
        if name in out:
            continue
        key = name_key(name)
        hit = exact.get(key)
        if hit is None:
            shape = shapes.setdefault((_disambiguators(key), len(key.split())), [])
            hit = next((cname for ckey, cname in shape[:MAX_FUZZY_CANDIDATES] if ratio(ckey, key) >= threshold),
                       None)
            if hit is None:
                hit = strip_titles(name)
                shape.append((key, hit))
            exact[key] = hit
        out[name] = hit
    return out

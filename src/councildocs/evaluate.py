"""Measure extraction accuracy against hand-made expected records.

``evaluate(gold_dir, pred_dir)`` pairs ``*.json`` files by name and scores
each record category with the matching rules of the project's contract
(``CONTRACT.md``): names compared without titles, texts compared with a
fuzzy ratio after list markers and punctuation are removed, one-to-one
greedy matching best first. A researcher who labels a few papers of their
own council gets precision, recall and F1 per category, the accuracy of the
matched records' attributes (role, substitute_for, page_start, responsible)
and of the meeting's fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz.fuzz import ratio as _ratio

Record = dict[str, Any]

#: Two texts match when their similarity reaches this (0-100).
TEXT_FLOOR = 85
#: Two names longer than ``NAME_MIN_FUZZY`` characters match at this similarity.
NAME_FLOOR = 95
NAME_MIN_FUZZY = 6

_TITLES = re.compile(
    r"\b(councillors?|cllrs?|mr|mrs|ms|miss|dr|sir|dame|county|city|district|borough|obe|mbe|cbe|kbe|dbe|bem|jp|dl"
    r"|kc|qc)\b\.?")
_ROLE_SUFFIX = re.compile(r"\((?:chair|vice[- ]chair|chairman|vice[- ]chairman)\)")
_LIST_MARKER = re.compile(r"(?:(?<=\s)|^)(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\)|[-•·*–])(?=\s)")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def norm_text(text: str | None) -> str:
    """Lower case, list markers and punctuation removed, spaces collapsed."""
    text = _LIST_MARKER.sub(" ", " " + (text or "").lower() + " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


def norm_name(name: str | None) -> str:
    """A name without titles, honours or a printed role."""
    name = _TITLES.sub(" ", _ROLE_SUFFIX.sub(" ", (name or "").lower()))
    return " ".join(_NON_WORD.sub(" ", name).split())


def similarity(a: str, b: str) -> float:
    return _ratio(a, b) if a and b else (100.0 if a == b else 0.0)


def same_name(a: str | None, b: str | None) -> bool:
    a, b = norm_name(a), norm_name(b)
    return a == b or (len(a) > NAME_MIN_FUZZY and similarity(a, b) >= NAME_FLOOR)


def text_match(a: str | None, b: str | None) -> float | None:
    score = similarity(norm_text(a), norm_text(b))
    return score if score >= TEXT_FLOOR else None


# -- records of each category ----------------------------------------------------------------------

def _list(value: Any) -> list[Record]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _dict(value: Any) -> Record:
    return value if isinstance(value, dict) else {}


def _minutes_records(doc: Record, key: str) -> list[Record]:
    return [dict(r, _date=_dict(m.get("meeting")).get("date"))
            for m in _list(doc.get("minutes")) for r in _list(m.get(key))]


def _resolutions(doc: Record) -> list[Record]:
    return [dict(r, _date=item["_date"], _item=str(item.get("number")))
            for item in _minutes_records(doc, "items") for r in _list(item.get("resolutions"))]


def _dates(doc: Record) -> list[Record]:
    seen: dict[str, Record] = {}
    for d in _list(doc.get("dates")):
        if d.get("date"):
            seen.setdefault(str(d["date"])[:10], d)
    return list(seen.values())


def _match_item(g: Record, p: Record) -> float | None:
    if str(g.get("number")) != str(p.get("number")):
        return None
    return 100.0 if not g.get("title") else text_match(g.get("title"), p.get("title"))


def _row_key(row: Record) -> str:
    return row.get("meeting_date") or norm_text(row.get("meeting"))


def _match_row(g: Record, p: Record) -> float | None:
    if g.get("kind") != p.get("kind") or _row_key(g) != _row_key(p):
        return None
    gt, pt = norm_text(g.get("topic")), norm_text(p.get("topic"))
    if not (gt or pt):
        return 100.0
    short, long_ = sorted((gt, pt), key=len)
    if len(short) >= 20 and short in long_:  # a title inside its title-and-summary cell
        return 90.0
    return text_match(gt, pt)


Matcher = Callable[[Record, Record], float | None]

CATEGORIES: dict[str, tuple[Callable[[Record], list[Record]], Matcher, tuple[str, ...]]] = {
    "members": (lambda d: _list(_dict(d.get("meeting")).get("members")),
                lambda g, p: 1.0 if same_name(g.get("name"), p.get("name")) else None, ("role",)),
    "agenda_items": (lambda d: _list(d.get("agenda_items")), _match_item, ("page_start",)),
    "minute_items": (lambda d: _minutes_records(d, "items"),
                     lambda g, p: _match_item(g, p) if g["_date"] == p["_date"] else None, ()),
    "attendees": (lambda d: _minutes_records(d, "attendees"),
                  lambda g, p: 1.0 if (g["_date"] == p["_date"] and g.get("status") == p.get("status")
                                       and same_name(g.get("name"), p.get("name"))) else None,
                  ("role", "substitute_for")),
    "resolutions": (_resolutions,
                    lambda g, p: text_match(g.get("text"), p.get("text")) if g["_date"] == p["_date"] else None,
                    ("_item",)),
    "work_programme": (lambda d: _list(d.get("work_programme")), _match_row, ("responsible",)),
    "dates": (_dates, lambda g, p: 1.0 if str(g["date"])[:10] == str(p["date"])[:10] else None, ("kind",)),
}

MEETING_FIELDS: dict[str, Callable[[Any, Any], bool]] = {
    "body": lambda g, p: similarity(norm_text(g), norm_text(p)) >= TEXT_FLOOR,
    "date": lambda g, p: str(g) == str(p),
    "start_time": lambda g, p: str(g) == str(p),
    "venue": lambda g, p: similarity(norm_text(g), norm_text(p)) >= TEXT_FLOOR,
}


def _attribute_equal(name: str, g: Record, p: Record) -> bool:
    gv, pv = g.get(name), p.get(name)
    if name == "responsible":
        return similarity(norm_text(gv), norm_text(pv)) >= TEXT_FLOOR
    if name == "substitute_for":
        return (not gv and not pv) or same_name(gv or "", pv or "")
    return (gv or None) == (pv or None)


def greedy_match(gold: list[Record], pred: list[Record], match: Matcher) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), the most similar first."""
    scored = sorted((-s, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                    if (s := match(g, p)) is not None)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class CategoryScore:
    tp: int = 0
    gold: int = 0
    pred: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def attribute(self, name: str) -> float | None:
        ok, n = self.attributes.get(name, [0, 0])
        return ok / n if n else None


@dataclass
class Evaluation:
    """Scores for a folder of predictions against a folder of gold files.

    ``documents`` holds the same scores for each document alone (by file stem), so a change that helps
    one council and hurts another shows at once.
    """

    categories: dict[str, CategoryScore]
    meeting: dict[str, list[int]]
    documents: dict[str, Evaluation] = field(default_factory=dict)
    #: Prediction files that were missing or unreadable (scored as empty), with the reason.
    problems: dict[str, str] = field(default_factory=dict)

    def f1(self, category: str) -> float:
        return self.categories[category].f1

    def meeting_accuracy(self, name: str) -> float | None:
        ok, n = self.meeting[name]
        return ok / n if n else None

    @property
    def macro_f1(self) -> float:
        values = [c.f1 for c in self.categories.values() if c.gold]
        acc = [ok / n for ok, n in self.meeting.values() if n]
        if acc:
            values.append(sum(acc) / len(acc))
        return sum(values) / len(values) if values else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, c in self.categories.items():
            if c.gold:
                out[name] = {"precision": round(c.precision, 3), "recall": round(c.recall, 3), "f1": round(c.f1, 3),
                             "gold": c.gold, "pred": c.pred,
                             "attributes": {a: _round(c.attribute(a)) for a in c.attributes}}
        out["meeting"] = {f: f"{ok}/{n}" for f, (ok, n) in self.meeting.items()}
        out["macro_f1"] = round(self.macro_f1, 3)
        if self.documents:
            out["documents"] = {name: doc.document_row() for name, doc in self.documents.items()}
        if self.problems:
            out["problems"] = dict(self.problems)
        return out

    def document_row(self) -> dict[str, Any]:
        """One document's scores: F1 per category it has records in (gold or predicted), meeting fields."""
        row: dict[str, Any] = {name: round(c.f1, 3) for name, c in self.categories.items() if c.gold or c.pred}
        row["meeting"] = {f: f"{ok}/{n}" for f, (ok, n) in self.meeting.items() if n}
        row["macro_f1"] = round(self.macro_f1, 3)
        return row

    def report(self, *, verbose: bool = False) -> str:
        """The scores as a text table: totals per category, then one row per document."""
        lines = [f"{'category':16} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}  attributes"]
        for name, c in self.categories.items():
            if not c.gold:
                continue
            attrs = " ".join(f"{a}={_round(c.attribute(a))}" for a in c.attributes)
            lines.append(f"{name:16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.gold:6} {c.pred:6}  {attrs}")
            if verbose:
                lines += [f"    missed   {m}" for m in c.missed] + [f"    spurious {m}" for m in c.spurious]
        lines.append("meeting          " + " ".join(f"{k}={ok}/{n}" for k, (ok, n) in self.meeting.items()))
        if self.documents:
            lines += ["", self._document_table()]
        lines += [f"warning: {name}: {why} (scored as empty)" for name, why in self.problems.items()]
        lines.append(f"macro F1: {self.macro_f1:.3f}")
        return "\n".join(lines)

    def _document_table(self) -> str:
        """Per-document F1 by category ('-' where the document has no such records, gold or predicted)."""
        width = max(len("document"), *(len(n) for n in self.documents))
        heads = [_SHORT[name] for name in self.categories]
        out = [f"{'document':{width}} " + " ".join(f"{h:>7}" for h in heads) + f" {'meeting':>8} {'macro':>6}"]
        for name, doc in self.documents.items():
            cells = [f"{c.f1:7.2f}" if c.gold or c.pred else f"{'-':>7}" for c in doc.categories.values()]
            ok = sum(v[0] for v in doc.meeting.values())
            n = sum(v[1] for v in doc.meeting.values())
            out.append(f"{name:{width}} " + " ".join(cells) + f" {f'{ok}/{n}':>8} {doc.macro_f1:6.2f}")
        return "\n".join(out)


#: Column heads of the per-document table.
_SHORT = {"members": "members", "agenda_items": "agenda", "minute_items": "minutes", "attendees": "attend",
          "resolutions": "resol", "work_programme": "program", "dates": "dates"}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _load(path: Path) -> tuple[Record, str | None]:
    """The JSON object in ``path`` and, when it cannot be read as one, why (the record is then empty)."""
    if not path.exists():
        return {}, "no prediction file"
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return {}, f"unreadable prediction ({type(exc).__name__})"
    return (value, None) if isinstance(value, dict) else ({}, "prediction is not a JSON object")


def evaluate_pairs(pairs: Iterable[tuple[Record, Record]]) -> Evaluation:
    """Score (gold, predicted) document pairs, all together."""
    cats = {name: CategoryScore() for name in CATEGORIES}
    meeting = {name: [0, 0] for name in MEETING_FIELDS}
    for gold, pred in pairs:
        gm, pm = _dict(gold.get("meeting")), _dict(pred.get("meeting"))
        for name, ok in MEETING_FIELDS.items():
            if gm.get(name):
                meeting[name][1] += 1
                meeting[name][0] += bool(pm.get(name)) and ok(gm[name], pm[name])
        for name, (records, match, attrs) in CATEGORIES.items():
            g, p = records(gold), records(pred)
            matched = greedy_match(g, p, match)
            score = cats[name]
            score.tp += len(matched)
            score.gold += len(g)
            score.pred += len(p)
            for a in attrs:
                counts = score.attributes.setdefault(a, [0, 0])
                counts[0] += sum(_attribute_equal(a, g[i], p[j]) for i, j in matched)
                counts[1] += len(matched)
            hit_g, hit_p = {i for i, _ in matched}, {j for _, j in matched}
            score.missed += [_describe(r) for i, r in enumerate(g) if i not in hit_g]
            score.spurious += [_describe(r) for j, r in enumerate(p) if j not in hit_p]
    return Evaluation(cats, meeting)


def _describe(record: Record) -> str:
    keys = ("_date", "number", "name", "status", "kind", "meeting", "title", "topic", "text", "date")
    return " | ".join(str(record[k])[:80] for k in keys if record.get(k))


def evaluate(gold_dir: str | Path, pred_dir: str | Path) -> Evaluation:
    """Score every ``GOLD_DIR/*.json`` against ``PRED_DIR/<same name>.json``, in total and per document.

    A missing or unreadable prediction scores as an empty one and is listed in ``problems``; a gold
    file that is not a JSON object raises :class:`ValueError` (scoring against it would mean nothing).
    """
    pairs: dict[str, tuple[Record, Record]] = {}
    problems: dict[str, str] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold, problem = _load(path)
        if problem:
            raise ValueError(f"{path}: {problem.replace('prediction', 'gold file')}")
        pred, problem = _load(Path(pred_dir) / path.name)
        if problem:
            problems[path.stem] = problem
        pairs[path.stem] = (gold, pred)
    result = evaluate_pairs(pairs.values())
    result.documents = {name: evaluate_pairs([pair]) for name, pair in pairs.items()}
    result.problems = problems
    return result


def extract_for_gold(gold_dir: str | Path, corpus_dir: str | Path, pred_dir: str | Path) -> dict[str, str]:
    """Extract, into ``PRED_DIR/<stem>.json``, the document of ``CORPUS_DIR`` named like each gold file.

    Returns the documents that could not be extracted (stem → reason); they are left without a
    prediction, so :func:`evaluate` scores them as empty and says so.
    """
    from .api import extract
    from .errors import CouncilDocsError

    failed: dict[str, str] = {}
    out = Path(pred_dir)
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(gold_dir).glob("*.json")):
        sources = sorted(p for p in Path(corpus_dir).glob(f"{path.stem}.*") if p.suffix != ".json")
        if not sources:
            failed[path.stem] = f"no document named {path.stem}.* in {corpus_dir}"
            continue
        try:
            record = extract(sources[0])
        except CouncilDocsError as exc:
            failed[path.stem] = f"{exc.message} [{exc.code}]"
            continue
        target = out / path.name
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(record.model_dump_json(indent=1), encoding="utf-8")
        tmp.replace(target)
    return failed

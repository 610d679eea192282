// councildocs review: draws each record's evidence on its page, lists the records as the JSON groups
// them, and turns a reviewer's marks (wrong, added, corrected meeting fields) into a gold file for
// `councildocs evaluate`. Plain DOM; every text from the record is set with textContent.
"use strict";
(function () {
  const RECORD = JSON.parse(document.getElementById("cd-record").textContent);
  const META = JSON.parse(document.getElementById("cd-meta").textContent);
  const TYPES = {
    meeting: "meeting", member: "member", agenda: "agenda item", minutes: "minutes",
    present: "attendee: present", apologies: "attendee: apologies", absent: "attendee: absent",
    also_present: "attendee: also present", item: "minute item", resolution: "resolution",
    vote: "resolution with a vote", motion: "motion or amendment that decided nothing", report: "report", programme: "programme row", date: "date", added: "added",
  };
  const entries = new Map(); // id -> {id, type, path, obj, label, ev, row, box, lines}
  const added = []; // {id, kind, where, obj}
  const edits = {}; // path string -> {field: value} for the meeting and each minutes' meeting
  const $ = (sel, root) => (root || document).querySelector(sel);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  const join = (...parts) => parts.filter((p) => p !== null && p !== undefined && p !== "").join(" · ");
  const clip = (s, n) => (s && s.length > n ? s.slice(0, n - 1) + "…" : s || "");

  // -- header --------------------------------------------------------------------------------------
  function header() {
    const src = RECORD.source || {};
    const status = $("#status");
    status.append(el("span", "badge " + (RECORD.status || "ok"), RECORD.status || "ok"));
    status.append(el("span", null, join(RECORD.kind, src.format, src.pages ? src.pages + " pages" : "",
      "councildocs " + (RECORD.councildocs_version || "?"))));
    if (META.index) {
      const a = el("a", null, "all documents");
      a.href = META.index;
      status.append(" · ", a);
    }
    const ul = $("#warnings");
    for (const w of [...(META.notes || []), ...(RECORD.warnings || [])]) ul.append(el("li", null, w));
    const legend = $("#legend");
    for (const [t, name] of Object.entries(TYPES)) legend.append(el("span", "t-" + t, name));
  }

  // -- records -------------------------------------------------------------------------------------
  function where(ev) {
    if (!ev) return "";
    if (ev.page && ev.bbox) return "p." + ev.page;
    if (ev.lines) return "l." + ev.lines[0] + (ev.lines[1] !== ev.lines[0] ? "–" + ev.lines[1] : "");
    return ev.page ? "p." + ev.page : "";
  }

  function addEntry(parent, type, path, obj, label, opts) {
    opts = opts || {};
    const id = opts.id || path.join(".");
    const row = el("div", "rec t-" + type + (opts.nested ? " nested" : "") + (opts.added ? " added" : ""));
    row.dataset.rid = id;
    row.append(el("span", "sw"), el("span", "lbl", label), el("span", "where", where(obj.evidence)));
    const e = { id, type, path, obj, label, ev: obj.evidence || null, row, box: null, lines: [], wrong: false };
    if (opts.added) {
      const rm = el("button", "remove", "remove");
      rm.type = "button";
      rm.title = "Remove this added record";
      rm.addEventListener("click", (ev) => { ev.stopPropagation(); removeAdded(id); });
      row.append(rm);
    } else if (opts.edit) {
      const b = el("button", "editbtn", "edit");
      b.type = "button";
      b.addEventListener("click", (ev) => { ev.stopPropagation(); toggleEdit(e, opts.edit); });
      row.append(b);
    }
    if (!opts.added && opts.wrong !== false) {
      const b = el("button", "wrong", "wrong");
      b.type = "button";
      b.title = "Mark this record wrong: it is left out of the exported gold file";
      b.addEventListener("click", (ev) => { ev.stopPropagation(); setWrong(e, !e.wrong); });
      row.append(b);
    }
    row.addEventListener("click", () => select(id, true));
    parent.append(row);
    entries.set(id, e);
    drawBox(e);
    return e;
  }

  function group(parent, title, level) {
    const g = el("div", "group");
    g.append(el(level || "h2", null, title));
    parent.append(g);
    return g;
  }

  function attendeeLabel(a) {
    return join(a.name, a.status, a.role, a.substitute_for ? "for " + a.substitute_for : "", a.position,
      a.organisation, a.attendance);
  }

  function resolutionType(r) {
    const v = r.votes;
    return v && (v.for != null || v.against != null || v.abstain != null || (v.recorded || []).length)
      ? "vote" : "resolution";
  }

  function resolutionLabel(r) {
    const v = r.votes;
    const tally = v && (v.for != null || v.against != null) ? `(${v.for ?? "?"}–${v.against ?? "?"}–${v.abstain ?? "?"})` : "";
    return join(clip(r.text, 160), r.outcome, tally, r.moved_by ? "moved " + r.moved_by : "");
  }

  function buildList() {
    const root = $("#records");
    const addedGroup = group(root, "Added by you");
    addedGroup.id = "added";
    addedGroup.hidden = true;
    const m = RECORD.meeting;
    if (m) {
      const g = group(root, "Meeting");
      addEntry(g, "meeting", ["meeting"], m, join(m.body, m.date, m.start_time, m.end_time, m.venue),
        { wrong: false, edit: ["body", "date", "start_time", "venue"] });
      (m.members || []).forEach((x, i) =>
        addEntry(g, "member", ["meeting", "members", i], x, join(x.name, x.role, x.position, x.representing,
          x.substitute ? "substitute " + x.substitute : ""), { nested: true }));
    }
    if ((RECORD.agenda_items || []).length) {
      const g = group(root, "Agenda");
      RECORD.agenda_items.forEach((x, i) => addEntry(g, "agenda", ["agenda_items", i], x,
        join(x.number, x.title, x.page_start ? "page " + x.page_start : "", x.exempt ? "exempt" : "")));
    }
    (RECORD.minutes || []).forEach((mm, k) => {
      const mt = mm.meeting || {};
      const g = group(root, "Minutes " + (join(mt.date, mt.body) || k + 1));
      addEntry(g, "minutes", ["minutes", k], mm, join(mt.body, mt.date, mt.start_time, mt.end_time, mt.venue),
        { edit: ["body", "date", "start_time", "venue"] });
      if ((mm.attendees || []).length) {
        const ga = group(g, "Attendees", "h3");
        mm.attendees.forEach((a, i) => addEntry(ga, a.status in TYPES ? a.status : "present",
          ["minutes", k, "attendees", i], a, attendeeLabel(a), { nested: true }));
      }
      if ((mm.items || []).length) {
        const gi = group(g, "Items and resolutions", "h3");
        mm.items.forEach((it, i) => {
          addEntry(gi, "item", ["minutes", k, "items", i], it, join(it.number, it.title, it.exempt ? "exempt" : ""));
          (it.resolutions || []).forEach((r, j) => addEntry(gi, resolutionType(r),
            ["minutes", k, "items", i, "resolutions", j], r, resolutionLabel(r), { nested: true }));
          (it.motions || []).forEach((r, j) => addEntry(gi, "motion", ["minutes", k, "items", i, "motions", j], r,
            join(r.amendment ? "amendment" : "motion", resolutionLabel(r)), { nested: true }));
        });
      }
    });
    if ((RECORD.reports || []).length) {
      const g = group(root, "Reports");
      RECORD.reports.forEach((x, i) => addEntry(g, "report", ["reports", i], x, join(x.item_number, x.title)));
    }
    if ((RECORD.work_programme || []).length) {
      const g = group(root, "Work programme");
      RECORD.work_programme.forEach((x, i) => addEntry(g, "programme", ["work_programme", i], x,
        join(x.kind, x.meeting_date || x.meeting, clip(x.topic, 120), clip(x.responsible, 60))));
    }
    if ((RECORD.dates || []).length) {
      const g = group(root, "Dates");
      RECORD.dates.forEach((x, i) => addEntry(g, "date", ["dates", i], x, join(x.date, x.kind, x.text)));
    }
  }

  // -- boxes on pages, marks in the text view ------------------------------------------------------
  function pageEl(n) { return document.getElementById("page-" + n); }

  function placeBox(box, page, bbox) {
    const w = parseFloat(page.dataset.width), h = parseFloat(page.dataset.height);
    box.style.left = (100 * bbox[0] / w) + "%";
    box.style.top = (100 * bbox[1] / h) + "%";
    box.style.width = (100 * Math.max(bbox[2] - bbox[0], 1) / w) + "%";
    box.style.height = (100 * Math.max(bbox[3] - bbox[1], 1) / h) + "%";
  }

  function drawBox(e) {
    const ev = e.ev;
    if (ev && ev.page && ev.bbox) {
      const page = pageEl(ev.page);
      if (!page) return;
      const box = el("div", "box t-" + e.type);
      box.dataset.rid = e.id;
      placeBox(box, page, ev.bbox);
      box.addEventListener("click", () => select(e.id, false));
      box.addEventListener("mouseenter", (m) => showTip(e, m));
      box.addEventListener("mousemove", moveTip);
      box.addEventListener("mouseleave", hideTip);
      $(".boxes", page).append(box);
      e.box = box;
    } else if (ev && ev.lines) {
      const [a, b] = ev.lines;
      for (const line of document.querySelectorAll(".tl")) {
        if (+line.dataset.first <= b && +line.dataset.last >= a) {
          line.classList.add("mark", "t-" + e.type);
          e.lines.push(line);
        }
      }
    }
  }

  const tip = $("#tip");
  function showTip(e, m) {
    const fields = Object.entries(e.obj).filter(([k, v]) => k !== "evidence" && v !== null && v !== "" &&
      !(Array.isArray(v) && !v.length) && typeof v !== "object");
    tip.textContent = TYPES[e.type] + (e.wrong ? " (marked wrong)" : "") + "\n" +
      fields.map(([k, v]) => k + ": " + clip(String(v), 300)).join("\n");
    tip.hidden = false;
    moveTip(m);
  }
  function moveTip(m) {
    tip.style.left = Math.min(m.clientX + 14, window.innerWidth - 430) + "px";
    tip.style.top = Math.min(m.clientY + 14, window.innerHeight - tip.offsetHeight - 4) + "px";
  }
  function hideTip() { tip.hidden = true; }

  // -- selection -----------------------------------------------------------------------------------
  function select(id, fromList) {
    for (const x of document.querySelectorAll(".hl")) x.classList.remove("hl");
    const e = entries.get(id);
    if (!e) return;
    e.row.classList.add("hl");
    if (!fromList) e.row.scrollIntoView({ block: "center" });
    if (e.box) {
      e.box.classList.add("hl");
      if (fromList) e.box.scrollIntoView({ block: "center", inline: "center" });
    } else if (e.lines.length) {
      e.lines.forEach((l) => l.classList.add("hl"));
      if (fromList) e.lines[0].scrollIntoView({ block: "center" });
    } else if (e.ev && e.ev.page && pageEl(e.ev.page) && fromList) {
      const page = pageEl(e.ev.page);
      page.classList.add("flash");
      page.scrollIntoView({ block: "start" });
      setTimeout(() => page.classList.remove("flash"), 1200);
    }
  }

  // -- corrections ---------------------------------------------------------------------------------
  function setWrong(e, wrong) {
    e.wrong = wrong;
    e.row.classList.toggle("wrong", wrong);
    if (e.box) e.box.classList.toggle("wrong", wrong);
    save();
  }

  function toggleEdit(e, fields) {
    const next = e.row.nextElementSibling;
    if (next && next.classList.contains("edit")) { next.remove(); return; }
    const box = el("div", "edit");
    const key = e.path.join(".");
    const target = e.type === "minutes" ? (e.obj.meeting || {}) : e.obj;
    for (const f of fields) {
      const label = el("label", null, f);
      const input = el("input");
      input.name = f;
      input.value = (edits[key] && f in edits[key]) ? edits[key][f] : (target[f] ?? "");
      input.addEventListener("change", () => {
        edits[key] = Object.assign(edits[key] || {}, { [f]: input.value.trim() || null });
        save();
      });
      label.append(input);
      box.append(label);
    }
    e.row.after(box);
  }

  const ADD = {
    member: { label: "member", fields: { name: "text*", role: ["", "chair", "vice-chair"] } },
    agenda: { label: "agenda item", fields: { number: "text*", title: "text*", page_start: "number" } },
    attendee: { label: "attendee", minutes: true,
      fields: { name: "text*", status: ["present", "apologies", "absent", "also_present"],
        role: ["", "chair", "vice-chair"], substitute_for: "text" } },
    item: { label: "minute item", minutes: true, fields: { number: "text*", title: "text*" } },
    resolution: { label: "resolution", minutes: true, item: true, fields: { text: "textarea*" } },
    programme: { label: "programme row",
      fields: { kind: ["work_programme", "forward_plan", "tracker"], meeting: "text", meeting_date: "date",
        topic: "text*", responsible: "text" } },
    date: { label: "date", fields: { date: "date*", kind: ["other", "meeting", "publication", "deadline"],
      text: "text" } },
  };
  let pendingEv = null;

  function addForm() {
    const sel = $("#add-type");
    for (const [k, spec] of Object.entries(ADD)) {
      const o = el("option", null, spec.label);
      o.value = k;
      sel.append(o);
    }
    sel.addEventListener("change", buildFields);
    buildFields();
    $("#add-ok").addEventListener("click", addRecord);
    $("#add-draw").addEventListener("click", () => document.body.classList.toggle("draw"));
    drawing();
  }

  function minutesOptions(select) {
    select.textContent = "";
    (RECORD.minutes || []).forEach((mm, k) => {
      const o = el("option", null, join("minutes", (mm.meeting || {}).date, (mm.meeting || {}).body) || "minutes " + (k + 1));
      o.value = String(k);
      select.append(o);
    });
    const o = el("option", null, "a set of minutes not found (give its date)");
    o.value = "new";
    select.append(o);
  }

  function itemOptions(select, k) {
    select.textContent = "";
    const items = k === "new" ? [] : ((RECORD.minutes || [])[+k] || {}).items || [];
    items.forEach((it, i) => {
      const o = el("option", null, join(it.number, clip(it.title, 60)));
      o.value = String(i);
      select.append(o);
    });
    added.filter((a) => a.kind === "item" && a.where.minutes === k).forEach((a) => {
      const o = el("option", null, join(a.obj.number, clip(a.obj.title, 60), "(added)"));
      o.value = "added:" + a.id;
      select.append(o);
    });
  }

  function field(name, spec) {
    const label = el("label", null, name + (String(spec).endsWith("*") ? " *" : ""));
    let input;
    if (Array.isArray(spec)) {
      input = el("select");
      for (const v of spec) { const o = el("option", null, v || "(none)"); o.value = v; input.append(o); }
    } else if (spec.startsWith("textarea")) {
      input = el("textarea");
      input.rows = 3;
    } else {
      input = el("input");
      input.type = spec.replace("*", "");
    }
    input.name = name;
    input.required = String(spec).endsWith("*");
    label.append(input);
    return label;
  }

  function buildFields() {
    const spec = ADD[$("#add-type").value];
    const box = $("#add-fields");
    box.textContent = "";
    if (spec.minutes) {
      const l = el("label", null, "minutes");
      const s = el("select");
      s.name = "_minutes";
      minutesOptions(s);
      l.append(s);
      box.append(l, field("_minutes_date", "date"));
      box.lastChild.firstChild.textContent = "date of those minutes (when not found)";
      if (spec.item) {
        const li = el("label", null, "item");
        const si = el("select");
        si.name = "_item";
        itemOptions(si, s.value);
        s.addEventListener("change", () => itemOptions(si, s.value));
        li.append(si);
        box.append(li);
      }
    }
    for (const [name, f] of Object.entries(spec.fields)) box.append(field(name, f));
  }

  function addRecord() {
    const kind = $("#add-type").value;
    const spec = ADD[kind];
    const obj = {};
    const err = $("#add-error");
    err.textContent = "";
    for (const input of $("#add-fields").querySelectorAll("[name]")) {
      if (input.name.startsWith("_")) continue;
      const v = input.value.trim();
      if (input.required && !v) { err.textContent = input.name + " is needed"; return; }
      if (v) obj[input.name] = input.type === "number" ? +v : v;
    }
    const w = {};
    if (spec.minutes) {
      w.minutes = $("#add-fields [name=_minutes]").value;
      w.minutes_date = $("#add-fields [name=_minutes_date]").value || null;
      if (w.minutes === "new" && !w.minutes_date) { err.textContent = "give the date of those minutes"; return; }
      if (spec.item) {
        w.item = ($("#add-fields [name=_item]") || {}).value;
        if (!w.item) { err.textContent = "choose the item the resolution belongs to"; return; }
      }
    }
    if (kind === "attendee" && !obj.status) obj.status = "present";
    if (kind === "resolution") obj.clauses = [];
    if (pendingEv) obj.evidence = pendingEv;
    const a = { id: "added." + Date.now().toString(36) + "." + added.length, kind, where: w, obj };
    added.push(a);
    showAdded(a);
    pendingEv = null;
    $("#add-where").textContent = "no box";
    for (const b of document.querySelectorAll(".box.drawing")) b.remove();
    buildFields();
    save();
  }

  function addedLabel(a) {
    const o = a.obj;
    const text = { attendee: attendeeLabel(o), resolution: clip(o.text, 160) }[a.kind] ||
      join(o.number, o.name, o.title, o.role, o.kind, o.date, o.meeting_date || o.meeting, o.topic, o.text);
    return join(ADD[a.kind].label, text);
  }

  function showAdded(a) {
    const g = $("#added");
    g.hidden = false;
    addEntry(g, "added", [], a.obj, addedLabel(a), { id: a.id, added: true });
  }

  function removeAdded(id) {
    const i = added.findIndex((a) => a.id === id);
    if (i >= 0) added.splice(i, 1);
    const e = entries.get(id);
    if (e) { e.row.remove(); if (e.box) e.box.remove(); entries.delete(id); }
    $("#added").hidden = !added.length;
    save();
  }

  function drawing() {
    let start = null, box = null, page = null;
    const point = (m, p) => {
      const r = p.getBoundingClientRect();
      return [(m.clientX - r.left) / r.width * parseFloat(p.dataset.width),
        (m.clientY - r.top) / r.height * parseFloat(p.dataset.height)];
    };
    document.addEventListener("mousedown", (m) => {
      if (!document.body.classList.contains("draw")) return;
      page = m.target.closest(".page");
      if (!page) return;
      m.preventDefault();
      for (const b of document.querySelectorAll(".box.drawing")) b.remove();
      start = point(m, page);
      box = el("div", "box drawing t-added");
      $(".boxes", page).append(box);
    });
    document.addEventListener("mousemove", (m) => {
      if (!start) return;
      const p = point(m, page);
      placeBox(box, page, [Math.min(start[0], p[0]), Math.min(start[1], p[1]), Math.max(start[0], p[0]), Math.max(start[1], p[1])]);
    });
    document.addEventListener("mouseup", (m) => {
      if (!start) return;
      const p = point(m, page);
      const r = (v) => Math.round(v * 10) / 10;
      pendingEv = { page: +page.dataset.page, bbox: [r(Math.min(start[0], p[0])), r(Math.min(start[1], p[1])),
        r(Math.max(start[0], p[0])), r(Math.max(start[1], p[1]))], lines: null };
      $("#add-where").textContent = "box on page " + pendingEv.page;
      document.body.classList.remove("draw");
      start = null;
    });
  }

  // -- the gold file -------------------------------------------------------------------------------
  function list(obj, key) { return (obj[key] = obj[key] || []); }
  function at(obj, path) { return path.reduce((o, k) => (o == null ? o : o[k]), obj); }

  function prune(value) {
    if (Array.isArray(value)) return value.filter((v) => v !== null).map(prune);
    if (value && typeof value === "object") {
      for (const k of Object.keys(value)) value[k] = prune(value[k]);
    }
    return value;
  }

  function exportGold() {
    const gold = JSON.parse(JSON.stringify(RECORD));
    for (const [key, fields] of Object.entries(edits)) {
      const target = at(gold, key.split(".").map((k) => (/^\d+$/.test(k) ? +k : k)));
      if (!target) continue;
      const m = key === "meeting" ? target : (target.meeting = target.meeting || {});
      Object.assign(m, fields);
    }
    const newMinutes = {};
    const minutesFor = (w) => {
      if (w.minutes !== "new") return gold.minutes[+w.minutes];
      if (!newMinutes[w.minutes_date]) {
        newMinutes[w.minutes_date] = { meeting: { date: w.minutes_date }, attendees: [], items: [] };
        list(gold, "minutes").push(newMinutes[w.minutes_date]);
      }
      return newMinutes[w.minutes_date];
    };
    const addedItems = {};
    for (const a of added) {
      const o = JSON.parse(JSON.stringify(a.obj));
      if (a.kind === "member") {
        gold.meeting = gold.meeting || { members: [] };
        (gold.meeting.members = gold.meeting.members || []).push(o);
      } else if (a.kind === "agenda") list(gold, "agenda_items").push(o);
      else if (a.kind === "programme") list(gold, "work_programme").push(o);
      else if (a.kind === "date") list(gold, "dates").push(o);
      else if (a.kind === "attendee") list(minutesFor(a.where), "attendees").push(o);
      else if (a.kind === "item") {
        o.resolutions = [];
        list(minutesFor(a.where), "items").push(o);
        addedItems[a.id] = o;
      }
    }
    for (const a of added.filter((x) => x.kind === "resolution")) {
      const item = a.where.item.startsWith("added:") ? addedItems[a.where.item.slice(6)]
        : minutesFor(a.where).items[+a.where.item];
      if (item) (item.resolutions = item.resolutions || []).push(JSON.parse(JSON.stringify(a.obj)));
    }
    // Records marked wrong go last, so the indices above still point at the extraction's lists.
    for (const e of entries.values()) {
      if (!e.wrong || !e.path.length) continue;
      const parent = at(gold, e.path.slice(0, -1));
      if (parent) parent[e.path[e.path.length - 1]] = null;
    }
    prune(gold);
    gold.review = {
      reviewed_from: (RECORD.source || {}).sha256 || null,
      wrong: [...entries.values()].filter((e) => e.wrong).map((e) => e.id),
      added: added.length,
      edited: Object.keys(edits),
    };
    return gold;
  }

  function download() {
    const blob = new Blob([JSON.stringify(exportGold(), null, 1)], { type: "application/json" });
    const a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = META.gold_name || "review.json";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  }

  // Marks survive a reload of the same page: kept in the browser under the document's sha256.
  const STORE = "councildocs-review:" + ((RECORD.source || {}).sha256 || META.title);
  function save() {
    const wrong = [...entries.values()].filter((e) => e.wrong).map((e) => e.id);
    $("#tally").textContent = `${wrong.length} marked wrong, ${added.length} added`;
    try { localStorage.setItem(STORE, JSON.stringify({ wrong, added, edits })); } catch (_) { /* private mode */ }
  }
  function restore() {
    let state = null;
    try { state = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (_) { state = null; }
    if (!state) return;
    for (const id of state.wrong || []) if (entries.has(id)) setWrong(entries.get(id), true);
    Object.assign(edits, state.edits || {});
    for (const a of state.added || []) { added.push(a); showAdded(a); }
  }

  header();
  buildList();
  addForm();
  restore();
  save();
  $("#export").addEventListener("click", download);
  window.councildocsReview = { exportGold, entries, select };
  document.body.dataset.ready = "1";
})();

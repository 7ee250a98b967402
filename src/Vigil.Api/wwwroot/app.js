// Shared helpers of the Vigil UI: API calls, the header, formatting and safe element building.
"use strict";
const Vigil = (() => {
  async function api(path, options = {}) {
    const response = await fetch(path, { credentials: "same-origin", ...options });
    if (response.status === 401) {
      location.href = "/ui/login.html?next=" + encodeURIComponent(location.pathname + location.search);
      throw new Error("not signed in");
    }
    if (!response.ok) {
      let detail = `${response.status}`;
      try { const problem = await response.json(); detail = problem.detail || problem.title || detail; } catch { /* not JSON */ }
      throw new Error(detail);
    }
    return response.status === 204 ? null : response.json();
  }

  /** Builds an element; children are nodes or text (never parsed as HTML). */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value; else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function header(active) {
    const links = [["devices", "/ui/", "Home"], ["incidents", "/ui/incidents.html", "Incidents"], ["alerts", "/ui/alerts.html", "Alerts"], ["map", "/ui/map.html", "Network map"]];
    const who = el("span", { class: "who", id: "who" });
    const nav = el("nav", { "aria-label": "main" }, links.map(([id, href, text]) => el("a", { href, class: id === active ? "active" : null }, text)));
    const bar = el("header", {}, el("span", { class: "brand" }, "VIGIL"), nav, who);
    document.body.prepend(bar);
    // The Orleans dashboard is mapped only by hosts whose silo has it: link to it only when it answers.
    fetch("/dashboard/", { credentials: "same-origin" }).then((r) => { if (r.ok) nav.append(el("a", { href: "/dashboard/", id: "dashboard-link" }, "Orleans")); }).catch(() => {});
    api("/api/session").then((s) => { who.textContent = `${s.name} (${s.scope})`; document.body.dataset.scope = s.scope; }).catch(() => {});
  }

  // One token: a no-break space between date and clock, so a narrow cell never splits "18:50:48 / Z".
  function time(iso) { return iso ? iso.replace("T", "\u00a0").replace(/(\.\d+)?(Z|\+00:00)$/, "Z") : "—"; }
  function clock(iso) { return iso ? iso.slice(11, 19) : "—"; }

  /**
   * One entry per breach: an update (isUpdate: a scan's new end, a new device's new evidence) carries the
   * device, model and time of the alert it updates, so it is folded into that alert. The folded entry keeps
   * the latest summary and evidence and the highest score, and counts the updates (updates, lastUpdate).
   */
  function foldAlerts(items) {
    const byBreach = new Map();
    const ordered = [...items].sort((a, b) => a.id - b.id);
    for (const a of ordered) {
      const key = `${a.device}|${a.model}|${a.time}`;
      const base = byBreach.get(key);
      if (!base) { byBreach.set(key, { ...a, updates: a.isUpdate ? 1 : 0, lastUpdate: a.isUpdate ? a.end : null }); continue; }
      byBreach.set(key, { ...base, summary: a.summary, evidence: a.evidence, score: Math.max(base.score, a.score), end: a.end || base.end,
        updates: base.updates + 1, lastUpdate: a.end || base.lastUpdate, acknowledged: base.acknowledged || a.acknowledged });
    }
    return [...byBreach.values()].sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : b.id - a.id));
  }

  /** "updated 3 times, last at 18:50:48" for a folded alert, else null. */
  function updatedNote(alert) {
    return alert.updates ? el("div", { class: "muted small" }, `updated ${alert.updates} time${alert.updates > 1 ? "s" : ""}, last at ${time(alert.lastUpdate)}`) : null;
  }

  function fact(value) {
    if (Array.isArray(value)) return value.length > 3 ? `${value.slice(0, 3).map(fact).join(", ")} … (${value.length})` : value.map(fact).join(", ");
    if (value !== null && typeof value === "object") return JSON.stringify(value);
    return typeof value === "number" && !Number.isInteger(value) ? value.toPrecision(3) : String(value);
  }

  /** Evidence as one compact line of its first facts ("hosts: 253 · ports: 102, 502"); the whole object behind a toggle. */
  function evidence(object, shown = 4) {
    const entries = object && typeof object === "object" ? Object.entries(object) : [];
    if (entries.length === 0) return el("span", { class: "muted" }, "—");
    const line = el("div", { class: "facts" }, entries.slice(0, shown).flatMap(([k, v], n) => [n ? " · " : "", el("span", { class: "fact" }, el("span", { class: "muted" }, `${k}: `), fact(v))]));
    if (entries.length <= shown && line.textContent.length < 160) return line;
    return el("div", {}, line, el("details", { class: "evidence" }, el("summary", {}, `all ${entries.length} facts`), el("pre", { class: "evidence" }, JSON.stringify(object, null, 1))));
  }
  function bytes(n) {
    const units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let i = 0; let v = n;
    while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
    return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
  }
  function score(value) {
    const level = value >= 0.9 ? "high" : value >= 0.5 ? "mid" : "low";
    return el("span", { class: `score ${level}`, title: "significance (0–1)" }, value.toFixed(2));
  }
  /** The incidents as a table; used by the home page and the incident list. */
  function incidentTable(items) {
    const rows = items.map((i) => el("tr", { "data-id": i.id, class: i.acknowledged ? "acknowledged" : null },
      el("td", {}, el("a", { href: `/ui/incident.html?id=${encodeURIComponent(i.id)}` }, i.id)),
      el("td", {}, el("a", { href: `/ui/incident.html?id=${encodeURIComponent(i.id)}` }, i.title), el("div", { class: "muted small" }, i.summary)),
      el("td", {}, el("span", { class: "tag" }, i.type)), el("td", {}, score(i.score)),
      el("td", { class: "time" }, time(i.start)), el("td", { class: "time" }, time(i.end)),
      el("td", {}, i.devices.slice(0, 4).flatMap((d, n) => [n ? ", " : "", el("a", { href: `/ui/device.html?ip=${encodeURIComponent(d)}` }, d)]), i.devices.length > 4 ? ` +${i.devices.length - 4}` : ""),
      el("td", { class: "num" }, i.alerts),
      el("td", {}, i.acknowledged ? `acknowledged by ${i.acknowledged.by}` : "open")));
    return el("table", { id: "incidents" },
      el("thead", {}, el("tr", {}, ["Id", "Incident", "Type", "Score", "Start", "End", "Devices", "Alerts", "Status"].map((h) => el("th", { class: h === "Alerts" ? "num" : null }, h)))),
      el("tbody", {}, rows));
  }

  function showError(container, error) { container.replaceChildren(el("p", { class: "error" }, `Could not load: ${error.message}`)); }
  function param(name) { return new URLSearchParams(location.search).get(name); }

  return { api, el, header, time, clock, bytes, score, showError, param, incidentTable, foldAlerts, updatedNote, evidence };
})();

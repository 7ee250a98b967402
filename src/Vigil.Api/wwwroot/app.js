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
    const links = [["devices", "/ui/", "Home"], ["incidents", "/ui/incidents.html", "Incidents"], ["alerts", "/ui/alerts.html", "Alerts"], ["map", "/ui/map.html", "Network map"], ["dashboard", "/dashboard/", "Orleans"]];
    const who = el("span", { class: "who", id: "who" });
    const bar = el("header", {}, el("span", { class: "brand" }, "VIGIL"),
      el("nav", {}, links.map(([id, href, text]) => el("a", { href, class: id === active ? "active" : null }, text))), who);
    document.body.prepend(bar);
    api("/api/session").then((s) => { who.textContent = `${s.name} (${s.scope})`; document.body.dataset.scope = s.scope; }).catch(() => {});
  }

  function time(iso) { return iso ? iso.replace("T", " ").replace(/\.\d+(Z|\+00:00)$/, "Z") : "—"; }
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
      el("td", {}, time(i.start)), el("td", {}, time(i.end)),
      el("td", {}, i.devices.slice(0, 4).flatMap((d, n) => [n ? ", " : "", el("a", { href: `/ui/device.html?ip=${encodeURIComponent(d)}` }, d)]), i.devices.length > 4 ? ` +${i.devices.length - 4}` : ""),
      el("td", { class: "num" }, i.alerts),
      el("td", {}, i.acknowledged ? `acknowledged by ${i.acknowledged.by}` : "open")));
    return el("table", { id: "incidents" },
      el("thead", {}, el("tr", {}, ["Id", "Incident", "Type", "Score", "Start", "End", "Devices", "Alerts", "Status"].map((h) => el("th", { class: h === "Alerts" ? "num" : null }, h)))),
      el("tbody", {}, rows));
  }

  function showError(container, error) { container.replaceChildren(el("p", { class: "error" }, `Could not load: ${error.message}`)); }
  function param(name) { return new URLSearchParams(location.search).get(name); }

  return { api, el, header, time, bytes, score, showError, param, incidentTable };
})();

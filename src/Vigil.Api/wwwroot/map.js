// The network map: subnets on a circle, coloured by the role of their zone (IT, ICS, DMZ, other), with a
// red border when a device in them raised an alert; conduits as arrows whose width grows with flows, red
// when mostly failed, orange and dashed when first seen after learning.
"use strict";
(() => {
  const { api, el, header, showError } = Vigil;
  header("map");
  const NS = "http://www.w3.org/2000/svg";
  const main = document.getElementById("main");
  const box = el("div", { class: "chart", id: "map" });
  const list = el("div", { id: "conduits" });
  const legend = el("div", { class: "legend", id: "map-legend" });
  main.append(el("h1", {}, "Network map"), el("p", { class: "muted" }, "Subnets and the traffic that crosses between them (observed conduits)."), legend, box, el("h2", {}, "Conduits"), list);

  function svg(tag, attributes = {}, text) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const ZONES = { it: ["#dbe7fb", "#1f5fbf", "IT"], ics: ["#dff3e6", "#2e7d5b", "ICS"], dmz: ["#efe3f7", "#7a3fa0", "DMZ"], other: ["#eceef1", "#5b6575", "other / external"] };
  const MAX_SUBNETS_LOOKED_UP = 100;

  async function load() {
    try {
      const [map, alerts] = await Promise.all([api("/api/network"), api("/api/alerts?limit=500")]);
      // A subnet's zone is its devices' zone (one device says it; zones are made of whole subnets).
      const zones = await Promise.all(map.subnets.slice(0, MAX_SUBNETS_LOOKED_UP).map((s) =>
        api(`/api/devices?subnet=${encodeURIComponent(s.subnet)}&limit=1`).then((p) => p.items[0] || null).catch(() => null)));
      const alerted = new Set(alerts.items.map((a) => a.device));
      render(map, zones, alerted);
    } catch (error) { showError(box, error); }
  }

  function contains(subnet, ip) {
    const [base, bits] = subnet.split("/");
    if (!ip.includes(".") || !base.includes(".")) return false;
    const n = (a) => a.split(".").reduce((v, o) => v * 256 + Number(o), 0);
    const size = 2 ** (32 - Number(bits));
    return Math.floor(n(ip) / size) === Math.floor(n(base) / size);
  }

  function render(map, zones, alertedDevices) {
    const W = 1000, H = 560, cx = W / 2, cy = H / 2, radius = Math.min(W, H) / 2 - 70, hw = 72, hh = 26;
    const at = new Map(map.subnets.map((s, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, map.subnets.length) - Math.PI / 2;
      const device = zones[i];
      const role = device && ZONES[device.zone] ? device.zone : "other";
      const alerted = [...alertedDevices].filter((ip) => contains(s.subnet, ip)).length;
      return [s.subnet, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), subnet: s, role, zoneName: device?.zoneName, alerted }];
    }));
    const drawing = svg("svg", { viewBox: `0 0 ${W} ${H}`, id: "networkmap", role: "img", "aria-label": "subnets by zone and the conduits between them" });
    const defs = svg("defs");
    for (const [id, colour] of [["arrow", "#5b6575"], ["arrow-new", "#d98e04"], ["arrow-failed", "#c0392b"]]) {
      const marker = svg("marker", { id, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
      marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour }));
      defs.append(marker);
    }
    drawing.append(defs);
    // Where the line from a node's centre towards (dx, dy) leaves its box, plus a gap: the arrowhead
    // stops outside the box, so it never covers the subnet's label (which is inside the box).
    const edge = (node, dx, dy, gap) => {
      const t = Math.min(dx ? (hw + gap) / Math.abs(dx) : Infinity, dy ? (hh + gap) / Math.abs(dy) : Infinity);
      return { x: node.x + dx * t, y: node.y + dy * t };
    };
    const peak = Math.max(1, ...map.conduits.map((c) => c.flows));
    for (const c of map.conduits) {
      const from = at.get(c.from), to = at.get(c.to);
      if (!from || !to) continue;
      const mostlyFailed = c.failed * 2 > c.flows, isNew = !c.inBaseline;
      const dx = to.x - from.x, dy = to.y - from.y;
      const a = edge(from, dx, dy, 2), b = edge(to, -dx, -dy, 4);
      const kind = mostlyFailed ? "failed" : isNew ? "new" : "known";
      const line = svg("line", { class: `conduit ${kind}${isNew ? " new" : ""}`, x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        stroke: mostlyFailed ? "#c0392b" : isNew ? "#d98e04" : "#5b6575", "stroke-width": 1.5 + 5 * (c.flows / peak),
        "stroke-dasharray": isNew ? "7 4" : "none", "marker-end": `url(#${kind === "known" ? "arrow" : kind === "new" ? "arrow-new" : "arrow-failed"})` });
      line.append(svg("title", {}, `${c.from} → ${c.to} ${c.service}: ${c.flows} flows, ${c.failed} failed${isNew ? ", new since learning" : ""}`));
      drawing.append(line);
    }
    for (const { x, y, subnet, role, zoneName, alerted } of at.values()) {
      const [fill, stroke] = ZONES[role];
      const node = svg("g", { class: `subnet zone-${role}${alerted ? " alerted" : ""}` });
      node.append(svg("rect", { x: x - hw, y: y - hh, width: 2 * hw, height: 2 * hh, rx: 8, fill, stroke: alerted ? "#c0392b" : stroke, "stroke-width": alerted ? 3 : 1.5 }));
      node.append(svg("text", { x, y: y - 6, "text-anchor": "middle", "font-size": 12, "font-weight": 600, fill: "#1d2430" }, subnet.subnet));
      node.append(svg("text", { x, y: y + 12, "text-anchor": "middle", "font-size": 11, fill: "#1d2430" },
        `${zoneName || ZONES[role][2]} · ${subnet.devices} dev${alerted ? ` · ${alerted} alerted` : ""}`));
      node.append(svg("title", {}, `${subnet.subnet} (${zoneName ? zoneName + ", " : ""}${ZONES[role][2]}): ${subnet.devices} devices, ${alerted} with alerts, ${subnet.failedAttempts}/${subnet.attempts} attempts failed`));
      drawing.append(node);
    }
    box.replaceChildren(drawing);
    legend.replaceChildren(...Object.values(ZONES).map(([fill, stroke, text]) => el("span", {}, el("span", { class: "swatch", style: null, "data-fill": fill }), text)),
      el("span", {}, el("span", { class: "swatch alerted" }), "subnet with alerted devices"),
      el("span", {}, el("span", { class: "swatch new" }), "conduit new since learning"),
      el("span", {}, el("span", { class: "swatch failed" }), "conduit mostly failed"));
    list.replaceChildren(el("table", { id: "conduit-table" },
      el("thead", {}, el("tr", {}, ["From", "To", "Service", "Flows", "Failed", "First seen", "Last seen", ""].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, map.conduits.map((c) => el("tr", { class: c.inBaseline ? null : "new" }, el("td", { class: "ip" }, c.from), el("td", { class: "ip" }, c.to), el("td", {}, c.service),
        el("td", { class: "num" }, c.flows), el("td", { class: "num" }, c.failed), el("td", { class: "time" }, Vigil.time(c.firstSeen)), el("td", { class: "time" }, Vigil.time(c.lastSeen)),
        el("td", {}, c.inBaseline ? "" : el("span", { class: "tag new" }, "new since learning")))))));
  }

  load();
})();

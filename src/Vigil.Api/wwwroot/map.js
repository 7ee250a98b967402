// The network map: subnets on a circle, conduits as arrows whose width grows with flows; red when mostly failed.
"use strict";
(() => {
  const { api, el, header, showError } = Vigil;
  header("map");
  const NS = "http://www.w3.org/2000/svg";
  const main = document.getElementById("main");
  const box = el("div", { class: "chart", id: "map" });
  const list = el("div", { id: "conduits" });
  main.append(el("h1", {}, "Network map"), el("p", { class: "muted" }, "Subnets and the traffic that crosses between them (observed conduits)."), box, el("h2", {}, "Conduits"), list);

  function svg(tag, attributes = {}, text) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  async function load() {
    try { render(await api("/api/network")); } catch (error) { showError(box, error); }
  }

  function render(map) {
    const W = 900, H = 520, cx = W / 2, cy = H / 2, radius = Math.min(W, H) / 2 - 90;
    const at = new Map(map.subnets.map((s, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, map.subnets.length) - Math.PI / 2;
      return [s.subnet, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), subnet: s }];
    }));
    const drawing = svg("svg", { viewBox: `0 0 ${W} ${H}`, id: "networkmap" });
    const defs = svg("defs");
    const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
    marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#5b6575" }));
    defs.append(marker);
    drawing.append(defs);
    const peak = Math.max(1, ...map.conduits.map((c) => c.flows));
    for (const c of map.conduits) {
      const from = at.get(c.from), to = at.get(c.to);
      if (!from || !to) continue;
      const mostlyFailed = c.failed * 2 > c.flows;
      const dx = to.x - from.x, dy = to.y - from.y, length = Math.hypot(dx, dy) || 1, pad = 34;
      const line = svg("line", { class: "conduit", x1: from.x + (dx / length) * pad, y1: from.y + (dy / length) * pad, x2: to.x - (dx / length) * pad, y2: to.y - (dy / length) * pad,
        stroke: mostlyFailed ? "#c0392b" : "#5b6575", "stroke-width": 1 + 5 * (c.flows / peak), "marker-end": "url(#arrow)" });
      line.append(svg("title", {}, `${c.from} → ${c.to} ${c.service}: ${c.flows} flows, ${c.failed} failed`));
      drawing.append(line);
    }
    for (const { x, y, subnet } of at.values()) {
      const node = svg("g", { class: "subnet" });
      node.append(svg("circle", { cx: x, cy: y, r: 30, fill: "#e8eef8", stroke: "#1f5fbf" }));
      node.append(svg("text", { x, y: y - 36, "text-anchor": "middle", "font-size": 12, fill: "#1d2430" }, subnet.subnet));
      node.append(svg("text", { x, y: y + 4, "text-anchor": "middle", "font-size": 12, fill: "#1d2430" }, `${subnet.devices} dev`));
      node.append(svg("title", {}, `${subnet.subnet}: ${subnet.devices} devices, ${subnet.failedAttempts}/${subnet.attempts} attempts failed`));
      drawing.append(node);
    }
    box.replaceChildren(drawing);
    list.replaceChildren(el("table", {},
      el("thead", {}, el("tr", {}, ["From", "To", "Service", "Flows", "Failed", "Last seen"].map((h) => el("th", {}, h)))),
      el("tbody", {}, map.conduits.map((c) => el("tr", {}, el("td", {}, c.from), el("td", {}, c.to), el("td", {}, c.service),
        el("td", { class: "num" }, c.flows), el("td", { class: "num" }, c.failed), el("td", {}, Vigil.time(c.lastSeen)))))));
  }

  load();
})();

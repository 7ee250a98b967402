// One device: identity cards, the time chart with its importance curve, its alerts and its event log.
"use strict";
(() => {
  const { api, el, header, time, bytes, score, showError, param, foldAlerts, updatedNote, evidence } = Vigil;
  header("devices");
  const main = document.getElementById("main");
  const ip = param("ip");
  const identity = el("div", { class: "cards", id: "identity" });
  const cards = el("div", { class: "cards", id: "cards" });
  const chart = el("div", { class: "chart", id: "chart" });
  const legend = el("div", { class: "legend" },
    el("span", {}, el("span", { class: "swatch ok" }), "answered connections"),
    el("span", {}, el("span", { class: "swatch failed" }), "failed connections"),
    el("span", {}, el("span", { class: "swatch importance" }), "significance: the highest score of a breach under way, fading after it (right axis)"));
  const incidentsBox = el("div", { id: "device-incidents" });
  const alertsBox = el("div", { id: "device-alerts" });
  const form = el("form", { class: "filters" },
    el("label", {}, "Port", el("input", { name: "port", size: 6 })),
    el("label", {}, "Peer", el("input", { name: "peer", placeholder: "10.20.0.5" })),
    el("button", { type: "submit" }, "Filter"));
  const log = el("div", { id: "eventlog" });
  main.append(el("h1", {}, `Device ${ip}`), identity, el("h2", {}, "Activity"), cards, el("h2", {}, "Incidents"), incidentsBox, el("h2", {}, "Connections over time"), legend, chart,
    el("h2", {}, "Alerts"), alertsBox, el("h2", {}, "Event log"), form, log);
  form.addEventListener("submit", (event) => { event.preventDefault(); loadLog(); });

  function card(labelText, value, cls = "value") { return el("div", { class: "card" }, el("div", { class: "label" }, labelText), el("div", { class: cls }, value)); }

  async function load() {
    const path = `/api/devices/${encodeURIComponent(ip)}`;
    try {
      const [device, connections, alertPage, incidents] = await Promise.all([api(path), api(`${path}/connections?limit=256`), api(`${path}/alerts?limit=500`),
        api(`/api/incidents?device=${encodeURIComponent(ip)}&limit=20`)]);
      const alerts = foldAlerts(alertPage.items);
      incidentsBox.replaceChildren(incidents.items.length === 0 ? el("p", { class: "muted" }, "Part of no incident.")
        : el("ul", { class: "incidents" }, incidents.items.map((i) => el("li", {},
          el("a", { href: `/ui/incident.html?id=${encodeURIComponent(i.id)}` }, `${i.id}: ${i.title}`), " ", score(i.score), " ",
          el("span", { class: "muted" }, `${i.devices[0] === ip ? "as the actor" : "as a device it touched"} · ${time(i.start)} – ${time(i.end)}`)))));
      identity.replaceChildren(
        card("Names", device.names.join(", ") || "—"), card("Vendor / product", [device.vendor, device.product].filter(Boolean).join(" / ") || "—"),
        el("div", { class: "card wide", id: "role" }, el("div", { class: "label" }, "Role"), el("div", { class: "value" }, device.role || "unknown"),
          el("ul", { class: "evidence" }, device.roleEvidence.map((e) => el("li", {}, e)))),
        el("div", { class: "card wide", id: "zone" }, el("div", { class: "label" }, "Zone"),
          el("div", { class: "value" }, device.zoneName ? `${device.zoneName} (${device.zone})` : device.zone || "unknown"),
          el("ul", { class: "evidence" }, device.zoneEvidence ? el("li", {}, device.zoneEvidence) : null)));
      cards.replaceChildren(card("Subnet", device.subnet), card("MACs", device.macs.join(", ") || "—"), card("VLANs", device.vlans.join(", ") || "—"),
        card("First seen", time(device.firstSeen), "value time"), card("Last seen", time(device.lastSeen), "value time"), card("Peers", device.peers),
        card("Flows", device.flows), card("Sent / received", `${bytes(device.bytesSent)} / ${bytes(device.bytesReceived)}`),
        card("Offers", device.servicesOffered.join(" ") || "—"), card("Uses", device.servicesUsed.join(" ") || "—"), card("Alerts", alerts.length));
      VigilChart.render(chart, connections.items, alerts);
      alertsBox.replaceChildren(alerts.length === 0 ? el("p", { class: "muted" }, "No alerts.") : el("table", { id: "alert-table" },
        el("thead", {}, el("tr", {}, ["Time", "Model", "Incident", "Score", "Summary", "Evidence"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, alerts.map((a) => el("tr", {}, el("td", { class: "time" }, time(a.time)), el("td", {}, a.model),
          el("td", {}, a.incident ? el("a", { href: `/ui/incident.html?id=${encodeURIComponent(a.incident)}` }, a.incident) : ""), el("td", {}, score(a.score)),
          el("td", {}, a.summary, updatedNote(a)), el("td", { class: "evidence" }, evidence(a.evidence)))))));
      renderLog(connections);
    } catch (error) { showError(cards, error); }
  }

  async function loadLog() {
    const query = new URLSearchParams({ limit: 256 });
    for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
    try { renderLog(await api(`/api/devices/${encodeURIComponent(ip)}/connections?${query}`)); } catch (error) { showError(log, error); }
  }

  function renderLog(page) {
    const rows = page.items.map((c) => el("tr", { class: c.failed ? "failed" : null },
      el("td", { class: "time" }, time(c.start)), el("td", {}, c.direction), el("td", { class: "ip" }, `${c.orig}:${c.origPort}`), el("td", { class: "ip" }, `${c.resp}:${c.respPort}`),
      el("td", {}, c.proto), el("td", {}, c.service || ""), el("td", {}, c.open ? `${c.state} (open)` : c.state), el("td", { class: "num" }, c.origBytes),
      el("td", { class: "num" }, c.respBytes), el("td", { class: "summary" }, c.summary || "")));
    // The grain keeps a bounded recent log; paging through the whole history comes with the estate-scale store.
    log.replaceChildren(el("p", { class: "muted", id: "log-note" }, `The recent ${page.total} connections (a device keeps its last 256; older ones are not shown here).`), el("table", { id: "events" },
      el("thead", {}, el("tr", {}, ["Start", "Dir", "Originator", "Responder", "Proto", "Service", "State", "Bytes out", "Bytes back", "Details"].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows)));
  }

  load();
})();

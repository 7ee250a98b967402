// The home page: open incidents first (what an analyst reads first), then the device list with filters and paging.
"use strict";
(() => {
  const { api, el, header, time, bytes, showError, param, incidentTable } = Vigil;
  header("devices");
  const pageSize = 100;
  const main = document.getElementById("main");
  const form = el("form", { class: "filters", id: "filters" },
    el("label", {}, "Address contains", el("input", { name: "q", placeholder: "10.20." })),
    el("label", {}, "Zone", el("select", { name: "zone" }, ["", "it", "ics", "dmz"].map((z) => el("option", { value: z, selected: param("zone") === z }, z || "any")))),
    el("label", {}, "Role", el("select", { name: "role" }, ["", "plc", "rtu", "hmi_scada", "engineering_workstation", "historian", "server", "it_workstation", "unknown"]
      .map((r) => el("option", { value: r, selected: param("role") === r }, r || "any")))),
    el("label", {}, "Subnet", el("input", { name: "subnet", placeholder: "10.20.0.0/24" })),
    el("label", {}, "Service", el("input", { name: "service", placeholder: "tcp/502" })),
    el("label", {}, "VLAN", el("input", { name: "vlan", size: 5 })),
    el("label", {}, "Order", el("select", { name: "sort" }, el("option", { value: "risk" }, "riskiest first"), el("option", { value: "address" }, "by address"))),
    el("button", { type: "submit" }, "Filter"));
  const result = el("div", { id: "result" });
  const incidents = el("div", { id: "home-incidents" }, el("p", { class: "muted" }, "Loading incidents…"));
  main.append(el("h1", {}, "Open incidents"), incidents, el("h1", {}, "Devices"), form, result);
  api("/api/incidents?acknowledged=false&limit=10").then((page) => {
    incidents.replaceChildren(page.items.length === 0 ? el("p", { class: "muted" }, "No open incidents.") : incidentTable(page.items),
      el("p", {}, el("a", { href: "/ui/incidents.html" }, `All incidents (${page.total} open) ›`)));
  }).catch((error) => showError(incidents, error));
  let offset = 0;

  form.addEventListener("submit", (event) => { event.preventDefault(); offset = 0; load(); });

  async function load() {
    const query = new URLSearchParams({ offset, limit: pageSize });
    for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
    try {
      render(await api(`/api/devices?${query}`));
    } catch (error) { showError(result, error); }
  }

  // Compact: one line per device (the CSS keeps cells on one line; long names and services end in an ellipsis
  // with the whole text in a tooltip), so a 1400 px window shows the whole table and a screen of devices.
  function clipped(text, cls = "clip") { return el("td", { class: cls, title: text || null }, text || ""); }

  function render(page) {
    const rows = page.items.map((d) => el("tr", { "data-ip": d.ip, class: d.alerts > 0 ? "alerted" : null },
      el("td", { class: "ip" }, el("a", { href: `/ui/device.html?ip=${encodeURIComponent(d.ip)}` }, d.ip)),
      clipped(d.names.length ? d.names[d.names.length - 1] : ""),
      clipped([d.vendor, d.product].filter(Boolean).join(" / ")),
      el("td", {}, d.role || ""), clipped(d.zoneName ? `${d.zoneName} (${d.zone})` : d.zone || ""),
      el("td", {}, d.subnet), el("td", { class: "time" }, time(d.lastSeen)),
      el("td", { class: "num" }, d.peers), el("td", { class: "num" }, d.flows),
      el("td", { class: "num" }, `${bytes(d.bytesSent)} / ${bytes(d.bytesReceived)}`),
      clipped(d.services.join(", "), "clip services"), el("td", { class: "num" }, d.alerts)));
    const headings = [["Address"], ["Name"], ["Vendor / product"], ["Role"], ["Zone"], ["Subnet"], ["Last seen"], ["Peers", "num"], ["Flows", "num"], ["Sent / received", "num"], ["Services"], ["Alerts", "num"]];
    const table = el("table", { id: "devices", class: "compact" },
      el("thead", {}, el("tr", {}, headings.map(([h, cls]) => el("th", { class: cls || null, scope: "col" }, h)))),
      el("tbody", {}, rows));
    const last = Math.min(page.offset + page.items.length, page.total);
    const previous = el("button", { type: "button", class: "secondary", disabled: page.offset === 0 }, "‹ Previous");
    const next = el("button", { type: "button", class: "secondary", disabled: last >= page.total }, "Next ›");
    previous.addEventListener("click", () => { offset = Math.max(0, offset - pageSize); load(); });
    next.addEventListener("click", () => { offset += pageSize; load(); });
    result.replaceChildren(el("div", { class: "pager" }, previous, `${page.total === 0 ? 0 : page.offset + 1}–${last} of ${page.total}`, next), table);
  }

  load();
})();

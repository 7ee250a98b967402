// The alert log: filters, acknowledgement (admin keys) and live updates over server-sent events.
"use strict";
(() => {
  const { api, el, header, time, score, showError, param, foldAlerts, updatedNote, evidence } = Vigil;
  header("alerts");
  const main = document.getElementById("main");
  const form = el("form", { class: "filters" },
    el("label", {}, "Device", el("input", { name: "device", value: param("device") || "" })),
    el("label", {}, "Model", el("input", { name: "model", size: 36 })),
    el("button", { type: "submit" }, "Filter"));
  const live = el("p", { class: "muted", id: "live" }, "Live: connecting…");
  const result = el("div", { id: "result" });
  main.append(el("h1", {}, "Alerts"), form, live, result);
  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });

  async function load() {
    const query = new URLSearchParams({ limit: 200 });
    for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
    try { render(foldAlerts((await api(`/api/alerts?${query}`)).items)); } catch (error) { showError(result, error); }
  }

  function render(alerts) {
    const rows = alerts.map((a) => {
      const ack = a.acknowledged
        ? el("span", { class: "muted" }, `acknowledged by ${a.acknowledged.by}${a.acknowledged.comment ? ": " + a.acknowledged.comment : ""}`)
        : document.body.dataset.scope === "admin" ? ackButton(a) : el("span", { class: "muted" }, "open");
      return el("tr", { "data-id": a.id },
        el("td", { class: "time" }, time(a.time)),
        el("td", {}, el("a", { href: `/ui/device.html?ip=${encodeURIComponent(a.device)}` }, a.device)),
        el("td", {}, a.model),
        el("td", {}, a.incident ? el("a", { href: `/ui/incident.html?id=${encodeURIComponent(a.incident)}` }, a.incident) : ""),
        el("td", {}, score(a.score)), el("td", {}, a.summary, updatedNote(a)),
        el("td", { class: "evidence" }, evidence(a.evidence)), el("td", {}, ack));
    });
    result.replaceChildren(el("table", { id: "alerts" },
      el("thead", {}, el("tr", {}, ["Time", "Device", "Model", "Incident", "Score", "Summary", "Evidence", "Status"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows)));
  }

  function ackButton(alert) {
    const button = el("button", { type: "button" }, "Acknowledge");
    button.addEventListener("click", async () => {
      const comment = prompt("Comment (optional)") ?? "";
      await api(`/api/alerts/${alert.id}/ack`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ comment }) });
      load();
    });
    return button;
  }

  // New alerts appear as they are raised; the list reloads so filters still apply.
  const stream = new EventSource("/api/alerts/stream");
  stream.addEventListener("open", () => { live.textContent = "Live: connected"; });
  stream.addEventListener("alert", () => { load(); });
  stream.addEventListener("error", () => { live.textContent = "Live: reconnecting…"; });
  load();
})();

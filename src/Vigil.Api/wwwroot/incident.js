// One incident: the story (title, summary), its timeline of breaches, the devices involved with their identity,
// and what analysts did: acknowledgement and comments (admin keys).
"use strict";
(() => {
  const { api, el, header, time, score, showError, param } = Vigil;
  header("incidents");
  const main = document.getElementById("main");
  const id = param("id");
  const title = el("h1", { id: "title" }, `Incident ${id}`);
  const story = el("div", { class: "story", id: "story" });
  const timeline = el("ol", { class: "timeline", id: "timeline" });
  const devices = el("div", { id: "incident-devices" });
  const notes = el("div", { class: "notes", id: "notes" });
  main.append(title, story, el("h2", {}, "Timeline"), timeline, el("h2", {}, "Devices involved"), devices, el("h2", {}, "Analysis"), notes);

  async function load() {
    try {
      const detail = await api(`/api/incidents/${encodeURIComponent(id)}`);
      const i = detail.incident;
      if (i.id !== id) history.replaceState(null, "", `?id=${encodeURIComponent(i.id)}`); // an absorbed id answers its survivor
      title.textContent = `${i.id}: ${i.title}`;
      story.replaceChildren(...[
        el("p", {}, score(i.score), " ", el("span", { class: "tag" }, i.type), " ", `${time(i.start)} – ${time(i.end)}`, ` · ${i.alerts} alert(s)`),
        el("p", { id: "summary" }, i.summary),
        detail.merged.length ? el("p", { class: "muted" }, `Includes ${detail.merged.join(", ")}.`) : null].filter(Boolean));
      timeline.replaceChildren(...detail.timeline.map((a) => el("li", {},
        el("div", {}, el("span", { class: "when" }, time(a.time) + (a.end ? ` – ${time(a.end)}` : "")),
          el("a", { href: `/ui/device.html?ip=${encodeURIComponent(a.device)}` }, a.device), " · ", el("b", {}, a.model), " ", score(a.score)),
        el("div", {}, a.summary), el("div", { class: "small" }, Vigil.evidence(a.evidence)),
        a.peers.length ? el("div", { class: "muted small" }, `touched: ${a.peers.slice(0, 12).join(", ")}${a.peers.length > 12 ? " …" : ""}`) : null)));
      // Addresses the estate has no device for (scanned hosts that never answered, external peers) are one
      // summary row with their count, not one row each: the story is about the devices.
      const known = detail.devices.filter((d) => d.known);
      const knownIps = new Set(known.map((d) => d.ip));
      const others = [...new Set(detail.timeline.flatMap((a) => a.peers).concat(detail.devices.map((d) => d.ip)))].filter((ip) => !knownIps.has(ip));
      devices.replaceChildren(el("table", { id: "devices" },
        el("thead", {}, el("tr", {}, ["Address", "Names", "Vendor / product", "Role", "Zone", "Subnet"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, known.map((d) => el("tr", {},
          el("td", { class: "ip" }, el("a", { href: `/ui/device.html?ip=${encodeURIComponent(d.ip)}` }, d.ip)),
          el("td", {}, d.names.join(", ")), el("td", {}, [d.vendor, d.product].filter(Boolean).join(" / ")),
          el("td", {}, d.role || ""), el("td", {}, d.zone || ""), el("td", {}, d.subnet || ""))),
          others.length ? el("tr", { class: "others", id: "other-addresses" }, el("td", { colspan: 6, title: others.slice(0, 200).join(", ") },
            `${others.length} other address${others.length > 1 ? "es" : ""} touched (not modelled devices: never answered, or outside the estate): ${others.slice(0, 6).join(", ")}${others.length > 6 ? " …" : ""}`)) : null)));
      renderNotes(i, detail.comments);
    } catch (error) { showError(story, error); }
  }

  function renderNotes(incident, comments) {
    const status = el("p", { id: "ack-status" }, incident.acknowledged
      ? `Acknowledged by ${incident.acknowledged.by} at ${time(incident.acknowledged.at)}${incident.acknowledged.comment ? ": " + incident.acknowledged.comment : ""}`
      : "Open.");
    const list = el("ul", { class: "comments", id: "comments" }, comments.map((c) => el("li", {}, el("b", {}, c.by), ` (${time(c.at)}): `, c.text)));
    notes.replaceChildren(status, comments.length ? list : el("p", { class: "muted" }, "No comments yet."));
    if (document.body.dataset.scope !== "admin") return;
    const text = el("textarea", { name: "text", id: "comment-text", placeholder: "What you found, what you did" });
    const comment = el("button", { type: "submit", id: "comment" }, "Add comment");
    const ack = el("button", { type: "button", id: "ack", class: "secondary" }, incident.acknowledged ? "Acknowledge again" : "Acknowledge");
    const form = el("form", {}, text, el("p", {}, comment, " ", ack));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!text.value.trim()) return;
      await post(`/api/incidents/${encodeURIComponent(incident.id)}/comments`, { text: text.value });
    });
    ack.addEventListener("click", () => post(`/api/incidents/${encodeURIComponent(incident.id)}/ack`, { comment: text.value }));
    notes.append(form);
  }

  async function post(path, body) {
    try {
      await api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      load();
    } catch (error) { showError(notes, error); }
  }

  // The session's scope arrives with the header; render once it is known so admins get the controls.
  api("/api/session").then((s) => { document.body.dataset.scope = s.scope; }).catch(() => {}).finally(load);
})();

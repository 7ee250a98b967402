// The incident list: the correlated stories, most significant first, with filters and paging.
"use strict";
(() => {
  const { api, el, header, showError, param, incidentTable } = Vigil;
  header("incidents");
  const pageSize = 50;
  const main = document.getElementById("main");
  const form = el("form", { class: "filters" },
    el("label", {}, "Type", el("select", { name: "type" }, ["", "ics_control", "reconnaissance", "command_and_control", "remote_access", "anomalous_behaviour"]
      .map((t) => el("option", { value: t }, t || "any")))),
    el("label", {}, "Device", el("input", { name: "device", value: param("device") || "" })),
    el("label", {}, "Status", el("select", { name: "acknowledged" }, el("option", { value: "" }, "any"), el("option", { value: "false" }, "open"), el("option", { value: "true" }, "acknowledged"))),
    el("label", {}, "Order", el("select", { name: "order" }, el("option", { value: "score" }, "most significant"), el("option", { value: "recent" }, "most recent"))),
    el("button", { type: "submit" }, "Filter"));
  const result = el("div", { id: "result" });
  main.append(el("h1", {}, "Incidents"), form, result);
  let offset = 0;
  form.addEventListener("submit", (event) => { event.preventDefault(); offset = 0; load(); });

  async function load() {
    const query = new URLSearchParams({ offset, limit: pageSize });
    for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
    try {
      const page = await api(`/api/incidents?${query}`);
      const last = Math.min(page.offset + page.items.length, page.total);
      const previous = el("button", { type: "button", class: "secondary", disabled: page.offset === 0 }, "‹ Previous");
      const next = el("button", { type: "button", class: "secondary", disabled: last >= page.total }, "Next ›");
      previous.addEventListener("click", () => { offset = Math.max(0, offset - pageSize); load(); });
      next.addEventListener("click", () => { offset += pageSize; load(); });
      result.replaceChildren(el("div", { class: "pager" }, previous, `${page.total === 0 ? 0 : page.offset + 1}–${last} of ${page.total}`, next),
        page.items.length === 0 ? el("p", { class: "muted" }, "No incidents match.") : incidentTable(page.items));
    } catch (error) { showError(result, error); }
  }

  load();
})();

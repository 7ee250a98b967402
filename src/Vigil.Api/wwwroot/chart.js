// The device time chart: connections per time bucket (answered and failed, stacked bars) with the
// "importance curve" — the significance (0–1) of the device's alerts over the same time axis.
"use strict";
const VigilChart = (() => {
  const NS = "http://www.w3.org/2000/svg";
  const W = 960, H = 280, L = 48, R = 48, T = 16, B = 44, BUCKETS = 48, SIGNIFICANCE_HALF_LIFE_MS = 3600e3;

  function svg(tag, attributes = {}, text) {
    const node = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function label(ms, withDate, span) {
    const iso = new Date(ms).toISOString();
    const clock = span < 3 * 3600e3 ? iso.slice(11, 19) : iso.slice(11, 16);
    return withDate ? `${iso.slice(0, 10)} ${clock}` : clock;
  }

  /** Draws into container; connections have start/failed, alerts have time/score/model. */
  function render(container, connections, alerts) {
    const times = connections.map((c) => Date.parse(c.start)).concat(alerts.map((a) => Date.parse(a.time)));
    let t0 = Math.min(...times), t1 = Math.max(...times);
    if (!isFinite(t0)) { t0 = Date.now() - 3600e3; t1 = Date.now(); }
    if (t1 - t0 < 60e3) { t0 -= 30e3; t1 += 30e3; }
    const span = t1 - t0, width = (W - L - R) / BUCKETS;
    const bucketOf = (ms) => Math.min(BUCKETS - 1, Math.floor(((ms - t0) / span) * BUCKETS));
    const ok = new Array(BUCKETS).fill(0), failed = new Array(BUCKETS).fill(0), importance = new Array(BUCKETS).fill(0);
    for (const c of connections) (c.failed ? failed : ok)[bucketOf(Date.parse(c.start))]++;
    // Significance as "how unusual was this moment": a breach holds its score while its episode lasts
    // (time to end) and then fades with a half-life of an hour, the way an analyst's suspicion does; the
    // moment takes the highest of the breaches under way. Drawn as steps (one per bucket), not a comb of
    // spikes that falls to 0 between alerts, which read as if the device were normal again at once.
    for (let b = 0; b < BUCKETS; b++) {
      const from = t0 + (span * b) / BUCKETS, to = t0 + (span * (b + 1)) / BUCKETS;
      for (const a of alerts) {
        const start = Date.parse(a.time), end = a.end ? Date.parse(a.end) : start;
        if (start >= to) continue;
        const value = end >= from ? a.score : a.score * Math.pow(0.5, (from - end) / SIGNIFICANCE_HALF_LIFE_MS);
        importance[b] = Math.max(importance[b], value);
      }
    }
    const peak = Math.max(1, ...ok.map((v, i) => v + failed[i]));
    const y = (count) => H - B - (count / peak) * (H - T - B);
    const yScore = (s) => H - B - s * (H - T - B);

    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, id: "timechart", role: "img", "aria-label": "connections over time with alert significance" });
    chart.append(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#8893a4" }));
    chart.append(svg("text", { x: L - 6, y: T + 10, "text-anchor": "end", "font-size": 11, fill: "#5b6575" }, String(peak)));
    chart.append(svg("text", { x: L - 6, y: H - B, "text-anchor": "end", "font-size": 11, fill: "#5b6575" }, "0"));
    chart.append(svg("text", { x: W - R + 6, y: T + 10, "font-size": 11, fill: "#d98e04" }, "1.0"));
    chart.append(svg("text", { x: W - R + 6, y: yScore(0.5) + 4, "font-size": 11, fill: "#d98e04" }, "0.5"));
    chart.append(svg("line", { x1: L, y1: yScore(0.5), x2: W - R, y2: yScore(0.5), stroke: "#f0d9a8", "stroke-dasharray": "4 4" }));
    for (let i = 0; i <= 4; i++) {
      const x = L + ((W - L - R) * i) / 4;
      chart.append(svg("text", { x, y: H - B + 16, "text-anchor": "middle", "font-size": 11, fill: "#5b6575" }, label(t0 + (span * i) / 4, i === 0, span)));
    }
    for (let b = 0; b < BUCKETS; b++) {
      const x = L + b * width + 1;
      const when = `${label(t0 + (span * b) / BUCKETS, true, span)}: ${ok[b]} answered, ${failed[b]} failed`;
      if (ok[b] > 0) chart.append(withTitle(svg("rect", { class: "bar ok", x, y: y(ok[b]), width: width - 2, height: H - B - y(ok[b]), fill: "#6d9ad8" }), when));
      if (failed[b] > 0) chart.append(withTitle(svg("rect", { class: "bar failed", x, y: y(ok[b] + failed[b]), width: width - 2, height: y(ok[b]) - y(ok[b] + failed[b]), fill: "#c0392b" }), when));
    }
    const points = importance.flatMap((s, b) => [`${(L + b * width).toFixed(1)},${yScore(s).toFixed(1)}`, `${(L + (b + 1) * width).toFixed(1)},${yScore(s).toFixed(1)}`]).join(" ");
    chart.append(svg("polyline", { class: "importance", points, fill: "none", stroke: "#d98e04", "stroke-width": 2 }));
    for (const a of alerts) {
      const cx = L + (bucketOf(Date.parse(a.time)) + 0.5) * width;
      chart.append(withTitle(svg("circle", { class: "alert-mark", cx, cy: yScore(a.score), r: 5, fill: "#d98e04", stroke: "#fff" }), `${a.time} ${a.model} (${a.score.toFixed(2)})${a.updates ? `, updated ${a.updates}×` : ""}`));
    }
    container.replaceChildren(chart);
  }

  function withTitle(node, text) { node.append(svg("title", {}, text)); return node; }

  return { render };
})();

/* lagebild web UI: article highlights and the actor and dyad charts. The report charts, the
 * network and the map are drawn on the server (lagebild/web/graphics.py, matplotlib/networkx).
 * Every piece of data from the store is put into the page with textContent or as an SVG
 * attribute, never as HTML: article text and names may contain markup. */
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function readJSON(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function definitionList(pairs) {
    const dl = el("dl");
    for (const [k, v] of pairs) {
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
      dl.appendChild(el("dt", {}, k));
      dl.appendChild(el("dd", {}, Array.isArray(v) ? v.join(", ") : v));
    }
    return dl;
  }

  /* ---- article: click a highlight to see what it means ---- */
  const KIND = {entity: "Entity", timex: "Time expression", quote: "Quote", speaker: "Speaker", event: "Event"};

  function describe(a) {
    switch (a.kind) {
      case "entity":
        return [["text", a.text], ["label", a.label], ["actor", a.name], ["actor code", a.actor_code],
                ["country", a.country], ["actor id", a.actor_id]];
      case "timex":
        return [["text", a.text], ["type", a.type], ["value", a.value], ["anchored to", a.anchor]];
      case "quote":
      case "speaker":
        return [["type", a.type], ["speaker", a.speaker], ["cue", a.cue]];
      case "event":
        return [["trigger", a.text], ["type", a.type], ["quad class", a.quad], ["source", a.source],
                ["target", a.target], ["date", a.date], ["place", a.location], ["mode", a.mode],
                ["context", a.context], ["negated", a.negated ? "yes" : "no"], ["modality", a.modality],
                ["attributed to", a.attributed_to]];
    }
    return [];
  }

  function article() {
    const anns = readJSON("annotations") || {};
    const panel = document.getElementById("ann-panel");
    const text = document.getElementById("article-text");
    if (!panel || !text) return;
    function show(span) {
      document.querySelectorAll("[data-ann].selected").forEach(s => s.classList.remove("selected"));
      span.classList.add("selected");
      panel.replaceChildren();
      for (const id of span.dataset.ann.split(" ")) {
        const a = anns[id];
        if (!a) continue;
        const box = el("div", {"class": "ann", "data-kind": a.kind});
        box.appendChild(el("h4", {}, KIND[a.kind] || a.kind));
        box.appendChild(definitionList(describe(a)));
        const actor = a.kind === "entity" ? (a.actor_id || a.name)
                    : (a.kind === "quote" || a.kind === "speaker") ? (a.speaker_actor_id || a.speaker) : null;
        if (actor) {
          const link = el("a", {href: "/actor?key=" + encodeURIComponent(actor)}, "actor page →");
          box.appendChild(link);
        }
        panel.appendChild(box);
      }
      panel.hidden = false;
    }
    text.addEventListener("click", ev => {
      const span = ev.target.closest("[data-ann]");
      if (span) show(span);
    });
    text.addEventListener("keydown", ev => {
      const span = ev.target.closest("[data-ann]");
      if (span && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); show(span); }
    });
    /* #v3 in the address: jump to and open event 3 */
    const m = /^#(v\d+)$/.exec(location.hash);
    if (m) {
      const span = text.querySelector(`[data-ann~="${m[1]}"]`);
      if (span) { show(span); span.scrollIntoView({block: "center"}); }
    }
  }

  /* ---- a line chart over periods, with clickable points ---- */
  function lineChart(container, periods, lines, onPoint) {
    container.replaceChildren();
    if (!periods.length) { container.appendChild(el("div", {"class": "empty"}, "No dated events.")); return; }
    const W = 900, H = 260, L = 40, R = 40, T = 16, B = 46;
    const max = Math.max(1, ...lines.flatMap(l => l.values));
    const x = i => L + (periods.length === 1 ? (W - L - R) / 2 : i * (W - L - R) / (periods.length - 1));
    const y = v => T + (H - T - B) * (1 - v / max);
    const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, role: "img"});
    const ticks = Math.min(max, 5);
    for (let k = 0; k <= ticks; k++) {
      const v = Math.round(max * k / ticks);
      root.appendChild(svg("line", {x1: L, x2: W - R, y1: y(v), y2: y(v), "class": "grid"}));
      root.appendChild(svg("text", {x: L - 6, y: y(v) + 4, "text-anchor": "end"}, v));
    }
    root.appendChild(svg("line", {x1: L, x2: W - R, y1: H - B, y2: H - B, "class": "axis"}));
    const every = Math.ceil(periods.length / 14);
    periods.forEach((p, i) => {
      if (i % every === 0) root.appendChild(svg("text", {x: x(i), y: H - B + 16, "text-anchor": "middle"}, p));
    });
    lines.forEach((line, n) => {
      const pts = line.values.map((v, i) => `${x(i)},${y(v)}`).join(" ");
      root.appendChild(svg("polyline", {points: pts, fill: "none", stroke: line.color, "stroke-width": 2.5}));
      line.values.forEach((v, i) => {
        const c = svg("circle", {cx: x(i), cy: y(v), r: 6, fill: line.color, "class": "pt",
                                 "data-period": periods[i], "data-series": line.key, tabindex: 0});
        c.appendChild(svg("title", {}, `${line.label} ${periods[i]}: ${v}`));
        c.addEventListener("click", () => onPoint(periods[i], line.key));
        root.appendChild(c);
      });
      const lx = L + n * 170;
      root.appendChild(svg("rect", {x: lx, y: H - 18, width: 12, height: 12, fill: line.color}));
      root.appendChild(svg("text", {x: lx + 16, y: H - 8}, line.label));
    });
    container.appendChild(root);
  }

  /* Months without events are zero, not skipped: the x axis is time, not a list of points. */
  function fillMonths(series, empty) {
    if (!series.length || !/^\d{4}-\d{2}$/.test(series[0].period)) return series;
    const byPeriod = new Map(series.map(p => [p.period, p]));
    let [y, m] = series[0].period.split("-").map(Number);
    const last = series[series.length - 1].period, out = [];
    for (let guard = 0; guard < 1200; guard++) {
      const p = `${y}-${String(m).padStart(2, "0")}`;
      out.push(byPeriod.get(p) || Object.assign({period: p}, empty));
      if (p >= last) break;
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function eventList(panel, title, page) {
    panel.replaceChildren();
    panel.appendChild(el("h4", {}, `${title} (${page.total})`));
    const ul = el("ul", {"class": "plain event-list"});
    for (const e of page.items) {
      const li = el("li");
      li.appendChild(el("span", {"class": "badge q" + (e.quad || 0)}, e.type));
      const who = `${e.source.map(p => p.name).join(", ") || "?"} → ${e.target.map(p => p.name).join(", ") || "?"}`;
      li.appendChild(document.createTextNode(` ${e.date || "undated"} · ${who}${e.negated ? " (negated)" : ""} · `));
      li.appendChild(el("a", {href: `/article/${encodeURIComponent(e.article_id)}#v${e.idx}`},
                        e.evidence.text || e.trigger.text || e.article_id));
      ul.appendChild(li);
    }
    panel.appendChild(ul);
    if (page.total > page.items.length) panel.appendChild(el("p", {"class": "muted"}, `${page.items.length} of ${page.total} shown`));
    panel.hidden = false;
  }

  async function fetchJSON(url) {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
    return body;
  }

  /* Roles as bars on a time axis. An open-ended role runs to the latest date the page knows
   * (a role end, a role start or an event period), drawn with an arrow: never to "today". */
  function rolesChart(box, roles, periods) {
    const dated = roles.filter(r => r.start_date || r.end_date);
    if (!dated.length) { box.hidden = true; return; }
    const toYear = d => { const [y, m = 1, day = 15] = d.split("-").map(Number); return y + (m - 1) / 12 + (day - 1) / 365; };
    const points = dated.flatMap(r => [r.start_date, r.end_date]).concat(periods).filter(Boolean).map(toYear);
    let lo = Math.floor(Math.min(...points)), hi = Math.ceil(Math.max(...points) + 0.01);
    if (hi - lo < 2) hi = lo + 2;
    const W = 900, L = 190, R = 24, row = 26, H = 34 + dated.length * row;
    const x = v => L + (W - L - R) * (v - lo) / (hi - lo);
    const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, role: "img"});
    const step = Math.max(1, Math.ceil((hi - lo) / 12));
    for (let yr = lo; yr <= hi; yr += step) {
      root.appendChild(svg("line", {x1: x(yr), x2: x(yr), y1: 8, y2: H - 20, "class": "grid"}));
      root.appendChild(svg("text", {x: x(yr), y: H - 6, "text-anchor": "middle"}, yr));
    }
    dated.forEach((r, i) => {
      const y = 12 + i * row;
      const s = r.start_date ? toYear(r.start_date) : lo, e = r.end_date ? toYear(r.end_date) : hi;
      root.appendChild(svg("text", {x: L - 8, y: y + 13, "text-anchor": "end"}, r.role));
      const bar = svg("rect", {x: x(s), y, width: Math.max(3, x(e) - x(s)), height: 18, rx: 3,
                               fill: r.origin === "learned" ? "#8e44ad" : "#1f5fae", "class": "role-bar"});
      bar.appendChild(svg("title", {}, `${r.role}: ${r.start_date || "?"} – ${r.end_date || "open"} (${r.origin || ""})`));
      root.appendChild(bar);
      if (!r.end_date) root.appendChild(svg("path", {d: `M${x(e)},${y} l8,9 l-8,9 z`, fill: "#1f5fae"}));
    });
    box.appendChild(root);
  }

  function actor() {
    const roleBox = document.getElementById("roles-chart");
    if (roleBox) rolesChart(roleBox, readJSON("roles-data") || [], (readJSON("timeline-data") || {series: []}).series.map(p => p.period));
    const data = readJSON("timeline-data");
    const box = document.getElementById("timeline");
    if (!data || !box) return;
    const s = fillMonths(data.series, {as_source: 0, as_target: 0, quotes: 0, mentions: 0});
    const panel = document.getElementById("timeline-events");
    lineChart(box, s.map(p => p.period), [
      {key: "source", label: "events as source", color: "#1f5fae", values: s.map(p => p.as_source)},
      {key: "target", label: "events as target", color: "#d68910", values: s.map(p => p.as_target)},
      {key: "quotes", label: "quotes", color: "#8e44ad", values: s.map(p => p.quotes)},
    ], async (period, series) => {
      const who = encodeURIComponent(data.key);
      const role = series === "target" ? "target" : series === "source" ? "source" : "actor";
      try {
        const page = await fetchJSON(`/api/events?${role}=${who}&month=${encodeURIComponent(period)}&limit=50`);
        eventList(panel, `Events ${period}`, page);
      } catch (err) { panel.replaceChildren(el("p", {}, String(err))); panel.hidden = false; }
    });
  }

  function dyad() {
    const data = readJSON("dyad-data");
    const box = document.getElementById("dyad-chart");
    if (!data || !box) return;
    const s = data.interval === "month" ? fillMonths(data.series, {cooperation: 0, conflict: 0, total: 0}) : data.series;
    const panel = document.getElementById("dyad-events");
    lineChart(box, s.map(p => p.period), [
      {key: "cooperation", label: "cooperation", color: "#2e8b57", values: s.map(p => p.cooperation)},
      {key: "conflict", label: "conflict", color: "#c0392b", values: s.map(p => p.conflict)},
    ], async period => {
      const q = `a=${encodeURIComponent(data.a)}&b=${encodeURIComponent(data.b)}` +
                `&period=${encodeURIComponent(period)}&interval=${encodeURIComponent(data.interval)}&negated=false&limit=100`;
      try { eventList(panel, `Events ${period}`, await fetchJSON(`/api/dyads/events?${q}`)); }
      catch (err) { panel.replaceChildren(el("p", {}, String(err))); panel.hidden = false; }
    });
  }

  window.lagebild = {article, actor, dyad};
  /* Each page names its view in <body data-page>: no inline script, so the CSP can forbid them. */
  const page = document.body.dataset.page;
  if (page && window.lagebild[page]) window.lagebild[page]();
})();

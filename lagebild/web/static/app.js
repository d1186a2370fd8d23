/* lagebild web UI: click an article's highlights to see what they mean. Every chart, the network
 * and the map are drawn on the server by libraries (lagebild/web/graphics.py: matplotlib, networkx).
 * Every piece of data from the store is put into the page with textContent or as an SVG
 * attribute, never as HTML: article text and names may contain markup. */
"use strict";
(function () {

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
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

  window.lagebild = {article};
  /* Each page names its view in <body data-page>: no inline script, so the CSP can forbid them. */
  const page = document.body.dataset.page;
  if (page && window.lagebild[page]) window.lagebild[page]();
})();

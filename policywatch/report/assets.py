"""The page template of the HTML report: inline CSS and JavaScript, no external resource.

The data arrive as JSON in ``<script type="application/json" id="pw-data">``; the script draws the
chart (SVG), the entity filter and the list of developments. Text from crawled pages is only ever
set with ``textContent``, and links are kept only when they are http(s).
"""

from __future__ import annotations

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

CSS = """
:root { --fg:#1d2433; --muted:#5b6476; --line:#d9dde5; --accent:#2456a6; --bar:#7aa2e3;
        --bg:#ffffff; --chip:#eef2f8; --policy:#a33b1c; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
       color: var(--fg); background: var(--bg); }
header { padding: 18px 28px 8px; border-bottom: 1px solid var(--line); }
h1 { font-size: 22px; margin: 0 0 4px; }
.sub { color: var(--muted); font-size: 13px; }
main { padding: 12px 28px 40px; max-width: 1200px; overflow-wrap: anywhere; }
.controls { display: flex; gap: 16px; flex-wrap: wrap; align-items: end; margin: 12px 0; }
.controls label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
select, input { font: inherit; padding: 4px 6px; min-width: 200px; }
#pw-summary { font-size: 14px; margin: 6px 0 10px; }
.list-title { font-size: 16px; margin: 14px 0 4px; }
#pw-chart svg { width: 100%; height: auto; display: block; }
.legend { font-size: 12px; color: var(--muted); display: flex; gap: 18px; margin: 4px 0 14px; }
.sw { display: inline-block; width: 12px; height: 12px; vertical-align: -2px; margin-right: 5px; }
details { border-top: 1px solid var(--line); padding: 6px 0; }
summary { cursor: pointer; list-style-position: outside; }
summary .date { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: 8px; }
summary .headline { font-weight: 600; }
summary .meta { color: var(--muted); font-size: 13px; margin-left: 6px; }
.chip { display: inline-block; background: var(--chip); border-radius: 10px; padding: 0 7px;
        font-size: 12px; margin: 2px 3px 0 0; }
.chip.signal { background: #fbe9e3; color: var(--policy); }
.chip.status { background: #e3f1e6; color: #1d5b2c; }
ol.status-history { margin: 4px 0 8px; padding-left: 22px; }
ol.status-history .status { font-weight: bold; margin-right: 6px; }
.status-title { margin: 6px 0 0; font-weight: bold; font-size: 13px; }
ol.reports { margin: 6px 0 6px 22px; padding: 0; }
ol.reports li { margin: 3px 0; }
ol.reports .outlet { color: var(--muted); margin-right: 6px; }
ol.reports .adds { display: block; color: var(--muted); font-size: 13px; margin-left: 2px; }
ol.reports .access { font-size: 11px; color: #7a4b00; border: 1px solid #d9a441; border-radius: 3px;
  padding: 0 4px; margin-left: 6px; }
ol.reports .first { font-size: 11px; color: #fff; background: var(--accent); border-radius: 3px;
                    padding: 0 4px; margin-left: 6px; }
a { color: var(--accent); }
button { font: inherit; margin-top: 12px; padding: 6px 12px; }
.empty { color: var(--muted); font-style: italic; }
"""

JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pw-data").textContent);
  var entities = data.entities;            // [[id, name, nDevelopments], ...]
  var outlets = data.outlets;              // [name, ...]
  var devs = data.devs;                    // see policywatch/report/html.py
  var PAGE = 200;
  var state = { entity: "", signal: "", outlet: "", status: "", confirmed: "", text: "",
                shown: PAGE };
  var FILTERS = ["entity", "signal", "outlet", "status", "confirmed"];

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function safeUrl(url) {
    return (typeof url === "string" && /^https?:\/\//i.test(url)) ? url : null;
  }
  function entityIndex(id) {
    for (var i = 0; i < entities.length; i++) { if (entities[i][0] === id) { return i; } }
    return -1;
  }
  function sortedUnique(values) {
    var seen = {};
    values.forEach(function (v) { seen[v] = true; });
    return Object.keys(seen).sort(function (a, b) { return a.localeCompare(b); });
  }
  var signals = sortedUnique([].concat.apply([], devs.map(function (d) { return d[7]; })));
  // A development's current status: the last of its status history (d[10]), or null.
  function current(d) { return d[10] && d[10].length ? d[10][d[10].length - 1] : null; }
  var LADDER = ["reported", "proposed", "adopted", "in-force", "suspended", "denied"];
  var statuses = LADDER.filter(function (s) {
    return devs.some(function (d) { var c = current(d); return c && c[0] === s; });
  });
  var CONFIRMED = { yes: "confirmed", no: "not confirmed" };
  function hasOutlet(d, name) {
    var i = outlets.indexOf(name);
    return d[8].some(function (r) { return r[0] === i; });
  }
  function filtered() {
    var e = state.entity ? entityIndex(state.entity) : -1;
    var text = state.text.toLowerCase();
    return devs.filter(function (d) {
      if (state.entity && d[6].indexOf(e) < 0) { return false; }
      if (state.signal && d[7].indexOf(state.signal) < 0) { return false; }
      if (state.outlet && !hasOutlet(d, state.outlet)) { return false; }
      var c = current(d);
      if (state.status && !(c && c[0] === state.status)) { return false; }
      if (state.confirmed && Boolean(c && c[2]) !== (state.confirmed === "yes")) { return false; }
      if (text && d[1].toLowerCase().indexOf(text) < 0) { return false; }
      return true;
    });
  }

  // ---- chart: developments first seen per day (bars), reports per day (line) -------------
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    for (var k in attrs) { node.setAttribute(k, attrs[k]); }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function dayNumber(iso) {
    return Math.floor(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / 864e5);
  }
  function dayLabel(n) { return new Date(n * 864e5).toISOString().slice(0, 10); }

  function drawChart(rows) {
    var box = document.getElementById("pw-chart");
    box.textContent = "";
    var W = 1100, H = 260, L = 44, R = 12, T = 12, B = 34;
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img",
                            "aria-label": "developments and reports per day" });
    box.appendChild(root);
    if (!rows.length) {
      root.appendChild(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle",
                                     "class": "empty-chart" }, "no developments"));
      return;
    }
    var devDays = {}, repDays = {}, lo = Infinity, hi = -Infinity;
    rows.forEach(function (d) {
      var day = dayNumber(d[2]);
      devDays[day] = (devDays[day] || 0) + 1;
      lo = Math.min(lo, day); hi = Math.max(hi, day);
      d[8].forEach(function (r) {
        if (!r[3]) { return; }
        var rd = dayNumber(r[3]);
        repDays[rd] = (repDays[rd] || 0) + 1;
        lo = Math.min(lo, rd); hi = Math.max(hi, rd);
      });
    });
    var days = hi - lo + 1, max = 1;
    for (var k in devDays) { max = Math.max(max, devDays[k]); }
    for (k in repDays) { max = Math.max(max, repDays[k]); }
    var bw = (W - L - R) / days;
    function x(day) { return L + (day - lo) * bw; }
    function y(v) { return T + (H - T - B) * (1 - v / max); }
    root.appendChild(svg("line", { x1: L, y1: y(0), x2: W - R, y2: y(0), stroke: "#9aa3b2" }));
    [0, Math.round(max / 2), max].forEach(function (v) {
      root.appendChild(svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end",
                                     "font-size": 11, fill: "#5b6476" }, String(v)));
      root.appendChild(svg("line", { x1: L, y1: y(v), x2: W - R, y2: y(v), stroke: "#eef0f4" }));
    });
    var ticks = Math.min(days, 8), HALF = 34;  // half a "2026-11-01" label at 11px, with room
    for (var t = 0; t < ticks; t++) {
      var td = lo + Math.round(t * (days - 1) / Math.max(ticks - 1, 1));
      // A label centred on the first or last day would run past the chart's edge and be cut:
      // such a label ends (or starts) at the edge instead.
      var cx = x(td) + bw / 2, anchor = "middle";
      if (cx + HALF > W) { cx = W - 2; anchor = "end"; }
      if (cx - HALF < 0) { cx = 2; anchor = "start"; }
      root.appendChild(svg("text", { x: cx, y: H - 12, "text-anchor": anchor,
                                     "font-size": 11, fill: "#5b6476", "class": "tick" },
                           dayLabel(td)));
    }
    for (k in devDays) {
      var day = Number(k);
      var bar = svg("rect", { x: x(day) + bw * 0.1, y: y(devDays[k]), width: Math.max(bw * 0.8, 1),
                              height: y(0) - y(devDays[k]), fill: "#7aa2e3", "class": "bar" });
      bar.appendChild(svg("title", {}, dayLabel(day) + ": " + devDays[k] + " new developments"));
      root.appendChild(bar);
    }
    var points = [];
    for (var dd = lo; dd <= hi; dd++) {
      points.push((x(dd) + bw / 2).toFixed(1) + "," + y(repDays[dd] || 0).toFixed(1));
    }
    root.appendChild(svg("polyline", { points: points.join(" "), fill: "none", stroke: "#a33b1c",
                                       "stroke-width": 1.5, "class": "reports-line" }));
  }

  // ---- list of developments ----------------------------------------------------------------
  function renderReports(details, d) {
    if (details.getAttribute("data-rendered")) { return; }
    details.setAttribute("data-rendered", "1");
    if (d[10] && d[10].length) {
      var history = el("ol", "status-history");
      d[10].forEach(function (c) {
        var item = el("li");
        item.appendChild(el("span", "date", (c[1] || "").slice(0, 10) + " "));
        item.appendChild(el("span", "status", c[0]));
        item.appendChild(el("span", "adds", c[2] ? "confirmed by " + (c[3] || "an official source")
                                                 : "not confirmed by an official source"));
        history.appendChild(item);
      });
      details.appendChild(el("p", "status-title", "Status over time"));
      details.appendChild(history);
    }
    var list = el("ol", "reports");
    d[8].forEach(function (r) {
      var li = el("li");
      li.appendChild(el("span", "outlet", outlets[r[0]]));
      li.appendChild(el("span", "date", (r[3] || "").slice(0, 16).replace("T", " ") + " "));
      var url = safeUrl(r[2]);
      var title;
      if (url) {
        title = el("a", "title", r[1]);
        title.href = url;
        title.rel = "noopener noreferrer";
        title.target = "_blank";
      } else {
        title = el("span", "title unlinked", r[1]);
      }
      li.appendChild(title);
      if (r[4]) { li.appendChild(el("span", "first", "first report")); }
      if (!r[4] && r[5]) { li.appendChild(el("span", "adds", "adds: " + r[5])); }
      if (r[6]) {
        var note = r[6] === "paywalled" ? "paywalled: headline and lead only" : r[6];
        li.appendChild(el("span", "access", note));
      }
      list.appendChild(li);
    });
    details.appendChild(list);
  }

  function renderDev(d) {
    var details = el("details", "dev");
    details.id = "dev-" + d[0];
    details.setAttribute("data-id", d[0]);
    var summary = el("summary");
    summary.appendChild(el("span", "date", d[2].slice(0, 10)));
    summary.appendChild(el("span", "headline", d[1]));
    summary.appendChild(el("span", "meta", plural(d[4], "report") + ", " + plural(d[5], "outlet")));
    var chips = el("div", "chips");
    d[6].forEach(function (i) { chips.appendChild(el("span", "chip", entities[i][1])); });
    d[7].forEach(function (s) { chips.appendChild(el("span", "chip signal", s)); });
    var now = current(d);
    if (now) {
      chips.appendChild(el("span", "chip status", "status: " + now[0] +
                           (now[2] ? ", confirmed" : "")));
    }
    if (d[9] && d[9][0] !== "none") {
      chips.appendChild(el("span", "chip signal", "stage: " + d[9][0]));
    }
    if (d[9] && d[9][1] !== "none") {
      chips.appendChild(el("span", "chip", "sourcing: " + d[9][1]));
    }
    summary.appendChild(chips);
    details.appendChild(summary);
    details.addEventListener("toggle", function () {
      if (details.open) { renderReports(details, d); }
    });
    return details;
  }

  function render() {
    var rows = filtered();
    var nReports = rows.reduce(function (a, d) { return a + d[4]; }, 0);
    document.getElementById("pw-summary").textContent =
      plural(rows.length, "development") + ", " + plural(nReports, "report") +
      (state.entity ? " naming " + entities[entityIndex(state.entity)][1] : "") +
      (state.signal ? " with signal " + state.signal : "") +
      (state.outlet ? " reported by " + state.outlet : "") +
      (state.status ? " with status " + state.status : "") +
      (state.confirmed ? ", " + CONFIRMED[state.confirmed] + " by an official source" : "");
    drawChart(rows);
    var list = document.getElementById("pw-list");
    list.textContent = "";
    if (!rows.length) { list.appendChild(el("p", "empty", "No development matches.")); }
    rows.slice(0, state.shown).forEach(function (d) { list.appendChild(renderDev(d)); });
    var more = document.getElementById("pw-more");
    more.hidden = rows.length <= state.shown;
    more.textContent = "Show more (" + Math.max(rows.length - state.shown, 0) + " left)";
  }

  var known = {
    entity: function (v) { return entityIndex(v) >= 0; },
    signal: function (v) { return signals.indexOf(v) >= 0; },
    outlet: function (v) { return outlets.indexOf(v) >= 0; },
    status: function (v) { return statuses.indexOf(v) >= 0; },
    confirmed: function (v) { return CONFIRMED.hasOwnProperty(v); }
  };
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    FILTERS.forEach(function (f) {
      state[f] = params.get(f) || "";
      if (state[f] && !known[f](state[f])) { state[f] = ""; }
    });
    return params.get("open");
  }
  function writeHash() {
    var params = new URLSearchParams();
    FILTERS.forEach(function (f) { if (state[f]) { params.set(f, state[f]); } });
    history.replaceState(null, "", "#" + params.toString());
  }
  function fill(select, values, label) {
    values.forEach(function (v) {
      var option = el("option", null, label(v));
      option.value = Array.isArray(v) ? v[0] : v;
      select.appendChild(option);
    });
  }
  var selects = {
    entity: document.getElementById("pw-entity"),
    signal: document.getElementById("pw-signal"),
    outlet: document.getElementById("pw-outlet"),
    status: document.getElementById("pw-status"),
    confirmed: document.getElementById("pw-confirmed")
  };
  fill(selects.entity, entities, function (e) { return e[1] + " (" + e[2] + ")"; });
  fill(selects.signal, signals, function (s) { return s; });
  fill(selects.outlet, sortedUnique(outlets), function (o) { return o; });
  fill(selects.status, statuses, function (s) { return s; });
  fill(selects.confirmed, Object.keys(CONFIRMED), function (k) {
    return CONFIRMED[k] + " by an official source";
  });
  FILTERS.forEach(function (f) {
    selects[f].addEventListener("change", function () {
      state[f] = selects[f].value; state.shown = PAGE;
      writeHash();
      render();
    });
  });
  document.getElementById("pw-text").addEventListener("input", function (ev) {
    state.text = ev.target.value; state.shown = PAGE; render();
  });
  document.getElementById("pw-more").addEventListener("click", function () {
    state.shown += PAGE; render();
  });
  var open = readHash();
  FILTERS.forEach(function (f) { selects[f].value = state[f]; });
  render();
  if (open) {
    var target = document.getElementById("dev-" + open);
    if (target) { target.open = true; renderReports(target, devs.filter(function (d) {
      return d[0] === open; })[0]); target.scrollIntoView(); }
  }
  document.body.setAttribute("data-ready", "1");
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<div class="sub">{subtitle}</div>
</header>
<main>
<div class="controls">
<label>Entity<select id="pw-entity"><option value="">All entities</option></select></label>
<label>Policy signal<select id="pw-signal"><option value="">All signals</option></select></label>
<label>Outlet<select id="pw-outlet"><option value="">All outlets</option></select></label>
<label>Status<select id="pw-status"><option value="">Any status</option></select></label>
<label>Confirmed<select id="pw-confirmed"><option value="">Either</option></select></label>
<label>Headline contains<input id="pw-text" type="search" placeholder="filter headlines"></label>
</div>
<div id="pw-summary" role="status" aria-live="polite"></div>
<div id="pw-chart"></div>
<div class="legend"><span><span class="sw" style="background:#7aa2e3"></span>new developments
per day</span><span><span class="sw" style="background:#a33b1c"></span>reports per day</span></div>
<h2 class="list-title" id="pw-list-title">Developments</h2>
<section id="pw-list" aria-labelledby="pw-list-title"></section>
<button id="pw-more" type="button" hidden>Show more</button>
<noscript><p>This page needs JavaScript to draw the timeline.</p></noscript>
</main>
<script type="application/json" id="pw-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""

// Timeline chart (vis-timeline) over the events listed on the page. The list is the page; this only draws it.
// Dates are drawn with their precision: a day is a point, a week / month / year a bar over the span it covers.
// Every text goes in through textContent (never HTML), so stored text cannot become markup here either.
(function () {
  "use strict";
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function span(ev) {
    var d = ev.date_sort;
    if (!d) return null;
    var start = new Date(d + "T00:00:00Z");
    var p = ev.date && ev.date.precision;
    var end = null;
    if (p === "week") end = new Date(start.getTime() + 7 * 864e5);
    else if (p === "month") end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    else if (p === "year") end = new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
    return { start: start, end: end };
  }
  function name(e) { return e ? (e.name || e.text) : null; }
  function label(ev) {
    var who = [name(ev.actor), name(ev.recipient)].filter(Boolean).join(" \u2192 ");
    return ev.type + (who ? ": " + who : "") + (ev.location ? " in " + name(ev.location) : "");
  }
  function draw() {
    var box = document.getElementById("timeline-chart");
    if (!box || !window.vis || box.dataset.drawn === "1") return;
    var rows = JSON.parse(box.dataset.events || "[]");
    var items = [], types = {};
    rows.forEach(function (ev) {
      var s = span(ev);
      if (!s) return;
      types[ev.type] = true;
      var tip = el("div", (ev.date ? ev.date.value + " (" + (ev.date.precision || "?") + ") " : "") + ev.evidence.sentence);
      var item = { id: ev.id, group: ev.type, start: s.start, content: el("span", label(ev)), title: tip,
                   className: "t-" + ev.type, type: s.end ? "range" : "point" };
      if (s.end) item.end = s.end;
      items.push(item);
    });
    if (!items.length) return;
    var groups = Object.keys(types).sort().map(function (t) {
      return { id: t, content: el("span", t, "chip t-" + t) };
    });
    var lo = Math.min.apply(null, items.map(function (i) { return i.start.getTime(); }));
    var hi = Math.max.apply(null, items.map(function (i) { return (i.end || i.start).getTime(); }));
    var margin = Math.max((hi - lo) * 0.08, 2 * 864e5);
    box.dataset.drawn = "1";
    var tl = new vis.Timeline(box, new vis.DataSet(items), new vis.DataSet(groups), {
      stack: true, maxHeight: 480, zoomKey: "ctrlKey", orientation: "top", tooltip: { followMouse: true },
      start: new Date(lo - margin), end: new Date(hi + margin * 2.5), xss: { disabled: false }
    });
    tl.on("select", function (props) {
      if (props.items && props.items.length) window.location.href = "/events/" + encodeURIComponent(props.items[0]);
    });
  }
  document.addEventListener("DOMContentLoaded", draw);
  document.addEventListener("htmx:load", draw);      // results swapped in by htmx (outerHTML: fired on the new element)
})();

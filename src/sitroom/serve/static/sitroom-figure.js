// Figure series chart (uPlot): one mark series per source over the as-of date. Each figure is drawn as what it
// allows: a point for an exact figure, a bar for "about" and ranges, an arrow up for "at least / more than", an arrow
// down for "up to / at most / less than". The marker shape is the status; a red ring marks a contradicted figure. A
// date coarser than a day is drawn as the span it covers.
// The table under the chart holds the same numbers.
(function () {
  "use strict";
  // no red among the source colours: red is the contradiction ring
  var COLOURS = ["#0b4f9c", "#b07a00", "#1b7f3b", "#6a3d8f", "#1f7f7a", "#5a5fb0", "#7a6a1f", "#4b8b2f", "#9a2f7a",
                 "#2a6fb0"];
  var SHAPES = ["circle", "square", "triangle", "diamond"];
  function value(p) {
    if (p.lower != null && p.upper != null) return (p.lower + p.upper) / 2;
    return p.lower != null ? p.lower : p.upper;
  }
  function range(p) {
    var v = value(p);
    if (p.qualifier === "approx") return [v * 0.9, v * 1.1];
    if (p.qualifier === "range") return [p.lower, p.upper];
    return null;
  }
  function ts(d) { return Date.parse(d + "T00:00:00Z") / 1000; }
  // where a figure stands on the time axis: a date coarser than a day ("as of October 2022", "by the end of 2022")
  // covers date .. date_hi; a figure said to hold until or before a time is placed at the end of that time, any
  // other at its start (the order of the table), and the span it covers is drawn as a line through the mark
  var AT_END = ["until", "before", "by"];
  function day(p) { return p.date_hi && AT_END.indexOf(p.as_of_relation) >= 0 ? p.date_hi : p.date; }
  function span(p) { return p.date_hi && p.date_hi > p.date ? [ts(p.date), ts(p.date_hi)] : null; }
  function marker(ctx, shape, x, y, r) {
    ctx.beginPath();
    if (shape === "square") ctx.rect(x - r, y - r, 2 * r, 2 * r);
    else if (shape === "triangle") { ctx.moveTo(x, y - r); ctx.lineTo(x + r, y + r); ctx.lineTo(x - r, y + r); ctx.closePath(); }
    else if (shape === "diamond") { ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.closePath(); }
    else ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fill();
  }
  function arrow(ctx, x, y, up, len) {
    var tip = up ? y - len : y + len;
    ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x, tip); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(x - 5, tip + (up ? 6 : -6)); ctx.lineTo(x, tip); ctx.lineTo(x + 5, tip + (up ? 6 : -6)); ctx.stroke();
  }
  function draw() {
    var box = document.getElementById("figure-chart");
    var src = document.getElementById("series-data");
    if (!box || !src || !window.uPlot) return;
    var data = JSON.parse(src.textContent);
    // a long series comes a page at a time; its chart is then the whole series as per-day (or per-month) ranges
    // per source (or all sources together) and status, drawn as bars from the smallest to the largest figure
    var marks = data.chart && data.chart.by !== "point" ? data.chart.marks.map(function (m) {
      return { date: m.date, source: m.source || "all sources", status: m.status, lower: m.lower, upper: m.upper,
               qualifier: m.lower === m.upper ? "exact" : "range", contradicts: [] };
    }) : data.points;
    var points = marks.filter(function (p) { return p.date && value(p) != null; });
    if (!points.length) return;
    var sources = Array.from(new Set(points.map(function (p) { return p.source; }))).sort();
    var statuses = data.statuses;
    var xs = Array.from(new Set(points.map(function (p) { return ts(day(p)); }))).sort(function (a, b) { return a - b; });
    var cols = [xs];
    sources.forEach(function (s) {
      var col = xs.map(function () { return null; });
      points.forEach(function (p) { if (p.source === s) col[xs.indexOf(ts(day(p)))] = value(p); });
      cols.push(col);
    });
    var ymax = 0;
    points.forEach(function (p) { var r = range(p); ymax = Math.max(ymax, r ? r[1] : value(p)); });
    var series = [{ label: "as of" }].concat(sources.map(function (s, i) {
      return { label: s, stroke: COLOURS[i % COLOURS.length], width: 1.5, spanGaps: true, points: { show: false } };
    }));
    function drawMarks(u) {
      var ctx = u.ctx;
      ctx.save();
      points.forEach(function (p) {
        var i = sources.indexOf(p.source), colour = COLOURS[i % COLOURS.length];
        var x = u.valToPos(ts(day(p)), "x", true), y = u.valToPos(value(p), "y", true);
        ctx.strokeStyle = colour; ctx.fillStyle = colour; ctx.lineWidth = 2 * devicePixelRatio;
        var sp = span(p);
        if (sp) {
          var x0 = u.valToPos(sp[0], "x", true), x1 = u.valToPos(sp[1], "x", true);
          ctx.save(); ctx.globalAlpha = 0.45; ctx.lineWidth = 3 * devicePixelRatio;
          ctx.beginPath(); ctx.moveTo(x0, y); ctx.lineTo(x1, y); ctx.stroke(); ctx.restore();
        }
        var r = range(p);
        if (r) {
          var y0 = u.valToPos(r[0], "y", true), y1 = u.valToPos(r[1], "y", true);
          ctx.beginPath(); ctx.moveTo(x, y0); ctx.lineTo(x, y1); ctx.stroke();
          ctx.beginPath(); ctx.moveTo(x - 6, y0); ctx.lineTo(x + 6, y0); ctx.moveTo(x - 6, y1); ctx.lineTo(x + 6, y1); ctx.stroke();
        }
        if (["at_least", "more_than"].indexOf(p.qualifier) >= 0) arrow(ctx, x, y, true, 26 * devicePixelRatio);
        if (["up_to", "at_most", "less_than"].indexOf(p.qualifier) >= 0) arrow(ctx, x, y, false, 26 * devicePixelRatio);
        marker(ctx, SHAPES[statuses.indexOf(p.status) % SHAPES.length], x, y, 5 * devicePixelRatio);
        if (p.contradicts && p.contradicts.length) {
          ctx.strokeStyle = "#a4000f"; ctx.lineWidth = 2.5 * devicePixelRatio;
          ctx.beginPath(); ctx.arc(x, y, 10 * devicePixelRatio, 0, 2 * Math.PI); ctx.stroke();
        }
      });
      ctx.restore();
    }
    var pad = 86400 * 2;
    var lo = xs[0], hi = xs[xs.length - 1];
    points.forEach(function (p) { var sp = span(p); if (sp) { lo = Math.min(lo, sp[0]); hi = Math.max(hi, sp[1]); } });
    var opts = {
      width: Math.max(320, box.clientWidth || 800), height: 320,
      padding: [12, 44, 0, 0],            // room on the right for the last date label
      scales: { x: { time: true, range: [lo - pad, hi + pad] }, y: { range: [0, ymax * 1.15 || 1] } },
      axes: [{ space: 90, incrs: [86400, 2 * 86400, 7 * 86400, 14 * 86400, 30 * 86400, 91 * 86400, 365 * 86400],
               values: function (u, splits) {
                 return splits.map(function (v) { return new Date(v * 1000).toISOString().slice(0, 10); });
               } },
             { label: (data.counted || "").replace(/_/g, " "), size: 70 }],
      series: series, hooks: { draw: [drawMarks] }, legend: { show: true, live: false }   // the key of sources (values are in the table)
    };
    box.uplot = new uPlot(opts, cols, box);            // kept on the element: its scales are what the chart shows
    var key = document.createElement("p");
    key.className = "muted";
    key.textContent = "Marker shapes: " + statuses.map(function (s, i) { return SHAPES[i % SHAPES.length] + " = " + s; }).join(", ");
    box.appendChild(key);
  }
  document.addEventListener("DOMContentLoaded", draw);
})();

/// The style sheet and script of the HTML report, inlined into every page.
enum ReportAssets {
    static let css = """
    :root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --accent: #0072B2; --bg: #ffffff; --soft: #f6f8fa; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
    header { padding: 24px 32px 8px; border-bottom: 1px solid var(--line); background: var(--soft); }
    h1 { margin: 0 0 4px; font-size: 26px; }
    .subtitle { margin: 0 0 16px; color: var(--muted); }
    .summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 14px; }
    .summary div { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 120px; }
    .summary dt { font-size: 12px; color: var(--muted); }
    .summary dd { margin: 0; font-size: 18px; font-weight: 600; }
    nav { display: flex; flex-wrap: wrap; gap: 6px 14px; padding: 6px 0 10px; }
    nav a { color: var(--accent); text-decoration: none; }
    nav a:hover { text-decoration: underline; }
    main { padding: 0 32px 32px; max-width: 1500px; }
    section { padding-top: 16px; border-bottom: 1px solid var(--line); padding-bottom: 16px; }
    h2 { font-size: 21px; margin: 8px 0 10px; }
    h3 { font-size: 15px; margin: 0; }
    figure { margin: 12px 0; }
    figure svg { max-width: 100%; height: auto; }
    figure.chart svg { width: 100%; max-width: 900px; }
    figcaption { color: var(--muted); font-size: 13px; }
    .diagram-wrap { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 16px; align-items: start; }
    .diagram { border: 1px solid var(--line); border-radius: 6px; padding: 6px; overflow: auto; max-height: 85vh; }
    .diagram svg { width: 100%; height: auto; }
    #node-info { position: sticky; top: 12px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--soft); font-size: 13px; }
    #node-info h3 { margin-bottom: 6px; }
    #node-info table { border-collapse: collapse; }
    #node-info td { padding: 1px 8px 1px 0; vertical-align: top; }
    .hint { color: var(--muted); margin: 0; }
    svg g.node, svg g.edge { cursor: pointer; }
    svg.highlighting g.node, svg.highlighting g.edge { opacity: 0.12; }
    svg.highlighting g.node.lit, svg.highlighting g.edge.lit { opacity: 1; }
    svg g.node.focus polygon, svg g.node.focus ellipse, svg g.node.focus path { stroke: #000; stroke-width: 3px; }
    .table-block { display: inline-block; vertical-align: top; max-width: 100%; margin: 14px 18px 18px 0; }
    .table-head { display: flex; align-items: center; gap: 12px; margin-bottom: 6px; }
    .filter { padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 220px; }
    .count { color: var(--muted); font-size: 12px; }
    .scroll { display: inline-block; max-width: 100%; max-height: 560px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; vertical-align: top; }
    table.sortable { border-collapse: collapse; min-width: 360px; font-size: 13px; }
    table.sortable td { white-space: nowrap; }
    table.sortable td.long { white-space: normal; min-width: 340px; max-width: 640px; }
    table.sortable th { position: sticky; top: 0; background: var(--soft); text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); cursor: pointer; white-space: nowrap; user-select: none; }
    table.sortable th.asc::after { content: " ▲"; }
    table.sortable th.desc::after { content: " ▼"; }
    table.sortable td { padding: 4px 8px; border-bottom: 1px solid #eef1f4; vertical-align: top; }
    table.sortable tr:hover td { background: #f3f8fc; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }
    footer { padding: 16px 32px; color: var(--muted); font-size: 13px; }
    @media (max-width: 900px) { .diagram-wrap { grid-template-columns: 1fr; } main, header { padding-left: 14px; padding-right: 14px; } }

    """

    static let script = """
    (function () {
      "use strict";
      // Sortable, searchable tables.
      function cellValue(cell) {
        var v = cell.getAttribute("data-value");
        if (v !== null) { var n = parseFloat(v); return isNaN(n) ? -Infinity : n; }
        return cell.textContent.toLowerCase();
      }
      document.querySelectorAll("table.sortable").forEach(function (table) {
        var headers = table.querySelectorAll("th");
        headers.forEach(function (th, column) {
          th.addEventListener("click", function () {
            var ascending = !th.classList.contains("asc");
            headers.forEach(function (h) { h.classList.remove("asc", "desc"); });
            th.classList.add(ascending ? "asc" : "desc");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = cellValue(a.cells[column]), y = cellValue(b.cells[column]);
              if (x < y) { return ascending ? -1 : 1; }
              if (x > y) { return ascending ? 1 : -1; }
              return 0;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          });
        });
      });
      document.querySelectorAll("input.filter").forEach(function (input) {
        var table = document.getElementById(input.getAttribute("data-table"));
        var count = document.getElementById(input.getAttribute("data-table") + "-count");
        input.addEventListener("input", function () {
          var needle = input.value.toLowerCase();
          var shown = 0;
          Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
            var match = row.textContent.toLowerCase().indexOf(needle) !== -1;
            row.style.display = match ? "" : "none";
            if (match) { shown += 1; }
          });
          count.textContent = shown + " rows";
        });
      });

      document.documentElement.setAttribute("data-tables-ready", "yes");

      // The diagram: hover shows a node's attributes, click highlights its neighbourhood.
      var indexElement = document.getElementById("diagram-index");
      var svg = document.querySelector("figure.diagram svg");
      var info = document.getElementById("node-info");
      if (!indexElement || !svg || !info) { return; }
      var index = JSON.parse(indexElement.textContent);
      function text(tag, content) { var e = document.createElement(tag); e.textContent = content; return e; }
      function show(id) {
        var entry = index[id];
        if (!entry) { return; }
        info.textContent = "";
        info.appendChild(text("h3", entry.label));
        var table = document.createElement("table");
        entry.details.forEach(function (pair) {
          var row = document.createElement("tr");
          row.appendChild(text("td", pair[0]));
          row.appendChild(text("td", pair[1]));
          table.appendChild(row);
        });
        info.appendChild(table);
        info.appendChild(text("p", entry.neighbours.length + " partners; click to highlight them."));
      }
      function clear() {
        svg.classList.remove("highlighting");
        svg.querySelectorAll(".lit, .focus").forEach(function (e) { e.classList.remove("lit", "focus"); });
      }
      function highlight(id) {
        var entry = index[id];
        if (!entry) { return; }
        clear();
        svg.classList.add("highlighting");
        var node = document.getElementById(id);
        if (node) { node.classList.add("lit", "focus"); }
        entry.neighbours.forEach(function (n) { var e = document.getElementById(n); if (e) { e.classList.add("lit"); } });
        entry.edges.forEach(function (n) { var e = document.getElementById(n); if (e) { e.classList.add("lit"); } });
      }
      svg.querySelectorAll("g.node").forEach(function (g) {
        g.addEventListener("mouseenter", function () { show(g.id); });
        g.addEventListener("click", function (event) { event.stopPropagation(); show(g.id); highlight(g.id); });
      });
      svg.addEventListener("click", clear);
      document.documentElement.setAttribute("data-diagram-ready", "yes");
    })();

    """
}

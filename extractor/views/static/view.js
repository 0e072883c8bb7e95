// The views' behaviour, plain JavaScript: select a fact (from the table or the text) to
// scroll to it and show its details; jump to a warning's place; sort any table.sortable.
(function () {
  "use strict";

  // Scroll `el` to the middle of its scrolling box only, so the page itself does not jump;
  // then bring the box into view if it is off screen.
  function reveal(el, box) {
    if (!box) { el.scrollIntoView({ block: "center" }); return; }
    var b = box.getBoundingClientRect(), r = el.getBoundingClientRect();
    box.scrollTop += (r.top - b.top) - (box.clientHeight - r.height) / 2;
    b = box.getBoundingClientRect();
    if (b.bottom < 0 || b.top > window.innerHeight) box.scrollIntoView({ block: "nearest" });
  }

  function select(doc, index, scrollText, scrollRow) {
    doc.querySelectorAll(".active").forEach(function (e) { e.classList.remove("active"); });
    var mark = doc.querySelector('.fact[data-fact="' + index + '"]');
    var row = doc.querySelector('tr[data-row="' + index + '"]');
    if (mark) {
      mark.classList.add("active");
      if (scrollText) reveal(mark, doc.querySelector(".note"));
    }
    if (row) {
      row.classList.add("active");
      if (scrollRow) reveal(row, doc.querySelector(".table-wrap"));
      var panel = doc.querySelector(".details");
      if (panel) {
        panel.querySelectorAll("[data-k]").forEach(function (el) {
          el.textContent = row.dataset[el.dataset.k] || "—";
        });
        panel.hidden = false;
      }
    }
  }

  document.querySelectorAll("section.doc").forEach(function (doc) {
    doc.addEventListener("click", function (e) {
      var row = e.target.closest("tr[data-row]");
      if (row) { select(doc, row.dataset.row, true, false); return; }
      var mark = e.target.closest(".fact[data-fact]");
      if (mark) { e.stopPropagation(); select(doc, mark.dataset.fact, false, true); return; }
      var warning = e.target.closest("li[data-warning]");
      if (warning) {
        var anchor = doc.querySelector('.warn-anchor[data-warning="' + warning.dataset.warning + '"]');
        if (anchor) {
          doc.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
          anchor.classList.add("active");
          reveal(anchor, doc.querySelector(".note"));
        }
      }
    });
    doc.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.matches("tr[data-row], li[data-warning]")) e.target.click();
    });
  });

  function sortKey(cell, numeric) {
    var raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    if (!numeric) return raw.toLowerCase();
    var x = parseFloat(raw);
    return isNaN(x) ? -Infinity : x;
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th, col) {
      th.addEventListener("click", function () {
        var numeric = th.dataset.type === "num";
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[col], numeric), y = sortKey(b.cells[col], numeric);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();

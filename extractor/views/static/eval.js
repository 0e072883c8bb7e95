// The eval report's filters: by kind of error (buttons) and by document (a click in the
// per-document table). Sorting is view.js's, shared with the fact view.
(function () {
  "use strict";
  var table = document.getElementById("error-table");
  var count = document.getElementById("shown-count");
  var docNote = document.getElementById("doc-filter");
  var kind = "", doc = "";
  function apply() {
    if (!table) return;
    var shown = 0, rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var ok = (!kind || rows[i].dataset.kind === kind) && (!doc || rows[i].dataset.doc === doc);
      rows[i].hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = shown + " of " + rows.length;
    if (docNote) { docNote.hidden = !doc; docNote.querySelector("b").textContent = doc; }
  }
  document.querySelectorAll("#filters button").forEach(function (b) {
    b.addEventListener("click", function () {
      document.querySelectorAll("#filters button").forEach(function (x) { x.classList.remove("on"); });
      b.classList.add("on");
      kind = b.dataset.kind;
      apply();
    });
  });
  document.querySelectorAll("a.doc-link").forEach(function (a) {
    a.addEventListener("click", function () { doc = a.dataset.doc; apply(); });
  });
  var clear = document.getElementById("clear-doc");
  if (clear) clear.addEventListener("click", function () { doc = ""; apply(); });
})();

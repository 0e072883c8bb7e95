// The page's form: a file dropped on the text box is uploaded as the note (the server reads
// the bytes sent, never a path), and the form is sent at once.
(function () {
  "use strict";
  var form = document.getElementById("extract-form");
  var box = document.getElementById("text");
  var file = document.getElementById("file");
  if (!form || !box || !file) return;
  ["dragenter", "dragover"].forEach(function (t) {
    box.addEventListener(t, function (e) { e.preventDefault(); box.classList.add("dragover"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    box.addEventListener(t, function () { box.classList.remove("dragover"); });
  });
  box.addEventListener("drop", function (e) {
    e.preventDefault();
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    file.files = e.dataTransfer.files;
    box.value = "";
    form.submit();
  });
  // Pasted text wins over a file chosen before: clear the file when the box is edited.
  box.addEventListener("input", function () { if (box.value) file.value = ""; });
})();

(function () {
  "use strict";
  var filters = document.getElementById("filters");
  var family = document.getElementById("f-family");
  var status = document.getElementById("f-status");
  var query = document.getElementById("f-text");
  var shown = document.getElementById("f-shown");
  var groups = Array.prototype.slice.call(document.querySelectorAll("#matrix tbody"));
  var total = document.querySelectorAll("#matrix tr.req").length;

  function matches(row, f, s, q) {
    return (!f || row.getAttribute("data-family") === f)
      && (!s || row.getAttribute("data-status") === s)
      && (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
  }

  function apply() {
    var f = family.value, s = status.value, q = query.value.trim().toLowerCase(), count = 0;
    groups.forEach(function (group) {
      var any = false;
      Array.prototype.forEach.call(group.querySelectorAll("tr.req"), function (row) {
        var ok = matches(row, f, s, q);
        row.hidden = !ok;
        if (ok) { any = true; count++; }
      });
      group.hidden = !any;
    });
    shown.textContent = count + " of " + total + " requirements shown";
  }

  // A filter can be linked to: report.html#filter:family=RX&status=FAIL&q=text
  function fromHash() {
    var match = /^#filter:(.*)$/.exec(window.location.hash);
    if (!match) { return; }
    match[1].split("&").forEach(function (pair) {
      var parts = pair.split("="), value = decodeURIComponent(parts[1] || "");
      if (parts[0] === "family") { family.value = value; }
      if (parts[0] === "status") { status.value = value; }
      if (parts[0] === "q") { query.value = value; }
    });
  }

  function toHash() {
    var parts = [];
    if (family.value) { parts.push("family=" + encodeURIComponent(family.value)); }
    if (status.value) { parts.push("status=" + encodeURIComponent(status.value)); }
    if (query.value) { parts.push("q=" + encodeURIComponent(query.value)); }
    try {
      history.replaceState(null, "", parts.length ? "#filter:" + parts.join("&") : window.location.pathname);
    } catch (e) { /* a page opened from some places cannot change its address; the filter still works */ }
  }

  function changed() { apply(); toHash(); }

  if (filters) {
    filters.hidden = false;
    fromHash();
    [family, status].forEach(function (control) { control.addEventListener("change", changed); });
    query.addEventListener("input", changed);
    apply();
  }

  function copied(button, label) {
    button.textContent = label;
    setTimeout(function () { button.textContent = "Copy"; }, 1500);
  }

  function fallbackCopy(text, button) {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    copied(button, ok ? "Copied" : "Select and copy");
  }

  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = document.getElementById(button.getAttribute("data-copy")).textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { copied(button, "Copied"); }, function () { fallbackCopy(text, button); });
      } else {
        fallbackCopy(text, button);
      }
    });
  });
}());

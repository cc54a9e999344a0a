// chanye pages: fact details on hover / focus / click. Data is read from JSON blocks and written
// with textContent only, so document text is never parsed as HTML.
(function () {
  "use strict";
  function readJSON(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  var facts = readJSON("facts-data");
  var labels = readJSON("field-labels") || {};
  var body = document.getElementById("fact-panel-body");
  if (facts && body) {
    var pinned = null;
    var rows = ["subject", "metric", "value", "kind", "comparator", "period", "status", "industry", "quote"];
    var show = function (mark) {
      var ids = (mark.getAttribute("data-facts") || "").split(/\s+/).filter(Boolean);
      while (body.firstChild) body.removeChild(body.firstChild);
      ids.forEach(function (id) {
        var f = facts[id];
        if (!f) return;
        var card = el("div", "fact-card");
        card.setAttribute("data-fact", id);
        var dl = el("dl");
        rows.forEach(function (k) {
          var v = f[k];
          if (k === "metric") v = f.metric_name + (f.metric_name !== f.metric ? " (" + f.metric + ")" : "");
          if (k === "value") v = f.display + "  [" + f.value + (f.value_max !== null ? "–" + f.value_max : "") + " " + f.unit + (f.unit_text ? " / " + f.unit_text : "") + "]";
          if (k === "status") v = f.status_name;
          if (v === null || v === undefined || v === "") v = "—";
          dl.appendChild(el("dt", null, labels[k] || k));
          dl.appendChild(el("dd", "f-" + k, v));
        });
        card.appendChild(dl);
        if (f.original) {
          var a = el("a", "orig", labels.show_original || "original");
          a.href = f.original;
          card.appendChild(a);
        }
        body.appendChild(card);
      });
      document.querySelectorAll("mark.fact.active").forEach(function (m) { m.classList.remove("active"); });
      document.querySelectorAll("tr[data-fact].active").forEach(function (r) { r.classList.remove("active"); });
      document.querySelectorAll("mark.fact").forEach(function (m) {
        var other = (m.getAttribute("data-facts") || "").split(/\s+/);
        if (ids.some(function (i) { return other.indexOf(i) >= 0; })) m.classList.add("active");
      });
      ids.forEach(function (i) {
        var r = document.querySelector('tr[data-fact="' + i.replace(/[^0-9]/g, "") + '"]');
        if (r) r.classList.add("active");
      });
    };
    document.querySelectorAll("mark.fact").forEach(function (m) {
      m.addEventListener("mouseenter", function () { if (!pinned) show(m); });
      m.addEventListener("focus", function () { show(m); });
      m.addEventListener("click", function () { pinned = (pinned === m) ? null : m; show(m); });
      m.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pinned = m; show(m); } });
    });
    var target = location.hash && location.hash.match(/^#fact-(\d+)$/);
    var m0 = target ? document.querySelector('mark.fact[data-facts~="' + target[1] + '"]') : document.querySelector("mark.fact.sel");
    if (m0) { pinned = m0; show(m0); }
  }
})();

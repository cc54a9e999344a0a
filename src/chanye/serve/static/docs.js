// A small offline renderer for /openapi.json: every operation, its parameters, a "try it" form.
(function () {
  "use strict";
  var root = document.getElementById("api");
  if (!root) return;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    var byTag = {};
    Object.keys(spec.paths || {}).forEach(function (path) {
      var item = spec.paths[path];
      Object.keys(item).forEach(function (method) {
        var op = item[method];
        var tag = (op.tags && op.tags[0]) || "api";
        (byTag[tag] = byTag[tag] || []).push({ path: path, method: method, op: op });
      });
    });
    Object.keys(byTag).forEach(function (tag) {
      root.appendChild(el("h2", null, tag));
      byTag[tag].forEach(function (entry) {
        var box = el("section", "op");
        box.id = "op-" + (entry.op.operationId || entry.path);
        var head = el("div");
        head.appendChild(el("span", "method", entry.method.toUpperCase()));
        head.appendChild(el("span", "path", entry.path));
        box.appendChild(head);
        if (entry.op.summary) box.appendChild(el("div", "muted", entry.op.summary));
        var params = entry.op.parameters || [];
        var form = el("form", "try");
        var inputs = {};
        if (params.length) {
          var table = el("table", "data");
          var hr = el("tr");
          ["name", "in", "type", "description"].forEach(function (h) { hr.appendChild(el("th", null, h)); });
          table.appendChild(hr);
          params.forEach(function (p) {
            var tr = el("tr");
            var schema = p.schema || {};
            var type = schema.type || (schema.anyOf || []).map(function (s) { return s.type; }).filter(Boolean).join(" | ");
            tr.appendChild(el("td", null, p.name + (p.required ? " *" : "")));
            tr.appendChild(el("td", null, p.in));
            tr.appendChild(el("td", null, type));
            tr.appendChild(el("td", null, p.description || ""));
            table.appendChild(tr);
            var input = el("input");
            input.name = p.name;
            input.placeholder = p.name;
            inputs[p.name] = { input: input, where: p.in };
            form.appendChild(input);
          });
          box.appendChild(table);
        }
        var button = el("button", null, root.getAttribute("data-try") || "Try it");
        button.type = "submit";
        form.appendChild(button);
        var out = el("pre");
        out.hidden = true;
        form.addEventListener("submit", function (ev) {
          ev.preventDefault();
          var url = entry.path;
          var query = new URLSearchParams();
          Object.keys(inputs).forEach(function (name) {
            var v = inputs[name].input.value;
            if (inputs[name].where === "path") url = url.replace("{" + name + "}", encodeURIComponent(v));
            else if (v !== "") query.append(name, v);
          });
          var q = query.toString();
          if (q) url += "?" + q;
          out.hidden = false;
          out.textContent = "GET " + url + "\n…";
          fetch(url).then(function (r) {
            return r.text().then(function (t) {
              var shown = t;
              try { shown = JSON.stringify(JSON.parse(t), null, 2); } catch (e) { /* CSV or text */ }
              out.textContent = "GET " + url + " → " + r.status + "\n\n" + shown.slice(0, 20000);
            });
          });
        });
        box.appendChild(form);
        box.appendChild(out);
        root.appendChild(box);
      });
    });
  });
})();

// dtcheck's reviewer page: draws itself from the JSON in #data (render/review/mod.rs).
// No network, no library. Figures come from the data as counted by dtcheck; the page
// only lays them out (percentages shown are rounded for display, never decided here).
(function () {
  "use strict";
  var errors = [];
  function fault(message) {
    errors.push(String(message));
    var box = document.getElementById("page-errors");
    box.hidden = false;
    box.textContent = errors.join("\n");
  }
  window.addEventListener("error", function (e) { fault(e.message); });
  window.addEventListener("unhandledrejection", function (e) { fault(e.reason); });

  var D = JSON.parse(document.getElementById("data").textContent);
  var L = D.labels;
  var OUTCOMES = ["pass", "fail", "not_assessed", "missing_data", "missing_evidence", "error"];
  var LETTER = { p: "pass", f: "fail", n: "not_assessed", d: "missing_data", e: "missing_evidence", x: "error" };
  var collator = new Intl.Collator(D.lang === "vi" ? "vi" : "en", { numeric: true });
  var SVG = "http://www.w3.org/2000/svg";

  // --- helpers -------------------------------------------------------------------
  function el(tag, attrs) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (attrs[k] === null || attrs[k] === undefined) continue;
      if (k === "text") e.textContent = attrs[k];
      else if (k === "cls") e.className = attrs[k];
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function num(n) {
    var s = String(n), sep = D.lang === "vi" ? "." : ",", out = "";
    while (s.length > 3) { out = sep + s.slice(-3) + out; s = s.slice(0, -3); }
    return s + out;
  }
  function dec(s) { return D.lang === "vi" ? String(s).replace(/(\d)\.(\d)/g, "$1,$2") : String(s); }
  function pct(a, b) { return b ? dec((100 * a / b).toFixed(1)) + "%" : "—"; }
  function norm(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function levelName(l) {
    if (l === 0) return L.level_0;
    var names = (D.overview && D.overview.level_names) || [];
    for (var i = 0; i < names.length; i++) if (names[i][0] === l) return L.level + " " + l + " (" + names[i][1] + ")";
    return L.level + " " + l;
  }
  function legend(items) {
    return el("div", { cls: "legend" }, items.map(function (it) {
      return el("span", {}, el("i", { style: "background:var(--" + it.cls + ")" }), it.label);
    }).reduce(function (f, x) { f.appendChild(x); return f; }, document.createDocumentFragment()));
  }
  // A horizontal stacked bar of segments {n, cls, label}.
  function stacked(segs, width, height) {
    var total = segs.reduce(function (s, x) { return s + x.n; }, 0);
    var s = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img" });
    var x = 0;
    segs.forEach(function (seg) {
      if (!seg.n) return;
      var w = total ? width * seg.n / total : 0;
      var r = svg("rect", { x: x, y: 0, width: Math.max(w, 0.5), height: height, style: "fill:var(--" + seg.cls + ")" });
      var t = svg("title", {}); t.textContent = seg.label + ": " + num(seg.n) + " (" + pct(seg.n, total) + ")";
      r.appendChild(t); s.appendChild(r); x += w;
    });
    return s;
  }
  // A table whose headers sort it. cols: {label, key(row) → sortable value, cell(row) → node|text, num}
  function sortableTable(cols, rows, attrs, rowAttrs) {
    var table = el("table", attrs || {});
    var state = { col: -1, dir: 1 };
    var thead = el("thead"), tr = el("tr"), tbody = el("tbody");
    cols.forEach(function (c, i) {
      var th = el("th", { cls: (c.key ? "sortable " : "") + (c.num ? "num" : "") }, c.label, el("span", { cls: "dir" }));
      if (c.key) th.addEventListener("click", function () {
        state.dir = state.col === i ? -state.dir : (c.num ? -1 : 1); state.col = i; draw();
      });
      tr.appendChild(th);
    });
    thead.appendChild(tr); table.appendChild(thead); table.appendChild(tbody);
    function draw() {
      var sorted = rows.slice();
      if (state.col >= 0) {
        var key = cols[state.col].key;
        sorted.sort(function (a, b) {
          var x = key(a), y = key(b);
          return state.dir * (typeof x === "number" ? x - y : collator.compare(x, y));
        });
      }
      Array.prototype.forEach.call(thead.querySelectorAll(".dir"), function (d, i) {
        d.textContent = i === state.col ? (state.dir > 0 ? " ▲" : " ▼") : "";
      });
      tbody.textContent = "";
      sorted.forEach(function (r) {
        var row = el("tr", rowAttrs ? rowAttrs(r) : {});
        cols.forEach(function (c) {
          var v = c.cell(r);
          row.appendChild(el("td", { cls: c.num ? "num" : "" }, v));
        });
        tbody.appendChild(row);
      });
    }
    draw();
    return table;
  }

  // --- packed reports ------------------------------------------------------------
  var chunks = new Map();
  function unpack(list, k) {
    if (!chunks.has(k)) {
      var bin = atob(list[k]), bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
      chunks.set(k, new Response(stream).text().then(JSON.parse));
    }
    return chunks.get(k);
  }
  function packed(list, i) {
    return unpack(list, Math.floor(i / D.per_chunk)).then(function (a) { return a[i % D.per_chunk]; });
  }

  var app = document.getElementById("app");
  if (D.kind === "diff") diffPage(); else overviewPage();
  document.body.setAttribute("data-ready", "1");

  // --- the overview ----------------------------------------------------------------
  function overviewPage() {
    var O = D.overview, A = D.about, maturity = O.rule === "maturity";
    function segments(c) {
      if (maturity) return c.by_level.map(function (n, l) { return { n: n, cls: "l" + l, label: levelName(l) }; });
      return [{ n: c.recognized, cls: "ok", label: L.recognized }, { n: c.not_recognized, cls: "no", label: L.not_recognized }];
    }
    app.appendChild(el("h1", {}, document.title));
    app.appendChild(el("p", { cls: "meta" }, L.set + ": " + A.set_id + " · " + A.decision + " · " + L.years + ": " + O.years.join(", ") + " · " + L["basis_" + A.basis]));
    app.appendChild(el("p", { cls: "meta" }, L.source + ": " + A.source));
    if (A.unreadable) app.appendChild(el("p", { cls: "warn", id: "unreadable", "data-count": A.unreadable }, num(A.unreadable) + " " + L.unreadable));
    app.appendChild(el("nav", {}, el("a", { href: "#overview" }, L.overview), el("a", { href: "#criteria" }, L.criteria), el("a", { href: "#localities" }, L.localities)));

    // Overview: cards, the whole input's bar, the districts.
    var sec = el("section", { id: "overview" }, el("h2", {}, L.overview));
    var cards = el("div", { cls: "cards", id: "total" });
    function card(id, label, n, extra) { cards.appendChild(el("div", { cls: "card" }, el("b", { id: id, "data-count": n }, num(n)), label, extra ? el("div", {}, extra) : null)); }
    card("total-evaluated", L.evaluated, O.total.localities);
    if (maturity) O.total.by_level.forEach(function (n, l) { card("total-level-" + l, levelName(l), n, pct(n, O.total.localities)); });
    else {
      card("total-recognized", L.recognized, O.total.recognized, pct(O.total.recognized, O.total.localities));
      card("total-not-recognized", L.not_recognized, O.total.not_recognized, pct(O.total.not_recognized, O.total.localities));
    }
    card("total-with-errors", L.with_errors, O.total.with_errors);
    card("total-with-missing", L.with_missing, O.total.with_missing);
    sec.appendChild(cards);
    sec.appendChild(el("div", {}, stacked(segments(O.total), 900, 22)));
    sec.appendChild(legend(segments(O.total)));
    // Per province (when there are several) and per district: [name, counts, province].
    var provinces = O.provinces.length > 1;
    function countCols(first) {
      var cols = first.concat([{ label: L.count, num: true, key: function (d) { return d[1].localities; }, cell: function (d) { return num(d[1].localities); } }]);
      if (maturity) [0, 1, 2, 3, 4, 5].forEach(function (l) {
        cols.push({ label: l === 0 ? L.level_0 : L.level + " " + l, num: true, key: function (d) { return d[1].by_level[l]; }, cell: function (d) { return el("span", { "data-level": l }, num(d[1].by_level[l])); } });
      });
      else cols.push(
        { label: L.recognized, num: true, key: function (d) { return d[1].recognized; }, cell: function (d) { return el("span", { "data-k": "recognized" }, num(d[1].recognized)); } },
        { label: L.not_recognized, num: true, key: function (d) { return d[1].not_recognized; }, cell: function (d) { return el("span", { "data-k": "not_recognized" }, num(d[1].not_recognized)); } },
        { label: L.share_recognized, num: true, key: function (d) { return d[1].localities ? d[1].recognized / d[1].localities : 0; }, cell: function (d) { return pct(d[1].recognized, d[1].localities); } });
      cols.push({ label: L.with_errors, num: true, key: function (d) { return d[1].with_errors; }, cell: function (d) { return num(d[1].with_errors); } },
        { label: L.with_missing, num: true, key: function (d) { return d[1].with_missing; }, cell: function (d) { return num(d[1].with_missing); } },
        { label: "", cell: function (d) { return stacked(segments(d[1]), 220, 14); } });
      return cols;
    }
    if (provinces) {
      sec.appendChild(el("h3", {}, L.by_province));
      sec.appendChild(el("div", { cls: "scroll" }, sortableTable(countCols([{ label: L.province, key: function (p) { return p[0]; }, cell: function (p) { return p[0]; } }]),
        O.provinces, { id: "provinces" }, function (p) { return { "data-province": p[0] }; })));
    }
    sec.appendChild(el("h3", {}, L.by_district));
    var first = [{ label: L.district, key: function (d) { return d[0]; }, cell: function (d) { return el("a", { href: "#localities", onclick: function () { filterDistrict(d[0], d[2]); } }, d[0]); } }];
    if (provinces) first.push({ label: L.province, key: function (d) { return d[2]; }, cell: function (d) { return d[2]; } });
    sec.appendChild(el("div", { cls: "scroll" }, sortableTable(countCols(first), O.districts.map(function (d) { return [d.name, d.counts, d.province]; }),
      { id: "districts" }, function (d) { return { "data-district": d[0] }; })));
    app.appendChild(sec);

    // Per criterion.
    sec = el("section", { id: "criteria" }, el("h2", {}, L.criteria));
    sec.appendChild(legend(OUTCOMES.map(function (o) { return { cls: o, label: L[o] }; })));
    var ccols = [{ label: L.id, key: function (c) { return c.i; }, cell: function (c) { return c.c.id; } },
      { label: L.name, key: function (c) { return c.c.name; }, cell: function (c) { return c.c.name; } },
      { label: L.target, cell: function (c) { return targetsText(c.i); } }];
    OUTCOMES.forEach(function (o, k) {
      ccols.push({ label: L[o], num: true, key: function (c) { return c.c.outcomes[k]; }, cell: function (c) {
        var n = c.c.outcomes[k];
        return n && o !== "pass" ? el("a", { href: "#localities", "data-outcome": o, "data-count": n, onclick: function (e) { e.stopPropagation(); filterCriterion(c.i, o); } }, num(n)) : el("span", { "data-outcome": o, "data-count": n }, num(n));
      } });
    });
    ccols.push({ label: L.values, cell: function (c) { return histogram(c.i, 220, 46, false); } });
    var crows = O.criteria.map(function (c, i) { return { c: c, i: i }; });
    var ctable = sortableTable(ccols, crows, { id: "criteria-table" }, function (c) {
      return { "data-criterion": c.c.id, cls: "clickable", onclick: function (e) { toggleBig(e.currentTarget, c.i); } };
    });
    sec.appendChild(ctable);
    app.appendChild(sec);

    // The localities.
    sec = el("section", { id: "localities" }, el("h2", {}, L.localities));
    var state = { q: "", standing: "", district: "", crit: -1, outcome: "", sort: -1, dir: 1, page: 0 };
    var rows = O.rows.map(function (r, i) { r.i = i; r.s = norm(r.code + " " + r.name + " " + r.district); return r; });
    var search = el("input", { type: "search", id: "search", placeholder: L.search });
    var standing = el("select", { id: "standing" }, el("option", { value: "" }, L.all));
    if (maturity) [0, 1, 2, 3, 4, 5].forEach(function (l) { standing.appendChild(el("option", { value: "l" + l }, levelName(l))); });
    else { standing.appendChild(el("option", { value: "yes" }, L.recognized)); standing.appendChild(el("option", { value: "no" }, L.not_recognized)); }
    standing.appendChild(el("option", { value: "errors" }, L.with_errors));
    standing.appendChild(el("option", { value: "missing" }, L.with_missing));
    var district = el("select", { id: "district" }, el("option", { value: "" }, L.district + ": " + L.all));
    // A district is its name in its province (two provinces may have a "Châu Thành").
    var several = O.provinces.length > 1;
    O.districts.map(function (d, i) { return { i: i, label: several ? d.name + " (" + d.province + ")" : d.name }; })
      .sort(function (a, b) { return collator.compare(a.label, b.label); })
      .forEach(function (d) { district.appendChild(el("option", { value: String(d.i) }, d.label)); });
    var chip = el("span", { id: "criterion-filter" });
    sec.appendChild(el("div", { cls: "controls" }, search, standing, district, chip));
    var shown = el("div", { id: "shown", cls: "meta" });
    var table = el("table", { id: "locality-table" });
    var pager = el("div", { cls: "pager" });
    sec.appendChild(shown); sec.appendChild(table); sec.appendChild(pager);
    var detail = el("section", { id: "detail", hidden: "" });
    sec.appendChild(detail);
    app.appendChild(sec);
    var PAGE = 50;
    function verdictOf(r) { return r.standing.recognized !== undefined ? (r.standing.recognized ? L.recognized : L.not_recognized) : levelName(r.standing.level.level); }
    var lcols = [
      { label: L.code, key: function (r) { return r.code; }, cell: function (r) { return r.code; } },
      { label: L.locality, key: function (r) { return r.name; }, cell: function (r) { return r.name; } },
      { label: L.district, key: function (r) { return r.district; }, cell: function (r) { return r.district; } },
      { label: L.year, num: true, key: function (r) { return r.year; }, cell: function (r) { return String(r.year); } },
      { label: maturity ? L.verdict_level : L.verdict_recognition, key: function (r) { return r.standing.recognized !== undefined ? (r.standing.recognized ? 1 : 0) : r.standing.level.level; }, cell: function (r) { return el("b", { cls: positive(r) ? "o-pass" : "o-fail" }, verdictOf(r)); } },
      { label: L.criteria_pass, num: true, key: function (r) { return r.outcomes[0]; }, cell: function (r) { return num(r.outcomes[0]); } },
      { label: L.criteria_fail, num: true, key: function (r) { return r.outcomes[1]; }, cell: function (r) { return num(r.outcomes[1]); } },
      { label: L.with_missing, num: true, key: function (r) { return r.outcomes[3] + r.outcomes[4]; }, cell: function (r) { return num(r.outcomes[3] + r.outcomes[4]); } },
      { label: L.error, num: true, key: function (r) { return r.outcomes[5]; }, cell: function (r) { return num(r.outcomes[5]); } },
      { label: maturity ? L.blocking_level : L.blocking_recognition, key: function (r) { return r.blocking.length; }, cell: function (r) { return r.blocking.join(", "); } }];
    function positive(r) { return r.standing.recognized !== undefined ? r.standing.recognized : r.standing.level.level > 0; }
    var thead = el("thead"), htr = el("tr"), tbody = el("tbody");
    lcols.forEach(function (c, i) {
      htr.appendChild(el("th", { cls: "sortable" + (c.num ? " num" : ""), onclick: function () {
        state.dir = state.sort === i ? -state.dir : 1; state.sort = i; state.page = 0; apply();
      } }, c.label, el("span", { cls: "dir" })));
    });
    thead.appendChild(htr); table.appendChild(thead); table.appendChild(tbody);
    var filtered = rows;
    function apply() {
      var q = norm(state.q.trim());
      filtered = rows.filter(function (r) {
        if (q && r.s.indexOf(q) < 0) return false;
        if (state.district !== "") {
          var d = O.districts[Number(state.district)];
          if (r.district !== d.name || r.province !== d.province) return false;
        }
        if (state.crit >= 0 && LETTER[r.by_criterion.charAt(state.crit)] !== state.outcome) return false;
        switch (state.standing) {
          case "": return true;
          case "yes": return r.standing.recognized === true;
          case "no": return r.standing.recognized === false;
          case "errors": return r.outcomes[5] > 0;
          case "missing": return r.outcomes[3] + r.outcomes[4] > 0;
          default: return r.standing.level !== undefined && "l" + r.standing.level.level === state.standing;
        }
      });
      if (state.sort >= 0) {
        var key = lcols[state.sort].key, dir = state.dir;
        filtered.sort(function (a, b) { var x = key(a), y = key(b); return dir * (typeof x === "number" ? x - y : collator.compare(x, y)) || a.i - b.i; });
      }
      Array.prototype.forEach.call(htr.querySelectorAll(".dir"), function (d, i) { d.textContent = i === state.sort ? (state.dir > 0 ? " ▲" : " ▼") : ""; });
      draw();
    }
    function draw() {
      var pages = Math.max(1, Math.ceil(filtered.length / PAGE));
      state.page = Math.min(state.page, pages - 1);
      var from = state.page * PAGE, part = filtered.slice(from, from + PAGE);
      tbody.textContent = "";
      part.forEach(function (r) {
        var tr = el("tr", { cls: "clickable", "data-code": r.code, onclick: function () { open(r.i); } });
        lcols.forEach(function (c) { tr.appendChild(el("td", { cls: c.num ? "num" : "" }, c.cell(r))); });
        tbody.appendChild(tr);
      });
      shown.setAttribute("data-count", filtered.length);
      shown.textContent = L.shown + " " + (filtered.length ? num(from + 1) + "–" + num(from + part.length) : "0") + " " + L.of + " " + num(filtered.length);
      pager.textContent = "";
      pager.appendChild(el("button", { onclick: function () { state.page--; draw(); }, disabled: state.page === 0 ? "" : null }, "‹ " + L.previous));
      pager.appendChild(el("span", {}, (state.page + 1) + " / " + pages));
      pager.appendChild(el("button", { onclick: function () { state.page++; draw(); } }, L.next + " ›"));
      if (state.page >= pages - 1) pager.lastChild.setAttribute("disabled", "");
      pager.firstChild.toggleAttribute("disabled", state.page === 0);
    }
    var timer = 0;
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { state.q = search.value; state.page = 0; apply(); }, 120); });
    standing.addEventListener("change", function () { state.standing = standing.value; state.page = 0; apply(); });
    district.addEventListener("change", function () { state.district = district.value; state.page = 0; apply(); });
    function filterDistrict(name, province) {
      var at = O.districts.findIndex(function (d) { return d.name === name && (province === undefined || d.province === province); });
      district.value = String(at); state.district = String(at); state.page = 0; apply();
    }
    function filterCriterion(i, outcome) {
      state.crit = i; state.outcome = outcome; state.page = 0;
      chip.textContent = "";
      chip.appendChild(el("span", { cls: "chip" }, L.filter_criterion + " " + O.criteria[i].id + ": " + L[outcome] + " "));
      chip.appendChild(el("button", { onclick: function () { state.crit = -1; chip.textContent = ""; apply(); } }, L.clear));
      apply();
      document.getElementById("localities").scrollIntoView();
    }
    function open(i) {
      var r = O.rows[i];
      detail.hidden = false;
      detail.setAttribute("data-code", r.code);
      detail.removeAttribute("data-loaded");
      detail.textContent = "";
      var pre = el("pre", {}, L.loading);
      detail.appendChild(el("h3", {}, r.name + " (" + r.code + ") — " + verdictOf(r) + " ", el("button", { onclick: function () { detail.hidden = true; history.replaceState(null, "", "#localities"); } }, L.close)));
      detail.appendChild(el("div", { cls: "meta" }, L.report));
      detail.appendChild(pre);
      history.replaceState(null, "", "#l=" + encodeURIComponent(r.code));
      return packed(D.reports, i).then(function (text) {
        if (detail.getAttribute("data-code") !== r.code) return;
        pre.textContent = text;
        detail.setAttribute("data-loaded", "1");
      });
    }
    apply();
    var m = /^#l=(.+)$/.exec(location.hash);
    if (m) {
      var code = decodeURIComponent(m[1]);
      var at = O.rows.findIndex(function (r) { return r.code === code; });
      if (at >= 0) open(at); else fault("no locality " + code);
    }
    var c = /^#c=(.+)$/.exec(location.hash);
    if (c) {
      var id = decodeURIComponent(c[1]);
      var tr = ctable.querySelector('tr[data-criterion="' + CSS.escape(id) + '"]');
      if (tr) toggleBig(tr, O.criteria.findIndex(function (x) { return x.id === id; })); else fault("no criterion " + id);
    }
    if (location.hash === "#bench") bench();
    function bench() {
      var t = [], t0 = performance.now();
      function lap(name) { var t1 = performance.now(); t.push(name + " " + (t1 - t0).toFixed(1) + " ms"); t0 = t1; }
      lap("loaded (since navigation start " + performance.now().toFixed(0) + " ms)");
      search.value = "xa"; state.q = "xa"; apply(); lap("search");
      state.sort = 1; state.dir = 1; apply(); lap("sort by name");
      state.sort = 6; state.dir = -1; apply(); lap("sort by fails");
      state.q = ""; state.sort = -1; apply(); lap("reset");
      open(O.rows.length - 1).then(function () { lap("open the last locality"); document.body.appendChild(el("pre", { id: "bench" }, t.join("\n"))); });
    }
  }

  function targetsText(i) {
    var t = D.target_texts[i] || [];
    var level = D.overview.rule === "maturity";
    return t.map(function (x) { return (level ? L.level_short + " " + x[0] : x[0]) + ": " + x[1]; }).join("; ");
  }
  // A target as the reports write it ("≥ 75%").
  function targetText(i, appliesTo) {
    var t = (D.target_texts[i] || []).find(function (x) { return x[0] === appliesTo; });
    return t ? t[1] : "";
  }
  function toggleBig(tr, i) {
    var next = tr.nextSibling;
    if (next && next.classList && next.classList.contains("hist-row")) { next.remove(); return; }
    var td = el("td", { colspan: tr.children.length });
    td.appendChild(el("div", { cls: "hist-big" }, histogram(i, 900, 180, true)));
    var c = D.overview.criteria[i];
    if (c.levels && c.levels.length) {
      var head = el("tr", {}, el("th", {}, L.at_level));
      OUTCOMES.forEach(function (o) { head.appendChild(el("th", { cls: "num" }, L[o])); });
      var lt = el("table", {}, el("thead", {}, head));
      c.levels.forEach(function (l) {
        var row = el("tr", {}, el("td", {}, L.level + " " + l.level));
        l.outcomes.forEach(function (n) { row.appendChild(el("td", { cls: "num" }, num(n))); });
        lt.appendChild(row);
      });
      td.appendChild(lt);
    }
    tr.parentNode.insertBefore(el("tr", { cls: "hist-row" }, td), tr.nextSibling);
  }
  // The distribution of a criterion's measured values, the targets marked.
  function histogram(i, W, H, big) {
    var c = D.overview.criteria[i], v = c.values;
    var box = el("div", { cls: "hist" });
    var s = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img" });
    box.appendChild(s);
    var pad = big ? 22 : 2, bottom = big ? 30 : 2, left = big ? 10 : 0;
    var h = H - pad - bottom, w = W - 2 * left;
    function tip(node, text) { var t = svg("title", {}); t.textContent = text; node.appendChild(t); return node; }
    function label(x, y, text, anchor) { var t = svg("text", { x: x, y: y, "text-anchor": anchor || "middle" }); t.textContent = text; s.appendChild(t); }
    var unit = c.unit === "%" ? "%" : "";
    if (v.kind === "numeric") {
      var n = v.bins.length, max = Math.max.apply(null, v.bins.map(function (b) { return b.count; }).concat([1])), bw = w / n;
      var numericTargets = c.targets.filter(function (t) { return t.bin !== undefined; });
      function range(b) { return b.from === b.to ? dec(b.from) + unit : L.range_from + " " + dec(b.from) + unit + " " + (b.closed ? L.range_to : L.range_to_under) + " " + dec(b.to) + unit; }
      v.bins.forEach(function (b, k) {
        var bh = h * b.count / max, x = left + k * bw;
        // Bins below the lowest target (dtcheck decides which) hold values that fail it.
        var r = svg("rect", { x: x + 1, y: pad + h - bh, width: Math.max(bw - 2, 1), height: bh, style: b.below ? "fill:var(--fail)" : "fill:#64b5f6" });
        tip(r, range(b) + ": " + num(b.count));
        s.appendChild(r);
        if (big && b.count) label(x + bw / 2, pad + h - bh - 3, num(b.count));
        if (big && (k === 0 || k === n - 1 || n <= 14)) label(x + bw / 2, H - 8, b.from === b.to ? dec(b.from) + unit : dec(b.from) + "–" + dec(b.to) + unit);
      });
      numericTargets.forEach(function (t, k) {
        var x = left + t.bin * bw;
        var maturityTarget = D.overview.rule === "maturity";
        s.appendChild(tip(svg("line", { x1: x, x2: x, y1: 2, y2: pad + h, stroke: "#000", "stroke-width": big ? 2 : 1.5, "stroke-dasharray": "4 2" }),
          (maturityTarget ? L.target_level : L.target_year) + " " + t.applies_to + ": " + targetText(i, t.applies_to) + " — " + num(t.below) + " " + L.below));
        if (big) label(x, 12 + (k % 2) * 10, (maturityTarget ? L.level_short + " " : "") + t.applies_to + ": " + targetText(i, t.applies_to));
      });
      if (big) {
        var notes = numericTargets.map(function (t) { return (D.overview.rule === "maturity" ? L.target_level : L.target_year) + " " + t.applies_to + " (" + targetText(i, t.applies_to) + "): " + num(t.below) + " " + L.below; });
        if (v.none) notes.push(num(v.none) + " " + L.no_value);
        if (v.other) notes.push(num(v.other) + " " + L.other_value);
        box.appendChild(el("div", { cls: "meta" }, notes.join(" · ")));
      }
    } else if (v.kind === "categories") {
      var total = v.values.reduce(function (a, x) { return a + x[1]; }, 0) + v.none;
      var segs = v.values.map(function (x) {
        var name = x[0] === "true" ? L.yes : x[0] === "false" ? L.no : x[0];
        return { n: x[1], cls: x[0] === "true" ? "pass" : x[0] === "false" ? "fail" : "not_assessed", label: name };
      });
      if (v.none) segs.push({ n: v.none, cls: "missing_data", label: L.no_value });
      s.remove();
      box.appendChild(stacked(segs, W, big ? 24 : Math.min(H, 16)));
      if (big) box.appendChild(el("div", { cls: "meta" }, segs.map(function (x) { return x.label + ": " + num(x.n) + " (" + pct(x.n, total) + ")"; }).join(" · ")));
    } else {
      s.remove();
      box.appendChild(el("span", { cls: "meta" }, num(v.none) + " " + L.no_value));
    }
    return box;
  }

  // --- the diff --------------------------------------------------------------------
  function diffPage() {
    app.appendChild(el("h1", {}, document.title));
    app.appendChild(el("p", { cls: "meta" }, L.before + ": " + D.from));
    app.appendChild(el("p", { cls: "meta" }, L.after + ": " + D.to));
    if (D.crosswalk) app.appendChild(el("p", { cls: "meta" }, L.crosswalk + ": " + D.crosswalk));
    app.appendChild(el("p", { id: "headline" }, el("b", {}, D.headline)));
    app.appendChild(el("nav", {}, el("a", { href: "#rules" }, L.rule_changes), el("a", { href: "#transitions" }, L.transitions), el("a", { href: "#verdicts" }, L.verdict_changes), el("a", { href: "#localities" }, L.localities)));

    var sec = el("section", { id: "rules" }, el("h2", {}, L.rule_changes));
    if (!D.rule_changes.length) sec.appendChild(el("p", {}, L.no_rule_changes));
    else {
      var t = el("table", { id: "rule-changes" }, el("thead", {}, el("tr", {}, el("th", {}, L.id), el("th", {}, L.kind), el("th", {}, L.field), el("th", {}, L.before), el("th", {}, L.after))));
      D.rule_changes.forEach(function (r) {
        var fields = r.fields.length ? r.fields : [["", "", ""]];
        fields.forEach(function (f, k) {
          t.appendChild(el("tr", { "data-criterion": r.id }, el("td", {}, k ? "" : r.id), el("td", {}, k ? "" : r.kind), el("td", {}, f[0]), el("td", {}, el("code", {}, f[1])), el("td", {}, el("code", {}, f[2]))));
        });
      });
      sec.appendChild(t);
    }
    if (D.no_counterpart.length) {
      var ul = el("ul");
      D.no_counterpart.forEach(function (x) { ul.appendChild(el("li", {}, x)); });
      sec.appendChild(el("details", { id: "no-counterpart" }, el("summary", {}, L.no_counterpart + " (" + num(D.no_counterpart.length) + ")"), ul));
    }
    app.appendChild(sec);

    sec = el("section", { id: "transitions" }, el("h2", {}, L.transitions));
    var word = function (o) { return o ? L[o] : L.none; };
    var m = el("table", { cls: "matrix", id: "matrix" });
    var head = el("tr", {}, el("th", {}, L.before + " \\ " + L.after));
    D.outcomes.forEach(function (o) { head.appendChild(el("th", {}, word(o))); });
    m.appendChild(el("thead", {}, head));
    D.outcomes.forEach(function (a, i) {
      var tr = el("tr", {}, el("th", {}, word(a)));
      D.outcomes.forEach(function (b, j) {
        var n = D.matrix[i][j];
        tr.appendChild(el("td", { cls: i === j ? "same" : n ? "hot" : "", "data-from": a, "data-to": b, "data-count": n }, i === j ? "·" : n ? num(n) : ""));
      });
      m.appendChild(tr);
    });
    sec.appendChild(m);
    sec.appendChild(el("h3", {}, L.changes_by_criterion));
    var max = Math.max.apply(null, D.by_criterion.map(function (x) { return x[1]; }).concat([1]));
    var bars = el("table", { id: "by-criterion" });
    bars.appendChild(el("thead", {}, el("tr", {}, el("th", {}, L.id), el("th", { cls: "num" }, L.outcome_changes), el("th", { cls: "num" }, L.other_changes), el("th", {}, ""))));
    D.by_criterion.forEach(function (x) {
      bars.appendChild(el("tr", { "data-criterion": x[0] }, el("td", {}, x[0]), el("td", { cls: "num" }, num(x[2])), el("td", { cls: "num" }, num(x[1] - x[2])),
        el("td", {}, stacked([{ n: x[2], cls: "fail", label: L.outcome_changes }, { n: x[1] - x[2], cls: "not_assessed", label: L.other_changes }], Math.max(2, 400 * x[1] / max), 12))));
    });
    sec.appendChild(bars);
    sec.appendChild(legend([{ cls: "fail", label: L.outcome_changes }, { cls: "not_assessed", label: L.other_changes }]));
    app.appendChild(sec);

    sec = el("section", { id: "verdicts" }, el("h2", {}, L.verdict_changes + " (" + num(D.verdicts_changed.length) + ")"));
    var vl = el("ul", { id: "verdict-list" });
    D.verdicts_changed.forEach(function (x) { vl.appendChild(el("li", {}, x)); });
    sec.appendChild(D.verdicts_changed.length ? vl : el("p", {}, L.unchanged));
    app.appendChild(sec);

    sec = el("section", { id: "localities" }, el("h2", {}, L.localities));
    var search = el("input", { type: "search", id: "search", placeholder: L.search });
    var only = el("input", { type: "checkbox", id: "changed-only", checked: "" });
    sec.appendChild(el("div", { cls: "controls" }, search, el("label", {}, only, " " + L.changed_only)));
    var rows = D.rows.map(function (r, i) { r.i = i; r.s = norm(r.code + " " + r.name); return r; });
    var holder = el("div");
    sec.appendChild(holder);
    var detail = el("section", { id: "detail", hidden: "" });
    sec.appendChild(detail);
    app.appendChild(sec);
    function draw() {
      var q = norm(search.value.trim());
      var list = rows.filter(function (r) {
        return (!only.checked || r.verdict_changed || r.outcome_changes || r.other_changes) && (!q || r.s.indexOf(q) >= 0);
      });
      holder.textContent = "";
      holder.appendChild(sortableTable([
        { label: L.code, key: function (r) { return r.code; }, cell: function (r) { return r.code; } },
        { label: L.locality, key: function (r) { return r.name; }, cell: function (r) { return r.name; } },
        { label: L.verdict, key: function (r) { return r.verdict; }, cell: function (r) { return r.verdict_changed ? el("b", {}, r.verdict) : r.verdict; } },
        { label: L.outcome_changes, num: true, key: function (r) { return r.outcome_changes; }, cell: function (r) { return num(r.outcome_changes); } },
        { label: L.other_changes, num: true, key: function (r) { return r.other_changes; }, cell: function (r) { return num(r.other_changes); } }
      ], list.slice(0, 500), { id: "locality-table" }, function (r) { return { cls: "clickable", "data-code": r.code, onclick: function () { open(r.i); } }; }));
      if (list.length > 500) holder.appendChild(el("p", { cls: "meta" }, L.shown + " 500 " + L.of + " " + num(list.length)));
    }
    function open(i) {
      var r = D.rows[i];
      detail.hidden = false; detail.textContent = ""; detail.setAttribute("data-code", r.code); detail.removeAttribute("data-loaded");
      detail.appendChild(el("h3", {}, r.name + " (" + r.code + ") — " + r.verdict + " ", el("button", { onclick: function () { detail.hidden = true; } }, L.close)));
      history.replaceState(null, "", "#l=" + encodeURIComponent(r.code));
      return packed(D.changes, i).then(function (json) {
        var changes = JSON.parse(json);
        if (!changes.length) { detail.appendChild(el("p", {}, L.nothing_changes)); }
        else {
          var t = el("table", { cls: "changes" }, el("thead", {}, el("tr", {}, el("th", {}, L.id), el("th", {}, L.before), el("th", {}, L.after), el("th", {}, L.note))));
          changes.forEach(function (c) {
            t.appendChild(el("tr", { cls: c.outcome_changed ? "" : "meta" }, el("td", {}, c.outcome_changed ? el("b", {}, c.label) : c.label), el("td", {}, c.before), el("td", {}, c.after), el("td", {}, c.note || "")));
          });
          detail.appendChild(t);
        }
        detail.setAttribute("data-loaded", "1");
      });
    }
    var timer = 0;
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(draw, 120); });
    only.addEventListener("change", draw);
    draw();
    var mm = /^#l=(.+)$/.exec(location.hash);
    if (mm) {
      var code = decodeURIComponent(mm[1]);
      var at = D.rows.findIndex(function (r) { return r.code === code; });
      if (at >= 0) open(at); else fault("no locality " + code);
    }
  }
})();

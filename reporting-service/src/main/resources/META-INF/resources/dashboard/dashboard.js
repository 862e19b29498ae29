// Practica KPI dashboard: plain JS, no build step, no CDN. Reads the reporting JSON endpoints with the bearer
// token the user pastes (kept in sessionStorage for this tab only) and draws hand-made SVG charts.
"use strict";
(function () {
  var TEXT = {
    vi: {
      title: "Học từ thực tiễn — chỉ số quốc gia", year: "Năm", tokenLabel: "Mã truy cập (bearer token)",
      signIn: "Đăng nhập", tokenNote: "Mã chỉ được giữ trong phiên của thẻ này (sessionStorage).",
      national: "Toàn quốc", byField: "Sinh viên được nhận theo lĩnh vực", trend: "Xu hướng theo tháng",
      targets: "Tiến độ chỉ tiêu", byProvince: "Theo tỉnh, thành phố",
      privacy: "Chỉ số liệu tổng hợp; ô dưới k sinh viên bị ẩn (—).",
      offersPublished: "Tin tuyển đã đăng", seatsOffered: "Chỗ thực tập", filledSeats: "Chỗ đã có người",
      activeApplicants: "Sinh viên ứng tuyển", placedApplicants: "Sinh viên được nhận", placementRate: "Tỉ lệ được nhận",
      fillRate: "Tỉ lệ lấp chỗ", applications: "Hồ sơ ứng tuyển", participatingBusinesses: "Doanh nghiệp tham gia",
      participatingSchools: "Trường tham gia", province: "Tỉnh, thành phố", population: "Dân số",
      per10000: "Được nhận / 10.000 dân", all: "Tất cả", remote: "Từ xa", target: "Chỉ tiêu", actual: "Thực tế",
      projected: "Dự báo cuối năm", noToken: "Hãy dán mã truy cập để xem số liệu.", failed: "Không tải được: ",
      noTargets: "Chưa có chỉ tiêu cho năm này.", other: "English"
    },
    en: {
      title: "Learning from Practical Work — national KPIs", year: "Year", tokenLabel: "Access token (bearer)",
      signIn: "Sign in", tokenNote: "The token is kept for this tab's session only (sessionStorage).",
      national: "National", byField: "Students placed by field", trend: "Monthly trend",
      targets: "Target progress", byProvince: "By province",
      privacy: "Aggregates only; cells of fewer than k students are hidden (—).",
      offersPublished: "Offers published", seatsOffered: "Seats offered", filledSeats: "Seats filled",
      activeApplicants: "Active applicants", placedApplicants: "Students placed", placementRate: "Placement rate",
      fillRate: "Fill rate", applications: "Applications", participatingBusinesses: "Participating businesses",
      participatingSchools: "Participating schools", province: "Province", population: "Population",
      per10000: "Placed per 10,000", all: "All", remote: "Remote", target: "Target", actual: "Actual",
      projected: "Projected year end", noToken: "Paste an access token to see the figures.", failed: "Could not load: ",
      noTargets: "No targets for this year yet.", other: "Tiếng Việt"
    }
  };
  var TILES = ["offersPublished", "seatsOffered", "filledSeats", "activeApplicants", "placedApplicants",
    "placementRate", "fillRate", "participatingBusinesses", "participatingSchools"];
  var SVG = "http://www.w3.org/2000/svg";
  var params = new URLSearchParams(location.hash.replace(/^#/, ""));
  var lang = params.get("lang") || localStorage.getItem("practica.lang") || "vi";
  if (params.get("token")) {
    // A link may carry the token in its fragment (never sent to the server); keep it for the tab, drop it from the URL
    sessionStorage.setItem("practica.token", params.get("token"));
    params.delete("token");
    history.replaceState(null, "", location.pathname + (params.toString() ? "#" + params.toString() : ""));
  }
  var year = parseInt(params.get("year"), 10) || new Date().getFullYear();
  var provinces = {};
  var $ = function (id) { return document.getElementById(id); };
  var t = function (key) { return TEXT[lang][key] || key; };

  function el(tag, attrs, text) {
    var node = tag.indexOf("svg:") === 0 ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function format(value, kind) {
    if (value === null || value === undefined) return "—";
    if (kind === "rate") return (value * 100).toFixed(1) + " %";
    return Number(value).toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(function (node) { node.textContent = t(node.dataset.i18n); });
    $("lang").textContent = t("other");
  }

  function get(path) {
    var token = sessionStorage.getItem("practica.token");
    return fetch(path, { headers: { Authorization: "Bearer " + token, Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) return r.json().catch(function () { return {}; }).then(function (p) {
          throw new Error(r.status + " " + (p.title || path));
        });
        return r.json();
      });
  }

  function kpis(query) {
    return get("/api/v1/kpis/placements?from=" + year + "-01-01&to=" + year + "-12-31&" + query);
  }

  function tiles(table) {
    var box = $("tiles"); box.textContent = "";
    var total = table.rows.find(function (r) { return r.totalOver.length === 0; }) || {};
    TILES.forEach(function (kpi) {
      var tile = el("div", { "class": "tile" });
      var kind = /Rate$/.test(kpi) ? "rate" : "count";
      tile.appendChild(el("div", { "class": "value", "data-kpi": kpi, "data-value": String(total[kpi] ?? "") },
        format(total[kpi], kind)));
      tile.appendChild(el("div", { "class": "label" }, t(kpi)));
      box.appendChild(tile);
    });
  }

  function bars(container, items, id) {
    // items: [{label, value}] horizontal bars; a null value (suppressed) draws no bar and shows —
    var box = $(container); box.textContent = "";
    var width = 640, row = 26, left = 170, height = Math.max(1, items.length) * row + 10;
    var max = Math.max.apply(null, items.map(function (i) { return i.value || 0; }).concat([1]));
    var svg = el("svg:svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, id: id });
    items.forEach(function (item, i) {
      var y = 5 + i * row, w = item.value ? (width - left - 60) * item.value / max : 0;
      svg.appendChild(el("svg:text", { x: 8, y: y + 17 }, item.label));
      svg.appendChild(el("svg:rect", { x: left, y: y + 4, width: w, height: row - 8, fill: item.color || "#2f7dd1" }));
      svg.appendChild(el("svg:text", { x: left + w + 6, y: y + 17, "data-label": item.key, "data-value": String(item.value ?? "") },
        format(item.value)));
    });
    box.appendChild(svg);
  }

  function fields(table) {
    var rows = table.rows.filter(function (r) { return r.totalOver.length === 0; });
    bars("fields", rows.map(function (r) {
      return { key: r.field, label: r.field, value: r.placedApplicants };
    }), "field-bars");
  }

  function trend(table) {
    var box = $("trend"); box.textContent = "";
    var months = table.rows.filter(function (r) { return r.totalOver.length === 0; });
    var width = 640, height = 200, base = 170, step = (width - 60) / 12;
    var max = Math.max.apply(null, months.map(function (r) { return Math.max(r.applications || 0, r.placedApplicants || 0); }).concat([1]));
    var svg = el("svg:svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, id: "trend-chart" });
    svg.appendChild(el("svg:line", { x1: 40, y1: base, x2: width - 10, y2: base, stroke: "#999" }));
    for (var m = 0; m < 12; m++) {
      var label = year + "-" + String(m + 1).padStart(2, "0");
      var r = months.find(function (x) { return x.period === label; }) || {};
      var x = 45 + m * step;
      [["applications", "#9cc3ea", 0], ["placedApplicants", "#0b5cad", step / 2.6]].forEach(function (s) {
        var v = r[s[0]];
        var h = v ? (base - 20) * v / max : 0;
        svg.appendChild(el("svg:rect", { x: x + s[2], y: base - h, width: step / 2.8, height: h, fill: s[1] }));
        if (v !== undefined) {
          svg.appendChild(el("svg:text", { x: x + s[2], y: base - h - 3, "data-period": label, "data-kpi": s[0], "data-value": String(v ?? "") },
            format(v)));
        }
      });
      svg.appendChild(el("svg:text", { x: x, y: base + 16 }, String(m + 1)));
    }
    svg.appendChild(el("svg:text", { x: width - 260, y: 194 }, "▮ " + t("applications") + "  ▮ " + t("placedApplicants")));
    box.appendChild(svg);
  }

  function targets(progress) {
    var box = $("targets"); box.textContent = "";
    if (!progress.rows.length) { box.appendChild(el("p", {}, t("noTargets"))); return; }
    var width = 760, row = 40, left = 330, height = progress.rows.length * row + 10;
    var svg = el("svg:svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, id: "target-progress" });
    progress.rows.forEach(function (r, i) {
      var y = 5 + i * row, span = width - left - 90;
      var name = t(r.target.kpi) + " · " + (r.target.fieldCode || t("all")) + " · " +
        (r.target.provinceCode ? (provinces[r.target.provinceCode] || r.target.provinceCode) : t("all"));
      var done = Math.min(1, (r.percentAchieved || 0) / 100), proj = Math.min(1, (r.projectedPercent || 0) / 100);
      svg.appendChild(el("svg:text", { x: 8, y: y + 15 }, name));
      svg.appendChild(el("svg:rect", { x: left, y: y + 4, width: span, height: 14, fill: "#e3e6ea" }));
      svg.appendChild(el("svg:rect", { x: left, y: y + 4, width: span * proj, height: 14, fill: "#b9d5f2" }));
      svg.appendChild(el("svg:rect", { x: left, y: y + 4, width: span * done, height: 14, fill: "#1d8a4e" }));
      svg.appendChild(el("svg:text", { x: left + span + 6, y: y + 15, "data-target": r.target.id, "data-value": String(r.percentAchieved ?? "") },
        r.percentAchieved === null ? "—" : r.percentAchieved.toFixed(1) + " %"));
      svg.appendChild(el("svg:text", { x: left, y: y + 33 },
        t("actual") + " " + format(r.actual) + " / " + t("target") + " " + format(r.target.target) +
        " · " + t("projected") + " " + format(r.projectedYearEnd)));
    });
    box.appendChild(svg);
  }

  function provinceTable(table, list) {
    var box = $("provinces"); box.textContent = "";
    var byCode = {};
    list.forEach(function (p) { byCode[p.code] = p; });
    var grid = el("table", { id: "province-table" });
    var head = el("tr");
    ["province", "activeApplicants", "placedApplicants", "placementRate", "population", "per10000"].forEach(function (k) {
      head.appendChild(el("th", {}, t(k)));
    });
    grid.appendChild(head);
    table.rows.filter(function (r) { return r.totalOver.length === 0; }).forEach(function (r) {
      var p = byCode[r.province];
      var per = p && p.population && r.placedApplicants !== null ? (r.placedApplicants * 10000 / p.population).toFixed(2) : null;
      var tr = el("tr", { "data-province": r.province || "REMOTE" });
      tr.appendChild(el("td", {}, p ? (lang === "vi" ? p.nameVi : p.nameEn) : t("remote")));
      tr.appendChild(el("td", { "data-kpi": "activeApplicants" }, format(r.activeApplicants)));
      tr.appendChild(el("td", { "data-kpi": "placedApplicants" }, format(r.placedApplicants)));
      tr.appendChild(el("td", {}, format(r.placementRate, "rate")));
      tr.appendChild(el("td", {}, format(p ? p.population : null)));
      tr.appendChild(el("td", { "data-kpi": "per10000" }, per === null ? "—" : per));
      grid.appendChild(tr);
    });
    box.appendChild(grid);
  }

  function load() {
    applyLanguage();
    $("year").value = year;
    if (!sessionStorage.getItem("practica.token")) { $("status").textContent = t("noToken"); return; }
    $("status").textContent = "";
    Promise.all([kpis("period=year"), kpis("period=year&groupBy=field"), kpis("period=year&groupBy=province"),
      kpis("period=month"), get("/api/v1/provinces"), get("/api/v1/targets/progress?year=" + year)])
      .then(function (all) {
        all[4].forEach(function (p) { provinces[p.code] = lang === "vi" ? p.nameVi : p.nameEn; });
        tiles(all[0]); fields(all[1]); trend(all[3]); targets(all[5]); provinceTable(all[2], all[4]);
        document.body.setAttribute("data-loaded", "true");
      })
      .catch(function (e) { $("status").textContent = t("failed") + e.message; });
  }

  $("lang").addEventListener("click", function () {
    lang = lang === "vi" ? "en" : "vi";
    localStorage.setItem("practica.lang", lang);
    load();
  });
  $("use-token").addEventListener("click", function () {
    sessionStorage.setItem("practica.token", $("token").value.trim());
    $("token").value = "";
    load();
  });
  $("year").addEventListener("change", function () { year = parseInt($("year").value, 10) || year; load(); });
  load();
})();

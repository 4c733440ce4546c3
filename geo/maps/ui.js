/* geo map runtime, part 2: popups' text, title, legend, labels, time slider, event list.
 * Article text reaches the page only through textContent and text nodes. */
(function () {
  "use strict";
  var GeoMap = window.GeoMap;
  if (!GeoMap || GeoMap.ui) { return; }
  var el = GeoMap.el, state = GeoMap.state;

  // Row layout of geo/maps/data.py: drawing fields, then the popup-only text rows.
  var G = 0, D0 = 1, D1 = 2, FAT = 4, PLACE = 5, BITS = 7, CONF = 8, N = 9, A1 = 11;
  var A2 = 0, FTEXT = 1, SRC = 2, QUOTE = 3, PREC = 4, URL = 5, TITLE = 6, DTEXT = 7,
      FLAGS = 8, SOURCES = 9, FMIN = 10;
  var B_PLACE = 1, B_ORIGIN = 2, B_LOW = 4;
  var NARROW = 640, LIST_MAX = 300, LABELS_MAX = 60;

  function safeUrl(url) {
    return /^https?:\/\/[^\s]+$/i.test(url) ? url : "";
  }

  function link(url, label) {
    var a = el("a", null, label);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function dateLabel(s, row, t, trow) {
    var d0 = s[row[D0]], d1 = s[row[D1]];
    var out = !d0 && !d1 ? "date not given" : (d0 && d1 && d0 !== d1 ? d0 + " to " + d1 : (d0 || d1));
    return t && t.c[DTEXT][trow] ? out + " (\u201c" + t.c[DTEXT][trow] + "\u201d)" : out;
  }

  // One event's part of a popup: heading, facts, guesses in words, quote, sources, link.
  function eventBody(box, layer, i, t) {
    var s = layer.s, row = layer.rows[i];
    function ts(field) { return t.c[field][i]; }
    var head = el("div", "geo-popup-head");
    head.appendChild(el("b", null, layer.opts.label));
    if (s[row[PLACE]]) { head.appendChild(el("span", null, " \u2014 " + s[row[PLACE]])); }
    box.appendChild(head);
    var table = el("table"), actors = [s[row[A1]], ts(A2)].filter(Boolean).join(" / ");
    var fat = row[FAT] >= 0 ? String(row[FAT]) : "";
    if (ts(FTEXT)) { fat = fat ? fat + " (\u201c" + ts(FTEXT) + "\u201d)" : ts(FTEXT); }
    if (fat && row[N] > 1) {  // a merged event: the range of its reports' tolls
      fat += ts(FMIN) ? " \u2014 the " + row[N] + " reports give " + ts(FMIN) + " to " + row[FAT]
        : " \u2014 the highest of the " + row[N] + " reports";
    }
    var guesses = ts(FLAGS);
    if (row[BITS] & B_LOW) { guesses = (guesses ? guesses + "; " : "") + "low confidence"; }
    [["Date", dateLabel(s, row, t, i)], ["Actors", actors], ["Fatalities", fat],
     ["Reports", row[N] > 1 ? String(row[N]) : ""], ["Sources", ts(SOURCES)],
     ["Source", row[N] > 1 ? "" : ts(SRC)], ["Location", ts(PREC)],
     ["Guessed", guesses], ["Confidence", row[CONF] >= 0 ? row[CONF] + " %" : ""]
    ].forEach(function (pair) {
      if (!pair[1]) { return; }
      var trow = el("tr"), cell = el("td", pair[0] === "Guessed" ? "geo-guess" : null);
      trow.appendChild(el("th", null, pair[0]));
      if (pair[0] === "Sources") {  // every source of a merged event; links stay links
        pair[1].split("; ").forEach(function (src, k) {
          if (k) { cell.appendChild(document.createTextNode("; ")); }
          cell.appendChild(safeUrl(src) ? link(src, src) : document.createTextNode(src));
        });
      } else {
        cell.textContent = pair[1];
      }
      trow.appendChild(cell);
      table.appendChild(trow);
    });
    box.appendChild(table);
    if (ts(QUOTE)) { box.appendChild(el("blockquote", "geo-quote", ts(QUOTE))); }
    var url = safeUrl(ts(URL));
    if (url) {
      box.appendChild(link(url, ts(TITLE) || url));
    } else if (ts(TITLE)) {
      box.appendChild(el("div", "geo-title-text", ts(TITLE)));
    }
  }

  function control(map, position, cls, build) {
    var C = L.Control.extend({
      onAdd: function () {
        var box = el("div", cls + " leaflet-control");
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        build(box);
        return box;
      }
    });
    return new C({ position: position }).addTo(map);
  }

  function addTitle(map, title) {
    control(map, "topleft", "geo-title", function (box) { box.textContent = title; box.title = title; });
  }

  // A header that folds its box away (legend, event list): the map stays usable on a phone.
  function foldable(box, label, open) {
    var head = el("button", "geo-fold", label);
    head.type = "button";
    head.setAttribute("aria-expanded", String(open));
    box.appendChild(head);
    if (!open) { box.classList.add("geo-folded"); }
    head.addEventListener("click", function () {
      var folded = box.classList.toggle("geo-folded");
      head.setAttribute("aria-expanded", String(!folded));
    });
    return head;
  }

  function addLegend(map, entries) {
    var narrow = map.getSize().x < NARROW;
    control(map, "bottomleft", "geo-legend", function (box) {
      foldable(box, "Legend", !narrow);
      var body = el("div", "geo-fold-body");
      entries.forEach(function (e) {
        var row = el("div", "geo-legend-row"), sw = el("span", "geo-swatch geo-swatch-" + e[2]);
        sw.style.borderColor = e[1];
        if (e[2] === "dot") { sw.style.background = e[1]; }
        row.appendChild(sw);
        row.appendChild(el("span", null, e[0]));
        body.appendChild(row);
      });
      body.appendChild(el("div", "geo-legend-note",
        "Dashed outline: a country or province, or a place the text did not name (guessed). " +
        "Faint dotted arrow: origin guessed. Hollow: low confidence. Size: fatalities. " +
        "Numbered disc: several events, click to zoom in."));
      box.appendChild(body);
    });
  }

  // Place names as DOM text, busiest first: each takes the first free spot of four around
  // its point (right, left, above, below), or is left out while it would overlap one shown.
  function addLabels(map, labels) {
    var st = state(map), group = L.layerGroup().addTo(map), made = {};
    function spots(w) {  // [left, top] of the box relative to the point
      return [[9, -9], [-9 - w, -9], [-w / 2, -27], [-w / 2, 9]];
    }
    function place() {
      var size = map.getSize(), boxes = [], keep = {};
      for (var i = 0; i < labels.length && boxes.length < LABELS_MAX; i++) {
        var lab = labels[i], p = map.latLngToContainerPoint([lab[0], lab[1]]);
        if (p.x < -50 || p.y < -20 || p.x > size.x + 50 || p.y > size.y + 20) { continue; }
        var twin = boxes.some(function (o) {  // the same name just by (a city, its province)
          return o.name === lab[2] && Math.abs(o.x - p.x) < 80 && Math.abs(o.y - p.y) < 40;
        });
        if (twin) { continue; }
        var w = Math.ceil(6.6 * lab[2].length) + 6, options = spots(w);
        for (var k = 0; k < options.length; k++) {
          var b = [p.x + options[k][0], p.y + options[k][1]];
          b.push(b[0] + w, b[1] + 18);
          var clash = boxes.some(function (o) {
            return b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3];
          });
          if (!clash) { b.name = lab[2]; b.x = p.x; b.y = p.y; boxes.push(b); keep[i] = k; break; }
        }
      }
      Object.keys(made).forEach(function (i) {
        if (keep[i] === undefined) { group.removeLayer(made[i]); }
      });
      Object.keys(keep).forEach(function (i) {
        var lab = labels[i], w = Math.ceil(6.6 * lab[2].length) + 6, at = spots(w)[keep[i]];
        if (!made[i]) {
          made[i] = L.marker([lab[0], lab[1]], { pane: "geoLabels", interactive: false, keyboard: false });
        }
        if (made[i].geoSpot !== keep[i]) {
          var text = el("span", "geo-label-text geo-label-" + ["right", "left", "above", "below"][keep[i]], lab[2]);
          made[i].setIcon(L.divIcon({ className: "geo-label", html: text, iconSize: [w, 18],
                                      iconAnchor: [-at[0], -at[1]] }));
          made[i].geoSpot = keep[i];
        }
        if (!group.hasLayer(made[i])) { group.addLayer(made[i]); }
      });
    }
    st.placeLabels = place;
  }

  function inRange(s, row, lo, hi, undated) {
    var d0 = s[row[D0]] || s[row[D1]], d1 = s[row[D1]] || d0;
    return d0 ? (d1 >= lo && d0 <= hi) : undated;
  }

  function applyTime(map, lo, hi, undated, initial) {
    var st = state(map), was = st.range || [];
    if (was[0] === lo && was[1] === hi && was[2] === undated) { return; }
    st.range = [lo, hi, undated];
    if (initial && st.allDates && undated) { return; }  // every event shows, as drawn
    st.layers.forEach(function (layer) {
      layer.stacks.forEach(function (stack) {
        stack.vis = stack.rows.filter(function (i) {
          return inRange(layer.s, layer.rows[i], lo, hi, undated);
        });
      });
    });
    if (initial) { return; }  // ui() runs before the first drawing
    map.closePopup();  // it may list events the new range leaves out
    GeoMap.redraw(map);
    if (st.refreshList) { st.refreshList(); }
  }

  // Filters inside each layer group: a layer switched off stays off whatever the slider says.
  // info.range: the default [from, to] indices, which leave out lone far-off dates.
  function addTimeSlider(map, dates, range) {
    control(map, "bottomleft", "geo-time", function (box) {
      var last = dates.length - 1;
      function slider(cls, value) {
        var input = el("input", cls);
        input.type = "range"; input.min = "0"; input.max = String(last); input.value = String(value);
        input.setAttribute("aria-label", cls === "geo-time-from" ? "from date" : "to date");
        return input;
      }
      var from = slider("geo-time-from", range[0]), to = slider("geo-time-to", range[1]);
      var label = el("div", "geo-time-label"), check = el("input", "geo-time-undated");
      var note = el("div", "geo-time-note");
      check.type = "checkbox"; check.checked = true;
      var undated = el("label", "geo-time-check");
      undated.appendChild(check);
      undated.appendChild(document.createTextNode(" undated events"));
      function update(e) {
        var a = +from.value, b = +to.value;
        if (a > b) { if (e && e.target === from) { to.value = String(a); b = a; } else { from.value = String(b); a = b; } }
        label.textContent = dates[a] + " \u2192 " + dates[b];
        var out = last - b + a;
        note.textContent = out ? out + " other date(s) outside: " + (a ? dates[0] : "") +
          (a && b < last ? ", " : "") + (b < last ? dates[last] : "") + " (drag to include)" : "";
        state(map).allDates = a === 0 && b === last;
        applyTime(map, dates[a], dates[b], check.checked, !e);
      }
      [from, to].forEach(function (i) { i.addEventListener("input", update); });
      check.addEventListener("change", update);
      box.appendChild(el("div", "geo-time-head", "Dates"));
      box.appendChild(from);
      box.appendChild(to);
      box.appendChild(label);
      box.appendChild(note);
      box.appendChild(undated);
      update();
    });
  }

  // Events in date order (undated last), filtered by the layer toggles and the dates.
  function addList(map, open) {
    var st = state(map);
    control(map, "topright", "geo-list", function (box) {
      var head = foldable(box, "Events", open), body = el("div", "geo-fold-body");
      var list = el("ol", "geo-list-items"), more = el("div", "geo-more");
      body.appendChild(list);
      body.appendChild(more);
      box.appendChild(body);
      // Every event in list order, sorted once (a slider drag only filters it): [date key,
      // layer, row, stack]. Filtering keeps this order, which is the order a stable sort of
      // the shown events alone would give, since each stack's vis keeps its rows' order.
      var sorted = null;
      function entries() {
        if (!sorted || sorted.layers !== st.layers.length) {
          sorted = [];
          st.layers.forEach(function (layer) {
            layer.stacks.forEach(function (stack) {
              stack.rows.forEach(function (i) {
                var row = layer.rows[i];
                sorted.push([layer.s[row[D0]] || layer.s[row[D1]] || "\uffff", layer, i, stack]);
              });
            });
          });
          sorted.sort(function (a, b) { return a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : 0); });
          sorted.layers = st.layers.length;
        }
        st.layers.forEach(function (layer) {
          var shown = layer.listed || (layer.listed = new Uint8Array(layer.rows.length));
          shown.fill(0);
          if (!map.hasLayer(layer.g)) { return; }
          layer.stacks.forEach(function (stack) {
            stack.vis.forEach(function (i) { shown[i] = 1; });
          });
        });
        return sorted.filter(function (entry) { return entry[1].listed[entry[2]] === 1; });
      }
      function refresh() {
        if (box.classList.contains("geo-folded")) { head.textContent = "Events"; return; }
        var all = entries();
        head.textContent = "Events (" + all.length + ")";
        list.textContent = "";
        all.slice(0, LIST_MAX).forEach(function (entry) {
          var layer = entry[1], row = layer.rows[entry[2]], s = layer.s;
          var item = el("li", "geo-list-item"), icon = el("span", "geo-list-icon");
          icon.style.background = layer.opts.color;
          if (row[BITS] & (B_PLACE | B_ORIGIN | B_LOW)) { icon.classList.add("geo-list-guess"); }
          item.appendChild(icon);
          var line = el("span", "geo-list-text");
          line.appendChild(el("span", "geo-list-date", s[row[D0]] || "undated"));
          line.appendChild(el("b", null, " " + layer.opts.label));
          line.appendChild(document.createTextNode(" \u00b7 " + (s[row[PLACE]] || "?")));
          var extra = [s[row[A1]], row[FAT] > 0 ? row[FAT] + " dead" : "",
                       row[N] > 1 ? row[N] + " reports" : ""].filter(Boolean).join(", ");
          if (extra) { line.appendChild(el("span", "geo-list-extra", " \u2014 " + extra)); }
          item.appendChild(line);
          item.tabIndex = 0;
          item.addEventListener("click", function () { show(map, entry[3], entry[1], entry[2]); });
          item.addEventListener("keydown", function (e) {
            if (e.key === "Enter") { show(map, entry[3], entry[1], entry[2]); }
          });
          list.appendChild(item);
        });
        more.textContent = all.length > LIST_MAX ? "\u2026 " + (all.length - LIST_MAX) +
          " more: narrow the dates or switch layers off" : (all.length ? "" : "No events shown.");
      }
      head.addEventListener("click", refresh);
      map.on("overlayadd overlayremove", refresh);
      st.refreshList = refresh;
      refresh();
    });
  }

  // Fly to one event and open its own popup.
  function show(map, stack, layer, i) {
    var zoom = Math.max(map.getZoom(), Math.min(9, map.getMaxZoom()));
    map.setView(stack.ll, zoom, { animate: false });
    if (map.getSize().x < NARROW) {
      document.querySelectorAll(".geo-list").forEach(function (b) { b.classList.add("geo-folded"); });
    }
    return GeoMap.openEvents(map, [{ layer: layer, rows: [i] }], stack.ll);
  }

  function addEmptyNote(map) {
    control(map, "topright", "geo-empty", function (box) {
      box.appendChild(el("b", null, "No events found"));
      box.appendChild(el("div", null, "The text named no event this tool could place on the map."));
    });
  }

  // On a phone the layer switcher folds into its icon; a tap on the map folds it again.
  function narrowLayout(map) {
    if (map.getSize().x >= NARROW) { return; }
    map.getContainer().classList.add("geo-narrow");
    var layers = map.getContainer().querySelector(".leaflet-control-layers");
    if (!layers) { return; }
    layers.classList.remove("leaflet-control-layers-expanded");
    map.on("click", function () { layers.classList.remove("leaflet-control-layers-expanded"); });
  }

  function ui(map, dates, info) {
    var st = state(map), narrow = map.getSize().x < NARROW;
    if (info.title) { addTitle(map, info.title); }
    narrowLayout(map);
    if (dates.length > 1) { addTimeSlider(map, dates, info.range || [0, dates.length - 1]); }
    if (st.total) {
      addList(map, !narrow && st.total <= (info.listOpenMax || 500));
    } else {
      addEmptyNote(map);
    }
    if (info.legend && info.legend.length) { addLegend(map, info.legend); }
    if (info.labels) { addLabels(map, info.labels); }
  }

  L.extend(GeoMap, { ui: ui, eventBody: eventBody, show: show });
}());

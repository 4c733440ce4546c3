/* geo map runtime: event layers with arrows, places, basemap, legend and time filter.
 * Every string that comes from an article is put into the page with textContent or
 * as a DOM text node, never as HTML. Loaded once per page; each map keeps its own state. */
(function () {
  "use strict";
  if (window.GeoMap) { return; }

  // Row layout written by geo/maps/data.py (keep both in step).
  var G = 0, D0 = 1, D1 = 2, KM = 3, FAT = 4, PLACE = 5, A1 = 6, A2 = 7, FTEXT = 8,
      SRC = 9, QUOTE = 10, PREC = 11, URL = 12, TITLE = 13, DTEXT = 14;

  // A polyline with a chevron head at its last vertex, computed in pixel space each time
  // the line is projected, so the head keeps its size at every zoom, on canvas and SVG.
  var Arrow = L.Polyline.extend({
    options: { headPx: 11 },
    _updateBounds: function () {
      L.Polyline.prototype._updateBounds.call(this);
      if (this._pxBounds) {
        var p = L.point(this.options.headPx, this.options.headPx);
        this._pxBounds = L.bounds(this._pxBounds.min.subtract(p), this._pxBounds.max.add(p));
      }
    },
    _clipPoints: function () {
      L.Polyline.prototype._clipPoints.call(this);
      var ring = this._rings && this._rings[0];
      if (!ring || ring.length < 2 || !this._parts.length) { return; }
      var tip = ring[ring.length - 1], prev = ring[ring.length - 2];
      var dx = tip.x - prev.x, dy = tip.y - prev.y, len = Math.sqrt(dx * dx + dy * dy);
      if (len < 2) { return; }
      var size = Math.min(this.options.headPx, len / 2), ux = dx / len, uy = dy / len;
      var w = size * 0.6, bx = tip.x - ux * size, by = tip.y - uy * size;
      // concat, not push: with noClip, _parts is _rings itself.
      this._parts = this._parts.concat([[
        L.point(bx - uy * w, by + ux * w), tip, L.point(bx + uy * w, by - ux * w)
      ]]);
    }
  });

  function state(map) {
    if (!map._geo) { map._geo = { items: [], pending: [] }; }
    return map._geo;
  }

  // Layer data is either the JSON itself or {z: base64 of raw-deflated JSON} for big layers.
  function unpack(payload) {
    if (payload.z === undefined) { return Promise.resolve(payload); }
    var bin = atob(payload.z), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).json();
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function safeUrl(url) {
    return /^https?:\/\/[^\s]+$/i.test(url) ? url : "";
  }

  function dateLabel(s, row) {
    var d0 = s[row[D0]], d1 = s[row[D1]];
    var out = !d0 && !d1 ? "date not given" : (d0 && d1 && d0 !== d1 ? d0 + " to " + d1 : (d0 || d1));
    return s[row[DTEXT]] ? out + " (\u201c" + s[row[DTEXT]] + "\u201d)" : out;
  }

  function eventBody(box, s, row) {
    var table = el("table"), actors = [s[row[A1]], s[row[A2]]].filter(Boolean).join(" / ");
    var fat = row[FAT] >= 0 ? String(row[FAT]) : "";
    if (s[row[FTEXT]]) { fat = fat ? fat + " (\u201c" + s[row[FTEXT]] + "\u201d)" : s[row[FTEXT]]; }
    [["Date", dateLabel(s, row)], ["Actors", actors], ["Fatalities", fat],
     ["Source", s[row[SRC]]], ["Precision", s[row[PREC]]]].forEach(function (pair) {
      if (!pair[1]) { return; }
      var tr = el("tr");
      tr.appendChild(el("th", null, pair[0]));
      tr.appendChild(el("td", null, pair[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (s[row[QUOTE]]) { box.appendChild(el("blockquote", "geo-quote", s[row[QUOTE]])); }
    var url = safeUrl(s[row[URL]]);
    if (url) {
      var a = el("a", null, s[row[TITLE]] || url);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      box.appendChild(a);
    } else if (s[row[TITLE]]) {
      box.appendChild(el("div", "geo-title-text", s[row[TITLE]]));
    }
  }

  var MAX_LISTED = 10;

  // One popup for every event drawn at the same spot (same kind, same geometry).
  function stackPopup(stack) {
    var s = stack.s, rows = stack.vis, box = el("div", "geo-popup");
    var head = el("div", "geo-popup-head"), place = s[rows[0][PLACE]];
    head.appendChild(el("b", null, rows.length > 1 ? stack.opts.label + ": " + rows.length + " events"
                                                   : stack.opts.label));
    if (place) { head.appendChild(el("span", null, " \u2014 " + place)); }
    box.appendChild(head);
    rows.slice(0, MAX_LISTED).forEach(function (row, i) {
      if (i) { box.appendChild(el("hr")); }
      eventBody(box, s, row);
    });
    if (rows.length > MAX_LISTED) {
      box.appendChild(el("div", "geo-more", "\u2026 and " + (rows.length - MAX_LISTED) +
                         " more (all of them are in the GeoJSON output)"));
    }
    return box;
  }

  function stackTooltip(stack) {
    var s = stack.s, rows = stack.vis, first = rows[0];
    var label = stack.opts.label + (rows.length > 1 ? " \u00d7" + rows.length : "");
    var date = rows.length > 1 ? "" : (s[first[D0]] || "date not given");
    return el("span", null, [label, date, s[first[PLACE]]].filter(Boolean).join(" \u00b7 "));
  }

  // Popups and tooltips are bound on first use: thousands of features cost no listeners.
  function lazyPopups(group, tooltip, popup) {
    group.on("mouseover", function (e) {
      var l = e.layer;
      if (l.getTooltip()) { return; }
      l.bindTooltip(function () { return tooltip(l.options.geo); }, { sticky: true });
      l.openTooltip(e.latlng);
    });
    group.on("click", function (e) {
      var l = e.layer;
      if (l.getPopup()) { return; }
      l.bindPopup(function () { return popup(l.options.geo); }, { maxWidth: 340, maxHeight: 420 });
      l.openPopup(e.latlng);
    });
  }

  function markerRadius(stack) {
    var n = stack.vis.length, r = 5 + Math.min(6, Math.log2(n));
    if (!stack.opts.sized) { return r; }
    var fat = 0;
    stack.vis.forEach(function (row) { if (row[FAT] > 0) { fat += row[FAT]; } });
    return Math.max(r - 1, Math.min(4 + 2.2 * Math.sqrt(fat), 24));
  }

  function stackLayers(stack) {
    var opts = stack.opts, row = stack.rows[0], g = row[G], km = row[KM], out = [];
    var style = { color: opts.color, weight: 1.5, fillColor: opts.color, geo: stack };
    if (g.length >= 4) {
      var pts = [];
      for (var i = 0; i < g.length; i += 2) { pts.push([g[i], g[i + 1]]); }
      out.push(new Arrow(pts, L.extend({}, style, {
        weight: 2.5, opacity: 0.85, dashArray: opts.dash || null
      })));
    }
    var tip = [g[g.length - 2], g[g.length - 1]];
    if (km > 0) {
      // Region- or country-level place: show the area it stands for, never a precise pin.
      out.push(L.circle(tip, L.extend({}, style, {
        radius: km * 1000, dashArray: "4 4", fillOpacity: 0.07, opacity: 0.8
      })));
    } else if (g.length === 2) {
      stack.marker = L.circleMarker(tip, L.extend({}, style, {
        radius: markerRadius(stack), color: "#222", weight: 1, fillOpacity: 0.75
      }));
      out.push(stack.marker);
    }
    return out;
  }

  function addEvents(map, group, opts, payload) {
    var st = state(map);
    st.pending.push(unpack(payload).then(function (data) {
      var s = data.s, on = map.hasLayer(group), stacks = {};
      if (on) { map.removeLayer(group); }
      data.r.forEach(function (row) {
        var key = row[G].join(",") + "|" + row[KM], stack = stacks[key];
        if (!stack) {
          stack = stacks[key] = { g: group, s: s, opts: opts, rows: [], vis: null };
          st.items.push(stack);
        }
        stack.rows.push(row);
      });
      Object.keys(stacks).forEach(function (key) {
        var stack = stacks[key];
        stack.vis = stack.rows;
        stack.ls = stackLayers(stack);
        stack.ls.forEach(function (l) { group.addLayer(l); });
      });
      lazyPopups(group, stackTooltip, stackPopup);
      if (on) { map.addLayer(group); }
    }));
  }

  function addPlaces(map, group, payload) {
    var st = state(map);
    st.pending.push(unpack(payload).then(function (data) {
      var s = data.s, on = map.hasLayer(group);
      if (on) { map.removeLayer(group); }
      data.r.forEach(function (row) {
        group.addLayer(L.circleMarker([row[0], row[1]], {
          radius: 3, color: "#333", weight: 1, fillColor: "#fff", fillOpacity: 0.9, geo: row
        }));
      });
      lazyPopups(group, function (row) {
        return el("span", null, s[row[2]] + (s[row[3]] ? " (" + s[row[3]] + ")" : ""));
      }, function (row) {
        var box = el("div", "geo-popup");
        box.appendChild(el("b", null, s[row[2]]));
        if (s[row[3]]) { box.appendChild(el("span", null, " \u2014 " + s[row[3]])); }
        if (s[row[4]]) { box.appendChild(el("div", null, s[row[4]])); }
        box.appendChild(el("div", null, "Mentions: " + row[5] + (s[row[6]] ? " (" + s[row[6]] + ")" : "")));
        return box;
      });
      if (on) { map.addLayer(group); }
    }));
  }

  // Country outlines: polygons of rings stored as deltas of coordinates in 1/100 degree.
  function addBasemap(map, payload) {
    var pane = map.createPane("geoBasemap");
    pane.style.zIndex = 150;  // under the tiles: online they cover it, offline it shows
    pane.style.pointerEvents = "none";
    map.getContainer().classList.add("geo-map");
    var polys = payload.p.map(function (poly) {
      return poly.map(function (ring) {
        var out = [], x = 0, y = 0;
        for (var i = 0; i < ring.length; i += 2) {
          x += ring[i]; y += ring[i + 1];
          out.push([y / 100, x / 100]);
        }
        return out;
      });
    });
    L.polygon(polys, {
      pane: "geoBasemap", renderer: L.canvas({ pane: "geoBasemap", padding: 0.5 }),
      interactive: false, color: "#a3a3a3", weight: 0.8, fillColor: "#f7f5ef", fillOpacity: 1
    }).addTo(map);
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
    control(map, "topleft", "geo-title", function (box) { box.textContent = title; });
  }

  function addLegend(map, entries) {
    control(map, "bottomright", "geo-legend", function (box) {
      entries.forEach(function (e) {
        var row = el("div", "geo-legend-row"), sw = el("span", "geo-swatch geo-swatch-" + e[2]);
        sw.style.borderColor = e[1];
        if (e[2] === "dot") { sw.style.background = e[1]; }
        row.appendChild(sw);
        row.appendChild(el("span", null, e[0]));
        box.appendChild(row);
      });
      box.appendChild(el("div", "geo-legend-note",
        "Dashed circle: approximate area (region or country). Strike size: fatalities."));
    });
  }

  function inRange(s, row, lo, hi, undated) {
    var d0 = s[row[D0]] || s[row[D1]], d1 = s[row[D1]] || d0;
    return d0 ? (d1 >= lo && d0 <= hi) : undated;
  }

  function applyTime(st, lo, hi, undated) {
    st.items.forEach(function (it) {
      var vis = it.rows.filter(function (row) { return inRange(it.s, row, lo, hi, undated); });
      var was = it.vis.length;
      it.vis = vis;
      if (!vis.length) {
        if (was) { it.ls.forEach(function (l) { it.g.removeLayer(l); }); }
        return;
      }
      if (!was) { it.ls.forEach(function (l) { it.g.addLayer(l); }); }
      if (it.marker && vis.length !== was) { it.marker.setRadius(markerRadius(it)); }
    });
  }

  // Filters inside each layer group: a layer switched off stays off whatever the slider says.
  function addTimeSlider(map, dates) {
    var st = state(map);
    control(map, "bottomleft", "geo-time", function (box) {
      var last = dates.length - 1;
      function range(cls, value) {
        var input = el("input", cls);
        input.type = "range"; input.min = "0"; input.max = String(last); input.value = String(value);
        return input;
      }
      var from = range("geo-time-from", 0), to = range("geo-time-to", last);
      var label = el("div", "geo-time-label"), check = el("input", "geo-time-undated");
      check.type = "checkbox"; check.checked = true;
      var undated = el("label", "geo-time-check");
      undated.appendChild(check);
      undated.appendChild(document.createTextNode(" undated events"));
      function update(e) {
        var a = +from.value, b = +to.value;
        if (a > b) { if (e && e.target === from) { to.value = String(a); b = a; } else { from.value = String(b); a = b; } }
        label.textContent = dates[a] + " \u2192 " + dates[b];
        applyTime(st, dates[a], dates[b], check.checked);
      }
      [from, to].forEach(function (i) { i.addEventListener("input", update); });
      check.addEventListener("change", update);
      box.appendChild(el("div", "geo-time-head", "Dates"));
      box.appendChild(from);
      box.appendChild(to);
      box.appendChild(label);
      box.appendChild(undated);
      label.textContent = dates[0] + " \u2192 " + dates[last];
    });
  }

  function finish(map, dates) {
    var st = state(map);
    var scripts = performance.now();
    Promise.all(st.pending).then(function () {
      window.__geoTimings = { scripts: scripts, layers: performance.now() };
      if (dates.length > 1) { addTimeSlider(map, dates); }
      // One frame later the canvas has been drawn: that is when the map is usable.
      L.Util.requestAnimFrame(function () {
        window.__geoReadyAt = performance.now();
        window.__geoReady = true;
      });
    }).catch(function (err) { console.error("geo map: " + err); });
  }

  window.GeoMap = {
    Arrow: Arrow, addEvents: addEvents, addPlaces: addPlaces, addBasemap: addBasemap,
    addTitle: addTitle, addLegend: addLegend, finish: finish
  };
}());

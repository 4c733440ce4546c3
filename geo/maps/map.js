/* geo map runtime, part 1: event layers (markers, arrows, areas, clusters), places, picking.
 * Every string that comes from an article is put into the page with textContent or as a
 * DOM text node, never as HTML. Loaded once per page; each map keeps its own state.
 * Part 2 (ui.js) adds the title, legend, labels, time slider and event list. */
(function () {
  "use strict";
  if (window.GeoMap) { return; }

  // Row layout written by geo/maps/data.py (keep both in step). Drawing and list fields:
  var G = 0, D0 = 1, D1 = 2, KM = 3, FAT = 4, PLACE = 5, BITS = 7, N = 9, CC = 10;
  // Bits of row[BITS]: place guessed, origin guessed, low confidence, country-level.
  var B_PLACE = 1, B_ORIGIN = 2, B_LOW = 4, B_COUNTRY = 8;
  var CLUSTER_ABOVE = 2000, CLUSTER_BELOW_ZOOM = 11, CELL_PX = 56;

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

  // A cluster of events: a circle with its count drawn on the canvas (no DOM per cluster).
  var Cluster = L.CircleMarker.extend({
    _updatePath: function () {
      L.CircleMarker.prototype._updatePath.call(this);
      var ctx = this._renderer && this._renderer._ctx;
      if (!ctx || !this._point) { return; }
      ctx.font = "bold 11px system-ui, sans-serif";
      ctx.fillStyle = "#fff";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText(String(this.options.count), this._point.x, this._point.y);
    }
  });

  function state(map) {
    if (!map._geo) {
      map._geo = { layers: [], pending: [], places: null, countries: {}, total: 0 };
    }
    return map._geo;
  }

  // Payloads are either the JSON itself or {z: base64 of raw-deflated JSON} for big ones.
  function unpack(payload) {
    if (payload.z === undefined) { return Promise.resolve(payload); }
    var bin = atob(payload.z), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(stream).json();
  }

  // Columns ({c: [field lists]}, see data.columnar) back to rows.
  function rows(data) {
    var c = data.c, out = [], n = c.length ? c[0].length : 0;
    for (var i = 0; i < n; i++) {
      var row = new Array(c.length);
      for (var j = 0; j < c.length; j++) { row[j] = c[j][i]; }
      out.push(row);
    }
    return out;
  }

  // Popup-only text of a layer ({c: columns of strings}), decoded the first time a popup
  // needs it; row i's field f is c[f][i].
  function text(layer) {
    if (!layer.text) { layer.text = unpack(layer.packedText); }
    return layer.text;
  }

  function el(tag, cls, content) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (content !== undefined) { node.textContent = content; }
    return node;
  }

  function decodeRings(polys) {
    return polys.map(function (poly) {
      return poly.map(function (ring) {
        var out = [], x = 0, y = 0;
        for (var i = 0; i < ring.length; i += 2) {
          x += ring[i]; y += ring[i + 1];
          out.push([y / 100, x / 100]);
        }
        return out;
      });
    });
  }

  function pane(map, name, z, clicks) {
    var p = map.getPane(name) || map.createPane(name);
    p.style.zIndex = z;
    if (!clicks) { p.style.pointerEvents = "none"; }
    return p;
  }

  function markerRadius(stack) {
    var rows = stack.layer.rows, n = stack.vis.length, r = 6 + Math.min(6, Math.log2(n));
    if (!stack.layer.opts.sized) { return r; }
    var fat = 0;
    stack.vis.forEach(function (i) { if (rows[i][FAT] > 0) { fat += rows[i][FAT]; } });
    return Math.max(r, Math.min(4 + 2.2 * Math.sqrt(fat), 24));
  }

  function bitsOf(stack) {
    var rows = stack.layer.rows, all = -1, any = 0;
    stack.rows.forEach(function (i) { all &= rows[i][BITS]; any |= rows[i][BITS]; });
    return { all: all, any: any };
  }

  // The Leaflet layers of one stack (events of one kind at one spot), made on first show.
  function stackLayers(map, stack) {
    if (stack.ls) { return stack.ls; }
    var layer = stack.layer, opts = layer.opts, row = layer.rows[stack.rows[0]];
    var g = row[G], km = row[KM], bits = bitsOf(stack), out = [];
    var base = { color: opts.color, fillColor: opts.color, geo: stack };
    if (g.length >= 4) {
      var pts = [];
      for (var i = 0; i < g.length; i += 2) { pts.push([g[i], g[i + 1]]); }
      var guessed = bits.all & B_ORIGIN;
      stack.arrow = new Arrow(pts, L.extend({}, base, {
        weight: 2.5, opacity: guessed ? 0.5 : 0.85,
        dashArray: guessed ? "2 6" : (opts.dash || null)
      }));
      out.push(stack.arrow);
    }
    var tip = stack.ll, shape = km > 0 && (row[BITS] & B_COUNTRY) && state(map).countries[layer.s[row[CC]]];
    var area = { pane: "geoAreas", renderer: state(map).areaRenderer, interactive: false,
                 color: opts.color, fillColor: opts.color };
    if (shape) {  // a country: its outline, highlighted; the fill takes no clicks
      out.push(L.polygon(shape, L.extend(area, {
        weight: 2.5, opacity: 0.9, dashArray: "6 4", fillOpacity: 0.06
      })));
    } else if (km > 0) {
      out.push(L.circle(tip, L.extend(area, {
        radius: km * 1000, weight: 1.5, dashArray: "4 4", fillOpacity: 0.06, opacity: 0.8
      })));
    }
    if (g.length === 2) {
      var approx = km > 0 || (bits.all & B_PLACE), low = bits.all & B_LOW;
      stack.marker = L.circleMarker(tip, L.extend({}, base, {
        radius: markerRadius(stack), color: approx ? opts.color : "#222",
        weight: approx || low ? 2 : 1, dashArray: approx ? "3 3" : null,
        fillOpacity: low ? 0 : (approx ? 0.4 : 0.8)
      }));
      out.push(stack.marker);
    }
    stack.ls = out;
    return out;
  }

  function addEvents(map, group, opts, payload, packedText) {
    var st = state(map);
    st.pending.push(unpack(payload).then(function (data) {
      data.r = rows(data);
      var layer = { g: group, s: data.s, rows: data.r, packedText: packedText, text: null,
                    opts: opts, stacks: [], shown: [] }, stacks = {};
      data.r.forEach(function (row, i) {
        var key = row[G].join(",") + "|" + row[KM], stack = stacks[key];
        if (!stack) {
          var g = row[G];
          stack = stacks[key] = { layer: layer, rows: [], vis: null,
                                  ll: L.latLng(g[g.length - 2], g[g.length - 1]) };
          layer.stacks.push(stack);
        }
        stack.rows.push(i);
      });
      layer.stacks.forEach(function (stack) { stack.vis = stack.rows; });
      st.layers.push(layer);
      st.total += data.r.length;
      group.on("click", function (e) { pick(map, e); });
      group.on("mouseover", function (e) { hover(map, e); });
    }));
  }

  // Draw what each layer shows at this zoom: single stacks, or clusters at low zoom.
  function redraw(map) {
    var st = state(map), z = map.getZoom();
    var cluster = st.stackCount > CLUSTER_ABOVE && z < CLUSTER_BELOW_ZOOM, scale = Math.pow(2, z);
    st.layers.forEach(function (layer) {
      var want = [], cells = {};
      layer.stacks.forEach(function (stack) {
        if (!stack.vis.length) { return; }
        if (!cluster) { want.push(stack); return; }
        if (!stack.p0) { stack.p0 = map.project(stack.ll, 0); }  // pixels at zoom z: p0 * 2^z
        var key = Math.floor(stack.p0.x * scale / CELL_PX) + ":" + Math.floor(stack.p0.y * scale / CELL_PX);
        (cells[key] = cells[key] || []).push(stack);
      });
      var shown = [];
      Object.keys(cells).forEach(function (key) {
        var members = cells[key];
        if (members.length === 1) { want.push(members[0]); return; }
        var n = 0, lat = 0, lng = 0;
        members.forEach(function (m) { n += m.vis.length; lat += m.ll.lat; lng += m.ll.lng; });
        shown.push(new Cluster([lat / members.length, lng / members.length], {
          radius: 9 + Math.min(12, 2.2 * Math.log2(n)), color: "#fff", weight: 2,
          fillColor: layer.opts.color, fillOpacity: 0.85, count: n, members: members
        }));
      });
      want.forEach(function (stack) {
        stackLayers(map, stack).forEach(function (l) { shown.push(l); });
        if (stack.marker) { stack.marker.setRadius(markerRadius(stack)); }
      });
      layer.shown.forEach(function (l) { layer.g.removeLayer(l); });
      shown.forEach(function (l) { layer.g.addLayer(l); });
      layer.shown = shown;
    });
    restack(map);
  }

  // Bottom to top: place dots, arrows, event markers (canvas hit tests take the topmost).
  function restack(map) {
    var st = state(map);
    st.layers.forEach(function (layer) {
      if (!map.hasLayer(layer.g)) { return; }
      layer.shown.forEach(function (l) { if (l instanceof Arrow && l._map) { l.bringToBack(); } });
    });
    if (st.places && map.hasLayer(st.places)) {
      st.places.eachLayer(function (l) { if (l._map) { l.bringToBack(); } });
    }
  }

  // Everything drawn under a point: markers whose disc holds it, arrows whose head is there.
  function hits(map, point) {
    var out = [];
    state(map).layers.forEach(function (layer) {
      if (!map.hasLayer(layer.g)) { return; }
      layer.stacks.forEach(function (stack) {
        if (!stack.vis.length || !stack.ls || !(stack.marker || stack.arrow)) { return; }
        var l = stack.marker || stack.arrow;
        if (!l._map) { return; }
        var tip = map.latLngToContainerPoint(stack.ll), d = tip.distanceTo(point);
        if (d <= (stack.marker ? stack.marker.getRadius() + 2 : 9)) { out.push([d, stack]); }
      });
    });
    out.sort(function (a, b) { return a[0] - b[0]; });
    return out.map(function (h) { return h[1]; });
  }

  function pick(map, e) {
    var l = e.layer, found = hits(map, e.containerPoint);
    if (l instanceof Cluster && !found.length) {
      var b = L.latLngBounds(l.options.members.map(function (m) { return m.ll; }));
      map.fitBounds(b.pad(0.2), { maxZoom: Math.max(map.getZoom() + 2, CLUSTER_BELOW_ZOOM), animate: false });
      return;
    }
    if (!found.length && l.options.geo && l.options.geo.layer) { found = [l.options.geo]; }
    if (found.length) {
      openEvents(map, found.map(function (stack) {
        return { layer: stack.layer, rows: stack.vis };
      }), found[0].ll);
    } else if (l.options.place) {
      map.openPopup(placePopup(l.options.place, state(map).placeStrings), e.latlng);
    }
  }

  function hover(map, e) {
    var l = e.layer, stack = l.options.geo;
    if (!stack || !stack.layer || l.getTooltip()) { return; }
    l.bindTooltip(function () {
      var rows = stack.vis, s = stack.layer.s, first = stack.layer.rows[rows[0]];
      var label = stack.layer.opts.label + (rows.length > 1 ? " \u00d7" + rows.length : "");
      var date = rows.length > 1 ? "" : (s[first[D0]] || "date not given");
      return el("span", null, [label, date, s[first[PLACE]]].filter(Boolean).join(" \u00b7 "));
    }, { sticky: true });
    l.openTooltip(e.latlng);
  }

  // A popup listing events: [{layer, rows}] (rows: indices into layer.rows).
  function openEvents(map, groups, latlng) {
    return Promise.all(groups.map(function (g) { return text(g.layer); })).then(function (texts) {
      var box = el("div", "geo-popup"), total = 0, shown = 0, MAX = 10;
      groups.forEach(function (g) { total += g.rows.length; });
      if (total > 1) { box.appendChild(el("div", "geo-popup-count", total + " events here")); }
      groups.forEach(function (g, k) {
        g.rows.forEach(function (i) {
          if (shown++ >= MAX) { return; }
          if (shown > 1) { box.appendChild(el("hr")); }
          GeoMap.eventBody(box, g.layer, i, texts[k]);
        });
      });
      if (total > MAX) {
        box.appendChild(el("div", "geo-more", "\u2026 and " + (total - MAX) +
                           " more (all of them are in the GeoJSON output)"));
      }
      // Pan the popup clear of the title, legend and event list (controls lie above popups).
      var narrow = map.getSize().x < 640;
      map.openPopup(L.popup({
        maxWidth: 340, maxHeight: narrow ? 300 : 380,
        autoPanPaddingTopLeft: narrow ? [10, 70] : [240, 140],
        autoPanPaddingBottomRight: narrow ? [10, 10] : [310, 20]
      }).setLatLng(latlng).setContent(box));
    });
  }

  function placePopup(row, s) {
    var box = el("div", "geo-popup");
    box.appendChild(el("b", null, s[row[2]]));
    if (s[row[3]]) { box.appendChild(el("span", null, " \u2014 " + s[row[3]])); }
    if (s[row[4]]) { box.appendChild(el("div", null, s[row[4]])); }
    box.appendChild(el("div", null, "Mentions: " + row[5] + (s[row[6]] ? " (" + s[row[6]] + ")" : "")));
    return box;
  }

  function addPlaces(map, group, payload) {
    var st = state(map);
    st.places = group;
    st.pending.push(unpack(payload).then(function (data) {
      var s = st.placeStrings = data.s, on = map.hasLayer(group);
      if (on) { map.removeLayer(group); }
      data.r.forEach(function (row) {
        group.addLayer(L.circleMarker([row[0], row[1]], {
          radius: 3, color: "#333", weight: 1, fillColor: "#fff", fillOpacity: 0.9, place: row
        }));
      });
      group.on("click", function (e) { pick(map, e); });
      group.on("mouseover", function (e) {
        var l = e.layer, row = l.options.place;
        if (l.getTooltip()) { return; }
        l.bindTooltip(el("span", null, s[row[2]] + (s[row[3]] ? " (" + s[row[3]] + ")" : "")),
                      { sticky: true });
        l.openTooltip(e.latlng);
      });
      if (on) { map.addLayer(group); }
    }));
  }

  // Country outlines: polygons of rings stored as deltas of coordinates in 1/100 degree.
  function addBasemap(map, payload) {
    pane(map, "geoBasemap", 150, false);  // under the tiles: online they cover it
    pane(map, "geoAreas", 350, false);    // area shapes: above tiles, under events, no clicks
    pane(map, "geoLabels", 550, false);   // place names: above events, no clicks
    state(map).areaRenderer = L.canvas({ pane: "geoAreas", padding: 0.3 });
    map.getContainer().classList.add("geo-map");
    state(map).pending.push(unpack(payload).then(function (data) {
      L.polygon(decodeRings(data.p), {
        pane: "geoBasemap", renderer: L.canvas({ pane: "geoBasemap", padding: 0.5 }),
        interactive: false, color: "#a3a3a3", weight: 0.8, fillColor: "#f7f5ef", fillOpacity: 1
      }).addTo(map);
    }));
  }

  function addCountries(map, payload) {
    var st = state(map);
    Object.keys(payload).forEach(function (code) { st.countries[code] = decodeRings(payload[code]); });
  }

  // Fit the events before anything is drawn (a later fit would project everything twice),
  // leaving room on the right for the event list where the screen is wide enough.
  function fit(map, box) {
    var narrow = map.getSize().x < 640;
    map.fitBounds(box, { paddingTopLeft: [narrow ? 20 : 60, 60], maxZoom: 10,
                         paddingBottomRight: [narrow ? 20 : 310, narrow ? 90 : 40],
                         animate: false });
  }

  function finish(map, dates, box, packedInfo) {
    var st = state(map), info;
    var scripts = performance.now();
    if (box) { fit(map, box); }
    st.pending.push(unpack(packedInfo).then(function (data) { info = data; }));
    Promise.all(st.pending).then(function () {
      window.__geoTimings = { scripts: scripts, layers: performance.now() };
      st.stackCount = 0;
      st.layers.forEach(function (layer) { st.stackCount += layer.stacks.length; });
      var t0 = performance.now();
      GeoMap.ui(map, dates, info || {});  // fits the view, adds the controls
      var t1 = performance.now();
      redraw(map);
      window.__geoTimings.ui = t1 - t0;
      window.__geoTimings.redraw = performance.now() - t1;
      map.on("zoomend", function () { if (st.stackCount > CLUSTER_ABOVE) { redraw(map); } });
      map.on("overlayadd", function () { restack(map); });
      if (st.placeLabels) {
        st.placeLabels();
        map.on("moveend", st.placeLabels);  // Leaflet ends every zoom with a moveend too
      }
      // One frame later the canvas has been drawn: that is when the map is usable.
      L.Util.requestAnimFrame(function () {
        window.__geoReadyAt = performance.now();
        window.__geoReady = true;
      });
    }).catch(function (err) { console.error("geo map: " + err); });
  }

  window.GeoMap = {
    Arrow: Arrow, Cluster: Cluster, addEvents: addEvents, addPlaces: addPlaces,
    addBasemap: addBasemap, addCountries: addCountries, finish: finish,
    // for ui.js
    state: state, el: el, text: text, redraw: redraw, openEvents: openEvents,
    stackLayers: stackLayers, markerRadius: markerRadius
  };
}());

/* Participatiekaart: the map is an enhancement of the list. It shows exactly the places of the
 * list on this page (the same JSON the server rendered), markers are reachable by keyboard and
 * each list item gets a button to show its place on the map. Without JavaScript: list only.
 *
 * Texts the map shows are Dutch and kept here; the server-rendered texts are in the template. */
(function () {
  "use strict";

  // The filters panel is closed in the HTML, so on a phone the results come first. On a wide
  // screen there is room beside the list: open it there.
  var filters = document.querySelector("details[data-open-on-wide]");
  if (filters && window.matchMedia && window.matchMedia("(min-width: 48rem)").matches) {
    filters.open = true;
  }

  var section = document.getElementById("kaart-sectie");
  var container = document.getElementById("kaart");
  var dataElement = document.getElementById("kaart-data");
  if (!section || !container || !dataElement || typeof L === "undefined") { return; }
  var data = JSON.parse(dataElement.textContent);
  if (!data.features.length) { return; }

  section.hidden = false;
  var jump = document.getElementById("naar-de-kaart");
  if (jump) { jump.hidden = false; }

  var map = L.map(container, {
    scrollWheelZoom: false,
    keyboard: true,
    zoomControl: false,
    // No one-finger drag on a phone: one finger scrolls the page, two fingers zoom the map.
    dragging: !L.Browser.mobile,
    tap: false
  });
  L.control.zoom({
    zoomInText: "<span aria-hidden=\"true\">+</span>", zoomInTitle: "Inzoomen",
    zoomOutText: "<span aria-hidden=\"true\">&#x2212;</span>", zoomOutTitle: "Uitzoomen"
  }).addTo(map);
  map.attributionControl.setPrefix(
    "<a href=\"https://leafletjs.com\" hreflang=\"en\">Leaflet</a> (kaartsoftware)"
  );
  L.tileLayer(container.dataset.tileUrl, {
    maxZoom: 19, attribution: container.dataset.tileAttribution
  }).addTo(map);

  // A marker drawn with CSS (no image to load, so no image path to get wrong after
  // collectstatic), named by the place's title for screen readers.
  function markerIcon(title) {
    var content = document.createElement("span");
    var pin = document.createElement("span");
    pin.className = "kaart-marker__pin";
    pin.setAttribute("aria-hidden", "true");
    var name = document.createElement("span");
    name.className = "portal-visually-hidden";
    name.textContent = title;
    content.appendChild(pin);
    content.appendChild(name);
    return L.divIcon({
      html: content, className: "kaart-marker",
      iconSize: L.point(32, 40), iconAnchor: L.point(16, 36), popupAnchor: L.point(0, -34)
    });
  }

  // Markers close together are clustered, so no two touch targets overlap (WCAG 2.5.8).
  var cluster = L.markerClusterGroup({
    showCoverageOnHover: false,
    iconCreateFunction: function (group) {
      var count = group.getChildCount();
      return L.divIcon({
        html: "<span>" + count + "<span class=\"portal-visually-hidden\"> plekken, " +
              "kies om in te zoomen</span></span>",
        className: "portal-cluster", iconSize: L.point(40, 40)
      });
    }
  });

  function focusables(root) {
    return Array.prototype.slice.call(root.querySelectorAll("a[href], button, [tabindex='0']"));
  }

  // The next marker or cluster after ``element`` in keyboard order, if any.
  function nextMarkerAfter(element) {
    var all = focusables(map.getPane("markerPane"));
    var index = all.indexOf(element);
    return index >= 0 ? all[index + 1] : undefined;
  }

  var markers = {};
  var bounds = [];
  var openMarker = null;
  data.features.forEach(function (feature) {
    var p = feature.properties;
    var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
    var marker = L.marker(latlng, { icon: markerIcon(p.titel), title: p.titel, keyboard: true });
    cluster.addLayer(marker);
    var link = document.createElement("a");
    link.href = p.url; link.textContent = p.titel; link.className = "utrecht-link";
    var popup = document.createElement("div");
    popup.appendChild(link);
    popup.appendChild(document.createTextNode(" (" + p.soort + ", " + p.kern + ")"));
    marker.bindPopup(popup);

    marker.on("popupopen", function (event) {
      openMarker = marker;
      var item = document.getElementById("plek-" + feature.id);
      document.querySelectorAll(".portal-place--active").forEach(function (el) {
        el.classList.remove("portal-place--active");
      });
      if (item) { item.classList.add("portal-place--active"); }
      var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close) {
        close.setAttribute("aria-label", "Sluit");
        close.title = "Sluit (Escape)";
        // Tab past the end of the popup continues with the next marker, not the map controls.
        close.onkeydown = function (key) {
          if (key.key !== "Tab" || key.shiftKey) { return; }
          var next = nextMarkerAfter(marker.getElement());
          if (next) { key.preventDefault(); next.focus(); }
        };
      }
    });
    marker.on("popupclose", function (event) {
      if (openMarker === marker) { openMarker = null; }
      // Focus that was inside the popup goes back to its marker, not to the top of the page.
      var element = event.popup.getElement();
      if (element && element.contains(document.activeElement) && marker.getElement()) {
        marker.getElement().focus();
      }
    });
    marker.on("add", function () {
      // The popup lives in its own layer at the end of the map: Tab on an open marker goes
      // into its popup first, so the link follows its marker in keyboard order.
      marker.getElement().addEventListener("keydown", function (key) {
        if (key.key !== "Tab" || key.shiftKey || !marker.isPopupOpen()) { return; }
        key.preventDefault();
        link.focus();
      });
    });
    link.addEventListener("keydown", function (key) {
      if (key.key === "Tab" && key.shiftKey && marker.getElement()) {
        key.preventDefault();
        marker.getElement().focus();
      }
    });
    markers[feature.id] = marker;
    bounds.push(latlng);
  });
  map.addLayer(cluster);
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });

  // Escape closes an open popup wherever the focus is on the map (Leaflet itself only listens
  // while the map container itself has the focus).
  container.addEventListener("keydown", function (key) {
    if (key.key !== "Escape" || !openMarker) { return; }
    var marker = openMarker;
    marker.closePopup();
    if (marker.getElement()) { marker.getElement().focus(); }
  });

  document.querySelectorAll(".portal-place").forEach(function (item) {
    var marker = markers[item.dataset.placeId];
    if (!marker) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "utrecht-button utrecht-button--subtle portal-show-on-map";
    button.textContent = "Toon op de kaart";
    button.addEventListener("click", function () {
      container.scrollIntoView({ behavior: "smooth", block: "center" });
      cluster.zoomToShowLayer(marker, function () {
        marker.openPopup();
        var icon = marker.getElement();
        if (icon) { icon.focus(); }
      });
    });
    item.appendChild(button);
  });
})();

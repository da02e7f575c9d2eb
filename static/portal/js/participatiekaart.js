/* Participatiekaart: the map is an enhancement of the list. It shows exactly the places of the
 * list on this page (the same JSON the server rendered), markers are reachable by keyboard and
 * each list item gets a button to show its place on the map. Without JavaScript: list only. */
(function () {
  "use strict";
  var container = document.getElementById("kaart");
  var dataElement = document.getElementById("kaart-data");
  if (!container || !dataElement || typeof L === "undefined") { return; }
  var data = JSON.parse(dataElement.textContent);
  if (!data.features.length) { return; }

  container.hidden = false;
  // Leaflet guesses its marker images from the CSS and fails on the hashed names that
  // collectstatic gives them in production: the template passes their URLs.
  L.Icon.Default.imagePath = "";
  L.Icon.Default.mergeOptions({
    iconUrl: container.dataset.iconUrl,
    iconRetinaUrl: container.dataset.iconRetinaUrl,
    shadowUrl: container.dataset.shadowUrl
  });
  var map = L.map(container, { scrollWheelZoom: false, keyboard: true });
  L.tileLayer(container.dataset.tileUrl, {
    maxZoom: 19, attribution: container.dataset.tileAttribution
  }).addTo(map);

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
  var markers = {};
  var bounds = [];
  data.features.forEach(function (feature) {
    var p = feature.properties;
    var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
    var marker = L.marker(latlng, { title: p.titel, alt: p.titel, keyboard: true });
    cluster.addLayer(marker);
    var link = document.createElement("a");
    link.href = p.url; link.textContent = p.titel; link.className = "utrecht-link";
    var popup = document.createElement("div");
    popup.appendChild(link);
    popup.appendChild(document.createTextNode(" (" + p.soort + ", " + p.kern + ")"));
    marker.bindPopup(popup);
    marker.on("popupopen", function () {
      var item = document.getElementById("plek-" + feature.id);
      document.querySelectorAll(".portal-place--active").forEach(function (el) {
        el.classList.remove("portal-place--active");
      });
      if (item) { item.classList.add("portal-place--active"); }
    });
    markers[feature.id] = marker;
    bounds.push(latlng);
  });
  map.addLayer(cluster);
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });

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

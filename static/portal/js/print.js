/* "Print dit boek": the button lives in a <template>, so without JavaScript (when it could not
   print) there is no button at all; with JavaScript it is put in place and prints the page.
   (A `hidden` attribute is no use here: the button's display style overrides it.) */
(function () {
  "use strict";
  document.querySelectorAll("template[data-print]").forEach(function (template) {
    var content = template.content.cloneNode(true);
    content.querySelectorAll("button").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    template.replaceWith(content);
  });
})();

// Keep identical to site/theme/page.js: ThemeTests.testDefaultsMatchMirroredFiles checks it.
extension DefaultTheme {
    /// The default page script (mirrored in site/theme/page.js).
    static let script = #"""
/* nbrun default page script: theme toggle. Copy to site/theme/page.js and edit to change it. */
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "nbrun-theme";

  function effectiveTheme() {
    if (root.dataset.theme) return root.dataset.theme;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    var show = function () {
      var dark = effectiveTheme() === "dark";
      toggle.setAttribute("aria-pressed", dark ? "true" : "false");
      toggle.textContent = dark ? "Light mode" : "Dark mode";
    };
    toggle.hidden = false;
    show();
    toggle.addEventListener("click", function () {
      var next = effectiveTheme() === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem(key, next); } catch (e) { /* storage off: the choice lasts this page */ }
      show();
    });
  }
})();

"""#
}

// Keep identical to site/theme/page.js: ThemeTests.testDefaultsMatchMirroredFiles checks it.
extension DefaultTheme {
    /// The default page script (mirrored in site/theme/page.js).
    static let script = #"""
/* nbrun default page script: theme toggle, copy buttons, folding contents, the search shortcut. Copy to site/theme/page.js and edit to change it. */
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

/* Copy buttons: the cell's code (not its outputs) to the clipboard. */
(function () {
  "use strict";
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  /* Buttons are made here, not written into every page: without a script they could not work. */
  var bars = document.querySelectorAll(".cell-bar");
  for (var i = 0; i < bars.length; i++) {
    (function (bar) {
      var code = bar.parentNode.querySelector("pre.code code");
      var label = bar.querySelector(".cell-label");
      if (!code) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy the code of " + (label ? label.getAttribute("aria-label").replace(/^Link to /, "") : "this cell"));
      bar.appendChild(button);
      var done = function (ok) {
        button.textContent = ok ? "Copied" : "Copy failed";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      };
      button.addEventListener("click", function () {
        var text = code.textContent;
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
        } else {
          done(fallbackCopy(text));
        }
      });
    })(bars[i]);
  }
})();

/* The lessons and contents: open in the sidebar on wide screens, folded above the article on narrow ones. */
(function () {
  "use strict";
  var folds = document.querySelectorAll(".toc-details");
  if (!folds.length || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 901px)");
  var sync = function () { for (var i = 0; i < folds.length; i++) folds[i].open = wide.matches; };
  sync();
  if (wide.addEventListener) wide.addEventListener("change", sync);
})();

/* Search: the box loads assets/search.js (with lunr and the index) the first time it is used. */
(function () {
  "use strict";
  var form = document.querySelector(".search");
  if (!form) return;
  var input = form.querySelector(".search-input");
  var loaded = false;
  function load() {
    if (loaded) return;
    loaded = true;
    var script = document.createElement("script");
    script.src = (form.getAttribute("data-assets") || "assets/") + "search.js";
    document.head.appendChild(script);
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("focus", load);
  input.addEventListener("input", load);
  document.addEventListener("keydown", function (event) {
    var target = event.target, tag = target && target.tagName;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (tag === "INPUT" || tag === "TEXTAREA" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
  });
})();

"""#
}

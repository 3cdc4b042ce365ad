/* nbrun default page script: theme toggle, copy buttons, folding contents. Copy to site/theme/page.js and edit to change it. */
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
  var buttons = document.querySelectorAll(".copy-button");
  for (var i = 0; i < buttons.length; i++) {
    (function (button) {
      var code = button.closest(".cell-input").querySelector("pre.code code");
      if (!code) return;
      button.hidden = false;
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
    })(buttons[i]);
  }
})();

/* The table of contents: open in the sidebar on wide screens, folded above the article on narrow ones. */
(function () {
  "use strict";
  var toc = document.querySelector(".toc-details");
  if (!toc || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 901px)");
  var sync = function () { toc.open = wide.matches; };
  sync();
  if (wide.addEventListener) wide.addEventListener("change", sync);
})();

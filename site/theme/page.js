/* nbrun default page script: theme toggle, copy buttons, folding contents, search. Copy to site/theme/page.js and edit to change it. */
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

/* Search across the course: lunr and the index (assets/search-index.js) are loaded by <script>
   the first time the box is used, which works from file:// too. "/" focuses the box. */
(function () {
  "use strict";
  var form = document.querySelector(".search");
  if (!form) return;
  var input = form.querySelector(".search-input");
  var results = form.querySelector(".search-results");
  var assets = form.getAttribute("data-assets") || "assets/";
  var root = form.getAttribute("data-root") || "";
  var index = null, documents = [], waiting = [], loading = false;

  function load(then) {
    if (index) { then(); return; }
    waiting.push(then);
    if (loading) return;
    loading = true;
    var files = ["lunr/lunr.min.js", "search-index.js"], next = 0;
    (function step() {
      if (next === files.length) {
        build();
        var calls = waiting; waiting = [];
        for (var i = 0; i < calls.length; i++) calls[i]();
        return;
      }
      var script = document.createElement("script");
      script.src = assets + files[next++];
      script.onload = step;
      script.onerror = function () { show("<p class=\"search-none\">Search is not available on this copy of the site.</p>"); };
      document.head.appendChild(script);
    })();
  }

  function build() {
    documents = window.nbrunSearchDocuments || [];
    index = window.lunr(function () {
      this.ref("i");
      this.field("t", { boost: 4 });
      this.field("s", { boost: 2 });
      this.field("x");
      for (var i = 0; i < documents.length; i++) {
        var d = documents[i];
        this.add({ i: String(i), t: d.t, s: d.s, x: d.x });
      }
    });
  }

  function escape(text) {
    return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]; });
  }

  function snippet(text, words) {
    var lower = text.toLowerCase(), at = -1, length = 0;
    for (var i = 0; i < words.length && at < 0; i++) { at = lower.indexOf(words[i]); length = words[i].length; }
    if (at < 0) return escape(text.slice(0, 140)) + (text.length > 140 ? "…" : "");
    var start = Math.max(0, at - 60), end = Math.min(text.length, at + length + 90);
    var space = text.indexOf(" ", start);
    if (start > 0 && space >= 0 && space < at) start = space + 1;  /* begin on a whole word */
    return (start > 0 ? "…" : "") + escape(text.slice(start, at)) + "<mark>" + escape(text.slice(at, at + length)) + "</mark>"
      + escape(text.slice(at + length, end)) + (end < text.length ? "…" : "");
  }

  function show(html) {
    results.innerHTML = html;
    results.hidden = !html;
  }

  function run() {
    var query = input.value.trim();
    if (!query) { show(""); return; }
    var words = query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var hits = index.query(function (q) {
      for (var i = 0; i < words.length; i++) {
        q.term(window.lunr.tokenizer(words[i]), { wildcard: window.lunr.Query.wildcard.TRAILING });
        q.term(window.lunr.tokenizer(words[i]));
      }
    }).slice(0, 8);
    if (!hits.length) { show("<p class=\"search-none\">No results for “" + escape(query) + "”.</p>"); return; }
    var html = "<ol>";
    for (var i = 0; i < hits.length; i++) {
      var d = documents[Number(hits[i].ref)];
      var href = root + d.p + (d.a ? "#" + d.a : "");
      var where = escape(d.t) + (d.s && d.s !== d.t ? " › " + escape(d.s) : "");
      html += "<li><a href=\"" + escape(href) + "\"><span class=\"search-where\">" + where + "</span><span class=\"search-snippet\">"
        + snippet(d.x, words) + "</span></a></li>";
    }
    show(html + "</ol>");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = results.querySelector("a");
    if (first) first.click();
  });
  input.addEventListener("focus", function () { load(function () {}); });
  input.addEventListener("input", function () { load(run); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(""); input.blur(); }
    if (event.key === "ArrowDown") { var first = results.querySelector("a"); if (first) { event.preventDefault(); first.focus(); } }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target, tag = target && target.tagName;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (tag === "INPUT" || tag === "TEXTAREA" || (target && target.isContentEditable)) return;
    event.preventDefault();
    input.focus();
  });
})();

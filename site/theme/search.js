/* nbrun default search script, loaded by page.js the first time the search box is used. It loads
   lunr and the index (assets/search-index.js) by <script>, which works from file:// too.
   Copy to site/theme/search.js and edit to change it. */
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
    var files = ["lunr/lunr.min.js", "search-index.js"], next = 0;  /* in order: the index needs lunr */
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

  form.addEventListener("submit", function () {
    var first = results.querySelector("a");
    if (first) first.click();
  });
  input.addEventListener("input", function () { load(run); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(""); input.blur(); }
    if (event.key === "ArrowDown") { var first = results.querySelector("a"); if (first) { event.preventDefault(); first.focus(); } }
  });
  load(run);
})();

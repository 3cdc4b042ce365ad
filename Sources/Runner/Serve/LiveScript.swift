/// The small script `nbrun serve` adds to every page it serves: it listens on a WebSocket and,
/// when a notebook changes, fetches the new page and replaces only the cells whose HTML changed
/// (the whole article when the prose changed), keeping the scroll position. Each cell gets a
/// badge (re-ran / reused / stale and its time); a status line sits at the top.
enum LiveScript {
    static let path = "/_nbrun/live"

    static let tag = """
    <style>
    #nbrun-live-status{position:fixed;top:0;left:0;right:0;z-index:1000;font:12px/1.6 system-ui,sans-serif;padding:2px 10px;background:#24292f;color:#fff;opacity:.92}
    #nbrun-live-status.failed{background:#b42318}
    .nbrun-live-badge{float:right;font:11px/1.6 system-ui,sans-serif;margin-left:8px;padding:0 6px;border-radius:8px;background:#eaeef2;color:#24292f}
    .nbrun-live-badge.reran{background:#dafbe1}.nbrun-live-badge.stale{background:#fff8c5}
    </style>
    <script>
    (function () {
      var server = new Map(), skeleton = "";
      var status = document.createElement("div");
      status.id = "nbrun-live-status";
      status.textContent = "nbrun serve: connecting…";
      function page() { var p = location.pathname.split("/").pop(); return p === "" ? "index.html" : p; }
      function container(doc) { return doc.querySelector("article.notebook") || doc.querySelector("main") || doc.body; }
      function shape(root) {
        var copy = root.cloneNode(true);
        copy.querySelectorAll(".cell").forEach(function (c) { var s = document.createElement("div"); s.setAttribute("data-slot", c.id); c.replaceWith(s); });
        copy.querySelectorAll(".nbrun-live-badge").forEach(function (b) { b.remove(); });
        return copy.innerHTML;
      }
      function remember(doc) {
        server = new Map();
        container(doc).querySelectorAll(".cell").forEach(function (c) { server.set(c.id, c.outerHTML); });
        skeleton = shape(container(doc));
      }
      function badge(cells) {
        (cells || []).forEach(function (info) {
          var cell = document.getElementById(info.id);
          if (!cell) return;
          var bar = cell.querySelector(".cell-bar") || cell;
          var b = bar.querySelector(".nbrun-live-badge");
          if (!b) { b = document.createElement("span"); bar.appendChild(b); }
          b.className = "nbrun-live-badge " + info.state;
          b.textContent = info.state.replace("reran", "re-ran") + (info.state === "reran" ? " " + info.seconds.toFixed(3) + " s" : "");
          cell.setAttribute("data-live", info.state);
        });
      }
      function morph(text, cells) {
        var doc = new DOMParser().parseFromString(text, "text/html");
        var now = container(document), next = container(doc);
        var y = window.scrollY, changed = [];
        if (shape(next) !== skeleton) {
          now.innerHTML = next.innerHTML;
          changed.push("*");
        } else {
          next.querySelectorAll(".cell").forEach(function (c) {
            if (server.get(c.id) === c.outerHTML) return;
            var old = document.getElementById(c.id);
            if (old) { old.replaceWith(document.importNode(c, true)); changed.push(c.id); }
          });
        }
        remember(doc);
        badge(cells);
        window.scrollTo(0, y);
        document.documentElement.setAttribute("data-nbrun-version", String(Number(document.documentElement.getAttribute("data-nbrun-version") || 0) + 1));
        document.dispatchEvent(new CustomEvent("nbrun:updated", { detail: { changed: changed } }));
      }
      function connect(delay) {
        var ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(path)");
        ws.onopen = function () { status.textContent = "nbrun serve: watching for changes"; };
        ws.onmessage = function (event) {
          var m = JSON.parse(event.data);
          if (m.type === "status" || m.type === "training") {
            status.textContent = m.text;
            status.className = m.failed ? "failed" : "";
          } else if (m.type === "update" && (m.pages.indexOf(page()) >= 0)) {
            status.textContent = m.text;
            status.className = m.failed ? "failed" : "";
            var cells = (m.cells || {})[page()];
            fetch(page(), { cache: "no-store" }).then(function (r) { return r.text(); }).then(function (t) { morph(t, cells); });
          }
        };
        ws.onclose = function () {
          status.textContent = "nbrun serve: disconnected, retrying…";
          setTimeout(function () { connect(Math.min(2000, delay * 2)); }, delay);
        };
      }
      function start() {
        document.body.appendChild(status);
        remember(document);
        connect(100);
      }
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
    })();
    </script>
    """

    /// The page with the script added before `</body>`.
    static func inject(into html: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: range, with: tag + "\n</body>")
    }
}

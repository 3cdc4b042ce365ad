// Keep identical to site/theme/style.css: ThemeTests.testDefaultsMatchMirroredFiles checks it.
extension DefaultTheme {
    /// The default stylesheet (mirrored in site/theme/style.css).
    static let stylesheet = #"""
/* nbrun default theme. Copy to site/theme/style.css and edit to restyle every page. */
/* Light colors; dark ones below follow prefers-color-scheme unless the reader chose with the
   toggle (data-theme on <html>, remembered in localStorage). All pairs keep contrast >= 4.5:1.
   Dark applies on screens only: paper is always printed light. */
:root {
  color-scheme: light;
  --text: #1f2328;
  --muted: #59636e;
  --bg: #ffffff;
  --panel: #f6f8fa;
  --border: #d1d9e0;
  --accent: #0969da;
  --error: #cf222e;
  --error-bg: #fff0ee;
  --ok: #1a7f37;
  --expected: #8a5c00;
  --expected-bg: #fff8e5;
  --log-bg: #0d1117;
  --log-text: #e6edf3;
  --fig-bg: #ffffff;
  --fig-text: #222222;
  --fig-grid: #e6e6e6;
  --fig-axis: #444444;
  --hl-kw: #a626a4;
  --hl-type: #8a5c00;
  --hl-num: #9c4a00;
  --hl-str: #2f6f2e;
  --hl-com: #59636e;
  --hl-fn: #1a5fd0;
  --hl-var: #b3261e;
  --hl-op: #57606a;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
@media screen and (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
    color-scheme: dark;
    --text: #e6edf3; --muted: #9ea7b3; --bg: #0d1117; --panel: #161b22; --border: #3d444d;
    --accent: #58a6ff; --error: #ff7b72; --error-bg: #2d1517; --ok: #3fb950; --expected: #e3b341; --expected-bg: #2a2212;
    --log-bg: #010409; --log-text: #e6edf3;
    --fig-bg: #0d1117; --fig-text: #e6edf3; --fig-grid: #30363d; --fig-axis: #9ea7b3;
    --hl-kw: #ff7b72; --hl-type: #ffa657; --hl-num: #79c0ff; --hl-str: #a5d6ff; --hl-com: #9ea7b3;
    --hl-fn: #d2a8ff; --hl-var: #ffa198; --hl-op: #c9d1d9;
  }
}
@media screen {
  :root[data-theme="dark"] {
    color-scheme: dark;
    --text: #e6edf3; --muted: #9ea7b3; --bg: #0d1117; --panel: #161b22; --border: #3d444d;
    --accent: #58a6ff; --error: #ff7b72; --error-bg: #2d1517; --ok: #3fb950; --expected: #e3b341; --expected-bg: #2a2212;
    --log-bg: #010409; --log-text: #e6edf3;
    --fig-bg: #0d1117; --fig-text: #e6edf3; --fig-grid: #30363d; --fig-axis: #9ea7b3;
    --hl-kw: #ff7b72; --hl-type: #ffa657; --hl-num: #79c0ff; --hl-str: #a5d6ff; --hl-com: #9ea7b3;
    --hl-fn: #d2a8ff; --hl-var: #ffa198; --hl-op: #c9d1d9;
  }
}
* { box-sizing: border-box; }
html { font-size: 17px; }
body { margin: 0; color: var(--text); background: var(--bg); font-family: var(--sans); line-height: 1.6; }
a { color: var(--accent); }
.skip-link { position: absolute; left: -999px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .25rem .5rem; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.site-header { border-bottom: 1px solid var(--border); padding: .6rem 1.25rem; display: flex; align-items: center; gap: 1rem; }
.site-header .search + .theme-toggle { margin-left: 0; }
.search { margin-left: auto; position: relative; }
.search-input { font: inherit; font-size: .9rem; width: 14rem; color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: .2rem .5rem; }
.search-results { position: absolute; right: 0; top: calc(100% + .3rem); z-index: 10; width: min(34rem, calc(100vw - 2.5rem)); max-height: 70vh; overflow-y: auto;
  background: var(--bg); border: 1px solid var(--border); border-radius: 6px; box-shadow: 0 6px 24px rgb(0 0 0 / .18); padding: .25rem 0; font-size: .9rem; }
.search-results ol { list-style: none; margin: 0; padding: 0; }
.search-results a { display: block; padding: .4rem .75rem; text-decoration: none; color: var(--text); }
.search-results a:hover, .search-results a:focus { background: var(--panel); }
.search-results .search-where { display: block; font-weight: 600; color: var(--accent); }
.search-results .search-snippet { display: block; color: var(--muted); font-size: .85rem; }
.search-results mark { background: none; color: var(--text); font-weight: 700; }
.search-results .search-none { margin: .4rem .75rem; color: var(--muted); }
@media (max-width: 600px) {
  .site-header { flex-wrap: wrap; }
  .search { order: 3; flex-basis: 100%; }
  .site-header .search + .theme-toggle { margin-left: auto; }
  .search-input { width: 100%; }
  .search-results { left: 0; width: auto; }
}
.theme-toggle { margin-left: auto; font: inherit; font-size: .85rem; color: var(--text); background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: .2rem .6rem; cursor: pointer; }
.site-title { font-weight: 600; text-decoration: none; color: var(--text); }
.site-footer { color: var(--muted); font-size: .85rem; padding: 1rem 1.25rem 2rem; max-width: 52rem; margin: 0 auto; }

.layout { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
.layout.has-toc { max-width: 70rem; display: grid; grid-template-columns: 14rem minmax(0, 1fr); gap: 2.5rem; }
.sidebar { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding: 1.5rem 0; }
.toc { font-size: .85rem; }
.toc + .toc { margin-top: 1.25rem; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc-lessons [aria-current="page"] { font-weight: 600; color: var(--accent); }
.toc-title { font-weight: 600; margin: 0 0 .4rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; font-size: .75rem; cursor: pointer; }
.toc ul { list-style: none; margin: 0; padding: 0; }
.toc li { margin: .2rem 0; }
.toc a { color: var(--text); text-decoration: none; }
.toc a:hover { color: var(--accent); text-decoration: underline; }
.toc .toc-level-3 { padding-left: .9rem; }
.toc .toc-failed > a { color: var(--error); }
.toc .toc-failed > a::before { content: "\2715\00a0"; font-size: .8em; }
.toc .toc-level-4, .toc .toc-level-5, .toc .toc-level-6 { padding-left: 1.8rem; }
/* Wide screens: the contents stay open in the sidebar (page.js opens them). Narrow screens: they
   fold into one line above the article. */
@media (min-width: 901px) {
  .toc summary { list-style: none; pointer-events: none; cursor: default; }
  .toc summary::-webkit-details-marker { display: none; }
}
@media (max-width: 900px) {
  .layout.has-toc { display: block; }
  .sidebar { position: static; max-height: none; padding: 0; }
  .toc { padding: .75rem 0; border-bottom: 1px solid var(--border); }
  .toc + .toc { margin-top: 0; }
  .toc-title { margin: 0; font-size: .8rem; }
  .toc details[open] .toc-title { margin-bottom: .4rem; }
}

main { min-width: 0; padding: 1.5rem 0 2rem; }
.notebook h1, .notebook h2, .notebook h3 { line-height: 1.25; margin: 2rem 0 .75rem; }
.notebook h1 { font-size: 2rem; margin-top: .5rem; }
.notebook h2 { font-size: 1.45rem; padding-bottom: .25rem; border-bottom: 1px solid var(--border); }
.notebook h3 { font-size: 1.15rem; }
.notebook [id] { scroll-margin-top: 1rem; }
.anchor { margin-left: .4rem; color: var(--muted); text-decoration: none; font-weight: 400; opacity: 0; }
:hover > .anchor, .anchor:focus { opacity: 1; }
@media (hover: none) { .anchor { opacity: .6; } }
.notebook p, .notebook ul, .notebook ol { margin: .75rem 0; }
.notebook img { max-width: 100%; }
.notebook blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: 4px solid var(--border); }
.notebook :not(pre) > code { font-family: var(--mono); font-size: .88em; background: var(--panel); padding: .1em .3em; border-radius: 4px; overflow-wrap: anywhere; }
.notebook pre { font-family: var(--mono); font-size: .82rem; line-height: 1.45; overflow-x: auto; }
.notebook > pre { background: var(--panel); padding: .75rem 1rem; border-radius: 6px; }
.notebook table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; }
.notebook th, .notebook td { border: 1px solid var(--border); padding: .3rem .6rem; text-align: left; }
.notebook thead th { background: var(--panel); }

/* Cells: code, then its outputs, joined by a left rule so they read as one unit. */
.cell { margin: 1.25rem 0; border-left: 3px solid var(--border); padding-left: .75rem; scroll-margin-top: 1rem; }
.cell:target { border-left-color: var(--accent); }
/* The [n] label, copy button and timing sit in a bar above the code, never over it. */
.cell-bar { display: flex; align-items: center; gap: .6rem; min-height: 1.5rem; font-family: var(--mono); font-size: .75rem; color: var(--muted); }
.cell-label { color: var(--muted); text-decoration: none; }
.cell-label:hover { color: var(--accent); text-decoration: underline; }
.cell-time { order: 1; }
.copy-button { order: 2; margin-left: auto; font: inherit; color: var(--muted); background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 0 .5rem; cursor: pointer; }
.copy-button:hover { color: var(--accent); border-color: var(--accent); }
.cell-input pre.code { margin: 0; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: .7rem 1rem; }
.cell-outputs:not(:empty) { margin-top: .4rem; }
/* Line numbers (front matter line-numbers: true) and the line where the cell failed. */
pre.code .line { display: inline-block; min-width: 100%; }
pre.line-numbers { counter-reset: line; }
pre.line-numbers .line::before { counter-increment: line; content: counter(line); display: inline-block; width: 2.2em; margin-right: .8em; text-align: right; color: var(--muted); user-select: none; }
pre.code .error-line { background: var(--error-bg); box-shadow: inset 3px 0 0 var(--error); }
.output { margin: .35rem 0; }
pre.output { margin: .35rem 0; padding: .5rem .75rem; background: var(--bg); border: 1px dashed var(--border); border-radius: 6px; white-space: pre-wrap; word-break: break-word; }
pre.output-log { background: var(--log-bg); color: var(--log-text); border: 0; white-space: pre; }
/* Figures shrink with the column but not below 36rem (labels stay legible on a phone): past that
   the figure scrolls sideways. Tables and summaries scroll too rather than widen the page. */
.output-figure { margin: .5rem 0; overflow-x: auto; position: relative; }
.output-figure svg { max-width: max(100%, 36rem); height: auto; display: block; }
/* position: relative keeps KaTeX's absolutely placed MathML copies inside the scrolling box. */
.output-table, .output-summary, .table-wrap { overflow-x: auto; position: relative; }
.output-table table, .model-summary table { border-collapse: collapse; font-size: .88rem; margin: .25rem 0; }
.model-summary .model-name { font-family: var(--mono); font-size: .85rem; margin: .25rem 0; }
.model-summary th { border-bottom: 2px solid var(--text); }
.model-summary td, .model-summary th { padding: .25rem .75rem; border-left: 0; border-right: 0; }
.model-summary .num { text-align: right; font-variant-numeric: tabular-nums; }
.model-summary .totals { font-family: var(--mono); font-size: .82rem; margin: .4rem 0; }

/* Errors stay in place, under the code that raised them. */
.output-notice { font-size: .85rem; color: var(--muted); border-left: 3px solid var(--border); padding: .15rem .6rem; }
.output-error { border: 1px solid var(--error); background: var(--error-bg); border-radius: 6px; padding: .5rem .75rem; }
.output-error .error-head { margin: 0 0 .35rem; color: var(--error); }
.output-error pre.error-text { margin: 0; font-family: var(--mono); font-size: .8rem; white-space: pre-wrap; }
.output-error .error-trace { margin: .35rem 0 0; font-size: .8rem; color: var(--muted); }
.cell.has-error { border-left-color: var(--error); }
/* A page with failures says so at the top; cells that never ran are drawn in muted colors
   (not with opacity, which would break text contrast). */
.problem-summary { border: 1px solid var(--error); background: var(--error-bg); border-radius: 6px; padding: .5rem .75rem; margin: 1rem 0; }
.problem-summary p { margin: 0; }
.problem-summary strong { color: var(--error); }
.problem-summary a { margin-left: .35rem; }
.cell-status { font-style: italic; }
.cell.not-run, .cell.skipped { border-left-style: dashed; }
.cell.not-run pre.code, .cell.not-run pre.code span { color: var(--muted); font-style: normal; }
.cell.not-run pre.code { background: var(--bg); border-style: dashed; }
.cell.expected-error { border-left-color: var(--expected); }
.cell.expected-error .output-error { border-color: var(--expected); background: var(--expected-bg); }
.cell.expected-error .output-error .error-head { color: var(--expected); }

/* Exercise and test cells: label in the bar, and how a test's checks went. */
.cell.exercise { border-left-color: var(--accent); }
.cell-role { font-family: var(--sans); font-weight: 600; color: var(--accent); }
.cell.test .cell-role { color: var(--muted); }
.check-summary { margin: .35rem 0; font-size: .9rem; }
.check-summary.check-passed { color: var(--ok); }
.check-summary.check-failed { color: var(--error); }

/* Numbered figures (caption="…" on the cell). */
figure.captioned { margin: 0; }
.captioned > figcaption { font-size: .9rem; color: var(--muted); margin: .25rem 0 .5rem; }
.figure-number { font-weight: 600; color: var(--text); }

/* Image grids: N columns where they fit, fewer on a phone; labels keep their size. */
.image-grid-title { font-weight: 600; text-align: center; margin: .25rem 0; }
.image-grid { list-style: none; margin: .25rem auto; padding: 0; display: grid; gap: .5rem .4rem;
  grid-template-columns: repeat(var(--columns, 10), minmax(0, 1fr)); max-width: calc(var(--columns, 10) * 6.5rem); }
.image-grid li { text-align: center; font-size: .78rem; line-height: 1.25; min-width: 0; overflow-wrap: anywhere; }
.image-grid img { display: block; width: 100%; max-width: 4.5rem; height: auto; margin: 0 auto .2rem; image-rendering: pixelated; border: 1px solid var(--border); }
.image-grid .wrong img { outline: 2px solid var(--error); outline-offset: 1px; }
.image-grid .wrong > span { color: var(--error); font-weight: 600; }
@media (max-width: 600px) {
  .image-grid { grid-template-columns: repeat(auto-fill, minmax(4.5rem, 1fr)); }
}

/* Syntax colors from swift-syntax's classification. */
.hl-kw { color: var(--hl-kw); }
.hl-type { color: var(--hl-type); }
.hl-num { color: var(--hl-num); }
.hl-str { color: var(--hl-str); }
.hl-com { color: var(--hl-com); font-style: italic; }
.hl-attr, .hl-fn { color: var(--hl-fn); }
.hl-label, .hl-var, .hl-ph { color: var(--hl-var); }
.hl-op { color: var(--hl-op); }

/* Figures draw with fixed colors (readable when an SVG is saved alone); these rules recolor their
   background, text, grid and axes with the page's theme. */
.nb-figure { fill: var(--fig-text); }
.nb-figure .fig-bg { fill: var(--fig-bg); }
.nb-figure .fig-text { fill: var(--fig-text); }
.nb-figure .fig-grid { stroke: var(--fig-grid); }
.nb-figure .fig-axis { stroke: var(--fig-axis); }
.nb-figure .fig-halo { stroke: var(--fig-bg); }
.nb-figure .fig-legend-box { fill: var(--fig-bg); stroke: var(--fig-grid); }

/* Math: KaTeX replaces these; without it the TeX source shows, readable. */
/* relative: KaTeX's hidden MathML copy is absolutely placed and would otherwise widen the page. */
.math.display { display: block; position: relative; text-align: center; margin: 1rem 0; overflow-x: auto; }
.math { font-family: var(--mono); }

.pager { display: flex; justify-content: space-between; gap: 1rem; margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); }
.pager a { text-decoration: none; }
.pager span { display: block; font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.pager-next { margin-left: auto; text-align: right; }

.index { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.index .site-description { color: var(--muted); font-size: 1.1rem; }
.lessons { padding-left: 1.5rem; }
.lessons li { margin: 1rem 0; }
.lessons a { font-weight: 600; font-size: 1.1rem; }
.lessons p { margin: .2rem 0 0; color: var(--muted); }

/* Paper: nothing scrolls, so long lines wrap; a cell, figure or table stays on one page when it
   fits; a heading stays with what follows it; links show where they go. */
@media print {
  .sidebar, .pager, .site-header, .skip-link, .copy-button, .theme-toggle, .anchor, .search { display: none; }
  .layout.has-toc { display: block; }
  html { font-size: 11pt; }
  pre, pre.code, pre.output, pre.output-log, .output-error pre.error-text {
    white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; }
  pre.output-log { background: none; color: var(--text); border: 1px solid var(--border); }
  .output-figure, .output-table, .output-summary, .table-wrap, .math.display { overflow: visible; }
  .output-figure svg { max-width: 100%; }
  .cell, .output, figure, table, tr, .math.display, blockquote { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  .notebook a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
}

"""#
}

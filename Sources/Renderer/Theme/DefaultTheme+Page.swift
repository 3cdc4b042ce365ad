// Keep identical to site/theme/page.mustache: ThemeTests.testDefaultsMatchMirroredFiles checks it.
extension DefaultTheme {
    /// The default page template (mirrored in site/theme/page.mustache).
    static let pageTemplate = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{fullTitle}}</title>
{{#hasDescription}}
<meta name="description" content="{{description}}">
{{/hasDescription}}
<link rel="stylesheet" href="{{assets}}style.css">
<script>try { var t = localStorage.getItem("nbrun-theme"); if (t) document.documentElement.dataset.theme = t; } catch (e) {}</script>
{{#math}}
<link rel="stylesheet" href="{{assets}}katex/katex.min.css">
{{/math}}
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
{{#hasSiteTitle}}
<a class="site-title" href="{{root}}index.html">{{siteTitle}}</a>
{{/hasSiteTitle}}
{{#search}}
<form class="search" role="search" data-assets="{{assets}}" data-root="{{root}}">
<label class="visually-hidden" for="search-input">Search the course</label>
<input type="search" id="search-input" class="search-input" placeholder="Search  /" autocomplete="off" spellcheck="false">
<div class="search-results" aria-live="polite" hidden></div>
</form>
{{/search}}
<button type="button" class="theme-toggle" aria-pressed="false" hidden>Dark mode</button>
</header>
<div class="layout{{#hasSidebar}} has-toc{{/hasSidebar}}">
{{#hasSidebar}}
<aside class="sidebar">
{{#hasLessons}}
<nav class="toc toc-lessons" aria-label="Course lessons">
<details class="toc-details">
<summary class="toc-title">Lessons</summary>
<ol>
{{#lessons}}
<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
{{/lessons}}
</ol>
</details>
</nav>
{{/hasLessons}}
{{#hasToc}}
<nav class="toc" aria-label="On this page">
<details class="toc-details">
<summary class="toc-title">On this page</summary>
<ul>
{{#toc}}
<li class="toc-level-{{level}}{{#failed}} toc-failed{{/failed}}"><a href="#{{anchor}}">{{text}}{{#failed}}<span class="visually-hidden"> (a cell here failed)</span>{{/failed}}</a></li>
{{/toc}}
</ul>
</details>
</nav>
{{/hasToc}}
</aside>
{{/hasSidebar}}
<main id="content">
<article class="notebook">
{{#showTitle}}
<h1 class="page-title">{{title}}</h1>
{{/showTitle}}
{{#hasProblems}}
<div class="problem-summary" role="status">
<p><strong>{{problemHeading}}</strong>{{#hasFailedCells}}: {{#failedCells}}<a href="{{href}}">{{name}}</a> {{/failedCells}}{{/hasFailedCells}}</p>
</div>
{{/hasProblems}}
{{{content}}}
</article>
<nav class="pager" aria-label="Previous and next lesson">
{{#previous}}
<a class="pager-prev" rel="prev" href="{{href}}"><span>Previous</span> {{title}}</a>
{{/previous}}
{{#next}}
<a class="pager-next" rel="next" href="{{href}}"><span>Next</span> {{title}}</a>
{{/next}}
</nav>
</main>
</div>
<footer class="site-footer">
{{#sourcePath}}
<p>Source: <code>{{sourcePath}}</code>{{#download}} · <a class="download-notebook" href="{{download}}" download>Download notebook</a>{{/download}}{{#editURL}} · <a class="edit-page" href="{{editURL}}">Edit this page</a>{{/editURL}}</p>
{{/sourcePath}}
</footer>
<script src="{{assets}}page.js"></script>
{{#math}}
<script src="{{assets}}katex/katex.min.js"></script>
<script>{{{mathScript}}}</script>
{{/math}}
</body>
</html>

"""#
}

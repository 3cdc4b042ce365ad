// Keep identical to site/theme/index.mustache: ThemeTests.testDefaultsMatchMirroredFiles checks it.
extension DefaultTheme {
    /// The default index template (mirrored in site/theme/index.mustache).
    static let indexTemplate = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{siteTitle}}</title>
{{#hasDescription}}
<meta name="description" content="{{description}}">
{{/hasDescription}}
<link rel="stylesheet" href="assets/style.css">
<script>try { var t = localStorage.getItem("nbrun-theme"); if (t) document.documentElement.dataset.theme = t; } catch (e) {}</script>
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
<a class="site-title" href="index.html">{{siteTitle}}</a>
<button type="button" class="theme-toggle" aria-pressed="false" hidden>Dark mode</button>
</header>
<main id="content" class="index">
<h1>{{siteTitle}}</h1>
{{#hasDescription}}
<p class="site-description">{{description}}</p>
{{/hasDescription}}
<ol class="lessons">
{{#pages}}
<li>
<a href="{{href}}">{{title}}</a>
{{#hasDescription}}
<p>{{description}}</p>
{{/hasDescription}}
</li>
{{/pages}}
</ol>
</main>
<script src="assets/page.js"></script>
</body>
</html>

"""#
}

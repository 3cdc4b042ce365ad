import Foundation

/// The templates and stylesheet pages are made with: the built-in defaults, each replaceable by the
/// author's file of the same name in a theme directory (`site/theme/page.mustache`, `index.mustache`,
/// `style.css`, `page.js`, `search.js`).
public struct Theme: Equatable, Sendable {
    public var pageTemplate: String
    public var indexTemplate: String
    public var stylesheet: String
    /// Copied to `assets/page.js`: the theme toggle, copy buttons, folding contents, the search shortcut.
    public var script: String
    /// Copied to `assets/search.js` when the site has search; page.js loads it on first use.
    public var searchScript: String

    public init(pageTemplate: String, indexTemplate: String, stylesheet: String, script: String? = nil,
                searchScript: String? = nil) {
        self.pageTemplate = pageTemplate
        self.indexTemplate = indexTemplate
        self.stylesheet = stylesheet
        self.script = script ?? DefaultTheme.script
        self.searchScript = searchScript ?? DefaultTheme.searchScript
    }

    /// The built-in theme (mirrored as files under `site/theme/` in the repository).
    public static let `default` = Theme(pageTemplate: DefaultTheme.pageTemplate, indexTemplate: DefaultTheme.indexTemplate,
                                        stylesheet: DefaultTheme.stylesheet, script: DefaultTheme.script,
                                        searchScript: DefaultTheme.searchScript)

    /// File names an author can override, in a theme directory.
    public static let pageFileName = "page.mustache"
    public static let indexFileName = "index.mustache"
    public static let stylesheetFileName = "style.css"
    public static let scriptFileName = "page.js"
    public static let searchScriptFileName = "search.js"

    /// The default theme with every file present in `directory` taking precedence.
    /// A missing directory (or `nil`) gives the defaults; an unreadable file is an error.
    public static func load(directory: URL?) throws -> Theme {
        var theme = Theme.default
        guard let directory else { return theme }
        func read(_ name: String) throws -> String? {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            do {
                return try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw RenderError.io(path: url.path, message: "cannot read theme file: \(error.localizedDescription)")
            }
        }
        if let text = try read(pageFileName) { theme.pageTemplate = text }
        if let text = try read(indexFileName) { theme.indexTemplate = text }
        if let text = try read(stylesheetFileName) { theme.stylesheet = text }
        if let text = try read(scriptFileName) { theme.script = text }
        if let text = try read(searchScriptFileName) { theme.searchScript = text }
        return theme
    }
}

/// Namespace of the built-in theme texts (one file each).
enum DefaultTheme {
    /// Renders `.math` elements with KaTeX when it loaded; without it the TeX source stays visible.
    static let mathScript = """
    (function () {
      if (!window.katex) return;
      var nodes = document.querySelectorAll(".math.inline, .math.display");
      for (var i = 0; i < nodes.length; i++) {
        var el = nodes[i];
        try {
          katex.render(el.textContent, el, { displayMode: el.classList.contains("display"), throwOnError: false });
        } catch (e) {
          el.classList.add("math-error");
        }
      }
    })();
    """
}

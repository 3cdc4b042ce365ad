/// Validated site-relative paths, and relative links between them.
public enum SitePath {
    /// Checks a page path: relative, `/`-separated, no `.`/`..`/empty segments, not hidden, not under
    /// `assets/` or `theme/` (those belong to the site), ending in `.html` (or `ending`: a
    /// notebook published beside its page ends in `.md`).
    public static func validate(_ path: String, ending: String = ".html") throws {
        func fail(_ why: String) -> RenderError { .invalidPath(path, why) }
        guard !path.isEmpty else { throw fail("it is empty") }
        guard !path.hasPrefix("/") else { throw fail("it must be relative to the site root") }
        guard !path.contains("\\") else { throw fail("use / as separator") }
        guard path.hasSuffix(ending) else { throw fail("it must end in \(ending)") }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for segment in segments {
            if segment.isEmpty || segment == "." || segment == ".." { throw fail("it has an empty, . or .. segment") }
            if segment.hasPrefix(".") { throw fail("hidden names are reserved") }
        }
        if let first = segments.first, segments.count > 1, first == "assets" || first == "theme" {
            throw fail("assets/ and theme/ are reserved")
        }
    }

    /// `../` repeated once per directory of `path` (empty for top-level pages).
    public static func rootPrefix(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// A link from the page at `from` to the page at `to`, both site-relative.
    public static func link(from: String, to: String) -> String {
        rootPrefix(of: from) + to
    }
}

/// Why rendering or building failed.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case invalidPath(String, String)
    case template(name: String, message: String)
    case duplicatePath(String)
    case io(path: String, message: String)
    case missingAssets(String)

    public var description: String {
        switch self {
        case .invalidPath(let path, let why): return "invalid page path \"\(path)\": \(why)"
        case .template(let name, let message): return "theme template \(name): \(message)"
        case .duplicatePath(let path): return "two pages would be written to \(path)"
        case .io(let path, let message): return "\(path): \(message)"
        case .missingAssets(let message): return message
        }
    }
}

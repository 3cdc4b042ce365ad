/// Course-wide settings for the index page and every page's header.
public struct SiteConfig: Equatable, Sendable {
    public var title: String
    public var description: String
    public var language: String
    public init(title: String, description: String = "", language: String = "en") {
        self.title = title
        self.description = description
        self.language = language
    }
}

/// What a site build did.
public struct SiteReport: Equatable, Sendable {
    /// Site-relative paths written, sorted.
    public var written: [String]
    /// Files of the previous build that are no longer produced, removed.
    public var removed: [String]
    /// Whether KaTeX was copied (math renders) or not (math shows as TeX).
    public var mathAvailable: Bool
    public var warnings: [String]
}

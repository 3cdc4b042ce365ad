import Mustache

/// Renders the course index: title, description, lessons in order with their descriptions.
struct IndexRenderer {
    let template: MustacheTemplate

    init(theme: Theme) throws {
        template = try PageRenderer.compile(theme.indexTemplate, name: Theme.indexFileName)
    }

    func render(config: SiteConfig, pages: [PageInput]) -> String {
        let context: [String: Any] = [
            "lang": config.language,
            "siteTitle": config.title,
            "description": config.description,
            "hasDescription": !config.description.isEmpty,
            "pages": pages.enumerated().map { i, page -> [String: Any] in
                ["title": page.title, "description": page.description, "hasDescription": !page.description.isEmpty,
                 "href": page.path, "number": i + 1]
            },
        ]
        return template.render(context)
    }
}

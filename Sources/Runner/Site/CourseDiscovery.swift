import Foundation
import NotebookModel

/// Finds a course's notebooks and its title, in lesson order.
enum CourseDiscovery {
    /// `course.yml` beside the notebooks may give the site's title and description.
    struct Course {
        var title: String
        var description: String?
        var notebookPaths: [String]
        /// `editURL: https://example.org/edit/{path}`: each page links to its notebook's edit page.
        var editURL: String? = nil

        /// The edit link of a notebook: `{path}` is its path as nbrun read it (`notebooks/01-x.md`),
        /// `{name}` its file name.
        func editLink(for notebookPath: String) -> String? {
            guard let template = editURL, !template.isEmpty else { return nil }
            var path = notebookPath
            while path.hasPrefix("./") { path.removeFirst(2) }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return template.replacingOccurrences(of: "{path}", with: path).replacingOccurrences(of: "{name}", with: name)
        }
    }

    /// Every `*.md` in the folder except README.md, in file-name order (front matter `order` re-sorts later).
    static func discover(_ directory: String) throws -> Course {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw IOError(message: "\(directory): cannot read the notebooks folder")
        }
        let notebooks = names.filter { $0.hasSuffix(".md") && $0 != "README.md" && !$0.hasPrefix(".") }.sorted()
        var title = "Course"
        var description: String? = nil
        var editURL: String? = nil
        let configPath = "\(directory)/course.yml"
        if FileManager.default.fileExists(atPath: configPath) {
            let text = try FileOutput.read(configPath)
            let matter = try NotebookParser.parse(text: "---\n\(text)\n---\n", path: configPath).frontMatter
            title = matter.title ?? title
            description = matter.description
            editURL = matter.extra.first { $0.key == "editURL" }?.value
        }
        return Course(title: title, description: description, notebookPaths: notebooks.map { "\(directory)/\($0)" },
                      editURL: editURL)
    }

    /// Lessons with an `order` come first by that order, then the rest by file name.
    static func lessonOrder(_ lhs: Notebook, _ rhs: Notebook) -> Bool {
        switch (lhs.frontMatter.order, rhs.frontMatter.order) {
        case let (l?, r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.path < rhs.path
        }
    }
}

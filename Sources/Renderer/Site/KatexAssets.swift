import Foundation

/// Finds the KaTeX files to copy into `assets/katex/` (Debian's libjs-katex by default).
struct KatexAssets {
    /// Site-relative destination → source file.
    var files: [(path: String, source: URL)]

    static let defaultDirectory = URL(fileURLWithPath: "/usr/share/javascript/katex", isDirectory: true)

    /// Nil when `katex.min.js` or `katex.min.css` is missing; fonts (woff2 only) are optional (math
    /// still renders with fallback fonts).
    static func find(in directory: URL) -> KatexAssets? {
        let fm = FileManager.default
        var files: [(String, URL)] = []
        for name in ["katex.min.css", "katex.min.js"] {
            let url = directory.appendingPathComponent(name)
            guard fm.isReadableFile(atPath: url.path) else { return nil }
            files.append(("assets/katex/" + name, url))
        }
        let fonts = directory.appendingPathComponent("fonts", isDirectory: true)
        if let names = try? fm.contentsOfDirectory(atPath: fonts.path) {
            // katex.min.css lists woff2 first and every current browser takes it: the .woff and .ttf
            // copies (816 KB) would be shipped and never requested.
            for name in names.sorted() where name.hasSuffix(".woff2") {
                files.append(("assets/katex/fonts/" + name, fonts.appendingPathComponent(name)))
            }
        }
        return KatexAssets(files: files)
    }
}

import Foundation

/// The JSON file `nbrun grade --json` writes and `nbrun grade merge` reads:
/// `{"format": "nbrun-grades/1", "key": "...", "submissions": [SubmissionReport...]}`,
/// always wrapped, even for one submission, so shards merge by concatenation.
public struct GradeDocument: Codable, Equatable, Sendable {
    public static let currentFormat = "nbrun-grades/1"

    public var format: String
    /// The key's path as given to `--key`.
    public var key: String
    /// Sorted by submission path (byte order) for deterministic output.
    public var submissions: [SubmissionReport]

    /// The document for a key's reports; sorts them by submission path.
    public init(key: String, submissions: [SubmissionReport]) {
        format = Self.currentFormat
        self.key = key
        self.submissions = ReportMerge.sortedBySubmission(submissions)
    }

    /// Pretty, key-sorted JSON ending in a newline.
    public func jsonText() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }  // plain data: encoding cannot fail
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a document written by `jsonText()`; `path` names the file in errors.
    public static func read(json text: String, path: String) throws -> GradeDocument {
        let document: GradeDocument
        do {
            document = try JSONDecoder().decode(GradeDocument.self, from: Data(text.utf8))
        } catch {
            throw GradeReportError(message: "\(path): not an nbrun grade report: \(error)")
        }
        guard document.format == currentFormat else {
            throw GradeReportError(message: "\(path): report format '\(document.format)', expected '\(currentFormat)'")
        }
        return document
    }
}

/// A report that cannot be read or merged.
public struct GradeReportError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

import SwiftDiagnostics
import SwiftIfConfig
import SwiftParser
import SwiftSyntax

/// `#if` blocks: the cell's text with every inactive clause and every directive blanked out, so
/// the rest of the interpreter sees only the active code — at its original lines and columns.
///
/// Why blank instead of rewriting the tree: swift-syntax's `removingInactive` builds a new tree
/// whose positions no longer match the notebook, and every error names a notebook line.
enum ConditionalCompilation {
    /// A condition that cannot be evaluated (`#if os(Linux) && f(1)`), at its position.
    struct Failure: Error {
        var message: String
        var position: AbsolutePosition
    }

    /// The text to compile instead of `text`, or nil when it has no `#if` (the common case).
    static func activeSource(_ text: String, tree: SourceFileSyntax) throws(Failure) -> String? {
        guard text.contains("#if") else { return nil }
        let blanker = Blanker(viewMode: .sourceAccurate)
        blanker.walk(tree)
        if let failure = blanker.failure { throw failure }
        guard !blanker.ranges.isEmpty else { return nil }
        var bytes = Array(text.utf8)
        for range in blanker.ranges {
            for i in range where bytes[i] != UInt8(ascii: "\n") && bytes[i] != UInt8(ascii: "\r") {
                bytes[i] = UInt8(ascii: " ")
            }
        }
        // Whole multi-byte characters sit inside a blanked range or outside it: still UTF-8.
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses a cell as the interpreter sees it: `#if` resolved when the text has one and parses
    /// cleanly (a syntax error is reported on the text as written).
    static func parse(_ text: String) -> SourceFileSyntax {
        let tree = Parser.parse(source: text)
        guard !tree.hasError, let active = try? activeSource(text, tree: tree) else { return tree }
        return Parser.parse(source: active)
    }

    /// Collects the byte ranges to blank: each directive with its condition, each inactive
    /// clause whole; walks into active clauses for the `#if` blocks nested there.
    private final class Blanker: SyntaxVisitor {
        var ranges: [Range<Int>] = []
        var failure: Failure?

        override func visit(_ node: IfConfigDeclSyntax) -> SyntaxVisitorContinueKind {
            let (active, diagnostics) = node.activeClause(in: NotebookBuildConfiguration())
            if failure == nil, let error = diagnostics.first(where: { $0.diagMessage.severity == .error }) {
                failure = Failure(message: error.message, position: error.position)
            }
            for clause in node.clauses {
                if clause == active {
                    let end = clause.condition?.endPosition ?? clause.poundKeyword.endPosition
                    ranges.append(clause.poundKeyword.positionAfterSkippingLeadingTrivia.utf8Offset..<end.utf8Offset)
                    if let elements = clause.elements { walk(elements) }
                } else {
                    ranges.append(clause.poundKeyword.positionAfterSkippingLeadingTrivia.utf8Offset..<clause.endPosition.utf8Offset)
                }
            }
            ranges.append(node.poundEndif.positionAfterSkippingLeadingTrivia.utf8Offset..<node.poundEndif.endPositionBeforeTrailingTrivia.utf8Offset)
            return .skipChildren
        }
    }
}

/// What `#if` sees in a notebook: the conditions `swiftc main.swift` on this machine answers
/// (Swift 5 language mode, compiler 6.3, Linux), except that `canImport` answers what a
/// notebook cell may import.
struct NotebookBuildConfiguration: BuildConfiguration {
    func isCustomConditionSet(name: String) -> Bool { false }
    func hasFeature(name: String) -> Bool { false }
    func hasAttribute(name: String) -> Bool { Self.attributes.contains(name) }
    func canImport(importPath: [(TokenSyntax, String)], version: CanImportVersion) -> Bool {
        importPath.count == 1 && ["Foundation", "Glibc", "Swift"].contains(importPath[0].1)
    }
    func isActiveTargetOS(name: String) -> Bool { name == "Linux" }
    func isActiveTargetArchitecture(name: String) -> Bool {
        #if arch(arm64)
        return name == "arm64"
        #else
        return name == "x86_64"
        #endif
    }
    func isActiveTargetEnvironment(name: String) -> Bool { false }
    func isActiveTargetRuntime(name: String) -> Bool { name == "_Native" || name == "_multithreaded" }
    func isActiveTargetPointerAuthentication(name: String) -> Bool { false }
    func isActiveTargetObjectFormat(name: String) -> Bool { name == "ELF" }
    var targetPointerBitWidth: Int { 64 }
    var targetAtomicBitWidths: [Int] { [8, 16, 32, 64, 128] }
    var endianness: Endianness { .little }
    var languageVersion: VersionTuple { VersionTuple(5, 10) }
    var compilerVersion: VersionTuple { VersionTuple(6, 3, 1) }

    /// Attributes a cell may write (`#if hasAttribute(…)`).
    static let attributes: Set<String> = [
        "discardableResult", "inlinable", "inline", "usableFromInline", "frozen", "available",
        "propertyWrapper", "resultBuilder", "dynamicMemberLookup", "dynamicCallable", "escaping",
        "autoclosure", "main", "testable", "unknown", "warn_unqualified_access", "MainActor", "Sendable",
    ]
}

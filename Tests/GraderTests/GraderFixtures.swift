import Foundation
import Grader
import Interpreter

/// Fixture paths and the test session factory shared by the grader tests.
enum GraderFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var keyPath: String { directory.appendingPathComponent("key.md").path }
    static var submissionsDirectory: URL { directory.appendingPathComponent("submissions") }

    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static func key() throws -> GradingKey {
        try GradingKey(text: text(URL(fileURLWithPath: keyPath)), path: "key.md")
    }

    /// Small limits so the adversarial suite stays fast: loops stop at 5M steps or 1 s.
    static let limits = Limits(steps: 5_000_000, seconds: 1, recursionDepth: 200, memoryBytes: 64 << 20)

    /// A session with a stand-in engine type `Sequential`, as the engine bindings would register.
    @Sendable static func makeSession() -> Session {
        let session = Session(limits: limits, seed: 1)
        let sequential = session.host.defineType("Sequential")
        sequential.initializer([]) { _ in .host(HostObject(type: sequential, payload: 0)) }
        return session
    }

    static func grader() throws -> Grader {
        try Grader(key: key(), limits: limits, submissionSeconds: 30, makeSession: makeSession)
    }

    /// The adversarial submissions, sorted by name.
    static func submissions() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: submissionsDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

import Foundation

/// Golden-file comparison: `NBRUN_RECORD=1` (re)writes expected files; otherwise a mismatch returns
/// a message naming the first differing line, with context, and where the actual text was saved.
public enum Snapshot {
    /// True when the environment asks to re-record snapshots.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["NBRUN_RECORD"] == "1" }

    /// The `Snapshots` folder next to the test file calling this (pass `#filePath`).
    public static func directory(besides testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots", isDirectory: true)
    }

    /// Nil when `actual` equals the stored snapshot (or was just recorded); otherwise why not.
    public static func check(_ actual: String, named name: String, in directory: URL) -> String? {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                return nil
            } catch {
                return "could not record snapshot \(url.path): \(error)"
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing snapshot \(url.path); run the tests with NBRUN_RECORD=1 to record it"
        }
        if expected == actual { return nil }
        let saved = saveActual(actual, name: name)
        return "snapshot \(name) differs: " + firstDifference(expected: expected, actual: actual)
            + "\nactual output saved to \(saved); re-record with NBRUN_RECORD=1 if the change is intended"
    }

    /// Describes the first differing line with two lines of context.
    public static func firstDifference(expected: String, actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var i = 0
        while i < e.count, i < a.count, e[i] == a[i] { i += 1 }
        var s = "line \(i + 1) (expected \(e.count) lines, got \(a.count))\n"
        for j in max(0, i - 2)..<i { s += "    \(clip(e[j]))\n" }
        s += "  - " + (i < e.count ? clip(e[i]) : "<end of file>") + "\n"
        s += "  + " + (i < a.count ? clip(a[i]) : "<end of file>")
        return s
    }

    static func clip(_ line: String) -> String {
        line.count > 300 ? String(line.prefix(300)) + "…" : line
    }

    static func saveActual(_ actual: String, name: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-snapshots", isDirectory: true)
        let url = dir.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        return url.path
    }
}

import Foundation

/// One test script of `Scripts/<area>/*.swift`: its source and the expectations in its comments.
struct BindingScript {
    /// An expectation and the 1-based script line it was written on (for failure messages).
    struct Expect<T> {
        var value: T
        var line: Int
    }

    /// Path shown in failures and diagnostics, e.g. `Scripts/tensors/indexing.swift`.
    var name: String
    var source: String
    var seed: UInt64 = 1
    /// `// expect: TEXT` — the printed lines, in order.
    var printed: [Expect<String>] = []
    /// `// expect output: HEADER` with the `// expect output line: TEXT` lines that follow it.
    var outputs: [Expect<(header: String, body: [Expect<String>])>] = []
    /// `// expect error: TEXT`.
    var error: Expect<String>?
    /// `// expect error line: N`.
    var errorLine: Expect<Int>?
    /// `// expect error kind: KIND` (`limit`, `host`, `runtime`…).
    var errorKind: Expect<String>?
    /// `// timeout: SECONDS` — the cell's time limit (default 30 s).
    var timeout: Double = 30
    /// `// memory: BYTES` — the cell's memory budget (default: `Limits()`'s).
    var memory: Int?
    /// `// files: memory` — cells keep the files they write in memory (as when grading) instead of
    /// writing them to a fresh `notebook/files/` folder (as in a site).
    var filesInMemory = false
    /// `// expect seeded`: rerun with the same seed (identical outputs) and another (different ones).
    var seeded: Expect<Void>?
    /// Directive-looking comments that are not directives (typos must not silently pass).
    var unknown: [Expect<String>] = []

    init(name: String, source: String) {
        self.name = name
        self.source = source
        for (index, raw) in source.components(separatedBy: "\n").enumerated() {
            parse(raw, line: index + 1)
        }
    }

    private mutating func parse(_ raw: String, line: Int) {
        guard let marker = raw.range(of: "// expect") ?? raw.range(of: "// seed:") ?? raw.range(of: "// timeout:") ?? raw.range(of: "// memory:")
            ?? raw.range(of: "// files:") else { return }
        let directive = String(raw[marker.lowerBound...]).dropFirst(3)
        func rest(after prefix: String) -> String? {
            guard directive.hasPrefix(prefix) else { return nil }
            let text = directive.dropFirst(prefix.count)
            return String(text.hasPrefix(" ") ? text.dropFirst() : text)
        }
        if let text = rest(after: "expect:") {
            printed.append(Expect(value: text, line: line))
        } else if let text = rest(after: "expect output line:") {
            guard !outputs.isEmpty else { return unknown.append(Expect(value: "output line before any output", line: line)) }
            outputs[outputs.count - 1].value.body.append(Expect(value: text, line: line))
        } else if let text = rest(after: "expect output:") {
            outputs.append(Expect(value: (text, []), line: line))
        } else if let text = rest(after: "expect error kind:"), !text.isEmpty {
            errorKind = Expect(value: text.trimmingCharacters(in: .whitespaces), line: line)
        } else if let text = rest(after: "expect error line:") {
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)) else { return unknown.append(Expect(value: String(directive), line: line)) }
            errorLine = Expect(value: n, line: line)
        } else if let text = rest(after: "expect error:"), !text.isEmpty {
            error = Expect(value: text, line: line)
        } else if directive.trimmingCharacters(in: .whitespaces) == "expect seeded" {
            seeded = Expect(value: (), line: line)
        } else if let text = rest(after: "seed:"), let n = UInt64(text.trimmingCharacters(in: .whitespaces)) {
            seed = n
        } else if let text = rest(after: "timeout:"), let s = Double(text.trimmingCharacters(in: .whitespaces)), s > 0 {
            timeout = s
        } else if let text = rest(after: "files:"), text.trimmingCharacters(in: .whitespaces) == "memory" {
            filesInMemory = true
        } else if let text = rest(after: "memory:"), let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 {
            memory = n
        } else {
            unknown.append(Expect(value: String(directive), line: line))
        }
    }
}

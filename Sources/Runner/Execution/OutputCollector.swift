import EngineBindings
import Interpreter
import NotebookModel

/// What one cell may put on its page. Past a cap the collector keeps counting but stops keeping,
/// and the page says what was cut: a runaway `print` loop costs neither the page nor the run.
struct OutputCaps {
    /// Printed text kept per cell.
    var textBytes = 1 << 20
    /// Figures kept per cell.
    var figures = 50
    /// Any other rich output (tables, summaries, logs, displayed values) kept per cell.
    var otherOutputs = 200
    /// Text of one displayed value.
    var valueBytes = 256 << 10
}

/// Gathers one cell's outputs in order: printed text, displayed values and rich outputs.
final class OutputCollector: InterpreterOutput {
    private var outputs: [CellOutput] = []
    private unowned let session: Session
    let caps: OutputCaps
    /// The printed text since the last rich output, appended in place (prints are many and short).
    private var pendingText = ""
    private var keptTextBytes = 0
    private var textFull = false
    private var cutTextBytes = 0
    private var cutLines = 0
    private var keptFigures = 0
    private var cutFigures = 0
    private var keptOther = 0
    private var cutOther = 0

    init(session: Session, caps: OutputCaps = OutputCaps()) {
        self.session = session
        self.caps = caps
    }

    /// Starts a new cell.
    func begin() {
        outputs = []
        pendingText = ""
        (keptTextBytes, cutTextBytes, cutLines, textFull) = (0, 0, 0, false)
        (keptFigures, cutFigures, keptOther, cutOther) = (0, 0, 0, 0)
    }

    /// The cell's outputs so far, consecutive prints merged as a terminal shows them, and a
    /// notice of anything the caps cut.
    func finish() -> [CellOutput] {
        flushText()
        var notes: [String] = []
        if cutTextBytes > 0 {
            notes.append("the cell printed \(ByteCount.text(keptTextBytes + cutTextBytes)); the page keeps the first \(ByteCount.text(keptTextBytes)) and cuts the remaining \(Self.count(cutLines, "line")) (\(ByteCount.text(cutTextBytes)))")
        }
        if cutFigures > 0 { notes.append("\(Self.count(cutFigures, "figure")) not shown: a cell keeps at most \(caps.figures)") }
        if cutOther > 0 { notes.append("\(Self.count(cutOther, "output")) not shown: a cell keeps at most \(caps.otherOutputs) tables, summaries, logs and values") }
        return notes.isEmpty ? outputs : outputs + [.notice("Output cut — " + notes.joined(separator: "; ") + ".")]
    }

    func write(_ text: String) {
        let bytes = text.utf8.count
        let room = textFull ? 0 : caps.textBytes - keptTextBytes
        if bytes <= room {
            pendingText += text
            keptTextBytes += bytes
            return
        }
        if room <= 0 {
            cutTextBytes += bytes
            cutLines += Self.newlines(in: text)
            return
        }
        // Keep whole lines up to the cap; only a first line longer than the cap is cut inside.
        var kept = Self.prefix(text, bytes: room)
        if let newline = kept.lastIndex(of: "\n") {
            kept = kept[...newline]
        } else if keptTextBytes > 0 {
            kept = kept[kept.startIndex..<kept.startIndex]
        }
        let keptBytes = kept.utf8.count
        pendingText += kept
        keptTextBytes += keptBytes
        textFull = true
        cutTextBytes += bytes - keptBytes
        cutLines += Self.newlines(in: String(text[kept.endIndex...]))
    }

    func display(_ value: Value) {
        var output = EngineBindings.displayOutput(for: value, in: session) ?? .value(session.debugDescribe(value))
        if case .value(let text) = output, text.utf8.count > caps.valueBytes {
            output = .value(Self.prefix(text, bytes: caps.valueBytes) + "… (\(ByteCount.text(text.utf8.count)) in all)")
        }
        emit(output)
    }

    /// A rich output from the bindings (figure, summary, training log).
    func emit(_ output: CellOutput) {
        flushText()
        // A file written again keeps its place (and does not count again against the caps).
        if case .file(let file) = output, outputs.contains(where: { if case .file(let f) = $0 { f.name == file.name } else { false } }) {
            outputs.appendOutput(output)
            return
        }
        if case .figure = output {
            guard keptFigures < caps.figures else { cutFigures += 1; return }
            keptFigures += 1
        } else {
            guard keptOther < caps.otherOutputs else { cutOther += 1; return }
            keptOther += 1
        }
        outputs.appendOutput(output)
    }

    private func flushText() {
        guard !pendingText.isEmpty else { return }
        if case .text(let previous)? = outputs.last {
            outputs[outputs.count - 1] = .text(previous + pendingText)
        } else {
            outputs.append(.text(pendingText))
        }
        pendingText = ""
    }

    static func newlines(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte == 10 { count += 1 }
            return count
        }
    }

    /// The longest prefix of at most `bytes` UTF-8 bytes that ends between two scalars.
    static func prefix(_ text: String, bytes: Int) -> Substring {
        let utf8 = text.utf8
        var end = utf8.index(utf8.startIndex, offsetBy: min(bytes, utf8.count))
        // Back off continuation bytes (10xxxxxx) so no scalar is split.
        while end > utf8.startIndex, end < utf8.endIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return text[..<end]
    }

    static func count(_ n: Int, _ noun: String) -> String {
        let digits = String(n)
        var grouped = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return "\(grouped) \(noun)\(n == 1 ? "" : "s")"
    }
}

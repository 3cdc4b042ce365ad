import EngineBindings
import Foundation
import NotebookModel

/// Live progress on standard error: a redrawn status line on a TTY, plain lines otherwise.
final class TerminalProgress: ProgressReporter, @unchecked Sendable {
    private let isTTY: Bool
    private let name: String
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0

    init(notebookName: String, isTTY: Bool = isatty(2) != 0) {
        self.name = notebookName
        self.isTTY = isTTY
    }

    func cellStarted(_ cell: Cell, of count: Int) {
        guard isTTY else { return }
        draw("[\(cell.index + 1)/\(count)] \(name) › \(cell.id) …", final: false)
    }

    func cellFinished(_ cell: Cell, of count: Int, run: CellRun) {
        let status: String
        switch run.status {
        case .ok: status = run.error == nil ? "ok" : "ok (expected error)"
        case .failed: status = "FAILED"
        case .skipped: status = "skipped"
        case .notRun: status = "not run"
        }
        draw("[\(cell.index + 1)/\(count)] \(cell.id) \(status) \(Self.seconds(run.seconds))", final: true)
        if run.status == .failed, let error = run.error {
            FileOutput.standardError(error.rendered.isEmpty ? "\(error.path):\(error.line):\(error.column): error: \(error.message)" : error.rendered)
        }
    }

    func training(_ event: TrainingEvent) {
        switch event.phase {
        case .batch(let batch, let batches):
            guard isTTY else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - lastDraw > 50_000_000 || batch == batches else { return }  // ~20 redraws a second
            lastDraw = now
            draw("Epoch \(event.epoch)/\(event.epochs) \(Self.bar(batch, batches)) \(batch)/\(batches)\(Self.logs(event.logs))", final: false)
        case .epochEnd where event.verbose == 0:
            // Keras prints nothing for verbose 0; a terminal's live bar is wiped, not kept.
            clearLine()
        case .epochEnd:
            draw("Epoch \(event.epoch)/\(event.epochs) - \(Self.seconds(event.elapsedSeconds))\(Self.logs(event.logs))", final: true)
        case .finished:
            break
        }
    }

    private func clearLine() {
        guard isTTY else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    private func draw(_ line: String, final: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if isTTY {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line + (final ? "\n" : "")).utf8))
        } else if final {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    static func bar(_ done: Int, _ total: Int) -> String {
        let width = 20
        let filled = total > 0 ? min(width, done * width / total) : width
        return String(repeating: "━", count: filled) + String(repeating: "─", count: width - filled)
    }

    static func logs(_ logs: [(name: String, value: Double)]) -> String {
        logs.map { " - \($0.name): \(String(format: "%.4f", $0.value))" }.joined()
    }

    static func seconds(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded()))ms" : String(format: "%.1fs", seconds)
    }
}

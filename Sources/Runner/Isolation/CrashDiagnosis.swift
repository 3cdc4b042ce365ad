import Foundation
import NotebookModel

#if canImport(Glibc)
import Glibc
#endif

/// Why a worker process died, in words a student or author can act on.
struct CrashDiagnosis: Equatable {
    /// `limit` when a limit stopped it (time, CPU, memory, file size), else `crashed`.
    var isLimit: Bool
    var message: String

    /// Reads the exit, the watchdog's verdict and the last lines the child printed.
    init(_ outcome: WorkerLaunch.Outcome, cellSeconds: Double?, limits: ProcessLimits) {
        let fatal = Self.fatalLine(in: outcome.outputTail)
        if outcome.killedByWatchdog {
            isLimit = true
            if let cellSeconds {
                message = "the cell was stopped: it ran past its \(Self.seconds(cellSeconds)) s time limit and did not stop by itself, so its process was ended"
            } else {
                message = "the run was stopped: its process stopped answering and was ended"
            }
            return
        }
        if let bytes = Self.requestedBytes(in: outcome.outputTail) {
            isLimit = true
            message = "the cell was stopped: it tried to allocate \(ByteCount.text(bytes)); the process's memory limit is \(ByteCount.text(limits.dataBytes))"
            return
        }
        switch outcome.exit {
        case .signaled(let signal) where signal == SIGXCPU:
            isLimit = true
            message = "the cell was stopped: its process used up its \(limits.cpuSeconds) s CPU-time limit"
        case .signaled(let signal) where signal == SIGXFSZ:
            isLimit = true
            message = "the cell was stopped: it wrote a file larger than the \(ByteCount.text(limits.fileSizeBytes)) limit"
        case .signaled(let signal):
            isLimit = false
            message = "the cell crashed its process (\(ChildProcess.Exit.signalName(signal)))" + (fatal.map { ": \($0)" } ?? "")
        case .exited(let code):
            isLimit = false
            message = "the cell ended its process (exit status \(code))" + (fatal.map { ": \($0)" } ?? "")
        }
    }

    /// The error a page or report shows at the cell that died.
    func cellError(path: String, line: Int) -> CellError {
        let kind: CellError.Kind = isLimit ? .limit : .crashed
        return CellError(kind: kind, message: message, path: path, line: line, column: 1,
                         rendered: "\(path):\(line):1: error: \(message)")
    }

    /// The runtime's last `Fatal error: …` line, without its source-file prefix.
    static func fatalLine(in output: String) -> String? {
        for line in output.split(separator: "\n").reversed() {
            if let range = line.range(of: "Fatal error: ") {
                return String(line[range.lowerBound...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// The size of a failed allocation the Swift runtime reported ("failed to allocate N bytes").
    static func requestedBytes(in output: String) -> Int? {
        guard let range = output.range(of: "failed to allocate ", options: .backwards) else { return nil }
        let digits = output[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e15 ? String(Int(s)) : String(s)
    }
}

/// Byte counts in 1024-based units, as people read them: `149 GiB`, `2 GiB`, `512 MiB`.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = value >= 10 ? String(Int(value.rounded())) : String(format: "%.1f", value)
        return "\(rounded) \(units[unit])"
    }
}

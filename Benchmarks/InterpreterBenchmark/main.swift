// Interpreter benchmark: runs Benchmarks/InterpreterBenchmark/programs/*.swift through a Session
// and their *.py twins through python3 (best of 3 each), then prints a table and the geometric
// mean of the time ratios. `InterpreterBenchmark run FILE.swift` just runs one file (debugging).
import Foundation
import Interpreter

/// Collects printed text (so timing excludes the terminal).
final class Sink: InterpreterOutput {
    var text = ""
    func write(_ s: String) { text += s }
    func display(_ value: Value) {}
}

func runInterpreter(_ path: String, echo: Bool) -> (Double, String, Bool) {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    let session = Session(limits: Limits(steps: Int.max / 2, seconds: 600), seed: 0)
    let sink = Sink()
    session.output = sink
    let start = Date()
    let result = session.run(CellSource(text: text, path: path, firstLine: 1))
    let elapsed = Date().timeIntervalSince(start)
    var ok = true
    if case .failure(let e) = result {
        ok = false
        if echo { FileHandle.standardError.write((e.rendered + "\n").data(using: .utf8)!) }
    }
    return (elapsed, sink.text, ok)
}

/// Runs a python twin once: its time (process start included) and what it printed.
func runPython(_ path: String) -> (Double, String)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", path]
    let pipe = Pipe()
    p.standardOutput = pipe
    let start = Date()
    do { try p.run() } catch { return nil }
    // The twins print one line, so reading to the end before waiting cannot fill the pipe.
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let elapsed = Date().timeIntervalSince(start)
    return p.terminationStatus == 0 ? (elapsed, String(decoding: data, as: UTF8.self)) : nil
}

let args = CommandLine.arguments
if args.count >= 3, args[1] == "run" {
    let (t, out, ok) = runInterpreter(args[2], echo: true)
    print(out, terminator: "")
    FileHandle.standardError.write(String(format: "[%.3f s]\n", t).data(using: .utf8)!)
    exit(ok ? 0 : 1)
}

let dir = args.count >= 2 ? args[1] : "Benchmarks/InterpreterBenchmark/programs"
let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
if files.isEmpty { print("no programs in \(dir)"); exit(1) }
print("program".padding(toLength: 28, withPad: " ", startingAt: 0) + "   nbrun s   CPython s   ratio")
var logSum = 0.0, n = 0
for f in files {
    let path = dir + "/" + f
    var best = Double.infinity
    var ok = true
    var printed = ""
    for _ in 0..<3 {
        let (t, out, good) = runInterpreter(path, echo: !good(ok))
        ok = ok && good
        best = min(best, t)
        printed = out
    }
    let py = path.replacingOccurrences(of: ".swift", with: ".py")
    var pyBest = Double.infinity
    var same = true
    if FileManager.default.fileExists(atPath: py) {
        for _ in 0..<3 {
            guard let (t, out) = runPython(py) else { continue }
            pyBest = min(pyBest, t)
            same = same && out == printed
        }
    }
    if ok && !same {
        // A timing of a program that computes something else than its twin means nothing.
        ok = false
        FileHandle.standardError.write("\(f): output differs from its python twin: \(printed)".data(using: .utf8)!)
    }
    let name = f.padding(toLength: 28, withPad: " ", startingAt: 0)
    if pyBest.isFinite && ok {
        let ratio = best / pyBest
        logSum += log(ratio)
        n += 1
        print(name + String(format: " %9.3f %11.3f %7.2f", best, pyBest, ratio))
    } else {
        let pyText = pyBest.isFinite ? String(format: "%.3f", pyBest) : "-"
        print(name + String(format: " %9.3f ", best) + pad(pyText, 11) + " " + pad(ok ? "-" : "FAILED", 7))
    }
}
if n > 0 { print(String(format: "geometric mean ratio (nbrun / CPython): %.2f over %d programs", exp(logSum / Double(n)), n)) }

func good(_ b: Bool) -> Bool { b }

/// Right-aligns text in a column (String(format:) has no portable `%s` for Swift strings).
func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }

import Engine
import Foundation

extension FuzzHarness {
    /// The one folder fuzzed cells may read: a fresh temp folder with a few tiny data files the
    /// course's and tests' cells load by name, so seeds get past their first line.
    final class Sandbox: @unchecked Sendable {
        static let shared = Sandbox()

        let directory: String
        /// Where notebooks pretend to live (never written: the text comes from the fuzzer).
        var notebookPath: String { directory + "/fuzz.md" }

        private init() {
            let base = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
                .appendingPathComponent("nbrun-fuzz-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
            directory = base.standardizedFileURL.path
            try? FileManager.default.createDirectory(atPath: directory + "/datasets", withIntermediateDirectories: true)
            write("a,b\n1,2\n3,4\n", to: "numbers.csv")
            write("height,weight\n69.8,28.5441\n71.5,30.5549\n60.0,20.1\n75.0,33.0\n", to: "datasets/height-weight.csv")
            write("text,label\ngood film,1\nbad film,0\n", to: "datasets/sentiment.csv")
            write("first line\nsecond line\n", to: "lines.txt")
            let small = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
            try? NPY.write(small, to: directory + "/x.npy")
            try? NPZ.write(["kernel": small, "bias": Tensor(shape: [3], scalars: [0, 0, 0])], to: directory + "/weights.npz")
            // An IDX labels file: magic 0x00000801, 4 items.
            _ = FileManager.default.createFile(atPath: directory + "/labels.idx", contents: Data([0, 0, 8, 1, 0, 0, 0, 4, 1, 2, 3, 4]))
        }

        /// The scratch file a data-file input is written to (one per format, overwritten each time).
        func dataPath(for kind: DataKind) -> String {
            directory + "/input." + kind.rawValue
        }

        private func write(_ text: String, to name: String) {
            _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(text.utf8))
        }
    }
}

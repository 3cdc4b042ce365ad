import Foundation
import Runner

/// Which harness an input goes to: `NBRUN_FUZZ_MODE` = notebook (default), npy, npz, csv or idx.
enum FuzzMode {
    case notebook
    case data(FuzzHarness.DataKind)

    init?(_ name: String) {
        if name == "notebook" {
            self = .notebook
        } else if let kind = FuzzHarness.DataKind(rawValue: name) {
            self = .data(kind)
        } else {
            return nil
        }
    }

    static let fromEnvironment = FuzzMode(ProcessInfo.processInfo.environment["NBRUN_FUZZ_MODE"] ?? "notebook")

    func run(_ bytes: [UInt8]) {
        switch self {
        case .notebook: FuzzHarness.runNotebook(bytes)
        case .data(let kind): FuzzHarness.runDataFile(bytes, kind: kind)
        }
    }
}

#if FUZZING
// Built by scripts/fuzz with -sanitize=fuzzer,address -DFUZZING: libFuzzer drives the process.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzMode.fromEnvironment?.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

// SwiftPM links executables with `main` aliased to `<module>_main`; with no Swift entry point
// this is that symbol, and it hands control to libFuzzer's driver instead of libFuzzer's `main`.
@_cdecl("nbrun_fuzz_main")
public func nbrunFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    guard FuzzMode.fromEnvironment != nil else {
        FileHandle.standardError.write(Data("NBRUN_FUZZ_MODE must be notebook, npy, npz, csv or idx\n".utf8))
        return 2
    }
    var count = argc
    var arguments = argv
    return llvmFuzzerRunDriver(&count, &arguments, fuzzTestOneInput)
}
#else
/// The plain build: `nbrun-fuzz MODE FILE...` replays inputs through the harness (no libFuzzer).
@main
struct FuzzReplay {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let mode = FuzzMode(name) else {
            FileHandle.standardError.write(Data("usage: nbrun-fuzz notebook|npy|npz|csv|idx FILE...\n".utf8))
            exit(2)
        }
        arguments.removeFirst()
        for path in arguments {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("nbrun-fuzz: cannot read \(path)\n".utf8))
                exit(2)
            }
            mode.run([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif

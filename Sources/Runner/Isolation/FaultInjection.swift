#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Interpreter

/// Test hook: with `NBRUN_FAULT_INJECTION=1` in the environment, cells can call
/// `_nbrunFault("abort" | "segv" | "hang" | "allocate")` to die the ways a bug in nbrun could,
/// so the isolation tests do not depend on a bug staying unfixed, and
/// `_nbrunFault("limits" | "descriptors" | "environment")` to read back the sandbox they run in.
/// Never installed otherwise.
enum FaultInjection {
    static var enabled: Bool { ProcessInfo.processInfo.environment["NBRUN_FAULT_INJECTION"] == "1" }

    static func installIfEnabled(into session: Session) {
        guard enabled else { return }
        session.host.function("_nbrunFault", [HostParam()]) { call in
            switch try call.string(0) {
            case "abort": fatalError("injected fault")
            case "segv": raise(SIGSEGV)
            case "hang":
                // A host call that never checks the cell's deadline: only the watchdog ends it.
                while true { sleep(1) }
            case "allocate":
                let huge = [Float](repeating: 1, count: Int(call.session.limits.memoryBytes) << 20)
                return .int(Int(huge[huge.count - 1]))
            case "limits":
                return .string((try? String(contentsOfFile: "/proc/self/limits", encoding: .utf8)) ?? "")
            case "descriptors":
                let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
                // Only descriptors a cell could use: the runtime's own are close-on-exec.
                let open = fds.compactMap(Int32.init).filter { fcntl($0, F_GETFD) >= 0 && fcntl($0, F_GETFD) & FD_CLOEXEC == 0 }
                return .string(open.sorted().map(String.init).joined(separator: ","))
            case "environment":
                return .string(ProcessInfo.processInfo.environment.keys.sorted().joined(separator: ","))
            default: throw HostError("_nbrunFault: abort, segv, hang, allocate, limits, descriptors or environment")
            }
            return .void
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A child process of nbrun started with `posix_spawn`, its request on standard input, its
/// results on descriptor 3 and its standard output and error on one captured pipe.
///
/// posix_spawn, not fork: the parent is threaded (BLAS, parallel jobs), and a forked copy of a
/// threaded process may only call async-signal-safe functions. Every pipe is created close-on-exec
/// so a child spawned concurrently by another job never inherits a neighbour's descriptors; the
/// child itself closes anything else it inherited before it runs a cell (`WorkerSandbox`).
final class ChildProcess {
    /// How the child ended.
    enum Exit: Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    let pid: pid_t
    /// Read end of the child's descriptor 3 (its results).
    private var resultsFD: Int32
    /// Read end of the child's standard output and error.
    private var outputFD: Int32
    private(set) var killedByWatchdog = false
    /// Write end of the child's standard input, until `send` closes it.
    private var inputFD: Int32
    let executable: String
    let environment: [String: String]

    /// Starts `executable arguments…` with exactly `environment`; it waits for `send`.
    init(executable: String, arguments: [String], environment: [String: String]) throws {
        _ = Self.ignoreBrokenPipes
        Self.spawnLock.lock()
        var locked = true
        defer { if locked { Self.spawnLock.unlock() } }
        let stdinPipe = try Self.pipe()
        let resultsPipe = try Self.pipe()
        let outputPipe = try Self.pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the target, so the child keeps exactly 0, 1, 2 and 3.
        posix_spawn_file_actions_adddup2(&actions, stdinPipe.read, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.write, 1)
        posix_spawn_file_actions_adddup2(&actions, outputPipe.write, 2)
        posix_spawn_file_actions_adddup2(&actions, resultsPipe.write, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A fresh process group: the watchdog's kill reaches the child and nothing of the parent's.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = [executable] + arguments
        let envp = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var child: pid_t = 0
        let status = Self.withCStrings(argv) { cArgv in
            Self.withCStrings(envp) { cEnvp in
                posix_spawn(&child, executable, &actions, &attributes, cArgv, cEnvp)
            }
        }
        for fd in [stdinPipe.read, resultsPipe.write, outputPipe.write] { close(fd) }
        guard status == 0 else {
            for fd in [stdinPipe.write, resultsPipe.read, outputPipe.read] { close(fd) }
            throw IOError(message: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        Self.spawnLock.unlock()
        locked = false
        pid = child
        resultsFD = resultsPipe.read
        outputFD = outputPipe.read
        inputFD = stdinPipe.write
        self.executable = executable
        self.environment = environment
    }

    /// Writes the child's whole standard input and closes it.
    func send(_ input: Data) {
        guard inputFD >= 0 else { return }
        Self.writeAll(input, to: inputFD)
        close(inputFD)
        inputFD = -1
    }

    deinit {
        // A child never sent its input reads end-of-file and exits on its own.
        if inputFD >= 0 { close(inputFD) }
        if resultsFD >= 0 { close(resultsFD) }
        if outputFD >= 0 { close(outputFD) }
        if !reaped {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// Reads both pipes until the child closes them, handing complete result lines to `onLine`
    /// and output bytes to `onOutput`; kills the child when `deadline()` (uptime ns) passes.
    /// Then reaps the child and returns how it ended.
    func communicate(deadline: () -> UInt64, onLine: (Data) -> Void, onOutput: (Data) -> Void) -> Exit {
        var pending = Data()  // always a zero-based Data: indices are offsets
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while resultsFD >= 0 || outputFD >= 0 {
            let now = DispatchTime.now().uptimeNanoseconds
            let limit = deadline()
            if now >= limit, !killedByWatchdog {
                killedByWatchdog = true
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
            }
            let waitMs = killedByWatchdog ? 1000 : Int32(clamping: min(UInt64(1000), (limit &- now) / 1_000_000 + 1))
            var fds = [pollfd(fd: resultsFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, waitMs)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in 0..<2 where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = read(fds[index].fd, &buffer, buffer.count)
                if count <= 0 {
                    close(fds[index].fd)
                    if index == 0 { resultsFD = -1 } else { outputFD = -1 }
                    continue
                }
                let chunk = Data(buffer[0..<count])
                if index == 1 { onOutput(chunk); continue }
                // Only the new bytes can hold a newline: a line of many megabytes stays linear.
                var scan = pending.count
                pending.append(chunk)
                var lineStart = 0
                while let newline = pending[scan...].firstIndex(of: 0x0A) {
                    onLine(pending[lineStart..<newline])
                    lineStart = newline + 1
                    scan = lineStart
                }
                if lineStart > 0 { pending = Data(pending[lineStart...]) }
            }
        }
        if !pending.isEmpty { onLine(pending) }
        return reap()
    }

    private var reaped = false

    private func reap() -> Exit {
        var status: Int32 = 0
        defer { reaped = true }
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .exited(-1) }
        }
        // The WIFEXITED/WTERMSIG macros do not import into Swift.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// A child that dies before reading its request must not take the parent with it (SIGPIPE);
    /// the failed write is enough. Children get default signal handling back (`setsigdefault`).
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Held while pipes are made and a child is spawned: a pipe is marked close-on-exec before
    /// any other job's child can be spawned and inherit it (pipe2 does not import into Swift).
    private static let spawnLock = NSLock()

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        guard Glibc.pipe(&fds) == 0 else {
            throw IOError(message: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// Writes every byte unless the descriptor fails (a reader that went away); false then.
    @discardableResult
    static func writeAll(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { raw in
            guard var base = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let written = write(fd, base, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                left -= written
                base += written
            }
            return true
        }
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

extension ChildProcess.Exit {
    /// `signal 9 (SIGKILL)`-style text for reports.
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV", SIGXCPU: "SIGXCPU", SIGXFSZ: "SIGXFSZ", SIGTERM: "SIGTERM",
            SIGPIPE: "SIGPIPE",
        ]
        return "signal \(signal) (\(names[signal] ?? "unknown"))"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Interpreter

/// The OS limits a worker process puts on itself before it runs anything: the second wall behind
/// the interpreter's and engine's own budgets, for whatever gets past them.
struct ProcessLimits: Codable, Equatable {
    /// `RLIMIT_DATA`: heap and other private writable memory.
    var dataBytes: Int
    /// `RLIMIT_AS`: the whole address space (code, thread stacks and allocator reservations on
    /// top of the data).
    var addressSpaceBytes: Int
    /// `RLIMIT_CPU` in seconds (all threads together); the kernel sends SIGXCPU, then SIGKILL.
    var cpuSeconds: Int
    /// `RLIMIT_NOFILE`.
    var openFiles: Int
    /// `RLIMIT_FSIZE`: the largest file the process may write (results go over a pipe).
    var fileSizeBytes: Int

    /// Room above the interpreter's resident limit for the Swift runtime, OpenBLAS's thread
    /// buffers and allocator arenas, so the interpreter's own clean error comes first.
    static let dataHeadroom = 1 << 30
    /// glibc reserves 64 MiB arenas per thread and every thread has a stack: address space runs
    /// well ahead of data.
    static let addressSpaceHeadroom = 4 << 30

    /// Limits for a worker whose cells run under `limits`, for at most `wallSeconds` in all.
    static func forWorker(_ limits: Limits, wallSeconds: Double) -> ProcessLimits {
        let data = limits.residentBytes.addingReportingOverflow(dataHeadroom)
        let dataBytes = data.overflow ? Int.max : data.partialValue
        let space = dataBytes.addingReportingOverflow(addressSpaceHeadroom)
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Every core busy for the whole wall budget, plus start-up: only a runaway gets here.
        let cpu = min(Double(Int32.max), wallSeconds * Double(cores) + 30)
        return ProcessLimits(dataBytes: dataBytes, addressSpaceBytes: space.overflow ? Int.max : space.partialValue,
                             cpuSeconds: Int(cpu), openFiles: 256, fileSizeBytes: 256 << 20)
    }

    /// Applies every limit to the calling process; a limit above the current hard limit is
    /// lowered to it (an unprivileged process cannot raise its hard limit).
    func apply() {
        set(RLIMIT_DATA, dataBytes)
        set(RLIMIT_AS, addressSpaceBytes)
        set(RLIMIT_CPU, cpuSeconds)
        set(RLIMIT_NOFILE, openFiles)
        set(RLIMIT_FSIZE, fileSizeBytes)
    }

    #if canImport(Glibc)
    private func set(_ resource: __rlimit_resource, _ value: Int) {
        let id = __rlimit_resource_t(resource.rawValue)
        var current = rlimit()
        getrlimit(id, &current)
        let capped = min(rlim_t(max(0, value)), current.rlim_max)
        var next = rlimit(rlim_cur: capped, rlim_max: capped)
        // CPU: SIGXCPU at the soft limit, SIGKILL a little later at the hard one.
        if resource == RLIMIT_CPU, capped < current.rlim_max - 5 { next.rlim_max = capped + 5 }
        setrlimit(id, &next)
    }
    #else
    private func set(_ resource: Int32, _ value: Int) {}
    #endif
}

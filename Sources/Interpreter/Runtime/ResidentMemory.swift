import Foundation

/// The process's resident memory, read from `/proc/self/statm` (Linux); nil where unavailable.
public enum ResidentMemory {
    public static func bytes() -> Int? {
        #if os(Linux)
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .ascii) else { return nil }
        // "size resident shared text lib data dt", in pages.
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return nil
        #endif
    }
}

/// Builds a zip archive of stored (uncompressed) entries with fixed timestamps, so output is deterministic.
struct ZipWriter {
    private var bytes: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0
    private var tooLarge = false

    // 1980-01-01 00:00, the zip epoch: archives do not depend on the clock.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// Appends one stored entry.
    mutating func addStored(name: String, contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let offset = bytes.count
        guard contents.count < Int(UInt32.max), offset < Int(UInt32.max), nameBytes.count <= 0xffff else {
            tooLarge = true
            return
        }
        let crc = NPZ.crc32(contents)
        var local = ZipBytes()
        local.u32(0x0403_4b50); local.u16(20); local.u16(0); local.u16(0)
        local.u16(Self.dosTime); local.u16(Self.dosDate)
        local.u32(crc); local.u32(UInt32(contents.count)); local.u32(UInt32(contents.count))
        local.u16(UInt16(nameBytes.count)); local.u16(0)
        bytes += local.bytes + nameBytes + contents

        var entry = ZipBytes()
        entry.u32(0x0201_4b50); entry.u16(20); entry.u16(20); entry.u16(0); entry.u16(0)
        entry.u16(Self.dosTime); entry.u16(Self.dosDate)
        entry.u32(crc); entry.u32(UInt32(contents.count)); entry.u32(UInt32(contents.count))
        entry.u16(UInt16(nameBytes.count)); entry.u16(0); entry.u16(0); entry.u16(0); entry.u16(0)
        entry.u32(0o100644 << 16)  // a regular file, rw-r--r--, for unzip on Unix
        entry.u32(UInt32(offset))
        central += entry.bytes + nameBytes
        count += 1
    }

    /// The finished archive, or nil if it needs zip64 (over 4 GiB or 65,535 entries).
    func finish() -> [UInt8]? {
        let offset = bytes.count
        guard !tooLarge, count < 0xffff, offset + central.count < Int(UInt32.max) else { return nil }
        var end = ZipBytes()
        end.u32(0x0605_4b50); end.u16(0); end.u16(0); end.u16(UInt16(count)); end.u16(UInt16(count))
        end.u32(UInt32(central.count)); end.u32(UInt32(offset)); end.u16(0)
        return bytes + central + end.bytes
    }
}

/// Little-endian field writer for zip records.
struct ZipBytes {
    var bytes: [UInt8] = []
    mutating func u16(_ value: UInt16) { bytes += [UInt8(value & 0xff), UInt8(value >> 8)] }
    mutating func u32(_ value: UInt32) {
        bytes += [UInt8(value & 0xff), UInt8(value >> 8 & 0xff), UInt8(value >> 16 & 0xff), UInt8(value >> 24)]
    }
}

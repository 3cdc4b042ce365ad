import Foundation

/// Reads the entries of a zip archive held in memory (stored or deflated; zip64 sizes and offsets understood).
struct ZipReader {
    /// One archive member.
    struct Entry {
        var name: String
        fileprivate var reader: ZipReader
        fileprivate var method: UInt16
        fileprivate var crc: UInt32
        fileprivate var compressedSize: Int
        fileprivate var size: Int
        fileprivate var localOffset: Int

        /// The decompressed contents, checked against the stored CRC-32.
        func contents() throws -> [UInt8] {
            try reader.contents(of: self)
        }
    }

    let bytes: [UInt8]
    let source: String

    /// The entries listed in the central directory, in order.
    func entries() throws -> [Entry] {
        let (count, directoryOffset) = try endOfCentralDirectory()
        var entries: [Entry] = []
        var position = directoryOffset
        for _ in 0..<count {
            guard try u32(position) == 0x0201_4b50 else { throw corrupt("central directory entry is damaged") }
            let flags = try u16(position + 8)
            let method = try u16(position + 10)
            let crc = try u32(position + 16)
            var compressedSize = Int(try u32(position + 20))
            var size = Int(try u32(position + 24))
            let nameLength = Int(try u16(position + 28))
            let extraLength = Int(try u16(position + 30))
            let commentLength = Int(try u16(position + 32))
            var localOffset = Int(try u32(position + 42))
            let nameStart = position + 46
            let name = String(decoding: try slice(nameStart, nameLength), as: UTF8.self)
            guard flags & 1 == 0 else {
                throw DataError.unsupported(path: source, reason: "entry '\(name)' is encrypted")
            }
            // Zip64: fields set to 0xFFFFFFFF continue, in order, in the extra field with id 1.
            if size == 0xffff_ffff || compressedSize == 0xffff_ffff || localOffset == 0xffff_ffff {
                var fields = try zip64Fields(start: nameStart + nameLength, length: extraLength)
                if size == 0xffff_ffff { size = fields.isEmpty ? -1 : fields.removeFirst() }
                if compressedSize == 0xffff_ffff { compressedSize = fields.isEmpty ? -1 : fields.removeFirst() }
                if localOffset == 0xffff_ffff { localOffset = fields.isEmpty ? -1 : fields.removeFirst() }
                guard size >= 0, compressedSize >= 0, localOffset >= 0 else {
                    throw corrupt("entry '\(name)' lacks its zip64 sizes")
                }
            }
            entries.append(Entry(name: name, reader: self, method: method, crc: crc,
                                 compressedSize: compressedSize, size: size, localOffset: localOffset))
            position = nameStart + nameLength + extraLength + commentLength
        }
        return entries
    }

    fileprivate func contents(of entry: Entry) throws -> [UInt8] {
        guard try u32(entry.localOffset) == 0x0403_4b50 else { throw corrupt("local header of '\(entry.name)' is damaged") }
        let dataStart = entry.localOffset + 30 + Int(try u16(entry.localOffset + 26)) + Int(try u16(entry.localOffset + 28))
        let compressed = try slice(dataStart, entry.compressedSize)
        let result: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw corrupt("stored entry '\(entry.name)' has two sizes") }
            try Allocator.reserve(bytes: entry.size, "\(source)[\(entry.name)]")
            result = Array(compressed)
        case 8:
            let member = "\(source)[\(entry.name)]"
            // The declared size must fit the budget before anything inflates; deflate cannot
            // expand more than about 1032:1, so a larger claim is a damaged directory.
            let (bound, overflow) = entry.compressedSize.multipliedReportingOverflow(by: 1100)
            guard overflow || entry.size <= bound + 4096 else {
                throw corrupt("entry '\(entry.name)' claims \(entry.size) bytes, more than \(entry.compressedSize) compressed bytes can hold")
            }
            try Allocator.reserve(bytes: entry.size, "inflating \(member)")
            let inflater = try ZlibInflater(Data(compressed), format: .raw, path: member)
            result = try inflater.readAll(sizeHint: entry.size, maximum: entry.size)
            guard result.count <= entry.size else {
                throw corrupt("entry '\(entry.name)' inflates to more than the \(entry.size) bytes its header declares")
            }
            guard result.count == entry.size else {
                throw corrupt("entry '\(entry.name)' inflates to \(result.count) bytes, expected \(entry.size)")
            }
        default:
            throw DataError.unsupported(path: source, reason: "entry '\(entry.name)' uses compression method \(entry.method); "
                + "only stored (0) and deflate (8) are read")
        }
        guard NPZ.crc32(result) == entry.crc else { throw corrupt("entry '\(entry.name)' fails its CRC-32 check") }
        return result
    }

    /// The entry count and central-directory offset, from the (zip64) end-of-central-directory record.
    private func endOfCentralDirectory() throws -> (count: Int, offset: Int) {
        guard bytes.count >= 22 else { throw corrupt("too short to be a zip archive") }
        let lowest = max(0, bytes.count - 22 - 0xffff)
        var position = bytes.count - 22
        while try u32(position) != 0x0605_4b50 {
            guard position > lowest else { throw corrupt("no zip end-of-central-directory record (not an .npz file?)") }
            position -= 1
        }
        var count = Int(try u16(position + 10))
        var offset = Int(try u32(position + 16))
        if count == 0xffff || offset == 0xffff_ffff {
            // Zip64: a locator just before the end record points at the zip64 end record.
            guard position >= 20, try u32(position - 20) == 0x0706_4b50 else { throw corrupt("zip64 locator missing") }
            let record = try u64(position - 20 + 8)
            guard try u32(record) == 0x0606_4b50 else { throw corrupt("zip64 end record missing") }
            count = try u64(record + 32)
            offset = try u64(record + 48)
        }
        guard offset <= bytes.count, count <= bytes.count / 46 else { throw corrupt("central directory is out of range") }
        return (count, offset)
    }

    private func zip64Fields(start: Int, length: Int) throws -> [Int] {
        var position = start
        while position + 4 <= start + length {
            let id = try u16(position)
            let size = Int(try u16(position + 2))
            if id == 1 {
                return try stride(from: position + 4, to: position + 4 + size - 7, by: 8).map { try u64($0) }
            }
            position += 4 + size
        }
        return []
    }

    private func corrupt(_ reason: String) -> DataError { DataError.corrupt(path: source, reason: reason) }

    private func slice(_ start: Int, _ count: Int) throws -> ArraySlice<UInt8> {
        guard start >= 0, count >= 0, start <= bytes.count, count <= bytes.count - start else {
            throw DataError.truncated(path: source, reason: "zip record at byte \(start) runs past the end of the file")
        }
        return bytes[start..<start + count]
    }

    private func u16(_ at: Int) throws -> UInt16 {
        let b = try slice(at, 2)
        return UInt16(b[at]) | UInt16(b[at + 1]) << 8
    }

    private func u32(_ at: Int) throws -> UInt32 {
        let b = try slice(at, 4)
        return UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }

    private func u64(_ at: Int) throws -> Int {
        let low = UInt64(try u32(at)), high = UInt64(try u32(at + 4))
        let value = low | high << 32
        guard value <= UInt64(Int.max) else { throw corrupt("zip64 value out of range") }
        return Int(value)
    }
}

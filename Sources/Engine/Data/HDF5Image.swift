import CHDF5
import Foundation

/// The part of HDF5 a Keras `model.weights.h5` uses — nested groups holding numeric arrays —
/// written to and read from bytes in memory (HDF5's "core" driver, no file on disk). The one
/// place the HDF5 C library's ids, status codes and buffers become Swift values.
enum HDF5Image {
    /// Debian's libhdf5 is built without thread safety: one call into it at a time.
    private static let lock = NSLock()

    /// An HDF5 file holding `groups` (created even when empty, e.g. "vars") and float32
    /// `datasets` at slash-separated paths such as "layers/dense/vars/0".
    static func encode(groups: [String], datasets: [(path: String, tensor: Tensor)], source: String) throws -> [UInt8] {
        try withInMemoryAccess(source) { h5, fapl in try encode(groups, datasets, source, h5, fapl) }
    }

    private static func encode(_ groups: [String], _ datasets: [(path: String, tensor: Tensor)], _ source: String,
                               _ h5: Session, _ fapl: hid_t) throws -> [UInt8] {
        let file = try h5.check(H5Fcreate("\(source)#\(UUID().uuidString)", nbrun_h5_acc_trunc(), 0, fapl), "create the file")
        var open: [String: hid_t] = ["": file]
        defer { for (path, id) in open where !path.isEmpty { H5Gclose(id) }; H5Fclose(file) }
        func group(_ path: String) throws -> hid_t {
            if let id = open[path] { return id }
            let parts = path.split(separator: "/")
            let parent = try group(parts.dropLast().joined(separator: "/"))
            let id = try h5.check(H5Gcreate2(parent, String(parts.last ?? ""), 0, 0, 0), "create group '\(path)'")
            open[path] = id
            return id
        }
        for path in groups { _ = try group(path) }
        for (path, tensor) in datasets {
            let parts = path.split(separator: "/")
            let parent = try group(parts.dropLast().joined(separator: "/"))
            try writeDataset(String(parts.last ?? ""), tensor, in: parent, path: path, h5)
        }
        try h5.status(H5Fflush(file, H5F_SCOPE_GLOBAL), "flush the file")
        let size = try h5.count(H5Fget_file_image(file, nil, 0), "measure the file image")
        var bytes = [UInt8](repeating: 0, count: size)
        _ = try h5.count(bytes.withUnsafeMutableBytes { H5Fget_file_image(file, $0.baseAddress, size) }, "copy the file image")
        return bytes
    }

    /// Every dataset of an HDF5 file, converted to float32, by slash-separated path.
    static func decode(_ bytes: [UInt8], source: String) throws -> [String: Tensor] {
        guard bytes.starts(with: [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]) else {
            throw DataError.corrupt(path: source, reason: "not an HDF5 file (no HDF5 signature)")
        }
        return try withInMemoryAccess(source) { h5, fapl in try decode(bytes, source, h5, fapl) }
    }

    private static func decode(_ bytes: [UInt8], _ source: String, _ h5: Session, _ fapl: hid_t) throws -> [String: Tensor] {
        var image = bytes
        // The library copies the image when the access list takes it.
        try h5.status(image.withUnsafeMutableBytes { H5Pset_file_image(fapl, $0.baseAddress, $0.count) }, "take the file image")
        let file = try h5.check(H5Fopen("\(source)#\(UUID().uuidString)", nbrun_h5_acc_rdonly(), fapl), "open the file")
        defer { H5Fclose(file) }
        var found: [String: Tensor] = [:]
        try walk(file, prefix: "", into: &found, h5)
        return found
    }

    /// Runs `body` holding the library lock, with a file access list for HDF5's in-memory driver.
    private static func withInMemoryAccess<T>(_ source: String, _ body: (Session, hid_t) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        nbrun_h5_quiet()
        let h5 = Session(source: source)
        let fapl = try h5.check(H5Pcreate(nbrun_h5_file_access()), "create a file access list")
        defer { H5Pclose(fapl) }
        try h5.status(H5Pset_fapl_core(fapl, 1 << 16, false), "choose the in-memory driver")
        return try body(h5, fapl)
    }

    private static func writeDataset(_ name: String, _ tensor: Tensor, in parent: hid_t, path: String, _ h5: Session) throws {
        var dims = tensor.shape.map { hsize_t($0) }
        let space = try h5.check(tensor.rank == 0 ? H5Screate(H5S_SCALAR) : H5Screate_simple(Int32(dims.count), &dims, nil),
                                 "describe the shape of '\(path)'")
        defer { H5Sclose(space) }
        let set = try h5.check(H5Dcreate2(parent, name, nbrun_h5_ieee_f32le(), space, 0, 0, 0), "create dataset '\(path)'")
        defer { H5Dclose(set) }
        let scalars = tensor.scalars
        try h5.status(scalars.withUnsafeBytes { H5Dwrite(set, nbrun_h5_native_float(), 0, 0, 0, $0.baseAddress) },
                      "write dataset '\(path)'")
    }

    /// Visits a group's members in name order: groups recursively, datasets read as float32.
    private static func walk(_ group: hid_t, prefix: String, into found: inout [String: Tensor], _ h5: Session) throws {
        var info = H5G_info_t()
        try h5.status(H5Gget_info(group, &info), "list group '\(prefix)'")
        for index in 0..<info.nlinks {
            let length = try h5.count(H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, index, nil, 0, 0), "name a member of '\(prefix)'")
            var buffer = [CChar](repeating: 0, count: length + 1)
            _ = try h5.count(H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, index, &buffer, length + 1, 0), "name a member of '\(prefix)'")
            let name = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
            let object = try h5.check(H5Oopen(group, name, 0), "open '\(path)'")
            defer { H5Oclose(object) }
            switch H5Iget_type(object) {
            case H5I_GROUP: try walk(object, prefix: path, into: &found, h5)
            case H5I_DATASET: found[path] = try readDataset(object, path: path, h5)
            default: continue   // named datatypes and the like carry no weights
            }
        }
    }

    private static func readDataset(_ set: hid_t, path: String, _ h5: Session) throws -> Tensor {
        let type = try h5.check(H5Dget_type(set), "read the type of '\(path)'")
        defer { H5Tclose(type) }
        let typeClass = H5Tget_class(type)
        guard typeClass == H5T_FLOAT || typeClass == H5T_INTEGER else {
            throw DataError.unsupported(path: h5.source, reason: "dataset '\(path)' is not numeric")
        }
        let space = try h5.check(H5Dget_space(set), "read the shape of '\(path)'")
        defer { H5Sclose(space) }
        let rank = Int(H5Sget_simple_extent_ndims(space))
        guard rank >= 0 else { throw h5.failure("read the rank of '\(path)'") }
        var dims = [hsize_t](repeating: 0, count: rank)
        guard H5Sget_simple_extent_dims(space, &dims, nil) >= 0 else { throw h5.failure("read the shape of '\(path)'") }
        let shape = dims.map { Int($0) }
        let count = try Allocator.elementCount(shape, "\(h5.source)[\(path)]")
        try Allocator.reserve(count, "\(h5.source)[\(path)]")
        var scalars = [Float](repeating: 0, count: count)
        if count > 0 {
            try h5.status(scalars.withUnsafeMutableBytes { H5Dread(set, nbrun_h5_native_float(), 0, 0, 0, $0.baseAddress) },
                          "read dataset '\(path)'")
        }
        return Tensor(shape: shape, scalars: scalars)
    }

    /// Turns HDF5's negative return values into errors naming the file and the step.
    private struct Session {
        let source: String

        func failure(_ step: String) -> DataError {
            DataError.corrupt(path: source, reason: "HDF5 could not \(step)")
        }

        func check(_ id: hid_t, _ step: String) throws -> hid_t {
            guard id >= 0 else { throw failure(step) }
            return id
        }

        func status(_ code: herr_t, _ step: String) throws {
            guard code >= 0 else { throw failure(step) }
        }

        func count(_ value: Int, _ step: String) throws -> Int {
            guard value >= 0 else { throw failure(step) }
            return value
        }
    }
}

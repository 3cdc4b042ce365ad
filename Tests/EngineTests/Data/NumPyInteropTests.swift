import Foundation
import XCTest
@testable import Engine

/// Round trips through real NumPy; skipped when python3 with numpy is not available.
final class NumPyInteropTests: XCTestCase {
    private func runPython(_ script: String, in dir: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? output : "exit \(process.terminationStatus): \(output)"
    }

    private func requireNumPy(_ dir: String) throws {
        let probe = (try? runPython("import numpy; print('numpy ok')", in: dir)) ?? ""
        guard probe.contains("numpy ok") else { throw XCTSkip("python3 with numpy is not available") }
    }

    func testNumPyReadsWhatWeWrite() throws {
        let dir = try makeTemporaryDirectory(self)
        try requireNumPy(dir)
        let tensor = Tensor(shape: [2, 3], scalars: [1, -2, 3, 4, 5, 126])
        for dtype in [NPYDType.float32, .float64, .int8, .int16, .int32, .int64] {
            try NPY.write(tensor, to: dir + "/\(dtype).npy", dtype: dtype)
        }
        try NPZ.write(["kernel": tensor, "bias": Tensor(shape: [3], scalars: [0.25, 0, 1])], to: dir + "/m.npz")
        let script = """
        import numpy as np
        expect = np.array([[1, -2, 3], [4, 5, 126]])
        for name, dt in [('float32', '<f4'), ('float64', '<f8'), ('int8', 'i1'), ('int32', '<i4'), ('int64', '<i8'), ('int16', '<i2')]:
            a = np.load(name + '.npy')
            assert a.dtype == np.dtype(dt), (name, a.dtype)
            assert (a == expect).all() and a.shape == (2, 3), (name, a)
            with open(name + '.npy', 'rb') as f:
                assert f.read() == open(name + '.npy', 'rb').read()
        for name in ['float32', 'float64', 'int8', 'int32', 'int64']:
            a = np.load(name + '.npy')
            import io; b = io.BytesIO(); np.save(b, a)
            assert b.getvalue() == open(name + '.npy', 'rb').read(), name + ' bytes differ from numpy.save'
        z = np.load('m.npz')
        assert list(z.keys()) == ['kernel', 'bias'], list(z.keys())
        assert (z['bias'] == np.array([0.25, 0, 1], dtype=np.float32)).all()
        print('ok')
        """
        XCTAssertEqual(try runPython(script, in: dir).trimmingCharacters(in: .whitespacesAndNewlines), "ok")
    }

    func testWeReadWhatNumPyWrites() throws {
        let dir = try makeTemporaryDirectory(self)
        try requireNumPy(dir)
        let script = """
        import numpy as np
        a = np.arange(12, dtype=np.float64).reshape(3, 4) / 4
        np.save('f8.npy', a)
        np.save('u1.npy', np.array([[0, 255]], dtype=np.uint8))
        np.save('i8.npy', np.array([-5, 2**40], dtype=np.int64))
        np.save('fortran.npy', np.asfortranarray(a))
        np.savez('plain.npz', w=a.astype(np.float32), b=np.ones(2, dtype=np.float32))
        np.savez_compressed('packed.npz', w=a.astype(np.float32), b=np.ones(2, dtype=np.int32))
        print('ok')
        """
        XCTAssertEqual(try runPython(script, in: dir).trimmingCharacters(in: .whitespacesAndNewlines), "ok")
        let expected = (0..<12).map { Float($0) / 4 }
        let f8 = try NPY.read(from: dir + "/f8.npy")
        XCTAssertEqual(f8.shape, [3, 4])
        XCTAssertEqual(f8.scalars, expected)
        XCTAssertEqual(try NPY.read(from: dir + "/u1.npy").scalars, [0, 255])
        XCTAssertEqual(try NPY.read(from: dir + "/i8.npy").scalars, [-5, 1_099_511_627_776])
        assertDataError(["fortran_order is True"]) { try NPY.read(from: dir + "/fortran.npy") }
        for archive in ["plain.npz", "packed.npz"] {
            let arrays = try NPZ.read(from: dir + "/" + archive)
            XCTAssertEqual(arrays.map(\.name), ["w", "b"], archive)
            XCTAssertEqual(arrays.first?.tensor.scalars, expected, archive)
            XCTAssertEqual(arrays.last?.tensor.scalars, [1, 1], archive)
        }
    }
}

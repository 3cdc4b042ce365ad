import Foundation
import XCTest
@testable import Engine

final class FashionMNISTTests: XCTestCase {
    /// Writes a tiny fake Fashion-MNIST (3 train, 2 test examples) into a directory.
    private func writeFakeDataSet(in dir: String, gzip: Bool) throws {
        func write(_ name: String, _ bytes: [UInt8]) throws {
            if gzip {
                try writeBytes(Gzip.compress(bytes), to: dir + "/" + name + ".gz")
            } else {
                try writeBytes(bytes, to: dir + "/" + name)
            }
        }
        try write("train-images-idx3-ubyte", idxBytes(dims: [3, 28, 28], data: Array(repeating: 200, count: 3 * 784)))
        try write("train-labels-idx1-ubyte", idxBytes(dims: [3], data: [4, 0, 9]))
        try write("t10k-images-idx3-ubyte", idxBytes(dims: [2, 28, 28], data: Array(repeating: 1, count: 2 * 784)))
        try write("t10k-labels-idx1-ubyte", idxBytes(dims: [2], data: [8, 1]))
    }

    func testLoadsFromFirstCompleteSearchPath() throws {
        let empty = try makeTemporaryDirectory(self)
        let dir = try makeTemporaryDirectory(self)
        try writeFakeDataSet(in: dir, gzip: true)
        let data = try FashionMNIST.load(searchPaths: [empty, dir])
        XCTAssertEqual(data.directory, dir)
        XCTAssertEqual(data.train.images.shape, [3, 28, 28])
        XCTAssertEqual(data.train.labels.scalars, [4, 0, 9])
        XCTAssertEqual(data.test.images.shape, [2, 28, 28])
        XCTAssertEqual(data.test.labels.scalars, [8, 1])
        XCTAssertEqual(data.test.images.scalars.first, 1)
        let limited = try FashionMNIST.load(searchPaths: [dir], limit: 1)
        XCTAssertEqual(limited.train.count, 1)
        XCTAssertEqual(limited.test.labels.scalars, [8])
    }

    func testLoadsUncompressedFiles() throws {
        let dir = try makeTemporaryDirectory(self)
        try writeFakeDataSet(in: dir, gzip: false)
        XCTAssertEqual(try FashionMNIST.load(searchPaths: [dir + "/"], includeSystemDirectory: false).train.count, 3)
    }

    func testNotFoundNamesPackageAndPaths() throws {
        let dir = try makeTemporaryDirectory(self)
        assertDataError(["Fashion-MNIST", "dataset-fashion-mnist", dir]) {
            try FashionMNIST.load(searchPaths: [dir], includeSystemDirectory: false)
        }
    }

    func testClassNames() {
        XCTAssertEqual(FashionMNIST.classNames.count, 10)
        XCTAssertEqual(FashionMNIST.classNames[0], "T-shirt/top")
        XCTAssertEqual(FashionMNIST.classNames[9], "Ankle boot")
    }

    func testRealTestSplitIfInstalled() throws {
        guard FashionMNIST.locateFiles(in: FashionMNIST.systemDirectory) != nil else {
            throw XCTSkip("package dataset-fashion-mnist is not installed")
        }
        let data = try FashionMNIST.load(limit: 100)
        XCTAssertEqual(data.test.images.shape, [100, 28, 28])
        XCTAssertEqual(data.test.labels.shape, [100])
        XCTAssertEqual(data.test.labels.scalars.first, 9)  // the first test image is an ankle boot
        XCTAssertEqual(data.train.labels.scalars.prefix(4), [9, 0, 0, 3])
        XCTAssertTrue(data.test.labels.scalars.allSatisfy { (0...9).contains($0) && $0 == $0.rounded() })
        XCTAssertEqual(data.test.images.scalars.max(), 255)
        XCTAssertEqual(data.test.images.scalars.min(), 0)
    }

    /// Measures the full training split (run with NBRUN_DATA_BENCH=1; Engine is compiled -O): best of 3, wall and CPU.
    func testFullTrainingSetLoadTime() throws {
        guard ProcessInfo.processInfo.environment["NBRUN_DATA_BENCH"] == "1" else {
            throw XCTSkip("set NBRUN_DATA_BENCH=1 to time the full Fashion-MNIST load")
        }
        let path = FashionMNIST.systemDirectory + "/train-images-idx3-ubyte.gz"
        var bestWall = Double.infinity, bestCPU = Double.infinity
        for _ in 0..<3 {
            let wall = Date(), cpu = clock()
            let images = try IDX.readImages(from: path)
            bestCPU = min(bestCPU, Double(clock() - cpu) / Double(CLOCKS_PER_SEC))
            bestWall = min(bestWall, Date().timeIntervalSince(wall))
            XCTAssertEqual(images.shape, [60000, 28, 28])
        }
        let wall = Date()
        let all = try FashionMNIST.load()
        let allTime = Date().timeIntervalSince(wall)
        XCTAssertEqual(all.train.count, 60000)
        XCTAssertEqual(all.test.count, 10000)
        print(String(format: "train images (best of 3): %.3f s wall, %.3f s CPU; full load (train+test): %.3f s wall",
                     bestWall, bestCPU, allTime))
    }
}

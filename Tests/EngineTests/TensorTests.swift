import XCTest
@testable import Engine

final class TensorTests: XCTestCase {
    func testCreationAndShapes() throws {
        let t = try Tensor([[1, 2], [3, 4]])
        XCTAssertEqual(t.shape, [2, 2])
        XCTAssertEqual(t.scalars, [1, 2, 3, 4])
        XCTAssertEqual(try Tensor.zeros([2, 3]).scalars, [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(try Tensor.full([2], 7).scalars, [7, 7])
        XCTAssertEqual(try Tensor.arange(0, 5, step: 2).scalars, [0, 2, 4])
        XCTAssertEqual(try Tensor.eye(2).scalars, [1, 0, 0, 1])
        XCTAssertEqual(try Tensor([[[1, 2]], [[3, 4]]] as [[[Float]]]).shape, [2, 1, 2])
        XCTAssertThrowsError(try Tensor([[1, 2], [3]] as [[Float]]))
        XCTAssertThrowsError(try Tensor(validating: [2, 2], scalars: [1, 2, 3]))
    }

    func testSeededRandomIsReproducible() throws {
        let a = try Tensor.randomUniform([100], seed: 3), b = try Tensor.randomUniform([100], seed: 3)
        XCTAssertEqual(a, b)
        XCTAssertTrue(a.scalars.allSatisfy { $0 >= 0 && $0 < 1 })
        let n = try Tensor.randomNormal([10000], seed: 1)
        XCTAssertEqual(n.mean(), 0, accuracy: 0.05)
        let p = try Tensor.randomPermutation(10, seed: 5)
        XCTAssertEqual(p.scalars.sorted(), (0..<10).map(Float.init))
    }

    func testReshapeTransposeConcatenate() throws {
        let t = try Tensor.arange(6)
        let r = try t.reshaped([2, -1])
        XCTAssertEqual(r.shape, [2, 3])
        XCTAssertEqual(try r.transposed().scalars, [0, 3, 1, 4, 2, 5])
        XCTAssertThrowsError(try t.reshaped([4, -1])) { e in
            XCTAssertTrue("\(e)".contains("(6,)") && "\(e)".contains("(4, -1)"), "\(e)")
        }
        let c = try concatenate([r, r], axis: 1)
        XCTAssertEqual(c.shape, [2, 6])
        XCTAssertEqual(c.scalars, [0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5])
        let t3 = try Tensor.arange(24).reshaped([2, 3, 4])
        XCTAssertEqual(try t3.transposed([1, 0, 2]).value(at: [2, 1, 3]), 23)
    }

    func testIndexing() throws {
        let t = try Tensor.arange(12).reshaped([4, 3])
        XCTAssertEqual(try t[1].scalars, [3, 4, 5])
        XCTAssertEqual(try t[-1].scalars, [9, 10, 11])
        XCTAssertEqual(try t[1..<3].shape, [2, 3])
        XCTAssertEqual(try t[2...].scalars, [6, 7, 8, 9, 10, 11])
        XCTAssertEqual(try t[[3, 0]].scalars, [9, 10, 11, 0, 1, 2])
        XCTAssertEqual(try t[[true, false, false, true]].shape, [2, 3])
        XCTAssertThrowsError(try t[4]) { e in XCTAssertTrue("\(e)".contains("(4, 3)")) }
        XCTAssertThrowsError(try t[[true]])
        XCTAssertEqual(try t[0..<100].shape, [4, 3])
    }

    func testBroadcastingArithmetic() throws {
        let a = try Tensor([[1, 2, 3], [4, 5, 6]])
        let b = Tensor([10, 20, 30] as [Float])
        XCTAssertEqual(try (a + b).scalars, [11, 22, 33, 14, 25, 36])
        let col = try Tensor([[1], [2]])
        XCTAssertEqual(try (a * col).scalars, [1, 2, 3, 8, 10, 12])
        XCTAssertEqual((a / 2).scalars, [0.5, 1, 1.5, 2, 2.5, 3])
        XCTAssertEqual((1 - a).scalars, [0, -1, -2, -3, -4, -5])
        XCTAssertThrowsError(try a + Tensor([1, 2] as [Float])) { e in
            XCTAssertEqual("\(e)", "add: shapes (2, 3) and (2,) are incompatible")
        }
    }

    func testMatmulAndReductions() throws {
        let a = try Tensor([[1, 2], [3, 4]]), b = try Tensor([[5, 6], [7, 8]])
        XCTAssertEqual(try matmul(a, b).scalars, [19, 22, 43, 50])
        XCTAssertEqual(try matmul(a, Tensor([1, 1] as [Float])).scalars, [3, 7])
        XCTAssertThrowsError(try matmul(a, Tensor.ones([3, 2]))) { e in
            XCTAssertTrue("\(e)".contains("(2, 2)") && "\(e)".contains("(3, 2)"), "\(e)")
        }
        XCTAssertEqual(a.sum(), 10)
        XCTAssertEqual(try a.sum(axis: 0).scalars, [4, 6])
        XCTAssertEqual(try a.mean(axis: 1).scalars, [1.5, 3.5])
        XCTAssertEqual(try a.max(axis: -1, keepDims: true).shape, [2, 1])
        XCTAssertEqual(try b.argmax(axis: 1).scalars, [1, 1])
        XCTAssertEqual(try a.argmax(), 3)
        XCTAssertThrowsError(try a.sum(axis: 2))
    }

    func testElementwiseMathAndComparisons() throws {
        let t = Tensor([-1, 0, 4] as [Float])
        XCTAssertEqual(t.abs().scalars, [1, 0, 4])
        XCTAssertEqual(try t.clipped(0, 1).scalars, [0, 0, 1])
        XCTAssertEqual((t > 0).scalars, [0, 0, 1])
        XCTAssertEqual(Tensor([4, 9] as [Float]).sqrt().scalars, [2, 3])
        XCTAssertEqual(try t[mask: t >= 0].scalars, [0, 4])
    }

    func testDescriptionLooksLikeNumpy() throws {
        XCTAssertEqual(try Tensor([[1, 2], [3, 4]]).description, "[[1. 2.]\n [3. 4.]]")
        XCTAssertEqual(Tensor([0.5, 0.25] as [Float]).description, "[0.5  0.25]")
        XCTAssertEqual(Tensor([1.5, 100.25] as [Float]).description, "[  1.5  100.25]")
        let big = try Tensor.zeros([2000])
        XCTAssertEqual(big.description, "[0. 0. 0. ... 0. 0. 0.]")
        XCTAssertEqual(Tensor(3).description, "3.0")
    }
}

final class TensorPrintingTests: XCTestCase {
    func testRank3AndElidedMatrix() throws {
        XCTAssertEqual(try Tensor.arange(8).reshaped([2, 2, 2]).description,
                       "[[[0. 1.]\n  [2. 3.]]\n\n [[4. 5.]\n  [6. 7.]]]")
        let row = "[0. 0. 0. ... 0. 0. 0.]"
        let expected = "[" + [row, " " + row, " " + row, " ...", " " + row, " " + row, " " + row].joined(separator: "\n") + "]"
        XCTAssertEqual(try Tensor.zeros([100, 100]).description, expected)
    }

    func testLongRowsWrapAt75Columns() throws {
        let t = try Tensor.arange(30)
        let lines = t.description.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 75 })
        XCTAssertTrue(lines[1].hasPrefix(" "))
    }

    func testSmallAndMixedValues() {
        XCTAssertEqual(Tensor([0.0001, 1] as [Float]).description, "[1.e-04 1.e+00]")
        XCTAssertEqual(Tensor([-1.5, 2] as [Float]).description, "[-1.5  2. ]")
    }
}

final class TensorEdgeCaseTests: XCTestCase {
    func testEmptyAxesAndExtremeRanges() throws {
        let empty = try Tensor.zeros([0, 3])
        XCTAssertEqual(try empty.sum(axis: 0).scalars, [0, 0, 0])
        XCTAssertThrowsError(try empty.max(axis: 0))
        XCTAssertEqual(try empty[0..<5].shape, [0, 3])
        let t = try Tensor.arange(4)
        XCTAssertEqual(try t[...Int.max].scalars, [0, 1, 2, 3])
        XCTAssertEqual(try t[2...Int.max].scalars, [2, 3])
        XCTAssertThrowsError(try t[[7]]) { e in XCTAssertTrue("\(e)".contains("(4,)"), "\(e)") }
        XCTAssertEqual(try t[[-1]].scalars, [3])
    }
}

final class InconsistentTensorTests: XCTestCase {
    func testOperationsRejectMismatchedShapeAndValues() throws {
        let bad = Tensor(shape: [2, 3], scalars: [1, 2, 3])
        XCTAssertThrowsError(try bad + bad) { e in XCTAssertTrue("\(e)".contains("(2, 3)") && "\(e)".contains("3 values"), "\(e)") }
        XCTAssertThrowsError(try bad.sum(axis: 0))
        XCTAssertThrowsError(try bad[1])
        XCTAssertThrowsError(try matmul(bad, bad))
        let model = Sequential([Dense(2, inputShape: [3])])
        XCTAssertThrowsError(try model.predict(bad)) { e in XCTAssertTrue("\(e)".contains("input x"), "\(e)") }
    }
}

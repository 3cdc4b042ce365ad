import Engine
import XCTest

/// `CSVLogger` against the files Keras 3.15.1 (JAX) writes for the same runs
/// (Benchmarks/peers/keras_load_check.py's neighbour, recorded with `keras.callbacks.CSVLogger`).
final class CSVLoggerTests: XCTestCase {
    /// A logger over an in-memory file.
    final class MemoryFile {
        var text: String?
        func logger(separator: String = ",", append: Bool = false) throws -> CSVLogger {
            try CSVLogger(filename: "log.csv", separator: separator, append: append, read: { self.text }, write: { self.text = $0 })
        }
    }

    func testWithoutValidationKerasAddsValColumnsOfNA() throws {
        let model = Sequential([Dense(1, useBias: false, kernelInitializer: .zeros, inputShape: [1])])
        try model.compile(optimizer: SGD(learningRate: 0.1), loss: .mae)
        let file = MemoryFile()
        _ = try model.fit(try Tensor([[0]]), try Tensor([[1]]), epochs: 2, batchSize: 1, callbacks: [try file.logger()], verbose: 0)
        XCTAssertEqual(file.text, "epoch,loss,val_loss\n0,1.0,NA\n1,1.0,NA\n")
    }

    func testSeparatorValidationAndAppend() throws {
        let model = Sequential([Dense(1, kernelInitializer: .ones, inputShape: [1])])
        try model.compile(optimizer: SGD(learningRate: 0.1), loss: .mse, metrics: [.mae])
        let x = try Tensor([[1], [2]]), y = try Tensor([[2], [4]])
        let file = MemoryFile()
        _ = try model.fit(x, y, epochs: 2, batchSize: 2, validationData: (x, y), shuffle: false,
                          callbacks: [try file.logger(separator: ";")], verbose: 0)
        _ = try model.fit(x, y, epochs: 1, batchSize: 2, shuffle: false, callbacks: [try file.logger(separator: ";", append: true)], verbose: 0)
        XCTAssertEqual(file.text, """
            epoch;loss;mae;val_loss;val_mae
            0;2.5;1.5;0.26500004529953003;0.4500000476837158
            1;0.26500004529953003;0.4500000476837158;0.04329998791217804;0.16999995708465576
            0;0.04329998791217804;0.16999995708465576;NA;NA

            """)
        XCTAssertThrowsError(try file.logger(separator: ";;"))
    }
}

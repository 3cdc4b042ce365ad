import XCTest
@testable import Engine

/// Output shapes and parameter counts against Keras 3.15.1 (JAX backend), as printed by
/// `KERAS_BACKEND=jax /work/peers-venv/bin/python Benchmarks/peers/keras_conv_facts.py`.
final class ImageLayerShapeTests: XCTestCase {
    func testShapesAndParamsMatchKeras() throws {
        let cases: [(Layer, [Int], [Int], Int)] = [
            (Conv2D(5, kernelSize: [3, 2], strides: [2, 1], padding: .valid), [7, 6, 3], [3, 5, 5], 95),
            (Conv2D(5, kernelSize: [3, 2], strides: [2, 1], padding: .same), [7, 6, 3], [4, 6, 5], 95),
            (Conv2D(5, kernelSize: 4, strides: 3, padding: .same, useBias: false), [7, 6, 3], [3, 2, 5], 240),
            (Conv2D(4, kernelSize: 2, strides: 2, padding: .same), [8, 8, 2], [4, 4, 4], 36),
            (Conv2D(4, kernelSize: 3), [28, 28, 1], [26, 26, 4], 40),
            (MaxPooling2D(poolSize: 2), [7, 7, 2], [3, 3, 2], 0),
            (MaxPooling2D(poolSize: 2, padding: .same), [7, 7, 2], [4, 4, 2], 0),
            (MaxPooling2D(poolSize: 3, strides: 2), [7, 7, 2], [3, 3, 2], 0),
            (MaxPooling2D(poolSize: [3, 2], strides: [1, 2], padding: .same), [7, 7, 2], [7, 4, 2], 0),
            (AveragePooling2D(poolSize: 2), [7, 7, 2], [3, 3, 2], 0),
            (AveragePooling2D(poolSize: 3, strides: 2, padding: .same), [7, 7, 2], [4, 4, 2], 0),
            (GlobalAveragePooling2D(), [7, 7, 2], [2], 0),
            (GlobalMaxPooling2D(), [7, 7, 2], [2], 0),
            (Conv1D(4, kernelSize: 3), [10, 3], [8, 4], 40),
            (Conv1D(4, kernelSize: 3, strides: 2, padding: .same), [10, 3], [5, 4], 40),
            (Conv1D(4, kernelSize: 4, strides: 3), [10, 3], [3, 4], 52),
            (MaxPooling1D(poolSize: 2), [10, 3], [5, 3], 0),
            (MaxPooling1D(poolSize: 3, strides: 2, padding: .same), [10, 3], [5, 3], 0),
            (GlobalAveragePooling1D(), [10, 3], [3], 0),
            (Reshape([28, 28, 1]), [784], [28, 28, 1], 0),
            (Reshape([-1, 3]), [12], [4, 3], 0),
            (Rescaling(1.0 / 255), [5], [5], 0),
            (Softmax(), [5], [5], 0),
        ]
        for (layer, input, output, params) in cases {
            try layer.build(inputShape: input)
            XCTAssertEqual(layer.outputShape, output, "\(layer.typeName) on \(input)")
            XCTAssertEqual(layer.countParams, params, "\(layer.typeName) on \(input)")
        }
    }

    func testKerasDefaultNames() {
        let model = Sequential([Conv2D(2, kernelSize: 3, inputShape: [8, 8, 1]), MaxPooling2D(), AveragePooling2D(), Conv1D(1, kernelSize: 1),
                                GlobalAveragePooling2D(), GlobalMaxPooling2D(), GlobalAveragePooling1D(), GlobalMaxPooling1D(),
                                MaxPooling1D(), AveragePooling1D(), Reshape([1]), Rescaling(1), Softmax()])
        XCTAssertEqual(model.layers.map(\.name), ["conv2d", "max_pooling2d", "average_pooling2d", "conv1d", "global_average_pooling2d",
                                                  "global_max_pooling2d", "global_average_pooling1d", "global_max_pooling1d",
                                                  "max_pooling1d", "average_pooling1d", "reshape", "rescaling", "softmax"])
    }

    func testBadInputsNameTheLayer() {
        func message(_ layer: Layer, _ input: [Int]) -> String {
            do { try layer.build(inputShape: input); return "built" } catch { return "\(error)" }
        }
        XCTAssertEqual(message(Conv2D(8, kernelSize: 3, name: "c"), [784]),
                       "Input 0 of layer \"c\" (Conv2D) is incompatible with the layer: expected ndim=4, found ndim=2. Full shape received: (None, 784) (it takes images [height, width, channels], e.g. x.reshaped([-1, 28, 28, 1]))")
        XCTAssertTrue(message(Conv2D(8, kernelSize: 5, name: "c"), [4, 4, 1]).contains("computed output size would be negative or zero: input shape (None, 4, 4, 1) is smaller than the window (5, 5) with padding \"valid\""))
        XCTAssertEqual(message(Conv2D(8, kernelSize: 5, padding: .same), [4, 4, 1]), "built")
        XCTAssertTrue(message(Conv2D(0, kernelSize: 3), [4, 4, 1]).contains("filters must be a positive integer, received 0"))
        XCTAssertTrue(message(Conv2D(2, kernelSize: [3]), [4, 4, 1]).contains("window sizes and strides must be positive"))
        XCTAssertTrue(message(MaxPooling2D(poolSize: 2, strides: 0), [4, 4, 1]).contains("window sizes and strides must be positive"))
        XCTAssertTrue(message(GlobalAveragePooling2D(), [10, 3]).contains("expected ndim=4, found ndim=3"))
        XCTAssertTrue(message(Reshape([5, 3]), [12]).contains("the total size of the tensor must be unchanged. Received: input_shape=(12,), target_shape=(5, 3)"))
        XCTAssertTrue(message(Reshape([-1, -1]), [12]).contains("at most one -1"))
        XCTAssertTrue(message(Conv1D(2, kernelSize: 3), [10]).contains("expected ndim=3, found ndim=2"))
    }
}

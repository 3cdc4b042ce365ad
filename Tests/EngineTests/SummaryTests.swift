import XCTest
@testable import Engine

final class SummaryTests: XCTestCase {
    func testFlagshipSummaryMatchesKeras() throws {
        let model = Sequential([Dense(128, activation: .relu, inputShape: [784]), Dense(10, activation: .softmax)])
        let expected = """
        Model: "sequential"
        ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
        ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
        ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
        │ dense (Dense)                   │ (None, 128)            │       100,480 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ dense_1 (Dense)                 │ (None, 10)             │         1,290 │
        └─────────────────────────────────┴────────────────────────┴───────────────┘
         Total params: 101,770 (397.54 KB)
         Trainable params: 101,770 (397.54 KB)
         Non-trainable params: 0 (0.00 B)
        """
        XCTAssertEqual(try model.summary(), expected)
    }

    func testDeepModelSummary() throws {
        let model = Sequential([
            Dense(512, activation: .relu, inputShape: [784]), Dropout(0.2),
            Dense(512, activation: .relu), Dense(512, activation: .relu), Dropout(0.2),
            Dense(10, activation: .softmax),
        ])
        let s = try model.summaryData()
        XCTAssertEqual(s.totalParams, 932_362)
        XCTAssertEqual(s.rows.map(\.name), ["dense", "dropout", "dense_1", "dense_2", "dropout_1", "dense_3"])
        let expected = """
        Model: "sequential"
        ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓
        ┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃
        ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩
        │ dense (Dense)                   │ (None, 512)            │       401,920 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ dropout (Dropout)               │ (None, 512)            │             0 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ dense_1 (Dense)                 │ (None, 512)            │       262,656 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ dense_2 (Dense)                 │ (None, 512)            │       262,656 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ dropout_1 (Dropout)             │ (None, 512)            │             0 │
        ├─────────────────────────────────┼────────────────────────┼───────────────┤
        │ dense_3 (Dense)                 │ (None, 10)             │         5,130 │
        └─────────────────────────────────┴────────────────────────┴───────────────┘
         Total params: 932,362 (3.56 MB)
         Trainable params: 932,362 (3.56 MB)
         Non-trainable params: 0 (0.00 B)
        """
        XCTAssertEqual(try model.summary(), expected)
    }

    func testBatchNormalizationCountsNonTrainable() throws {
        let model = Sequential([Dense(128, inputShape: [4]), BatchNormalization()])
        let s = try model.summaryData()
        XCTAssertEqual(s.rows[1].params, 512)
        XCTAssertEqual(s.trainableParams, 640 + 256)
        XCTAssertEqual(s.nonTrainableParams, 256)
        XCTAssertTrue(try model.summary().contains(" Non-trainable params: 256 (1.00 KB)"))
    }

    func testUnbuiltSummaryShowsQuestionMarks() throws {
        let model = Sequential([Dense(3)])
        XCTAssertTrue(try model.summary().contains("│ dense (Dense)                   │ ?                      │   0 (unbuilt) │"))
    }
}

final class SummaryAfterTrainingTests: XCTestCase {
    func testOptimizerParamsAppearAfterFitAsInKeras3() throws {
        EngineRandom.seed(1)
        let model = Sequential([Dense(128, activation: .relu, inputShape: [784]), Dense(10, activation: .softmax)])
        try model.compile(optimizer: Adam(), loss: .categoricalCrossentropy, metrics: [.accuracy])
        XCTAssertNil(try model.summaryData().optimizerParams)
        let x = try Tensor.zeros([4, 784]), y = try Tensor.zeros([4, 10])
        try model.fit(x, y, epochs: 1, batchSize: 4, verbose: 0)
        let text = try model.summary()
        XCTAssertTrue(text.hasSuffix("""
         Total params: 305,312 (1.16 MB)
         Trainable params: 101,770 (397.54 KB)
         Non-trainable params: 0 (0.00 B)
         Optimizer params: 203,542 (795.09 KB)
        """), text)
    }
}

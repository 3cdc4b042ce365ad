import EngineBindings
import Interpreter
import XCTest

/// What a live session with the engine tells the dependency analysis about models' methods.
final class DependencyTraitsTests: XCTestCase {
    func testAModelsResultsShareNothingButItsLayers() {
        let session = Session(limits: Limits(seconds: 30), seed: 1)
        EngineBindings.install(into: session, context: BindingContext(readableDirectories: [], emit: { _ in }))
        let source = """
        let model = Sequential([Dense(2, inputShape: [3])])
        model.compile(optimizer: Adam(), loss: .mse)
        var history = model.fit(Tensor.zeros([4, 3]), Tensor.zeros([4, 2]), epochs: 1, verbose: 0)
        """
        if case .failure(let error) = session.run(CellSource(text: source)) { XCTFail("\(error)") }
        let traits = session.dependencyTraits
        XCTAssertTrue(traits.resultSharesNothing("model", "predict"))
        XCTAssertTrue(traits.resultSharesNothing("model", "callAsFunction"))
        XCTAssertTrue(traits.resultSharesNothing("model", "fit"))
        XCTAssertFalse(traits.resultSharesNothing("model", "getLayer"), "a layer is part of the model")
        XCTAssertTrue(traits.resultSharesNothing("history", "values"), "a History never changes")
        XCTAssertFalse(traits.resultSharesNothing("unknown", "predict"))

        // `model.predict(x).argmax(axis: 1)` reads the model; `model.getLayer(index: 0).setWeights(w)` changes it.
        let cells = [source, "let labels = model.predict(Tensor.zeros([1, 3])).argmax(axis: 1)",
                     "print(model(Tensor.ones([2, 3])).scalars.map { $0 * 2 })",
                     "model.getLayer(index: 0).setWeights(model.getWeights())"]
        let deps = session.dependencies(of: cells)
        XCTAssertEqual(deps[1].mutates, [])
        XCTAssertEqual(deps[2].mutates, [])
        XCTAssertEqual(deps[3].mutates, ["model"])
    }

    func testALayerCallReadsABuiltLayerWithoutMovingStatistics() {
        let session = Session(limits: Limits(seconds: 30), seed: 1)
        EngineBindings.install(into: session, context: BindingContext(readableDirectories: [], emit: { _ in }))
        let source = """
        let model = Sequential([Dense(4, inputShape: [3]), BatchNormalization(), Dense(2)])
        model.compile(optimizer: Adam(), loss: .mse)
        let first = model.layers[0]
        let norm = model.layers[1]
        let loose = Dense(2)
        """
        if case .failure(let error) = session.run(CellSource(text: source)) { XCTFail("\(error)") }
        let traits = session.dependencyTraits
        XCTAssertTrue(traits.isReadOnlyMethod("first", "callAsFunction"), "a built Dense layer's call changes nothing")
        XCTAssertFalse(traits.isReadOnlyMethod("norm", "callAsFunction"), "training: true moves the statistics")
        XCTAssertFalse(traits.isReadOnlyMethod("loose", "callAsFunction"), "an unbuilt layer is built by its first call")
        let deps = session.dependencies(of: [source, "let maps = first(Tensor.zeros([1, 3]))",
                                             "print(norm(Tensor.zeros([1, 4]), training: true))"])
        XCTAssertEqual(deps[1].mutates, [])
        XCTAssertTrue(deps[2].mutates.contains("norm"))
    }
}

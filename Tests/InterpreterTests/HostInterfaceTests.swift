import Interpreter
import XCTest

/// The host interface as the engine bindings use it: functions, types, implicit members,
/// subscripts with ranges, operators, tuples, errors and display hooks.
final class HostInterfaceTests: XCTestCase {
    /// A toy "tensor": a flat array of Doubles.
    final class Vec { var xs: [Double]; init(_ xs: [Double]) { self.xs = xs } }

    func makeSession() -> (Session, Recorder) {
        let s = Session(seed: 1)
        let out = Recorder()
        s.output = out
        let vec = s.host.defineType("Vec")
        func wrap(_ xs: [Double]) -> Value { .host(HostObject(type: vec, payload: Vec(xs))) }
        vec.initializer([HostParam("_")]) { call in wrap(try call[0].toDoubleArray()) }
        vec.property("count") { obj in .int(try obj.payload(as: Vec.self).xs.count) }
        vec.method("sum") { call in .double(try call.this().payload(as: Vec.self).xs.reduce(0, +)) }
        vec.subscriptGetter { call in
            let v = try call.this().payload(as: Vec.self)
            if case .range = call[0] { return wrap(Array(v.xs[try call[0].toIntRange()])) }
            let i = try call.int(0)
            guard v.xs.indices.contains(i) else { throw HostError("index \(i) out of range") }
            return .double(v.xs[i])
        }
        vec.describe { obj in "Vec(\((obj.payload as? Vec)?.xs.count ?? 0))" }
        s.host.binaryOperator("/") { a, b in
            guard case .host(let h) = a, let v = h.payload as? Vec else { return nil }
            let d = try b.toDouble()
            return wrap(v.xs.map { $0 / d })
        }
        s.host.binaryOperator("+") { a, b in
            guard case .host(let x) = a, case .host(let y) = b, let p = x.payload as? Vec, let q = y.payload as? Vec else { return nil }
            return wrap(zip(p.xs, q.xs).map(+))
        }

        let act = s.host.defineType("Activation")
        act.staticValue("relu", .host(HostObject(type: act, payload: "relu")))
        act.staticValue("sigmoid", .host(HostObject(type: act, payload: "sigmoid")))
        act.describe { obj in "\(obj.payload)" }
        let reg = s.host.defineType("Regularizer")
        reg.staticMethod("l2", [HostParam("_")]) { call in .host(HostObject(type: reg, payload: try call.double(0))) }

        s.host.function("layer", [HostParam("_"), HostParam("activation", type: "Activation", default: Value.none),
                                  .optional("regularizer", type: "Regularizer")]) { call in
            let act = call.optional(1).map { s.describe($0) } ?? "none"
            let reg = (try? call[2].toHost().payload(as: Double.self)).map { "l2(\($0))" } ?? "none"
            return .string("layer(\(try call.int(0)), \(act), \(reg))")
        }
        s.host.function("split", [HostParam("_")]) { call in
            let n = try call.int(0)
            return .tuple([("train", .int(n * 8 / 10)), ("test", .int(n - n * 8 / 10))])
        }
        s.host.function("fail", [HostParam("_")]) { call in throw HostError("bad input: \(try call.string(0))") }
        s.host.function("slow") { call in
            while true { try call.session.checkLimits() }
        }
        return (s, out)
    }

    func testFunctionsTypesAndImplicitMembers() {
        let (s, out) = makeSession()
        let r = s.run(CellSource(text: """
        print(layer(128, activation: .relu))
        print(layer(10, regularizer: .l2(0.001)))
        print(layer(3))
        let v = Vec([1, 2, 3, 4])
        print(v, v.count, v.sum(), v[1], v[0..<2].sum(), (v / 2).sum(), (v + v).sum())
        let (train, test) = split(100)
        let parts = split(10)
        print(train, test, parts.train, parts.test)
        """))
        if case .failure(let e) = r { XCTFail(e.rendered) }
        XCTAssertEqual(out.text, """
        layer(128, relu, none)
        layer(10, none, l2(0.001))
        layer(3, none, none)
        Vec(4) 4 10.0 2.0 3.0 5.0 20.0
        80 20 8 2

        """)
    }

    func testHostErrorsAreLocatedAndCatchableWithTry() {
        let (s, out) = makeSession()
        guard case .failure(let e) = s.run(CellSource(text: "let a = 1\nfail(\"x\")", path: "nb.md", firstLine: 5)) else {
            return XCTFail("expected failure")
        }
        XCTAssertEqual(e.kind, .host)
        XCTAssertEqual(e.line, 6)
        XCTAssertEqual(e.message, "bad input: x")
        let r = s.run(CellSource(text: "do { try fail(\"y\") } catch { print(\"caught:\", error) }"))
        if case .failure(let e) = r { XCTFail(e.rendered) }
        XCTAssertEqual(out.text, "caught: bad input: y\n")
        guard case .failure(let sub) = s.run(CellSource(text: "Vec([1])[3]")) else { return XCTFail("expected failure") }
        XCTAssertEqual(sub.message, "index 3 out of range")
    }

    func testCooperativeTimeLimit() {
        let (s, _) = makeSession()
        s.limits.seconds = 0.1
        guard case .failure(let e) = s.run(CellSource(text: "slow()")) else { return XCTFail("expected failure") }
        XCTAssertTrue(e.message.contains("time limit"), e.message)
        XCTAssertThrowsError(try s.reserveMemory(Int.max))
        XCTAssertNoThrow(try s.reserveMemory(1024))
    }

    func testValueConversions() throws {
        XCTAssertEqual(try Value([[1.0, 2.0], [3.0, 4.0]]).toFlatDoubles().shape, [2, 2])
        XCTAssertEqual(try Value.int(3).toDouble(), 3.0)
        XCTAssertThrowsError(try Value.string("x").toInt())
        XCTAssertEqual(try Value.some(.int(2)).toInt(), 2)
        let s = Session()
        XCTAssertEqual(s.describe(.tuple([("a", .int(1)), (nil, .string("x"))])), "(a: 1, \"x\")")
        XCTAssertEqual(s.describe(Value([1.5, 2])), "[1.5, 2.0]")
    }
}

/// Standard-library enums that builtin methods take or return (`x.rounded(.down)`,
/// `x.sign == .minus`), modeled as enum types so implicit members and `==` work on them.
enum BuiltinEnums {
    static let roundingRule = make("FloatingPointRoundingRule",
                                   ["toNearestOrAwayFromZero", "toNearestOrEven", "up", "down", "towardZero", "awayFromZero"])
    static let sign = make("FloatingPointSign", ["plus", "minus"])
    static let comparisonResult = make("ComparisonResult", ["orderedAscending", "orderedSame", "orderedDescending"])
    static let compareOptions = make("CompareOptions", ["caseInsensitive", "regularExpression", "backwards", "anchored",
                                                        "literal", "numeric", "diacriticInsensitive"])

    /// `Result`: `.success(value)` / `.failure(error)`, with `get()`.
    static let result: UserType = {
        let t = UserType(name: "Result", kind: .enumeration)
        for (i, c) in ["success", "failure"].enumerated() {
            t.cases.append(UserType.EnumCase(name: c, labels: [nil], types: [nil], rawValue: nil, defaults: [nil]))
            t.caseIndex[c] = i
        }
        let get = Function(name: "get", params: [])
        get.hasSelf = true
        get.slotCount = 1
        get.framesEscape = false
        get.body = { frame in
            guard case .enumCase(let e) = frame.slots[0], let payload = e.payload.first else { return .void }
            if e.caseIndex == 0 { return payload }
            throw ThrownError(value: payload, loc: .unknown)
        }
        t.methods["get"] = [get]
        t.conformances = ["Equatable"]
        return t
    }()

    /// The builtin enum with a case of this name (used when no notebook type has one).
    static func owner(ofCase name: String) -> UserType? {
        if roundingRule.caseIndex[name] != nil { return roundingRule }
        if sign.caseIndex[name] != nil { return sign }
        if comparisonResult.caseIndex[name] != nil { return comparisonResult }
        if compareOptions.caseIndex[name] != nil { return compareOptions }
        if result.caseIndex[name] != nil { return result }
        return nil
    }

    /// Swift's rounding rule for a `FloatingPointRoundingRule` case value.
    static func rule(_ v: Value) -> FloatingPointRoundingRule? {
        guard case .enumCase(let e) = v, e.type === roundingRule else { return nil }
        switch e.caseName {
        case "toNearestOrAwayFromZero": return .toNearestOrAwayFromZero
        case "toNearestOrEven": return .toNearestOrEven
        case "up": return .up
        case "down": return .down
        case "towardZero": return .towardZero
        case "awayFromZero": return .awayFromZero
        default: return nil
        }
    }

    static func signValue(minus: Bool) -> Value { sign.caseValue(minus ? 1 : 0) }

    private static func make(_ name: String, _ cases: [String]) -> UserType {
        let t = UserType(name: name, kind: .enumeration)
        for (i, c) in cases.enumerated() {
            t.cases.append(UserType.EnumCase(name: c, labels: [], types: [], rawValue: nil, defaults: []))
            t.caseIndex[c] = i
        }
        // Fill the shared case instances now: afterwards sessions on other threads only read.
        for i in cases.indices { _ = t.caseValue(i) }
        t.conformances = ["Equatable", "Hashable"]
        return t
    }
}

extension Runtime {
    /// `Result { try work() }` / `Result(catching:)`: a thrown error becomes `.failure` (traps
    /// still stop the cell).
    func resultCatching(_ body: Value) throws -> Value {
        do { return BuiltinEnums.result.caseValue(0, payload: [try call(body, [])]) }
        catch let thrown as ThrownError { return BuiltinEnums.result.caseValue(1, payload: [thrown.value]) }
    }

    /// `map`, `flatMap`, `mapError` and `flatMapError` of a `Result` (nil for other names).
    func resultMethod(_ e: EnumInstance, _ name: String, _ args: [Value]) throws -> Value? {
        let onSuccess: Bool, flat: Bool
        switch name {
        case "map": (onSuccess, flat) = (true, false)
        case "flatMap": (onSuccess, flat) = (true, true)
        case "mapError": (onSuccess, flat) = (false, false)
        case "flatMapError": (onSuccess, flat) = (false, true)
        default: return nil
        }
        guard e.type === BuiltinEnums.result, args.count == 1, let payload = e.payload.first else { return nil }
        let isSuccess = e.caseIndex == 0
        guard isSuccess == onSuccess else { return .enumCase(e) }
        let out = try call(args[0], [payload])
        return flat ? out : BuiltinEnums.result.caseValue(e.caseIndex, payload: [out])
    }
}

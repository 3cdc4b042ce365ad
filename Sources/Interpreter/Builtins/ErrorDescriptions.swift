/// `error.localizedDescription` of a notebook error type, as Foundation on Linux gives it.
extension Runtime {
    /// A `LocalizedError`'s `errorDescription`, else "The operation could not be completed.
    /// (main.Type error N.)" where N is the enum case's code (cases with payloads are numbered
    /// first, as Swift lays them out) or 1 for other types; nil when `t` is not an `Error`.
    func localizedDescription(_ v: Value, _ t: UserType, at l: Loc) throws -> String? {
        guard isError(t) else { return nil }
        if t.computed["errorDescription"] != nil || session.registry.member(of: v, "errorDescription").0 != nil,
           case .some(let text) = try getMember(v, "errorDescription", MemberCache(), at: l) {
            return try describe(text, debug: false)
        }
        var code = 1
        if case .enumCase(let e) = v {
            let withPayload = t.cases.indices.filter { !t.cases[$0].types.isEmpty }
            let plain = t.cases.indices.filter { t.cases[$0].types.isEmpty }
            code = (withPayload + plain).firstIndex(of: e.caseIndex) ?? e.caseIndex
        }
        return "The operation could not be completed. (main.\(t.displayName) error \(code).)"
    }

    private func isError(_ t: UserType) -> Bool {
        if t.conformances.contains("Error") || t.conformances.contains("LocalizedError") { return true }
        return t.protocols.contains { isError($0) }
    }
}

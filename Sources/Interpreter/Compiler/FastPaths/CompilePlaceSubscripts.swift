/// `a[i]` and `a[i][k]` where the array and the indexes are plain variables: read in place,
/// without operand closures or copies of the outer array. Anything else (dictionaries, ranges,
/// out-of-range indexes…) goes to the general code, which reports errors as before.
extension Compiler {
    func placeIndex(_ pa: Place, _ pi: Place, general: @escaping Eval) -> Eval {
        switch (pa, pi) {
        case (.local(let a), .local(let i)): return index1(a, i, general)
        case (.local(let a), .global(let i)): return index1(a, i, general)
        case (.global(let a), .local(let i)): return index1(a, i, general)
        case (.global(let a), .global(let i)): return index1(a, i, general)
        }
    }

    func placeIndex2(_ pa: Place, _ pi: Place, _ pk: Place, general: @escaping Eval) -> Eval {
        switch (pa, pi) {
        case (.local(let a), .local(let i)): return index2(a, i, pk, general)
        case (.local(let a), .global(let i)): return index2(a, i, pk, general)
        case (.global(let a), .local(let i)): return index2(a, i, pk, general)
        case (.global(let a), .global(let i)): return index2(a, i, pk, general)
        }
    }

    private func index1<A: ValuePlace, I: ValuePlace>(_ pa: A, _ pi: I, _ general: @escaping Eval) -> Eval {
        { f in
            if case .array(let a) = pa.at(f).pointee, case .int(let i) = pi.at(f).pointee, i >= 0, i < a.count { return a[i] }
            if case .dictionary(let d) = pa.at(f).pointee {
                // `memo[n]`: one hash lookup, no key array.
                if let v = d.get(pi.at(f).pointee) { return .some(v) }
                return .none
            }
            return try general(f)
        }
    }

    private func index2<A: ValuePlace, I: ValuePlace>(_ pa: A, _ pi: I, _ pk: Place, _ general: @escaping Eval) -> Eval {
        switch pk {
        case .local(let k): return index2(pa, pi, k, general)
        case .global(let k): return index2(pa, pi, k, general)
        }
    }

    private func index2<A: ValuePlace, I: ValuePlace, K: ValuePlace>(_ pa: A, _ pi: I, _ pk: K, _ general: @escaping Eval) -> Eval {
        { f in
            if case .array(let a) = pa.at(f).pointee, case .int(let i) = pi.at(f).pointee, i >= 0, i < a.count,
               case .int(let k) = pk.at(f).pointee {
                if case .array(let row) = a[i], k >= 0, k < row.count { return row[k] }
            }
            return try general(f)
        }
    }
}

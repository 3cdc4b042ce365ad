/// Engine functions (`fit`, `Conv2D`, `Normalization`…) are Keras's, and Keras callers pass
/// keyword arguments in any order (`fit(x, y, batch_size:, epochs:, verbose:)`, while nbrun's
/// `fit` declares `epochs` first). For host functions only, a call whose labelled arguments
/// are all known but out of order binds as if they were written in declaration order; notebook
/// functions keep Swift's rule.
func matchHostArguments(_ params: [ParamShape], labels: [String?], trailing: [Bool]) -> [ArgBinding]? {
    if let strict = matchArguments(params, labels: labels, trailing: trailing) { return strict }
    // Each labelled argument goes to its parameter's position; unlabelled ones keep their places.
    var keys: [Int] = []
    var unlabelledSlots = params.indices.filter { params[$0].label == nil }.makeIterator()
    for label in labels {
        if let label {
            guard let p = params.firstIndex(where: { $0.label == label }) else { return nil }
            keys.append(p)
        } else {
            guard let p = unlabelledSlots.next() else { return nil }
            keys.append(p)
        }
    }
    let order = labels.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    guard order != Array(labels.indices),
          let bound = matchArguments(params, labels: order.map { labels[$0] }, trailing: order.map { trailing[$0] }) else { return nil }
    return bound.map { b in
        switch b {
        case .arg(let i): return .arg(order[i])
        case .variadic(let idxs): return .variadic(idxs.map { order[$0] })
        case .defaulted: return .defaulted
        }
    }
}

/// The host overload a call binds to, and how: declaration order first across every overload,
/// then any order of known labels.
func chooseHostOverload(_ fs: [HostFunction], labels: [String?], trailing: [Bool]) -> (HostFunction, [ArgBinding])? {
    for match in [matchArguments, matchHostArguments] {
        for hf in fs {
            let shapes = hf.params.map { ParamShape(label: $0.label, hasDefault: $0.defaultValue != nil, variadic: $0.variadic, isFunction: false) }
            if let b = match(shapes, labels, trailing) { return (hf, b) }
        }
    }
    return nil
}

let readings = [(1, 0.5), (2, 9.5), (3, -1.0)]
for r in readings {
    switch r {
    case (_, let v) where v < 0:
        print("invalid", v)
    case (let id, let v) where v > 5:
        print("high", id, v)
    case (let id, _):
        print("normal", id)
    }
}

// expect: normal 1
// expect: high 2 9.5
// expect: invalid -1.0

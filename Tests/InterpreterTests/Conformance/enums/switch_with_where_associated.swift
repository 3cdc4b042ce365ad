enum Reading { case temp(Double) }
for r in [Reading.temp(-3), .temp(20), .temp(40)] {
    switch r {
    case .temp(let t) where t < 0:
        print("freezing", t)
    case .temp(let t) where t > 30:
        print("hot", t)
    case .temp(let t):
        print("fine", t)
    }
}

// expect: freezing -3.0
// expect: fine 20.0
// expect: hot 40.0

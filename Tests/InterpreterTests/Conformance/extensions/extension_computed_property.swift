struct Temp { var c: Double }
extension Temp {
    var f: Double { c * 1.8 + 32 }
}
print(Temp(c: 10).f)

// expect: 50.0

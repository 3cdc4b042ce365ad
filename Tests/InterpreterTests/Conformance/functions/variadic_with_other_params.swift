func report(_ title: String, _ values: Double..., unit: String = "") -> String {
    let parts = values.map { "\($0)\(unit)" }
    return title + ": " + parts.joined(separator: ", ")
}
print(report("temps", 1.5, 2, unit: "C"))
print(report("none"))

// expect: temps: 1.5C, 2.0C
// expect: none: 

@resultBuilder
struct Log {
    static func buildBlock(_ parts: String...) -> String {
        print("block", parts)
        return parts.joined(separator: "|")
    }
    static func buildExpression(_ n: Int) -> String {
        print("expr", n)
        return "n\(n)"
    }
    static func buildOptional(_ part: String?) -> String {
        print("optional", part ?? "none")
        return part ?? "_"
    }
    static func buildEither(first part: String) -> String { "F\(part)" }
    static func buildEither(second part: String) -> String { "S\(part)" }
    static func buildArray(_ parts: [String]) -> String {
        print("array", parts)
        return parts.joined(separator: "+")
    }
}

@Log func run(_ k: Int) -> String {
    1
    if k == 0 { 10 } else if k == 1 { 11 }
    for i in 0..<k { i * 100 }
    switch k {
    case 0: 20
    case 1: 21
    case 2: 22
    case 3: 23
    case 4: 24
    default: 25
    }
}

for k in 0...2 { print(run(k)) }
print(run(5))

// expect: expr 1
// expect: expr 10
// expect: block ["n10"]
// expect: optional Fn10
// expect: array []
// expect: expr 20
// expect: block ["n20"]
// expect: block ["n1", "Fn10", "", "FFFn20"]
// expect: n1|Fn10||FFFn20
// expect: expr 1
// expect: expr 11
// expect: block ["n11"]
// expect: optional Sn11
// expect: expr 0
// expect: block ["n0"]
// expect: array ["n0"]
// expect: expr 21
// expect: block ["n21"]
// expect: block ["n1", "Sn11", "n0", "FFSn21"]
// expect: n1|Sn11|n0|FFSn21
// expect: expr 1
// expect: optional none
// expect: expr 0
// expect: block ["n0"]
// expect: expr 100
// expect: block ["n100"]
// expect: array ["n0", "n100"]
// expect: expr 22
// expect: block ["n22"]
// expect: block ["n1", "_", "n0+n100", "FSFn22"]
// expect: n1|_|n0+n100|FSFn22
// expect: expr 1
// expect: optional none
// expect: expr 0
// expect: block ["n0"]
// expect: expr 100
// expect: block ["n100"]
// expect: expr 200
// expect: block ["n200"]
// expect: expr 300
// expect: block ["n300"]
// expect: expr 400
// expect: block ["n400"]
// expect: array ["n0", "n100", "n200", "n300", "n400"]
// expect: expr 25
// expect: block ["n25"]
// expect: block ["n1", "_", "n0+n100+n200+n300+n400", "SSn25"]
// expect: n1|_|n0+n100+n200+n300+n400|SSn25

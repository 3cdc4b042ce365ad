enum Kind { case a, b }
class Ref { var n = 1 }
struct Holder {
    var kind: Kind
    var ref: Ref
    var label: String?
}
print(Holder(kind: .b, ref: Ref(), label: "x"))

// expect: Holder(kind: main.Kind.b, ref: main.Ref, label: Optional("x"))

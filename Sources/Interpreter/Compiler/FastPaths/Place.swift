/// Where a plain variable lives: a slot of the current frame or a global's cell. Compiled code
/// reads Int and Double values there in place, without copying the `Value` out. The two kinds
/// are separate types so code built for each (generic, specialized) has no branch on the kind.
protocol ValuePlace {
    func at(_ f: Frame) -> UnsafeMutablePointer<Value>
}

struct LocalPlace: ValuePlace {
    let slot: Int
    @inline(__always) func at(_ f: Frame) -> UnsafeMutablePointer<Value> { f.slots + slot }
}

struct GlobalPlace: ValuePlace {
    let box: Box
    @inline(__always) func at(_ f: Frame) -> UnsafeMutablePointer<Value> { box.cell }
}

enum Place {
    case local(LocalPlace)
    case global(GlobalPlace)
}

extension Operand {
    /// The operand's place when it is a local of the current frame or a global.
    var place: Place? {
        switch self {
        case .slot(let s): return .local(LocalPlace(slot: s))
        case .global(let b): return .global(GlobalPlace(box: b))
        default: return nil
        }
    }
}

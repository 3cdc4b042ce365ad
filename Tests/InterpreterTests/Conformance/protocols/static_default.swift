protocol Configurable {
    static var defaultName: String { get }
    var name: String { get }
}

extension Configurable {
    static var defaultName: String { "unnamed" }
    static func describeType() -> String { "type with default \(defaultName)" }
}

struct Widget: Configurable {
    var name = Widget.defaultName
}

struct Gadget: Configurable {
    static var defaultName: String { "gadget" }
    var name = "g1"
}

print(Widget().name, Gadget().name)
print(Widget.defaultName, Gadget.defaultName)
print(Widget.describeType())

// expect: unnamed g1
// expect: unnamed gadget
// expect: type with default unnamed

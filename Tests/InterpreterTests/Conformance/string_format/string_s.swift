// record: skip
// Foundation's String(format:) on Linux prints garbage for %s with a Swift String, so swiftc
// cannot record this; the expectation follows C printf semantics for the interpreter.
import Foundation
let name = "world"
print(String(format: "hello %s", name))
print(String(format: "%s=%d", "x", 3))
print(String(format: "[%s]", ""))

// expect: hello world
// expect: x=3
// expect: []

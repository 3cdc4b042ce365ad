// #if blocks: platform, compiler and language conditions as `swiftc main.swift` answers them
// here, #elseif chains, negation and && / ||, nesting inside an active clause.
#if os(Linux)
print("on Linux")
#elseif os(macOS) || os(iOS)
print("on an Apple platform")
#else
print("somewhere else")
#endif

#if !os(Windows) && (arch(x86_64) || arch(arm64))
print("64-bit, not Windows")
#endif

#if compiler(>=6.0)
print("compiler 6 or later")
  #if swift(>=6.0)
  print("Swift 6 language mode")
  #else
  print("Swift 5 language mode")
  #endif
#endif

#if _runtime(_ObjC)
print("Objective-C runtime")
#else
print("native runtime")
#endif

#if DEBUG
print("DEBUG is set")
#endif

#if targetEnvironment(simulator)
print("simulator")
#elseif _endian(little) && _pointerBitWidth(_64)
print("little-endian, 64-bit pointers")
#endif

#if canImport(Foundation)
import Foundation
print(String(format: "%.2f", 2.0.squareRoot()))
#endif

// Code in an inactive clause only has to parse.
#if os(Windows)
let neverDefined = thisNameDoesNotExist()
#endif
print("done")

// expect: on Linux
// expect: 64-bit, not Windows
// expect: compiler 6 or later
// expect: Swift 5 language mode
// expect: native runtime
// expect: little-endian, 64-bit pointers
// expect: 1.41
// expect: done

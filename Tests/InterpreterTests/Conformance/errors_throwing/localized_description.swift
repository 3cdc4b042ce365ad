import Foundation
enum E: Error { case a, b(Int), c }
struct S: Error { let x: Int }
enum Outer { enum Inner: Error { case z, y } }
enum L: LocalizedError { case bad; var errorDescription: String? { "really bad" } }
enum M: LocalizedError { case m }
print(E.a.localizedDescription); print(E.b(3).localizedDescription); print(E.c.localizedDescription)
print(S(x: 1).localizedDescription); print(Outer.Inner.y.localizedDescription)
print(L.bad.localizedDescription); print(M.m.localizedDescription)
let e: Error = E.c
print(e.localizedDescription)

// expect: The operation could not be completed. (main.E error 1.)
// expect: The operation could not be completed. (main.E error 0.)
// expect: The operation could not be completed. (main.E error 2.)
// expect: The operation could not be completed. (main.S error 1.)
// expect: The operation could not be completed. (main.Outer.Inner error 1.)
// expect: really bad
// expect: The operation could not be completed. (main.M error 0.)
// expect: The operation could not be completed. (main.E error 2.)

// Overloads told apart by metatype parameters (Never.Type, Int.Type, a superclass's .Type against a generic T.Type); E.self of a generic bound by E.Type.
enum Oops: Error { case bad }
func expect<R>(_ type: Never.Type, _ body: () throws -> R) { do { _ = try body(); print("none thrown: ok") } catch { print("unexpected", error) } }
func expect<E: Error, R>(_ type: E.Type, _ body: () throws -> R) {
    do { _ = try body(); print("expected \(E.self)") } catch { print(error is E ? "caught \(E.self)" : "wrong") }
}
func boom(_ x: Int) throws -> Int { if x < 0 { throw Oops.bad }; return x }
expect(Never.self) { try boom(1) }
expect(Oops.self) { try boom(-1) }
expect(Oops.self) { try boom(2) }
func name<T>(_ t: T.Type) -> String { "generic \(t)" }
func name(_ t: Int.Type) -> String { "Int!" }
print(name(Int.self), name(String.self), name(Double.self))
class Animal {}
class Dog: Animal {}
func kind(_ t: Animal.Type) -> String { "animal \(t)" }
func kind<T>(_ t: T.Type) -> String { "other \(t)" }
print(kind(Dog.self), kind(Int.self))

// expect: none thrown: ok
// expect: caught Oops
// expect: expected Oops
// expect: Int! generic String generic Double
// expect: animal Dog other Int

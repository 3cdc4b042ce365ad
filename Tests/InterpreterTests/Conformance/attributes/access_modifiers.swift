public struct Account {
    public private(set) var balance = 0
    private var history: [Int] = []
    fileprivate var tag = "acct"
    internal let id = 7
    public mutating func deposit(_ n: Int) {
        balance += n
        history.append(n)
    }
    public func count() -> Int { history.count }
}
var a = Account()
a.deposit(5)
a.deposit(7)
print(a.balance, a.count(), a.tag, a.id)
open class Base {
    open func name() -> String { "base" }
    public init() {}
}
final class Derived: Base {
    override func name() -> String { "derived" }
}
let items: [Base] = [Base(), Derived()]
print(items.map { $0.name() })
private func secret() -> Int { 42 }
fileprivate let hidden = 1
print(secret() + hidden)

// expect: 12 2 acct 7
// expect: ["base", "derived"]
// expect: 43

// One catch clause with several patterns; bindings shared across them; where clauses per pattern.
enum Vending: Error { case invalidSelection, outOfStock, insufficientFunds(coinsNeeded: Int), jammed(Int) }
func buy(_ n: Int) throws -> String {
    switch n {
    case 0: throw Vending.invalidSelection
    case 1: throw Vending.outOfStock
    case 2: throw Vending.insufficientFunds(coinsNeeded: 3)
    case 3: throw Vending.jammed(7)
    default: return "snack \(n)"
    }
}
for n in 0...4 {
    do {
        print(try buy(n))
    } catch Vending.invalidSelection, Vending.outOfStock {
        print("cannot sell", n)
    } catch Vending.insufficientFunds(let k), Vending.jammed(let k) where k > 5 {
        print("number", k)
    } catch {
        print("other:", error)
    }
}

// expect: cannot sell 0
// expect: cannot sell 1
// expect: number 3
// expect: number 7
// expect: snack 4

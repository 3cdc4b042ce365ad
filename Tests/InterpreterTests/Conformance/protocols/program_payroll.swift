protocol Payable {
    var monthlyPay: Double { get }
}

protocol Employee: Payable {
    var name: String { get }
    var title: String { get }
}

extension Employee {
    func payslip() -> String {
        "\(name), \(title): \(monthlyPay)"
    }
}

struct Salaried: Employee {
    var name: String
    var title = "staff"
    var yearly: Double
    var monthlyPay: Double { yearly / 12 }
}

struct Hourly: Employee {
    var name: String
    var title: String { "hourly" }
    var rate: Double
    var hours: Double
    var monthlyPay: Double { rate * hours }
}

final class Contractor: Payable {
    var invoices: [Double] = []
    func bill(_ amount: Double) { invoices.append(amount) }
    var monthlyPay: Double { invoices.reduce(0, +) }
}

let team: [Employee] = [
    Salaried(name: "Ada", yearly: 60000),
    Hourly(name: "Bo", rate: 20, hours: 80),
    Salaried(name: "Cy", title: "lead", yearly: 96000),
]
for e in team { print(e.payslip()) }

let c = Contractor()
c.bill(1200)
c.bill(300.5)
var payables: [Payable] = team
payables.append(c)
let total = payables.reduce(0.0) { $0 + $1.monthlyPay }
print("total", total)
let top = team.max { $0.monthlyPay < $1.monthlyPay }!
print("top earner", top.name)
print(payables.count, payables.filter { $0 is Employee }.count)

// expect: Ada, staff: 5000.0
// expect: Bo, hourly: 1600.0
// expect: Cy, lead: 8000.0
// expect: total 16100.5
// expect: top earner Cy
// expect: 4 3

var issued = 0
func nextID() -> Int {
    issued += 1
    return issued * 10
}

struct Ticket {
    var id = nextID()
    var title: String
    let kind = "ticket"
}

let a = Ticket(title: "first")
let b = Ticket(id: 7, title: "second")
let c = Ticket(title: "third")
print(a.id, b.id, c.id, issued)
print(a.kind, b.title)

// expect: 10 7 20 2
// expect: ticket second

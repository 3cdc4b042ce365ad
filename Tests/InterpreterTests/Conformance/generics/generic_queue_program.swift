struct Queue<T> {
    private var inbox: [T] = []
    private var outbox: [T] = []

    var isEmpty: Bool { inbox.isEmpty && outbox.isEmpty }
    var count: Int { inbox.count + outbox.count }

    mutating func enqueue(_ x: T) { inbox.append(x) }

    mutating func dequeue() -> T? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }
}

var q = Queue<String>()
for w in ["one", "two", "three"] { q.enqueue(w) }
print(q.dequeue()!, q.count)
q.enqueue("four")
var order: [String] = []
while let x = q.dequeue() { order.append(x) }
print(order, q.isEmpty)

var numbers = Queue<Int>()
for i in 1...5 { numbers.enqueue(i * 10) }
var total = 0
while !numbers.isEmpty { total += numbers.dequeue()! }
print(total)

// expect: one 2
// expect: ["two", "three", "four"] true
// expect: 150

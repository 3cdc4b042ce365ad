class Node<T> {
    var value: T
    var next: Node<T>?
    init(_ value: T, next: Node<T>? = nil) {
        self.value = value
        self.next = next
    }
}

class LinkedList<T> {
    var head: Node<T>?
    var count = 0

    func prepend(_ v: T) {
        head = Node(v, next: head)
        count += 1
    }

    func toArray() -> [T] {
        var out: [T] = []
        var cur = head
        while let n = cur {
            out.append(n.value)
            cur = n.next
        }
        return out
    }
}

let list = LinkedList<String>()
list.prepend("c")
list.prepend("b")
list.prepend("a")
print(list.toArray(), list.count)
let nums = LinkedList<Int>()
for i in 1...4 { nums.prepend(i * i) }
print(nums.toArray())
print(nums.head!.value)

// expect: ["a", "b", "c"] 3
// expect: [16, 9, 4, 1]
// expect: 16

var queue = [1, 2, 3]
while !queue.isEmpty {
    let head = queue.removeFirst()
    if head == 1 {
        queue.append(4)
    }
    print(head)
}

// expect: 1
// expect: 2
// expect: 3
// expect: 4

class Box { var items: [Int] = [] }
let box = Box()
box.items.append(1)
box.items.append(2)
print(box.items)

// expect: [1, 2]

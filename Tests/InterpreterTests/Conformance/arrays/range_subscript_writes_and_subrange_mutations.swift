var list = ["Eggs", "Milk", "Flour", "Sugar", "Salt", "Butter", "Cheese"]
list[4...6] = ["Bananas", "Apples"]
print(list)
list[1..<3] = ["Tea"]
print(list)
list.insert(contentsOf: ["Jam", "Honey"], at: 1)
print(list)
list.removeSubrange(0..<2)
print(list)
list.replaceSubrange(1...2, with: ["Rice", "Beans", "Corn"])
print(list)
var numbers = [5, 2, 8, 1, 9, 4, 7, 6, 3]
let pivot = numbers.partition { $0 > 5 }
print(pivot, numbers[..<pivot].sorted(), numbers[pivot...].sorted())
print([1, 2, 3].lexicographicallyPrecedes([1, 2, 4]), [2].lexicographicallyPrecedes([1, 9]), [1, 2].lexicographicallyPrecedes([1, 2, 0]))
print(["b", "a"].lexicographicallyPrecedes(["b"]))

// expect: ["Eggs", "Milk", "Flour", "Sugar", "Bananas", "Apples"]
// expect: ["Eggs", "Tea", "Sugar", "Bananas", "Apples"]
// expect: ["Eggs", "Jam", "Honey", "Tea", "Sugar", "Bananas", "Apples"]
// expect: ["Honey", "Tea", "Sugar", "Bananas", "Apples"]
// expect: ["Honey", "Rice", "Beans", "Corn", "Bananas", "Apples"]
// expect: 5 [1, 2, 3, 4, 5] [6, 7, 8, 9]
// expect: true false true
// expect: false

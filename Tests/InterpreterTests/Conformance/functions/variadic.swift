func sum(_ numbers: Int...) -> Int {
    var total = 0
    for n in numbers { total += n }
    return total
}
print(sum())
print(sum(1))
print(sum(1, 2, 3, 4))

// expect: 0
// expect: 1
// expect: 10

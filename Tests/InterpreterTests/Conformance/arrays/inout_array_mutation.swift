func push(_ xs: inout [Int], _ v: Int) {
    xs.append(v)
}
var stack: [Int] = []
push(&stack, 1)
push(&stack, 2)
print(stack)

// expect: [1, 2]

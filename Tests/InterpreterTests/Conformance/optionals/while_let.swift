var stack = [1, 2, 3]
while let top = stack.popLast() {
    print(top)
}
print(stack.isEmpty)

// expect: 3
// expect: 2
// expect: 1
// expect: true

var counter = 0
let increment = {
    counter += 1
}
increment()
increment()
print(counter)
counter = 10
increment()
print(counter)

// expect: 2
// expect: 11

var i = 0
loop: while true {
    i += 1
    switch i {
    case 3:
        continue loop
    case 5:
        break loop
    default:
        print(i)
    }
}
print("stopped at", i)

// expect: 1
// expect: 2
// expect: 4
// expect: stopped at 5

let x = 5
switch x {
case 1:
    print("one")
case 5:
    if x > 3 {
        break
    }
    print("not reached")
default:
    break
}
print("done")

// expect: done

let n = 3
switch n {
case 3:
    print("three")
    fallthrough
case 4:
    print("four or after three")
default:
    print("default")
}

// expect: three
// expect: four or after three

let flag: Bool? = true
if flag == true {
    print("yes")
}
let unknown: Bool? = nil
if unknown != true {
    print("not true")
}

// expect: yes
// expect: not true

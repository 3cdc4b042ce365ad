let people = [("bo", 30), ("al", 25), ("cy", 30)]
let ordered = people.sorted {
    if $0.1 != $1.1 { return $0.1 > $1.1 }
    return $0.0 < $1.0
}
print(ordered)

// expect: [("bo", 30), ("cy", 30), ("al", 25)]

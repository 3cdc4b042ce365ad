enum Animal { case cat, dog, bird, fish }
for a in [Animal.cat, .fish] {
    switch a {
    case .cat, .dog:
        print("mammal")
    default:
        print("other")
    }
}

// expect: mammal
// expect: other

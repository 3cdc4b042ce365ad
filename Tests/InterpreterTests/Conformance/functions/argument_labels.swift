func greet(person name: String, from town: String) -> String {
    return "Hi \(name) from \(town)"
}
print(greet(person: "Ana", from: "Oslo"))

// expect: Hi Ana from Oslo

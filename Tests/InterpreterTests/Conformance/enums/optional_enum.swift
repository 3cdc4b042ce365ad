enum Color { case red, blue }
let c: Color? = .blue
print(c)
if let c = c {
    print(c)
}

// expect: Optional(main.Color.blue)
// expect: blue

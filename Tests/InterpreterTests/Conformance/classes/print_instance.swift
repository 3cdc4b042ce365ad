class Cat {
    var name = "Tom"
}
let c = Cat()
print(c)
print([Cat()])
let o: Cat? = Cat()
print(o as Any)

// expect: main.Cat
// expect: [main.Cat]
// expect: Optional(main.Cat)

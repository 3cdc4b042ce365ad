enum Inner: Error { case a }
enum Outer: Error { case b }
do {
    do {
        throw Inner.a
    } catch Inner.a {
        print("inner caught")
        throw Outer.b
    }
} catch {
    print("outer caught", error)
}

// expect: inner caught
// expect: outer caught b

protocol View {
    func render(_ depth: Int) -> [String]
}

struct Text: View {
    let s: String
    init(_ s: String) { self.s = s }
    func render(_ depth: Int) -> [String] { [String(repeating: "  ", count: depth) + "Text(\(s))"] }
}

struct Pair<A: View, B: View>: View {
    let a: A
    let b: B
    func render(_ depth: Int) -> [String] {
        ["\(String(repeating: "  ", count: depth))Pair"] + a.render(depth + 1) + b.render(depth + 1)
    }
}

struct Maybe<C: View>: View {
    let c: C?
    func render(_ depth: Int) -> [String] {
        c?.render(depth) ?? [String(repeating: "  ", count: depth) + "Empty"]
    }
}

struct Stack<Content: View>: View {
    let content: Content
    init(@ViewBuilder _ content: () -> Content) { self.content = content() }
    func render(_ depth: Int) -> [String] {
        ["\(String(repeating: "  ", count: depth))Stack"] + content.render(depth + 1)
    }
}

@resultBuilder
enum ViewBuilder {
    static func buildBlock<C: View>(_ c: C) -> C { c }
    static func buildBlock<A: View, B: View>(_ a: A, _ b: B) -> Pair<A, B> { Pair(a: a, b: b) }
    static func buildOptional<C: View>(_ c: C?) -> Maybe<C> { Maybe(c: c) }
}

protocol Screen {
    associatedtype Body: View
    @ViewBuilder var body: Body { get }
}

struct Greeting: Screen {
    let loud: Bool
    var body: some View {
        Text("hi")
        Stack {
            if loud {
                Text("HELLO")
            }
            Text("bye")
        }
    }
}

for loud in [true, false] {
    for line in Greeting(loud: loud).body.render(0) { print(line) }
}

// expect: Pair
// expect:   Text(hi)
// expect:   Stack
// expect:     Pair
// expect:       Text(HELLO)
// expect:       Text(bye)
// expect: Pair
// expect:   Text(hi)
// expect:   Stack
// expect:     Pair
// expect:       Empty
// expect:       Text(bye)

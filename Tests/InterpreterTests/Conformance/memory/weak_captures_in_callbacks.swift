class Button {
    var onTap: (() -> Void)?
    func tap() { onTap?() }
}
class Screen {
    let title: String
    let button = Button()
    var taps = 0
    init(title: String) {
        self.title = title
        button.onTap = { [weak self] in
            guard let self else { print("screen gone"); return }
            self.taps += 1
            print("\(self.title) tapped \(self.taps)")
        }
    }
    deinit { print("closing \(title)") }
}
var screen: Screen? = Screen(title: "Home")
let button = screen!.button
button.tap()
button.tap()
screen = nil
button.tap()
class Counter {
    var n = 0
    lazy var increment: () -> Int = { [unowned self] in
        self.n += 1
        return self.n
    }
    deinit { print("counter freed at \(n)") }
}
var c: Counter? = Counter()
print(c!.increment(), c!.increment())
c = nil
print("end")

// expect: Home tapped 1
// expect: Home tapped 2
// expect: closing Home
// expect: screen gone
// expect: 1 2
// expect: counter freed at 2
// expect: end

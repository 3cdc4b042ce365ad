class Widget {}
let w: Widget? = Widget()
print(w!)
print([Widget(), Widget()])

// expect: main.Widget
// expect: [main.Widget, main.Widget]

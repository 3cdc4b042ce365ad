struct Position { var x = 0, y = 0 }
class Robot {
    var pos = Position()
    func move(dx: Int, dy: Int) {
        pos.x += dx
        pos.y += dy
    }
}
let r = Robot()
r.move(dx: 2, dy: 3)
r.move(dx: -1, dy: 0)
print(r.pos)

// expect: Position(x: 1, y: 3)

// Robot simulator: a robot on a grid turns and advances following an instruction string.
enum Direction: String, CaseIterable {
    case north, east, south, west

    var right: Direction {
        let all = Direction.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    var left: Direction {
        let all = Direction.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }
}

struct Robot {
    enum Instruction: Character {
        case turnRight = "R", turnLeft = "L", advance = "A"
    }

    private(set) var x: Int
    private(set) var y: Int
    private(set) var bearing: Direction

    init(x: Int = 0, y: Int = 0, facing bearing: Direction = .north) {
        self.x = x
        self.y = y
        self.bearing = bearing
    }

    var position: (x: Int, y: Int) { (x, y) }

    mutating func perform(_ instruction: Instruction) {
        switch instruction {
        case .turnRight: bearing = bearing.right
        case .turnLeft: bearing = bearing.left
        case .advance:
            switch bearing {
            case .north: y += 1
            case .south: y -= 1
            case .east: x += 1
            case .west: x -= 1
            }
        }
    }

    mutating func run(_ program: String) {
        for ch in program {
            if let instruction = Instruction(rawValue: ch) { perform(instruction) }
        }
    }
}

extension Robot: CustomStringConvertible {
    var description: String { "(\(x), \(y)) facing \(bearing.rawValue)" }
}
// cell
var robot = Robot()
print(robot)
robot.run("R")
print(robot)
robot.run("RRR")
print(robot)
robot.run("L")
print(robot)
for start in Direction.allCases {
    var r = Robot(x: 0, y: 0, facing: start)
    r.run("A")
    print(start, r.position.x, r.position.y)
}
var traveller = Robot(x: 7, y: 3, facing: .north)
traveller.run("RAALAL")
print(traveller)
var lost = Robot(x: 2, y: -7, facing: .east)
lost.run("RRAAAAALA")
print(lost)
var other = Robot(x: 8, y: 4, facing: .south)
other.run("LAAARRRALLLL?")
print(other, other.bearing == .north)

// expect: (0, 0) facing north
// expect: (0, 0) facing east
// expect: (0, 0) facing north
// expect: (0, 0) facing west
// expect: north 0 1
// expect: east 1 0
// expect: south 0 -1
// expect: west -1 0
// expect: (9, 4) facing west
// expect: (-3, -8) facing south
// expect: (11, 5) facing north true

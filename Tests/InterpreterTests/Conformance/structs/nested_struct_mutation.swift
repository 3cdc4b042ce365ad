struct Engine { var rpm = 0 }
struct Car {
    var engine = Engine()
    var speed = 0
}
var car = Car()
car.engine.rpm = 3000
car.speed += 50
print(car)

// expect: Car(engine: main.Engine(rpm: 3000), speed: 50)

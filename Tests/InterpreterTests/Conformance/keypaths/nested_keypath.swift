struct Address { var city: String }
struct User { var name: String; var address: Address }
let users = [User(name: "a", address: Address(city: "Oslo")), User(name: "b", address: Address(city: "Lima"))]
print(users.map(\.address.city))
var u = users[0]
u[keyPath: \User.address.city] = "Rome"
print(u.address.city)

// expect: ["Oslo", "Lima"]
// expect: Rome

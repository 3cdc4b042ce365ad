@propertyWrapper
struct Logged {
    var value: String
    init(wrappedValue: String) { value = wrappedValue }
    var wrappedValue: String {
        get { value }
        set {
            print("set to \(newValue)")
            value = newValue
        }
    }
}
class Profile {
    @Logged var name = "anon"
    func rename(_ n: String) { name = n }
}
let pr = Profile()
pr.rename("kim")
pr.name = "lee"
print(pr.name)

// expect: set to kim
// expect: set to lee
// expect: lee

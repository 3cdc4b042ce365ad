struct Pet { var name: String }
struct Owner { var pet: Pet? }
let owners = [Owner(pet: Pet(name: "Rex")), Owner(pet: nil)]
print(owners.map(\.pet?.name))
print(owners.compactMap(\.pet?.name))

// expect: [Optional("Rex"), nil]
// expect: ["Rex"]

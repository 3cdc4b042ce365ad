// record: skip
print("before")
struct Toppings: OptionSet { let rawValue: Int }
// expect error: 3:18: conformance of notebook types to 'OptionSet' is not supported in notebooks

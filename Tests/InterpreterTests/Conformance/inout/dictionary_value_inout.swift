func addItem(_ list: inout [String], _ item: String) { list.append(item) }
var groups: [String: [String]] = ["fruit": []]
addItem(&groups["fruit"]!, "apple")
addItem(&groups["fruit"]!, "kiwi")
print(groups)

// expect: ["fruit": ["apple", "kiwi"]]

// record: skip
protocol Named {
    var name: String { get set }
}
struct Fixed: Named {
    let name: String
}
// expect error: 5:15: type 'Fixed' does not conform to protocol 'Named' (it requires property 'name')

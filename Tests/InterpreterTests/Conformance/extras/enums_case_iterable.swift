enum Weekday: CaseIterable {
    case mon, tue, wed
}
print(Weekday.allCases.count)
for d in Weekday.allCases {
    print(d)
}

// expect: 3
// expect: mon
// expect: tue
// expect: wed

// Leap: the Gregorian leap-year rule, as a computed property on a small year type.
struct Year {
    let calendarYear: Int

    var isLeapYear: Bool {
        calendarYear.isMultiple(of: 4) && (!calendarYear.isMultiple(of: 100) || calendarYear.isMultiple(of: 400))
    }
}
// cell
for y in [2015, 1970, 1996, 1960, 2100, 1900, 2000, 2400, 1800, 1600, 2023, 2024] {
    print(y, Year(calendarYear: y).isLeapYear)
}
let leaps = (1890...1920).filter { Year(calendarYear: $0).isLeapYear }
print(leaps)

// expect: 2015 false
// expect: 1970 false
// expect: 1996 true
// expect: 1960 true
// expect: 2100 false
// expect: 1900 false
// expect: 2000 true
// expect: 2400 true
// expect: 1800 false
// expect: 1600 true
// expect: 2023 false
// expect: 2024 true
// expect: [1892, 1896, 1904, 1908, 1912, 1916, 1920]

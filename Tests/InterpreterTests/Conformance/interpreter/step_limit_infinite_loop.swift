// record: skip
// limit steps: 100000
print("start")
var n = 0
while true {
    n += 1
}
// expect: start
// expect error: 5:1: step limit exceeded

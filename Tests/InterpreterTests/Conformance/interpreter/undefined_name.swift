// record: skip
print(1)
print(totl)
// expect error: 3:7: cannot find 'totl' in scope

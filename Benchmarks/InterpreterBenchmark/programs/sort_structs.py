# Benchmark: sorting a list of objects with custom keys (several keys), sorting in place,
# and a hand-written insertion sort on a small slice.


class Student:
    def __init__(self, name, grade, age, score):
        self.name = name
        self.grade = grade
        self.age = age
        self.score = score


seed = 8


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


first_names = ["Ada", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hana", "Ivo", "Jun"]
students = []
for i in range(20000):
    name = first_names[random(len(first_names))] + str(i % 97)
    students.append(Student(name, 1 + random(12), 6 + random(12), random(1000) / 10.0))

by_grade = sorted(students, key=lambda s: (s.grade, -s.score, s.name))
checksum = 0
for i, s in enumerate(by_grade):
    if i % 100 == 0:
        checksum = (checksum * 31 + s.age + s.grade * 7 + len(s.name)) % 1000003

by_age = list(students)
by_age.sort(key=lambda s: (s.age, s.name))
oldest = by_age[-1]

small = students[:600]
for i in range(1, len(small)):
    current = small[i]
    j = i - 1
    while j >= 0 and small[j].score > current.score:
        small[j + 1] = small[j]
        j -= 1
    small[j + 1] = current
print(f"checksum: {checksum} {by_grade[0].name} {oldest.name} {oldest.age} {int(small[300].score * 10)}")

# Benchmark: dynamic programming over a 2-D table: Levenshtein distance and the longest
# common subsequence between pairs of generated strings.
letters = list("acgt")

seed = 17


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


def make_word(length):
    s = ""
    for _ in range(length):
        s += letters[random(len(letters))]
    return s


def edit_distance(a, b):
    x = list(a)
    y = list(b)
    table = [[0] * (len(y) + 1) for _ in range(len(x) + 1)]
    for i in range(len(x) + 1):
        table[i][0] = i
    for j in range(len(y) + 1):
        table[0][j] = j
    for i in range(1, len(x) + 1):
        for j in range(1, len(y) + 1):
            cost = 0 if x[i - 1] == y[j - 1] else 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
    return table[len(x)][len(y)]


def lcs_length(a, b):
    x = list(a)
    y = list(b)
    table = [[0] * (len(y) + 1) for _ in range(len(x) + 1)]
    for i in range(1, len(x) + 1):
        for j in range(1, len(y) + 1):
            if x[i - 1] == y[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table[len(x)][len(y)]


distances = 0
common = 0
for _ in range(14):
    a = make_word(150 + random(50))
    b = make_word(150 + random(50))
    distances += edit_distance(a, b)
    common += lcs_length(a, b)
print(f"checksum: {distances} {common}")

# Benchmark: tree recursion over class nodes: a binary search tree built by recursive
# insertion, then measured (height, sum, in-order walk, range count) recursively.


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    elif key > node.key:
        node.right = insert(node.right, key)
    return node


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def tree_sum(node):
    if node is None:
        return 0
    return node.key + tree_sum(node.left) + tree_sum(node.right)


def in_order(node, out):
    if node is None:
        return
    in_order(node.left, out)
    out.append(node.key)
    in_order(node.right, out)


def count_in_range(node, low, high):
    if node is None:
        return 0
    count = 0
    if low <= node.key <= high:
        count += 1
    if node.key > low:
        count += count_in_range(node.left, low, high)
    if node.key < high:
        count += count_in_range(node.right, low, high)
    return count


seed = 99


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


checksum = 0
for rnd in range(4):
    root = None
    for _ in range(12000):
        root = insert(root, random(1000000))
    keys = []
    in_order(root, keys)
    is_sorted = True
    for i in range(1, len(keys)):
        if keys[i - 1] >= keys[i]:
            is_sorted = False
    ranges = 0
    for q in range(200):
        ranges += count_in_range(root, q * 5000, q * 5000 + 20000)
    checksum += height(root) + tree_sum(root) % 1000 + len(keys) + ranges + (rnd if is_sorted else 0)
print(f"checksum: {checksum}")

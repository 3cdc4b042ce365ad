# Benchmark: a Stack class with push/pop, used by a reverse-Polish-notation evaluator over
# generated expressions (tokens as tuples).


class Stack:
    def __init__(self):
        self._items = []

    def is_empty(self):
        return not self._items

    def __len__(self):
        return len(self._items)

    def push(self, item):
        self._items.append(item)

    def pop(self):
        return self._items.pop() if self._items else None

    def peek(self):
        return self._items[-1] if self._items else None


def rem(a, b):
    """Swift's %: the remainder takes the sign of the dividend."""
    r = abs(a) % b
    return r if a >= 0 else -r


def evaluate(tokens):
    stack = Stack()
    for kind, value in tokens:
        if kind == "number":
            stack.push(value)
        else:
            right = stack.pop()
            if right is None:
                return None
            left = stack.pop()
            if left is None:
                return None
            if value == "+":
                stack.push(left + right)
            elif value == "-":
                stack.push(left - right)
            elif value == "*":
                stack.push(rem(left * right, 100003))
            else:
                stack.push(left if right == 0 else int(left / right))
    return stack.peek() if len(stack) == 1 else None


seed = 77


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


operators = ["+", "-", "*", "/"]
expressions = []
for _ in range(400):
    tokens = [("number", 1 + random(50))]
    for _ in range(40):
        tokens.append(("number", 1 + random(50)))
        tokens.append(("op", operators[random(len(operators))]))
    expressions.append(tokens)

names = Stack()
checksum = 0
for rnd in range(40):
    for tokens in expressions:
        value = evaluate(tokens)
        if value is not None:
            checksum = rem(checksum + value + rnd, 1000003)
    names.push(f"round{rnd}")
print(f"checksum: {checksum} {len(names)} {names.peek() or ''}")

# Benchmark: string processing: classify characters, reverse the words of sentences,
# find palindromes, and build a title-cased copy character by character.
pieces = ["level", "Swift", "radar", "code", "noon", "Kayak", "42", "data", "stats",
          "rotor", "hello", "Madam", "x7", "civic", "loop", "refer", "!", "tenet"]

seed = 13


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


def is_palindrome(word):
    chars = list(word.lower())
    i = 0
    j = len(chars) - 1
    while i < j:
        if chars[i] != chars[j]:
            return False
        i += 1
        j -= 1
    return True


def reverse_words(sentence):
    words = sentence.split(" ")
    return " ".join(reversed(words))


letters = 0
digits = 0
uppercase = 0
spaces = 0
palindromes = 0
reversed_length = 0
title_hash = 0
for _ in range(9000):
    sentence = ""
    for k in range(8):
        if k > 0:
            sentence += " "
        sentence += pieces[random(len(pieces))]
    for ch in sentence:
        if ch.isalpha():
            letters += 1
            if ch.isupper():
                uppercase += 1
        elif ch.isnumeric():
            digits += 1
        elif ch == " ":
            spaces += 1
    for word in sentence.split(" "):
        if is_palindrome(word):
            palindromes += 1
    rev = reverse_words(sentence)
    reversed_length += len(rev)

    title = ""
    start_of_word = True
    for ch in sentence:
        if start_of_word:
            title += ch.upper()
        else:
            title += ch
        start_of_word = ch == " "
    title_hash = (title_hash * 31 + len(title) + (1 if title.startswith("S") else 0)) % 1000003
print(f"checksum: {letters} {digits} {uppercase} {spaces} {palindromes} {reversed_length} {title_hash}")

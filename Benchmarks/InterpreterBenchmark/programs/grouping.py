# Benchmark: a dictionary of lists: group records by key with setdefault(key, []).append(x),
# then summarize each group (mean, median, max) in key order.


class Sale:
    def __init__(self, city, product, amount):
        self.city = city
        self.product = product
        self.amount = amount


cities = ["Oslo", "Lima", "Rome", "Kyiv", "Doha", "Baku", "Riga", "Suva", "Apia", "Male"]
products = ["tea", "rice", "soap", "milk", "salt", "oil"]

seed = 31


def random(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed // 65536) % n


sales = []
for _ in range(90000):
    sales.append(Sale(cities[random(len(cities))], products[random(len(products))], 1 + random(500)))

by_city = {}
by_product = {}
for sale in sales:
    by_city.setdefault(sale.city, []).append(sale.amount)
    by_product.setdefault(sale.product, []).append(sale)

checksum = 0
for city in sorted(by_city):
    amounts = sorted(by_city[city])
    total = sum(amounts)
    median = amounts[len(amounts) // 2]
    checksum = (checksum * 31 + total // len(amounts) + median + amounts[-1]) % 1000003
for product in sorted(by_product):
    per_city = {}
    for sale in by_product[product]:
        per_city[sale.city] = per_city.get(sale.city, 0) + sale.amount
    best = max(per_city.items(), key=lambda kv: kv[1])
    checksum = (checksum * 17 + best[1] + len(best[0])) % 1000003
print(f"checksum: {checksum} {len(by_city)} {len(by_product)}")

"""Real-browser check of built pages: Playwright for Python driving Debian's Chromium.

Usage: site-check.py OUT PAGE.html...   (the first page is the flagship: screenshots, copy button)
       site-check.py --course SITE        (every page of a built course: layout and axe-core only)
Each check prints "ok: …" or "FAILED: …"; the exit code is the number of failures (capped).
"""
import json
import pathlib
import sys

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
WIDTHS = {"desktop": 1280, "phone": 390}
failures = 0


def report(ok, what, detail=""):
    global failures
    print(f"  {'ok' if ok else 'FAILED'}: {what}" + (f" ({detail})" if detail and not ok else ""))
    failures += 0 if ok else 1


def open_page(context, path):
    """The page at file://, with every request it makes that is not a local file, and every failure."""
    page = context.new_page()
    outside, failed = [], []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("file://", "data:", "blob:")) else None)
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, outside, failed


# Elements wider than the viewport that are not inside something that scrolls (or clips) sideways.
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (el) => { for (let a = el.parentElement; a; a = a.parentElement) {
      const s = getComputedStyle(a).overflowX; if (s !== 'visible' && a !== document.documentElement && a !== document.body) return true; }
    return false; };
  const bad = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (el.closest('.katex-mathml, .visually-hidden')) continue;
    if (r.width > 0 && (r.right > width + 1 || r.left < -1) && !scrolls(el) && getComputedStyle(el).position !== 'absolute')
      bad.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '') + ' ' + Math.round(r.right));
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, bad: bad.slice(0, 8)};
}"""


def check_page(context, path, width_name):
    page, outside, failed = open_page(context, path)
    name = f"{path.name} at {WIDTHS[width_name]} px"
    report(not outside and not failed, f"{name}: loads from file:// with no network or failed request", f"{outside + failed}")
    if page.locator(".math").count():
        report(page.locator(".katex").count() > 0, f"{name}: math rendered by KaTeX")
    if width_name == "phone":
        result = page.evaluate(OVERFLOW_JS)
        report(result["scrollWidth"] <= result["width"] and not result["bad"],
               f"{name}: nothing wider than the viewport but scrollable regions", json.dumps(result))
    page.close()


def check_theme_toggle(context, path):
    page, _, _ = open_page(context, path)
    background = lambda: page.evaluate("getComputedStyle(document.body).backgroundColor")
    light = background()
    page.click(".theme-toggle")
    dark = background()
    report(page.evaluate("document.documentElement.dataset.theme") == "dark" and dark != light,
           "dark toggle switches the theme", f"{light} -> {dark}")
    page.reload()
    report(page.evaluate("document.documentElement.dataset.theme") == "dark" and background() == dark,
           "dark choice persists across a reload (localStorage)")
    page.click(".theme-toggle")
    report(background() == light, "the toggle switches back to light")
    page.close()


def check_search(browser, path):
    """"/" focuses the box; a word found only in the second lesson is found from the first and opens it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page, outside, failed = open_page(context, path)
    page.keyboard.press("/")
    focused = page.evaluate("document.activeElement && document.activeElement.id")
    report(focused == "search-input", "'/' focuses the search box", str(focused))
    page.keyboard.type("backpropag")
    first = page.locator(".search-results a").first
    first.wait_for(timeout=5000)
    text = first.text_content()
    report("Second lesson" in text and "Backpropagation" in text, "search finds a word from another lesson, with its section and a snippet", text)
    first.click()
    page.wait_for_load_state("load")
    report(page.url.endswith("second-lesson.html#backpropagation-by-hand"), "the result opens the other lesson at its section", page.url)
    report(not outside and not failed, "search loads lunr and its index from file:// with no failed request", f"{outside + failed}")
    context.close()


def check_copy_button(browser, path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page, _, _ = open_page(context, path)
    cell = page.locator(".cell:has(.copy-button)").nth(1)
    expected = cell.locator("pre.code code").text_content()
    cell.locator(".copy-button").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    outputs = cell.locator(".cell-outputs").text_content().strip()
    report(copied == expected and (not outputs or outputs not in copied),
           "the copy button puts the cell's code (not its outputs) on the clipboard", repr(copied[:80]))
    context.close()


def check_errors_page(browser, path, out):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page, _, _ = open_page(context, path)
    summary = page.locator(".problem-summary")
    text = summary.text_content() if summary.count() else ""
    report("1 cell failed" in text and "did not run" in text, "a page with errors says so at the top", text)
    summary.locator("a").first.click()
    report(page.url.endswith("#cell-2") and page.locator(".cell.not-run .cell-status").count() == 1,
           "the summary links to the failed cell; the cell that never ran is marked", page.url)
    head = page.locator(".output-error .error-head").first.text_content()
    marked = page.locator("pre.code .error-line").first.text_content() if page.locator("pre.code .error-line").count() else ""
    report("line 2 of the cell" in head and "xs[3]" in marked, "the error names the cell's own line and that line is highlighted", f"{head!r} {marked!r}")
    page.goto(path.as_uri())
    page.screenshot(path=str(out / "errors-light-1280.png"))
    context.close()


def check_course_features(browser, lesson, student, flagship, out):
    """Exercise/test labels, check counts, a numbered figure and its reference, the notebook
    download and edit links; the student page's stub; image grids with fewer columns on a phone."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page, _, _ = open_page(context, lesson)
    role = page.locator(".cell.exercise .cell-role").first.text_content()
    tests = page.locator(".cell.test:not(.hidden-test) .cell-role").first.text_content()
    summary = page.locator(".cell.test:not(.hidden-test) .check-summary").first.text_content()
    report(role == "Exercise · 2 points" and tests == "Tests" and summary.strip() == "✓ 2 checks passed",
           "exercise and test cells are labelled; a passing test says how many checks passed", f"{role!r} {tests!r} {summary!r}")
    caption = page.locator("figure.captioned figcaption").first.text_content()
    reference = page.locator("a[href='#fig-doubles']").first
    report(caption.startswith("Figure 1: Doubling") and reference.text_content() == "Figure 1",
           "a captioned cell is Figure 1, and prose's [](#fig-doubles) says so", f"{caption!r}")
    page.evaluate("document.querySelector('#exercise-double-it').scrollIntoView()")
    page.screenshot(path=str(out / "exercises-light-1280.png"))
    reference.click()
    report(page.url.endswith("#fig-doubles") and page.locator("#fig-doubles").is_visible(), "the reference opens the figure", page.url)
    download = page.locator("a.download-notebook").get_attribute("href")
    edit = page.locator("a.edit-page").get_attribute("href") or ""
    report((lesson.parent / download).is_file() and edit.startswith("https://example.org/edit/") and edit.endswith("second-lesson.md"),
           "the footer links the published notebook and its edit page", f"{download!r} {edit!r}")
    page.goto(student.as_uri())
    text = page.locator("article").text_content()
    report("exercise double: write your solution here" in text and "2 * x" not in text and page.locator(".hidden-test").count() == 0,
           "the student page shows the stub, no solution and no hidden test")
    context.close()
    columns = {}
    for width_name, width in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": 900})
        page, _, _ = open_page(context, flagship)
        grid = page.locator("ol.image-grid").first
        columns[width_name] = grid.evaluate("el => getComputedStyle(el).gridTemplateColumns.split(' ').length")
        columns[width_name + " caption px"] = grid.locator("li > span").first.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        if width_name == "phone":
            grid.screenshot(path=str(out / "image-grid-390.png"))
        context.close()
    report(columns["phone"] < columns["desktop"] and columns["phone caption px"] >= 12,
           "image grids reflow to fewer columns on a phone, captions stay >= 12 px", json.dumps(columns))


def check_axe(browser, path):
    axe = Axe()
    for scheme in ("light", "dark"):
        for width_name, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page, _, _ = open_page(context, path)
            violations = axe.run(page).response["violations"]
            bad = [f"{v['id']} ({v['impact']}, {len(v['nodes'])}x: {' '.join(str(n['target']) for n in v['nodes'][:3])})" for v in violations if v["impact"] in ("serious", "critical")]
            report(not bad, f"axe-core: no serious or critical violation on {path.name} ({scheme}, {width} px)", ", ".join(bad))
            context.close()


PRINT_JS = """() => {
  const scrolling = [...document.querySelectorAll('pre, figure, .table-wrap, .output-table, .output-summary, .math.display')]
    .filter(el => el.scrollWidth > el.clientWidth + 1).map(el => el.tagName.toLowerCase() + '.' + el.className);
  const code = document.querySelector('pre.code');
  return {scrolling: scrolling.slice(0, 5), whiteSpace: code ? getComputedStyle(code).whiteSpace : 'pre-wrap',
          background: getComputedStyle(document.body).backgroundColor};
}"""


def check_print(browser, path, out):
    context = browser.new_context(viewport={"width": 700, "height": 900}, color_scheme="dark")
    page, _, _ = open_page(context, path)
    page.emulate_media(media="print")
    result = page.evaluate(PRINT_JS)
    report(result["whiteSpace"] == "pre-wrap" and not result["scrolling"], "print: code and logs wrap, nothing scrolls", json.dumps(result))
    report(result["background"] == "rgb(255, 255, 255)", "print: light colors even when the screen is dark", result["background"])
    page.pdf(path=str(out / "flagship.pdf"))
    report((out / "flagship.pdf").stat().st_size > 0, f"print: PDF written to {out / 'flagship.pdf'}")
    context.close()


def screenshots(browser, path, out):
    for scheme in ("light", "dark"):
        for width_name, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page, _, _ = open_page(context, path)
            target = out / f"flagship-{scheme}-{width}.png"
            page.screenshot(path=str(target), full_page=False)
            report(target.stat().st_size > 0, f"screenshot {target}")
            context.close()


def check_course(site):
    """Every page of the course: no request fails or leaves, nothing overflows at 390 px, axe-core clean."""
    pages = sorted(pathlib.Path(site).resolve().glob("*.html"))
    report(len(pages) > 1, f"course site has pages ({len(pages)})")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width_name, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900})
            for path in pages:
                check_page(context, path, width_name)
            context.close()
        for path in pages:
            check_axe(browser, path)
        browser.close()
    sys.exit(min(failures, 100))


def main():
    if sys.argv[1] == "--course":
        check_course(sys.argv[2])
    out = pathlib.Path(sys.argv[1]).resolve()
    pages = [pathlib.Path(p).resolve() for p in sys.argv[2:]]
    flagship = pages[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width_name, width in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": 900})
            for path in pages:
                check_page(context, path, width_name)
            context.close()
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
        check_theme_toggle(context, flagship)
        context.close()
        check_copy_button(browser, flagship)
        check_search(browser, next(p for p in pages if p.name == "browser-check.html"))
        for path in pages:
            check_axe(browser, path)
        check_errors_page(browser, next(p for p in pages if p.name == "runtime-error.html"), out)
        student = next(p for p in pages if p.parent.name == "student")
        check_course_features(browser, next(p for p in pages if p.name == "second-lesson.html" and p.parent.name == "site"),
                              student, flagship, out)
        check_print(browser, flagship, out)
        screenshots(browser, flagship, out)
        browser.close()
    sys.exit(min(failures, 100))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The DOM checks of Scripts/render-check, on the pages Chromium loaded.

Usage: python3 Scripts/lib/render_check.py WORKDIR SEED.txt…

WORKDIR holds, for NAME in seeds, long and hostile: NAME.jsonl (`verbatim analyze`),
NAME.dom.html (Chromium's --dump-dom of `verbatim render`), and seeds-selected.dom.html (the
seeds page opened at #d0-q2). The seed files are the texts of the seeds page, in order;
long.txt and hostile.txt are in WORKDIR.

For every document section it checks that the highlighted elements are exactly the analysis:
one data-entity id per entity, whose pieces' text and label are the entity's; one data-quote
id per quote, with its text and kind; each speaker and cue marked with its quote's id and
text; and the article's text equal to the document's. For the page: exactly one <script>
(ours), which ran (html[data-script=ready]) under the page's Content-Security-Policy; no
element from the documents' text (<img>, <b>); and the anchor selection.
"""
import html.parser
import json
import pathlib
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.walk()

    def classes(self):
        return (self.attrs.get("class") or "").split()


class Builder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(path):
    builder = Builder()
    builder.feed(path.read_text(encoding="utf-8"))
    builder.close()
    return builder.root


failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def pieces(article, attribute):
    """id -> list of elements carrying it, in document order (ids may be space-separated)."""
    found = {}
    for node in article.walk():
        for value in (node.attrs.get(attribute) or "").split():
            if attribute in node.attrs:
                found.setdefault(value, []).append(node)
    return found


def number(element_id):
    return int(element_id.rsplit("-", 1)[1][1:])


def check_section(name, section, record, text):
    where = f"{name}: {section.attrs.get('data-doc')}"
    article = next(n for n in section.walk() if "text" in n.classes())
    shown = article.text()
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
    check(shown == expected, f"{where}: the article's text differs from the document's")
    entities, quotes = record.get("entities", []), record.get("quotes", [])

    by_entity = pieces(article, "data-entity")
    check(len(by_entity) == len(entities), f"{where}: {len(by_entity)} entity elements, {len(entities)} in JSON")
    for element_id, nodes in by_entity.items():
        entity = entities[number(element_id) - 1] if number(element_id) <= len(entities) else None
        if not check(entity is not None, f"{where}: {element_id} has no entity in JSON"):
            continue
        check("".join(n.text() for n in nodes) == entity["text"], f"{where}: {element_id} text differs from {entity['text']!r}")
        check(all(n.attrs.get("data-label") == entity["label"] for n in nodes), f"{where}: {element_id} label is not {entity['label']}")

    by_quote = pieces(article, "data-quote")
    check(len(by_quote) == len(quotes), f"{where}: {len(by_quote)} quote elements, {len(quotes)} in JSON")
    for element_id, nodes in by_quote.items():
        quote = quotes[number(element_id) - 1] if number(element_id) <= len(quotes) else None
        if not check(quote is not None, f"{where}: {element_id} has no quote in JSON"):
            continue
        check("".join(n.text() for n in nodes) == quote["text"], f"{where}: {element_id} text differs")
        check(all(n.attrs.get("data-kind") == quote["kind"] for n in nodes), f"{where}: {element_id} kind is not {quote['kind']}")
        check(all(f"q-{quote['kind']}" in n.classes() for n in nodes), f"{where}: {element_id} lacks class q-{quote['kind']}")
        check(nodes[0].attrs.get("id") == element_id, f"{where}: {element_id}'s first piece lacks its id")
        title = nodes[0].attrs.get("title", "")
        for role in ("speaker", "cue"):
            span = quote.get(role)
            holders = pieces(article, f"data-{role}").get(element_id, [])
            if span is None:
                check(not holders, f"{where}: {element_id} has a {role} element but no {role} in JSON")
                continue
            check("".join(n.text() for n in holders) == span["text"], f"{where}: {element_id}'s {role} differs from {span['text']!r}")
            check(" ".join(span["text"].split()) in title, f"{where}: {element_id}'s title does not name its {role}")
        speaker = quote.get("speaker")
        if speaker and speaker.get("resolved"):
            check(speaker["resolved"] in title, f"{where}: {element_id}'s title lacks the resolved name")
    return len(entities), len(quotes)


def check_page(name, root, records, texts):
    sections = [n for n in root.walk() if n.tag == "section" and "doc" in n.classes()]
    check(len(sections) == len(records), f"{name}: {len(sections)} sections for {len(records)} documents")
    scripts = [n for n in root.walk() if n.tag == "script"]
    check(len(scripts) == 1 and "verbatim render" in scripts[0].text(), f"{name}: {len(scripts)} script elements, expected ours only")
    html_node = next(n for n in root.walk() if n.tag == "html")
    check(html_node.attrs.get("data-script") == "ready", f"{name}: the page's script did not run (blocked by its CSP?)")
    metas = [n for n in root.walk() if n.tag == "meta" and n.attrs.get("http-equiv") == "Content-Security-Policy"]
    check(len(metas) == 1 and "default-src 'none'" in metas[0].attrs.get("content", ""), f"{name}: no restrictive CSP")
    for tag in ("img", "link", "iframe", "object", "embed", "b"):
        # <b> is only the renderer's empty badges (.qn, .lbl); one with text came from a document.
        found = [n for n in root.walk() if n.tag == tag and (tag != "b" or n.text())]
        check(not found, f"{name}: {len(found)} <{tag}> elements from the documents' text")
    totals = [0, 0]
    for section, record, text in zip(sections, records, texts):
        check("error" not in record, f"{name}: {record.get('id')} failed in analyze")
        entities, quotes = check_section(name, section, record, text)
        totals[0] += entities
        totals[1] += quotes
    return sections, totals


def main():
    work = pathlib.Path(sys.argv[1])
    seeds = [pathlib.Path(p) for p in sys.argv[2:]]
    pages = {
        "seeds": seeds,
        "long": [work / "long.txt"],
        "hostile": [work / "hostile.txt"],
    }
    for name, files in pages.items():
        records = [json.loads(line) for line in (work / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
        texts = [f.read_text(encoding="utf-8") for f in files]
        root = parse(work / f"{name}.dom.html")
        sections, (entities, quotes) = check_page(name, root, records, texts)
        words = sum(len(t.split()) for t in texts)
        print(f"render-check: {name}: {len(sections)} document(s), {words} words, {entities} entities and {quotes} quotes highlighted as in the JSON")
        if name == "hostile":
            shown = sections[0].text() if sections else ""
            for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "</article></section>", "<script>alert(3)</script>"):
                check(literal in shown, f"hostile: {literal!r} is not shown as text")
            check(any("<script>" in q["text"] for q in records[0].get("quotes", [])), "hostile: the quote holding <script> was not found")

    # The seeds page opened at #d0-q2: that quote's speaker's quotes are selected, no other quote is.
    root = parse(work / "seeds-selected.dom.html")
    section = next(n for n in root.walk() if n.tag == "section" and n.attrs.get("id") == "d0")
    quote_nodes = [n for n in section.walk() if "data-quote" in n.attrs]
    first = next(n for n in quote_nodes if n.attrs["data-quote"] == "d0-q2")
    who = first.attrs.get("data-who")
    selected = {n.attrs["data-quote"] for n in quote_nodes if "hl" in n.classes()}
    expected = {n.attrs["data-quote"] for n in quote_nodes if (who and n.attrs.get("data-who") == who) or n.attrs["data-quote"] == "d0-q2"}
    check(len(expected) >= 2 and selected == expected, f"anchor #d0-q2 selected {sorted(selected)}, expected {sorted(expected)}")
    info = next((n for n in section.walk() if "info" in n.classes()), None)
    check(info is not None and "hidden" not in info.attrs and "quote 2" in info.text(), "anchor #d0-q2 did not show the quote's details")
    print(f"render-check: #d0-q2 selects {len(expected)} quote(s) of its speaker and shows its details")

    if failures:
        for message in failures[:50]:
            print("render-check: FAIL " + message, file=sys.stderr)
        print(f"render-check: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("render-check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Rebuild raw documents, with gold entity spans, from a `TOKEN<TAB>TAG` IOB2 file.

Used by Scripts/eval-entities; stdlib only (`.xz` files are read with `lzma`).

The file format (the normalised files of the shared data folder, `../shared/data/ner/*/`):
  * one `TOKEN<TAB>TAG` line per token, tags `O`, `B-X`, `I-X`;
  * a blank line between sentences;
  * comment lines start with `#` and hold no tab (`# newdoc id = …`, `# sent_id = …`); a line
    such as `#<TAB>O` is the token `#`, not a comment.

How a document is rebuilt (the rule every entity score of Scripts/eval-entities relies on):
  * the tokens of a sentence are joined by ONE space, and the sentences of a document by ONE
    space (a token may itself contain a space: Sequoia's `13 819`);
  * a new document starts at every `# newdoc`; in a file without `# newdoc` a new document starts
    every `group` sentences (`group` is chosen by the caller), and also where the `# sent_id`
    prefix changes (`annodis.er_00014` → `annodis.er`), so that one pseudo-document does not mix
    Sequoia's news with its medical leaflets;
  * an entity is a `B-X` followed by `I-X` of the same type; an `I-X` that does not continue an
    entity of type X starts one (the usual IOB repair; the normalised files should have none).
Entity offsets are Unicode code points (Python `text[start:end]`, end exclusive) computed while
joining, and checked: `text[start:end]` is always the entity's tokens joined by one space.

Usage:
  Scripts/lib/iob2_text.py --self-test                 # the reader on an inline sample
  Scripts/lib/iob2_text.py FILE.iob2[.xz] [--group N]  # summary: documents, entities per type
"""
from __future__ import annotations

import lzma
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

NEWDOC = re.compile(r"^#\s*newdoc(?:\s|$)")
NEWDOC_ID = re.compile(r"^#\s*newdoc\s+id\s*=\s*(.*)$")
SENT_ID = re.compile(r"^#\s*sent_id\s*=\s*(.*)$")


class FormatError(ValueError):
    """A line that is neither a comment, a blank line nor TOKEN<TAB>TAG."""


@dataclass
class Entity:
    start: int
    end: int
    type: str          # the tag's type as in the file (PER, PERS, ORG, LOC, PROD, EVE, MISC…)
    text: str


@dataclass
class Document:
    id: str            # `# newdoc id`, else the first `# sent_id`, else `s<first sentence number>`
    text: str = ""
    entities: list[Entity] = field(default_factory=list)
    sentences: int = 0


@dataclass
class _Sentence:
    sent_id: str | None
    newdoc: bool
    newdoc_id: str | None
    tokens: list[str]
    tags: list[str]
    number: int


def open_text(path: Path | str):
    path = Path(path)
    if path.suffix == ".xz":
        return lzma.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _sentences(lines, origin: str = "?"):
    sent_id = newdoc_id = None
    newdoc = False
    tokens: list[str] = []
    tags: list[str] = []
    number = 0
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if tokens:
                yield _Sentence(sent_id, newdoc, newdoc_id, tokens, tags, number)
                number += 1
                sent_id = newdoc_id = None
                newdoc = False
                tokens, tags = [], []
            continue
        if line.startswith("#") and "\t" not in line:
            if tokens:   # a comment inside a sentence closes it
                yield _Sentence(sent_id, newdoc, newdoc_id, tokens, tags, number)
                number += 1
                sent_id = newdoc_id = None
                newdoc = False
                tokens, tags = [], []
            if NEWDOC.match(line):
                newdoc = True
                m = NEWDOC_ID.match(line)
                newdoc_id = m.group(1).strip() if m else None
            m = SENT_ID.match(line)
            if m:
                sent_id = m.group(1).strip()
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise FormatError(f"{origin}:{lineno}: expected TOKEN<TAB>TAG, got {line[:80]!r}")
        token, tag = parts[0], parts[-1].strip()
        if not (tag == "O" or re.match(r"^[BI]-\S+$", tag)):
            raise FormatError(f"{origin}:{lineno}: not an IOB2 tag: {tag!r}")
        tokens.append(token)
        tags.append(tag)
    if tokens:
        yield _Sentence(sent_id, newdoc, newdoc_id, tokens, tags, number)


def _prefix(sent_id: str | None) -> str | None:
    """`annodis.er_00014` → `annodis.er`; `frwiki_50.1000_00001` → `frwiki_50.1000`."""
    if not sent_id:
        return None
    return sent_id.rsplit("_", 1)[0] if "_" in sent_id else re.sub(r"[-.]?\d+$", "", sent_id)


def read_documents(lines, group: int = 20, origin: str = "?") -> list[Document]:
    """Documents from the lines of an IOB2 file (see the module docstring for the rules)."""
    sentences = list(_sentences(lines, origin))
    by_newdoc = any(s.newdoc for s in sentences)
    docs: list[Document] = []
    pieces: list[str] = []
    length = 0
    current: Document | None = None
    prev_prefix = None

    def close():
        if current is not None:
            current.text = "".join(pieces)

    for s in sentences:
        prefix = _prefix(s.sent_id)
        if by_newdoc:
            start_new = current is None or s.newdoc
        else:
            start_new = (current is None or current.sentences >= group or
                         (prefix is not None and prev_prefix is not None and prefix != prev_prefix))
        prev_prefix = prefix
        if start_new:
            close()
            current = Document(id=s.newdoc_id or s.sent_id or f"s{s.number + 1}")
            docs.append(current)
            pieces, length = [], 0
        elif pieces:
            pieces.append(" ")
            length += 1
        # tokens joined by one space; entity offsets computed on the way
        offsets = []
        for i, tok in enumerate(s.tokens):
            if i:
                pieces.append(" ")
                length += 1
            offsets.append((length, length + len(tok)))
            pieces.append(tok)
            length += len(tok)
        open_type, open_start, open_end = None, 0, 0
        spans = []
        for (a, b), tag in zip(offsets, s.tags):
            kind, _, typ = tag.partition("-")
            if kind == "I" and open_type == typ:
                open_end = b
                continue
            if open_type is not None:
                spans.append((open_start, open_end, open_type))
                open_type = None
            if kind in ("B", "I"):
                open_type, open_start, open_end = typ, a, b
        if open_type is not None:
            spans.append((open_start, open_end, open_type))
        sentence_text = " ".join(s.tokens)
        base = offsets[0][0]
        for a, b, typ in spans:
            current.entities.append(Entity(a, b, typ, sentence_text[a - base:b - base]))
        current.sentences += 1
    close()
    for d in docs:   # the check the docstring promises
        for e in d.entities:
            if d.text[e.start:e.end] != e.text:
                raise AssertionError(f"{origin}: document {d.id}: span {e.start}-{e.end} is "
                                     f"{d.text[e.start:e.end]!r}, expected {e.text!r}")
    return docs


def read_file(path: Path | str, group: int = 20) -> list[Document]:
    with open_text(path) as f:
        return read_documents(f, group=group, origin=str(path))


# --- self-test ----------------------------------------------------------------------------

_SAMPLE = """# newdoc id = d1
# sent_id = d1-1
Brad\tB-PER
Smith\tI-PER
works\tO
at\tO
IBM\tB-ORG
.\tO

# sent_id = d1-2
#\tO
New\tB-LOC
York\tI-LOC
City\tB-LOC
13 819\tO
Face\tI-PROD
API\tI-PROD

# newdoc id = d2
Amazon\tB-ORG
Rekognition\tB-PROD
"""

_SAMPLE_NO_DOCS = "".join(f"# sent_id = a_{i:03d}\nw{i}\tB-PER\n\n" for i in range(5)) + \
                  "# sent_id = b_001\nx\tO\n\n"


def self_test() -> int:
    ok = True

    def check(cond, what):
        nonlocal ok
        ok &= bool(cond)
        print(f"{'ok ' if cond else 'FAIL'} {what}")

    docs = read_documents(_SAMPLE.splitlines(True), origin="sample")
    check([d.id for d in docs] == ["d1", "d2"], "documents at # newdoc, with their ids")
    d1 = docs[0]
    check(d1.text == "Brad Smith works at IBM . # New York City 13 819 Face API",
          "tokens and sentences joined by one space; `#<TAB>O` is a token")
    got = [(e.text, e.type) for e in d1.entities]
    check(got == [("Brad Smith", "PER"), ("IBM", "ORG"), ("New York", "LOC"), ("City", "LOC"),
                  ("Face API", "PROD")], f"B-/I- spans, B- after I- splits, stray I- starts one: {got}")
    check(all(d1.text[e.start:e.end] == e.text for e in d1.entities), "offsets index the text")
    check([(e.text, e.type) for e in docs[1].entities] == [("Amazon", "ORG"), ("Rekognition", "PROD")],
          "adjacent B- entities stay apart")
    docs = read_documents(_SAMPLE_NO_DOCS.splitlines(True), group=2, origin="sample2")
    check([d.sentences for d in docs] == [2, 2, 1, 1] and [d.id for d in docs] == ["a_000", "a_002", "a_004", "b_001"],
          "without # newdoc: groups of N sentences, cut where the sent_id prefix changes")
    check(docs[0].text == "w0 w1" and [(e.start, e.end) for e in docs[0].entities] == [(0, 2), (3, 5)],
          "offsets across the sentence join")
    try:
        read_documents(["tok\tX-PER\n"], origin="bad")
        check(False, "a bad tag is an error")
    except FormatError:
        check(True, "a bad tag is an error")
    print("iob2_text self-test passed" if ok else "iob2_text self-test FAILED")
    return 0 if ok else 1


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if argv[0] == "--self-test":
        return self_test()
    group = 20
    if "--group" in argv:
        i = argv.index("--group")
        group = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    for f in argv:
        docs = read_file(f, group)
        types = Counter(e.type for d in docs for e in d.entities)
        print(f"{f}: {len(docs)} documents, {sum(d.sentences for d in docs)} sentences, "
              f"{sum(len(d.text) for d in docs)} characters, entities {dict(types.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

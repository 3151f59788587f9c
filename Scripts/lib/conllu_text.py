#!/usr/bin/env python3
"""Rebuild raw documents, with gold spans, from a Universal Dependencies CoNLL-U file.

Used by Scripts/eval-segmentation, eval-language and eval-normalization; stdlib only.

How a document is rebuilt (the rule every score in Scripts/ relies on):
  * the `# text =` sentences are joined by ONE space;
  * a sentence carrying `# newpar`, `# newpar id = …` or `# newdoc…` (but not GUM's
    `# newpar_block = …`) is preceded by a blank line ("\\n\\n") instead of the space;
  * one document per `# newdoc`; a file without `# newdoc` is one document.

For each document it gives (all offsets in Unicode code points, end exclusive, as Python
`text[start:end]`):
  * `sentences`: gold sentence spans;
  * `paragraph_breaks`: the END offset of every sentence that is followed by a blank line
    (so they can be compared with sentence-boundary offsets);
  * `surface`: gold token spans where a multiword-token range line (`3-4 du`, `1-2 don't`) is
    one token and every other word line is a token;
  * `words`: as `surface`, except that a multiword token whose words concatenate exactly to its
    form (`do`+`n't`, `Dalton`+`’s`, `gon`+`na`) is replaced by those words; French `du` →
    `de le` does not concatenate, so it stays one span.
Each FORM is aligned to its sentence text left to right, skipping whitespace; a FORM may itself
contain a space (`20 000`). Any alignment failure raises AlignmentError: none is expected.

Usage:
  Scripts/lib/conllu_text.py --self-test [FILE.conllu ...]   # gold vs gold must give 100.0
  Scripts/lib/conllu_text.py --jsonl FILE.conllu             # print {"id","text"} lines

Data and licences: the files are read from the shared data folder (`../shared/data/ud` next to
the project root, or `$VERBATIM_SHARED/data/ud`); nothing from them is copied into the repo.
UD_French-GSD and UD_English-EWT are CC BY-SA 4.0, UD_French-Sequoia LGPL-LR, UD_English-GUM
CC BY-NC-SA 4.0 (used for measurement only).
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

NEWPAR = re.compile(r"^# newpar(?:\s|$)")   # `# newpar`, `# newpar id = x`; not `# newpar_block`
NEWDOC = re.compile(r"^# newdoc(?:\s|$)")
NEWDOC_ID = re.compile(r"^# newdoc\s+id\s*=\s*(.*)$")
TEXT = re.compile(r"^# text\s*=\s?(.*)$")
SENT_ID = re.compile(r"^# sent_id\s*=\s*(.*)$")


class AlignmentError(ValueError):
    """A FORM could not be found in its sentence text (never expected: fail loudly)."""


@dataclass
class Sentence:
    sent_id: str
    text: str
    newpar: bool
    newdoc: bool
    newdoc_id: str | None
    surface: list[tuple[int, int]]   # sentence-relative spans
    words: list[tuple[int, int]]
    surface_forms: list[str]
    mwt_split: int = 0               # multiword tokens replaced by their words in `words`
    mwt_kept: int = 0                # multiword tokens kept whole in `words`


@dataclass
class Document:
    id: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    sentence_ids: list[str] = field(default_factory=list)
    paragraph_breaks: list[int] = field(default_factory=list)
    surface: list[tuple[int, int]] = field(default_factory=list)
    words: list[tuple[int, int]] = field(default_factory=list)


def _align(text: str, forms: list[str], where: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    n = len(text)
    for form in forms:
        while pos < n and text[pos].isspace():
            pos += 1
        if not form or not text.startswith(form, pos):
            raise AlignmentError(
                f"{where}: FORM {form!r} not found at offset {pos} of sentence text "
                f"{text!r} (next: {text[pos:pos + 20]!r})")
        spans.append((pos, pos + len(form)))
        pos += len(form)
    if text[pos:].strip():
        raise AlignmentError(f"{where}: text left over after the last token: {text[pos:]!r}")
    return spans


def _parse_block(comments: list[str], rows: list[list[str]], where: str) -> Sentence:
    text = None
    sent_id = ""
    newpar = newdoc = False
    newdoc_id = None
    for c in comments:
        if NEWPAR.match(c):
            newpar = True
        elif NEWDOC.match(c):
            newdoc = True
            m = NEWDOC_ID.match(c)
            if m:
                newdoc_id = m.group(1).strip()
        elif (m := TEXT.match(c)) and text is None:
            text = m.group(1)
        elif m := SENT_ID.match(c):
            sent_id = m.group(1).strip()
    where = f"{where} (sent_id {sent_id})" if sent_id else where
    if text is None:
        raise AlignmentError(f"{where}: sentence without a `# text =` line")

    # surface tokens: range lines, plus word lines not inside a range
    surface_forms: list[str] = []
    groups: list[tuple[str, list[str]]] = []   # (surface form, word forms) in order
    current_range: tuple[int, int] | None = None
    for cols in rows:
        tid = cols[0]
        if "." in tid:                      # empty node
            continue
        if "-" in tid:
            a, b = (int(x) for x in tid.split("-"))
            current_range = (a, b)
            groups.append((cols[1], []))
            continue
        i = int(tid)
        if current_range and current_range[0] <= i <= current_range[1]:
            groups[-1][1].append(cols[1])
            if i == current_range[1]:
                current_range = None
            continue
        current_range = None
        groups.append((cols[1], []))
    surface_forms = [g[0] for g in groups]
    surface = _align(text, surface_forms, where)
    words: list[tuple[int, int]] = []
    split = kept = 0
    for (form, parts), (s, e) in zip(groups, surface):
        if parts and "".join(parts) == form:
            p = s
            for w in parts:
                words.append((p, p + len(w)))
                p += len(w)
            split += 1
        else:
            words.append((s, e))
            if parts:
                kept += 1
    return Sentence(sent_id, text, newpar, newdoc, newdoc_id, surface, words, surface_forms,
                    split, kept)


def read_sentences(path: str | Path) -> list[Sentence]:
    path = Path(path)
    sentences = []
    comments: list[str] = []
    rows: list[list[str]] = []
    start_line = 1
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if comments or rows:
                    sentences.append(_parse_block(comments, rows, f"{path.name}:{start_line}"))
                comments, rows = [], []
                start_line = lineno + 1
                continue
            if line.startswith("#"):
                comments.append(line)
            else:
                cols = line.split("\t")
                if len(cols) != 10:
                    raise AlignmentError(f"{path.name}:{lineno}: expected 10 columns, got {len(cols)}")
                rows.append(cols)
    if comments or rows:
        sentences.append(_parse_block(comments, rows, f"{path.name}:{start_line}"))
    return sentences


def build_documents(sentences: list[Sentence], stem: str) -> list[Document]:
    docs: list[Document] = []
    parts: list[str] = []
    length = 0
    doc: Document | None = None

    def finish():
        if doc is not None:
            doc.text = "".join(parts)

    for s in sentences:
        if doc is None or s.newdoc:
            finish()
            doc_id = s.newdoc_id or (stem if not docs and not s.newdoc else f"{stem}-{len(docs) + 1}")
            doc = Document(id=doc_id, text="")
            docs.append(doc)
            parts, length = [], 0
        else:
            sep = "\n\n" if s.newpar else " "
            if s.newpar:
                doc.paragraph_breaks.append(doc.sentences[-1][1])
            parts.append(sep)
            length += len(sep)
        base = length
        parts.append(s.text)
        length += len(s.text)
        doc.sentences.append((base, base + len(s.text)))
        doc.sentence_ids.append(s.sent_id)
        doc.surface.extend((base + a, base + b) for a, b in s.surface)
        doc.words.extend((base + a, base + b) for a, b in s.words)
    finish()
    return docs


def read_documents(path: str | Path) -> list[Document]:
    """Documents of one CoNLL-U file, rebuilt as described in the module docstring."""
    path = Path(path)
    return build_documents(read_sentences(path), path.stem)


# --- self-test ---------------------------------------------------------------------------

def _f1(gold: set, pred: set) -> float:
    tp = len(gold & pred)
    if not gold and not pred:
        return 100.0
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 100.0 * (2 * p * r / (p + r) if p + r else 0.0)


def self_test(files: list[Path]) -> int:
    failures = 0
    for path in files:
        sents = read_sentences(path)
        docs = build_documents(sents, path.stem)
        # every span covers its FORM, sentences rebuild the text, nothing overlaps
        forms = [f for s in sents for f in s.surface_forms]
        all_surface = [(i, sp) for i, d in enumerate(docs) for sp in d.surface]
        assert len(forms) == len(all_surface), "token count changed while building documents"
        for form, (i, (a, b)) in zip(forms, all_surface):
            if docs[i].text[a:b] != form:
                raise AlignmentError(f"{path.name}: span {a}-{b} is {docs[i].text[a:b]!r}, not {form!r}")
        si = 0
        for d in docs:
            for (a, b) in d.sentences:
                if d.text[a:b] != sents[si].text:
                    raise AlignmentError(f"{path.name}: sentence {sents[si].sent_id} not rebuilt")
                si += 1
            for view in (d.surface, d.words):
                for (a1, b1), (a2, b2) in zip(view, view[1:]):
                    if not (a1 < b1 <= a2 < b2):
                        raise AlignmentError(f"{path.name}: overlapping or empty spans in {d.id}")
            for pb in d.paragraph_breaks:
                if d.text[pb:pb + 2] != "\n\n":
                    raise AlignmentError(f"{path.name}: paragraph break {pb} is not a blank line")
        # gold vs gold
        scores = []
        for d in docs:
            ends = {e for _, e in d.sentences[:-1]}
            scores += [_f1(set(d.surface), set(d.surface)), _f1(set(d.words), set(d.words)),
                       _f1(set(d.sentences), set(d.sentences)), _f1(ends, ends)]
        score = min(scores) if scores else 100.0
        ok = score == 100.0
        failures += not ok
        split = sum(s.mwt_split for s in sents)
        kept = sum(s.mwt_kept for s in sents)
        print(f"{'ok ' if ok else 'FAIL'} {path.name}: {len(docs)} documents, {len(sents)} sentences, "
              f"{sum(len(d.surface) for d in docs)} surface tokens, "
              f"{sum(len(d.words) for d in docs)} word-view tokens "
              f"({split} multiword tokens split, {kept} kept whole), "
              f"{sum(len(d.paragraph_breaks) for d in docs)} paragraph breaks, "
              f"{sum(len(d.text) for d in docs)} characters; gold vs gold F1 = {score:.1f}")
    return 1 if failures else 0


def main(argv: list[str]) -> int:
    import argparse
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from lib.common import default_dev_files  # noqa: E402
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="CoNLL-U files (default: the four UD dev sets)")
    ap.add_argument("--self-test", action="store_true", help="check alignment; gold vs gold must be 100.0")
    ap.add_argument("--jsonl", action="store_true", help='print the documents as {"id","text"} lines')
    args = ap.parse_args(argv)
    files = args.files or default_dev_files()
    if args.jsonl:
        for path in files:
            for d in read_documents(path):
                print(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False))
        return 0
    return self_test(files)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

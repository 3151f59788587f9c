#!/usr/bin/env python3
"""TEST DOUBLE — not Verbatim. A tiny stand-in for the `verbatim` binary, used only by the
`--self-test` of the measurement scripts in Scripts/ (and to develop them before the Swift binary
existed). It speaks the same JSON Lines shapes as the real `verbatim` subcommands:

  analyze   --input jsonl --format jsonl [--lang L]
            → {"id", "tokens": [{"start","end","text","kind","norm"}], "sentences": [{"start","end"}]}
  language  --input jsonl --format jsonl
            → {"id", "language", "confidence", "paragraphs": [{"start","end","language","confidence"}]}
  normalize --steps mojibake --input jsonl --format jsonl
            → {"id", "normalized", "changes": [{"start","end","normalized_start","normalized_end"}]}
  entities  --input jsonl --format jsonl
            → {"id", "entities": [{"start","end","text","label","canonical","cluster"}]}

Behaviour (deliberately naive): tokens are whitespace-separated chunks, each document is one
sentence, the language is guessed from a few stop words, mojibake is undone by re-encoding as
cp1252/latin-1 and decoding as UTF-8 (at most twice).

Gold mode, for checking the scorers end to end: with FAKE_VERBATIM_GOLD=FILE.conllu[:FILE…]
`analyze` answers the gold tokens (view FAKE_VERBATIM_VIEW=surface|words, default surface) and
gold sentences of the matching document (matched on the text with U+202F/U+00A0 read as spaces
and U+2019 as U+0027, so the typography variants match too); a score of 100.0 is then expected.

Entities: naive by default (every run of capitalised words is an ORG). With
FAKE_VERBATIM_ENTITIES_GOLD=FILE.jsonl (lines {"id", "entities": [{"start","end","label","text"}]},
written by `Scripts/eval-entities --dump-gold FILE`) `entities` echoes the gold of the document
with the same id, after checking that each span still covers its gold text as is, or lower- or
upper-cased as `--casing` does it (so the casing variants' offsets are checked too); a score of 100.0 is then expected.
With FAKE_VERBATIM_NO_ENTITIES=open|usage the fake plays a binary from before `entities`:
`open` fails as the real one does when `analyze`, the default subcommand, reads `entities` as a
file name (`verbatim: entities: cannot open: …`, exit 1); `usage` exits 64 with "Unknown subcommand".
"""
import argparse
import json
import os
import re
import sys
from pathlib import Path

FR = {"le", "la", "les", "de", "des", "du", "et", "est", "une", "un", "en", "que", "qui", "pour",
      "dans", "pas", "sur", "au", "il", "elle", "nous", "vous", "avec", "par", "à", "ce", "cette"}
EN = {"the", "of", "and", "to", "is", "a", "in", "that", "for", "it", "with", "was", "on", "as",
      "are", "by", "be", "this", "have", "from", "not", "we", "they", "at", "or", "has"}


def guess(text: str):
    words = re.findall(r"\w+", text.lower())
    fr = sum(w in FR for w in words)
    en = sum(w in EN for w in words)
    if fr == en:
        return "und", 0.0
    return ("fr" if fr > en else "en"), round(max(fr, en) / (fr + en), 3)


def _gold_key(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u2019", "'")


_gold = None


def gold_docs():
    global _gold
    if _gold is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from lib.conllu_text import read_documents
        _gold = {}
        for f in os.environ["FAKE_VERBATIM_GOLD"].split(":"):
            for d in read_documents(f):
                _gold.setdefault(_gold_key(d.text), []).append(d)
    return _gold


def analyze(doc: dict) -> dict:
    text = doc["text"]
    if os.environ.get("FAKE_VERBATIM_GOLD"):
        same = gold_docs().get(_gold_key(text))
        d = same.pop(0) if same else None   # identical texts (EWT has two) are taken in order
        if d is None:
            raise SystemExit(f"fake verbatim (gold mode): no gold document for id {doc.get('id')!r}")
        view = d.words if os.environ.get("FAKE_VERBATIM_VIEW") == "words" else d.surface
        spans = view
        sentences = [{"start": a, "end": b} for a, b in d.sentences]
    else:
        spans = [m.span() for m in re.finditer(r"\S+", text)]
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        sentences = [{"start": lead, "end": lead + len(stripped)}] if stripped else []
    tokens = [{"start": a, "end": b, "text": text[a:b], "kind": "word", "norm": text[a:b].lower()}
              for a, b in spans]
    return {"id": doc.get("id"), "tokens": tokens, "sentences": sentences}


def language(doc: dict) -> dict:
    text = doc["text"]
    lang, conf = guess(text)
    paragraphs = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", text + "\n\n"):
        a, b = pos, m.start()
        pos = m.end()
        if text[a:b].strip():
            pl, pc = guess(text[a:b])
            paragraphs.append({"start": a, "end": min(b, len(text)), "language": pl, "confidence": pc})
    return {"id": doc.get("id"), "language": lang, "confidence": conf, "paragraphs": paragraphs}


def _unmojibake_once(text: str):
    out = bytearray()
    for c in text:
        o = ord(c)
        if o < 0x80:
            out.append(o)
            continue
        try:
            out += c.encode("cp1252")
        except UnicodeEncodeError:
            if o < 0x100:
                out.append(o)
            else:
                return None
    try:
        fixed = out.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if fixed != text else None


def normalize(doc: dict) -> dict:
    text = doc["text"]
    fixed = text
    for _ in range(2):
        nxt = _unmojibake_once(fixed)
        if nxt is None:
            break
        fixed = nxt
    changes = [] if fixed == text else [{"start": 0, "end": len(text), "normalized_start": 0,
                                          "normalized_end": len(fixed)}]
    return {"id": doc.get("id"), "normalized": fixed, "changes": changes}


_entities_gold = None


def entities(doc: dict) -> dict:
    global _entities_gold
    text = doc["text"]
    gold_file = os.environ.get("FAKE_VERBATIM_ENTITIES_GOLD")
    if gold_file:
        if _entities_gold is None:
            _entities_gold = {}
            with open(gold_file, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        obj = json.loads(line)
                        _entities_gold[obj["id"]] = obj["entities"]
        if doc.get("id") not in _entities_gold:
            raise SystemExit(f"fake verbatim (gold mode): no gold entities for id {doc.get('id')!r}")
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from lib.common import same_length_case
        ents = []
        for e in _entities_gold[doc["id"]]:
            a, b = e["start"], e["end"]
            if text[a:b] not in {same_length_case(e["text"], m) for m in ("none", "lower", "upper")}:
                raise SystemExit(f"fake verbatim (gold mode): id {doc['id']!r}: text[{a}:{b}] = "
                                 f"{text[a:b]!r}, gold {e['text']!r}")
            ents.append((a, b, e["label"]))
    else:
        ents = [(m.start(), m.end(), "ORG") for m in
                re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)*", text)]
    out = [{"start": a, "end": b, "text": text[a:b], "label": label, "canonical": text[a:b], "cluster": i}
           for i, (a, b, label) in enumerate(ents)]
    return {"id": doc.get("id"), "entities": out}


def main():
    old = os.environ.get("FAKE_VERBATIM_NO_ENTITIES")
    if old and len(sys.argv) > 1 and sys.argv[1] == "entities":
        if old == "usage":
            print("Error: Unknown subcommand 'entities'", file=sys.stderr)
            sys.exit(64)
        print("verbatim: entities: cannot open: No such file or directory", file=sys.stderr)
        sys.exit(1)
    ap = argparse.ArgumentParser(prog="fake-verbatim")
    ap.add_argument("command", choices=["analyze", "language", "normalize", "entities"])
    ap.add_argument("--input", default="jsonl")
    ap.add_argument("--format", default="jsonl")
    ap.add_argument("--lang", default="auto")
    ap.add_argument("--steps", default="all")
    args = ap.parse_args()
    fn = {"analyze": analyze, "language": language, "normalize": normalize, "entities": entities}[args.command]
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(fn(json.loads(line)), ensure_ascii=False), flush=False)
    sys.stdout.flush()


if __name__ == "__main__":
    main()

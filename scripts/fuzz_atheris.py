"""Coverage-guided fuzzing of clean_document + extract_document with atheris (optional; not part of `make test`).

    .venv/bin/pip install atheris            # a prebuilt wheel exists for CPython 3.11 on x86-64 Linux
    .venv/bin/python scripts/fuzz_atheris.py -runs=20000 -max_len=2048

Input bytes are decoded as UTF-8 (errors replaced), GB18030 or Latin-1 by the first byte, so the fuzzer
reaches Chinese text, mojibake and arbitrary code points alike. Any exception is a crash (atheris reports it
with the input that caused it).
"""

from __future__ import annotations

import hashlib
import sys

import atheris

with atheris.instrument_imports():
    from chanye.clean.document import clean_document
    from chanye.extract.document import extract_document
    from chanye.records import SourceDocument

CODECS = ("utf-8", "gb18030", "latin-1")


def one_input(data: bytes) -> None:
    if not data:
        return
    text = data[1:].decode(CODECS[data[0] % len(CODECS)], "replace")
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    source = SourceDocument(doc_id="fuzz", origin="<fuzz>", text=text, raw=text, content_hash=digest,
                            encoding="utf_8", format="text")
    clean = clean_document(source)
    result = extract_document(clean)
    for item in (*result.facts, *result.industries, *result.frameworks):
        if not (0 <= item.span[0] <= item.span[1] <= len(clean.original)):
            raise AssertionError(f"span {item.span} outside the original text")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

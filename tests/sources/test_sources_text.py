"""Plain text files, encodings, directories, stdin, ids and content hashes."""

from __future__ import annotations

import hashlib
import io

import pytest
from sources_fixtures import PRESS_TEXT, SHORT_TEXTS, TRAD_TEXT, write

from chanye.records import SourceDocument, SourceProblem
from chanye.sources import iter_sources, read_source_bytes
from chanye.sources.encoding import decode


def read_all(*paths, stdin=None):
    return list(iter_sources([str(p) for p in paths], stdin=stdin))


def only_doc(items) -> SourceDocument:
    assert len(items) == 1, items
    assert isinstance(items[0], SourceDocument), items[0]
    return items[0]


def only_problem(items) -> SourceProblem:
    assert len(items) == 1, items
    assert isinstance(items[0], SourceProblem), items[0]
    return items[0]


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("codec", "text", "expected"),
    [
        ("utf-8", PRESS_TEXT, "utf_8"),
        ("utf-8-sig", PRESS_TEXT, "utf_8_sig"),
        ("utf-16", PRESS_TEXT, "utf_16"),
        ("utf-16-le", PRESS_TEXT, "utf_16"),  # with an explicit BOM below
        ("utf-16-be", PRESS_TEXT, "utf_16"),
        ("gb18030", PRESS_TEXT, "gb18030"),
        ("gbk", PRESS_TEXT, "gb18030"),
        ("big5", TRAD_TEXT, "big5"),
    ],
)
def test_every_encoding_reads_back(tmp_path, codec, text, expected):
    data = text.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(codec)
    path = write(tmp_path / f"常州 新闻-{codec}.txt", data)
    doc = only_doc(read_all(path))
    assert doc.text == text
    assert doc.raw == text
    assert doc.encoding == expected
    assert doc.format == "text"
    assert doc.doc_id == f"常州 新闻-{codec}"
    assert doc.origin == str(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec):
    text = "Changzhou 2024: " + PRESS_TEXT
    dec = decode(text.encode(codec))
    assert dec.text == text
    assert dec.encoding == codec.replace("-", "_")


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_short_gbk_and_big5_are_told_apart(text):
    assert decode(text.encode("gb18030")).text == text
    trad = "常州市召開新聞發佈會，介紹產業發展情況。"
    assert decode(trad.encode("big5")).text == trad


def test_invalid_bytes_mid_file_are_replaced_when_damage_is_small(tmp_path):
    good = (PRESS_TEXT * 5).encode("utf-8")
    middle = len(good) // 2
    middle -= (middle % 3)  # somewhere inside; the bytes below break whatever character is there
    data = good[:middle] + b"\xff\xfe\x80" + good[middle:]
    doc = only_doc(read_all(write(tmp_path / "damaged.txt", data)))
    assert doc.encoding == "utf_8"
    assert "\ufffd" in doc.text
    assert doc.text.count("\ufffd") <= 3
    # everything after the damage is still right
    assert doc.text.endswith(PRESS_TEXT)
    assert doc.text.startswith(PRESS_TEXT)


def test_invalid_bytes_mid_gbk_file(tmp_path):
    good = (PRESS_TEXT * 5).encode("gb18030")
    data = good[:300] + b"\xff" + good[300:]
    doc = only_doc(read_all(write(tmp_path / "damaged-gbk.txt", data)))
    assert doc.encoding == "gb18030"
    assert doc.text.endswith(PRESS_TEXT)
    assert doc.text.count("\ufffd") == 1


def test_heavy_damage_is_a_problem(tmp_path):
    data = bytearray(PRESS_TEXT.encode("utf-8") * 3)
    for i in range(0, len(data), 7):
        data[i] = 0xFF
    prob = only_problem(read_all(write(tmp_path / "ruined.txt", bytes(data))))
    assert prob.origin.endswith("ruined.txt")
    assert "undecodable" in prob.reason


# ---------------------------------------------------------------- hostile files


def test_binary_file(tmp_path):
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    prob = only_problem(read_all(path))
    assert prob.origin == str(path)
    assert prob.reason.startswith("binary file")


def test_nul_bytes_are_binary(tmp_path):
    path = write(tmp_path / "blob.txt", b"abc\x00\x01\x02def" * 100)
    assert only_problem(read_all(path)).reason == "binary file (NUL bytes)"


def test_control_characters_are_binary(tmp_path):
    path = write(tmp_path / "ctl.txt", bytes(range(1, 32)) * 50)
    assert "binary file" in only_problem(read_all(path)).reason


def test_empty_file(tmp_path):
    path = write(tmp_path / "empty.txt", b"")
    prob = only_problem(read_all(path))
    assert prob.reason == "empty file"
    assert prob.message() == f"{path}: empty file"


def test_whitespace_only_file(tmp_path):
    path = write(tmp_path / "blank.txt", " \n\t\r\n　\n".encode())
    prob = only_problem(read_all(path))
    assert prob.origin == str(path)
    assert "only whitespace" in prob.reason


def test_missing_file():
    prob = only_problem(read_all("/nonexistent/常州.txt"))
    assert prob.origin == "/nonexistent/常州.txt"
    assert prob.reason == "no such file or directory"


def test_file_too_large(tmp_path, monkeypatch):
    from chanye import settings

    monkeypatch.setattr(settings, "MAX_FILE_BYTES", 1024 * 1024)
    path = write(tmp_path / "big.txt", ("常州" * 200_000).encode())
    prob = only_problem(read_all(path))
    assert prob.reason == "file too large (1.1 MB > 1 MB)"


def test_unreadable_file(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    path = write(tmp_path / "secret.txt", PRESS_TEXT.encode())
    path.chmod(0)
    assert only_problem(read_all(path)).reason == "cannot read: permission denied"


def test_twenty_megabyte_file(tmp_path):
    para = "".join(PRESS_TEXT.splitlines(keepends=True)[1:])
    reps = 20 * 1024 * 1024 // len(para.encode()) + 1
    data = (para * reps).encode("utf-8")
    assert len(data) >= 20 * 1024 * 1024
    doc = only_doc(read_all(write(tmp_path / "big.txt", data)))
    assert len(doc.text) == len(para) * reps
    assert doc.content_hash == hashlib.sha256(data).hexdigest()


def test_twenty_megabyte_gb18030_file(tmp_path):
    para = "".join(PRESS_TEXT.splitlines(keepends=True)[1:])
    reps = 20 * 1024 * 1024 // len(para.encode("gb18030")) + 1
    doc = only_doc(read_all(write(tmp_path / "big-gbk.txt", (para * reps).encode("gb18030"))))
    assert doc.encoding == "gb18030"
    assert doc.text[: len(para)] == para


# ---------------------------------------------------------------- ids, hashes, newlines


def test_content_hash_is_sha256_of_text_and_idempotent(tmp_path):
    a = only_doc(read_all(write(tmp_path / "a.txt", PRESS_TEXT.encode("utf-8"))))
    b = only_doc(read_all(write(tmp_path / "b.md", PRESS_TEXT.encode("gb18030"))))
    again = only_doc(read_all(tmp_path / "a.txt"))
    assert a.content_hash == hashlib.sha256(PRESS_TEXT.encode("utf-8")).hexdigest()
    assert a.content_hash == b.content_hash == again.content_hash
    assert (a.doc_id, b.doc_id) == ("a", "b")


def test_crlf_is_read_as_newlines(tmp_path):
    doc = only_doc(read_all(write(tmp_path / "dos.txt", PRESS_TEXT.replace("\n", "\r\n").encode())))
    assert doc.text == PRESS_TEXT


# ---------------------------------------------------------------- directories and stdin


def test_directory_recursion_sorted_and_hidden_skipped(tmp_path):
    root = tmp_path / "语料 库"
    write(root / "b.txt", SHORT_TEXTS[1].encode())
    write(root / "a.txt", SHORT_TEXTS[0].encode())
    write(root / "sub" / "c.md", SHORT_TEXTS[2].encode("gb18030"))
    write(root / "sub" / "深层" / "d.txt", TRAD_TEXT.encode("big5"))
    write(root / ".hidden.txt", b"secret")
    write(root / ".git" / "e.txt", b"secret")
    write(root / "sub" / ".cache" / "f.txt", b"secret")
    items = read_all(root)
    assert all(isinstance(i, SourceDocument) for i in items), items
    assert [i.doc_id for i in items] == ["a", "b", "c", "d"]
    assert items[0].origin == str(root / "a.txt")
    assert items[3].origin == str(root / "sub" / "深层" / "d.txt")
    assert [i.text for i in items] == [*SHORT_TEXTS, TRAD_TEXT]
    assert read_all(root) == items  # stable


def test_explicit_paths_keep_their_order(tmp_path):
    b = write(tmp_path / "b.txt", SHORT_TEXTS[1].encode())
    a = write(tmp_path / "a.txt", SHORT_TEXTS[0].encode())
    assert [d.doc_id for d in read_all(b, a)] == ["b", "a"]


def test_bad_items_in_a_directory_each_give_one_problem(tmp_path):
    write(tmp_path / "1-good.txt", SHORT_TEXTS[0].encode())
    write(tmp_path / "2-empty.txt", b"")
    write(tmp_path / "3-binary.dat", b"\x00\x01" * 100)
    write(tmp_path / "4-good.txt", SHORT_TEXTS[1].encode())
    items = read_all(tmp_path)
    kinds = [(type(i).__name__, i.origin.rsplit("/", 1)[-1]) for i in items]
    assert kinds == [
        ("SourceDocument", "1-good.txt"),
        ("SourceProblem", "2-empty.txt"),
        ("SourceProblem", "3-binary.dat"),
        ("SourceDocument", "4-good.txt"),
    ]


def test_stdin_text():
    doc = only_doc(read_all("-", stdin=io.BytesIO(PRESS_TEXT.encode("gb18030"))))
    assert doc.doc_id == "stdin"
    assert doc.origin == "<stdin>"
    assert doc.text == PRESS_TEXT
    assert doc.format == "text"


def test_stdin_empty():
    prob = only_problem(read_all("-", stdin=io.BytesIO(b"")))
    assert prob.origin == "<stdin>"


def test_read_source_bytes_never_raises():
    assert isinstance(read_source_bytes(b"", doc_id="x", origin="x"), SourceProblem)
    assert isinstance(read_source_bytes(b"\x00" * 10, doc_id="x", origin="x"), SourceProblem)
    doc = read_source_bytes(PRESS_TEXT.encode("big5", "replace"), doc_id="x", origin="x")
    assert isinstance(doc, (SourceDocument, SourceProblem))


def test_streaming_is_lazy(tmp_path):
    write(tmp_path / "a.txt", SHORT_TEXTS[0].encode())
    it = iter_sources([tmp_path, "/nonexistent"])
    first = next(it)
    assert isinstance(first, SourceDocument)
    assert isinstance(next(it), SourceProblem)


def test_permission_denied_is_named(tmp_path, monkeypatch):
    """(Root reads everything, so the refusal is simulated.)"""
    from chanye.sources import reader

    path = write(tmp_path / "locked.txt", PRESS_TEXT.encode())

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(reader, "open", refuse, raising=False)
    prob = only_problem(read_all(path))
    assert prob.origin == str(path)
    assert prob.reason == "cannot read: permission denied"


def test_discover_then_read_target_in_another_process(tmp_path):
    """What a pipeline does to read files in its workers: targets pickle, read_target reads them."""
    import pickle

    from chanye.sources import Target, discover, read_target

    write(tmp_path / "a.txt", SHORT_TEXTS[0].encode("gb18030"))
    write(tmp_path / "b.txt", b"")
    targets = list(discover([tmp_path, tmp_path / "missing.txt"]))
    assert [type(t).__name__ for t in targets] == ["Target", "Target", "SourceProblem"]
    copies = [pickle.loads(pickle.dumps(t)) for t in targets[:2]]
    assert all(isinstance(t, Target) for t in copies)
    items = [item for t in copies for item in read_target(t)]
    assert isinstance(items[0], SourceDocument) and items[0].text == SHORT_TEXTS[0]
    assert isinstance(items[1], SourceProblem) and items[1].reason == "empty file"


def test_latin1_mojibake_is_text_not_binary(tmp_path):
    """UTF-8 read as Latin-1 and saved again is full of C1 controls; the cleaner masks it, the reader keeps it."""
    mojibake = PRESS_TEXT.encode("utf-8").decode("latin-1")
    doc = only_doc(read_all(write(tmp_path / "moji.txt", mojibake.encode("utf-8"))))
    assert doc.text == mojibake


def test_bytes_that_only_gb18030_decodes_into_rare_characters_are_a_problem(tmp_path):
    """GB18030 decodes almost any pair of high bytes; a reading made only of rare characters is garbage."""
    data = bytes(b for i in range(600) for b in (0x81 + i % 31, 0x40 + i % 60))
    assert decode_or_none(data, "gb18030") is not None
    prob = only_problem(read_all(write(tmp_path / "noise.txt", data)))
    assert prob.reason.startswith("undecodable")


def decode_or_none(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-09-17", "2024-09-17"), ("2024/9/17 10:00", "2024-09-17"), ("2024年9月17日", "2024-09-17"),
    ("20240917", "2024-09-17"), ("2024-09-17T10:00:00+08:00", "2024-09-17"), ("2024.9.17", "2024-09-17"),
    ("2024", "2024"), ("2024年", "2024"), ("2024年6月", "2024-06"), ("2024-12", "2024-12"), ("2024/3", "2024-03"), ("2024-13", "2024"), (2024, "2024"),
    ("2024年1-9月", None),  # a period, not 2024-01-09
    ("2024-6/4", None), ("2024-13-45", None), ("not a date", None), (None, None), (True, None),
])
def test_normalize_date(value, expected):
    from chanye.sources.common import normalize_date

    assert normalize_date(value) == expected

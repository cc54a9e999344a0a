"""Pack samples/src/*.html into samples/corpus/crawl-2024-2025.warc.gz as HTTP response records (warcio).

    .venv/bin/python samples/build_warc.py

Each page's URL is its <link rel="canonical">; the record date is its <meta name="publishdate">. A warcinfo
record opens the file and a request record precedes each response, as a crawler writes them. The WARC
headers carry fixed record ids and dates so that the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "corpus" / "crawl-2024-2025.warc.gz"


def _record_id(seed: str) -> str:
    return f"<urn:uuid:{uuid.UUID(hashlib.md5(seed.encode()).hexdigest())}>"


def _meta(page: str, pattern: str, default: str) -> str:
    m = re.search(pattern, page)
    return m.group(1) if m else default


def build(src: Path = SRC, out: Path = OUT) -> Path:
    pages = sorted(src.glob("*.html"))
    raw = io.BytesIO()
    writer = WARCWriter(raw, gzip=True)
    info = writer.create_warcinfo_record(
        "crawl-2024-2025.warc.gz",
        {"software": "chanye samples/build_warc.py", "format": "WARC File Format 1.0",
         "description": "fictional-but-realistic sample pages"},
    )
    info.rec_headers.replace_header("WARC-Record-ID", _record_id("warcinfo"))
    info.rec_headers.replace_header("WARC-Date", "2025-02-01T00:00:00Z")
    writer.write_record(info)
    for path in pages:
        page = path.read_text(encoding="utf-8")
        url = _meta(page, r'<link rel="canonical" href="([^"]+)"', f"http://samples.example/{path.name}")
        date = _meta(page, r'<meta name="publishdate" content="([0-9-]+)"', "2025-01-01") + "T08:00:00Z"
        request = writer.create_warc_record(
            url, "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET {url.split('/', 3)[-1] if url.count('/') >= 3 else '/'} HTTP/1.1",
                                          [("Host", url.split("/")[2]), ("User-Agent", "Mozilla/5.0")],
                                          is_http_request=True),
        )
        body = page.encode("utf-8")
        response = writer.create_warc_record(
            url, "response",
            payload=io.BytesIO(body),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                     ("Content-Length", str(len(body)))], protocol="HTTP/1.1"),
        )
        for rec, kind in ((request, "request"), (response, "response")):
            rec.rec_headers.replace_header("WARC-Record-ID", _record_id(kind + url))
            rec.rec_headers.replace_header("WARC-Date", date)
        request.rec_headers.replace_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        writer.write_record(request)
        writer.write_record(response)
    data = raw.getvalue()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    # Sanity: every member is a valid gzip stream.
    gzip.decompress(data)
    return out


if __name__ == "__main__":
    print(build().relative_to(HERE.parent))

"""Generate a large, realistic-looking corpus for throughput, scaling and kill-and-rerun benchmarks.

    python bench/generate_corpus.py OUT --mb 20 [--seed 0] [--formats txt,html,jsonl,warc]

    from generate_corpus import generate        # with bench/ on sys.path
    paths = generate(out_dir, target_mb=20, seed=0, formats=("txt", "html", "jsonl"))

Pages are recombined from the phrase templates in bench/templates/phrases.yaml (all written for this
project) with random regions, years, metrics, values, industries and frameworks, then dressed as scraped pages:
navigation trails, related-article lists, copyright and contact blocks, share widgets, image names and captions,
traditional script (about 20 %), traditional with the pinyin artifact `產(chǎn)業(yè)` (about 8 %), a few GB18030
files and a few mojibake lines. Formats: `txt` (one file a page), `html` (a whole page with head, scripts, nav,
sidebar, footer), `jsonl` (shards of about 2 MB, records with id/url/title/date and text or html), `warc`
(gzipped shards with a request and a response record a page).

The output is a function of (target_mb, seed, formats): the same arguments give the same bytes. Every page is
distinct (distinct content hashes). Tens of MB take a few seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import html as htmlmod
import io
import json
import random
import sys
import time
import uuid
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates" / "phrases.yaml"
MB = 1024 * 1024
SHARD_BYTES = 2 * MB
FORMATS = ("txt", "html", "jsonl", "warc")

PINYIN = {
    "產": "chǎn", "業": "yè", "質": "zhì", "劃": "huà", "發": "fā", "現": "xiàn", "區": "qū", "規": "guī",
    "聞": "wén", "轉": "zhuǎn", "數": "shù", "態": "tài", "穩": "wěn", "設": "shè", "領": "lǐng",
    "將": "jiāng", "營": "yíng", "術": "shù", "創": "chuàng", "動": "dòng", "結": "jié", "構": "gòu",
    "優": "yōu", "強": "qiáng", "資": "zī", "進": "jìn", "實": "shí", "長": "zhǎng", "報": "bào",
    "議": "yì", "計": "jì", "銷": "xiāo", "售": "shòu", "關": "guān",
}
ORDINALS = "一二三四五六七八九十"
POOL = 40  # paragraphs kept per (region, year)
REUSE = 0.8  # once a pool is full, the chance a paragraph is drawn from it
PERIODS = ("1-9月", "前三季度", "上半年", "一季度", "1至11月", "1—10月", "今年以来")


class _Converter:
    """OpenCC s2t, loaded once; identity (never traditional) when OpenCC is missing."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}
        try:
            import opencc

            self._cc = opencc.OpenCC("s2t")
        except Exception:  # pragma: no cover - OpenCC is a dependency of chanye
            self._cc = None

    def __bool__(self) -> bool:
        return self._cc is not None

    def __call__(self, text: str) -> str:
        """Line by line, memoised: paragraphs recur across pages."""
        if not self._cc:
            return text
        out = []
        for line in text.split("\n"):
            hit = self._cache.get(line)
            if hit is None:
                hit = self._cc.convert(line).replace("羣", "群")
                if len(self._cache) < 200_000:
                    self._cache[line] = hit
            out.append(hit)
        return "\n".join(out)


def load_templates(path: Path = TEMPLATES) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class _Slots(dict):
    """format_map mapping that draws a placeholder's value on first use (and keeps it for repeats)."""

    def __init__(self, maker: "PageMaker", region: dict, year: int, metric: dict) -> None:
        super().__init__()
        self.maker, self.region, self.year, self.metric = maker, region, year, metric

    def __missing__(self, key: str):
        value = self[key] = self.maker.slot(key, self)
        return value


class PageMaker:
    def __init__(self, templates: dict, rng: random.Random) -> None:
        self.t = templates
        self.rng = rng
        self.level_metrics = [m for m in templates["metrics"] if m.get("unit")]
        self.growth_metrics = [m for m in templates["metrics"] if m.get("growth")]
        self.both_metrics = [m for m in self.level_metrics if m.get("growth")]
        self.pools: dict[tuple[str, int], list[str]] = {}
        self.count_metrics = [m for m in templates["metrics"] if m.get("unit") in ("家", "个")]

    # ---------------------------------------------------------------- values

    def level(self, metric: dict, scale: float = 1.0) -> str:
        rng = self.rng
        v = rng.uniform(metric["lo"], metric["hi"]) * scale
        unit = metric["unit"]
        if unit == "亿元":
            if v >= 10000:
                return f"{v / 10000:.2f}".rstrip("0").rstrip(".") + "万亿元"
            return f"{v:.1f}亿元" if v < 1000 else f"{v:.0f}亿元"
        if unit == "亿美元":
            return f"{v:.1f}亿美元"
        if unit == "万辆":
            return f"{v:.1f}万辆"
        n = max(1, int(v))
        if n >= 10000 and rng.random() < 0.5:
            return f"{n / 10000:.2f}".rstrip("0").rstrip(".") + f"万{unit}"
        return f"{n}{unit}"

    def growth(self, metric: dict | None) -> str:
        lo, hi = (metric or {}).get("growth") or (2.0, 12.0)
        return f"{abs(self.rng.uniform(lo, hi)):.1f}"

    def pick_metric(self, template: str) -> dict:
        needs_level = "{V}" in template
        needs_growth = "{G}" in template and "{M2}" not in template
        pool = (self.both_metrics if needs_level and needs_growth else self.level_metrics if needs_level
                else self.growth_metrics if needs_growth else self.t["metrics"])
        return self.rng.choice(pool)

    # ---------------------------------------------------------------- sentences

    def fill(self, template: str, region: dict, year: int) -> str:
        slots = _Slots(self, region, year, self.pick_metric(template))
        return template.format_map(slots)

    def slot(self, key: str, s: "_Slots"):
        """One placeholder's value, drawn only when the template asks for it."""
        rng = self.rng
        t = self.t
        region, year, metric = s.region, s.year, s.metric
        if key == "R":
            return region["name"]
        if key == "r":
            return region["short"]
        if key == "O":
            return region["outlet"]
        if key == "Y":
            return year
        if key == "L":
            return year - 1
        if key == "T":
            return rng.choice((year + 1, year + 2, 2025, 2027, 2030))
        if key == "M":
            return metric["name"]
        if key == "M2":
            s.m2 = rng.choice(self.growth_metrics)
            return s.m2["name"]
        if key in ("V", "V2"):
            return self.level(metric, 1.0 if key == "V" else 1.25) if metric.get("unit") else ""
        if key == "G":
            return self.growth(metric)
        if key == "G2":
            return self.growth(getattr(s, "m2", None))
        if key == "C":
            s.count_metric = rng.choice(self.count_metrics)
            return s.count_metric["name"]
        if key == "CV":
            return self.level(getattr(s, "count_metric", None) or self.count_metrics[0])
        if key == "CN":
            unit = (getattr(s, "count_metric", None) or self.count_metrics[0])["unit"]
            return f"{rng.randint(3, 200)}{unit}"
        if key == "P":
            return f"{rng.uniform(20, 65):.1f}"
        if key == "PP":
            return f"{rng.uniform(0.1, 5):.1f}"
        if key == "N":
            return rng.randint(10, 900)
        if key == "N2":
            return rng.randint(5, 120)
        if key == "N3":
            return rng.randint(3, 20)
        if key == "K":
            return rng.choice(ORDINALS)
        if key == "RK":
            return rng.randint(1, 50)
        if key == "I":
            s.i1 = rng.choice(t["industries"])
            return s.i1
        if key == "I2":
            return rng.choice([i for i in t["industries"] if i != getattr(s, "i1", None)])
        if key == "FW":
            return rng.choice(t["framework_codes"])
        if key == "SHARE":
            return rng.choice(t["shares"])
        if key == "PERIOD":
            return rng.choice(PERIODS)
        if key == "M0":
            return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}"
        if key == "MEMBERS":
            return "、".join(rng.sample(t["industries"], rng.randint(3, 6)))
        if key == "FUTURE":
            return "、".join(rng.sample(t["future"], rng.randint(2, 4)))
        raise KeyError(key)

    def paragraph(self, region: dict, year: int) -> str:
        """A paragraph for (region, year): fresh at first, later mostly drawn again from the ones made so far
        (pages still differ in how they combine them; drawing is far cheaper than filling templates)."""
        pool = self.pools.setdefault((region["name"], year), [])
        if len(pool) >= POOL and self.rng.random() < REUSE:
            return self.rng.choice(pool)
        para = self._paragraph(region, year)
        if len(pool) < POOL:
            pool.append(para)
        return para

    def _paragraph(self, region: dict, year: int) -> str:
        rng = self.rng
        t = self.t
        sentences = []
        for _ in range(rng.randint(2, 4)):
            family = rng.choices(("actual", "target", "forecast", "filler"), weights=(5, 3, 1, 2))[0]
            sentences.append(self.fill(rng.choice(t[family]), region, year))
        if rng.random() < 0.15:
            district = rng.choice(t["districts"])
            sentences.append(f"其中，{district}{rng.choice(self.both_metrics)['name']}增长{self.growth(None)}%。")
        return "".join(sentences)

    def page(self, index: int, seed: int) -> dict:
        rng = self.rng
        t = self.t
        region = rng.choice(t["regions"])
        year = rng.choice((2022, 2023, 2024, 2025))
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        paragraphs = [self.fill(rng.choice(t["openers"]), region, year)]
        paragraphs += [self.paragraph(region, year) for _ in range(rng.randint(3, 7))]
        if rng.random() < 0.5:
            paragraphs.insert(rng.randint(1, len(paragraphs)), self.fill(rng.choice(t["framework"]), region, year))
        # A serial in the closing line keeps every page distinct even if the dice repeat.
        paragraphs.append(self.fill(rng.choice(t["filler"]), region, year) + f"（稿件编号：{seed}-{index:07d}）")
        roll = rng.random()
        script = "traditional+pinyin" if roll < 0.08 else "traditional" if roll < 0.28 else "simplified"
        return {
            "id": f"gen-{seed}-{index:07d}",
            "region": region,
            "date": date,
            "title": self.fill(rng.choice(t["titles"]), region, year),
            "byline": f"记者 {rng.choice('王李张刘陈杨黄赵周吴')}{rng.choice('明华立新颖磊婷洋佳宁')}",
            "paragraphs": paragraphs,
            "script": script,
            "image": rng.random() < 0.4,
            "mojibake": rng.random() < 0.03,
            "url": f"https://news.{region['short'].encode('utf-8').hex()[:8]}.example/{date.replace('-', '/')}/{index}.html",
        }


# ---------------------------------------------------------------- rendering


def _scripted(page: dict, text: str, convert: _Converter) -> str:
    if page["script"] == "simplified" or not convert:
        return text
    text = convert(text)
    if page["script"] == "traditional+pinyin":
        text = "".join(ch + f"({PINYIN[ch]})" if ch in PINYIN else ch for ch in text)
    return text


def _furniture(t: dict, page: dict, rng: random.Random) -> dict:
    f = t["furniture"]
    values = {"Y": page["date"][:4], "O": page["region"]["outlet"]}
    return {
        "related": rng.sample(f["related"], rng.randint(3, 5)),
        "copyright": [c.format_map(values) for c in f["copyright"]],
        "contact": f["contact"],
        "share": f["share"],
    }


def render_text(page: dict, furn: dict, convert: _Converter) -> str:
    r = page["region"]
    lines = [f"当前位置：首页 > {r['short']}新闻 > 正文", page["title"],
             f"{page['date']}  来源：{r['outlet']}  作者：{page['byline']}", ""]
    for i, para in enumerate(page["paragraphs"]):
        lines += ["　　" + para, ""]
        if i == 0 and page["image"]:
            lines += [f"{page['date'].replace('-', '')}_{page['id'][-3:]}.jpg",
                      f"图为{r['short']}某企业生产车间。 {page['byline']} 摄", ""]
        if i == 1 and page["mojibake"]:
            lines += ["全市上下迅速掀起学习贯彻热潮。".encode("utf-8").decode("gbk", errors="replace"), ""]
    lines += [furn["share"], f"【责任编辑：{page['byline'].split()[-1]}】", "", "相关阅读"]
    lines += [f"- {r['short']}：{x}" for x in furn["related"]]
    lines += [""] + furn["copyright"] + furn["contact"]
    return _scripted(page, "\n".join(lines) + "\n", convert)


def render_html(page: dict, furn: dict, convert: _Converter) -> str:
    e = htmlmod.escape
    r = page["region"]
    body = []
    for i, para in enumerate(page["paragraphs"]):
        body.append(f"<p>{e(para)}</p>")
        if i == 0 and page["image"]:
            body.append(f'<figure><img src="/uploads/{page["id"]}.jpg"><figcaption>图为{e(r["short"])}某企业生产车间。'
                        f"</figcaption></figure>")
    related = "".join(f'<li><a href="/news/{k}.html">{e(x)}</a></li>' for k, x in enumerate(furn["related"]))
    doc = (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{e(page['title'])}_{e(r['outlet'])}</title>\n"
        f'<meta name="publishdate" content="{page["date"]}">\n<link rel="canonical" href="{e(page["url"])}">\n'
        "<script>var _hmt=_hmt||[];(function(){var s=document.createElement('script');"
        "s.src='https://hm.example.com/hm.js';document.head.appendChild(s);})();</script>\n</head>\n<body>\n"
        f'<div class="top">登录 | 注册 | 手机版</div>\n<nav>当前位置：<a href="/">首页</a> &gt; '
        f'<a href="/news/">{e(r["short"])}新闻</a> &gt; 正文</nav>\n'
        f'<div class="main"><article>\n<h1>{e(page["title"])}</h1>\n'
        f'<div class="info">{page["date"]} 来源：{e(r["outlet"])} 作者：{e(page["byline"])}</div>\n'
        + "\n".join(body)
        + f'\n<div class="share">{e(furn["share"])}</div>\n</article>\n'
        f'<aside class="sidebar"><h3>相关阅读</h3><ul>{related}</ul></aside></div>\n'
        f"<footer>{'<br>'.join(e(x) for x in furn['copyright'] + furn['contact'])}</footer>\n"
        "</body>\n</html>\n"
    )
    return _scripted(page, doc, convert)


# ---------------------------------------------------------------- writers


class _WarcShard:
    def __init__(self, path: Path) -> None:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        self._headers = StatusAndHeaders
        self.path = path
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=True)

    def add(self, url: str, date: str, page_html: str) -> None:
        payload = page_html.encode("utf-8")
        host = url.split("/")[2]
        request = self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""),
            http_headers=self._headers(f"GET /{url.split('/', 3)[3]} HTTP/1.1", [("Host", host)], is_http_request=True))
        response = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(payload),
            http_headers=self._headers("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"))
        for rec, kind in ((request, "request"), (response, "response")):
            digest = hashlib.md5(f"{kind}{url}".encode()).hexdigest()
            rec.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(digest)}>")
            rec.rec_headers.replace_header("WARC-Date", f"{date}T08:00:00Z")
        request.rec_headers.replace_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        self.writer.write_record(request)
        self.writer.write_record(response)

    def size(self) -> int:
        return self.buffer.tell()

    def close(self) -> Path:
        self.path.write_bytes(self.buffer.getvalue())
        return self.path


def generate(out_dir, target_mb: float, seed: int = 0, formats=("txt", "html", "jsonl")) -> list[Path]:
    """Write about `target_mb` MiB of pages under `out_dir`; return the files written, sorted."""
    formats = tuple(formats)
    unknown = set(formats) - set(FORMATS)
    if not formats or unknown:
        raise ValueError(f"formats must be among {FORMATS}, got {formats}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    templates = load_templates()
    rng = random.Random(seed)
    maker = PageMaker(templates, rng)
    convert = _Converter()
    target = int(target_mb * MB)
    written: list[Path] = []
    total = 0
    index = 0
    jsonl_lines: list[str] = []
    jsonl_size = 0
    jsonl_shard = 0
    warc: _WarcShard | None = None
    warc_shard = 0

    def flush_jsonl() -> None:
        nonlocal jsonl_lines, jsonl_size, jsonl_shard
        if jsonl_lines:
            path = out / f"gen-{seed}-dump-{jsonl_shard:04d}.jsonl"
            path.write_text("".join(jsonl_lines), encoding="utf-8")
            written.append(path)
            jsonl_shard += 1
            jsonl_lines, jsonl_size = [], 0

    while total < target:
        fmt = formats[index % len(formats)]
        page = maker.page(index, seed)
        furn = _furniture(templates, page, rng)
        if fmt == "txt":
            text = render_text(page, furn, convert)
            path = out / f"{page['id']}.txt"
            if page["script"] == "simplified" and rng.random() < 0.06:
                data = text.encode("gb18030")
            else:
                data = text.encode("utf-8")
            path.write_bytes(data)
            written.append(path)
            total += len(data)
        elif fmt == "html":
            data = render_html(page, furn, convert).encode("utf-8")
            path = out / f"{page['id']}.html"
            path.write_bytes(data)
            written.append(path)
            total += len(data)
        elif fmt == "jsonl":
            record = {"id": page["id"], "url": page["url"], "title": _scripted(page, page["title"], convert),
                      "date": page["date"]}
            if rng.random() < 0.5:
                record["text"] = render_text(page, furn, convert)
            else:
                record["html"] = render_html(page, furn, convert)
            line = json.dumps(record, ensure_ascii=False) + "\n"
            size = len(line.encode("utf-8"))
            jsonl_lines.append(line)
            jsonl_size += size
            total += size
            if jsonl_size >= SHARD_BYTES:
                flush_jsonl()
        else:  # warc
            if warc is None:
                warc = _WarcShard(out / f"gen-{seed}-crawl-{warc_shard:04d}.warc.gz")
            before = warc.size()
            warc.add(page["url"], page["date"], render_html(page, furn, convert))
            total += warc.size() - before
            if warc.size() >= SHARD_BYTES:
                written.append(warc.close())
                warc, warc_shard = None, warc_shard + 1
        index += 1
    flush_jsonl()
    if warc is not None:
        written.append(warc.close())
    return sorted(written)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate a realistic-looking corpus of regional industrial-policy pages.")
    ap.add_argument("out", help="output directory (created)")
    ap.add_argument("--mb", type=float, default=20.0, help="approximate size in MiB (default 20)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--formats", default="txt,html,jsonl", help=f"comma-separated, among {','.join(FORMATS)}")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    paths = generate(args.out, args.mb, args.seed, [f.strip() for f in args.formats.split(",") if f.strip()])
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} files, {size / MB:.1f} MiB in {args.out} ({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

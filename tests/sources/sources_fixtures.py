"""Made-up Chinese industrial-policy prose and builders for every input form the readers accept.

All text here is invented for these tests.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

# A made-up Changzhou press release, simplified script.
PRESS_TITLE = "常州发布智能制造装备产业集群三年行动方案"
PRESS_PARAGRAPHS = [
    "3月18日，常州市政府新闻办召开新闻发布会，发布《常州市智能制造装备产业集群高质量发展三年行动方案》。",
    "方案提出，到2027年，全市智能制造装备产业规模力争突破三千亿元，年均增长百分之十以上。",
    "市工信局负责人介绍，2024年全市智能制造装备产业实现产值二千四百亿元，同比增长百分之九点二，"
    "规模以上企业达到八百六十家。",
    "下一步，常州将聚焦工业机器人、高端数控机床、智能检测装备三条细分产业链，培育十家以上产值超五十亿元的龙头企业。",
]
PRESS_TEXT = PRESS_TITLE + "\n" + "\n".join(PRESS_PARAGRAPHS) + "\n"

# The same kind of news in traditional script (for Big5).
TRAD_TEXT = (
    "常州新能源汽車產業鏈加快集聚\n"
    "記者從常州市發展和改革委員會獲悉，今年前三季度，全市新能源汽車及核心零部件產業實現產值一千八百億元，"
    "同比增長百分之十二點五。\n"
    "常州將繼續推動動力電池、電驅動系統、智慧座艙等關鍵環節協同發展，打造具有國際競爭力的產業集群。\n"
)

# A short piece used where many small documents are needed.
SHORT_TEXTS = [
    "武进区今年新签约亿元以上工业项目四十二个，其中新能源领域项目占比超过六成。",
    "新北区光伏产业链条持续延伸，组件产能预计年底达到三十吉瓦。",
    "金坛区动力电池产业产值同比增长百分之二十一，成为全区第一大产业。",
]

NAV = "首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流"
FOOTER = "版权所有：常州市人民政府办公室 主办 苏ICP备00000000号 网站标识码0000000000"
SCRIPT_MARKER = "脚本变量不应出现在正文"
STYLE_MARKER = "样式注释不应出现"


def press_html(charset: str = "utf-8", *, date: str = "2025-03-18", title: str = PRESS_TITLE,
               meta_charset: bool = True, scripts: int = 6) -> str:
    """A news page with a nav bar, sidebars, many scripts and styles, a table and a copyright footer."""
    head_scripts = "\n".join(
        f'<script type="text/javascript">var cfg{i} = {{"label": "{SCRIPT_MARKER}{i}"}}; '
        f"function track{i}(){{ return cfg{i}.label; }}</script>"
        for i in range(scripts)
    )
    styles = "\n".join(
        f"<style>/* {STYLE_MARKER}{i} */ .c{i} {{ margin: {i}px; color: #333; }}</style>" for i in range(scripts)
    )
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in PRESS_PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{meta}
<title>{title}_常州市人民政府</title>
<meta name="publishdate" content="{date}">
<meta property="article:published_time" content="{date}">
{head_scripts}
{styles}
</head>
<body>
<div class="topnav"><ul>{''.join(f'<li><a href="/c{i}">{n}</a></li>' for i, n in enumerate(NAV.split(' | ')))}</ul></div>
<div class="sidebar left"><h3>热点专题</h3><ul><li><a href="/z1">优化营商环境专栏</a></li>
<li><a href="/z2">政府信息公开年报</a></li><li><a href="/z3">天气预报</a></li></ul></div>
<div class="main">
<div class="crumbs">当前位置：首页 &gt; 新闻中心 &gt; 常州要闻</div>
<h1>{title}</h1>
<div class="info">发布时间：{date} 来源：常州市政府新闻办</div>
<div class="article-content">
{body}
<script>document.write("<span>{SCRIPT_MARKER}-inline</span>");</script>
<table><tr><th>指标</th><th>2024年</th></tr><tr><td>产业产值（亿元）</td><td>2400</td></tr></table>
</div>
</div>
<div class="sidebar right"><h3>相关阅读</h3><ul><li><a href="/r1">常州召开全市工业经济运行分析会</a></li></ul></div>
<div class="footer"><p>{FOOTER}</p><p>联系我们 | 网站地图 | 隐私声明</p></div>
<script src="/static/stat.js"></script><script>var _hmt = _hmt || []; /* {SCRIPT_MARKER}-footer */</script>
</body>
</html>
"""


def jsonl_bytes(lines: list[object | str]) -> bytes:
    """Objects are dumped as JSON; strings are written as they are (to make broken lines)."""
    out = []
    for line in lines:
        out.append(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


def warc_bytes(records: list[dict], *, gz: bool = True) -> bytes:
    """records: dicts with url, body (bytes), and optionally type ('response'|'request'|'resource'|'metadata'),
    content_type, status."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for rec in records:
        rtype = rec.get("type", "response")
        body = rec.get("body", b"")
        if rtype == "response":
            headers = StatusAndHeaders(
                rec.get("status", "200 OK"),
                [("Content-Type", rec.get("content_type", "text/html; charset=utf-8")),
                 ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(rec["url"], "response", payload=io.BytesIO(body), http_headers=headers)
        elif rtype == "request":
            headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.changzhou.gov.cn")], is_http_request=True)
            record = writer.create_warc_record(rec["url"], "request", payload=io.BytesIO(b""), http_headers=headers)
        else:
            record = writer.create_warc_record(
                rec["url"], rtype, payload=io.BytesIO(body), warc_content_type=rec.get("content_type", "text/plain")
            )
        writer.write_record(record)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def gz(data: bytes) -> bytes:
    return gzip.compress(data)

"""Build the bundled sample corpus (samples/corpus/) from the article sources in samples/src/articles/*.yaml.

    .venv/bin/python samples/build_corpus.py        # rewrites samples/corpus/ and samples/src/*.html, then the WARC

Every article is fictional-but-realistic: invented wording and figures in the genre of government work
reports, press conferences and local news. This script only dresses them the way scraped pages look:
traditional script (OpenCC s2t), the pinyin artifact (`產(chǎn)業(yè)`), page furniture (navigation trails,
related/hot lists, copyright and contact blocks, image names and captions, share widgets), a little
mojibake, and the container formats (.txt, .html, .jsonl, .warc.gz, GBK and Big5 bytes).
The output is deterministic, so re-running it on unchanged sources changes nothing.
"""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "corpus"
JSONL_NAME = "news-dump-2024-2025.jsonl"

# Characters after which traditional+pinyin pages carry a parenthesised syllable (as in `產(chǎn)業(yè)`).
PINYIN = {
    "產": "chǎn", "業": "yè", "質": "zhì", "劃": "huà", "發": "fā", "現": "xiàn", "區": "qū", "規": "guī",
    "聞": "wén", "轉": "zhuǎn", "數": "shù", "態": "tài", "穩": "wěn", "設": "shè", "領": "lǐng",
    "將": "jiāng", "調": "diào", "營": "yíng", "術": "shù", "創": "chuàng", "動": "dòng", "鋼": "gāng",
    "結": "jié", "構": "gòu", "優": "yōu", "強": "qiáng", "勢": "shì", "際": "jì", "環": "huán",
    "資": "zī", "進": "jìn", "實": "shí", "長": "zhǎng", "費": "fèi", "據": "jù", "縣": "xiàn",
    "報": "bào", "議": "yì", "統": "tǒng", "計": "jì", "銷": "xiāo", "售": "shòu", "關": "guān",
}

RELATED = [
    "市委常委会召开会议 研究部署近期重点工作",
    "前三季度全市外贸进出口增长5.1%",
    "2024年全市重大项目集中开工 总投资超300亿元",
    "冬季供暖保障工作全面启动",
    "全市新增城镇就业3.2万人",
    "省运会筹备工作进入冲刺阶段",
    "新一批市级文明单位名单公示",
    "高铁站综合交通枢纽二期工程开工",
]
HOT = [
    "多地迎来今冬首场降雪 交通部门发布出行提示",
    "“村超”火爆出圈 乡村文体活动激活消费新动能",
    "这个周末，来看一场灯光秀",
    "2025年度公务员考试报名人数创新高",
    "外卖骑手权益保障新规发布",
    "老旧小区改造今年再推进120个",
]


def to_traditional(text: str) -> str:
    import opencc

    converted = opencc.OpenCC("s2t").convert(text)
    # Pages from the mainland's traditional-script outlets write these the common way.
    return converted.replace("羣", "群").replace("佈", "布").replace("裏", "裡")


def add_pinyin(text: str) -> str:
    return "".join(ch + f"({PINYIN[ch]})" if ch in PINYIN else ch for ch in text)


def mojibake(text: str) -> str:
    """UTF-8 bytes read as GBK: what a mis-decoded page looks like."""
    return text.encode("utf-8").decode("gbk", errors="replace")


def load_articles() -> list[dict]:
    articles: list[dict] = []
    for path in sorted((SRC / "articles").glob("*.yaml")):
        articles.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    return articles


def paragraphs(article: dict) -> list[str]:
    return [p.strip() for p in article["body"].split("\n\n") if p.strip()]


def scripted(article: dict, text: str) -> str:
    script = article["script"]
    if script == "simplified":
        return text
    text = to_traditional(text)
    if script == "traditional+pinyin":
        text = add_pinyin(text)
    return text


def pick(items: list[str], seed: str, n: int) -> list[str]:
    start = sum(map(ord, seed)) % len(items)
    return [items[(start + i) % len(items)] for i in range(n)]


def furniture_lines(article: dict, kind: str) -> list[str]:
    region = article["region"]
    outlet = article["outlet"]
    year = article["date"][:4]
    short = region.removesuffix("市").removesuffix("省")
    if kind == "nav":
        return [f"当前位置：首页 > {short}新闻 > 要闻 > 正文"]
    if kind == "related":
        return ["相关阅读"] + [f"- {short}：{t}" for t in pick(RELATED, article["id"], 4)]
    if kind == "hot":
        return ["热门资讯"] + [f"{i}. {t}" for i, t in enumerate(pick(HOT, article["id"][::-1], 4), 1)]
    if kind == "copyright":
        return [
            f"版权所有 © {year} {outlet} All Rights Reserved. 未经书面授权，不得转载、摘编或以其他方式使用本网作品。",
            "免责声明：本网转载内容仅供参考，不代表本网观点。如有侵权请联系删除。",
        ]
    if kind == "contact":
        return ["新闻热线：0514-87360000　投稿邮箱：tougao@news.example.cn　广告合作：13800000000"]
    if kind == "share":
        return ["分享到：微信 微博 QQ空间 复制链接"]
    if kind == "mojibake":
        return [mojibake("最新资讯：一周要闻回顾") , mojibake("扫码关注官方微信")]
    return []


def render_text(article: dict) -> str:
    """A .txt scrape: headline, dateline, body with image lines, furniture around it."""
    f = article.get("furniture", [])
    lines: list[str] = []
    if "nav" in f:
        lines += furniture_lines(article, "nav")
    lines.append(article["title"])
    lines.append(f"{article['date']}  来源：{article['outlet']}  作者：{article['byline']}")
    lines.append("")
    for i, para in enumerate(paragraphs(article)):
        if para.startswith("[img]"):
            name, _, caption = para[5:].partition("|")
            if "images" in f:
                lines += [name.strip(), caption.strip(), ""]
            continue
        lines += ["　　" + para, ""]
        if i == 0 and "mojibake" in f:
            lines += [mojibake("（本报讯）全市上下迅速掀起学习贯彻热潮。"), ""]
    if "share" in f:
        lines += furniture_lines(article, "share")
    lines.append(f"【责任编辑：{article['byline'].split()[-1]}】")
    lines.append("")
    for kind in ("related", "hot", "mojibake", "copyright", "contact"):
        if kind in f:
            lines += furniture_lines(article, kind) + [""]
    # The page's script applies to everything the outlet printed: title, body and furniture alike.
    return scripted(article, "\n".join(lines).rstrip() + "\n")


def render_html(article: dict) -> str:
    """A whole web page: head with scripts and meta date, nav, sidebar, article, share widget, footer."""
    f = article.get("furniture", [])
    e = html.escape
    title = article["title"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title)}_{e(article['outlet'])}</title>",
        f'<meta name="publishdate" content="{article["date"]}">',
        f'<meta property="og:title" content="{e(title)}">',
    ]
    if article.get("url"):
        parts.append(f'<link rel="canonical" href="{e(article["url"])}">')
    if "script" in f:
        parts.append(
            "<script>var _hmt = _hmt || [];(function(){var hm=document.createElement('script');"
            "hm.src='https://hm.example.com/hm.js?1a2b3c';document.head.appendChild(hm);})();</script>"
        )
    parts += ["</head>", "<body>", '<div class="top-bar">登录 | 注册 | 手机版 | 无障碍</div>']
    if "nav" in f:
        nav = furniture_lines(article, "nav")[0].replace("当前位置：", "")
        crumbs = " &gt; ".join(f'<a href="/">{e(c.strip())}</a>' for c in nav.split(">"))
        parts.append(f'<nav class="breadcrumb">当前位置：{crumbs}</nav>')
    parts += ['<div class="main">', '<article class="content">', f"<h1>{e(title)}</h1>"]
    parts.append(
        f'<div class="info"><span class="date">{article["date"]}</span>'
        f'<span class="source">来源：{e(article["outlet"])}</span>'
        f'<span class="author">作者：{e(article["byline"])}</span></div>'
    )
    for para in paragraphs(article):
        if para.startswith("[img]"):
            name, _, caption = para[5:].partition("|")
            parts.append(
                f'<figure><img src="/uploads/{e(name.strip())}" alt="{e(name.strip())}">'
                f"<figcaption>{e(caption.strip())}</figcaption></figure>"
            )
            continue
        parts.append(f"<p>{e(para)}</p>")
    parts.append(f'<p class="editor">责任编辑：{e(article["byline"].split()[-1])}</p>')
    if "share" in f:
        parts.append('<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>')
    parts.append("</article>")
    if "sidebar" in f:
        parts.append('<aside class="sidebar"><h3>热门资讯</h3><ul>')
        parts += [f'<li><a href="/news/{i}.html">{e(t)}</a></li>' for i, t in enumerate(pick(HOT, article["id"], 5))]
        parts.append("</ul><h3>点击排行</h3><ol>")
        parts += [f'<li><a href="/news/r{i}.html">{e(t)}</a></li>' for i, t in enumerate(pick(RELATED, article["id"], 5))]
        parts.append("</ol></aside>")
    parts.append("</div>")
    footer = " ".join(e(x) for x in furniture_lines(article, "copyright"))
    if "contact" in f:
        footer += " " + e(furniture_lines(article, "contact")[0])
    parts.append(f'<footer><p>{footer}</p><p>苏ICP备00000000号-1</p></footer>')
    if "script" in f:
        parts.append("<script>document.querySelectorAll('.share a').forEach(function(a){a.onclick=function(){return false;};});</script>")
    parts += ["</body>", "</html>", ""]
    page = "\n".join(parts)
    if article["script"] != "simplified":
        page = scripted(article, page)
    return page


def build() -> list[Path]:
    articles = load_articles()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for old in SRC.glob("*.html"):
        old.unlink()
    written: list[Path] = []
    jsonl: list[dict] = []
    for a in articles:
        fmt = a["format"]
        if fmt == "txt":
            path = OUT / f"{a['id']}.txt"
            path.write_text(render_text(a), encoding="utf-8")
        elif fmt == "gbk":
            path = OUT / f"{a['id']}.txt"
            path.write_bytes(render_text(a).replace("©", "(C)").encode("gbk"))
        elif fmt == "big5":
            path = OUT / f"{a['id']}.txt"
            path.write_bytes(render_text(a).replace("©", "(C)").encode("big5"))
        elif fmt == "html":
            path = OUT / f"{a['id']}.html"
            path.write_text(render_html(a), encoding="utf-8")
        elif fmt in ("jsonl-text", "jsonl-html"):
            record = {"id": a["id"], "url": a.get("url"), "title": scripted(a, a["title"]), "date": a["date"]}
            if fmt == "jsonl-text":
                record["text"] = render_text(a)
            else:
                record["html"] = render_html(a)
            jsonl.append(record)
            continue
        elif fmt == "warc":
            path = SRC / f"{a['id']}.html"
            path.write_text(render_html(a), encoding="utf-8")
            continue
        else:
            raise ValueError(f"{a['id']}: unknown format {fmt}")
        written.append(path)
    path = OUT / JSONL_NAME
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in jsonl), encoding="utf-8")
    written.append(path)
    subprocess.run([sys.executable, str(HERE / "build_warc.py")], check=True)
    return written


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(HERE.parent))

"""The web app: server-rendered pages and a read-only JSON/CSV API over the analyse calls.

`create_app(db_url) -> FastAPI`. Everything is served from the installed package (templates, CSS, JS;
no CDN): the OpenAPI description is at /openapi.json and rendered offline at /docs. Only GET (and HEAD)
is answered; SQLite stores are opened read-only. Document text is untrusted: templates autoescape it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Undefined

from chanye.analyse import compare as compare_mod
from chanye.analyse import queries
from chanye.analyse import targets as targets_mod
from chanye.serve import i18n, views

HERE = Path(__file__).resolve().parent
ROLE_ORDER = ("cluster", "chain", "industry", "future")
PAGE_ROWS = 1000  # rows a page table shows at most; the JSON/CSV twins have them all
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


# ---------------------------------------------------------------- responses


def _jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return _jsonable(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [_jsonable(v) for v in obj]
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    return obj


def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        import json

        return json.dumps(v, ensure_ascii=False)
    return v


def csv_response(rows: Iterable[dict[str, Any]], columns: list[str] | None, filename: str) -> StreamingResponse:
    """Rows as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese), streamed."""
    rows = list(rows)
    cols = columns or (list(rows[0].keys()) if rows else [])

    def gen():
        buf = io.StringIO()
        w = csv.writer(buf)
        buf.write("\ufeff")
        w.writerow(cols)
        yield buf.getvalue()
        for i, r in enumerate(rows):
            if i % 200 == 0:
                buf.seek(0)
                buf.truncate()
            w.writerow([_csv_cell(r.get(c)) for c in cols])
            if i % 200 == 199:
                yield buf.getvalue()
        if rows and len(rows) % 200 != 0:
            yield buf.getvalue()

    return StreamingResponse(
        gen(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="{filename}"'},
    )


def listing(rows: list[dict[str, Any]], fmt: str | None, columns: list[str] | None, name: str):
    """A listing as JSON ({"count", "rows"}) or, with fmt "csv", as CSV."""
    if fmt == "csv":
        return csv_response(rows, columns, f"{name}.csv")
    return JSONResponse({"count": len(rows), "rows": _jsonable(rows)})


# ---------------------------------------------------------------- the app


def create_app(db_url: str) -> FastAPI:
    """The app over the store at db_url (opened read-only)."""
    engine = queries.open_engine(db_url, read_only=True)
    app = FastAPI(
        title="chanye",
        version="0.1.0",
        description="Read-only API over a chanye store: regions, facts with their evidence, documents, "
        "targets against outcomes, and region comparisons. Every listing is also CSV (`.csv` or `?_format=csv`).",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.engine = engine
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # Autoescape everything: document text is untrusted. Undefined renders empty in production (a stored
    # row missing a key must not break a page); CHANYE_STRICT_TEMPLATES=1 (the tests) makes it an error.
    strict = os.environ.get("CHANYE_STRICT_TEMPLATES") == "1"
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=StrictUndefined if strict else Undefined,
    )
    env.filters["value"] = views.format_value
    env.filters["ratio"] = views.format_ratio
    env.filters["plain"] = views.format_plain
    env.filters["urlencode"] = lambda v: quote(str(v), safe="")  # doc ids may be URLs: encode "/" too

    # ------------------------------------------------------------ middleware

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if request.method not in ("GET", "HEAD"):
            return PlainTextResponse("read-only: only GET is served", status_code=405, headers={"Allow": "GET, HEAD"})
        twin = _json_twin(request)
        if twin:
            return RedirectResponse(twin, status_code=307)
        response = await call_next(request)
        lang = request.query_params.get("lang")
        if lang in i18n.LANGS:
            response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax", httponly=False)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    def _json_twin(request: Request) -> str | None:
        """A page asked for as data (?_format=json or csv): where its API twin is."""
        fmt = request.query_params.get("_format")
        path = request.url.path
        if fmt not in ("json", "csv") or path.startswith(("/api/", "/search", "/static/")):
            return None
        params = {k: v for k, v in request.query_params.items() if k not in ("_format", "lang")}
        if path == "/":
            target = "/api/overview" if fmt == "json" else "/api/documents.csv"
        elif path.startswith("/regions/"):
            name = path[len("/regions/"):]
            if fmt == "json":
                target = f"/api/regions/{quote(name, safe='')}"
                params = {}
            else:
                target = "/api/facts.csv"
                params = {"region": name, **params}
        elif path.startswith("/documents/") and not path.endswith("/original"):
            doc = path[len("/documents/"):]
            target = f"/api/documents/{quote(doc, safe='')}" if fmt == "json" else "/api/facts.csv"
            params = {} if fmt == "json" else {"doc": doc}
        elif path in ("/targets", "/compare"):
            target = f"/api{path}" + (".csv" if fmt == "csv" else "")
        else:
            return None
        return target + ("?" + urlencode(params) if params else "")

    def lang_of(request: Request) -> str:
        return i18n.pick_lang(request.query_params.get("lang"), request.cookies.get("lang"))

    def render(request: Request, template: str, status_code: int = 200, **ctx) -> HTMLResponse:
        lang = lang_of(request)
        params = dict(request.query_params)
        params["lang"] = "en" if lang == "zh" else "zh"
        switch_url = request.url.path + "?" + urlencode(params)

        def t(key: str) -> str:
            return i18n.label(key, lang)

        def fact_href(f: dict) -> str:
            """The evidence link of a fact (or a value from the profile, which has spans but no row id)."""
            doc = quote(str(f.get("doc") or ""), safe="")
            if f.get("id") is not None:
                return f"/documents/{doc}#fact-{f['id']}"
            if f.get("clean_start") is not None and f.get("clean_end"):
                return f"/documents/{doc}?start={f['clean_start']}&end={f['clean_end']}#span-sel"
            return f"/documents/{doc}"

        html = env.get_template(template).render(
            request=request,
            lang=lang,
            t=t,
            switch_url=switch_url,
            metric_label=lambda mid, written=None: i18n.metric_label(mid, written, lang),
            industry_label=lambda iid, written=None: i18n.industry_label(iid, written, lang),
            status_name=lambda s: i18n.named(i18n.STATUS_NAMES, s, lang),
            role_name=lambda r: i18n.named(i18n.ROLE_NAMES, r, lang),
            role_one=lambda r: i18n.named(i18n.ROLE_ONE, r, lang),
            kind_name=lambda k: i18n.named(i18n.KIND_NAMES, k, lang),
            note_name=lambda n: i18n.named(i18n.NOTE_NAMES, n, lang),
            fmt=lambda f, comparator=True: views.format_value(f, lang, comparator),
            plain=lambda v, unit, unit_text=None: views.format_plain(v, unit, unit_text, lang),
            qs=lambda **q: urlencode({k: v for k, v in q.items() if v not in (None, "")}),
            page_rows=PAGE_ROWS,
            fact_href=fact_href,
            **ctx,
        )
        return HTMLResponse(html, status_code=status_code)

    def not_found(request: Request, what: str) -> HTMLResponse:
        return render(request, "error.html", status_code=404, message=what)

    # ------------------------------------------------------------ shared assembly

    def _profile(name: str):
        """The region profile (chanye.analyse.profile.region_profile) where it is installed, else None."""
        try:
            from chanye.analyse.profile import region_profile
        except ImportError:
            return None
        return region_profile(engine, name)

    def _mention(ev: Any, name: str) -> dict[str, Any]:
        cs = ev.clean_span or (None, None)
        return {"doc": ev.doc, "doc_title": ev.title, "quote": ev.quote, "name": name, "clean_start": cs[0], "clean_end": cs[1]}

    def region_data(name: str, metric: str | None, status: str | None, year: int | None, lang: str) -> dict | None:
        """Everything the region page shows. Frameworks, industries and metric series come from the region
        profile (chanye.analyse.profile) when it is there; facts and targets from queries / targets."""
        prof = _profile(name)
        if prof is not None and prof.region != name and not prof.empty:
            return {"redirect": prof.region}
        region = name
        all_facts = queries.facts(engine, region=region)
        if prof is not None:
            if prof.empty and not all_facts:
                return None
            docs = prof.documents
            fws = [
                {
                    "code": fw.code,
                    "parts": fw.parts,
                    "consistent": fw.consistent,
                    "quote": fw.evidence[0].quote if fw.evidence else "",
                    "doc": fw.evidence[0].doc if fw.evidence else "",
                    "doc_title": fw.evidence[0].title if fw.evidence else "",
                    "clean_start": (fw.evidence[0].clean_span or (None, None))[0] if fw.evidence else None,
                    "clean_end": (fw.evidence[0].clean_span or (None, None))[1] if fw.evidence else None,
                    "mentions": [_mention(ev, fw.code) for ev in fw.evidence],
                }
                for fw in prof.frameworks
            ]
            roles = [
                {
                    "role": role,
                    "industries": [
                        {
                            "industry_id": e.industry_id,
                            "name": e.name,
                            "frameworks": e.frameworks,
                            "mentions": [_mention(ev, e.name) for ev in e.evidence],
                        }
                        for e in entries
                    ],
                }
                for role, entries in sorted(prof.industries.items(), key=lambda kv: ROLE_ORDER.index(kv[0]) if kv[0] in ROLE_ORDER else 99)
                if entries
            ]
            groups: dict[tuple, list[dict]] = {}
            for series in prof.metrics:
                for status_name in ("actual", "target", "forecast"):
                    for v in getattr(series, status_name):
                        cs = v.evidence.clean_span or (None, None)
                        row = {
                            "metric": v.metric, "metric_id": series.metric_id, "value": v.value, "value_max": v.value_max,
                            "unit": v.unit, "unit_text": v.unit_text, "kind": v.kind, "comparator": v.comparator,
                            "period": v.period, "status": v.status, "industry": v.industry, "quote": v.evidence.quote,
                            "doc": v.evidence.doc, "clean_start": cs[0], "clean_end": cs[1],
                        }
                        groups.setdefault((series.metric_id, v.industry or "", v.unit, v.kind), []).append(row)
        else:
            docs = queries.region_documents(engine, region)
            fws = queries.region_frameworks(engine, region)
            for fw in fws:
                fw["mentions"] = [fw]
            inds = queries.region_industries(engine, region)
            if not (docs or all_facts or fws or inds):
                return None
            by_role: dict[str, dict[str, dict[str, Any]]] = {}
            for m in inds:
                key = m["industry_id"] or m["name"]
                entry = by_role.setdefault(m["role"], {}).setdefault(
                    key, {"industry_id": m["industry_id"], "name": m["name"], "frameworks": set(), "mentions": []}
                )
                if m["framework"]:
                    entry["frameworks"].add(m["framework"])
                entry["mentions"].append(m)
            roles = [
                {"role": r, "industries": sorted(by_role[r].values(), key=lambda e: (e["industry_id"] is None, e["name"]))}
                for r in sorted(by_role, key=lambda r: ROLE_ORDER.index(r) if r in ROLE_ORDER else 99)
            ]
            for r in roles:
                for e in r["industries"]:
                    e["frameworks"] = sorted(e["frameworks"])
            groups = {}
            for f in all_facts:
                if f["metric_id"]:
                    groups.setdefault((f["metric_id"], f["industry"] or "", f["unit"], f["kind"]), []).append(f)
        charts = []
        kinds_of: dict[str, set] = {}
        for (mid, _industry, unit, kind) in groups:
            kinds_of.setdefault(mid, set()).add((unit, kind))
        for (mid, industry, unit, kind), rows in sorted(groups.items(), key=lambda kv: (kv[0][1] != "", -len(kv[1]), kv[0])):
            title = i18n.metric_label(mid, rows[0]["metric"], lang)
            if industry:
                title = f"{industry} · {title}"
            if len(kinds_of[mid]) > 1:
                title += f" · {i18n.named(i18n.KIND_NAMES, kind, lang)}"
            chart = views.metric_chart(f"{mid}-{industry}-{unit}-{kind}", title, rows, lang)
            if chart:
                charts.append(chart)
        metrics = sorted(
            {(f["metric_id"] or f["metric"], f["metric_id"], f["metric"]) for f in all_facts}, key=lambda m: (m[1] is None, m[0])
        )
        table = [
            f
            for f in all_facts
            if (not metric or metric in (f["metric_id"], f["metric"]))
            and (not status or f["status"] == status)
            and queries.year_matches(f["period"], year)
        ]
        return {
            "name": region,
            "code": getattr(prof, "code", None),
            "parents": getattr(prof, "parents", []) or [],
            "documents": docs,
            "frameworks": fws,
            "roles": roles,
            "charts": charts,
            "facts": table,
            "all_count": len(all_facts),
            "metrics": [{"key": k, "metric_id": mid, "metric": m} for k, mid, m in metrics],
            "years": queries.fact_years(all_facts),
            "targets": targets_mod.target_tracking(engine, region=region),
            "profile": prof,
        }

    # ------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request):
        return render(request, "index.html", ov=queries.overview(engine), regions=queries.regions(engine))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", format_: str | None = Query(None, alias="_format")):
        found = queries.search(engine, q)
        if format_ == "json":
            return JSONResponse(_jsonable(found))
        return render(request, "search.html", found=found, q=q)

    @app.get("/regions/{name}", response_class=HTMLResponse, include_in_schema=False)
    def region_page(
        request: Request,
        name: str,
        metric: str | None = None,
        status: str | None = None,
        year: str | None = None,
    ):
        y = int(year) if year and year.isdigit() else None
        data = region_data(name, metric or None, status or None, y, lang_of(request))
        if data is None:
            return not_found(request, name)
        if "redirect" in data:
            q = ("?" + request.url.query) if request.url.query else ""
            return RedirectResponse(f"/regions/{quote(data['redirect'], safe='')}{q}", status_code=307)
        return render(request, "region.html", r=data, f_metric=metric or "", f_status=status or "", f_year=y)

    @app.get("/documents/{doc:path}/original", response_class=HTMLResponse, include_in_schema=False)
    def original_page(request: Request, doc: str, start: int | None = None, end: int | None = None):
        d = queries.document(engine, doc)
        if d is None:
            return not_found(request, doc)
        text = d["original_text"] or ""
        spans = [(f["orig_start"], f["orig_end"], f["id"]) for f in d["facts"]]
        furniture = [(b.get("start"), b.get("end")) for b in d["removed"] if isinstance(b, dict)]
        segs = views.segments(
            text, spans, masked=furniture, selected=(start, end) if start is not None and end is not None else None
        )
        return render(request, "original.html", d=d, segs=segs, sel=(start, end))

    @app.get("/documents/{doc:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc: str, start: int | None = None, end: int | None = None):
        """The cleaned text, facts highlighted; ?start=&end= (clean offsets) marks one more span (#span-sel)."""
        d = queries.document(engine, doc)
        if d is None:
            return not_found(request, doc)
        text = d["clean_text"] or ""
        spans = [(f["clean_start"], f["clean_end"], f["id"]) for f in d["facts"]]
        masked = [tuple(m) for m in d["masked"] if isinstance(m, (list, tuple)) and len(m) == 2]
        sel = (start, end) if start is not None and end is not None else None
        segs = views.segments(text, spans, masked=masked, selected=sel)
        lang = lang_of(request)
        fact_json = {
            str(f["id"]): {
                "id": f["id"],
                "subject": f["subject"],
                "metric": f["metric"],
                "metric_id": f["metric_id"],
                "metric_name": i18n.metric_label(f["metric_id"], f["metric"], lang),
                "value": f["value"],
                "value_max": f["value_max"],
                "display": views.format_value(f, lang),
                "unit": f["unit"],
                "unit_text": f["unit_text"],
                "kind": i18n.named(i18n.KIND_NAMES, f["kind"], lang),
                "comparator": f["comparator"],
                "period": f["period"],
                "status": f["status"],
                "status_name": i18n.named(i18n.STATUS_NAMES, f["status"], lang),
                "industry": f["industry"],
                "quote": f["quote"],
                "original": f"/documents/{quote(d['doc_id'], safe='')}/original?start={f['orig_start']}&end={f['orig_end']}#span-sel"
                if f["orig_start"] is not None
                else None,
            }
            for f in d["facts"]
        }
        field_labels = {k: i18n.label(k, lang) for k in ("subject", "metric", "value", "unit", "kind", "comparator", "period", "status", "industry", "quote", "show_original")}
        return render(request, "document.html", d=d, segs=segs, fact_json=fact_json, field_labels=field_labels)

    @app.get("/targets", response_class=HTMLResponse, include_in_schema=False)
    def targets_page(request: Request, region: str | None = None, metric: str | None = None, year: str | None = None):
        y = int(year) if year and year.isdigit() else None
        everything = targets_mod.target_tracking(engine)
        rows = [
            s
            for s in everything
            if (not region or s.target["subject"] == region)
            and (not metric or metric in (s.target["metric_id"], s.target["metric"]))
            and (y is None or (queries.period_years(s.target["period"]) or (0, 0))[1] == y)
        ]
        options = {
            "regions": sorted({s.target["subject"] for s in everything}),
            "metrics": sorted({(s.target["metric_id"] or s.target["metric"], s.target["metric_id"], s.target["metric"]) for s in everything}),
            "years": sorted({queries.period_years(s.target["period"])[1] for s in everything if queries.period_years(s.target["period"])}),
        }
        tally: dict[str, int] = {}
        for s in rows:
            tally[s.status] = tally.get(s.status, 0) + 1
        return render(
            request, "targets.html", rows=rows[:PAGE_ROWS], total=len(rows), options=options, tally=tally,
            f_region=region or "", f_metric=metric or "", f_year=y, statuses=targets_mod.STATUSES,
        )

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request):
        return render(request, "compare.html", c=compare_mod.compare_regions(engine))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        return render(request, "docs.html")

    # ------------------------------------------------------------ API

    fmt_q = Query(None, alias="_format", description="`csv` for CSV; JSON otherwise")

    @app.get("/api/overview", tags=["corpus"], summary="Corpus counts and the latest documents")
    def api_overview():
        return _jsonable(queries.overview(engine))

    def _regions(fmt):
        return listing(queries.regions(engine), fmt, ["name", "code", "documents", "facts", "targets", "frameworks"], "regions")

    @app.get("/api/regions", tags=["regions"], summary="Every region, zone or body with counts")
    def api_regions(format_: str | None = fmt_q):
        return _regions(format_)

    @app.get("/api/regions.csv", tags=["regions"], summary="Regions as CSV")
    def api_regions_csv():
        return _regions("csv")

    @app.get("/api/regions/{name}", tags=["regions"], summary="A region's profile: frameworks, industries by role, facts, targets")
    def api_region(request: Request, name: str):
        data = region_data(name, None, None, None, lang_of(request))
        if data is None:
            raise HTTPException(404, f"no region {name!r}")
        if "redirect" in data:
            return RedirectResponse(f"/api/regions/{quote(data['redirect'], safe='')}", status_code=307)
        data.pop("charts")
        prof = data.pop("profile")
        data["targets"] = [s.to_dict() for s in data["targets"]]
        if prof is not None:
            data["profile"] = prof.to_dict()
        return JSONResponse(_jsonable(data))

    def _facts(fmt, region, metric, status, year, doc, limit, offset):
        rows = queries.facts(engine, region=region, metric=metric, status=status, year=year, doc=doc, limit=limit, offset=offset)
        if fmt == "csv" or not limit or len(rows) < limit:
            return listing(rows, fmt, queries.FACT_COLUMNS, "facts")
        # a full page: say where the next one is (datasette-style)
        params = {"region": region, "metric": metric, "status": status, "year": year, "doc": doc, "limit": limit, "offset": offset + limit}
        nxt = "/api/facts?" + urlencode({k: v for k, v in params.items() if v is not None})
        return JSONResponse({"count": len(rows), "rows": _jsonable(rows), "next": nxt})

    @app.get("/api/facts", tags=["facts"], summary="Facts with their evidence (quote, document, spans)")
    def api_facts(
        region: str | None = Query(None, description="subject, full standard name (扬州市)"),
        metric: str | None = Query(None, description="canonical metric id, or the metric as written"),
        status: str | None = Query(None, description="actual | target | forecast"),
        year: int | None = Query(None, description="facts whose period covers this year"),
        doc: str | None = Query(None, description="only this document's facts"),
        limit: int | None = Query(None, ge=1, le=100000),
        offset: int = Query(0, ge=0),
        format_: str | None = fmt_q,
    ):
        return _facts(format_, region, metric, status, year, doc, limit, offset)

    @app.get("/api/facts.csv", tags=["facts"], summary="Facts as CSV (same filters)")
    def api_facts_csv(
        region: str | None = None,
        metric: str | None = None,
        status: str | None = None,
        year: int | None = None,
        doc: str | None = None,
        limit: int | None = Query(None, ge=1, le=100000),
        offset: int = Query(0, ge=0),
    ):
        return _facts("csv", region, metric, status, year, doc, limit, offset)

    def _documents(fmt):
        rows = queries.overview(engine, latest=10**9)["latest_documents"]
        return listing(rows, fmt, ["doc_id", "title", "date", "region", "outlet"], "documents")

    @app.get("/api/documents", tags=["documents"], summary="Every document (newest first)")
    def api_documents(format_: str | None = fmt_q):
        return _documents(format_)

    @app.get("/api/documents.csv", tags=["documents"], summary="Documents as CSV")
    def api_documents_csv():
        return _documents("csv")

    @app.get("/api/documents/{doc:path}", tags=["documents"], summary="One document with its texts, facts, industries, frameworks")
    def api_document(doc: str):
        d = queries.document(engine, doc)
        if d is None:
            raise HTTPException(404, f"no document {doc!r}")
        return JSONResponse(_jsonable(d))

    def _targets(fmt, region, metric, year):
        rows = targets_mod.target_tracking(engine, region=region, metric=metric, year=year)
        if fmt == "csv":
            return csv_response([s.row() for s in rows], None if rows else ["target_id", "status"], "targets.csv")
        return JSONResponse({"count": len(rows), "rows": [s.to_dict() for s in rows]})

    @app.get("/api/targets", tags=["targets"], summary="Every target beside its latest comparable actual, with a status")
    def api_targets(
        region: str | None = Query(None, description="the target's subject"),
        metric: str | None = Query(None, description="canonical metric id, or the metric as written"),
        year: int | None = Query(None, description="targets due in this year"),
        format_: str | None = fmt_q,
    ):
        return _targets(format_, region, metric, year)

    @app.get("/api/targets.csv", tags=["targets"], summary="Targets as CSV (flat rows)")
    def api_targets_csv(region: str | None = None, metric: str | None = None, year: int | None = None):
        return _targets("csv", region, metric, year)

    @app.get("/api/compare", tags=["compare"], summary="Regions x canonical industries, overlapping pairs, who chases what")
    def api_compare(format_: str | None = fmt_q):
        c = compare_mod.compare_regions(engine)
        if format_ == "csv":
            return csv_response(c.rows(), ["region", "industry_id", "weight", "role", "mentions", "docs"], "compare.csv")
        return JSONResponse(c.to_dict())

    @app.get("/api/compare.csv", tags=["compare"], summary="The region x industry matrix as CSV rows")
    def api_compare_csv():
        return api_compare("csv")

    @app.get("/api/compare/pairs.csv", tags=["compare"], summary="Region pairs by portfolio similarity, as CSV")
    def api_compare_pairs_csv():
        c = compare_mod.compare_regions(engine)
        rows = [{"a": p.a, "b": p.b, "similarity": p.similarity, "jaccard": p.jaccard, "shared": " ".join(p.shared)} for p in c.pairs]
        return csv_response(rows, ["a", "b", "similarity", "jaccard", "shared"], "pairs.csv")

    @app.get("/api/search", tags=["corpus"], summary="Full-text search over documents and facts")
    def api_search(q: str = Query(..., min_length=1)):
        return JSONResponse(_jsonable(queries.search(engine, q)))

    return app

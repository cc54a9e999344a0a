"""The small typed records that flow one way through the pipeline.

sources -> SourceDocument | SourceProblem
clean   -> CleanDocument
extract -> DocumentResult (facts, industries, frameworks), the contract of ../shared/spec/facts.md
store   -> rows; analyse reads them back as plain dicts / these records.
"""

from __future__ import annotations

from array import array
from dataclasses import asdict, dataclass, field
from typing import Any


# ---------------------------------------------------------------- sources


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One document as read, decoded but not cleaned."""

    doc_id: str
    origin: str  # file path; "path:LINE" for a JSONL line; "path#URL" for a WARC record; "<stdin>"
    text: str  # decoded original text; for HTML the main text trafilatura extracted
    raw: str  # decoded input as received (HTML source for pages; same as text otherwise)
    content_hash: str  # sha256 hex of `raw` (UTF-8): identical content, identical hash
    encoding: str  # detected encoding of the bytes ("utf_8", "gb18030", "big5", ...)
    format: str  # "text" | "html" | "jsonl" | "warc"
    title: str | None = None  # from the container: HTML <title>/og:title, JSONL "title"
    date: str | None = None  # from the container: HTML meta date, JSONL "date" (YYYY-MM-DD, YYYY-MM or YYYY)
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """An input that could not be read; the batch goes on."""

    origin: str
    reason: str

    def message(self) -> str:
        return f"{self.origin}: {self.reason}"


# ---------------------------------------------------------------- clean


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """Page furniture taken out of the text, kept so a reader can see what was removed."""

    kind: str  # "navigation" | "related" | "copyright" | "contact" | "image" | "byline" | "share" | "captcha" | ...
    text: str
    start: int  # span in the original (SourceDocument.text)
    end: int


@dataclass(slots=True)
class DocumentMeta:
    title: str | None = None  # simplified, pinyin artifact removed
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY" when only the month or year is certain, else None
    region: str | None = None  # full standard name of the region the document is mainly about
    script: str = "simplified"  # "simplified" | "traditional" | "traditional+pinyin"
    outlet: str | None = None  # publishing outlet (中新网, 扬州网, ...)
    url: str | None = None
    region_code: str | None = None  # GB/T 2260 code where the region resolves
    publisher: str | None = None  # the site's owner in its footer (某市人民政府办公室主办), simplified
    original_title: str | None = None  # a reposted page's own headline, from its note (原标题：…), simplified

    def contract(self) -> dict[str, Any]:
        return {"title": self.title, "date": self.date, "region": self.region, "script": self.script}


@dataclass(slots=True)
class CleanDocument:
    """Cleaned simplified text that still points back to the original.

    offsets[i] is the index in `original` of the character that produced text[i]
    (len(offsets) == len(text)).
    """

    doc_id: str
    text: str
    original: str
    offsets: array  # array("l")
    meta: DocumentMeta
    masked: list[tuple[int, int]] = field(default_factory=list)  # mojibake spans in `text`: never extract from these
    removed: list[RemovedBlock] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the cleaned text to the original text."""
        if end <= start or not self.offsets:
            pos = self.offsets[min(start, len(self.offsets) - 1)] if self.offsets else 0
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def is_masked(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.masked)


# ---------------------------------------------------------------- extract


@dataclass(slots=True)
class Fact:
    """One quantitative statement; fields as in the contract (../shared/spec/facts.md)."""

    subject: str
    metric: str
    value: float
    unit: str  # CNY USD % pp rank count other
    unit_text: str
    kind: str  # level growth share rank
    comparator: str  # = > >= < <= ~
    period: str | None
    status: str  # actual target forecast
    quote: str
    industry: str | None = None
    value_max: float | None = None
    clean_span: tuple[int, int] = (0, 0)  # the quote's span in CleanDocument.text
    span: tuple[int, int] = (0, 0)  # the quote's span in the original text (evidence)
    metric_id: str | None = None  # canonical metric from the glossary; None when unknown
    subject_code: str | None = None  # GB/T 2260 code of the subject where known

    def contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "subject": self.subject,
            "metric": self.metric,
            "value": self.value,
        }
        if self.value_max is not None:
            out["value_max"] = self.value_max
        out.update(
            unit=self.unit,
            unit_text=self.unit_text,
            kind=self.kind,
            comparator=self.comparator,
            period=self.period,
            status=self.status,
            quote=self.quote,
            industry=self.industry,
            span=list(self.span),
            metric_id=self.metric_id,
        )
        return out


@dataclass(slots=True)
class IndustryMention:
    name: str  # as written, simplified, without 产业/产业集群/产业链/集群
    role: str  # cluster chain future industry
    framework: str | None = None
    industry_id: str | None = None  # taxonomy node; None means unmapped (kept, flagged)
    quote: str = ""
    clean_span: tuple[int, int] = (0, 0)
    span: tuple[int, int] = (0, 0)

    def contract(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "framework": self.framework,
            "industry_id": self.industry_id,
            "span": list(self.span),
        }


@dataclass(slots=True)
class FrameworkPart:
    count: int | None
    label: str
    members: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Framework:
    code: str  # "613", "343", "5+X", "1+3+N"
    subject: str
    parts: list[FrameworkPart] = field(default_factory=list)
    consistent: bool | None = None  # None when no part enumerates members
    quote: str = ""
    clean_span: tuple[int, int] = (0, 0)
    span: tuple[int, int] = (0, 0)

    def contract(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "subject": self.subject,
            "parts": [asdict(p) for p in self.parts],
            "consistent": self.consistent,
            "span": list(self.span),
        }


@dataclass(slots=True)
class DocumentResult:
    """Everything extracted from one document: the contract's object."""

    doc: str
    meta: DocumentMeta
    facts: list[Fact] = field(default_factory=list)
    industries: list[IndustryMention] = field(default_factory=list)
    frameworks: list[Framework] = field(default_factory=list)

    def contract(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "meta": self.meta.contract(),
            "facts": [f.contract() for f in self.facts],
            "industries": [i.contract() for i in self.industries],
            "frameworks": [f.contract() for f in self.frameworks],
        }


# ---------------------------------------------------------------- pipeline


@dataclass(slots=True)
class ProcessedDocument:
    """One document through clean and extract, ready to store."""

    source: SourceDocument
    clean: CleanDocument
    result: DocumentResult

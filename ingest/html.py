"""HTML reader: keep the article, drop scripts, navigation, forms, asides and footers."""

from __future__ import annotations

from bs4 import BeautifulSoup

from ingest.core.types import RawText

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]
_BLOCKS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "blockquote"]


def read_html(markup: str) -> RawText:
    soup = BeautifulSoup(markup, "html.parser")
    meta = {}
    site = soup.find("meta", attrs={"property": "og:site_name"})
    if site and site.get("content"):
        meta["outlet"] = site["content"].strip()
    published = soup.find("meta", attrs={"property": "article:published_time"})
    if published and published.get("content"):
        meta["date"] = published["content"].strip()[:10]
    heading = soup.find("h1") or soup.find("title")
    title = heading.get_text(" ", strip=True) if heading else ""
    for tag in soup(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    for block in root.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    body = root.get_text("")
    lines = [" ".join(line.split()) for line in body.splitlines()]
    text = "\n".join(lines)
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return RawText(pages=[text], kind_hint="html", meta=meta)

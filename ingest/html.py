"""HTML reader: the article of a web page with its title, date and site name.

trafilatura (made for this: it finds the main text of full news pages and leaves navigation,
related-article lists, "Baca juga" lines, tags, share buttons, comment forms, footers and scripts
behind) reads the article and its metadata. Where it finds no article (a bare fragment, a short
page), our own reader keeps the text by rules: drop scripts, navigation, forms, asides and footers.
The page's own meta tags (og:site_name, article:published_time) come first; our Indonesian date and
outlet extraction from the text stays the fallback (`ingest/metadata.py`).
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from ingest.core.types import RawText

MIN_ARTICLE_CHARS = 200  # less than this from trafilatura: a fragment, read by our rules instead

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]
_BLOCKS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article", "blockquote"]


def read_html(markup: str) -> RawText:
    ruled = read_html_by_rules(markup)
    article = _article(markup)
    if article is None:
        return ruled
    body, title, date, site = article
    meta = dict(ruled.meta)  # the page's own meta tags first
    for key, value in (("outlet", site), ("date", date)):
        if value and key not in meta:
            meta[key] = value
    text = f"{title}\n\n{body}" if title and not body.lstrip().startswith(title) else body
    return RawText(pages=[text], kind_hint="html", meta=meta)


def _article(markup: str) -> tuple[str, str, str, str] | None:
    """trafilatura's article text, title, date and site name, or None when it finds no article."""
    try:
        import trafilatura

        body = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_precision=True,
                                   output_format="txt")
        if not body or len(body) < MIN_ARTICLE_CHARS:
            return None
        found = trafilatura.extract_metadata(markup)
    except Exception:  # a page trafilatura cannot parse is read by our rules
        return None
    lines = "\n".join(" ".join(line.split()) for line in body.splitlines())
    return (lines, (found.title or "").strip() if found else "", (found.date or "")[:10] if found else "",
            (found.sitename or "").strip() if found else "")


def read_html_by_rules(markup: str) -> RawText:
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

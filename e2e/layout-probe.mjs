// What a reader sees and a DOM test does not: words broken inside by a narrow box, and content
// sticking out of the page. Runs in the page (Playwright's or Puppeteer's `evaluate`), so it must
// be self-contained.

/**
 * Words of two or more letters or digits that the layout split over two lines without a hyphen.
 * A token ends at white space, a hyphen, a soft hyphen, a slash, an opening angle bracket (`key.<Kennung>`) or a zero-width space: those are
 * places where a break is allowed (and a browser's own hyphenation adds a visible hyphen, which
 * `hyphens: manual` rules out here). Invisible text (display: none, closed <details>, the
 * 1-px `.visually-hidden` boxes for screen readers) and SVG are left out. With `only` (a CSS
 * selector), only text inside matching elements is measured.
 */
export function brokenWords(only) {
  const found = [];
  const hidden = (el) => el.closest('.visually-hidden, svg, script, style, noscript, [hidden]');
  // The block a text flows in, past table cells, grid tracks and flex items that size to content.
  const columnWidth = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const display = getComputedStyle(e).display;
      const parent = e.parentElement ? getComputedStyle(e.parentElement).display : 'block';
      if (/^(block|list-item|flow-root|grid|flex)$/.test(display) && !/grid|flex|table/.test(parent)) {
        const style = getComputedStyle(e);
        return e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      }
    }
    return document.documentElement.clientWidth;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const token = /[^\s\-\u00ad/<\u200b\u2010\u2011\u2013\u2014]{2,}/gu;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || hidden(el) || !node.textContent.trim() || (only && !el.closest(only))) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    for (const match of node.textContent.matchAll(token)) {
      if (!/[\p{L}\p{N}]{2}/u.test(match[0])) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      // One rect per line box (an inline run may give several rects on one line).
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const lines = [];
      for (const r of rects) {
        if (!lines.some((l) => Math.abs(l - (r.top + r.bottom) / 2) < r.height / 2)) lines.push((r.top + r.bottom) / 2);
      }
      // A word wider than the text column it flows in cannot fit on any line: breaking it is
      // the lesser evil (WCAG 1.4.10). Only a word squeezed by a narrow cell, track or item counts.
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (lines.length > 1 && width < columnWidth(el) - 1) {
        found.push(`„${match[0]}“ in <${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}> over ${lines.length} lines`);
      }
    }
  }
  return [...new Set(found)].slice(0, 12);
}

/** How far the page is wider than the window, in CSS px (0: no horizontal scrolling). */
export function horizontalOverflow() {
  return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

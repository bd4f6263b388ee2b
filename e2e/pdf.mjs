// Reading a printed PDF with poppler-utils: page count and size, text per page, words with their
// boxes. Shared by the Chromium print tests and the Firefox script.
import { execFileSync } from 'node:child_process';

/** Page count and the first page's size in pt. */
export function pdfInfo(path) {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const [, w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  return { pages: Number(info.match(/Pages:\s+(\d+)/)[1]), width: Number(w), height: Number(h) };
}

/** Text per page (pdftotext separates pages with a form feed). */
export function pdfPages(path) {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, pdfInfo(path).pages);
}

/** Every word pdftotext finds, with its page and the height of its box in pt. */
export function pdfWords(path) {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return xml.split('<page ').slice(1).flatMap((page, i) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ page: i + 1, height: Number(m[4]) - Number(m[2]), text: m[5].replace(/&(\w+);/g, (_, e) => entities[e] ?? _) })));
}

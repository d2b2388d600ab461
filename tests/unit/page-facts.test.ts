/**
 * What a built page says about itself: the figures the tests hold every page
 * to, and that /quality/ publishes.
 */
import { describe, expect, it } from 'vitest';
import { pageFacts, readingBlocks } from '../../src/lib/page-facts';

const article = (body: string, { inShortFirst = true, htmlLang = '' } = {}) => {
  const inShort = '<section aria-labelledby="in-short"><h2 id="in-short">In short</h2><ul><li>Short point one.</li><li>Point two &amp; more.</li></ul></section>';
  const prose = `<div class="prose">${body}</div>`;
  return `<!doctype html><html${htmlLang ? ` lang="${htmlLang}"` : ''}><head><title>T</title><style>p{}</style></head><body>
    <main><article data-pagefind-body><h1>A page &#8220;title&#8221;</h1>${inShortFirst ? inShort + prose : prose + inShort}
    <section aria-labelledby="page-sources"><ul><li><a href="/sources/#ref-a">A</a></li><li><a href="/sources/#ref-b">B</a></li></ul></section>
    <p data-review-dates>Page last reviewed: <time datetime="2026-11-29">November 29, 2026</time><br>Next review due: <time datetime="2027-11-29">November 29, 2027</time></p>
    </article></main></body></html>`;
};

describe('readingBlocks', () => {
  it('reads the "In short" points and the body, as a reader sees them', () => {
    const html = article(
      '<div class="heading-wrap"><h2 id="why">Why it matters</h2><a href="#why" data-copy-link>#</a></div>' +
        '<p>One sentence.  Two&nbsp;sentences.</p><ul><li><p>A list item with a paragraph.</p></li></ul>' +
        '<p hidden>Not shown.</p><span class="sr-only">Only for screen readers.</span><script>var x = 1;</script>',
    );
    expect(readingBlocks(html)).toEqual([
      'Short point one.',
      'Point two & more.',
      'Why it matters',
      'One sentence. Two sentences.',
      'A list item with a paragraph.',
    ]);
  });

  it('leaves out a table of figures marked as data', () => {
    const html = article('<p>Words.</p><section data-reading-skip><table><tr><td>/basics/</td><td>6.2</td></tr></table></section>');
    expect(readingBlocks(html)).toEqual(['Short point one.', 'Point two & more.', 'Words.']);
  });
});

describe('pageFacts', () => {
  it('gives the title, review dates, sources and where "In short" stands', () => {
    const facts = pageFacts(article('<p>Some words to read here.</p>'))!;
    expect(facts).toMatchObject({ title: 'A page “title”', lastReviewed: '2026-11-29', nextReview: '2027-11-29', sources: 2, inShortFirst: true });
    expect(facts.words).toBe(11);
    expect(pageFacts(article('<p>Words first.</p>', { inShortFirst: false }))!.inShortFirst).toBe(false);
  });

  it('measures an English page by its grade, and a Spanish page by INFLESZ', () => {
    const english = pageFacts(article('<p>Ask your care team what to expect.</p>', { htmlLang: 'en' }))!;
    expect(english).toMatchObject({ lang: 'en', readability: { measure: 'grade' } });
    expect(english.readability.score).toBeLessThan(20);

    const spanish = pageFacts(article('<p>Hable con su equipo de atención.</p>', { htmlLang: 'es' }))!;
    expect(spanish).toMatchObject({ lang: 'es', readability: { measure: 'inflesz' } });
    // INFLESZ is a score out of about 100 where higher is easier, far above any grade.
    expect(spanish.readability.score).toBeGreaterThan(50);
  });

  it('takes a page without a language of the guide for English', () => {
    expect(pageFacts(article('<p>Words.</p>'))!.lang).toBe('en');
    expect(pageFacts(article('<p>Words.</p>', { htmlLang: 'es-US' }))!.lang).toBe('es');
    expect(pageFacts(article('<p>Words.</p>', { htmlLang: 'fr' }))!.lang).toBe('en');
  });

  it('has nothing to say of a page without review dates (search, 404)', () => {
    expect(pageFacts('<html><body><h1>Search</h1><div class="prose"><p>Type a question.</p></div></body></html>')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { brokenLinks, lostAddresses } from '../../src/lib/link-check';
import { publishedAddresses } from '../../src/lib/published-addresses';

const pages = (base: string) => [
  { path: `${base}`, html: `<a href="${base}basics/">Basics</a><a href="${base}basics/#what-is-it">What</a><a href="tel:988">988</a><a href="https://findahelpline.com">x</a>` },
  { path: `${base}basics/`, html: `<h2 id="what-is-it">What</h2><a href="#what-is-it">here</a><a href="../">home</a><a href="${base}og/home.png">image</a><img src="${base}og/home.png" alt="">` },
];

describe('brokenLinks', () => {
  it('accepts links to pages, anchors and files that exist, images that exist, and leaves other sites alone', () => {
    expect(brokenLinks(pages('/'), '/', new Set(['/og/home.png']))).toEqual([]);
    expect(brokenLinks(pages('/guide/'), '/guide/', new Set(['/guide/og/home.png']))).toEqual([]);
  });

  it('finds a link to a page that does not exist', () => {
    const site = [...pages('/'), { path: '/hope/', html: '<a href="/succes/hope/">typo</a>' }];
    expect(brokenLinks(site, '/', new Set(['/og/home.png']))).toEqual([{ page: '/hope/', kind: 'link', href: '/succes/hope/', why: 'goes to no page of this site' }]);
  });

  it('finds a missing anchor', () => {
    const site = [...pages('/'), { path: '/x/', html: '<a href="/basics/#no-such-part">x</a>' }];
    expect(brokenLinks(site, '/', new Set(['/og/home.png']))).toEqual([{ page: '/x/', kind: 'link', href: '/basics/#no-such-part', why: 'has no #no-such-part on /basics/' }]);
  });

  it('finds a link that forgets the base path', () => {
    const site = [{ path: '/guide/', html: '<a href="/basics/">x</a>' }, { path: '/guide/basics/', html: '' }];
    expect(brokenLinks(site, '/guide/', new Set())[0]?.why).toMatch(/outside the site's base path/);
  });

  it('finds an image that is not there', () => {
    const site = [...pages('/'), { path: '/x/', html: '<p><img alt="A chart" src="/images/no-such-chart.png"></p>' }];
    expect(brokenLinks(site, '/', new Set(['/og/home.png']))).toEqual([{ page: '/x/', kind: 'image', href: '/images/no-such-chart.png', why: 'is no file of this site' }]);
  });

  it('finds an image that forgets the base path, and leaves images on other sites and in the page alone', () => {
    const site = [
      ...pages('/guide/'),
      { path: '/guide/x/', html: '<img src="/og/home.png" alt=""><img src="https://example.org/a.png" alt=""><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">' },
    ];
    expect(brokenLinks(site, '/guide/', new Set(['/guide/og/home.png']))).toEqual([
      { page: '/guide/x/', kind: 'image', href: '/og/home.png', why: "is outside the site's base path /guide/" },
    ]);
  });
});

describe('lostAddresses', () => {
  const list = '# published\n/\n/basics/\n\n/basics/#what-is-it\n';

  it('accepts addresses whose page and section are still there, at the root and under a base path', () => {
    expect(lostAddresses(publishedAddresses(list), pages('/'), '/')).toEqual([]);
    expect(lostAddresses(publishedAddresses(list), pages('/guide/'), '/guide/')).toEqual([]);
  });

  it('names a section whose heading lost its id, and a page that moved', () => {
    const site = [{ path: '/', html: '' }, { path: '/basics/', html: '<h2 id="what-it-is">What</h2>' }];
    expect(lostAddresses(publishedAddresses(`${list}/success/\n`), site, '/')).toEqual([
      { address: '/basics/#what-is-it', why: 'has no #what-is-it on /basics/' },
      { address: '/success/', why: 'goes to no page of this site' },
    ]);
  });
});

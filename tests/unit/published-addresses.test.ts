import { describe, expect, it } from 'vitest';
import { kitAddresses, publishedAddresses } from '../../src/lib/published-addresses';

describe('publishedAddresses', () => {
  it('reads one address a line, leaving out comments and blank lines', () => {
    expect(publishedAddresses('# Addresses clinics use\n/\n\n/basics/\n  /basics/#what-to-ask  \n# /old/ was never published\n')).toEqual([
      '/',
      '/basics/',
      '/basics/#what-to-ask',
    ]);
  });
});

/** A clinic kit page as the build writes it, with one page row and one section row. */
const kitPage = (base: string, canonicalBase = base) =>
  `<html><head><link rel="canonical" href="https://clinic.example${canonicalBase}clinics/"></head><body><table><tbody>` +
  `<tr class="kit-page-row" data-section-row><th scope="row"><a href="${base}basics/">The basics</a></th>` +
  `<td><a href="https://clinic.example${base}basics/" data-copy-link>Copy link</a></td></tr>` +
  `<tr class="kit-section-row" data-section-row><td><a href="${base}basics/#what-to-ask">What to ask</a></td>` +
  `<td><a href="https://clinic.example${base}basics/#what-to-ask" data-copy-link>Copy link</a></td></tr>` +
  `</tbody></table></body></html>`;

describe('kitAddresses', () => {
  it('lists the page and section of each row, not the copy buttons', () => {
    expect(kitAddresses(kitPage('/'))).toEqual(['/basics/', '/basics/#what-to-ask']);
  });

  it('leaves out the base path a site was built under', () => {
    expect(kitAddresses(kitPage('/guide/'))).toEqual(['/basics/', '/basics/#what-to-ask']);
  });

  it('reads the Spanish kit, whose own address is /es/clinicas/, with the same base', () => {
    const spanish = kitPage('/guide/').replace('clinics/"', 'es/clinicas/"').replaceAll('basics/', 'es/conceptos-basicos/');
    expect(kitAddresses(spanish, 'es/clinicas/')).toEqual(['/es/conceptos-basicos/', '/es/conceptos-basicos/#what-to-ask']);
  });

  it('says why when the page has no canonical link, or links outside its base', () => {
    expect(() => kitAddresses('<table><tr data-section-row><td><a href="/basics/">x</a></td></tr></table>')).toThrow(/no canonical link/);
    expect(() => kitAddresses(kitPage('/', '/guide/'))).toThrow('The clinic kit links to /basics/, outside the site\'s base path /guide/.');
  });
});

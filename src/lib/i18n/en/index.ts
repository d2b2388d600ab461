/** The English interface: each part of the site keeps its words in a file of its own. */
import { clinicKit } from './clinic-kit';
import { copyLinks } from './copy-links';
import { journal } from './journal';
import { search } from './search';
import { quality } from './quality';
import { site } from './site';

export const en = { clinicKit, copyLinks, site, journal, search, quality } as const;

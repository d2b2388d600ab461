/** La interfaz en español: cada parte del sitio tiene sus palabras en su propio archivo. */
import type { Dictionary } from '../dictionary';
import { clinicKit } from './clinic-kit';
import { copyLinks } from './copy-links';
import { journal } from './journal';
import { search } from './search';
import { quality } from './quality';
import { site } from './site';

export const es = { clinicKit, copyLinks, site, journal, search, quality } satisfies Dictionary;

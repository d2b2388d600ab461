/** Las palabras de los enlaces para copiar: la primera mitad del nombre de cada control, y lo que se dice después de copiar. */
import type { Dictionary } from '../dictionary';

export const copyLinks = {
  label: 'Copiar el enlace a la sección:',
  linkCopied: 'Enlace copiado',
  textCopied: 'Texto copiado',
} satisfies Dictionary['copyLinks'];

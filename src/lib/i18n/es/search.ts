/** Las palabras de la búsqueda: el botón, el diálogo, la página de búsqueda, los filtros, los resultados y lo que se anuncia. */
import type { Dictionary } from '../dictionary';

export const search = {
  button: 'Buscar',
  needsJavaScript: '(necesita JavaScript)',
  dialogTitle: 'Buscar en la guía',
  close: 'Cerrar',
  dialogInputLabel: 'Palabras o una pregunta para buscar',
  placeholder: 'Pregunte con sus propias palabras',
  page: {
    title: 'Buscar',
    description: 'Busque en la guía sobre el éxito en la terapia de ketamina: pregunte con sus propias palabras.',
    heading: 'Buscar en la guía',
    inputLabel: 'Buscar en la guía',
    submit: 'Buscar',
    results: 'Resultados',
    withoutJavaScript:
      'La búsqueda necesita JavaScript, que está apagado en su navegador. Aun así, puede llegar a cada página desde las partes de la guía, más abajo.',
  },
  filters: {
    part: 'Parte de la guía',
    allParts: 'Todas las partes',
    reader: 'Escrita para',
    everyone: 'Todos',
    readers: { patient: 'Pacientes', family: 'Familia y amigos', clinic: 'Clínicas' },
  },
  helpFirst: 'Ayuda ahora',
  partsList: 'Las partes de la guía',
  matches: (words: string) => `Coincide con: ${words}`,
  sectionsOf: (title: string) => `Secciones de ${title}`,
  status: {
    prompt: 'Escriba una palabra o una pregunta, por ejemplo “dormir” o “¿puede venir mi pareja conmigo?”.',
    searching: 'Buscando…',
    unavailable: (partsBelow: boolean) =>
      `La búsqueda no puede cargar ahora. Revise su conexión y vuelva a intentarlo en un momento, o ${partsBelow ? 'vaya directo a una parte de la guía, más abajo.' : 'vaya directo a una parte de la guía:'}`,
    noWords: (query: string) => `${query} no tiene palabras para buscar. Pruebe con una palabra como “sueño”, “familia” o “medicinas”.`,
    cutCharacters: (max: number) => `Solo se buscaron los primeros ${max} caracteres.`,
    cutWords: (max: number) => `Solo se buscaron las primeras ${max} palabras.`,
    scope: (part: string | undefined, reader: string | undefined) =>
      `${part ? ` en ${part}` : ''}${part && reader ? ',' : ''}${reader ? ` para ${reader}` : ''}`,
    none: (scope: string, query: string) =>
      `Ninguna página${scope} coincide con ${query}.${scope ? ' Pruebe con todas las partes de la guía y todos los lectores, o con otras palabras.' : ' Pruebe con otras palabras, o con menos.'}`,
    all: (found: number, scope: string, query: string) =>
      `${found} ${found === 1 ? 'página' : 'páginas'}${scope} ${found === 1 ? 'coincide' : 'coinciden'} con ${query}.`,
    some: (found: number, scope: string, query: string) =>
      `Ninguna página${scope} coincide con todo ${query}. ${found} ${found === 1 ? 'página coincide' : 'páginas coinciden'} con algunas de sus palabras.`,
    best: (shown: number) => `Se muestran las ${shown} mejores.`,
    unknown: (words: string) => `Nada en la guía coincide con ${words}.`,
  },
} satisfies Dictionary['search'];

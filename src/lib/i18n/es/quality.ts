/**
 * Las palabras que /es/calidad/ agrega después de su Markdown: quién publica
 * esta versión, cómo avisar de un error y la tabla con las cifras de cada
 * página. Los id de las secciones van sin tildes, para que la dirección se
 * copie sin problemas. Las claves son las del inglés (src/lib/i18n/en/quality.ts).
 */
import type { Dictionary } from '../dictionary';

export const quality = {
  sections: {
    publisher: { id: 'quien-publica-esta-version', text: 'Quién publica esta versión' },
    corrections: { id: 'avisar-de-un-error', text: 'Avisar de un error' },
    table: { id: 'cada-pagina-y-sus-pruebas', text: 'Cada página y sus pruebas' },
  },
  publishedByClinic: (clinic: string) =>
    `Esta versión de la guía la publica ${clinic}. Una clínica puede ofrecer los tratamientos de esta guía, así que tiene interés en ellos. Las palabras son las de la guía, y se revisan igual que en todas las versiones.`,
  publishedByProject: (publisher: string) =>
    `Esta versión la publica ${publisher}. No vende tratamientos. No tiene anuncios ni patrocinadores. Ninguna clínica ni fábrica de medicamentos le paga ni decide lo que dice.`,
  correctionsBefore: 'Si encuentra un error, un enlace roto o algo difícil de entender, díganos por favor:',
  correctionsAfter: 'Diga en qué página está y qué está mal. Leemos cada aviso. Lo que está mal se arregla antes de la próxima revisión de la página.',
  errorSubject: (siteName: string) => `Un error en "${siteName}"`,
  tableIntro: (reviewMonths: number, readingLimit: number) =>
    `Las cifras de abajo se leen de las páginas ya armadas, con el mismo código que las prueba. Si una página no tiene fechas de revisión, el sitio no se arma. Tampoco se arma si la próxima revisión es más de ${reviewMonths} meses después de la última. La columna INFLESZ mide qué tan fácil es leer la página: más alto es más fácil. Una página con menos de ${readingLimit} no pasa las pruebas. Un cambio solo se publica si pasa las pruebas.`,
  tableLabel: 'Tabla con las pruebas de cada página. En una pantalla pequeña se mueve hacia los lados.',
  caption: 'Puntaje INFLESZ, palabras, fechas de revisión, fuentes y el cuadro “En pocas palabras” de cada página',
  columns: {
    page: 'Página',
    readability: (readingLimit: number) => `INFLESZ (${readingLimit} o más)`,
    words: 'Palabras',
    lastReviewed: 'Última revisión',
    nextReview: 'Próxima revisión',
    sources: 'Fuentes',
    inShortFirst: '“En pocas palabras” primero',
  },
  yes: 'Sí',
  no: 'No',
} satisfies Dictionary['quality'];

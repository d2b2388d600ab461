/**
 * Las palabras de la interfaz del diario, en español neutro de América Latina
 * y de "usted". Las claves son las del inglés (src/lib/i18n/en/journal.ts).
 *
 * El PHQ-9 es la versión oficial en español (EE. UU.), copiada palabra por
 * palabra: mismas palabras, mismo orden, mismas respuestas y mismo puntaje.
 * No se pudo comprobar el texto oficial en español del GAD-7, y nunca
 * traducimos un cuestionario por nuestra cuenta: el diario en español lo
 * muestra en su inglés original, con una nota que lo dice.
 */
import type { Dictionary } from '../dictionary';
import { gad7 } from '../en/journal';

const puntos = (n: number) => (n === 1 ? '1 punto' : `${n} puntos`);

/** "1 revisión", "3 revisiones". */
const revisiones = (n: number) => (n === 1 ? '1 revisión' : `${n} revisiones`);

/** "de" ante un nombre con artículo: "del archivo", "de la revisión 2". */
const de = (owner: string) => (owner.startsWith('el ') ? `del ${owner.slice(3)}` : `de ${owner}`);

const campos = {
  dimension: 'la parte del éxito',
  better: 'el texto de "mejor"',
  id: 'el id',
  date: 'la fecha',
  note: 'la nota',
  'PHQ-9': 'el PHQ-9',
  'GAD-7': 'el GAD-7',
} as const;

export const journalScript = {
  locale: 'es-419',
  topics: { phq9: 'depresión', gad7: 'ansiedad' },
  bands: { minimal: 'mínima', mild: 'leve', moderate: 'moderada', moderatelySevere: 'moderadamente grave', severe: 'grave' },
  score: (score: number, max: number, band: string, from: number, to: number) => `${score} de ${max}: ${band} (${from}–${to})`,
  seriesLabel: (name: string, topic: string) => `${name} (${topic})`,

  change: {
    firstScore: (name: string) => `Este es su primer puntaje del ${name}. Los próximos puntajes se van a comparar con este.`,
    sameScore: (first: number) => `Igual que su primer puntaje (${first}).`,
    scoreUp: (by: number, first: number, latest: number, topic: string) =>
      `Subió ${puntos(by)} desde su primer puntaje (de ${first} a ${latest}). Un puntaje más alto quiere decir más señales de ${topic}. Vale la pena hablarlo con su equipo de atención.`,
    scoreDown: (by: number, first: number, latest: number) => `Bajó ${puntos(by)} desde su primer puntaje (de ${first} a ${latest}).`,
    halved: 'Bajó a la mitad o más: los estudios lo llaman "respuesta".',
    notHalved: 'Los estudios llaman "respuesta" a una baja de la mitad o más.',
    remission: 'Un puntaje del PHQ-9 menor de 5 es lo que los estudios llaman "remisión".',
    firstRating: 'Esta es su primera calificación. Las próximas se van a comparar con esta.',
    sameRating: (first: number) => `Igual que su primera calificación (${first}).`,
    ratingUp: (by: number, first: number, latest: number) => `Subió ${puntos(by)} desde su primera calificación (de ${first} a ${latest}).`,
    ratingDown: (by: number, first: number, latest: number) => `Bajó ${puntos(by)} desde su primera calificación (de ${first} a ${latest}).`,
  },

  chart: {
    title: (label: string) => `${label} a lo largo del tiempo`,
    caption: 'Los mismos números están en la tabla de todas las revisiones, más abajo.',
    empty: (label: string) => `${label}: todavía no hay revisiones.`,
    one: (label: string, value: number, max: number, day: string) => `${label}: 1 revisión, ${value} de ${max} el ${day}.`,
    many: (label: string, count: number, first: number, firstDay: string, last: number, lastDay: string, max: number) =>
      `${label}: ${count} revisiones, de ${first} el ${firstDay} a ${last} el ${lastDay}, sobre ${max}.`,
  },

  goals: {
    savedNone: 'Guardado. Todavía no eligió nada para seguir.',
    saved: (following: number, of: number) => `Guardado. Está siguiendo ${following} de ${of}.`,
  },

  checkIn: {
    betterWouldBe: (better: string) => `Mejor sería: ${better}`,
    helpNow: (lines: string) => `Hay ayuda para usted ahora mismo. ${lines}`,
    saved: (day: string) => `Se guardó su revisión del ${day}. Su progreso está más abajo.`,
    chooseDate: 'Elija la fecha de esta revisión.',
    dateAfterToday: 'La fecha es después de hoy. Por favor, revísela.',
    ratingRange: (dimension: string, max: number) => `La calificación de ${dimension} debe ser del 0 al ${max}.`,
    answerAll: (count: number, name: string, left: number) =>
      `Conteste las ${count} preguntas del ${name}, o ninguna. ${left === 1 ? 'Falta 1 por contestar' : `Faltan ${left} por contestar`}.`,
    noteTooLong: (max: number) => `La nota tiene más de ${max} caracteres.`,
    nothingToSave: 'Todavía no hay nada que guardar. Agregue una calificación, un cuestionario o una nota.',
  },

  progress: {
    empty: 'Su progreso va a aparecer aquí después de su primera revisión.',
    count: (count: number, firstDay: string, lastDay: string) =>
      count === 1 ? `1 revisión, el ${firstDay}.` : `${count} revisiones, del ${firstDay} al ${lastDay}.`,
    printed: (day: string, siteName: string) => `Impreso el ${day} desde el diario de éxito de “${siteName}”.`,
    notADiagnosis:
      'Estos números no son un diagnóstico. Muestran cómo han cambiado las cosas para usted con el tiempo. Llévelos a su equipo de atención y hablen de lo que significan para usted.',
    latest: 'Lo más reciente: ',
    outOf: (value: number, max: number) => `${value} de ${max}`,
    safety: 'En su revisión más reciente, usted dijo que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse.',
    reachOut: 'Por favor, pida ayuda ahora y cuénteselo a su equipo de atención. ',
    goals: 'Lo que quiero lograr',
    table: 'Todas las revisiones',
    date: 'Fecha',
    note: 'Nota',
    delete: 'Borrar',
    deleteCheckIn: (day: string) => `Borrar la revisión del ${day}`,
    confirmDelete: (day: string) => `¿Borrar la revisión del ${day}? Esto no se puede deshacer.`,
    deleted: (day: string) => `Se borró la revisión del ${day}.`,
    swipe: 'En una pantalla pequeña, deslice la tabla hacia un lado para ver todas las columnas.',
  },

  data: {
    unreadable: (problem: string) => `El problema: ${problem}.`,
    nothingToSave: 'Todavía no hay nada que guardar.',
    nothingReadable: 'Use “Guardar una copia de los datos guardados”, arriba: aquí no se puede leer el diario guardado.',
    jsonSaved: 'Su copia se guardó en sus descargas. Guárdela en un lugar privado.',
    csvSaved: 'Su tabla se guardó en sus descargas.',
    contents: (goals: number, count: number, firstDay: string, lastDay: string) => {
      const elegidas = goals === 1 ? '1 parte del éxito elegida' : `${goals} partes del éxito elegidas`;
      return count === 0 ? `${elegidas} y ninguna revisión` : `${elegidas} y ${revisiones(count)}, del ${firstDay} al ${lastDay}`;
    },
    copyHas: (contents: string) => `Esta copia tiene ${contents}.`,
    imported: (contents: string) => `Listo. Su diario ahora tiene ${contents}.`,
    notImported: (problem: string) => `No se importó nada, porque ${problem}. Su diario no cambió.`,
    importCancelled: 'No se importó nada. Su diario no cambió.',
    deleted: 'Su diario se borró de este navegador.',
  },

  files: {
    json: (day: string) => `diario-de-exito-${day}.json`,
    csv: (day: string) => `diario-de-exito-${day}.csv`,
    unreadable: 'diario-de-exito-no-se-pudo-leer.txt',
  },

  csv: {
    date: 'Fecha',
    rating: (dimension: string, max: number) => `${dimension} (0-${max})`,
    score: (name: string) => `Puntaje del ${name}`,
    band: (name: string) => `Nivel del ${name}`,
    item: (name: string, n: number) => `${name} pregunta ${n}`,
    note: 'Nota',
    bandCell: (band: string, from: number, to: number) => `${band} (${from}–${to})`,
  },

  problems: {
    theFile: 'el archivo',
    theSavedJournal: 'el diario guardado',
    goal: (n: number) => `la meta ${n}`,
    checkIn: (n: number) => `la revisión ${n}`,
    fieldOf: (owner: string, field: keyof typeof campos) => `${campos[field]} ${de(owner)}`,
    unknownField: (where: string, key: string) => `${where} tiene un campo que este diario no usa: ${key}`,
    missingField: (where: string, key: string) => `${where} no tiene el campo "${key}"`,
    notText: (where: string) => `${where} debe ser texto`,
    tooLong: (where: string, max: number) => `${where} tiene más de ${max} caracteres`,
    answerList: (where: string, count: number) => `${where} debe ser null o una lista de ${count} respuestas`,
    answerRange: (where: string, n: number, max: number) => `${where}, respuesta ${n}, debe ser un número entero del 0 al ${max}`,
    notGoal: (goal: string) => `${goal} no es una meta`,
    unknownGoal: (goal: string, dimension: string) => `${goal} es sobre ${dimension}, que no es una de las partes del éxito`,
    notCheckIn: (checkIn: string) => `${checkIn} no es una revisión`,
    badId: (checkIn: string) => `el id ${de(checkIn)} debe tener solo letras, números, - o _`,
    badDate: (checkIn: string) => `la fecha ${de(checkIn)} debe ser una fecha real escrita como AAAA-MM-DD`,
    ratingsNotList: (checkIn: string) => `las calificaciones ${de(checkIn)} deben ser una lista de calificaciones por parte del éxito`,
    unknownRating: (checkIn: string, dimension: string) => `${checkIn} califica ${dimension}, que no es una de las partes del éxito`,
    ratingRange: (checkIn: string, dimension: string, max: number) =>
      `la calificación de ${dimension} en ${checkIn} debe ser un número entero del 0 al ${max}`,
    wrongVersion: (source: string, version: number) => `el schemaVersion ${de(source)} debe ser ${version}`,
    goalsNotList: (source: string) => `las metas en ${source} deben ser una lista`,
    checkInsNotList: (source: string) => `las revisiones en ${source} deben ser una lista`,
    tooManyGoals: (source: string, dimensions: number) => `${source} tiene más metas que partes del éxito (${dimensions})`,
    tooManyCheckIns: (source: string, max: number) => `${source} tiene más de ${max} revisiones`,
    twoGoals: (source: string, dimension: string) => `${source} tiene dos metas para ${dimension}`,
    sameId: (id: string) => `dos revisiones tienen el mismo id (${id})`,
    noVersion: (source: string) => `${source} no es un archivo del diario de éxito (no tiene schemaVersion)`,
    unknownVersion: (source: string, version: string) => `el schemaVersion ${de(source)} (${version}) no es una versión que este diario haya usado`,
    newerVersion: (source: string, version: number, newest: number) =>
      `${source} se hizo con una versión más nueva del diario (versión ${version}); esta página lee la versión ${newest} y las anteriores`,
    noStep: (from: number) => `no hay forma de actualizar los datos de la versión ${from}`,
    tooLarge: (megabytes: string) => `el archivo es demasiado grande (${megabytes} MB). Un archivo del diario es mucho más pequeño; el límite es 1 MB`,
    empty: 'el archivo está vacío',
    notJson: 'el archivo no es una copia del diario (no es JSON). Elija el archivo .json que hizo “Guardar una copia (JSON)”',
    savedNotJson: 'el diario guardado no es JSON válido',
  },

  storage: {
    unavailable: 'Este navegador no deja que la página guarde nada.',
    notSaved: 'El navegador no pudo guardar el diario. Puede que su almacenamiento esté lleno o apagado.',
    notDeleted: 'El navegador no pudo borrar el diario. Intente otra vez, o borre los datos de este sitio en la configuración del navegador.',
    locked: 'El diario de este navegador no se puede cambiar hasta que se resuelva el problema de los datos guardados (vea el mensaje de arriba).',
  },
} satisfies Dictionary['journal']['script'];

/**
 * CUESTIONARIO SOBRE LA SALUD DEL PACIENTE-9 (PHQ-9), versión oficial en
 * español (EE. UU.). No cambie ni una palabra: tests/unit/journal-spanish.test.ts
 * lo compara con el formulario.
 */
const phq9 = {
  lang: 'es',
  title: 'CUESTIONARIO SOBRE LA SALUD DEL PACIENTE-9 (PHQ-9)',
  stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  answers: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
  items: [
    'Poco interés o placer en hacer cosas',
    'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
    'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    'Se ha sentido cansado(a) o con poca energía',
    'Sin apetito o ha comido en exceso',
    'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
  ],
  closing: {
    question:
      'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
    answers: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
  },
} as const;

/** La línea de crédito, tal como está en el formulario. */
const phq9Credit =
  'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.';

const journalPage = {
  optional: '(opcional)',
  worksheet: {
    heading: 'Mi hoja del éxito',
    withoutJs:
      'El diario de esta página necesita JavaScript, que está apagado en este navegador. Aun así, puede imprimir esta hoja y llenarla a mano. Marque las partes del éxito que le importan. Luego escriba cómo se vería “mejor” en cada una, y lleve la hoja a su próxima cita.',
    printed: (max: number) =>
      `Marque las partes del éxito que le importan. Escriba cómo se vería “mejor”, y cómo está ahora, del 0 (muy lejos) al ${max} (ya llegué).`,
    better: '¿Cómo se vería “mejor” para mí?',
    now: (max: number) => `Cómo está ahora, del 0 al ${max}: ______`,
  },
  unreadable: {
    heading: 'No se pudo leer el diario guardado en este navegador.',
    nothingChanged: 'No se cambió ni se borró nada. Puede guardar una copia de lo que hay, y luego borrarlo abajo para empezar de nuevo.',
    save: 'Guardar una copia de los datos guardados',
  },
  unavailable:
    'Este navegador no deja que la página guarde nada, así que el diario no se puede guardar aquí. Puede que el almacenamiento esté apagado o bloqueado para este sitio. Aun así, puede imprimir la hoja.',
  goals: {
    heading: '¿Qué le importa a usted?',
    choose: 'Elija las partes del éxito que quiere seguir. Puede elegir todas las que quiera, o solo unas pocas.',
    better: '¿Cómo se vería “mejor” para usted?',
    readAbout: (dimension: string) => `Leer sobre ${dimension.toLowerCase()}`,
    save: 'Guardar lo que elegí',
  },
  checkIn: {
    heading: 'Agregar una revisión',
    intro: 'Una vez por semana es un buen ritmo. Una revisión solo necesita una cosa: una calificación, un cuestionario o una nota.',
    date: 'Fecha',
    ratings: '¿Qué tan cerca está hoy de “mejor”?',
    scale: (max: number) => `0 quiere decir muy lejos. ${max} quiere decir que ya llegó.`,
    noGoals: 'Elija arriba lo que le importa, y aquí lo podrá calificar.',
    notRated: 'Sin calificar',
    note: 'Nota',
    noteHint: 'Qué pasó, qué le ayudó, qué le quiere preguntar a su equipo de atención.',
    save: 'Guardar esta revisión',
  },
  questionnaire: {
    add: (name: string, count: number, topic: string) => `Agregar el ${name}: ${count} preguntas sobre ${topic} (opcional)`,
    clear: (name: string) => `Borrar mis respuestas del ${name}`,
    inOriginal:
      'Este cuestionario está en su versión original en inglés. No traducimos por nuestra cuenta los cuestionarios validados, porque cambiar las palabras puede cambiar el puntaje.',
    safety:
      'Gracias por contestar con sinceridad. Pensamientos como estos son una razón para pedir ayuda ahora, no después. No tiene que enfrentarlos a solas. Por favor, cuénteselo también a su equipo de atención.',
  },
  // El GAD-7, en inglés, tal como se publicó (vea arriba).
  questionnaires: { phq9, gad7 },
  credits: {
    phq9: phq9Credit,
    gad7: 'El GAD-7 es de Spitzer y otros. Pfizer lo dejó libre para que cualquier persona lo use.',
  },
  progress: {
    heading: 'Su progreso',
    printed: ' — un resumen para mi equipo de atención',
  },
  data: {
    heading: 'Imprimir, guardar o mover su diario',
    intro:
      'Su diario se guarda solo en este navegador, en este aparato. No se envía nada a ningún lado. Si borra los datos de su navegador, el diario también se borra, así que guarde una copia de vez en cuando.',
    print: 'Imprimir un resumen para mi equipo de atención',
    printWorksheet: 'Imprimir una hoja en blanco',
    saveHeading: 'Guardar una copia, o pasarla a otro aparato',
    saveIntro: 'Una copia JSON tiene todo y se puede abrir aquí otra vez, en cualquier aparato. Una tabla CSV se abre en una hoja de cálculo.',
    saveJson: 'Guardar una copia (JSON)',
    saveCsv: 'Guardar una tabla (CSV)',
    open: 'Abrir una copia guardada (JSON)',
    replaces: 'Va a reemplazar el diario de este navegador.',
    replace: 'Reemplazar mi diario con esta copia',
    keep: 'Dejar mi diario como está',
    deleteHeading: 'Borrar mi diario',
    deleteIntro: 'Esto quita de este navegador lo que eligió y todas sus revisiones.',
    delete: 'Borrar mi diario…',
    deleteQuestion: '¿Borrar todo su diario de este navegador?',
    deleteWarning: 'Esto no se puede deshacer. Si tal vez lo quiere más adelante, primero guarde una copia (JSON).',
    deleteYes: 'Sí, borrar todo',
    deleteNo: 'No, dejar mi diario',
  },
} satisfies Dictionary['journal']['page'];

export const journal = { script: journalScript, page: journalPage } satisfies Dictionary['journal'];

/**
 * The Spanish word lists behind search: what to drop from a reader's
 * question, and how readers' everyday words (and their usual misspellings)
 * map onto the words the Spanish guide uses ("médico" → "equipo de
 * atención", "pastillas" → "medicinas"). Accents never matter: every list is
 * looked up without them, so "mamá", "mama" and "MAMÁ" are the same word.
 * Page-specific words belong in a page's front-matter `keywords` instead.
 */
import { wordTable } from './build';

/**
 * Words that carry no subject: articles, pronouns, helpers, question words,
 * filler, and the verbs a question is built with ("puedo", "quiero",
 * "debo"). "No", "sin" and "nada" are here too: the phrases below keep them
 * where they change the meaning ("no funciona", "sin esperanza").
 */
const STOP_WORDS = `a al algo alguien algún alguna algunas alguno algunos ante aquí así aun aún bien bueno cada casi
  como cómo con conmigo contigo contra cual cuál cuales cuáles cualquier cuando cuándo cuanto cuánto cuanta cuánta
  cuantos cuántos cuantas cuántas de del desde donde dónde e el él ella ellas ello ellos en entonces entre era eran
  eres es esa esas ese eso esos esta está estaba están estar estás este esto estos estoy etc fue fueron fui ha haber
  había habrá han has hay he hola la las le les lo los me mi mí mis mismo misma mucho mucha muchos muchas muy nada
  ni no nos nosotros nosotras nuestra nuestro nuestras nuestros o otra otro otras otros para pero poco poca pocos pocas
  por porque pues puede pueden puedes puedo podría podrían poder que qué quien quién quienes quiénes se sea ser si sí
  sido siempre nunca sin sobre sólo solo son soy su sus también tan tanto te ti toda todas todo todos tu tú tus u un
  una uno unos unas usted ustedes va vamos van vas voy y ya yo
  ahora aunque sino según hasta hacia
  debo debe debería deberían debes necesito necesita necesitan quiero quiere quieres quería quisiera tengo tiene
  tienen tener tienes hago hace hacen hacer haga hice sé sabe saber saben creo cree pienso dice dicen decir digo pasa
  pasar pasó tomar tomo toma tomando tomé ir ok okay okey gracias favor oiga oye vez veces tal quizás quizá verdad
  realmente tipo manera modo cosa cosas necesitar necesitamos sirve sirven servir pone ponen poner pusieron puso
  dan dar dieron sale buenas buenos tardes saludos disculpe recomendó recomienda recomendaron
  dos tres cuatro cinco seis siete ocho nueve diez`;

/** Words of one or two letters that mean something here; every other short word is dropped. */
const SHORT_WORDS = ['iv', 'mg', 'qr'];

/** Forms that Pagefind's Spanish stemmer does not join to their base word ("duermo" and "dormir" stem apart). */
const IRREGULAR: Record<string, string> = {
  duermo: 'dormir', duermes: 'dormir', duerme: 'dormir', duermen: 'dormir',
  vuelvo: 'volver', vuelves: 'volver', vuelve: 'volver', vuelven: 'volver',
  muero: 'morir', muere: 'morir',
};

/** Everyone close to a reader, who the guide calls family, support or a partner. */
const CLOSE_PEOPLE = `esposo esposa marido pareja novio novia prometido prometida mamá mami madre papá papi padre padres
  hijo hija hijos hijas niño niña niños hermano hermana hermanos hermanas abuela abuelo abuelos tía tío primo prima
  suegra suegro familiar familiares parientes querido querida seres cuidador cuidadora`.split(/\s+/);

/** Readers' names for the people who treat them. */
const CARERS = `médico médicos médica doctor doctora doctores doc psiquiatra psiquiatras siquiatra enfermera enfermero
  enfermeras proveedor proveedores especialista`.split(/\s+/);

/** Medicines by kind and by name, and their usual misspellings. */
const MEDICINES = `medicamento medicamentos medicina pastilla pastillas píldora píldoras tableta tabletas remedio remedios
  fármaco fármacos receta recetas medisina medisinas antidepresivo antidepresivos isrs lexapro zoloft prozac wellbutrin
  sertralina fluoxetina escitalopram bupropión clonazepam alprazolam xanax rivotril litio quetiapina trazodona`.split(/\s+/);

/**
 * Readers' words → the guide's words. Each key is how the Spanish guide says
 * it (a phrase in quotes is searched as that exact phrase); its list holds
 * words readers type for the same thing, misspellings included. A reader's
 * word is searched as typed and as each guide word it maps to, in the order
 * of the keys here.
 */
const GUIDE_WORDS: Record<string, string[]> = {
  ketamina: ['quetamina', 'ketamine', 'ketamia', 'ketamin', 'ketamna', 'cetamina', 'quetamine', 'katamina', 'ketaminas'],
  esketamina: ['spravato', 'espravato', 'esketamine', 'esquetamina', 'eskatamina', 'esketamin'],
  spravato: ['esketamina', 'esketamine', 'esquetamina', 'eskatamina', 'espravato', 'spray', 'nasal', 'aerosol'],
  // The guide's words for the people who treat a reader.
  '"equipo de atención"': CARERS,
  médico: ['doctor', 'doctora', 'doctores', 'doc', 'psiquiatra', 'siquiatra', 'especialista'],
  terapeuta: ['psicólogo', 'psicóloga', 'sicólogo', 'sicóloga', 'consejero', 'consejera', 'terapista', 'psicoterapeuta', 'consejería'],
  familia: CLOSE_PEOPLE,
  apoyo: [...CLOSE_PEOPLE, 'amigo', 'amiga', 'amigos', 'amigas', 'acompañante'],
  pareja: ['esposo', 'esposa', 'marido', 'novio', 'novia', 'prometido', 'prometida', 'matrimonio', 'casado', 'casada'],
  amigos: ['amigo', 'amiga', 'amigas', 'compañero', 'compañera', 'compañeros', 'vecino', 'vecina', 'cuate', 'cuates', 'compa', 'compas'],
  medicinas: MEDICINES,
  medicamentos: MEDICINES,
  antidepresivos: ['isrs', 'lexapro', 'zoloft', 'prozac', 'wellbutrin', 'sertralina', 'fluoxetina', 'escitalopram', 'bupropión', 'antidepresibos'],
  dejar: ['suspender', 'quitar', 'parar', 'reducir', 'bajar', 'abandonar', 'retirar'],
  clínica: ['consultorio', 'centro', 'oficina', 'hospital'],
  infusión: ['infucion', 'infuciones', 'infuson', 'suero', 'sueros', 'vena', 'intravenosa', 'intravenoso', 'goteo', 'inyección', 'inyecciones', 'iv'],
  citas: ['cita', 'consulta', 'consultas', 'visita', 'visitas', 'turno', 'turnos', 'sesión', 'sesiones'],
  trabajo: ['empleo', 'chamba', 'jale', 'oficina', 'carrera', 'trabajar', 'jefe', 'jefa'],
  escuela: ['colegio', 'universidad', 'prepa', 'preparatoria', 'facultad', 'clases', 'clase', 'estudiar'],
  sueño: ['insomnio', 'desvelo', 'desvelado', 'desvelada', 'pesadillas', 'dormido', 'dormida', 'descansar', 'descanso'],
  dormir: ['insomnio', 'desvelo', 'dormido', 'dormida', 'descansar'],
  cansancio: ['cansado', 'cansada', 'agotado', 'agotada', 'agotamiento', 'fatiga', 'fatigado', 'fatigada', 'flojera'],
  energía: ['cansado', 'cansada', 'agotado', 'agotada', 'fatiga', 'flojera', 'fuerzas'],
  manejar: ['conducir', 'carro', 'coche', 'auto', 'uber', 'taxi', 'aventón', 'raite', 'manejo'],
  ansiedad: ['ansioso', 'ansiosa', 'nervios', 'nervioso', 'nerviosa', 'pánico', 'angustia', 'angustiado', 'angustiada', 'miedo', 'preocupado', 'preocupada', 'preocupación', 'ansieda', 'ancsiedad'],
  depresión: ['deprimido', 'deprimida', 'deprecion', 'deprezion', 'depre', 'depresivo', 'depresiva', 'deprimió', 'deprimí', 'deprime', 'deprimirse', 'triste', 'tristeza', 'bajón'],
  esperanza: ['desesperanza', 'desesperado', 'desesperada', 'desesperación', 'optimismo', 'optimista'],
  tept: ['trauma', 'traumas', 'traumático', 'postraumático', 'ptsd', 'abuso', 'flashbacks'],
  disociación: ['viaje', 'trip', 'alucinar', 'alucinaciones', 'alucinógeno', 'drogado', 'drogada', 'volado', 'volada', 'flotar', 'irreal', 'psicodélico', 'disociado', 'disociada'],
  '"no coma nada"': ['ayunas', 'ayuno', 'ayunar'],
  náuseas: ['vómito', 'vómitos', 'vomitar', 'asco', 'nauseas'],
  mareos: ['mareado', 'mareada', 'desmayo', 'vértigo'],
  'efectos secundarios': ['reacción', 'reacciones', 'riesgos', 'peligroso', 'peligrosa', 'náuseas', 'mareo', 'mareado', 'viaje'],
  seguridad: ['peligroso', 'peligrosa', 'peligro', 'riesgoso', 'riesgosa', 'adictiva', 'adictivo', 'adicción', 'adicto', 'adicta', 'dependencia', 'enganchado', 'enganchada'],
  riesgos: ['peligroso', 'peligrosa', 'peligro', 'riesgoso', 'riesgosa', 'adictiva', 'adicción'],
  cuesta: ['costo', 'costos', 'precio', 'precios', 'cobran', 'pagar', 'aseguranza', 'cobertura', 'dinero', 'medicaid', 'medicare'],
  fda: ['aprobada', 'aprobado', 'aprobación', 'legal', 'autorizada', 'autorizado'],
  cura: ['curar', 'curarme', 'curación', 'permanente', 'milagro', 'milagrosa'],
  dosis: ['cantidad', 'miligramos', 'mg', 'fuerte'],
  alcohol: ['beber', 'cerveza', 'vino', 'tragos', 'trago', 'borracho', 'borracha', 'marihuana', 'mota', 'cannabis', 'drogas'],
  ejercicio: ['gimnasio', 'gym', 'correr', 'deporte', 'deportes', 'yoga', 'entrenar'],
  caminar: ['caminata', 'caminatas', 'pasear', 'moverme', 'movimiento'],
  comida: ['comer', 'dieta', 'nutrición', 'alimentación', 'alimentos', 'desayuno', 'cena'],
  estrés: ['estresado', 'estresada', 'presión', 'agobiado', 'agobiada', 'abrumado', 'abrumada', 'tensión', 'tenso', 'tensa'],
  peleas: ['pelear', 'peleamos', 'discutir', 'discutimos', 'discusiones', 'gritos', 'gritar', 'conflicto', 'conflictos', 'pleitos', 'pleito'],
  soledad: ['aislado', 'aislada', 'nadie', 'solito', 'solita'],
  acompañante: ['acompañar', 'acompañe', 'acompañarme', 'compañía', 'chaperón'],
  volver: ['regresar', 'regresa', 'regresó', 'recaer', 'recaída', 'recaídas'],
  detonantes: ['detonante', 'disparadores', 'disparador', 'desencadenantes', 'gatillos', 'triggers'],
  integración: ['integrar', 'procesar', 'asimilar'],
  diario: ['bitácora', 'notas', 'cuaderno', 'registro', 'apuntes', 'anotar'],
  preguntas: ['duda', 'dudas', 'inquietudes'],
  fuentes: ['referencias', 'bibliografía'],
  estudios: ['investigación', 'investigaciones', 'evidencia', 'ciencia', 'científico', 'científica', 'pruebas', 'ensayos'],
  progreso: ['mejora', 'mejorando', 'mejoría', 'avance', 'avances', 'resultados', 'funcionando'],
  // Words of dying, searched as the guide says it: its pages on suicide are those with the help lines.
  suicidio: ['suicida', 'suicidas', 'suicidarme', 'suicidarse', 'suisidio', 'morir', 'morirme', 'morirse', 'matarme', 'matarse', 'matar', 'muerte', 'muerto', 'muerta'],
  crisis: ['suicidio', 'suicida', 'emergencia', 'urgencia', 'urgencias', 'sobredosis'],
  medir: ['puntaje', 'puntajes', 'puntuación', 'cuestionario', 'cuestionarios', 'escala', 'phq', 'examen'],
  ánimo: ['humor'],
  hábitos: ['costumbres', 'rutina'],
  rutina: ['horario', 'hábitos', 'quehaceres'],
  clínicas: ['personal', 'proveedores', 'folleto', 'folletos', 'volante', 'volantes', 'enlace', 'enlaces', 'imprimir'],
  revisión: ['revisado', 'revisada', 'actualizado', 'actualizada', 'actualización', 'confiable', 'exacta'],
};

/**
 * Readers' phrases whose words mean little alone ("no funciona", "sin
 * nadie") → how the guide says it: a word, or a phrase in quotes (searched
 * as that exact phrase). Matched on whole words, without accents.
 */
const PHRASES: [string[], string[]][] = [
  [
    ['"no ayuda"', '"no está ayudando"', 'cambio'],
    [
      'no funciona', 'no me funciona', 'no funcionó', 'no me funcionó', 'no sirve', 'no me sirve', 'no sirvió', 'no me sirvió',
      'no ayuda', 'no me ayuda', 'no ayudó', 'no me ayudó', 'no está ayudando', 'no me está ayudando', 'no hizo nada',
      'no me hizo nada', 'no hace nada', 'ningún cambio', 'sin cambio', 'sin cambios', 'sigo igual', 'sigo lo mismo',
      'estoy igual', 'no mejoro', 'no he mejorado', 'no mejoré', 'nada cambió', 'no cambió nada', 'nunca funcionó',
      'dejó de funcionar', 'no siento nada',
    ],
  ],
  [['"otras opciones"', '"no ayuda"'], ['qué más', 'otra cosa', 'otras opciones', 'otros tratamientos', 'alternativas', 'en vez de', 'en lugar de']],
  [['esperanza'], ['sin esperanza', 'me quiero rendir', 'rendirme', 'tirar la toalla', 'no tiene sentido', 'ya probé todo', 'nada me ayuda', 'no hay salida']],
  [['soledad', 'nadie'], ['no tengo a nadie', 'no tengo quien', 'sin nadie', 'estoy solo', 'estoy sola', 'me siento solo', 'me siento sola', 'vivo solo', 'vivo sola', 'ir solo', 'ir sola']],
  [['acompañante'], ['venir conmigo', 'ir conmigo', 'estar conmigo', 'quedarse conmigo', 'entrar conmigo', 'nadie me acompaña']],
  [['progreso'], ['estoy mejorando', 'me siento mejor', 'sentirme mejor', 'está funcionando', 'funciona o no']],
  // How long treatment goes on: the guide's page on lasting well-being speaks of the long term and maintenance.
  [['"largo plazo"', 'mantenimiento'], ['toda la vida', 'toda mi vida', 'de por vida', 'para siempre', 'por siempre', 'resto de mi vida', 'resto de su vida']],
  [['volver', 'dura'], ['se me pasó el efecto', 'se pasa el efecto', 'se pasó el efecto', 'volvió la depresión', 'regresó la depresión', 'vuelven los síntomas', 'otra vez', 'de nuevo']],
  [['manejar', '"llevar a casa"'], ['llevarme a casa', 'llevar a casa', 'quién me lleva', 'regresar a casa', 'volver a casa', 'ir a casa']],
  [['"dolor de cabeza"'], ['me duele la cabeza', 'duele la cabeza', 'dolor de cabeza', 'jaqueca', 'migraña']],
  [['dejar'], ['dejar de tomar', 'dejar las pastillas', 'dejar mis medicinas', 'bajar la dosis', 'quitarme las pastillas']],
  [['integración'], ['darle sentido', 'tener sentido', 'entender lo que sentí']],
  [
    ['fuentes'],
    ['quién escribió', 'quién hizo', 'quiénes son', 'quién está detrás', 'de dónde sale', 'de dónde salen', 'de dónde viene', 'de dónde vienen', 'de dónde sacan', 'de dónde sacaron'],
  ],
  [['"ideas de suicidio"', 'suicidio'], ['pensamientos de suicidio', 'pensamientos suicidas', 'ideas suicidas', 'pienso en suicidarme', 'pienso en el suicidio', 'pensamientos de muerte']],
  [['esperanza', 'ganas'], ['sin ganas', 'no tengo ganas']],
  [['energía'], ['sin energía', 'sin fuerzas']],
  [['"esperar un cambio"', '"pocas horas"'], ['hacer efecto', 'hace efecto', 'cuánto tarda', 'cuándo funciona', 'empieza a funcionar', 'cuándo se nota', 'cuándo voy a sentir']],
  [['"dar miedo"', 'miedo'], ['me da miedo', 'da miedo', 'tengo miedo', 'le tengo miedo']],
  [['"tan bien funciona"'], ['si funciona', 'sí funciona', 'de verdad funciona', 'funciona de verdad', 'realmente funciona', 'qué tan bien funciona', 'qué tanto funciona']],
  [['minutos', 'horas'], ['dura cada infusión', 'dura la infusión', 'dura una infusión', 'dura cada sesión', 'dura la sesión', 'dura una sesión', 'tarda la infusión', 'tarda cada sesión']],
  [
    ['"costar entender"', 'culpar', 'enojado'],
    ['me desespera', 'me frustra', 'me frustro', 'me enoja', 'me da coraje', 'me harta', 'me tiene harto', 'me tiene harta', 'ni lo intenta', 'no le echa ganas'],
  ],
  [['"palabras sencillas"', 'guía'], ['de qué trata', 'de qué se trata', 'qué es esta guía', 'para qué sirve esta guía', 'qué es esta página']],
];

/** The word as it may stand in the word lists, without a plural ending: "veces" → "vez", "doctores" → "doctor", "pastillas" → "pastilla". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ces')) return `${word.slice(0, -3)}z`;
  if (word.length > 4 && /[^aeiou]es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

export const es = wordTable({
  stopWords: STOP_WORDS,
  shortWords: SHORT_WORDS,
  irregular: IRREGULAR,
  guideWords: GUIDE_WORDS,
  phrases: PHRASES,
  // Pagefind's Spanish stemmer joins plurals, genders and verb endings ("acompañarme", "acompaña"): nothing to add.
  otherForms: () => [],
  singular,
});

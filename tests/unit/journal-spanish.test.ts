/**
 * The Spanish journal (/es/diario/): the official Spanish PHQ-9 word for
 * word, the GAD-7 in its English original with a note that says why, the
 * same scores and bands as in English, and Spanish in everything the script
 * writes: results, dates, the CSV table and what is wrong with a file. One
 * journal serves both languages.
 */
import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';
import { scoreChangeInWords } from '../../src/lib/journal/change';
import { journalToCsv } from '../../src/lib/journal/csv';
import { importMessage, parseJournalText } from '../../src/lib/journal/import';
import { formatDay, type Journal } from '../../src/lib/journal/model';
import { ANSWER_COUNT, PHQ9, PHQ9_SAFETY_ITEM, QUESTIONNAIRES, describeScore } from '../../src/lib/journal/questionnaires';
import { STORAGE_KEY, loadJournal, saveJournal, type KeyValueStore } from '../../src/lib/journal/storage';

const { script: english, page: englishPage } = dictionaryFor('en').journal;
const { script: spanish, page: spanishPage } = dictionaryFor('es').journal;

/** The Spanish (USA) PHQ-9 as printed on the form (Spitzer, Williams, Kroenke and colleagues; Pfizer). */
const FORM = {
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
  closing:
    'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
  closingAnswers: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
  credit:
    'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
};

describe('the questionnaires in the Spanish journal', () => {
  const phq9 = spanishPage.questionnaires.phq9;

  it('are the official Spanish PHQ-9, word for word', () => {
    expect(phq9.lang).toBe('es');
    expect(phq9.title).toBe(FORM.title);
    expect(phq9.stem).toBe(FORM.stem);
    expect(phq9.answers).toEqual(FORM.answers);
    expect(phq9.items).toHaveLength(FORM.items.length);
    FORM.items.forEach((item, i) => expect(phq9.items[i], `item ${i + 1}`).toBe(item));
    expect(phq9.closing.question).toBe(FORM.closing);
    expect(phq9.closing.answers).toEqual(FORM.closingAnswers);
    expect(spanishPage.credits.phq9).toBe(FORM.credit);
  });

  it('keep the item on thoughts of death or self-harm where the help box expects it', () => {
    expect(phq9.items[PHQ9_SAFETY_ITEM]).toBe('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect(englishPage.questionnaires.phq9.items[PHQ9_SAFETY_ITEM]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
  });

  it('give the GAD-7 in its English original, and say why in Spanish', () => {
    expect(spanishPage.questionnaires.gad7).toEqual(englishPage.questionnaires.gad7);
    expect(spanishPage.questionnaires.gad7.lang).toBe('en');
    expect(spanishPage.questionnaire.inOriginal).toMatch(/versión original en inglés\. No traducimos por nuestra cuenta los cuestionarios validados/);
  });

  it('score the same in both languages: the same answers, items, totals and bands', () => {
    for (const q of QUESTIONNAIRES) {
      for (const page of [englishPage, spanishPage]) {
        expect(page.questionnaires[q.id].items, q.name).toHaveLength(q.itemCount);
        expect(page.questionnaires[q.id].answers, q.name).toHaveLength(ANSWER_COUNT);
      }
      for (let score = 0; score <= q.max; score++) {
        const numbers = (text: string) => text.match(/\d+/g);
        expect(numbers(describeScore(q, score, spanish)), `${q.name} ${score}`).toEqual(numbers(describeScore(q, score, english)));
      }
    }
    expect(describeScore(PHQ9, 12, spanish)).toBe('12 de 27: moderada (10–14)');
    expect(PHQ9.bands.map((band) => spanish.bands[band.code])).toEqual(['mínima', 'leve', 'moderada', 'moderadamente grave', 'grave']);
  });
});

describe('what the Spanish journal writes', () => {
  const journal: Journal = {
    schemaVersion: 1,
    goals: [{ dimension: 'hope', better: '' }],
    checkIns: [
      { id: 'b', date: '2026-10-15', ratings: { hope: 5 }, phq9: [1, 1, 1, 1, 1, 1, 1, 1, 1], gad7: null, note: 'mejor' },
      { id: 'a', date: '2026-10-01', ratings: { hope: 2 }, phq9: [2, 2, 2, 2, 2, 2, 2, 2, 2], gad7: null, note: 'difícil' },
    ],
  };

  it('heads the CSV table in Spanish, with the same numbers as in English', () => {
    const [header, first, second] = journalToCsv(journal, [{ id: 'hope', title: 'Esperanza' }], spanish).split('\r\n');
    const items = (name: string, count: number) => Array.from({ length: count }, (_, i) => `${name} pregunta ${i + 1}`).join(',');
    expect(header).toBe(
      `Fecha,Esperanza (0-10),Puntaje del PHQ-9,Nivel del PHQ-9,${items('PHQ-9', 9)},Puntaje del GAD-7,Nivel del GAD-7,${items('GAD-7', 7)},Nota`,
    );
    expect(first).toBe('2026-10-01,2,18,moderadamente grave (15–19),2,2,2,2,2,2,2,2,2,,,,,,,,,,difícil');
    const [, englishFirst] = journalToCsv(journal, [{ id: 'hope', title: 'Hope' }], english).split('\r\n');
    expect(first!.replace('moderadamente grave', 'moderately severe').replace('difícil', '')).toBe(englishFirst!.replace('difícil', ''));
    expect(second!.startsWith('2026-10-15,5,9,leve (5–9),')).toBe(true);
  });

  it('writes dates, results and the change in Spanish', () => {
    expect(formatDay('2026-01-01', spanish.locale)).toBe('1 ene 2026');
    expect(scoreChangeInWords(PHQ9, 18, 9, 2, spanish)).toBe('Bajó 9 puntos desde su primer puntaje (de 18 a 9). Bajó a la mitad o más: los estudios lo llaman "respuesta".');
    expect(spanish.files.csv('2026-01-01')).toBe('diario-de-exito-2026-01-01.csv');
  });

  it('says in Spanish what is wrong with a file, and that nothing changed', () => {
    const problem = (text: string) => {
      const parsed = parseJournalText(text, ['hope'], spanish);
      return parsed.ok ? '' : parsed.problem;
    };
    const valid = JSON.stringify(journal);
    expect(importMessage(problem(''), spanish)).toBe('No se importó nada, porque el archivo está vacío. Su diario no cambió.');
    expect(problem(valid.replace('"hope":5', '"hope":50'))).toBe('la calificación de "hope" en la revisión 1 debe ser un número entero del 0 al 10');
    expect(problem(valid.replace('"schemaVersion":1', '"schemaVersion":"1"'))).toBe('el schemaVersion del archivo ("1") no es una versión que este diario haya usado');
    expect(problem(valid.replace('"id":"a"', '"id":"<a>"'))).toBe('el id de la revisión 2 debe tener solo letras, números, - o _');
  });

  it('leaves no English in its words but the GAD-7 it keeps as published', () => {
    /** Every text of the dictionary by its path, functions called with sample values. */
    const texts = (value: unknown, path = ''): [string, string][] => {
      if (typeof value === 'string') return [[path, value]];
      if (typeof value === 'function') return [[`${path}()`, String((value as (...args: string[]) => unknown)('2', '3', '4', '5', '6', '7', '8'))]];
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
      return [];
    };
    const englishTexts = new Map(texts(dictionaryFor('en').journal));
    const untranslated = texts(dictionaryFor('es').journal)
      .filter(([path, text]) => englishTexts.get(path) === text)
      .map(([path]) => path)
      .filter((path) => !path.startsWith('.page.questionnaires.gad7.'));
    // Formats without words: "PHQ-9 (depresión)", "Esperanza (0-10)", "leve (5–9)".
    expect(untranslated).toEqual(['.script.seriesLabel()', '.script.csv.rating()', '.script.csv.bandCell()']);
  });
});

describe('one journal for both languages', () => {
  it('is kept under the same key, in codes and numbers, so either page reads what the other saved', () => {
    const data = new Map<string, string>();
    const store: KeyValueStore = { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
    const journal: Journal = {
      schemaVersion: 1,
      goals: [{ dimension: 'hope', better: 'Hacer planes' }],
      checkIns: [{ id: 'x1', date: '2026-11-01', ratings: { hope: 4 }, phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0], gad7: null, note: '' }],
    };
    expect(saveJournal(store, journal, spanish)).toEqual({ ok: true });
    expect([...data.keys()]).toEqual([STORAGE_KEY]);
    expect(loadJournal(store, ['hope'], english)).toEqual({ status: 'ok', journal });
    expect(loadJournal(store, ['hope'], spanish)).toEqual({ status: 'ok', journal });
  });

  it('explains unreadable saved data in the page language, naming it as the saved journal', () => {
    const store: KeyValueStore = { getItem: () => '{"schemaVersion":7}', setItem: () => undefined, removeItem: () => undefined };
    const loaded = loadJournal(store, ['hope'], spanish);
    expect(loaded.status === 'unreadable' && loaded.problem).toBe(
      'el diario guardado se hizo con una versión más nueva del diario (versión 7); esta página lee la versión 1 y las anteriores',
    );
  });
});

/**
 * The query layer on a Spanish page: the same engine as in English, with
 * the Spanish word table. What a Spanish-speaking reader types, with or
 * without accents, in everyday words or misspelled, becomes searches for
 * the words the Spanish guide uses; words of a crisis put help first.
 */
import { describe, expect, it } from 'vitest';
import { isMeaningful, planQuery, searchesOf } from '../../src/lib/search-query';
import { statusMessage } from '../../src/lib/search-messages';
import type { Ranking } from '../../src/lib/search-query';

const words = (raw: string) => planQuery(raw, 'es').words.map((w) => w.word);
const searches = (raw: string, word: string) => planQuery(raw, 'es').words.find((w) => w.word === word)?.searches ?? [];
const crisis = (raw: string) => planQuery(raw, 'es').crisis;
const none: Ranking = { pages: [], unknown: [], complete: false };

describe('accents', () => {
  it('make no difference to what is dropped, joined or mapped', () => {
    for (const [typed, plain] of [
      ['¿Qué le pregunto a mi médico?', 'que le pregunto a mi medico'],
      ['¿CÓMO apoyo a mi mamá?', 'como apoyo a mi mama'],
      ['la depresión volvió', 'la depresion volvio'],
      ['no me está ayudando', 'no me esta ayudando'],
    ]) {
      const accented = planQuery(typed!, 'es').words;
      const unaccented = planQuery(plain!, 'es').words;
      expect(unaccented.map((w) => w.searches.slice(1)), plain).toEqual(accented.map((w) => w.searches.slice(1)));
      expect(unaccented).toHaveLength(accented.length);
    }
  });

  it('keep the reader’s own spelling, shown back and searched first', () => {
    expect(words('¿Qué le pregunto a mi médico?')).toEqual(['pregunto', 'médico']);
    expect(searches('mi médico', 'médico')[0]).toBe('médico');
    expect(searches('mi medico', 'medico')[0]).toBe('medico');
  });

  it('never search the same word twice for differing only in accents', () => {
    expect(words('médico medico MÉDICO')).toEqual(['médico']);
    expect(searchesOf(planQuery('atencion atención', 'es'))).toEqual(['atencion']);
  });
});

describe('Spanish filler', () => {
  it('is dropped: question words, pronouns, articles and the verbs a question is built with', () => {
    for (const word of ['qué', 'que', 'cómo', 'puedo', 'mi', 'para', 'el', 'la', 'de', 'es', 'usted', 'quiero', 'debo', 'tengo', 'hay', 'si', 'no']) {
      expect(isMeaningful(word, 'es'), word).toBe(false);
    }
    expect(words('¿Qué puedo hacer para dormir mejor?')).toEqual(['dormir', 'mejor']);
    expect(words('¿Cómo es una infusión?')).toEqual(['infusión']);
  });

  it('is dropped from a chatty question: greetings, and the verbs that only frame it', () => {
    expect(words('Hola, buenas tardes: mi doctor me recomendó la ketamina')).toEqual(['doctor', 'ketamina']);
    expect(words('¿Cuántas infusiones voy a necesitar?')).toEqual(['infusiones']);
    expect(words('¿Qué dosis le ponen a uno?')).toEqual(['dosis']);
  });

  it('leaves nothing to search when a question is only filler', () => {
    for (const raw of ['¿qué es eso?', 'cómo puedo', '¿y si no?']) expect(words(raw), raw).toEqual([]);
  });

  it('are still English filler on an English page, and Spanish words are not', () => {
    expect(isMeaningful('para')).toBe(true);
    expect(isMeaningful('the', 'es')).toBe(true);
  });
});

describe('readers’ words', () => {
  it('find the guide’s care team whoever the reader names', () => {
    for (const word of ['médico', 'doctor', 'doctora', 'psiquiatra', 'enfermera', 'doctores']) {
      expect(searches(`mi ${word}`, word), word).toContain('"equipo de atención"');
    }
  });

  it('find ketamine and esketamine however they are written', () => {
    for (const word of ['quetamina', 'ketamine', 'ketamia', 'cetamina']) expect(searches(word, word), word).toEqual([word, 'ketamina']);
    expect(searches('spravato', 'spravato')).toContain('esketamina');
    expect(searches('esketamina', 'esketamina')).toContain('spravato');
  });

  it('find the guide’s medicines for pills and medications', () => {
    expect(searches('mis pastillas', 'pastillas')).toEqual(['pastillas', 'medicinas', 'medicamentos']);
    expect(searches('mis medicamentos', 'medicamentos')).toContain('medicinas');
    expect(searches('mis medicinas', 'medicinas')).toContain('medicamentos');
    expect(searches('la sertralina', 'sertralina')).toContain('medicinas');
  });

  it('find family and support for the people close to a reader', () => {
    for (const raw of ['mi esposo', 'mi esposa', 'mi hija', 'mi hijo', 'mi mamá', 'mi mama']) {
      const [, word] = raw.split(' ');
      expect(searches(raw, word!), raw).toEqual(expect.arrayContaining(['familia', 'apoyo']));
    }
  });

  it('find the guide’s word through common misspellings', () => {
    expect(searches('ketamia', 'ketamia')).toContain('ketamina');
    expect(searches('infucion', 'infucion')).toContain('infusión');
    expect(searches('deprecion', 'deprecion')).toContain('depresión');
    expect(searches('siquiatra', 'siquiatra')).toContain('"equipo de atención"');
  });

  it('find the guide’s word through a plural the lists do not hold', () => {
    expect(searches('reacciones', 'reacciones')).toContain('efectos secundarios');
    expect(searches('enfermeras', 'enfermeras')).toContain('"equipo de atención"');
  });

  it('find the guide’s pages on suicide for words of dying, where its help lines are', () => {
    for (const [raw, word] of [['me quiero morir', 'morir'], ['se quiere matar', 'matar'], ['pensamientos de suicidio', 'pensamientos de suicidio']] as const) {
      expect(searches(raw, word), raw).toContain('suicidio');
    }
  });

  it('find where the guide answers a question asked in a phrase of its own', () => {
    expect(searches('¿de dónde sale esto?', 'de dónde sale')).toContain('fuentes');
    expect(searches('¿cuánto tarda en hacer efecto?', 'cuánto tarda')).toContain('"esperar un cambio"');
    expect(searches('me da miedo', 'me da miedo')).toContain('"dar miedo"');
    expect(searches('tengo que ir en ayunas', 'ayunas')).toContain('"no coma nada"');
  });

  it('read phrases as one thing, so that “no” keeps its meaning', () => {
    expect(words('¿Y si la ketamina no me funciona?')).toEqual(['ketamina', 'no me funciona']);
    expect(searches('no me funciona', 'no me funciona')).toEqual(['"no me funciona"', '"no ayuda"', '"no está ayudando"', 'cambio']);
    expect(words('¿Puedo dejar de tomar mis pastillas?')).toEqual(['dejar de tomar', 'pastillas']);
    expect(searches('no tengo a nadie', 'no tengo a nadie')).toContain('soledad');
  });
});

describe('words of a crisis', () => {
  it('are noticed, with or without accents and capitals', () => {
    for (const raw of ['suicidio', 'pienso en el SUICIDIO', 'quiero matarme', 'pienso en quitarme la vida', 'ya no quiero vivir', 'quiero hacerme daño', 'hacerme dano', 'estoy en crisis']) {
      expect(crisis(raw), raw).toBe(true);
    }
  });

  it('are noticed when a reader tells what someone close to them said', () => {
    for (const raw of ['mi hijo dice que se quiere matar', 'mi esposa quiere morirse', 'mi papá habla de quitarse la vida', 'mi hija se quiere hacer daño']) {
      expect(crisis(raw), raw).toBe(true);
    }
  });

  it('are noticed when a reader feels a burden to the people around them', () => {
    for (const raw of ['siento que mi familia estaría mejor sin mí', 'todos estarían mejor sin mi', 'soy una carga para todos']) expect(crisis(raw), raw).toBe(true);
  });

  it('are not seen in everyday questions that share a word with them', () => {
    for (const raw of ['¿cuánto dura la vida de una dosis?', 'quitarme las pastillas', 'me siento mejor sin mi medicina', 'vivir con depresión', 'dormir mejor']) expect(crisis(raw), raw).toBe(false);
  });

  it('are noticed in either language, whatever the page’s', () => {
    expect(planQuery('I want to kill myself', 'es').crisis).toBe(true);
    expect(planQuery('no quiero vivir', 'en').crisis).toBe(true);
  });
});

describe('what search says in Spanish', () => {
  it('quotes what was typed as text, markup and all, and cuts nothing but the length', () => {
    const markup = '<img src=x onerror=alert(1)>';
    expect(planQuery(`  ${markup}  `, 'es').text).toBe(markup);
    expect(statusMessage({ plan: planQuery('"comillas sin cerrar', 'es'), ranking: none, shown: 0, lang: 'es' })).toBe(
      'Ninguna página coincide con “"comillas sin cerrar”. Pruebe con otras palabras, o con menos.',
    );
    expect(statusMessage({ plan: planQuery('😊🙏', 'es'), ranking: none, shown: 0, lang: 'es' })).toBe(
      '“😊🙏” no tiene palabras para buscar. Pruebe con una palabra como “sueño”, “familia” o “medicinas”.',
    );
    expect(statusMessage({ plan: planQuery('dormir '.repeat(100), 'es'), ranking: none, shown: 0, lang: 'es' })).toMatch(
      /Solo se buscaron los primeros 200 caracteres\.$/,
    );
  });

  it('counts pages with Spanish plurals, and says where it looked', () => {
    const plan = planQuery('dormir', 'es');
    const page = { page: 'p', score: 1, matched: ['dormir'], via: ['dormir'] };
    expect(statusMessage({ plan, ranking: { pages: [page], unknown: [], complete: true }, shown: 1, lang: 'es' })).toBe('1 página coincide con “dormir”.');
    expect(statusMessage({ plan, ranking: { pages: Array(14).fill(page), unknown: [], complete: true }, shown: 10, part: 'Qué ayuda', lang: 'es' })).toBe(
      '14 páginas en Qué ayuda coinciden con “dormir”. Se muestran las 10 mejores.',
    );
    const some = { pages: [page], unknown: ['zyxwv'], complete: false };
    expect(statusMessage({ plan: planQuery('zyxwv dormir', 'es'), ranking: some, shown: 2, lang: 'es' })).toBe(
      'Ninguna página coincide con todo “zyxwv dormir”. 2 páginas coinciden con algunas de sus palabras. Nada en la guía coincide con “zyxwv”.',
    );
  });
});

/**
 * Words and phrases that may mean a reader is in crisis, in each of the
 * guide's languages, with the usual misspellings. Search then shows the
 * help-now lines above any result, whatever else it finds. A reader may
 * write in their own language on a page in another ("suicidio" on an
 * English page), so every search module carries every language's phrases,
 * though the rest of the word tables travel one language to a module.
 */
import type { Lang } from '../i18n/languages';

export const CRISIS_PHRASES: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'suicide', 'suicidal', 'kill myself', 'killing myself', 'end my life', 'ending my life', 'end it all',
    'want to die', 'wanna die', 'better off dead', 'hurt myself', 'hurting myself', 'self harm', 'selfharm',
    'overdose', 'no reason to live',
    // Feeling a burden, as a reader or a worried relative writes it.
    'better off without me', 'i am a burden', "i'm a burden", 'im a burden', 'a burden to everyone', "don't want to wake up", 'dont want to wake up',
    'wants to die', 'wants to kill', 'kill himself', 'kill herself', 'kill themselves',
  ],
  es: [
    'suicidio', 'suicida', 'suicidas', 'suicidarme', 'suicidarse', 'suicidar', 'suisidio', 'suicido', 'matarme', 'me quiero matar',
    'quitarme la vida', 'quitarme mi vida', 'acabar con mi vida', 'terminar con mi vida', 'acabar con todo',
    'no quiero vivir', 'no quiero seguir viviendo', 'quiero morir', 'quiero morirme', 'me quiero morir', 'morirme',
    'mejor muerto', 'mejor muerta', 'hacerme daño', 'me quiero hacer daño', 'lastimarme', 'me quiero lastimar', 'cortarme',
    'autolesión', 'autolesiones', 'autolesionarme',
    // The same, said of someone else: a family member searching for what a loved one said.
    'se quiere matar', 'quiere matarse', 'matarse', 'se va a matar', 'se quiere morir', 'quiere morirse', 'quiere morir',
    'quitarse la vida', 'hacerse daño', 'se quiere hacer daño', 'se va a hacer daño', 'lastimarse', 'se quiere lastimar',
    'autolesionarse',
    // Feeling a burden to others, a warning sign of its own.
    'estaría mejor sin mí', 'estarían mejor sin mí', 'están mejor sin mí', 'estarán mejor sin mí', 'soy una carga', 'no quiero despertar',
    'sobredosis', 'crisis', 'no vale la pena vivir', 'sin razón para vivir', 'ninguna razón para vivir', 'quiero desaparecer',
  ],
};

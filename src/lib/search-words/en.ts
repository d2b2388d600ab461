/**
 * The English word lists behind search: what to drop from a reader's
 * question, and how readers' everyday words map onto the words this guide
 * uses. They are general English and general to the subject (not to any one
 * question), so that questions nobody has tried yet are understood too.
 * Page-specific words belong in a page's front-matter `keywords` instead.
 */
import { wordTable } from './build';

/**
 * Words that carry no subject: pronouns, helpers, question words, filler.
 * Written lower-case, with apostrophes removed, because contractions are
 * typed both ways ("don't", "dont").
 */
const STOP_WORDS = `a able about above actually again against all also am an and any anymore anything are
  around as at away back be because become becomes became been being below between both but by can cannot could
  did do does doing done down each either else enough etc even ever every everyone for from
  further get gets getting go goes going gonna got gotta had has have having he her here hers herself
  him himself his how however i if im in into is it its itself just kind know let like lot lots
  maybe me mean might mine more most must my myself need needs no nor not now of off
  ok okay on once one only or other our ours ourselves out over own please pretty quite rather
  really right said same say says she should since so some somebody someone something sometimes soon
  still such sure take tell than thank thanks that the their theirs them themselves then there these
  they thing things think this those though through to too try trying under until up upon us very
  two three four five six seven eight nine ten
  want wanted wants was way we well were what whatever when where whether which while who whom whose
  why will with within without would yeah yes yet you your yours yourself yourselves
  aint arent cant couldnt didnt doesnt dont hadnt hasnt havent hes id ill isnt ive lets shes shouldnt
  thats theres theyre theyve wasnt wed were weve whats whens wheres whos whys wont wouldnt youd youll youre youve hows`;

/** Words of one or two letters that mean something here; every other short word is dropped. */
const SHORT_WORDS = ['iv', 'gp', 'md', 'er', 'qr', 'np', 'rn'];

/** Irregular forms, which Pagefind's stemmer does not join to their base word. */
const IRREGULAR: Record<string, string> = {
  ate: 'eat', began: 'begin', came: 'come', drove: 'drive', driven: 'drive', fell: 'fall', felt: 'feel',
  forgot: 'forget', gave: 'give', given: 'give', kept: 'keep', knew: 'know', left: 'leave', lost: 'lose',
  made: 'make', paid: 'pay', slept: 'sleep', spent: 'spend', took: 'take', taken: 'take', thought: 'think',
  told: 'tell', went: 'go', woke: 'wake', wore: 'wear', worn: 'wear', children: 'child',
};

/**
 * Readers' words → the guide's words. Each key is the word the guide uses;
 * its list holds words readers type for the same thing. A reader's word is
 * searched as typed and as each guide word it maps to.
 */
const GUIDE_WORDS: Record<string, string[]> = {
  family: `husband wife spouse partner boyfriend girlfriend fiance fiancee mom mum mother mama dad father papa
    parent parents son daughter child kid kids brother sister sibling siblings relative relatives grandma
    grandmother grandpa grandfather aunt uncle cousin loved`.split(/\s+/),
  friend: ['buddy', 'roommate', 'neighbor', 'neighbour', 'coworker', 'bestie'],
  medicine: `meds med medication medications pill pills tablet tablets prescription prescriptions drug
    antidepressant antidepressants ssri ssris snri snris benzo benzos benzodiazepine lexapro zoloft prozac
    wellbutrin effexor cymbalta xanax klonopin ativan lithium seroquel abilify trazodone`.split(/\s+/),
  antidepressant: ['ssri', 'ssris', 'snri', 'snris', 'lexapro', 'zoloft', 'prozac', 'wellbutrin', 'effexor', 'cymbalta'],
  stop: ['quit', 'quitting', 'taper', 'tapering', 'wean', 'discontinue'],
  doctor: ['doc', 'physician', 'gp', 'md', 'psychiatrist', 'prescriber', 'provider'],
  // The guide's word for the people who treat a reader.
  'care team': ['doctor', 'doctors', 'doc', 'physician', 'psychiatrist', 'prescriber', 'provider', 'clinician', 'clinicians'],
  therapist: ['therapy', 'counselor', 'counsellor', 'psychologist', 'shrink', 'counseling', 'counselling', 'psychotherapist'],
  nurse: ['np', 'rn'],
  clinic: ['office', 'practice', 'center', 'centre', 'provider'],
  session: ['appointment', 'appointments', 'visit', 'visits'],
  infusion: ['iv', 'drip', 'appointment', 'session'],
  work: ['job', 'jobs', 'career', 'employment', 'office', 'shift'],
  school: ['college', 'university', 'class', 'classes', 'study', 'studying'],
  sleep: ['insomnia', 'asleep', 'sleeping', 'nightmares', 'bedtime'],
  tired: ['exhausted', 'exhaustion', 'fatigue', 'fatigued', 'drained', 'worn', 'sleepy'],
  energy: ['exhausted', 'fatigue', 'drained', 'lazy'],
  drive: ['driving', 'car', 'ride', 'lift', 'uber', 'taxi'],
  anxiety: ['anxious', 'panic', 'nervous', 'worried', 'scared', 'fear', 'fearful'],
  depression: ['depressed', 'sad', 'sadness', 'low', 'blue'],
  hope: ['hopeless', 'hopelessness', 'despair', 'pointless', 'optimism', 'optimistic'],
  numb: ['empty', 'flat', 'emotionless'],
  enjoy: ['happy', 'joy', 'fun', 'pleasure'],
  trauma: ['ptsd', 'abuse', 'flashbacks', 'traumatic'],
  dissociation: ['trippy', 'trip', 'tripping', 'high', 'hallucinate', 'hallucinations', 'spacey', 'floaty', 'zoned', 'psychedelic'],
  detached: ['trippy', 'trip', 'high', 'spacey', 'unreal', 'weird', 'strange'],
  nausea: ['nauseous', 'sick', 'vomit', 'vomiting', 'throw'],
  dizzy: ['lightheaded', 'faint', 'woozy'],
  'side effects': ['reaction', 'reactions', 'risks', 'risk', 'safe', 'dangerous', 'nausea', 'nauseous', 'dizzy', 'headache', 'trippy', 'high'],
  safe: ['safety', 'dangerous', 'danger', 'risky', 'risk', 'risks', 'harmful', 'addictive', 'addiction', 'addicted', 'dependent', 'dependence', 'dependency', 'hooked'],
  cost: ['price', 'pay', 'paying', 'afford', 'expensive', 'insurance', 'insured', 'covered', 'coverage'],
  fda: ['approved', 'approval', 'legal', 'licensed'],
  cure: ['cured', 'fix', 'permanent', 'permanently', 'forever', 'miracle'],
  dose: ['dosage', 'amount', 'mg', 'milligrams', 'strong', 'strength'],
  spravato: ['esketamine', 'nasal', 'spray'],
  alcohol: ['drink', 'drinks', 'drinking', 'wine', 'beer', 'booze', 'drunk', 'weed', 'cannabis', 'marijuana', 'substances'],
  lifestyle: ['habits', 'healthy', 'wellness'],
  exercise: ['workout', 'gym', 'running', 'jogging', 'sport', 'sports', 'fitness', 'yoga'],
  movement: ['workout', 'gym', 'running', 'walking', 'fitness', 'yoga'],
  food: ['eating', 'eat', 'diet', 'nutrition', 'meals', 'meal'],
  stress: ['stressed', 'overwhelmed', 'pressure', 'burnout', 'tense'],
  arguments: ['arguing', 'argue', 'fight', 'fighting', 'fights', 'yelling', 'conflict'],
  blame: ['fault', 'lazy', 'frustrated', 'resent', 'resentment'],
  guide: ['website', 'site', 'webpage', 'resource'],
  upsetting: ['cry', 'crying', 'cried', 'tears', 'sobbing', 'emotional', 'upset', 'overwhelming'],
  relationships: ['marriage', 'married', 'relationship', 'dating', 'divorce', 'couple'],
  alone: ['lonely', 'loneliness', 'isolated', 'nobody', 'anybody', 'anyone', 'noone'],
  companion: ['chaperone', 'escort', 'accompany', 'company'],
  'lasting well-being': ['longterm', 'maintenance', 'relapse', 'booster', 'boosters'],
  return: ['relapse', 'relapsed', 'returning'],
  wear: ['wore', 'fade', 'fades', 'faded', 'wearing'],
  triggers: ['trigger', 'triggered', 'sets', 'setting'],
  integration: ['process', 'processing', 'debrief'],
  insights: ['realizations', 'realisations', 'epiphany', 'epiphanies', 'visions'],
  engagement: ['homework', 'effort', 'motivated', 'commitment'],
  research: ['studies', 'study', 'evidence', 'science', 'scientific', 'trials', 'trial', 'proof'],
  sources: ['references', 'citations', 'reference', 'citation'],
  review: ['reviewed', 'updated', 'update', 'updates', 'current', 'outdated', 'checked', 'accurate', 'accuracy'],
  disclaimer: ['liability', 'legal', 'advice'],
  handouts: ['handout', 'printable', 'print', 'printed', 'brochure', 'brochures', 'flyer', 'leaflet', 'pamphlet', 'poster'],
  links: ['link', 'url', 'urls', 'share', 'sharing', 'email', 'emails', 'qr'],
  clinics: ['clinic', 'practice', 'providers', 'staff', 'intake'],
  measure: ['measured', 'measuring', 'track', 'tracking', 'score', 'scores', 'questionnaire', 'questionnaires', 'phq', 'scale'],
  progress: ['improvement', 'improving', 'improved', 'results', 'working'],
  crisis: ['suicide', 'suicidal', 'emergency', 'urgent', 'overdose', 'harm'],
  journal: ['diary', 'log', 'notes', 'notebook', 'journaling', 'tracker'],
};

/**
 * Readers' phrases whose words mean little alone ("sets off", "no one",
 * "didn't help") → how the guide says it: a word, or a phrase in quotes
 * (searched as that exact phrase). Matched on whole words, with apostrophes
 * already removed ("didn't" is "didnt").
 */
const PHRASES: [string[], string[]][] = [
  [['triggers'], ['set off', 'sets off', 'setting off', 'set me off', 'sets me off']],
  [['stop'], ['come off', 'coming off', 'get off', 'getting off', 'go off', 'going off', 'cut down', 'cut back', 'wean off', 'wean myself off']],
  [['alone'], ['no one', 'on my own', 'by myself', 'dont have anyone', 'dont have anybody']],
  [['companion'], ['come with', 'go with', 'be with me', 'stay with me', 'sit with']],
  [['progress'], ['getting better', 'get better', 'gets better', 'is it working', 'its working', 'is working']],
  [['hope'], ['give up', 'giving up', 'gave up', 'no point', 'whats the point', 'what is the point']],
  [['return', '"come back"'], ['came back', 'comes back', 'coming back', 'come back', 'back again', 'dropped again', 'crashed again', 'worse again', 'low again']],
  [['drive'], ['pick me up', 'take me home', 'ride home', 'get home']],
  [['integration', '"make sense"'], ['make sense', 'makes sense', 'making sense']],
  [['headache'], ['head hurts', 'head hurt', 'head aches', 'head ache', 'headaches']],
  [['routine'], ['back on track', 'back to normal', 'normal life', 'get my life back']],
  [['sources'], ['who wrote', 'who made', 'who is behind', 'who runs', 'who created']],
  [
    ['"not helping"', '"does not help"', 'change'],
    [
      'doesnt work', 'didnt work', 'dont work', 'wont work', 'not working', 'isnt working', 'stopped working', 'never worked',
      'doesnt help', 'didnt help', 'not helping', 'isnt helping', 'no change', 'no difference', 'not better', 'no better',
      'did nothing', 'does nothing', 'done nothing', 'nothing changed', 'nothing happened', 'feel the same', 'still the same',
    ],
  ],
  // How long treatment goes on: the guide's page on lasting well-being speaks of the long term and maintenance.
  [['"long term"', 'maintenance'], ['rest of my life', 'rest of his life', 'rest of her life', 'rest of their life', 'for life', 'for ever', 'never stop']],
  [['"other options"', '"not helping"'], ['what else', 'something else', 'anything else', 'other options', 'other treatments', 'alternatives', 'instead']],
];

/** Other forms of a word that Pagefind's stemmer does not reach: "hopeless" → "hope", British "-our" → "-or". */
function otherForms(word: string): string[] {
  const forms: string[] = [];
  if (word.length > 6 && word.endsWith('less')) forms.push(word.slice(0, -4));
  if (/[bilmnv]our(s|ed|ing)?$/.test(word)) forms.push(word.replace(/our(?=(s|ed|ing)?$)/, 'or'));
  return forms;
}

/** The word as it may stand in the word lists: as typed, and without a plural ending. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export const en = wordTable({
  stopWords: STOP_WORDS,
  shortWords: SHORT_WORDS,
  irregular: IRREGULAR,
  guideWords: GUIDE_WORDS,
  phrases: PHRASES,
  otherForms,
  singular,
});

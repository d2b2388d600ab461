/**
 * The journal's DOM contract, read from the built pages: every hook the
 * script looks for (src/lib/journal/dom-contract.ts) is on /journal/ and on
 * /es/diario/, once per thing it names, so the script never starts on a page
 * that lacks one. The type check keeps the components and the script to the
 * contract's names; this keeps the built pages to the contract.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, FLAGS, STATUS_LINES, field, selector, type Flag } from '../../src/lib/journal/dom-contract';
import { QUESTIONNAIRES } from '../../src/lib/journal/questionnaires';
import { builtSite, elementsIn } from './site';

const site = builtSite();

/** The hooks the script draws itself, with the progress; the page is built without them. */
const DRAWN_BY_THE_SCRIPT: readonly Flag[] = ['latestSafety', 'change', 'checkIns'];

describe.each(['journal/', 'es/diario/'])('the journal at /%s', (path) => {
  const page = site.page(path);
  // The dimensions the page offers, one goal box each.
  const dimensions = elementsIn(page, `input[name="${field.goal}"]`).map((box) => box.attributes['value']!);

  it('has every hook of the contract that the page is built with', () => {
    const built = (Object.keys(FLAGS) as Flag[]).filter((flag) => !DRAWN_BY_THE_SCRIPT.includes(flag));
    expect(built.filter((flag) => elementsIn(page, selector[flag]).length === 0)).toEqual([]);
  });

  it('has one of each hook for each thing it names: the page, each dimension, each questionnaire, each question', () => {
    expect(dimensions).toHaveLength(7);
    const perDimension = (flag: Flag) => [selector[flag], dimensions.length] as const;
    const expected = new Map<string, number>([
      ...(['journal', 'unreadable', 'unreadableReason', 'unavailable', 'goalsForm', 'checkInForm', 'noGoals', 'safety', 'safetyAlert', 'progress', 'importConfirm', 'importSummary', 'deleteConfirm'] as const).map(
        (flag) => [selector[flag], 1] as const,
      ),
      ...ACTIONS.map((action) => [selector.action(action), 1] as const),
      ...STATUS_LINES.map((line) => [selector.status(line), 1] as const),
      [selector.importFile, 1],
      [selector.date, 1],
      [selector.note, 1],
      perDimension('goalDetail'),
      perDimension('betterText'),
      ...dimensions.flatMap((id) => [selector.goal(id), selector.ratingFor(id), selector.rating(id)].map((hook) => [hook, 1] as const)),
      [selector.questionnaire, QUESTIONNAIRES.length],
      [selector.clearAnswers, QUESTIONNAIRES.length],
      // Each question: one radio group, with one answer scored 0.
      ...QUESTIONNAIRES.flatMap((q) => Array.from({ length: q.itemCount }, (_, i) => [`${selector.answer(q.id, i)}[value="0"]`, 1] as const)),
    ]);
    const found = [...expected.keys()].map((hook) => `${hook}: ${elementsIn(page, hook).length}`);
    expect(found).toEqual([...expected].map(([hook, count]) => `${hook}: ${count}`));
  });

  it('leaves the hooks the script draws to the script', () => {
    expect(DRAWN_BY_THE_SCRIPT.map((flag) => elementsIn(page, selector[flag]).length)).toEqual(DRAWN_BY_THE_SCRIPT.map(() => 0));
  });
});

import { describe, expect, it } from 'vitest';
import { languageProblems } from '../../src/lib/language';

const phrases = (text: string) => languageProblems(text).map((problem) => problem.phrase.toLowerCase());

describe('languageProblems', () => {
  it('finds wording the content guide forbids', () => {
    expect(phrases('He committed suicide last year.')).toEqual(['committed suicide']);
    expect(phrases('It was a failed attempt.')).toEqual(['failed attempt']);
    expect(phrases('People suffering from depression.')).toEqual(['suffering from']);
    expect(phrases('That sounds crazy.')).toEqual(['crazy']);
    expect(phrases('A depressive may feel this.')).toEqual(['a depressive']);
    expect(phrases('Ketamine cures depression.')).toEqual(['cures depression']);
  });

  it('accepts a denied claim', () => {
    expect(languageProblems('Ketamine does not cure depression. It is not a magic drug.')).toEqual([]);
  });

  it('lets respectful wording through', () => {
    expect(languageProblems('A person living with depression. Her uncle died by suicide. A suicide attempt is a sign to get help.')).toEqual([]);
  });

  it('flags a sentence calling ketamine, in any form but the nasal spray, FDA-approved', () => {
    expect(phrases('IV ketamine infusions are FDA-approved for depression.')).toEqual(['fda-approv']);
    expect(phrases('Intravenous ketamine was approved by the FDA in 2019.')).toEqual(['approved by the fda']);
    expect(phrases('Ketamine is FDA-approved for depression.')).toEqual(['fda-approv']);
    expect(phrases('Ketamine troches you take at home are FDA-approved.')).toEqual(['fda-approv']);
  });

  it('flags promises the site does not keep', () => {
    expect(phrases('If you are in crisis, use the help box on this page.')).toEqual(['help box']);
    expect(phrases('The journal shows your streak of check-ins.')).toEqual(['streak']);
  });

  it('accepts correct statements about approval', () => {
    expect(
      languageProblems(
        'IV ketamine is not FDA-approved for depression. Esketamine nasal spray (Spravato) was FDA-approved in 2019. Using IV infusions for depression is off-label, even though the FDA approval covers the spray. Is ketamine FDA-approved? Only one form is.',
      ),
    ).toEqual([]);
  });
});

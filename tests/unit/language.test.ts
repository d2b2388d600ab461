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

  it('flags a sentence calling IV ketamine FDA-approved', () => {
    expect(phrases('IV ketamine infusions are FDA-approved for depression.')).toEqual(['fda-approv']);
    expect(phrases('Intravenous ketamine was approved by the FDA in 2019.')).toEqual(['approved by the fda']);
  });

  it('accepts correct statements about approval', () => {
    expect(
      languageProblems(
        'IV ketamine is not FDA-approved for depression. Esketamine nasal spray (Spravato) was FDA-approved in 2019. Using IV infusions for depression is off-label, even though the FDA approval covers the spray.',
      ),
    ).toEqual([]);
  });
});

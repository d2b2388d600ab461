/**
 * The GitHub Pages workflow publishes nothing that has not passed `npm test`:
 * the deploy waits, through `needs`, for a job that runs the tests, and every
 * job checks out the commit that started the run (the same commit).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  steps?: Step[];
}

const root = join(import.meta.dirname, '..', '..');
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'deploy.yml'), 'utf8')) as { jobs: Record<string, Job> };
const jobs = workflow.jobs;

/** Every job `name` waits for, directly or through the jobs it waits for. */
function waitsFor(name: string, seen = new Set<string>()): Set<string> {
  const needs = jobs[name]?.needs ?? [];
  for (const need of Array.isArray(needs) ? needs : [needs]) {
    if (!seen.has(need)) {
      seen.add(need);
      waitsFor(need, seen);
    }
  }
  return seen;
}

/** `npm test` itself, or .ci/run, which ends by running it. */
const ciRunsTests = readFileSync(join(root, '.ci', 'run'), 'utf8').trim().endsWith('npm test');
const runsTests = (job: Job) => (job.steps ?? []).some((step) => step.run?.trim() === 'npm test' || (step.run?.trim() === '.ci/run' && ciRunsTests));

const jobsThat = (action: string) => Object.keys(jobs).filter((name) => jobs[name]?.steps?.some((step) => step.uses?.startsWith(action)));

describe('the GitHub Pages workflow', () => {
  it('publishes only after a job that runs npm test has passed', () => {
    const testJobs = Object.keys(jobs).filter((name) => runsTests(jobs[name]!));
    expect(testJobs, 'a job runs npm test').not.toEqual([]);
    const publishing = [...jobsThat('actions/deploy-pages'), ...jobsThat('actions/upload-pages-artifact')];
    expect(publishing, 'a job publishes the site').not.toEqual([]);
    for (const name of publishing) {
      expect(
        testJobs.some((test) => waitsFor(name).has(test)),
        `${name} waits for the tests`,
      ).toBe(true);
    }
  });

  it('tests and builds the commit that started the run', () => {
    for (const name of jobsThat('actions/checkout')) {
      const checkout = jobs[name]!.steps!.find((step) => step.uses?.startsWith('actions/checkout'))!;
      expect(checkout.with?.['ref'], `${name} checks out the commit of the run`).toBeUndefined();
    }
  });
});

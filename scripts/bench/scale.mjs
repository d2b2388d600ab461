/**
 * How build time and search cost grow with the size of the site: copies the
 * project to a temporary folder, adds N synthetic pages made from the guide's
 * own vocabulary, builds it, and measures the bytes one search fetches.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timeBuild } from './build.mjs';
import { searchBytes } from './search-bytes.mjs';

const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.cjs', 'package.json', 'tsconfig.json'];

/** A small deterministic random generator, so every run builds the same pages. */
function seeded(seed) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function vocabulary(contentDir) {
  const words = new Set();
  for (const file of readdirSync(contentDir, { recursive: true })) {
    if (!String(file).endsWith('.md')) continue;
    const body = readFileSync(join(contentDir, String(file)), 'utf8').split('---').slice(2).join(' ');
    for (const word of body.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
  }
  return [...words];
}

function syntheticPage(i, words, random) {
  const pick = () => words[Math.floor(random() * words.length)];
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(random() * 8) }, pick).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 4 }, sentence).join(' ');
  const sections = Array.from({ length: 4 }, (_, s) => `## Section ${s + 1} about ${pick()}\n\n${paragraph()}\n\n${paragraph()}`);
  return `---
title: Synthetic page ${i} about ${pick()}
description: A generated page used only to measure how the build and search grow with the number of pages.
summary:
  - ${sentence()}
  - ${sentence()}
  - ${sentence()}
audience: [patient]
order: ${100 + i}
lastReviewed: 2026-11-28
nextReview: 2027-11-28
---

${sections.join('\n\n')}
`;
}

export async function scaleRun({ root, pages }) {
  const dir = mkdtempSync(join(tmpdir(), `scale-${pages}-`));
  try {
    for (const item of PROJECT_FILES) cpSync(join(root, item), join(dir, item), { recursive: true });
    symlinkSync(resolve(root, 'node_modules'), join(dir, 'node_modules'));
    const words = vocabulary(join(root, 'content'));
    const random = seeded(pages);
    for (let i = 1; i <= pages; i++) {
      writeFileSync(join(dir, 'content', 'pages', `synthetic-${String(i).padStart(4, '0')}.md`), syntheticPage(i, words, random));
    }
    const outDir = join(dir, 'dist');
    const build = timeBuild({ cwd: dir, outDir });
    const search = await searchBytes({ dist: outDir, query: 'sleep' });
    return { addedPages: pages, builtPages: build.pages, buildSeconds: build.seconds, ...search };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

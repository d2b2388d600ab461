/**
 * The theme script, inlined in the head of every page by HeadScript.astro.
 * It runs before the first paint: it marks the page as having JavaScript (so
 * notes meant for readers without it stay hidden) and applies the reader's
 * theme, saved or from the OS, so the page never flashes the wrong one; it
 * also wires up the toggle. The only thing stored is the choice, as "theme".
 */
export {}; // a module: its names stay out of the page's global scope

const root = document.documentElement;
root.dataset['js'] = 'on';
let saved: string | null = null;
try {
  saved = localStorage.getItem('theme');
} catch {
  // Storage is blocked: follow the OS setting.
}
let dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;

function apply(): void {
  root.dataset['theme'] = dark ? 'dark' : 'light';
  document.querySelector('[data-theme-toggle]')?.setAttribute('aria-pressed', String(dark));
}

apply();
// The toggle is further down the page than this script: set its state once it exists.
document.addEventListener('DOMContentLoaded', apply);
document.addEventListener('click', (event) => {
  if (!(event.target as Element).closest?.('[data-theme-toggle]')) return;
  dark = !dark;
  try {
    localStorage.setItem('theme', dark ? 'dark' : 'light');
  } catch {
    // Not saved: the choice still holds on this page.
  }
  apply();
});

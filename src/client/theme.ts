/**
 * The theme script, inlined in the head of every page by HeadScript.astro.
 * It runs before the first paint: it marks the page as having JavaScript (so
 * notes meant for readers without it stay hidden) and applies the reader's
 * theme, so the page never flashes the wrong one; it also wires up the theme
 * button. The reader chooses one of three: "system" (the default) follows
 * the device's setting, also when it changes while the page is open; "light"
 * and "dark" stay put. Only the choice is stored, as "theme".
 */
export {}; // a module: its names stay out of the page's global scope

const root = document.documentElement;
root.dataset['js'] = 'on';
const deviceDark = matchMedia('(prefers-color-scheme: dark)');
/** Each choice, and the one the theme button goes to next. */
const NEXT: Record<string, string> = { system: 'light', light: 'dark', dark: 'system' };
let choice = 'system';
try {
  choice = localStorage.getItem('theme') ?? choice;
} catch {
  // Storage is blocked: follow the device.
}

/**
 * Sets the theme, and the choice the theme button shows: its icon and name
 * are picked by CSS from data-theme-choice (ThemeToggle.astro), so they are
 * right from the first paint too.
 */
function apply(): void {
  if (!(choice in NEXT)) choice = 'system';
  root.dataset['themeChoice'] = choice;
  root.dataset['theme'] = choice === 'system' ? (deviceDark.matches ? 'dark' : 'light') : choice;
}

apply();
deviceDark.addEventListener('change', apply);
document.addEventListener('click', (event) => {
  if (!(event.target as Element).closest?.('[data-theme-toggle]')) return;
  choice = NEXT[choice]!;
  try {
    localStorage.setItem('theme', choice);
  } catch {
    // Not saved: the choice still holds on this page.
  }
  apply();
});

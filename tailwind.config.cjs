/**
 * Typography-plugin styles for elements the guide's words never use. Left in,
 * they would be inlined into every page, and a page's HTML and CSS must
 * arrive in the first round trip. tests/e2e/content.spec.ts fails if a page
 * starts using one of these elements: then take it off this list.
 */
const UNUSED_PROSE_SELECTORS = [
  '[class~="lead"]', 'blockquote', 'blockquote strong', 'blockquote p:first-of-type::before', 'blockquote p:last-of-type::after', 'blockquote code',
  'h1', 'h1 strong', 'h1 code', 'h4', 'h4 strong', 'h4 code', 'h4 + *', 'a strong', 'a code', 'h2 code', 'h3 code', 'thead th strong', 'thead th code',
  'ol[type="A"]', 'ol[type="a"]', 'ol[type="A" s]', 'ol[type="a" s]', 'ol[type="I"]', 'ol[type="i"]', 'ol[type="I" s]', 'ol[type="i" s]', 'ol[type="1"]',
  'dl', 'dt', 'dd', 'hr', 'hr + *', 'video', 'kbd', 'pre', 'pre code', 'pre code::before', 'pre code::after', 'tfoot', 'tfoot td',
];

/**
 * Design tokens. Colours are semantic roles whose light and dark values live
 * in src/styles/global.css (one `light-dark()` pair each), so that every
 * utility follows the reader's theme without a `dark:` twin.
 * @type {import('tailwindcss').Config}
 */
module.exports = {
  theme: {
    colors: {
      transparent: 'transparent',
      current: 'currentColor',
      surface: 'var(--surface)',
      raised: 'var(--raised)',
      ink: 'var(--ink)',
      muted: 'var(--muted)',
      line: 'var(--line)',
      accent: 'var(--accent)',
      'accent-ink': 'var(--accent-ink)',
      calm: 'var(--calm)',
      'calm-line': 'var(--calm-line)',
      focus: 'var(--focus)',
      // Two fixed colours, the same in either theme: QR codes stay dark on
      // white so that cameras read them (bg-white), and the search dialog's
      // backdrop dims the page behind it (backdrop:bg-black/50).
      white: '#ffffff',
      black: '#000000',
    },
    fontFamily: {
      // System fonts: no web-font download, and text shows at once.
      sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
      mono: ['ui-monospace', '"SFMono-Regular"', 'Menlo', 'Consolas', 'monospace'],
    },
    extend: {
      fontSize: {
        // A slightly larger base than browsers' 16px reads better on phones.
        base: ['1.0625rem', { lineHeight: '1.7' }],
      },
      maxWidth: {
        measure: '42rem',
        page: '64rem',
      },
      spacing: {
        target: '2.75rem', // 44px: a comfortable touch target
      },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'var(--ink)',
            '--tw-prose-headings': 'var(--ink)',
            '--tw-prose-lead': 'var(--muted)',
            '--tw-prose-links': 'var(--accent)',
            '--tw-prose-bold': 'var(--ink)',
            '--tw-prose-counters': 'var(--muted)',
            '--tw-prose-bullets': 'var(--accent)',
            '--tw-prose-hr': 'var(--line)',
            '--tw-prose-quotes': 'var(--ink)',
            '--tw-prose-quote-borders': 'var(--calm-line)',
            '--tw-prose-captions': 'var(--muted)',
            '--tw-prose-th-borders': 'var(--line)',
            '--tw-prose-td-borders': 'var(--line)',
            maxWidth: 'none',
            ...Object.fromEntries(UNUSED_PROSE_SELECTORS.map((selector) => [selector, null])),
          },
        },
      },
    },
  },
  plugins: [require('@tailwindcss/typography')],
};

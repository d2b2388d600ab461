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
    },
  },
};

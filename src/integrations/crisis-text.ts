/**
 * A Markdown (Sätteri hast) plugin: the pages name no crisis number of their
 * own. Writers put `{{help-lines}}` in a paragraph of its own where a page
 * talks about a crisis, and `{{emergency-number}}` where it says to call for
 * an ambulance; both are filled from site.config.ts here, so a clinic's copy
 * for another country says its own numbers on every page.
 *
 * Runs before the heading ids are made. A heading such as "When to call
 * {{emergency-number}}" shows the number but keeps one address in every
 * copy: #when-to-call-emergency.
 */
import type { HastNode, HastPluginDefinition } from 'satteri';
import type { CrisisSettings } from '../lib/crisis';
import { telHref } from '../lib/paths';
import { AstroError } from 'astro/errors';
// The id every heading gets, so this one is made as the others are.
import { plainHeadingId } from '../lib/copy-links';
import { langOfContentFile, type Lang } from '../lib/i18n/languages';

type Element = Extract<HastNode, { type: 'element' }>;
type Text = Extract<HastNode, { type: 'text' }>;
type Child = Element['children'][number];

const HELP_LINES = '{{help-lines}}';
const EMERGENCY = '{{emergency-number}}';
const ANY_TOKEN = /\{\{[^}]*\}\}/;

const text = (value: string): Text => ({ type: 'text', value });
const link = (href: string, children: Child[]): Element => ({ type: 'element', tagName: 'a', properties: { href }, children });

/** Every crisis line as a list of links, each with who answers. */
function helpLinesList(crisis: CrisisSettings): Element {
  return {
    type: 'element',
    tagName: 'ul',
    properties: { dataHelpLines: '' },
    children: crisis.lines.map((line) => ({
      type: 'element',
      tagName: 'li',
      properties: line.lang ? { lang: line.lang } : {},
      children: [link(line.href, [{ type: 'element', tagName: 'strong', properties: {}, children: [text(line.action)] }]), text(` (${line.detail})`)],
    })),
  };
}

/** Fills each page with the crisis lines of its own language, told from where its file is (content/es/... is Spanish). */
export function crisisText(crisisByLang: Readonly<Record<Lang, CrisisSettings>>): HastPluginDefinition {
  const settingsOf = (ctx: { fileURL: URL | undefined }) => crisisByLang[langOfContentFile(ctx.fileURL?.pathname ?? '')];
  const where = (ctx: { fileURL: URL | undefined }) => (ctx.fileURL ? ctx.fileURL.pathname : 'a Markdown file');
  return {
    name: 'crisis-text',
    element: [
      {
        filter: ['p'],
        visit(node, ctx) {
          if (ctx.textContent(node).trim() === HELP_LINES) ctx.replaceNode(node, helpLinesList(settingsOf(ctx)));
        },
      },
      {
        // A section address must not change with the copy's country: clinics
        // link it, and the published addresses are checked in every build.
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const words = ctx.textContent(node);
          if (words.includes(EMERGENCY) && node.properties?.['id'] === undefined) ctx.setProperty(node, 'id', plainHeadingId(words.replaceAll(EMERGENCY, 'emergency')));
        },
      },
    ],
    text(node, ctx) {
      if (!ANY_TOKEN.test(node.value)) return;
      if (node.value.includes(HELP_LINES)) {
        // The paragraph visitor replaces a paragraph that holds nothing else.
        const parent = ctx.parent(node);
        if (node.value.trim() === HELP_LINES && parent.type === 'element' && parent.tagName === 'p' && ctx.textContent(parent).trim() === HELP_LINES) return;
        throw new AstroError(`${where(ctx)}: ${HELP_LINES} makes a list, so it stands in a paragraph of its own`, 'Leave a blank line before and after it, and write the sentence that leads into it above.');
      }
      const parts = node.value.split(EMERGENCY);
      const unknown = parts.join('').match(ANY_TOKEN);
      if (unknown) {
        throw new AstroError(`${where(ctx)}: "${unknown[0]}" is not a token this guide knows`, `Use ${HELP_LINES} (a paragraph of its own) for the crisis lines, or ${EMERGENCY} for the emergency number.`);
      }
      // In a heading or a link the number is words only; in running text it is also a link that dials it.
      let inside = ctx.parent(node);
      let plain = false;
      while (inside && inside.type === 'element') {
        if (/^(?:h[1-6]|a)$/.test(inside.tagName)) plain = true;
        inside = ctx.parent(inside);
      }
      const crisis = settingsOf(ctx);
      const dial = telHref(crisis.emergencyNumber);
      const number = (): Child => (plain ? text(crisis.emergencyNumber) : link(dial, [text(crisis.emergencyNumber)]));
      const replaced = parts.flatMap((part, i) => [...(i > 0 ? [number()] : []), ...(part ? [text(part)] : [])]);
      ctx.replaceNode(node, plain ? text(parts.join(crisis.emergencyNumber)) : replaced);
    },
  };
}

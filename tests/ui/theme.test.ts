import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const THEME = readFileSync('src/ui/theme.css', 'utf8');
const PANEL = readFileSync('src/ui/panel.css', 'utf8');

/** The colour variables of one scheme: the light ones, with the dark ones laid over them for 'dark'. */
function palette(scheme: 'light' | 'dark'): Record<string, string> {
  const darkStart = THEME.indexOf('@media (prefers-color-scheme: dark)');
  const read = (css: string) => Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]));
  const light = read(THEME.slice(0, darkStart));
  return scheme === 'light' ? light : { ...light, ...read(THEME.slice(darkStart)) };
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colours on the backgrounds the panel puts them on (panel.css). */
const TEXT_PAIRS = [
  ['fg', 'bg'], ['fg', 'subtle'], ['muted', 'bg'], ['muted', 'subtle'], ['link', 'bg'], ['link', 'subtle'],
  ['on-accent', 'accent'], ['urgent-fg', 'urgent-bg'],
] as const;
/** Borders and focus rings that show where a control is (WCAG 1.4.11). */
const NON_TEXT_PAIRS = [['border-strong', 'bg'], ['focus', 'bg'], ['focus', 'subtle'], ['accent', 'bg'], ['on-accent', 'accent']] as const;

describe.each(['light', 'dark'] as const)('The %s theme', (scheme) => {
  const colours = palette(scheme);

  it.each(TEXT_PAIRS)('has text in --%s on --%s at 4.5:1 or more', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)('shows --%s on --%s at 3:1 or more', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('The panel\'s CSS', () => {
  const rules = PANEL.replace(/\/\*[\s\S]*?\*\//g, '');

  it('uses only colours from the theme, so both schemes and the clinic\'s accent apply', () => {
    expect(rules).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });

  it('sizes in px, never rem, which would follow the page\'s root font size', () => {
    expect(rules).not.toMatch(/\drem\b/);
  });

  it('lays text out with logical properties, so right-to-left pages mirror it', () => {
    expect(rules).not.toMatch(/(margin|padding|border)-(left|right)\b|text-align:\s*(left|right)|float:/);
    const physical = rules.split('}').filter((rule) => /(^|[\s;{])(left|right):/.test(rule));
    for (const rule of physical) expect(rule, 'only the corner the panel sits in is physical').toMatch(/\.panel\s*\{/);
  });

  it('animates only when the visitor has not asked for reduced motion', () => {
    const outside = rules.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\n\}/, '');
    expect(outside).not.toMatch(/animation:|transition:|scroll-behavior:\s*smooth/);
  });

  it('keeps the text box at 16px or more, so iOS does not zoom in', () => {
    const composer = /\.composer input \{([^}]*)\}/.exec(rules)![1]!;
    expect(Number(/font-size:\s*(\d+)px/.exec(composer)![1])).toBeGreaterThanOrEqual(16);
  });

  it('takes the whole screen below 480px, inside the safe area', () => {
    const phone = rules.slice(rules.indexOf('@media (max-width: 479px)'));
    expect(phone).toMatch(/width: 100%/);
    expect(phone).toMatch(/100dvh/);
    expect(phone).toMatch(/env\(safe-area-inset-bottom\)/);
  });
});

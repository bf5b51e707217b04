/** A colour a clinic may give: #rgb or #rrggbb. */
export const HEX_COLOR = /^#(?:[\da-f]{3}){1,2}$/i;
/** Text on the accent colour uses one of these, whichever contrasts more. */
export const ON_ACCENT = { light: '#ffffff', dark: '#111111' } as const;
/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
export function luminance(hex: string): number {
  const digits = hex.length === 4 ? hex.replace(/\w/g, '$&$&') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colour for a clinic's accent colour: white or near-black, whichever
 * contrasts more, or undefined when the accent is not a hex colour or neither
 * reaches 4.5:1 (mid-greys such as #777777).
 */
export function onAccentFor(accent: string): string | undefined {
  if (!HEX_COLOR.test(accent)) return undefined;
  const best = [ON_ACCENT.light, ON_ACCENT.dark].reduce((a, b) => (contrast(accent, a) >= contrast(accent, b) ? a : b));
  return contrast(accent, best) >= MIN_CONTRAST ? best : undefined;
}

/**
 * Reads `NAME VALUE` from a command's arguments and removes both; null when
 * the option is absent. A missing value is a usage error: it says so and exits 2.
 */
export function takeOption(args: string[], name: string, valueHint: string): string | null {
  const at = args.indexOf(name);
  if (at === -1) return null;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) {
    console.error(`[faq-chat] ${name} needs ${valueHint}: ${name} ${valueHint}`);
    process.exit(2);
  }
  args.splice(at, 2);
  return value;
}

/**
 * Formats "money" amounts: 4999 EUR -> €49.99
 */
export function greet(name: string): string {
  return `hello, ${name}`;
}

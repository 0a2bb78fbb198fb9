/**
 * ${{ values.description or values.name }}
 */
export function greet(name: string): string {
  return `hello, ${name}`;
}

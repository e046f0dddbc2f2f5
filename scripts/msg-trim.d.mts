/** Types for the tests of the rollup plugin in msg-trim.mjs. */
export function msgTrim(): {
  name: string;
  transform(this: { parse(code: string): unknown }, code: string, id?: string): { code: string; map: null } | null;
};

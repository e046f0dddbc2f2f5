// The build plugins' one way through an ESTree AST (rollup's this.parse): every node, parents first.
export function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

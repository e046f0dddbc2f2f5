import { expect } from '@open-wc/testing';
import { parse } from 'acorn';
import { msgTrim } from '../../scripts/msg-trim.mjs';

// The rollup plugin, on the kind of code tsc emits for src/, parsed as rollup would.
const trim = (code: string) => msgTrim().transform.call({ parse: (c: string) => parse(c, { ecmaVersion: 'latest', sourceType: 'module' }) }, code)?.code ?? code;

const site = (few = 'str`${n} holds`') => `export const f = (n) => plural(n, {
    zero: msg(str\`\${n} holds\`, { id: 'holds.zero', desc: 'Form ZERO: Arabic 0.' }),
    one: msg('One hold', { id: 'holds.one', desc: 'Form ONE.' }),
    two: msg(str\`\${n} holds\`, { id: 'holds.two', desc: 'Form TWO.' }),
    few: msg(${few}, { id: 'holds.few', desc: 'Form FEW.' }),
    many: msg(str\`\${n} holds\`, { id: 'holds.many', desc: 'Form MANY.' }),
    other: msg(str\`\${n} holds\`, { id: 'holds.other', desc: "Form OTHER: it's every other." }),
});`;

describe('msg-trim (rollup plugin)', () => {
  it('drops every desc and keeps ids', () => {
    expect(trim(`msg('Start', { desc: 'Button.' }); msg(str\`Hi \${a}\`, { id: 'hi', desc: 'Greeting.' }); msg('Stop');`)).to.equal(
      `msg('Start'); msg(str\`Hi \${a}\`, {id: 'hi'}); msg('Stop');`,
    );
  });

  it('folds a plural site whose English repeats "other" into one lookup by form id', () => {
    expect(trim(site())).to.equal('export const f = (n) => plural(n,(f)=>msg(f==="one"?\'One hold\':str`${n} holds`,{id:"holds."+f}));');
  });

  it('leaves a site alone (desc dropped) when a form’s English differs, or ids do not follow <site>.<form>', () => {
    const odd = trim(site('str`${n} holdz`'));
    expect(odd).to.contain("few: msg(str`${n} holdz`, {id: 'holds.few'})");
    expect(odd).not.to.contain('desc');
    const badId = trim(site().replace("'holds.two'", "'other.two'"));
    expect(badId).to.contain("two: msg(str`${n} holds`, {id: 'other.two'})");
  });

  it('leaves code without msg() untouched', () => {
    expect(msgTrim().transform.call({ parse: () => ({}) }, 'const desc = 1;')).to.equal(null);
  });
});

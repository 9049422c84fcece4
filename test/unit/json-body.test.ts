import { jsonNestingDepth } from '../../shared/server/json-body';

const depth = (json: string) => jsonNestingDepth(Buffer.from(json));

describe('the nesting depth of a raw JSON body', () => {
  test.each([
    ['a scalar', '"x"', 0],
    ['a flat object', '{"query":"{ a }","variables":{}}', 2],
    ['nested input objects', '{"variables":{"input":{"scenario":{"savings":[1,2]}}}}', 5],
    ['brackets inside strings do not count', '{"query":"{ a { b { c { d } } } }","x":"[[[[["}', 1],
    ['escaped quotes do not end a string', '{"a":"say \\"[[[\\" twice","b":[[1]]}', 3],
    ['a backslash before the closing quote', '{"a":"ends with \\\\","b":[[1]]}', 3],
  ])('%s', (_name, json, expected) => {
    expect(JSON.parse(json)).toBeDefined();
    expect(depth(json)).toBe(expected);
  });

  test('stops as soon as it passes the limit', () => {
    expect(jsonNestingDepth(Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 64)).toBe(65);
  });
});

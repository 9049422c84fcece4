import { parseViewer } from '../../shared/trust/viewer';

describe('parseViewer: a staff reason', () => {
  const staff = (reason: unknown) => parseViewer({ kind: 'staff', staffId: 's-1', role: 'support', reason });

  test.each([
    ['empty', ''],
    ['spaces', '   '],
    ['tabs and newlines', '\t\n \r\n'],
    ['absent', undefined],
    ['not a string', 42],
  ])('that is %s is no reason (null)', (_, reason) => {
    expect(staff(reason)).toEqual({ kind: 'staff', staffId: 's-1', role: 'support', reason: null });
  });

  test('is kept without the blanks around it', () => {
    expect(staff('  ticket 1234  ')).toEqual({ kind: 'staff', staffId: 's-1', role: 'support', reason: 'ticket 1234' });
  });
});

describe('parseViewer: anything malformed is an error, never a guess', () => {
  test.each([
    ['null', null],
    ['an unknown kind', { kind: 'robot' }],
    ['a user without an id', { kind: 'user' }],
    ['staff with an unknown role', { kind: 'staff', staffId: 's-1', role: 'admin', reason: 'x' }],
  ])('%s', (_, value) => {
    expect(() => parseViewer(value)).toThrow('malformed viewer');
  });
});

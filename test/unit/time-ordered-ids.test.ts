import { isWellFormedId, timeOrderedId } from '../../shared/ids';

describe('time-ordered ids (UUID version 7)', () => {
  it('are well-formed UUIDs of version 7 and the RFC 9562 variant, holding the time they were made', () => {
    const at = Date.parse('2026-12-04T12:00:00.000Z');
    const id = timeOrderedId(at + 60_000); // later than any id this file made before
    expect(isWellFormedId(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at + 60_000);
  });

  it('sort in the order they were made, within one millisecond and past its 4,096 sequence numbers', () => {
    const at = Date.parse('2027-01-01T00:00:00.000Z');
    const made = Array.from({ length: 10_000 }, () => timeOrderedId(at));
    expect(new Set(made).size).toBe(made.length);
    expect([...made].sort()).toEqual(made);
    // past 4,096 in one millisecond, the time moves on by one, and a clock going back changes nothing
    expect(parseInt(made[9999].slice(0, 8) + made[9999].slice(9, 13), 16)).toBe(at + 2);
    const after = timeOrderedId(at - 1000);
    expect(after > made[9999]).toBe(true);
  });

  it('sort in the order they were made across milliseconds', () => {
    const at = Date.parse('2027-02-01T00:00:00.000Z');
    const made = [0, 1, 2, 15, 16, 255, 256, 4096].map((ms) => timeOrderedId(at + ms));
    expect([...made].sort()).toEqual(made);
  });

  it('differ in their random part', () => {
    const at = Date.parse('2027-03-01T00:00:00.000Z');
    const randomParts = Array.from({ length: 1000 }, () => timeOrderedId(at).slice(19));
    expect(new Set(randomParts).size).toBe(1000);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { firstNameFrom } from '../../../lib/platforms';

describe('firstNameFrom: a first name for "Thank you, <name>" replies', () => {
  it.each([
    ['Jordan Avery', 'Jordan'],
    ['Dr. Lena Ortiz', 'Lena'],
    ['Sgt. Dee Morales (ret.)', 'Dee'],
    ['Officer Pat Kimura', 'Pat'],
    ['Capt Nia Rowe', 'Nia'],
    ['Prof. Alan Whitby', 'Alan'],
    ['Dra. Carmen Ruiz', 'Carmen'],
    ['Sgto. Ramón Ibáñez', 'Ramón'],
    ['🌻 Rosa Delgado 🌻', 'Rosa'],
    ['Sunny 🌞 Marsh', 'Sunny'],
    ['Nia Rowe-Bennett', 'Nia'],
    ['Mary-Jane Watts', 'Mary-Jane'],
    ["D'Andre Lewis", "D'Andre"],
    ['Jo', 'Jo'],
  ])('%j -> %j', (name, expected) => {
    expect(firstNameFrom(name)).toBe(expected);
  });

  it.each([
    ['not_a_fan_99'],
    ['xXdarkrider88Xx'],
    ['TruthSeeker4471'],
    ['@javery_runs'],
    ['🌻🌻'],
    ['J. Robert Smith'],
    ['marisol.reads'],
    ['MARIA LOPEZ'],
    ['City Police Demo'],
    ['Officer'],
    [''],
    [null],
  ])('%j -> null (unsure)', (name) => {
    expect(firstNameFrom(name)).toBeNull();
  });
});

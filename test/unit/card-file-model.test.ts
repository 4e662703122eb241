import { expect } from '@open-wc/testing';
import { cardOfFile, type CardFileText } from '../../src/model/card-file-model.js';
import { LoadError } from '../../src/model/load-error.js';

const card = {
  schemaVersion: 1,
  identity: { login: 'pacoxu', name: 'Paco Xu' },
  totals: { prsMerged: 12 },
  roles: [{ kind: 'chair', group: 'SIG Node' }],
};

function threw(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('cardOfFile', () => {
  it('validates a file once, however many cards read it, and gives each its own copy', () => {
    const file: CardFileText = { text: JSON.stringify(card) };
    const first = cardOfFile(file);
    const outcome = file.parsed;
    expect(outcome?.ok, 'the outcome stays with the file').to.equal(true);
    const second = cardOfFile(file);
    expect(file.parsed, 'the second card reuses it').to.equal(outcome);
    expect(second).to.deep.equal(first);
    expect(second).not.to.equal(first);
    // One card's page changes its model: the other card's and the file's stay as read.
    first.identity.name = 'Someone else';
    first.roles.push({ kind: 'member', group: 'kubernetes' });
    expect(second.identity.name).to.equal('Paco Xu');
    expect(second.roles).to.have.length(1);
    expect(cardOfFile(file).identity.name).to.equal('Paco Xu');
  });

  it('uses the outcome it finds on the file (no second validation)', () => {
    const file: CardFileText = { text: JSON.stringify(card) };
    cardOfFile(file);
    if (file.parsed?.ok) file.parsed.data.identity.name = 'Marked';
    expect(cardOfFile(file).identity.name).to.equal('Marked');
  });

  it('fails as bad data, for every card, when the file is not a valid card', () => {
    const file: CardFileText = { text: JSON.stringify({ ...card, totals: { prsMerged: '12' } }) };
    for (let i = 0; i < 2; i++) {
      const e = threw(() => cardOfFile(file));
      expect(e).to.be.instanceOf(LoadError);
      expect((e as LoadError).reason).to.equal('bad-data');
      expect((e as LoadError).source).to.equal('file');
      expect((e as LoadError).message).to.contain('totals.prsMerged');
    }
    expect(file.parsed?.ok).to.equal(false);
  });

  it('fails as bad data when the text is not JSON', () => {
    const e = threw(() => cardOfFile({ text: '<!doctype html><p>Sign in' }));
    expect(e).to.be.instanceOf(LoadError);
    expect((e as LoadError).reason).to.equal('bad-data');
    expect((e as LoadError).message).to.contain('not JSON');
  });
});

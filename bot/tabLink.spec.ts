import { tabLink } from './tabLink';

describe('tabLink', () => {
  it('deep-links into the personal tab in Teams, naming the section', () => {
    const url = tabLink({ appId: '0b6c1d2e-2222-4a4a-8c01-000000000001', publicUrl: 'https://kollega.example.org' }, { view: 'games', networkId: 'lanu' });
    expect(url).toBe(`https://teams.microsoft.com/l/entity/0b6c1d2e-2222-4a4a-8c01-000000000001/kollega-home?context=${encodeURIComponent('{"subEntityId":"games:lanu"}')}`);
  });

  it('opens the tab\'s own address without an app id, and nothing without either', () => {
    expect(tabLink({ appId: undefined, publicUrl: 'https://kollega.example.org' }, { view: 'challenge', networkId: 'lanu' })).toBe('https://kollega.example.org/tab/?open=challenge%3Alanu');
    expect(tabLink({ appId: undefined, publicUrl: 'http://localhost:3978' }, { view: 'games', networkId: 'lanu' })).toBeUndefined();
    expect(tabLink({ appId: undefined, publicUrl: undefined }, { view: 'games', networkId: 'lanu' })).toBeUndefined();
  });
});

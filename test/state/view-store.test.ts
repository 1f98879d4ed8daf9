import { describe, expect, it } from 'vitest';
import { createViewStore, type AddressBar } from '../../src/state/view-store';
import { DEFAULT_VIEW } from '../../src/state/view-state';

/** An address bar with a history, as a browser keeps one. */
function fakeAddress(initial: string) {
  const entries = [initial];
  let at = 0;
  const listeners = new Set<() => void>();
  const address: AddressBar = {
    search: () => entries[at] ?? '',
    write(search, replace) {
      if (!replace) entries.splice(++at, entries.length, search);
      else entries[at] = search;
    },
    onNavigate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const back = () => {
    at -= 1;
    for (const listener of listeners) listener();
  };
  return { address, entries, back };
}

describe('the view store', () => {
  it('reads the view from the address and writes each change as a history entry', () => {
    const { address, entries } = fakeAddress('?via=KGZ&corridor=TWN>KGZ>RUS:854231');
    const store = createViewStore(address);
    expect(store.get().via).toBe('KGZ');
    store.change({ via: 'ARM' });
    expect(store.get()).toMatchObject({ via: 'ARM', corridor: null });
    expect(entries).toEqual(['?via=KGZ&corridor=TWN>KGZ>RUS:854231', '?via=ARM']);
    store.change({ month: '2023-06' }, { replace: true });
    expect(entries).toEqual(['?via=KGZ&corridor=TWN>KGZ>RUS:854231', '?via=ARM&month=2023-06']);
  });

  it('keeps parameters it does not own, and follows the reader back', () => {
    const { address, entries, back } = fakeAddress('?bench=1');
    const store = createViewStore(address);
    store.change({ theme: 'light' });
    expect(entries).toEqual(['?bench=1', '?bench=1&theme=light']);
    back();
    expect(store.get().theme).toBe(DEFAULT_VIEW.theme);
  });

  it("leaves the reader's address as it is when it opens or goes back to it", () => {
    // A shared link may spell out a default (src=reported): it stays in the address.
    const { address, entries, back } = fakeAddress('?src=reported&via=ARM');
    const store = createViewStore(address);
    store.setExpander((view) => view);
    store.change({ source: 'mirror' });
    back();
    expect(entries[0]).toBe('?src=reported&via=ARM');
    expect(store.get()).toMatchObject({ source: 'reported', via: 'ARM' });
  });

  it('tells its listeners of a change, once, and not of a change to the same view', () => {
    const store = createViewStore(fakeAddress('').address);
    let told = 0;
    const stop = store.subscribe(() => (told += 1));
    store.change({ theme: 'light' });
    store.change({ theme: 'light' });
    expect(told).toBe(1);
    stop();
    store.change({ theme: 'dark' });
    expect(told).toBe(1);
  });

  it("expands every view a page's rule applies to, including the one already shown", () => {
    const { address, entries } = fakeAddress('?page=brief&step=1');
    const store = createViewStore(address);
    store.setExpander((view) =>
      view.page === 'brief' ? { ...view, month: `2023-0${view.step + 1}` } : view,
    );
    expect(store.get().month).toBe('2023-02');
    expect(entries).toEqual(['?page=brief&step=1&month=2023-02']);
    store.change({ step: 2 });
    expect(store.get().month).toBe('2023-03');
    store.setExpander(null);
    store.change({ page: 'map' });
    expect(store.get().month).toBe('2023-03');
  });
});

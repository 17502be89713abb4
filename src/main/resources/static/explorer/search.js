// Search as you type, in any name form, with a keyboard-driven list of hits.
import { gql, QUERIES } from './api.js';
import { displayName, kindName } from './i18n.js';
import { element } from './dom.js';

const DELAY_MS = 180;

/**
 * Wires an input and its list: `onChoose(entity)` runs when a hit is chosen, `onError`
 * when the search fails, `onNoHits(text)` when nothing matched.
 */
export function attachSearch(input, list, { onChoose, onError, onNoHits, onHits }) {
  let timer = 0;
  let hits = [];
  let active = -1;
  let generation = 0;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    const item = list.children[index];
    if (item) {
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    }
  }

  function choose(index) {
    const hit = hits[index];
    if (!hit) return;
    input.value = displayName(hit.entity);
    input.dataset.entityId = hit.entity.id;
    close();
    onChoose(hit.entity);
  }

  function render() {
    list.replaceChildren(...hits.map((hit, i) => {
      const item = element('li', { role: 'option', id: `${list.id || input.id}-hit-${i}`, class: 'hit', 'data-id': hit.entity.id },
        element('span', { class: `badge kind-${hit.entity.kind}` }, kindName(hit.entity.kind)),
        element('span', { class: 'hit-name' }, displayName(hit.entity)),
        hit.matchedName && hit.matchedName !== displayName(hit.entity)
          ? element('span', { class: 'hit-match' }, hit.matchedName) : null);
      item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(i); });
      return item;
    }));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    highlight(hits.length ? 0 : -1);
  }

  async function run(text) {
    const mine = ++generation;
    try {
      const data = await gql(QUERIES.search, { text });
      if (mine !== generation) return;
      hits = data.search;
      // The text these hits answer: typing renders the list once per pause, and a
      // reader (or a test) can tell the last answer from an earlier one.
      list.dataset.query = text;
      render();
      if (hits.length === 0) onNoHits?.(text);
      else onHits?.(hits);
    } catch (error) {
      if (mine !== generation) return;
      // Text with nothing to search for (".", "***") finds nothing, as a reader expects.
      if (error.kind === 'input') {
        hits = [];
        list.dataset.query = text;
        render();
        onNoHits?.(text);
        return;
      }
      onError(error);
    }
  }

  input.addEventListener('input', () => {
    delete input.dataset.entityId;
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      generation++;
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => run(text), DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      // A search field clears itself on Escape; here Escape only closes the hits.
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return { close };
}

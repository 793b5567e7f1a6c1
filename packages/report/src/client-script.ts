/**
 * The page's script (inline). It reads the facts from the JSON data island and only ever writes
 * them with textContent, so no fact text is parsed as HTML.
 */
export const CLIENT_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('pf-data').textContent);
  const facts = new Map(data.facts.map((f) => [f.ref, f]));
  const annotations = new Map(data.annotations.map((a) => [String(a.id), a]));
  const detail = document.getElementById('detail');
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const clearSelection = () => document.querySelectorAll('.selected').forEach((n) => n.classList.remove('selected'));
  const card = (fact) => {
    const box = el('div', 'card');
    box.dataset.fact = fact.ref;
    const h = el('h3');
    h.append(el('span', 'swatch sw-' + fact.type), el('span', '', fact.type + ' \\u00b7 ' + fact.label));
    if (fact.status) h.append(el('span', 'badge ' + fact.status, fact.status));
    box.append(h);
    const rule = el('div', 'rule', 'rule ' + (fact.rule ?? '\\u2013') + (fact.confidence === null ? '' : ' \\u00b7 confidence ' + fact.confidence));
    rule.dataset.role = 'rule';
    box.append(rule);
    for (const note of fact.notes) box.append(el('div', 'notes', note));
    box.append(el('pre', '', JSON.stringify(fact.value, null, 2)));
    return box;
  };
  const show = (refs) => {
    detail.replaceChildren(...refs.map((r) => facts.get(r)).filter(Boolean).map(card));
  };
  const selectFact = (ref, scroll) => {
    document.querySelectorAll('tr.fact').forEach((row) => {
      if (row.dataset.fact === ref) {
        row.classList.add('selected');
        if (scroll) row.scrollIntoView({ block: 'nearest' });
      }
    });
  };
  document.getElementById('text').addEventListener('click', (event) => {
    const hl = event.target.closest('.hl');
    if (!hl) return;
    clearSelection();
    const refs = [...new Set(hl.dataset.ann.split(' ').map((id) => annotations.get(id).fact))];
    document.querySelectorAll('.hl').forEach((n) => {
      if (n.dataset.ann.split(' ').some((id) => annotations.get(id).fact === refs[0])) n.classList.add('selected');
    });
    show(refs);
    refs.forEach((ref, i) => selectFact(ref, i === 0));
  });
  document.getElementById('text').addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && event.target.closest('.hl')) {
      event.preventDefault();
      event.target.closest('.hl').click();
    }
  });
  document.getElementById('facts').addEventListener('click', (event) => {
    const row = event.target.closest('tr.fact');
    if (!row) return;
    clearSelection();
    const ref = row.dataset.fact;
    row.classList.add('selected');
    show([ref]);
    let first = null;
    document.querySelectorAll('.hl').forEach((n) => {
      if (n.dataset.ann.split(' ').some((id) => annotations.get(id).fact === ref)) {
        n.classList.add('selected');
        first = first || n;
      }
    });
    if (first) first.scrollIntoView({ block: 'center' });
  });
  const header = document.querySelector('header');
  const fit = () => document.documentElement.style.setProperty('--header', header.offsetHeight + 'px');
  fit();
  addEventListener('resize', fit);
})();`;

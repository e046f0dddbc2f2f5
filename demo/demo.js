// Demo-only: a language switcher like a multilingual CMS would have. The widgets follow <html lang>.
// It only sets lang: the widgets mark their own lang and dir (Arabic is right to left with no page dir).
const select = document.querySelector('#lang');
if (select) select.value = document.documentElement.lang;
select?.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});
// A clinic could hook its own analytics here; we only log, and send nothing anywhere.
for (const type of ['hold-start', 'hold-end', 'timer-complete', 'routine-start', 'routine-progress', 'routine-complete']) {
  document.addEventListener(type, (e) => console.debug(type, e.detail));
}

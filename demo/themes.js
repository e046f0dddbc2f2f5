// Demo-only: ?lang=ar shows the gallery as an Arabic site would (right to left). The widgets
// follow <html lang> and mark their own direction; the page's own text here stays English.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = /^(ar|fa|he|ur)\b/.test(lang) ? 'rtl' : 'ltr';
}
